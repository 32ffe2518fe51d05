"use strict";
exports.id = 556;
exports.ids = [556];
exports.modules = {

/***/ 556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vegaCommands: () => (/* binding */ vegaCommands)
/* harmony export */ });
/* harmony import */ var _core_logger__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1227);
/* harmony import */ var _plots_vega_command_names__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5934);


/**
 * `vl2png`, `vl2svg`, `vl2vg`, `vg2png`, `vg2svg`: hidden `cml` commands with vega-cli's
 * arguments (`[input] [output]`, stdin/stdout when omitted, -s scale, -b base, -c config),
 * run by the bin/vl2png\u2026 wrappers the setup action puts on PATH.
 */
function vegaCommand(name) {
    const toSvg = name.endsWith('svg');
    return {
        command: `${name} [input] [output]`,
        describe: false,
        builder: (yargs) => yargs
            .positional('input', { type: 'string', describe: 'Spec file (stdin when omitted)' })
            .positional('output', { type: 'string', describe: 'Output file (stdout when omitted)' })
            .option('scale', {
            alias: 's',
            type: 'string',
            default: '1',
            describe: 'Output resolution scale factor',
        })
            .option('base', {
            alias: 'b',
            type: 'string',
            describe: 'Base directory or URL for data loading',
        })
            .option('config', { alias: 'c', type: 'string', describe: 'Vega config JSON file' })
            .option('format', {
            alias: 'f',
            type: 'string',
            describe: 'Number format locale JSON file',
        })
            .option('timeFormat', {
            alias: 't',
            type: 'string',
            describe: 'Date/time format locale JSON file',
        })
            .option('seed', { type: 'string', describe: 'Seed for random number generation' })
            .option('allow-host', {
            type: 'string',
            array: true,
            describe: 'Host the spec may load data or images from (repeatable; also CML_PLOTS_ALLOWED_HOSTS). Default: none',
        })
            .option('loglevel', { alias: 'l', type: 'string', describe: 'Accepted for compatibility' })
            .option('header', {
            alias: 'h',
            type: 'boolean',
            hidden: !toSvg,
            describe: 'Include XML header and SVG doctype',
        })
            .option('pretty', {
            alias: 'p',
            type: 'boolean',
            hidden: name !== 'vl2vg',
            describe: 'Indent the JSON output',
        }),
        handler: async (args) => {
            const { runVegaCommand } = await Promise.all(/* import() */[__webpack_require__.e(77), __webpack_require__.e(126)]).then(__webpack_require__.bind(__webpack_require__, 4304));
            await runVegaCommand(name, {
                input: args.input,
                output: args.output,
                scale: args.scale,
                base: args.base,
                config: args.config,
                format: args.format,
                timeFormat: args.timeFormat,
                header: args.header,
                pretty: args.pretty,
                seed: args.seed,
                allowHost: args['allow-host'],
            }, (0,_core_logger__WEBPACK_IMPORTED_MODULE_0__/* .loggerFor */ .WG)());
        },
    };
}
const vegaCommands = _plots_vega_command_names__WEBPACK_IMPORTED_MODULE_1__/* .VEGA_COMMAND_NAMES */ .t.map(vegaCommand);


/***/ })

};
;