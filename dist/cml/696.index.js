"use strict";
exports.id = 696;
exports.ids = [696];
exports.modules = {

/***/ 4696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readStandardInput: () => (/* binding */ readStandardInput)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

let read;
/**
 * Everything on standard input (read once; later calls get the same bytes). A terminal or an
 * empty pipe is a usage error: the command was given neither a file nor content.
 */
function readStandardInput(stdin = process.stdin) {
    read ??= (async () => {
        if (stdin.isTTY) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError('Name the file to publish, or pipe it in: vl2png plot.json | cml publish --md');
        }
        const chunks = [];
        for await (const chunk of stdin)
            chunks.push(Buffer.from(chunk));
        const bytes = Buffer.concat(chunks);
        if (bytes.length === 0) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError('Nothing to publish: no file was named and standard input is empty.');
        }
        return bytes;
    })();
    return read;
}


/***/ })

};
;