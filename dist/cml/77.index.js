"use strict";
exports.id = 77;
exports.ids = [77,730];
exports.modules = {

/***/ 7249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   J5: () => (/* binding */ refused),
/* harmony export */   VI: () => (/* binding */ hostAllowed),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   gh: () => (/* binding */ isMetadataAddress),
/* harmony export */   hostsFromEnv: () => (/* binding */ hostsFromEnv),
/* harmony export */   hr: () => (/* binding */ ALLOWED_HOSTS_ENV),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   sL: () => (/* binding */ readWorkspaceFile),
/* harmony export */   splitHosts: () => (/* binding */ splitHosts),
/* harmony export */   xu: () => (/* binding */ tooBig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _limits__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4730);
/* harmony import */ var _platforms__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9163);
/* harmony import */ var _core_workspace_file__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6753);







/** The environment variable the CLI reads allowed hosts from (comma, space or newline separated). */
const ALLOWED_HOSTS_ENV = 'CML_PLOTS_ALLOWED_HOSTS';
function hostsFromEnv(env = process.env) {
    return splitHosts(env[ALLOWED_HOSTS_ENV] ?? '');
}
function splitHosts(value) {
    return []
        .concat(value)
        .flatMap((v) => String(v).split(/[\s,]+/))
        .map((v) => v.trim())
        .filter(Boolean);
}
/**
 * The workspace a run may read from: the CI workspace when `cwd` is inside it (a step with a
 * working-directory still reads the checkout), else `cwd`.
 */
function workspaceRoot(cwd, env = process.env) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd);
    for (const ws of (0,_platforms__WEBPACK_IMPORTED_MODULE_5__/* .platformWorkspaces */ .Gi)(env)) {
        if (ws && isInside((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(ws), abs))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(ws);
    }
    return abs;
}
/** Link-local and cloud metadata addresses: refused even when allow-listed. */
const METADATA_HOSTS = new Set([
    'metadata.google.internal',
    'metadata.goog',
    'metadata',
    'instance-data',
    'instance-data.ec2.internal',
]);
/** True for an address no spec may reach: link-local (IPv4 169.254/16, IPv6 fe80::/10), fd00:ec2::254. */
function isMetadataAddress(host) {
    let h = host.toLowerCase().replace(/^\[|\]$/g, '');
    if (h.endsWith('.'))
        h = h.slice(0, -1);
    if (METADATA_HOSTS.has(h))
        return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    if (mapped)
        h = mapped[1];
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(h) === 4)
        return h.startsWith('169.254.');
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(h) === 6) {
        if (/^fe[89ab][0-9a-f]?:/.test(h))
            return true;
        const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
        if (hex)
            return parseInt(hex[1], 16) >> 8 === 169 && (parseInt(hex[1], 16) & 0xff) === 254;
        return expandIpv6(h) === expandIpv6('fd00:ec2::254');
    }
    return false;
}
function expandIpv6(address) {
    const [head, tail = ''] = address.split('::');
    const a = head ? head.split(':') : [];
    const b = tail ? tail.split(':') : [];
    const groups = address.includes('::')
        ? [...a, ...Array(8 - a.length - b.length).fill('0'), ...b]
        : a;
    return groups.map((g) => parseInt(g || '0', 16).toString(16)).join(':');
}
/** Whether `url`'s host is on the allow-list (`host`, `host:port`, `*.domain`). */
function hostAllowed(url, allowed) {
    const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    return allowed.some((entry) => {
        const e = entry.toLowerCase().trim();
        let name = e;
        let p;
        const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(e);
        if (bracket)
            [name, p] = [bracket[1], bracket[2]];
        else if (/^[^:]+:\d+$/.test(e))
            [name, p] = e.split(':');
        if (p !== undefined && p !== port)
            return false;
        if (name.startsWith('*.'))
            return host.endsWith(name.slice(1));
        return host === name;
    });
}
/** `path` is `root` itself or below it (the workspace's own rule, src/core/workspace-file.ts). */
const isInside = _core_workspace_file__WEBPACK_IMPORTED_MODULE_6__/* .isWithin */ .UO;
/** The refusal every loader path gives: the spec, the URL, why, and how to allow it if one can. */
function refused(spec, url, why) {
    return new _core_errors__WEBPACK_IMPORTED_MODULE_3__.ConfigurationError(`${spec}: refused to load "${url}": ${why}`);
}
/**
 * Reads a file a spec named, if it is a regular file inside one of `access.roots` once every
 * symlink is resolved, and within the byte budget. `path` is already absolute.
 */
function readWorkspaceFile(path, access, spec, url) {
    const roots = access.roots.map((r) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(r));
    if (!roots.some((root) => isInside(root, path))) {
        throw refused(spec, url, `it is outside the workspace (${roots.join(', ')})`);
    }
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch (error) {
        const code = error.code;
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__.ConfigurationError(`${spec}: cannot load data "${url}": ${code === 'ENOENT' ? 'ENOENT: no such file' : (code ?? String(error))}`);
    }
    const realRoots = roots.map((r) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(r);
        }
        catch {
            return r;
        }
    });
    if (!realRoots.some((root) => isInside(root, real))) {
        throw refused(spec, url, `it is a symbolic link that leads out of the workspace (to ${real})`);
    }
    return readRegularFile(real, spec, url);
}
/** A regular file (not a FIFO or device, which could block or never end) within the byte budget. */
function readRegularFile(path, spec, url) {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            throw refused(spec, url, 'it is not a regular file');
        if (stat.size > _limits__WEBPACK_IMPORTED_MODULE_4__/* .PLOT_LIMITS */ .dz.maxDataBytes)
            throw tooBig(spec, url, stat.size);
        const buffer = Buffer.alloc(stat.size);
        let offset = 0;
        while (offset < stat.size) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, offset, stat.size - offset, offset);
            if (n === 0)
                break;
            offset += n;
        }
        return buffer.subarray(0, offset);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function tooBig(spec, url, bytes) {
    const mb = (n) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
    return new _core_errors__WEBPACK_IMPORTED_MODULE_3__.ConfigurationError(`${spec}: "${url}" is ${bytes === undefined ? 'larger than' : `${mb(bytes)}, over`} the ${mb(_limits__WEBPACK_IMPORTED_MODULE_4__/* .PLOT_LIMITS */ .dz.maxDataBytes)} budget for one data file`);
}


/***/ }),

/***/ 7230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ fontDirectory),
/* harmony export */   EH: () => (/* binding */ useShippedFontconfig),
/* harmony export */   F2: () => (/* binding */ FONT_FAMILY),
/* harmony export */   v0: () => (/* binding */ fontFiles)
/* harmony export */ });
/* unused harmony export FONT_FILES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** The font every chart is drawn with; shipped in dist/fonts so slim containers still get labels. */
const FONT_FAMILY = 'DejaVu Sans';
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];
const SOURCE_TREE_FONTS = ['dist/fonts', 'node_modules/dejavu-fonts-ttf/ttf'];
/**
 * The folder holding the shipped fonts (and fonts.conf for fontconfig), or undefined when none is
 * found. The bundle finds dist/fonts beside its own folder; the sources (tests) find the same
 * font in the project's node_modules. CML_FONT_DIR overrides both.
 */
