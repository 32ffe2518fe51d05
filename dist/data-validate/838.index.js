"use strict";
exports.id = 838;
exports.ids = [838];
exports.modules = {

/***/ 838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   malformedJsonLines: () => (/* binding */ malformedJsonLines)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_1__);


/** As many malformed rows are listed as the CSV path lists (its rejects query's LIMIT). */
const LISTED = 20;
/**
 * The lines of a JSON Lines file that are not a JSON object, with 1-based line numbers.
 * DuckDB's read_json(ignore_errors=true) reads each of them as a row whose every column is NULL,
 * and has no rejects table to say which (store_rejects is CSV only), so the file is read again
 * here. Only called when the profile found all-NULL rows, so a clean file never pays for it, and
 * it stops once it has found as many malformed lines as there are such rows (`atMost`): each
 * malformed line is one of them, so no other can follow.
 * DuckDB skips blank lines and accepts NaN and Infinity, which JSON.parse refuses: the same here.
 */
async function malformedJsonLines(path, gzip, 
/** false when DuckDB read the file as one `json` column (not all lines are objects). */
records, atMost) {
    const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path);
    let input = file;
    if (gzip) {
        // Required here: zlib is only needed for a gzipped JSON Lines file with bad lines.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { createGunzip } = __webpack_require__(8522);
        input = input.pipe(createGunzip());
    }
    const first = [];
    let count = 0;
    let line = 0;
    try {
        for await (const text of (0,node_readline__WEBPACK_IMPORTED_MODULE_1__.createInterface)({ input, crlfDelay: Infinity })) {
            line++;
            if (text.trim() === '')
                continue;
            const problem = notAnObject(text, records);
            if (!problem)
                continue;
            count++;
            if (first.length < LISTED)
                first.push({ line, message: problem });
            if (count >= atMost)
                break;
        }
    }
    finally {
        file.destroy();
    }
    return { count, first };
}
/** Why the line is not a JSON object, or undefined when it is one. */
function notAnObject(text, records) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        try {
            // DuckDB's JSON reader (yyjson) allows NaN and Infinity as numbers.
            value = JSON.parse(text.replace(/(?<=[:,[]\s*)-?(NaN|Infinity)(?=\s*[,}\]])/g, 'null'));
        }
        catch {
            // JSON.parse quotes the start of the line with control bytes escaped (\x01): log-safe.
            return `invalid JSON: ${error.message.slice(0, 200)}`;
        }
    }
    if (records && (value === null || typeof value !== 'object' || Array.isArray(value)))
        return 'not a JSON object';
    return undefined;
}


/***/ })

};
;