"use strict";
exports.id = 585;
exports.ids = [585];
exports.modules = {

/***/ 5585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   embedPlots: () => (/* binding */ embedPlots)
/* harmony export */ });
/* harmony import */ var _core_logger__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1227);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1907);
/* harmony import */ var _render_plots__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97);



/**
 * Image links are relative to `cwd`, where the report is written. An empty `plots` list renders
 * every plot of dvc.yaml. Warnings (a file missing at the base revision, SVG instead of PNG on a
 * platform without binaries) go to `logger`.
 */
async function embedPlots(options, logger = (0,_core_logger__WEBPACK_IMPORTED_MODULE_0__/* .loggerFor */ .WG)()) {
    const plots = await (0,_render_plots__WEBPACK_IMPORTED_MODULE_2__/* .renderPlots */ .x3)({
        targets: options.plots,
        cwd: options.cwd,
        outDir: options.outDir,
        baseRevision: options.baseRevision,
        allowedHosts: options.allowedHosts,
        // The report action passes its input; `cml comment --plots` has only the environment.
        allowHint: options.allowedHosts ? 'the allowed-hosts input' : 'CML_PLOTS_ALLOWED_HOSTS',
        workspace: options.workspace,
    }, logger);
    return (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .plotsMarkdown */ .A)(plots, options.cwd);
}


/***/ })

};
;