function fontDirectory(env = process.env) {
    // From src/plots/*.ts: dist/fonts, then the npm package the build copies the fonts from.
    // The root is computed in a loop so ncc's asset relocation does not copy these folders
    // into the bundle.
    let root = __dirname;
    for (let i = 0; i < 2; i++)
        root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(root);
    const candidates = [
        env.CML_FONT_DIR,
        // dist/<entry>/index.js \u2192 dist/fonts
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(__dirname, '..', 'fonts'),
        ...SOURCE_TREE_FONTS.map((dir) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, dir)),
    ];
    return candidates.find((dir) => !!dir && FONT_FILES.every((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f))));
}
function fontFiles(dir) {
    return FONT_FILES.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f));
}
/**
 * Points fontconfig (used by libvips inside sharp to draw SVG text) at the shipped fonts only.
 * Must run before sharp first renders text: fontconfig reads FONTCONFIG_FILE once.
 * Only dist/fonts carries a fonts.conf; elsewhere the machine's own configuration stays.
 */
function useShippedFontconfig(dir) {
    if (!dir)
        return;
    const conf = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'fonts.conf');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(conf))
        process.env.FONTCONFIG_FILE = conf;
}


/***/ }),

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


/***/ }),

/***/ 8188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ PngUnavailable),
/* harmony export */   T: () => (/* binding */ loadRasteriser)
/* harmony export */ });
/* harmony import */ var _fonts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7230);

/** No rasteriser could be loaded on this platform: callers fall back to SVG and say why. */
class PngUnavailable {
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}
/**
 * Loads the rasteriser: resvg first (the plots benchmark measured it several times faster than
 * sharp/librsvg on point-heavy charts, and it takes font files directly, so no fontconfig),
 * sharp as the fallback. `CML_PLOTS_RASTERISER=sharp|resvg` forces one (benchmark, tests).
 */
async function loadRasteriser(preferred = process.env.CML_PLOTS_RASTERISER) {
    const order = preferred === 'sharp' ? ['sharp'] : preferred === 'resvg' ? ['resvg'] : ['resvg', 'sharp'];
    const failures = [];
    for (const name of order) {
        try {
            return name === 'resvg' ? await loadResvg() : await loadSharp();
        }
        catch (error) {
            failures.push(`${name}: ${firstLine(error)}`);
        }
    }
    return new PngUnavailable(`no prebuilt rasteriser for ${process.platform}-${process.arch} (${failures.join('; ')}); ` +
        'the bundle carries binaries for linux-x64 and linux-arm64');
}
async function loadResvg() {
    // resvg's loader calls process.report.getReport() to tell glibc from musl; without the
    // network section that report is much cheaper.
    const report = process.report;
    if (report)
        report.excludeNetwork = true;
    const mod = (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 5204, 23)));
    const Resvg = mod.Resvg ?? mod.default?.Resvg;
    if (!Resvg)
        throw new Error('@resvg/resvg-js has no Resvg export');
    const renderAsync = mod.renderAsync ?? mod.default?.renderAsync;
    const dir = (0,_fonts__WEBPACK_IMPORTED_MODULE_0__/* .fontDirectory */ .$2)();
    const font = dir
        ? {
            fontFiles: (0,_fonts__WEBPACK_IMPORTED_MODULE_0__/* .fontFiles */ .v0)(dir),
            loadSystemFonts: false,
            defaultFontFamily: _fonts__WEBPACK_IMPORTED_MODULE_0__/* .FONT_FAMILY */ .F2,
            sansSerifFamily: _fonts__WEBPACK_IMPORTED_MODULE_0__/* .FONT_FAMILY */ .F2,
        }
        : { loadSystemFonts: true };
    return {
        name: 'resvg',
        toPng: async (svg) => {
            const options = { font, shapeRendering: 2, textRendering: 1 };
            if (renderAsync)
                return (await renderAsync(svg, options)).asPng();
            return new Resvg(svg, options).render().asPng();
        },
    };
}
async function loadSharp() {
    (0,_fonts__WEBPACK_IMPORTED_MODULE_0__/* .useShippedFontconfig */ .EH)((0,_fonts__WEBPACK_IMPORTED_MODULE_0__/* .fontDirectory */ .$2)());
    const mod = (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3897, 23)));
    const sharp = mod.default ?? mod;
    return {
        name: 'sharp',
        toPng: (svg) => sharp(Buffer.from(svg)).png().toBuffer(),
    };
}
function firstLine(error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}


/***/ }),

/***/ 3077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PlotRenderer: () => (/* binding */ PlotRenderer)
});

// UNUSED EXPORTS: checkFields, defaultAccess, svgSize, withoutExternalImages, withoutHiddenText

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/plots/data-access.ts
var data_access = __webpack_require__(7249);
// EXTERNAL MODULE: ./src/plots/limits.ts
var limits = __webpack_require__(4730);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __webpack_require__(610);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/plots/safe-http.ts





/**
 * GETs a URL a spec named, only from an allow-listed host. Written on node:http rather than
 * fetch because fetch follows redirects and resolves names itself: here every redirect is checked
 * against the allow-list again, and every address a name resolves to is checked before
 * connecting (an allowed name that resolves to 169.254.169.254 is refused), with a byte budget
 * and a timeout on the whole request.
 */
