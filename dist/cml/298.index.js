"use strict";
exports.id = 298;
exports.ids = [298];
exports.modules = {

/***/ 6148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ runGit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Runs git without a shell and returns its output as bytes (files may be binary). Never throws
 * for a non-zero exit: callers decide what a failure means (a missing file is not an error).
 */
function runGit(args, cwd, env) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, env: env ?? process.env, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
            const err = error;
            if (err && typeof err.code === 'string') {
                reject(new Error(`Cannot run git: ${err.message}`));
                return;
            }
            resolve({
                stdout,
                stderr: stderr.toString('utf8'),
                code: err ? Number(err.code ?? 1) : 0,
            });
        });
    });
}


/***/ }),

/***/ 221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPlotCommand: () => (/* binding */ runPlotCommand)
/* harmony export */ });
/* harmony import */ var _core_logger__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1227);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1907);
/* harmony import */ var _render_plots__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97);



/**
 * `cml plot`: renders, prints each written image's path (or the Markdown embedding them), then
 * fails naming every plot that could not be drawn.
 */
async function runPlotCommand(request) {
    const logger = (0,_core_logger__WEBPACK_IMPORTED_MODULE_0__/* .loggerFor */ .WG)();
    const { plots, failures } = await (0,_render_plots__WEBPACK_IMPORTED_MODULE_2__/* .renderEveryPlot */ .vE)(request, logger);
    if (plots.length > 0) {
        if (request.markdown)
            process.stdout.write((0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .plotsMarkdown */ .A)(plots, request.cwd) + '\n');
        else
            for (const p of plots)
                process.stdout.write(`${p.path}\n`);
    }
    if (failures.length > 0)
        throw (0,_render_plots__WEBPACK_IMPORTED_MODULE_2__/* .plotFailures */ .ly)(failures, plots.length);
}


/***/ })

};
;