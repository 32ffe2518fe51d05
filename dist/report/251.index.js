"use strict";
exports.id = 251;
exports.ids = [251];
exports.modules = {

/***/ 8251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createForge: () => (/* binding */ createForge),
/* harmony export */   unknownForgeError: () => (/* binding */ unknownForgeError)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _registry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(499);


/** No --driver, no CI platform and no repository URL on a forge's public host. */
function unknownForgeError() {
    return new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Cannot tell which forge to use outside a known CI platform: pass --driver ${_registry__WEBPACK_IMPORTED_MODULE_1__/* .FORGE_KINDS */ .Ij.join('|')} (and --repo) or write the report locally.`);
}
/**
 * The driver for the forge this run talks to. The kind is explicit (--driver), else the
 * context's (the platform's forge, or the repository's host), never guessed from a host name
 * here, so GitHub Enterprise and self-managed GitLab work.
 */
async function createForge(options) {
    const kind = options.kind ?? options.context.forge;
    if (!kind)
        throw unknownForgeError();
    const info = (0,_registry__WEBPACK_IMPORTED_MODULE_1__/* .forgeInfo */ .QF)(kind);
    if (!options.token)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(info.missingToken);
    const create = await info.load();
    return create(options.context, options.token, options.logger);
}


/***/ })

};
;