async function fetchAllowed(url, access, spec, original = url) {
    let current = url;
    for (let hop = 0;; hop++) {
        const target = checkUrl(current, access, spec, original, hop > 0);
        const response = await get(target, spec, original);
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && response.headers.location) {
            response.resume();
            if (hop >= limits/* PLOT_LIMITS */.dz.maxRedirects) {
                throw new errors.ConfigurationError(`${spec}: cannot load data "${original}": more than ${limits/* PLOT_LIMITS */.dz.maxRedirects} redirects`);
            }
            current = new URL(response.headers.location, target).href;
            continue;
        }
        if (status < 200 || status >= 300) {
            response.resume();
            throw new errors.ConfigurationError(`${spec}: cannot load data "${original}": HTTP ${status} ${response.statusMessage ?? ''}`.trim());
        }
        return readBody(response, spec, original);
    }
}
/** The URL, parsed, if its scheme is http(s) and its host is allowed and not a metadata address. */
function checkUrl(url, access, spec, original = url, redirected = false) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw (0,data_access/* refused */.J5)(spec, original, 'not a valid URL');
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw (0,data_access/* refused */.J5)(spec, original, `${parsed.protocol} URLs are not loaded`);
    }
    const via = redirected ? ` (redirected to ${url})` : '';
    if ((0,data_access/* isMetadataAddress */.gh)(parsed.hostname)) {
        throw (0,data_access/* refused */.J5)(spec, original, `${parsed.hostname}${via} is a link-local/cloud metadata address, never fetched (not even when allowed)`);
    }
    if (!(0,data_access/* hostAllowed */.VI)(parsed, access.allowedHosts)) {
        throw (0,data_access/* refused */.J5)(spec, original, `host ${parsed.host}${via} is not allowed; plots fetch nothing from the network unless ${access.allowHint} names the host`);
    }
    return parsed;
}
async function get(url, spec, original) {
    const http = url.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23));
    return new Promise((resolvePromise, reject) => {
        const request = http.get(url, {
            lookup: checkedLookup(spec, original),
            timeout: limits/* PLOT_LIMITS */.dz.httpTimeoutMs,
            headers: { 'accept-encoding': 'identity' },
        }, resolvePromise);
        request.on('timeout', () => request.destroy(new errors.ConfigurationError(`${spec}: cannot load data "${original}": no answer within ${limits/* PLOT_LIMITS */.dz.httpTimeoutMs / 1000} s`)));
        request.on('error', (error) => reject(error instanceof errors.ConfigurationError
            ? error
            : new errors.ConfigurationError(`${spec}: cannot load data "${original}": ${error.message}`)));
    });
}
/** A DNS lookup that refuses metadata/link-local answers, so no name can lead there. */
function checkedLookup(spec, original) {
    return (hostname, options, callback) => {
        (0,external_node_dns_.lookup)(hostname, { ...options, all: true }, (error, addresses) => {
            if (error)
                return callback(error, '', 0);
            const list = addresses;
            const bad = list.find((a) => (0,data_access/* isMetadataAddress */.gh)(a.address));
            if (bad) {
                return callback((0,data_access/* refused */.J5)(spec, original, `${hostname} resolves to ${bad.address}, a link-local/cloud metadata address`), '', 0);
            }
            if (options.all)
                return callback(null, list);
            const first = list[0];
            callback(null, first.address, first.family ?? (0,external_node_net_.isIP)(first.address));
        });
    };
}
function readBody(response, spec, url) {
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > limits/* PLOT_LIMITS */.dz.maxDataBytes) {
        response.destroy();
        return Promise.reject((0,data_access/* tooBig */.xu)(spec, url, declared));
    }
    return new Promise((resolvePromise, reject) => {
        const chunks = [];
        let total = 0;
        response.on('data', (chunk) => {
            total += chunk.length;
            if (total > limits/* PLOT_LIMITS */.dz.maxDataBytes) {
                response.destroy();
                reject((0,data_access/* tooBig */.xu)(spec, url, undefined));
                return;
            }
            chunks.push(chunk);
        });
        response.on('end', () => resolvePromise(Buffer.concat(chunks)));
        response.on('error', (error) => reject(new errors.ConfigurationError(`${spec}: cannot load data "${url}": ${error.message}`)));
    });
}

;// CONCATENATED MODULE: ./src/plots/sandbox-loader.ts






/** A URL that names its scheme (`file:`, `http:`, `C:`) or starts with `//`. */
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*:|\/\/)/;
function sandboxLoader(baseURL, access, spec, 
/** vega.loader(), for the link (href) sanitiser only: it does no I/O. */
linkSanitizer) {
    const failures = [];
    const record = (error) => {
        const message = error instanceof Error ? error.message : String(error);
        const short = message.startsWith(`${spec}: `) ? message.slice(spec.length + 2) : message;
        if (!failures.includes(short))
            failures.push(short);
        throw error instanceof errors.ConfigurationError ? error : new errors.ConfigurationError(message);
    };
    /** Where a URI leads: a workspace file or an allowed http(s) URL, else a refusal. */
    const locate = (uri) => {
        if (typeof uri !== 'string' || uri.trim() === '') {
            throw (0,data_access/* refused */.J5)(spec, String(uri), 'not a URL or file name');
        }
        // vega-loader drops control characters and whitespace before testing the scheme.
        // eslint-disable-next-line no-control-regex
        const compact = uri.replace(/[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205f\u3000]/g, '');
        const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
        if (scheme === 'file:') {
            throw (0,data_access/* refused */.J5)(spec, uri, 'file: URLs are not read; name a file relative to the spec');
        }
        if (scheme === '//' || scheme === 'http:' || scheme === 'https:') {
            const url = scheme === '//' ? `https:${compact}` : compact;
            checkUrl(url, access, spec, uri);
            return { url };
        }
        if (scheme)
            throw (0,data_access/* refused */.J5)(spec, uri, `${scheme} URLs are not loaded`);
        if (compact.startsWith('/') || compact.startsWith('\\')) {
            throw (0,data_access/* refused */.J5)(spec, uri, 'absolute paths are not read; name a file relative to the spec');
        }
        if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(baseURL) && !/^file:/i.test(baseURL)) {
            const url = new URL(uri, baseURL).href;
            checkUrl(url, access, spec, uri);
            return { url };
        }
        const baseDir = /^file:/i.test(baseURL) ? (0,external_node_url_.fileURLToPath)(baseURL) : baseURL;
        return { file: (0,external_node_path_.resolve)(baseDir, uri) };
    };
    const bytes = async (uri) => {
        const where = locate(uri);
        if ('file' in where)
            return (0,data_access/* readWorkspaceFile */.sL)(where.file, access, spec, uri);
        return fetchAllowed(where.url, access, spec, uri);
    };
    const loader = {
        options: { baseURL },
        fileAccess: true,
        failures,
        async load(uri, options) {
            try {
                const data = await bytes(uri);
                if (options?.response === 'arraybuffer') {
                    return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
                }
                const text = data.toString('utf8');
                checkLineCount(text, spec, uri);
                return text;
            }
            catch (error) {
                return record(error);
            }
        },
        async sanitize(uri, options) {
            if (options?.context === 'href')
                return linkSanitizer.sanitize(uri, { context: 'href' });
            try {
                if (typeof uri === 'string' && /^data:/i.test(uri.trim())) {
                    if (/^data:image\/(png|jpeg|gif|webp)[;,]/i.test(uri.trim()))
                        return { href: uri.trim() };
                    throw (0,data_access/* refused */.J5)(spec, uri.slice(0, 40), 'an image mark may show PNG, JPEG, GIF or WebP only');
                }
                const data = await bytes(uri);
                const type = rasterType(data);
                // An SVG image could itself point at files the rasteriser would open: raster only.
                if (!type)
                    throw (0,data_access/* refused */.J5)(spec, uri, 'an image mark may show PNG, JPEG, GIF or WebP only');
                return { href: `data:${type};base64,${data.toString('base64')}` };
            }
            catch (error) {
                return record(error);
            }
        },
        async file(path) {
            try {
                return (0,data_access/* readWorkspaceFile */.sL)((0,external_node_path_.resolve)(path), access, spec, path);
            }
            catch (error) {
                return record(error);
            }
        },
        async http(url) {
            try {
                checkUrl(url, access, spec);
                return (await fetchAllowed(url, access, spec)).toString('utf8');
            }
            catch (error) {
                return record(error);
            }
        },
    };
    return loader;
}
/**
 * CSV/TSV rows are counted before Vega parses them (parsing 100 MB of one-character lines would
 * make tens of millions of objects); JSON is counted after parsing (see the View's parse).
 */
