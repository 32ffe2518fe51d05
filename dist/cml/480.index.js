"use strict";
exports.id = 480;
exports.ids = [480];
exports.modules = {

/***/ 3480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/** Builds the local report of the example project; filled in by the report capability. */
async function runDemo() {
    throw new Error('demo not built yet');
}


/***/ })

};
;