"use strict";
exports.id = 730;
exports.ids = [730];
exports.modules = {

/***/ 4730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ checkSequences),
/* harmony export */   KN: () => (/* binding */ checkSeed),
/* harmony export */   Ou: () => (/* binding */ checkPixelBudget),
/* harmony export */   XR: () => (/* binding */ stackOverflowError),
/* harmony export */   checkScale: () => (/* binding */ checkScale),
/* harmony export */   dz: () => (/* binding */ PLOT_LIMITS),
/* harmony export */   fF: () => (/* binding */ isStackOverflow),
/* harmony export */   kP: () => (/* binding */ checkDepth)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/**
 * Budgets for rendering plots from untrusted specs (a pull request's files). Each one is far
 * above what a chart in a report needs and far below what takes a CI runner down; the reasons
 * are in docs/limits.md (## Plots).
 */
const PLOT_LIMITS = {
    /** Width \u00d7 height \u00d7 scale\u00b2 of a PNG: resvg holds 4 bytes a pixel, so 50 MP \u2248 200 MB. */
    maxPngPixels: 50_000_000,
    /** Width \u00d7 height \u00d7 scale\u00b2 of an SVG's declared size (what a viewer would rasterise). */
    maxSvgPixels: 400_000_000,
    /** Longest side of any image, in output pixels (\u00d7 scale). */
    maxSide: 32_767,
    /** Largest accepted scale factor (vl2png -s, cml plot -s). */
    maxScale: 100,
    /** Bytes read from one data URL or data file (and one image of an image mark). */
    maxDataBytes: 100 * 1024 * 1024,
    /** Rows parsed from one data URL or data file. */
    maxRows: 1_000_000,
    /** Nesting depth of a spec or data file (arrays and objects); deeper blows the stack. */
    maxDepth: 200,
    /** One request to an allow-listed host: connect, answer and body. */
    httpTimeoutMs: 30_000,
    /** Redirects followed, each checked against the allow-list again. */
    maxRedirects: 3,
};
/** A scale factor given on the command line or as an input: a positive finite number. */
function checkScale(value, option) {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0 || n > PLOT_LIMITS.maxScale) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`${option} must be a number greater than 0 and at most ${PLOT_LIMITS.maxScale}; got ${shown(value)}`);
    }
    return n;
}
/** A random seed: a finite number. */
function checkSeed(value, option) {
    if (value === undefined)
        return undefined;
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`${option} must be a number; got ${shown(value)}`);
    }
    return n;
}
/**
 * Refuses an output size over the budget before anything that big is allocated.
 * `width`/`height` are the view's size in CSS pixels (padding included), before scaling.
 */
function checkPixelBudget(name, width, height, scale, format) {
    const w = width * scale;
    const h = height * scale;
    const pixels = w * h;
    const max = format === 'png' ? PLOT_LIMITS.maxPngPixels : PLOT_LIMITS.maxSvgPixels;
    // Built only for a message: the first toLocaleString of a process loads ICU's number data.
    const size = () => `${fmt(width)}\u00d7${fmt(height)} at scale ${fmt(scale)} = ${fmt(w)}\u00d7${fmt(h)}`;
    if (!Number.isFinite(pixels) || w > PLOT_LIMITS.maxSide || h > PLOT_LIMITS.maxSide) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`${name}: the image would be ${size()} pixels; each side may be at most ${fmt(PLOT_LIMITS.maxSide)} pixels (lower width/height or the scale)`);
    }
    if (pixels > max) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`${name}: the ${format.toUpperCase()} would be ${size()} = ${fmt(Math.round(pixels / 1e6))} megapixels; the budget is ${fmt(max / 1e6)} megapixels (lower width/height or the scale)`);
    }
}
/**
 * Objects that passed checkDepth, so the same parsed spec is walked once even though both its
 * reader and the renderer check it (a 1,000-row inline data set is thousands of nodes).
 * Only what was parsed and then handed on unchanged is skipped; specs our own code builds
 * (overlays, templates) are new objects and are walked again.
 */
const depthChecked = new WeakSet();
/**
 * Nesting depth of parsed JSON/YAML, measured without recursion, so a hostile file cannot
 * overflow the stack here (Vega-Lite's compiler and the schema check recurse on it later).
 * One pass over the objects only (primitives are never pushed), in two parallel stacks rather
 * than a tuple per node: this runs on every chart's inline rows.
 */
function checkDepth(value, name) {
    if (value === null || typeof value !== 'object' || depthChecked.has(value))
        return;
    const nodes = [value];
    const depths = [1];
    // Shared references (YAML aliases) are walked once, so an alias bomb stays linear.
    const seen = new Set([value]);
    while (nodes.length > 0) {
        const node = nodes.pop();
        const depth = depths.pop();
        if (depth > PLOT_LIMITS.maxDepth) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`${name}: nested more than ${PLOT_LIMITS.maxDepth} levels deep; a plot spec or data file needs far fewer`);
        }
        forEachObjectChild(node, (child) => {
            if (seen.has(child))
                return;
            seen.add(child);
            nodes.push(child);
            depths.push(depth + 1);
        });
    }
    depthChecked.add(value);
}
/**
 * Rows a Vega `sequence` transform (Vega-Lite's `data.sequence`) would generate: a spec of a few
 * bytes can ask for a billion. Constant bounds only; signals are left to Vega.
 */
function checkSequences(vegaSpec, name) {
    if (vegaSpec === null || typeof vegaSpec !== 'object')
        return;
    const stack = [vegaSpec];
    while (stack.length > 0) {
        const node = stack.pop();
        const t = node;
        if (t.type === 'sequence' && typeof t.start === 'number' && typeof t.stop === 'number') {
            const step = typeof t.step === 'number' ? t.step : 1;
            const rows = step === 0 ? Infinity : Math.ceil((t.stop - t.start) / step);
            if (!(rows <= PLOT_LIMITS.maxRows)) {
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`${name}: a sequence from ${t.start} to ${t.stop} by ${step} makes more than ${PLOT_LIMITS.maxRows.toLocaleString('en-US')} rows, the budget for one data set`);
            }
        }
        forEachObjectChild(node, (child) => stack.push(child));
    }
}
/**
 * Calls `visit` with each own enumerable value of `node` that is an object (what
 * Object.values(node) would hold, without building that array or visiting primitives).
 */
function forEachObjectChild(node, visit) {
    if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
            const child = node[i];
            if (child !== null && typeof child === 'object')
                visit(child);
        }
        return;
    }
    const record = node;
    for (const key in record) {
        if (!Object.prototype.hasOwnProperty.call(record, key))
            continue;
        const child = record[key];
        if (child !== null && typeof child === 'object')
            visit(child);
    }
}
/** "Maximum call stack size exceeded" and friends, for a clear message naming the file. */
function isStackOverflow(error) {
    return (error instanceof RangeError &&
        /call stack|too much recursion|stack overflow/i.test(error.message));
}
function stackOverflowError(name) {
    return new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`${name}: the spec is too deeply nested or self-referencing to render (the renderer ran out of stack)`);
}
function shown(value) {
    return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
function fmt(n) {
    return Number.isInteger(n) ? n.toLocaleString('en-US') : String(Math.round(n * 100) / 100);
}


/***/ })

};
;