function checkLineCount(text, spec, uri) {
    const first = text.trimStart()[0];
    if (first === '[' || first === '{')
        return;
    let lines = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
        if (++lines > limits/* PLOT_LIMITS */.dz.maxRows + 1)
            throw tooManyRows(spec, uri);
    }
}
function tooManyRows(spec, uri) {
    return new errors.ConfigurationError(`${spec}: "${uri}" has more than ${limits/* PLOT_LIMITS */.dz.maxRows.toLocaleString('en-US')} rows, the budget for one data file`);
}
/** The MIME type of a PNG, JPEG, GIF or WebP file, by its first bytes; undefined otherwise. */
function rasterType(data) {
    const ascii = data.subarray(0, 12).toString('latin1');
    if (ascii.startsWith('\x89PNG\r\n\x1a\n'))
        return 'image/png';
    if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff)
        return 'image/jpeg';
    if (ascii.startsWith('GIF87a') || ascii.startsWith('GIF89a'))
        return 'image/gif';
    if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP')
        return 'image/webp';
    return undefined;
}

;// CONCATENATED MODULE: ./src/plots/schema-walk.ts
/**
 * A JSON Schema (draft-07) validator that interprets the schema as it walks the instance, for the
 * Vega-Lite and Vega schemas only: it visits just the schema nodes the spec reaches, so checking
 * a spec costs milliseconds where compiling the whole Vega-Lite schema with ajv first cost 0.6 to
 * 3.5 s (issue 11: a spec that made Vega-Lite warn paid that on every run). Written by hand
 * because the interpreting libraries report locations through `$ref`s and messages as prose,
 * losing the allowed values and property names our messages give; its verdicts are checked
 * against ajv's on real specs in __tests__/plots-schema-walk.test.ts.
 *
 * Supported keywords are those the two schemas use: $ref (local), anyOf, oneOf, allOf, not,
 * type, enum, const, properties, patternProperties, additionalProperties, required, items,
 * minItems, maxItems, minimum, maximum, minLength, maxLength, minProperties, pattern. Others
 * (format, description, default) do not constrain here, as with ajv's validateFormats: false.
 */
/** A validator for `root` with the same call shape as an ajv-compiled one (errors on failure). */
function schemaValidator(root) {
    const patterns = new Map();
    const regex = (p) => {
        let r = patterns.get(p);
        if (!r)
            patterns.set(p, (r = new RegExp(p, 'u')));
        return r;
    };
    const resolve = (ref) => {
        if (!ref.startsWith('#'))
            throw new Error(`schema-walk: only local $refs are supported: ${ref}`);
        let node = root;
        for (const raw of ref.slice(1).split('/').slice(1)) {
            const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
            node = node[key];
        }
        return node;
    };
    const walk = (schema, data, path, out) => {
        if (schema === true)
            return true;
        if (schema === false) {
            out.push({
                instancePath: path,
                keyword: 'false schema',
                params: {},
                message: 'must not be present',
            });
            return false;
        }
        const s = schema;
        const fail = (keyword, params, message) => {
            out.push({ instancePath: path, keyword, params, message, parentSchema: s });
            return false;
        };
        let ok = true;
        if (typeof s.$ref === 'string')
            ok = walk(resolve(s.$ref), data, path, out) && ok;
        if (s.type !== undefined && !hasType(data, s.type)) {
            // Like ajv: a value of the wrong type is not checked against the other keywords.
            return fail('type', { type: s.type }, `must be ${[s.type].flat().join(',')}`);
        }
        if (Array.isArray(s.enum) && !s.enum.some((v) => equal(v, data)))
            ok = fail('enum', { allowedValues: s.enum }, 'must be equal to one of the allowed values');
        if ('const' in s && !equal(s.const, data))
            ok = fail('const', { allowedValue: s.const }, 'must be equal to constant');
        for (const keyword of ['anyOf', 'oneOf']) {
            const branches = s[keyword];
            if (!Array.isArray(branches))
                continue;
            const inner = [];
            const passed = branches.filter((b) => walk(b, data, path, inner)).length;
            if (keyword === 'anyOf' ? passed === 0 : passed !== 1) {
                // Every branch's complaints are kept (ajv's allErrors): the deepest one names the fault.
                if (passed === 0)
                    out.push(...inner);
                ok = fail(keyword, { passingSchemas: passed }, `must match ${keyword === 'anyOf' ? 'a schema in anyOf' : 'exactly one schema in oneOf'}`);
            }
        }
        if (Array.isArray(s.allOf))
            for (const b of s.allOf)
                ok = walk(b, data, path, out) && ok;
        if (s.not !== undefined && walk(s.not, data, path, []))
            ok = fail('not', {}, 'must NOT be valid');
        if (typeof data === 'number') {
            if (typeof s.minimum === 'number' && data < s.minimum)
                ok = fail('minimum', { comparison: '>=', limit: s.minimum }, `must be >= ${s.minimum}`);
            if (typeof s.maximum === 'number' && data > s.maximum)
                ok = fail('maximum', { comparison: '<=', limit: s.maximum }, `must be <= ${s.maximum}`);
        }
        else if (typeof data === 'string') {
            const length = [...data].length;
            if (typeof s.minLength === 'number' && length < s.minLength)
                ok = fail('minLength', { limit: s.minLength }, `must NOT have fewer than ${s.minLength} characters`);
            if (typeof s.maxLength === 'number' && length > s.maxLength)
                ok = fail('maxLength', { limit: s.maxLength }, `must NOT have more than ${s.maxLength} characters`);
            if (typeof s.pattern === 'string' && !regex(s.pattern).test(data))
                ok = fail('pattern', { pattern: s.pattern }, `must match pattern "${s.pattern}"`);
        }
        else if (Array.isArray(data)) {
            if (typeof s.minItems === 'number' && data.length < s.minItems)
                ok = fail('minItems', { limit: s.minItems }, `must NOT have fewer than ${s.minItems} items`);
            if (typeof s.maxItems === 'number' && data.length > s.maxItems)
                ok = fail('maxItems', { limit: s.maxItems }, `must NOT have more than ${s.maxItems} items`);
            if (Array.isArray(s.items)) {
                const items = s.items;
                data.forEach((v, i) => {
                    if (i < items.length)
                        ok = walk(items[i], v, `${path}/${i}`, out) && ok;
                });
            }
            else if (s.items !== undefined) {
                data.forEach((v, i) => (ok = walk(s.items, v, `${path}/${i}`, out) && ok));
            }
        }
        else if (data !== null && typeof data === 'object') {
            ok = walkObject(s, data, path, out, fail) && ok;
        }
        return ok;
    };
    const walkObject = (s, data, path, out, fail) => {
        let ok = true;
        // A key holding undefined (objects built in JS, never parsed JSON) counts as absent, as in ajv.
        const keys = Object.keys(data).filter((k) => data[k] !== undefined);
        for (const name of s.required ?? []) {
            if (data[name] === undefined || !Object.hasOwn(data, name))
                ok = fail('required', { missingProperty: name }, `must have required property '${name}'`);
        }
        if (typeof s.minProperties === 'number' && keys.length < s.minProperties)
            ok = fail('minProperties', { limit: s.minProperties }, `must NOT have fewer than ${s.minProperties} properties`);
        const properties = (s.properties ?? {});
        const patternProps = (s.patternProperties ?? {});
        for (const key of keys) {
            const child = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
            let matched = false;
            if (Object.hasOwn(properties, key)) {
                matched = true;
                ok = walk(properties[key], data[key], child, out) && ok;
            }
            for (const [p, sub] of Object.entries(patternProps)) {
                if (!regex(p).test(key))
                    continue;
                matched = true;
                ok = walk(sub, data[key], child, out) && ok;
            }
            if (matched || s.additionalProperties === undefined)
                continue;
            if (s.additionalProperties === false) {
                ok = fail('additionalProperties', { additionalProperty: key }, 'must NOT have additional properties');
            }
            else {
                ok = walk(s.additionalProperties, data[key], child, out) && ok;
            }
        }
        return ok;
    };
    const validate = (data) => {
        const errors = [];
        const valid = walk(root, data, '', errors);
        validate.errors = valid ? null : errors;
        return valid;
    };
    return validate;
}
function hasType(data, type) {
    return [type].flat().some((t) => {
        switch (t) {
            case 'null':
                return data === null;
            case 'array':
                return Array.isArray(data);
            case 'object':
                return data !== null && typeof data === 'object' && !Array.isArray(data);
            case 'integer':
                return Number.isInteger(data);
            case 'number':
                return typeof data === 'number' && Number.isFinite(data);
            default:
                return typeof data === t;
        }
    });
}
/** JSON equality (enum, const): same type and, for arrays and objects, equal members. */
function equal(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length)
        return false;
    return ka.every((k) => equal(a[k], b[k]));
}

