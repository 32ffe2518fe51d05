"use strict";
exports.id = 249;
exports.ids = [249,730];
exports.modules = {

/***/ 6753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ workspaceFile),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   wP: () => (/* binding */ isSymlink)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



/**
 * Reading a pull request's files safely: they are untrusted, so a path must stay in the
 * workspace after symlinks are followed (`report.md -> /proc/self/environ`, `data.csv ->
 * /etc/passwd`) and name a regular file (not a FIFO or a device). Shared by the report (its file
 * and images), plots and data-validate.
 */
/** `path` is `root` itself or below it (lexically; see workspaceFile for symlinks). */
function isWithin(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** `path` is strictly below `root`. */
function isInside(root, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path) !== '' && isWithin(root, path);
}
function isSymlink(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/**
 * The real path of a file of the workspace, for a path already known to be lexically inside it:
 * refused when missing, when a symlink on the way leads out of the workspace or when it is not a
 * regular file. `what` names the path in messages; `file` is the annotation's file.
 */
function workspaceFile(path, workspace, what, file) {
    const details = file === undefined ? {} : { file };
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(isSymlink(path)
            ? `${what} is a broken symlink (${path}).`
            : `${what} was not found (looked for ${path}).`, details);
    }
    const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    if (!isInside((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace), real)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(`${what} is a symlink leading out of the workspace (to ${real}); refused.`, details);
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(real).isFile()) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(`${what} is not a regular file (${path}).`, details);
    }
    return real;
}


/***/ }),

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