"use strict";
exports.id = 480;
exports.ids = [480];
exports.modules = {

/***/ 3480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_logger__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7032);
/* harmony import */ var _report_run_report__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9967);





/**
 * `npm run demo` / `cml demo`: the report of the example ML run in examples/ (its Markdown, the
 * metrics table of metrics.json, the Vega-Lite loss chart rendered to PNG, the confusion-matrix
 * image) written to ./cml-report/ with its images. No forge and no cloud: the local path of the
 * same code that posts comments in CI.
 */
async function runDemo(options = {}) {
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd ?? process.cwd());
    const examples = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, 'examples');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(examples, 'report.md'))) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(`No examples/report.md in ${cwd}: run the demo from the repository root.`);
    }
    const logger = new _core_logger__WEBPACK_IMPORTED_MODULE_3__/* .ConsoleLogger */ .Cr();
    const outputs = await (0,_report_run_report__WEBPACK_IMPORTED_MODULE_4__/* .runReport */ .q)({
        // Always local, even inside CI: the demo never talks to a forge.
        context: {
            platform: 'local',
            repository: '',
            sha: '',
            apiUrl: '',
            serverUrl: '',
            workspace: cwd,
        },
        logger,
        cwd,
        markdownFile: 'examples/report.md',
        metrics: ['examples/metrics.json'],
        plots: ['examples/loss.vl.json'],
        target: 'auto',
        watermarkTitle: '',
        mode: 'create',
        publish: true,
        outputDir: options.outputDir ?? 'cml-report',
        summary: false,
        failOnError: true,
    });
    logger.info(`Open ${outputs['report-file']} to read the example report.`);
}


/***/ })

};
;