;// CONCATENATED MODULE: ./src/plots/spec-check.ts

/**
 * Explains why a spec is invalid against the official JSON schema of Vega-Lite or Vega: the JSON
 * path of the offending value and what the schema expected there. Only called once compiling
 * failed or warned, so valid specs never read the schema.
 * Returns undefined when the schema accepts the spec.
 */
async function explainInvalidSpec(spec, kind) {
    if (kind === 'vega') {
        const markProblem = checkVegaMarks(spec, '$');
        if (markProblem)
            return markProblem;
    }
    let validate = validators.get(kind);
    if (!validate) {
        validate = await compileSchema(kind);
        validators.set(kind, validate);
    }
    return explainAgainst(validate, spec);
}
/** The explanation `validate` gives for `spec`, or undefined when it accepts the spec. */
function explainAgainst(validate, spec) {
    const sample = sampleInlineRows(spec);
    if (validate(sample))
        return undefined;
    return describe(validate.errors ?? [], sample);
}
/** Rows of inline data checked against the schema: enough to name a wrong one near the top. */
const SAMPLED_ROWS = 20;
/**
 * The spec with every inline data set (`values`) cut to its first rows: the schema checks each
 * row against several alternatives, which for 1,000 rows cost more than drawing them, while an
 * explanation is about the spec, not the data (Vega reads rows of any shape).
 */
function sampleInlineRows(node) {
    if (node === null || typeof node !== 'object')
        return node;
    if (Array.isArray(node))
        return node.map(sampleInlineRows);
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        out[key] =
            key === 'values' && Array.isArray(value) && value.length > SAMPLED_ROWS
                ? value.slice(0, SAMPLED_ROWS)
                : sampleInlineRows(value);
    }
    return out;
}
/**
 * One per kind and process. Building one is reading the schema (tens of milliseconds); nothing is
 * compiled, so explaining a warning costs no more than rendering the chart (issue 11).
 */
