"use strict";
exports.id = 14;
exports.ids = [14];
exports.modules = {

/***/ 8014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cutPoints: () => (/* binding */ cutPoints)
});

// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 51 modules
var lib = __webpack_require__(53);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm-table/lib/index.js + 1 modules
var mdast_util_gfm_table_lib = __webpack_require__(1118);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-table/lib/syntax.js + 2 modules
var syntax = __webpack_require__(7749);
;// CONCATENATED MODULE: ./src/core/markdown-blocks.ts
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HTML_OPENERS = [
    [/^ {0,3}<(script|pre|style|textarea)(\s|>|$)/i, /<\/(script|pre|style|textarea)>/i],
    [/^ {0,3}<!--/, /-->/],
    [/^ {0,3}<\?/, /\?>/],
    [/^ {0,3}<![A-Za-z]/, />/],
    [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** Pieces covering `markdown` in order; stops after the piece that reaches offset `until`. */
function chunkMarkdown(markdown, maxChunk = 16_384, until = Infinity) {
    const chunks = [];
    let chunkStart = 0;
    let fence;
    let htmlEnd;
    let afterBlank = false;
    let at = 0;
    while (at < markdown.length) {
        const newline = markdown.indexOf('\n', at);
        const next = newline === -1 ? markdown.length : newline + 1;
        const line = markdown.slice(at, newline === -1 ? markdown.length : newline);
        if (fence) {
            const close = FENCE.exec(line);
            if (close &&
                close[1][0] === fence.char &&
                close[1].length >= fence.length &&
                close[2].trim() === '') {
                fence = undefined;
            }
        }
        else if (htmlEnd) {
            if (htmlEnd.test(line))
                htmlEnd = undefined;
        }
        else {
            const blank = line.trim() === '';
            const boundary = at > chunkStart &&
                !blank &&
                ((afterBlank && !/^\s/.test(line)) || at - chunkStart >= maxChunk);
            if (boundary) {
                chunks.push({ start: chunkStart, end: at });
                chunkStart = at;
                if (at >= until)
                    return chunks;
            }
            afterBlank = blank;
            const open = FENCE.exec(line);
            if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
                fence = { char: open[1][0], length: open[1].length };
            }
            else {
                for (const [opener, closer] of HTML_OPENERS) {
                    const m = opener.exec(line);
                    if (m) {
                        if (!closer.test(line.slice(m[0].length)))
                            htmlEnd = closer;
                        break;
                    }
                }
            }
        }
        at = next;
    }
    if (chunkStart < markdown.length || chunks.length === 0) {
        chunks.push({ start: chunkStart, end: markdown.length });
    }
    return chunks;
}

;// CONCATENATED MODULE: ./src/core/markdown-cuts.ts




/**
 * Offsets where the document may be cut, ascending, up to about `upTo` (no cut beyond it can
 * fit: sizes never count fewer units than characters). Parsed piece by piece (see blocks.ts), so
 * a 10 MB report costs what its first `upTo` characters cost.
 */
function cutPoints(markdown, upTo) {
    const cuts = [];
    for (const chunk of chunkMarkdown(markdown, undefined, Math.max(0, upTo))) {
        const tree = (0,lib/* fromMarkdown */.Y)(markdown.slice(chunk.start, chunk.end), {
            extensions: [(0,syntax/* gfmTable */.x)()],
            mdastExtensions: [(0,mdast_util_gfm_table_lib/* gfmTableFromMarkdown */.c)()],
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