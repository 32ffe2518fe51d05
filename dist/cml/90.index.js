"use strict";
exports.id = 90;
exports.ids = [90];
exports.modules = {

/***/ 6090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cutPoints: () => (/* binding */ cutPoints)
/* harmony export */ });
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(577);
/* harmony import */ var mdast_util_gfm_table__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1118);
/* harmony import */ var micromark_extension_gfm_table__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7749);
/* harmony import */ var _markdown_blocks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4013);




/**
 * Offsets where the document may be cut, ascending, up to about `upTo` (no cut beyond it can
 * fit: sizes never count fewer units than characters). Parsed piece by piece (see blocks.ts), so
 * a 10 MB report costs what its first `upTo` characters cost.
 */
function cutPoints(markdown, upTo) {
    const cuts = [];
    for (const chunk of (0,_markdown_blocks__WEBPACK_IMPORTED_MODULE_0__/* .chunkMarkdown */ .N)(markdown, undefined, Math.max(0, upTo))) {
        const tree = (0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_1__/* .fromMarkdown */ .Y)(markdown.slice(chunk.start, chunk.end), {
            extensions: [(0,micromark_extension_gfm_table__WEBPACK_IMPORTED_MODULE_2__/* .gfmTable */ .x)()],
            mdastExtensions: [(0,mdast_util_gfm_table__WEBPACK_IMPORTED_MODULE_3__/* .gfmTableFromMarkdown */ .c)()],
        });
        const inChunk = new Set();
        for (const block of tree.children) {
            addInner(block, inChunk);
            const end = block.position?.end.offset;
            if (end !== undefined)
                inChunk.add(end);
        }
        cuts.push(...[...inChunk].sort((a, b) => a - b).map((offset) => offset + chunk.start));
    }
    return cuts;
}
function addInner(node, cuts) {
    if (node.type === 'table') {
        // Row 0 is the header; a cut must keep the delimiter row after it, so rows from 1 on.
        node.children.forEach((row, i) => {
            if (i >= 1 && row.position?.end.offset !== undefined)
                cuts.add(row.position.end.offset);
        });
    }
    else if (node.type === 'list') {
        for (const item of node.children) {
            if (item.position?.end.offset !== undefined)
                cuts.add(item.position.end.offset);
        }
    }
}


/***/ })

};
;