const validators = new Map();
async function compileSchema(kind) {
    const schema = kind === 'vega-lite'
        ? (await __webpack_require__.e(/* import() */ 973).then(__webpack_require__.t.bind(__webpack_require__, 3973, 19))).default
        : (await __webpack_require__.e(/* import() */ 599).then(__webpack_require__.t.bind(__webpack_require__, 599, 19))).default;
    return schemaValidator(schema);
}
/** Picks the most telling error: the deepest path, then the most specific kind of complaint. */
function describe(errors, spec) {
    const depth = (e) => (e.instancePath === '' ? 0 : e.instancePath.split('/').length);
    const deepest = Math.max(...errors.map(depth));
    const here = errors.filter((e) => depth(e) === deepest);
    const path = jsonPath(here[0]?.instancePath ?? '');
    const got = valueAt(spec, here[0]?.instancePath ?? '');
    const allowed = unique(here.flatMap((e) => e.keyword === 'enum'
        ? (e.params.allowedValues ?? [])
        : e.keyword === 'const'
            ? [e.params.allowedValue]
            : []));
    if (allowed.length > 0) {
        return `${path} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}; got ${JSON.stringify(got)}`;
    }
    // An unknown property before a missing one, when no alternative at this path knows it: where
    // the schema offers alternatives (a field definition or a value definition), a property none of
    // them knows is the mistake, not the one another alternative would need ({"field": \u2026,
    // "bogus": 1} is not "missing value"). A property one alternative knows ("encoding" at the top,
    // unknown to facet specs) leaves the missing property as the better explanation.
    const propertiesOf = (e) => Object.keys(e.parentSchema?.properties ?? {});
    const knownHere = new Set(here.flatMap(propertiesOf));
    const extra = here.filter((e) => e.keyword === 'additionalProperties');
    const unknownEverywhere = extra.find((e) => !knownHere.has(e.params.additionalProperty));
    const required = here.find((e) => e.keyword === 'required');
    const chosen = unknownEverywhere ?? (required ? undefined : extra[0]);
    if (chosen) {
        const name = chosen.params.additionalProperty;
        const known = unique(extra.flatMap(propertiesOf));
        return (`${path} has an unknown property "${name}"` +
            (known.length ? `; expected one of: ${known.join(', ')}` : ''));
    }
    if (required) {
        const missing = required.params.missingProperty;
        return `${path} is missing the required property "${missing}"`;
    }
    const types = unique(here.filter((e) => e.keyword === 'type').map((e) => e.params.type));
    if (types.length > 0) {
        return `${path} must be ${types.join(' or ')}; got ${JSON.stringify(got)}`;
    }
    const first = here[0];
    return `${path} ${first?.message ?? 'is invalid'}`;
}
/** JSON pointer (/encoding/x/type) \u2192 JSON path ($.encoding.x.type, $.layer[0].mark). */
function jsonPath(pointer) {
    if (!pointer)
        return '$';
    return ('$' +
        pointer
            .split('/')
            .slice(1)
            .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
            .map((key) => /^\d+$/.test(key)
            ? `[${key}]`
            : /^[A-Za-z_$][\w$]*$/.test(key)
                ? `.${key}`
                : `[${JSON.stringify(key)}]`)
            .join(''));
}
function valueAt(root, pointer) {
    let node = root;
    for (const raw of pointer.split('/').slice(1)) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[key];
    }
    return node;
}
function unique(values) {
    return [...new Set(values)];
}
/** Vega's schema takes any string as a mark type; Vega then fails while drawing. */
const VEGA_MARK_TYPES = [
    'arc',
    'area',
    'group',
    'image',
    'line',
    'path',
    'rect',
    'rule',
    'shape',
    'symbol',
    'text',
    'trail',
];
function checkVegaMarks(node, path) {
    const marks = node?.marks;
    if (!Array.isArray(marks))
        return undefined;
    for (const [i, mark] of marks.entries()) {
        const type = mark?.type;
        if (typeof type === 'string' && !VEGA_MARK_TYPES.includes(type)) {
            return `${path}.marks[${i}].type must be one of ${VEGA_MARK_TYPES.map((t) => JSON.stringify(t)).join(', ')}; got ${JSON.stringify(type)}`;
        }
        const inner = checkVegaMarks(mark, `${path}.marks[${i}]`);
        if (inner)
            return inner;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/plots/fonts.ts
var fonts = __webpack_require__(7230);
// EXTERNAL MODULE: ./src/plots/rasterise.ts
var rasterise = __webpack_require__(8188);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/plots/text-metrics.ts


/**
 * Text widths from the shipped font's own metrics. Without a canvas, Vega estimates every
 * character as 0.8 em, so axis titles, legends and label-overlap checks are laid out for text
 * a third wider than what the rasteriser then draws. Vega lets a renderer supply
 * `textMetrics.width` (vl-convert does the same); this reads the widths from the font files.
 */
function fontWidthMeasure(fontDir) {
    const regular = readWidths((0,external_node_path_.join)(fontDir, 'DejaVuSans.ttf'));
    const bold = readWidths((0,external_node_path_.join)(fontDir, 'DejaVuSans-Bold.ttf'));
    return (item, text) => {
        const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
        const value = text == null ? '' : String(text).trim();
        if (size <= 0 || !value)
            return 0;
        const weight = item.fontWeight;
        const font = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600 ? bold : regular;
        let em = 0;
        for (const char of value)
            em += font.advance(char.codePointAt(0)) ?? 0.6;
        const width = em * size;
        // Vega truncates text to `limit` with an ellipsis; the drawn text is then at most that wide.
        return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
    };
}
/** Reads cmap (format 4, Unicode BMP), hmtx, hhea and head: all a width needs. */
function readWidths(path) {
    const font = (0,external_node_fs_.readFileSync)(path);
    const tables = new Map();
    const count = font.readUInt16BE(4);
    for (let i = 0; i < count; i++) {
        const record = 12 + i * 16;
        tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
    }
    const table = (tag) => {
        const offset = tables.get(tag);
        if (offset === undefined)
            throw new Error(`${path}: no ${tag} table`);
        return offset;
    };
    const unitsPerEm = font.readUInt16BE(table('head') + 18);
    const metricsCount = font.readUInt16BE(table('hhea') + 34);
    const hmtx = table('hmtx');
    const advanceOf = (glyph) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, metricsCount - 1)) / unitsPerEm;
    const cmap = table('cmap');
    let segments = -1;
    for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
        const record = cmap + 4 + i * 8;
        const platform = font.readUInt16BE(record);
        const encoding = font.readUInt16BE(record + 2);
        const sub = cmap + font.readUInt32BE(record + 4);
        if ((platform === 3 && encoding === 1) || platform === 0) {
            if (font.readUInt16BE(sub) === 4) {
                segments = sub;
                break;
            }
        }
    }
    if (segments < 0)
        throw new Error(`${path}: no Unicode cmap (format 4)`);
    const segCount = font.readUInt16BE(segments + 6) / 2;
    const ends = segments + 14;
    const starts = ends + segCount * 2 + 2;
    const deltas = starts + segCount * 2;
    const rangeOffsets = deltas + segCount * 2;
    const cache = new Map();
    const glyphOf = (code) => {
        for (let s = 0; s < segCount; s++) {
            if (code > font.readUInt16BE(ends + s * 2))
                continue;
            const start = font.readUInt16BE(starts + s * 2);
            if (code < start)
                return 0;
            const delta = font.readInt16BE(deltas + s * 2);
            const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
            if (rangeOffset === 0)
                return (code + delta) & 0xffff;
            const at = rangeOffsets + s * 2 + rangeOffset + (code - start) * 2;
            const glyph = font.readUInt16BE(at);
            return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
        }
        return 0;
    };
    return {
        advance(code) {
            if (!cache.has(code)) {
                const glyph = code > 0xffff ? 0 : glyphOf(code);
                cache.set(code, glyph === 0 ? undefined : advanceOf(glyph));
            }
            return cache.get(code);
        },
    };
}

// EXTERNAL MODULE: ./src/core/compile-cache.ts
var compile_cache = __webpack_require__(1701);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/plots/vega-modules.ts



/**
 * The file, beside a bundle's index.js, that holds Vega and Vega-Lite as one CommonJS script
 * (scripts/vega-bundle.mjs builds it). The build looks for this name in a bundle's output to
 * know which bundles need the file.
 */
const VEGA_BUNDLE_FILE = 'vega-and-vega-lite.cjs';
/**
 * Vega and Vega-Lite, loaded once per process. A bundle loads them with one require() of
 * VEGA_BUNDLE_FILE: vega 6 and vega-lite 6 are ES modules with top-level await, which ncc
 * turns into dozens of async module wrappers evaluated in turn (about a tenth of `vl2png`'s
 * whole run), while the prebuilt script is compiled and run as one (and Node's compile cache
 * keeps it whole). From the sources (tests, tsx), where no such file sits beside this module,
 * they come from node_modules as ES modules.
 */
async function loadVegaModules() {
    loaded ??= load();
    return loaded;
}
let loaded;
async function load() {
    // In a bundle, __dirname is the bundle's own folder (dist/<entry>).
    const here = __dirname;
    const bundled = (0,external_node_path_.join)(here, VEGA_BUNDLE_FILE);
    if ((0,external_node_fs_.existsSync)(bundled)) {
        // createRequire, not require: ncc would otherwise try to bundle the file itself.
        const mod = (0,external_node_module_.createRequire)((0,external_node_path_.join)(here, 'index.js'))(bundled);
        return { vega: mod.vega, vl: mod.vegaLite };
    }
    // webpackIgnore: a bundle never carries these as async chunks; the file above replaces them.
    const [vega, vl] = await Promise.all([
        import(/* webpackIgnore: true */ 'vega'),
        import(/* webpackIgnore: true */ 'vega-lite'),
    ]);
    return { vega, vl };
}

;// CONCATENATED MODULE: ./src/plots/render.ts










