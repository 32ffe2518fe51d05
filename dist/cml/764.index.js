"use strict";
exports.id = 764;
exports.ids = [764];
exports.modules = {

/***/ 1764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   embedMetricsDiff: () => (/* binding */ embedMetricsDiff)
/* harmony export */ });
/* harmony import */ var _platforms__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9163);
/* harmony import */ var _core_logger__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1227);
/* harmony import */ var _run_diff__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4904);
/**
 * Report integration of the metrics-diff capability: the Markdown table(s) of metrics (and
 * params) compared between the base revision and HEAD. Owned by metrics-diff; report calls it.
 */



/**
 * Compares the metrics (and, when none are named, dvc.yaml's params) between the base revision
 * (automatic: PR base, else default branch) and the working tree, and returns the report block:
 * DVC's Markdown table(s) under small headings.
 */
async function embedMetricsDiff(options) {
    const logger = options.logger ?? new _core_logger__WEBPACK_IMPORTED_MODULE_1__/* .ConsoleLogger */ .Cr(process.stderr, process.stderr);
    const outcome = await (0,_run_diff__WEBPACK_IMPORTED_MODULE_2__/* .runMetricsDiff */ .Ce)({
        cwd: options.cwd,
        logger,
        context: (0,_platforms__WEBPACK_IMPORTED_MODULE_0__/* .readContext */ .yI)(),
        base: options.base,
        targets: options.files,
        // Named metrics files are what the report asked for; with dvc.yaml discovery, params too.
        params: options.files.length === 0 ? [] : undefined,
        allRows: false,
        rules: [],
    });
    return (0,_run_diff__WEBPACK_IMPORTED_MODULE_2__/* .reportMarkdown */ .uL)(outcome, { all: false, noPath: false, precision: 5 });
}


/***/ })

};
;