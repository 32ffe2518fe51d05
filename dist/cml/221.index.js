"use strict";
exports.id = 221;
exports.ids = [221];
exports.modules = {

/***/ 221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPlotCommand: () => (/* binding */ runPlotCommand)
/* harmony export */ });
/* harmony import */ var _core_logger__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7032);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1907);
/* harmony import */ var _render_plots__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9539);



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