/** The default access: the current directory, hosts from the environment. */
function defaultAccess() {
    return {
        roots: [process.cwd()],
        allowedHosts: (0,data_access.hostsFromEnv)(),
        allowHint: `--allow-host HOST (or ${data_access/* ALLOWED_HOSTS_ENV */.hr})`,
    };
}
/**
 * Vega-Lite/Vega spec \u2192 Vega view \u2192 SVG \u2192 PNG, all in this process: the Vega modules and the
 * rasteriser load once and serve every plot of a report, so N charts cost one start-up.
 */
class PlotRenderer {
    vega;
    vl;
    warn;
    rasteriser;
    constructor(vega, vl, warn) {
        this.vega = vega;
        this.vl = vl;
        this.warn = warn;
    }
    static async create(warn = () => undefined) {
        // Vega and Vega-Lite are megabytes of JavaScript: the compile cache saves their parsing on
        // every later call of the same job (vl2png loops). The CLI's entry has turned it on already;
        // the plots and report actions turn it on here.
        (0,compile_cache/* enableCompileCache */.L)();
        const { vega, vl } = await loadVegaModules();
        const fontDir = (0,fonts/* fontDirectory */.$2)();
        if (fontDir) {
            const metrics = vega.textMetrics;
            metrics.width = fontWidthMeasure(fontDir);
        }
        return new PlotRenderer(vega, vl, warn);
    }
    /** Compiles a Vega-Lite spec to Vega (vl2vg); Vega specs pass through after a check. */
    async toVega(source, options = {}) {
        checkIsObject(source);
        (0,limits/* checkDepth */.kP)(source.spec, source.name);
        try {
            const vg = await this.compile(source, options);
            (0,limits/* checkSequences */.BV)(vg, source.name);
            return vg;
        }
        catch (error) {
            if ((0,limits/* isStackOverflow */.fF)(error))
                throw (0,limits/* stackOverflowError */.XR)(source.name);
            throw error;
        }
    }
    async compile(source, options) {
        if (source.kind === 'vega')
            return source.spec;
        const warnings = [];
        let compiled;
        try {
            compiled = this.vl.compile(source.spec, {
                logger: collectingLogger(warnings),
                config: options.config,
            }).spec;
        }
        catch (error) {
            throw await invalid(source, error.message);
        }
        if (warnings.length > 0) {
            // What Vega-Lite compiles is drawn, as vega-cli draws it (exit 0, its warnings printed):
            // Vega-Lite accepts specs its own schema does not (an unknown channel, which it drops; v4
            // `selection` syntax, rewritten by normalize/selectioncompat.ts). Only a spec it cannot
            // compile fails (above). The schema's complaint, when it has one, tells the user why
            // Vega-Lite warned: a hint after the warnings, never a failure. Asked only when Vega-Lite
            // warned, so a clean spec never reads the schema.
            for (const w of warnings)
                this.warn(`${source.name}: ${w}`);
            const explanation = await explainInvalidSpec(source.spec, 'vega-lite');
            if (explanation)
                this.warn(`${source.name}: the Vega-Lite schema does not accept the spec: ${explanation}`);
        }
        return compiled;
    }
    /** Renders to SVG at `scale`, failing with the file's name when data cannot be loaded. */
    async toSvg(source, options = {}) {
        try {
            return await this.render(source, options);
        }
        catch (error) {
            if ((0,limits/* isStackOverflow */.fF)(error))
                throw (0,limits/* stackOverflowError */.XR)(source.name);
            throw error;
        }
    }
    async render(source, options) {
        const vgSpec = await this.toVega(source, options);
        const vega = this.vega;
        let runtime;
        const warnings = [];
        try {
            runtime = vega.parse(vgSpec, source.kind === 'vega' ? options.config : undefined);
        }
        catch (error) {
            throw await invalid({ ...source, spec: vgSpec }, error.message);
        }
        // Never vega.loader(): it reads any file and fetches any URL a spec names.
        const loader = sandboxLoader(source.baseURL ?? withSlash(process.cwd()), options.access ?? defaultAccess(), source.name, vega.loader());
        const failures = loader.failures;
        const random = vega;
        random.setRandom(random.randomLCG(options.seed ?? 1));
        const loaded = new Map();
        const View = limitedView(vega, source.name, failures, loaded);
        const view = new View(runtime, {
            renderer: 'none',
            loader: loader,
            logger: collectingLogger(warnings),
            logLevel: vega.Warn,
        });
        const scale = options.scale ?? 1;
        try {
            let svg;
            try {
                await view.runAsync();
                if (failures.length > 0)
                    throw new errors.ConfigurationError(`${source.name}: ${failures.join('; ')}`);
                // The size is known once the dataflow has run; check it before a canvas that big exists.
                const { width, height } = viewSize(view);
                (0,limits/* checkPixelBudget */.Ou)(source.name, width, height, scale, options.output ?? 'png');
                svg = await view.toSVG(scale);
            }
            catch (error) {
                if (error instanceof errors.ConfigurationError || (0,limits/* isStackOverflow */.fF)(error))
                    throw error;
                // Vega accepts some invalid specs (an unknown mark type) and fails while drawing.
                if (source.kind === 'vega')
                    throw await invalid(source, error.message);
                throw new errors.ConfigurationError(`${source.name}: cannot render: ${error.message}`);
            }
            if (failures.length > 0)
                throw new errors.ConfigurationError(`${source.name}: ${failures.join('; ')}`);
            if (source.kind === 'vega-lite')
                checkFields(source, loaded);
            for (const w of warnings)
                this.warn(`${source.name}: ${w}`);
            return svg;
        }
        finally {
            view.finalize();
        }
    }
    /** Number and time format locales (vega-cli's -f and -t), as d3-format/d3-time-format objects. */
    setLocales(number, time) {
        if (number)
            this.vega.formatLocale(number);
        if (time)
            this.vega.timeFormatLocale(time);
    }
    /** PNG bytes, or why PNG cannot be made on this platform (the SVG is still good). */
    async toPng(svg, name = 'the plot') {
        const { width, height } = svgSize(svg);
        (0,limits/* checkPixelBudget */.Ou)(name, width, height, 1, 'png');
        this.rasteriser ??= (0,rasterise/* loadRasteriser */.T)();
        const rasteriser = await this.rasteriser;
        if (rasteriser instanceof rasterise/* PngUnavailable */.E)
            return rasteriser;
        return rasteriser.toPng(withoutHiddenText(withoutExternalImages(svg)));
    }
    async rasteriserName() {
        this.rasteriser ??= (0,rasterise/* loadRasteriser */.T)();
        const r = await this.rasteriser;
        return r instanceof rasterise/* PngUnavailable */.E ? 'none' : r.name;
    }
}
function checkIsObject(source) {
    const s = source.spec;
    if (s === null || typeof s !== 'object' || Array.isArray(s)) {
        throw invalidSpec(source, `$ must be a JSON object (a ${source.kind === 'vega' ? 'Vega' : 'Vega-Lite'} spec); got ${Array.isArray(s) ? 'an array' : JSON.stringify(s)}`);
    }
}
async function invalid(source, compileMessage) {
    const explanation = await explainInvalidSpec(source.spec, source.kind);
    return invalidSpec(source, explanation ?? compileMessage.split('\n')[0]);
}
function invalidSpec(source, detail) {
    const what = source.kind === 'vega' ? 'Vega' : 'Vega-Lite';
    return new errors.ConfigurationError(`${source.name}: invalid ${what} spec: ${detail}`);
}
/**
 * A field named in the top-level encoding that no row of the main data set has would draw an
 * empty chart without any warning from Vega: name the field and the fields there are.
 *
 * The rows checked are the main data as loaded, before any transform: inline `values`, or what
 * the loader returned for `data.url`. Never a data set of the compiled view: with URL data,
 * Vega-Lite puts aggregate, bin, timeUnit and composite-mark (boxplot, errorbar) transforms on
 * `source_0` itself, so `view.data('source_0')` holds `sum_b` where the file has `b` (issue 11).
 */
function checkFields(source, loaded) {
    const spec = source.spec;
    // A transform anywhere (top level, a layer, a facet's inner spec) can add the field.
    if (!spec.encoding || hasTransform(spec))
        return;
    const rows = Array.isArray(spec.data?.values)
        ? spec.data.values
        : typeof spec.data?.url === 'string'
            ? loaded.get(spec.data.url)
            : undefined;
    if (!Array.isArray(rows) || rows.length === 0)
        return;
    const objects = rows.filter((r) => r !== null && typeof r === 'object');
    if (objects.length === 0)
        return;
    for (const [channel, def] of Object.entries(spec.encoding)) {
        const d = def;
        const field = d?.field;
        // Nested and escaped names (a.b, a\.b, a[0]) are resolved by Vega; `count` ignores its field.
        if (typeof field !== 'string' || /[.[\]\\]/.test(field) || d?.aggregate === 'count')
            continue;
        if (objects.some((row) => field in row))
            continue;
        const present = new Set();
        for (const row of objects.slice(0, 1000))
            for (const k of Object.keys(row))
                present.add(k);
        throw new errors.ConfigurationError(`${source.name}: field "${field}" (at $.encoding.${channel}.field) is not in the data; fields there: ${[...present].join(', ')}`);
    }
}
function hasTransform(node) {
    if (node === null || typeof node !== 'object')
        return false;
    if (Array.isArray(node))
        return node.some(hasTransform);
    for (const [key, value] of Object.entries(node)) {
        if (key === 'data')
            continue;
        if (key === 'transform' && Array.isArray(value) && value.length > 0)
            return true;
        if (hasTransform(value))
            return true;
    }
    return false;
}
/** A vega-util logger that keeps warnings and errors instead of printing them. */
function collectingLogger(sink) {
    let level = 2;
    const logger = {
        level(l) {
            if (l === undefined)
                return level;
            level = l;
            return logger;
        },
        error(...args) {
            sink.push(args.map(String).join(' '));
            return logger;
        },
        warn(...args) {
            sink.push(args.map(String).join(' '));
            return logger;
        },
        info() {
            return logger;
        },
        debug() {
            return logger;
        },
    };
    return logger;
}
function withSlash(dir) {
    return dir.endsWith('/') ? dir : `${dir}/`;
}
/** The size toSVG will draw at (vega-view's render-size: the view plus its padding), unscaled. */
function viewSize(view) {
    const v = view;
    const p = v.padding() ?? {};
    const width = (v._viewWidth ?? v.width()) + (p.left ?? 0) + (p.right ?? 0);
    const height = (v._viewHeight ?? v.height()) + (p.top ?? 0) + (p.bottom ?? 0);
    return { width: Math.max(0, width), height: Math.max(0, height) };
}
/** The declared size of an SVG's root element (Vega writes width and height there). */
function svgSize(svg) {
    const root = /<svg\b[^>]*>/i.exec(svg.slice(0, 4096))?.[0] ?? '';
    const attr = (name) => Number(new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1] ?? 0);
    return { width: attr('width') || 0, height: attr('height') || 0 };
}
/**
 * Rasterisers open files and URLs an SVG's <image> names; Vega's SVG from the sandboxed loader
 * only has data: URIs of raster images there. Anything else is dropped, in case a path slips by.
 */
function withoutExternalImages(svg) {
    return svg.replace(/<image\b[^>]*>/gi, (tag) => tag.replace(/(\s(?:xlink:)?href=")([^"]*)(")/gi, (all, pre, href, post) => /^data:image\/(png|jpeg|gif|webp)[;,]/i.test(href) ? all : `${pre}${post}`));
}
/**
 * Drops the text elements Vega hid (opacity="0": axis labels removed by its overlap check)
 * before rasterising. They draw nothing, but resvg still lays each one out, and it reads the
 * whole font file again for every glyph it shapes: about a fifth of a chart's font reads. The
 * SVG file written for `--format svg` keeps them. Only where nothing can make them visible
 * again: no <style> sheet in the SVG and no style attribute on the element (either outranks
 * the opacity attribute), and plain text content (no tspan or other child).
 */
function withoutHiddenText(svg) {
    if (/<style\b/i.test(svg))
        return svg;
    // indexOf rather than one global regex: a 1,000-point chart's SVG is hundreds of kilobytes
    // with a few dozen <text> elements, and a replace over all of it cost more than it saved.
    // Kept parts are joined with +, which only links them: join('') copied the whole SVG.
    let kept = '';
    let from = 0;
    for (let at = svg.indexOf('<text', 0); at !== -1; at = svg.indexOf('<text', at + 1)) {
        const openEnd = svg.indexOf('>', at);
        if (openEnd === -1)
            break;
        const open = svg.slice(at, openEnd + 1);
        const close = svg.indexOf('<', openEnd + 1);
        const hidden = /^<text[\s>]/.test(open) &&
            !open.endsWith('/>') &&
            close !== -1 &&
            svg.startsWith('</text>', close) &&
            /\sopacity="0"/.test(open) &&
            !/\sstyle=/i.test(open);
        if (!hidden)
            continue;
        kept += svg.slice(from, at);
        from = close + '</text>'.length;
    }
    return from === 0 ? svg : kept + svg.slice(from);
}
/**
 * vega.View with a row budget on every data URL: Vega parses a URL's text into rows inside
 * `request` (CSV/TSV are counted earlier, in the loader; JSON only parses here). A subclass,
 * because the View's constructor already requests the data its spec names (vega-runtime's
 * context.js calls `preload`), before an instance could be patched.
 */
function limitedView(vega, name, failures, loaded) {
    const Base = vega.View;
    class LimitedView extends Base {
        async request(url, format) {
            const result = await super.request(url, format);
            if (Array.isArray(result.data) && result.data.length > limits/* PLOT_LIMITS */.dz.maxRows) {
                const message = tooManyRows(name, url).message.replace(`${name}: `, '');
                if (!failures.includes(message))
                    failures.push(message);
                return { data: [], status: -2 };
            }
            if (Array.isArray(result.data))
                loaded.set(url, result.data);
            return result;
        }
    }
    return LimitedView;
}


/***/ })

};
;