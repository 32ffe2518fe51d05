"use strict";
exports.id = 951;
exports.ids = [951];
exports.modules = {

/***/ 7326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readFileAtRevision)
/* harmony export */ });
/* harmony import */ var _run_git__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6148);

/**
 * A file's bytes at a revision, read with `git show rev:path` (no checkout needed), or
 * undefined when the file does not exist at that revision. Paths are relative to the repo root.
 */
async function readFileAtRevision(revision, path, cwd) {
    const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '');
    const result = await (0,_run_git__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .E)(['show', `${revision}:${normalized}`], cwd);
    if (result.code === 0)
        return result.stdout;
    if (/does not exist|exists on disk, but not in|bad revision|invalid object name|unknown revision/i.test(result.stderr)) {
        // Distinguish "no such file at this revision" from "no such revision".
        const rev = await (0,_run_git__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .E)(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], cwd);
        if (rev.code === 0)
            return undefined;
    }
    throw new Error(`git show ${revision}:${normalized} failed: ${result.stderr.trim()}`);
}


/***/ }),

/***/ 6148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ runGit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Runs git without a shell and returns its output as bytes (files may be binary). Never throws
 * for a non-zero exit: callers decide what a failure means (a missing file is not an error).
 */
function runGit(args, cwd, env) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, env: env ?? process.env, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
            const err = error;
            if (err && typeof err.code === 'string') {
                reject(new Error(`Cannot run git: ${err.message}`));
                return;
            }
            resolve({
                stdout,
                stderr: stderr.toString('utf8'),
                code: err ? Number(err.code ?? 1) : 0,
            });
        });
    });
}


/***/ }),

/***/ 7951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  embedPlots: () => (/* binding */ embedPlots)
});

// EXTERNAL MODULE: ./src/core/logger.ts
var core_logger = __webpack_require__(1227);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/plots/markdown.ts

/** Markdown image lines for rendered plots, paths relative to `cwd` (where the report lives). */
function plotsMarkdown(plots, cwd) {
    return plots
        .map((p) => `![${escapeAlt(p.title)}](${(0,external_node_path_.relative)(cwd, p.path).split('\\').join('/').replace(/ /g, '%20')})`)
        .join('\n\n');
}
function escapeAlt(text) {
    return text.replace(/[[\]\\]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/plots/limits.ts

/**
 * Budgets for rendering plots from untrusted specs (a pull request's files). Each one is far
 * above what a chart in a report needs and far below what takes a CI runner down; the reasons
 * are in docs/limits.md (## Plots).
 */
const PLOT_LIMITS = {
    /** Width × height × scale² of a PNG: resvg holds 4 bytes a pixel, so 50 MP ≈ 200 MB. */
    maxPngPixels: 50_000_000,
    /** Width × height × scale² of an SVG's declared size (what a viewer would rasterise). */
    maxSvgPixels: 400_000_000,
    /** Longest side of any image, in output pixels (× scale). */
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
        throw new errors/* ConfigurationError */.j1(`${option} must be a number greater than 0 and at most ${PLOT_LIMITS.maxScale}; got ${shown(value)}`);
    }
    return n;
}
/** A random seed: a finite number. */
function checkSeed(value, option) {
    if (value === undefined)
        return undefined;
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n)) {
        throw new ConfigurationError(`${option} must be a number; got ${shown(value)}`);
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
    const size = `${fmt(width)}×${fmt(height)} at scale ${fmt(scale)} = ${fmt(w)}×${fmt(h)}`;
    if (!Number.isFinite(pixels) || w > PLOT_LIMITS.maxSide || h > PLOT_LIMITS.maxSide) {
        throw new errors/* ConfigurationError */.j1(`${name}: the image would be ${size} pixels; each side may be at most ${fmt(PLOT_LIMITS.maxSide)} pixels (lower width/height or the scale)`);
    }
    if (pixels > max) {
        throw new errors/* ConfigurationError */.j1(`${name}: the ${format.toUpperCase()} would be ${size} = ${fmt(Math.round(pixels / 1e6))} megapixels; the budget is ${fmt(max / 1e6)} megapixels (lower width/height or the scale)`);
    }
}
/**
 * Nesting depth of parsed JSON/YAML, measured without recursion, so a hostile file cannot
 * overflow the stack here (Vega-Lite's compiler and the schema check recurse on it later).
 */
function checkDepth(value, name) {
    const stack = [[value, 1]];
    const seen = new Set();
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (node === null || typeof node !== 'object' || seen.has(node))
            continue;
        seen.add(node);
        if (depth > PLOT_LIMITS.maxDepth) {
            throw new errors/* ConfigurationError */.j1(`${name}: nested more than ${PLOT_LIMITS.maxDepth} levels deep; a plot spec or data file needs far fewer`);
        }
        for (const child of Object.values(node))
            stack.push([child, depth + 1]);
    }
}
/**
 * Rows a Vega `sequence` transform (Vega-Lite's `data.sequence`) would generate: a spec of a few
 * bytes can ask for a billion. Constant bounds only; signals are left to Vega.
 */
function checkSequences(vegaSpec, name) {
    const stack = [vegaSpec];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node === null || typeof node !== 'object')
            continue;
        const t = node;
        if (t.type === 'sequence' && typeof t.start === 'number' && typeof t.stop === 'number') {
            const step = typeof t.step === 'number' ? t.step : 1;
            const rows = step === 0 ? Infinity : Math.ceil((t.stop - t.start) / step);
            if (!(rows <= PLOT_LIMITS.maxRows)) {
                throw new errors/* ConfigurationError */.j1(`${name}: a sequence from ${t.start} to ${t.stop} by ${step} makes more than ${PLOT_LIMITS.maxRows.toLocaleString('en-US')} rows, the budget for one data set`);
            }
        }
        for (const child of Object.values(node))
            stack.push(child);
    }
}
/** "Maximum call stack size exceeded" and friends, for a clear message naming the file. */
function isStackOverflow(error) {
    return (error instanceof RangeError &&
        /call stack|too much recursion|stack overflow/i.test(error.message));
}
function stackOverflowError(name) {
    return new errors/* ConfigurationError */.j1(`${name}: the spec is too deeply nested or self-referencing to render (the renderer ran out of stack)`);
}
function shown(value) {
    return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
function fmt(n) {
    return Number.isInteger(n) ? n.toLocaleString('en-US') : String(Math.round(n * 100) / 100);
}

;// CONCATENATED MODULE: ./src/plots/data-access.ts





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
    const abs = (0,external_node_path_.resolve)(cwd);
    for (const ws of [env.GITHUB_WORKSPACE, env.CI_PROJECT_DIR]) {
        if (ws && isInside((0,external_node_path_.resolve)(ws), abs))
            return (0,external_node_path_.resolve)(ws);
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
    if ((0,external_node_net_.isIP)(h) === 4)
        return h.startsWith('169.254.');
    if ((0,external_node_net_.isIP)(h) === 6) {
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
function isInside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
/** The refusal every loader path gives: the spec, the URL, why, and how to allow it if one can. */
function refused(spec, url, why) {
    return new errors/* ConfigurationError */.j1(`${spec}: refused to load "${url}": ${why}`);
}
/**
 * Reads a file a spec named, if it is a regular file inside one of `access.roots` once every
 * symlink is resolved, and within the byte budget. `path` is already absolute.
 */
function readWorkspaceFile(path, access, spec, url) {
    const roots = access.roots.map((r) => (0,external_node_path_.resolve)(r));
    if (!roots.some((root) => isInside(root, path))) {
        throw refused(spec, url, `it is outside the workspace (${roots.join(', ')})`);
    }
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(path);
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigurationError */.j1(`${spec}: cannot load data "${url}": ${code === 'ENOENT' ? 'ENOENT: no such file' : (code ?? String(error))}`);
    }
    const realRoots = roots.map((r) => {
        try {
            return (0,external_node_fs_.realpathSync)(r);
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
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile())
            throw refused(spec, url, 'it is not a regular file');
        if (stat.size > PLOT_LIMITS.maxDataBytes)
            throw tooBig(spec, url, stat.size);
        const buffer = Buffer.alloc(stat.size);
        let offset = 0;
        while (offset < stat.size) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, offset, stat.size - offset, offset);
            if (n === 0)
                break;
            offset += n;
        }
        return buffer.subarray(0, offset);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function tooBig(spec, url, bytes) {
    const mb = (n) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
    return new errors/* ConfigurationError */.j1(`${spec}: "${url}" is ${bytes === undefined ? 'larger than' : `${mb(bytes)}, over`} the ${mb(PLOT_LIMITS.maxDataBytes)} budget for one data file`);
}

// EXTERNAL MODULE: ./src/git/read-at-revision.ts
var read_at_revision = __webpack_require__(7326);
// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(6148);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 8 modules
var sync = __webpack_require__(712);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/plots/data-file.ts






/** Data file formats plots are made from, by extension (DVC's set). */
const DATA_EXTENSIONS = ['.csv', '.tsv', '.json', '.yaml', '.yml'];
function isDataFile(path) {
    return DATA_EXTENSIONS.includes((0,external_node_path_.extname)(path).toLowerCase());
}
/**
 * Parses a data file into rows. CSV/TSV need a header line; numbers become numbers. JSON/YAML
 * may hold a list of objects, or an object whose first list of objects is the data (as DVC and
 * dvclive write them, e.g. {"train": [{"step": 0, "loss": 1.2}, ...]}).
 */
function parseDataFile(text, name) {
    const rows = parseRows(text, name);
    if (rows.length > PLOT_LIMITS.maxRows)
        throw tooManyRowsIn(name);
    return rows;
}
function parseRows(text, name) {
    const ext = (0,external_node_path_.extname)(name).toLowerCase();
    if (Buffer.byteLength(text) > PLOT_LIMITS.maxDataBytes)
        throw tooLarge(name);
    if (ext === '.csv' || ext === '.tsv') {
        try {
            return (0,sync/* parse */.q)(text, {
                to: PLOT_LIMITS.maxRows + 1,
                columns: true,
                delimiter: ext === '.tsv' ? '\t' : ',',
                skip_empty_lines: true,
                trim: true,
                cast: (value) => (value !== '' && Number.isFinite(Number(value)) ? Number(value) : value),
            });
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`${name}: cannot parse ${ext.slice(1).toUpperCase()}: ${error.message}`);
        }
    }
    let parsed;
    try {
        // maxAliasCount: a YAML alias bomb expands to gigabytes; plot data needs no aliases.
        parsed = ext === '.json' ? JSON.parse(text) : (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${name}: cannot parse ${ext === '.json' ? 'JSON' : 'YAML'}: ${error.message}`);
    }
    checkDepth(parsed, name);
    const rows = findRows(parsed);
    if (!rows) {
        throw new errors/* ConfigurationError */.j1(`${name}: expected a list of records (e.g. [{"step": 0, "loss": 1.2}]) or an object holding one`);
    }
    return rows;
}
function findRows(value) {
    if (Array.isArray(value)) {
        return value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))
            ? value
            : undefined;
    }
    if (value !== null && typeof value === 'object') {
        for (const v of Object.values(value)) {
            const rows = findRows(v);
            if (rows)
                return rows;
        }
    }
    return undefined;
}
/** Every field any row has, in first-seen order. */
function fieldsOf(rows) {
    const fields = new Set();
    for (const row of rows)
        for (const k of Object.keys(row))
            fields.add(k);
    return [...fields];
}
/** Refuses a data file over the byte budget before it is read. */
function checkFileSize(path, name) {
    let size;
    try {
        size = (0,external_node_fs_.statSync)(path).size;
    }
    catch {
        return; // the reader reports a missing file in its own words
    }
    if (size > PLOT_LIMITS.maxDataBytes)
        throw tooLarge(name, size);
}
function tooLarge(name, size) {
    const mb = (n) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
    return new errors/* ConfigurationError */.j1(`${name}: ${size === undefined ? 'larger than' : `${mb(size)}, over`} the ${mb(PLOT_LIMITS.maxDataBytes)} budget for one data file`);
}
function tooManyRowsIn(name) {
    return new errors/* ConfigurationError */.j1(`${name}: more than ${PLOT_LIMITS.maxRows.toLocaleString('en-US')} rows, the budget for one data file`);
}

;// CONCATENATED MODULE: ./src/plots/dvc-yaml.ts





const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.svg'];
const PROPS = ['template', 'x', 'y', 'title', 'x_label', 'y_label'];
/**
 * Reads the plots of dvc.yaml: the top-level `plots:` list (a path, `path: {props}` or
 * `id: {y: {file: field}, x: ..., template: ...}`) and every stage's `plots:` list
 * (a path or `path: {props}`, relative to the stage's wdir). Undefined when there is no dvc.yaml.
 */
function readDvcPlots(cwd, file = 'dvc.yaml') {
    const path = (0,external_node_path_.join)(cwd, file);
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    let doc;
    try {
        doc = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${file}: cannot parse YAML: ${error.message}`);
    }
    if (doc === null || typeof doc !== 'object')
        return [];
    const root = doc;
    const plots = [];
    for (const [index, item] of entries(root.plots, `${file}: plots`)) {
        plots.push(topLevelPlot(item, `${file}: plots[${index}]`, cwd));
    }
    for (const [name, stage] of Object.entries(root.stages ?? {})) {
        if (stage === null || typeof stage !== 'object')
            continue;
        const s = stage;
        const wdir = typeof s.wdir === 'string' ? s.wdir : '.';
        for (const [index, item] of entries(s.plots, `${file}: stages.${name}.plots`)) {
            plots.push(filePlot(item, `${file}: stages.${name}.plots[${index}]`, wdir));
        }
    }
    return plots;
}
/** The list items of a `plots:` section; a mapping (id → props) is accepted too. */
function entries(section, where) {
    if (section === undefined || section === null)
        return [];
    if (Array.isArray(section))
        return section.map((item, i) => [i, item]);
    if (typeof section === 'object')
        return Object.entries(section).map(([k, v], i) => [i, { [k]: v }]);
    throw new errors/* ConfigurationError */.j1(`${where} must be a list of plots`);
}
function topLevelPlot(item, where, cwd) {
    if (typeof item === 'string')
        return filePlot(item, where, '.');
    const [key, value] = singleKey(item, where);
    const props = (value ?? {});
    const looksLikeFile = isDataFile(key) ||
        IMAGE_EXTENSIONS.includes((0,external_node_path_.extname)(key).toLowerCase()) ||
        (0,external_node_fs_.existsSync)((0,external_node_path_.join)(cwd, key));
    if (isRecord(props.y) || (!looksLikeFile && props.y !== undefined))
        return idPlot(key, props, where);
    return filePlot(item, where, '.');
}
/** `path` or `path: {props}`: one file, the plot id is its path. */
function filePlot(item, where, wdir) {
    const [key, value] = typeof item === 'string' ? [item, undefined] : singleKey(item, where);
    const file = wdir === '.' ? key : external_node_path_.posix.join(wdir, key);
    const props = readProps(value, where);
    if (IMAGE_EXTENSIONS.includes((0,external_node_path_.extname)(file).toLowerCase()))
        return { id: file, sources: [{ file }], props, image: true };
    const y = props.y === undefined ? undefined : Array.isArray(props.y) ? props.y : [props.y];
    return { id: file, sources: [{ file, x: props.x, y }], props };
}
/** `id: {y: {file: field(s)}, x: field | {file: field}, ...}`: several files in one plot. */
function idPlot(id, raw, where) {
    const { y, x, ...rest } = raw;
    const props = readProps(rest, where);
    const sources = [];
    const xOf = (file) => {
        if (typeof x === 'string')
            return x;
        if (isRecord(x) && typeof x[file] === 'string')
            return x[file];
        return undefined;
    };
    if (isRecord(y)) {
        for (const [file, fields] of Object.entries(y)) {
            const list = typeof fields === 'string'
                ? [fields]
                : Array.isArray(fields)
                    ? fields.map(String)
                    : undefined;
            if (!list)
                throw new errors/* ConfigurationError */.j1(`${where}: y.${file} must be a field name or a list of them`);
            sources.push({ file, x: xOf(file), y: list });
        }
    }
    else {
        throw new errors/* ConfigurationError */.j1(`${where}: plot "${id}" is not a file, so y must map data files to fields (y: {file.csv: field})`);
    }
    if (typeof x === 'string')
        props.x = x;
    return { id, sources, props };
}
function readProps(value, where) {
    if (value === undefined || value === null)
        return {};
    if (!isRecord(value))
        throw new errors/* ConfigurationError */.j1(`${where}: plot properties must be a mapping`);
    const props = {};
    for (const key of PROPS) {
        const v = value[key];
        if (v === undefined)
            continue;
        if (key === 'y' && Array.isArray(v))
            props.y = v.map(String);
        else if (typeof v === 'string' || typeof v === 'number')
            props[key] = String(v);
        else
            throw new errors/* ConfigurationError */.j1(`${where}.${key} must be a string`);
    }
    return props;
}
function singleKey(item, where) {
    if (!isRecord(item) || Object.keys(item).length !== 1) {
        throw new errors/* ConfigurationError */.j1(`${where} must be a path or a single "path: {properties}" mapping`);
    }
    const [entry] = Object.entries(item);
    return entry;
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/plots/plot-jobs.ts






/**
 * Turns what the user named (spec files, data files, image files, dvc.yaml plot ids; nothing
 * means every dvc.yaml plot) into render jobs. `overrides` (CLI/action template options) apply
 * to data plots on top of dvc.yaml's properties.
 */
function resolvePlotJobs(targets, cwd, overrides = {}, dvcFile = 'dvc.yaml') {
    const dvcPlots = readDvcPlots(cwd, dvcFile);
    if (targets.length === 0) {
        if (!dvcPlots || dvcPlots.length === 0) {
            throw new errors/* ConfigurationError */.j1(`No plots named and ${dvcPlots ? `${dvcFile} has no plots: section` : `no ${dvcFile} in ${cwd}`}; name spec or data files`);
        }
        return dvcPlots.map((d) => definitionJob(d, overrides, cwd));
    }
    return targets.map((target) => {
        const path = (0,external_node_path_.isAbsolute)(target) ? target : (0,external_node_path_.resolve)(cwd, target);
        const fromDvc = dvcPlots?.find((d) => d.id === target || (0,external_node_path_.resolve)(cwd, d.id) === path);
        if ((0,external_node_fs_.existsSync)(path)) {
            const ext = (0,external_node_path_.extname)(path).toLowerCase();
            if (IMAGE_EXTENSIONS.includes(ext))
                return { type: 'image', id: target, file: path, named: true };
            const spec = ext === '.json' ? specIn(path, target) : undefined;
            if (spec)
                return {
                    type: 'spec',
                    id: target,
                    file: path,
                    spec: spec.spec,
                    kind: spec.kind,
                    named: true,
                };
            if (fromDvc)
                return definitionJob(fromDvc, overrides, cwd);
            if (isDataFile(path)) {
                return {
                    ...definitionJob({ id: target, sources: [{ file: target }], props: {} }, overrides, cwd),
                    named: true,
                };
            }
            throw new errors/* ConfigurationError */.j1(`${target}: not a plot: expected a Vega-Lite/Vega spec (.json), a data file (.csv, .tsv, .json, .yaml) or an image`);
        }
        if (fromDvc)
            return definitionJob(fromDvc, overrides, cwd);
        const ids = dvcPlots?.map((d) => d.id) ?? [];
        throw new errors/* ConfigurationError */.j1(`${target}: no such file` +
            (dvcPlots
                ? `, and ${dvcFile} has no plot with that id${ids.length ? ` (plots: ${ids.join(', ')})` : ''}`
                : ''));
    });
}
function definitionJob(definition, overrides, cwd) {
    const first = definition.sources[0].file;
    if (definition.image)
        return { type: 'image', id: definition.id, file: first };
    // dvc.yaml may list a Vega-Lite/Vega spec like a data file: render it as a spec.
    const path = (0,external_node_path_.resolve)(cwd, first);
    if (definition.sources.length === 1 &&
        (0,external_node_path_.extname)(first).toLowerCase() === '.json' &&
        (0,external_node_fs_.existsSync)(path)) {
        const spec = specIn(path, first);
        if (spec)
            return { type: 'spec', id: definition.id, file: path, spec: spec.spec, kind: spec.kind };
    }
    const props = { ...definition.props };
    for (const [k, v] of Object.entries(overrides))
        if (v !== undefined)
            props[k] = v;
    const sources = overrides.y !== undefined || overrides.x !== undefined
        ? definition.sources.map((s) => ({
            ...s,
            ...(overrides.x !== undefined ? { x: overrides.x } : {}),
            ...(overrides.y !== undefined
                ? { y: Array.isArray(overrides.y) ? overrides.y : [overrides.y] }
                : {}),
        }))
        : definition.sources;
    return { type: 'data', id: definition.id, definition: { ...definition, props, sources } };
}
/** A .json file that holds a Vega or Vega-Lite spec (rather than data), with its kind. */
function specIn(path, name) {
    let parsed;
    checkFileSize(path, name);
    try {
        parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${name}: cannot parse JSON: ${error.message}`);
    }
    checkDepth(parsed, name);
    const lower = (0,external_node_path_.basename)(path).toLowerCase();
    if (lower.endsWith('.vl.json'))
        return { spec: parsed, kind: 'vega-lite' };
    if (lower.endsWith('.vg.json'))
        return { spec: parsed, kind: 'vega' };
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        return undefined;
    const kind = specKind(parsed);
    return kind ? { spec: parsed, kind } : undefined;
}
/** Vega-Lite or Vega, from `$schema` or the spec's shape; undefined for data. */
function specKind(spec) {
    const schema = typeof spec.$schema === 'string' ? spec.$schema : '';
    if (/vega-lite/i.test(schema))
        return 'vega-lite';
    if (/\/vega\//i.test(schema))
        return 'vega';
    if (Array.isArray(spec.marks) && spec.mark === undefined)
        return 'vega';
    const vlKeys = ['mark', 'layer', 'hconcat', 'vconcat', 'concat', 'facet', 'repeat', 'spec'];
    return vlKeys.some((k) => k in spec) ? 'vega-lite' : undefined;
}
/** A file name for a plot id: its path without extensions, made safe. */
function outputName(id) {
    const dir = (0,external_node_path_.dirname)(id);
    const base = (0,external_node_path_.basename)(id).replace(/(\.(vl|vg))?\.[^.]+$/i, '');
    const joined = dir === '.' || dir === '' ? base : (0,external_node_path_.join)(dir, base);
    return joined.replace(/^[./\\]+/, '').replace(/[^A-Za-z0-9_-]+/g, '_') || 'plot';
}

;// CONCATENATED MODULE: ./src/plots/fonts.ts


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
        root = (0,external_node_path_.dirname)(root);
    const candidates = [
        env.CML_FONT_DIR,
        // dist/<entry>/index.js → dist/fonts
        (0,external_node_path_.join)(__dirname, '..', 'fonts'),
        ...SOURCE_TREE_FONTS.map((dir) => (0,external_node_path_.join)(root, dir)),
    ];
    return candidates.find((dir) => !!dir && FONT_FILES.every((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, f))));
}
function fontFiles(dir) {
    return FONT_FILES.map((f) => (0,external_node_path_.join)(dir, f));
}
/**
 * Points fontconfig (used by libvips inside sharp to draw SVG text) at the shipped fonts only.
 * Must run before sharp first renders text: fontconfig reads FONTCONFIG_FILE once.
 * Only dist/fonts carries a fonts.conf; elsewhere the machine's own configuration stays.
 */
function useShippedFontconfig(dir) {
    if (!dir)
        return;
    const conf = (0,external_node_path_.join)(dir, 'fonts.conf');
    if ((0,external_node_fs_.existsSync)(conf))
        process.env.FONTCONFIG_FILE = conf;
}

;// CONCATENATED MODULE: ./src/plots/rasterise.ts

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
    const dir = fontDirectory();
    const font = dir
        ? {
            fontFiles: fontFiles(dir),
            loadSystemFonts: false,
            defaultFontFamily: FONT_FAMILY,
            sansSerifFamily: FONT_FAMILY,
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
    useShippedFontconfig(fontDirectory());
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

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __webpack_require__(610);
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
            if (hop >= PLOT_LIMITS.maxRedirects) {
                throw new errors/* ConfigurationError */.j1(`${spec}: cannot load data "${original}": more than ${PLOT_LIMITS.maxRedirects} redirects`);
            }
            current = new URL(response.headers.location, target).href;
            continue;
        }
        if (status < 200 || status >= 300) {
            response.resume();
            throw new errors/* ConfigurationError */.j1(`${spec}: cannot load data "${original}": HTTP ${status} ${response.statusMessage ?? ''}`.trim());
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
        throw refused(spec, original, 'not a valid URL');
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw refused(spec, original, `${parsed.protocol} URLs are not loaded`);
    }
    const via = redirected ? ` (redirected to ${url})` : '';
    if (isMetadataAddress(parsed.hostname)) {
        throw refused(spec, original, `${parsed.hostname}${via} is a link-local/cloud metadata address, never fetched (not even when allowed)`);
    }
    if (!hostAllowed(parsed, access.allowedHosts)) {
        throw refused(spec, original, `host ${parsed.host}${via} is not allowed; plots fetch nothing from the network unless ${access.allowHint} names the host`);
    }
    return parsed;
}
async function get(url, spec, original) {
    const http = url.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23));
    return new Promise((resolvePromise, reject) => {
        const request = http.get(url, {
            lookup: checkedLookup(spec, original),
            timeout: PLOT_LIMITS.httpTimeoutMs,
            headers: { 'accept-encoding': 'identity' },
        }, resolvePromise);
        request.on('timeout', () => request.destroy(new errors/* ConfigurationError */.j1(`${spec}: cannot load data "${original}": no answer within ${PLOT_LIMITS.httpTimeoutMs / 1000} s`)));
        request.on('error', (error) => reject(error instanceof errors/* ConfigurationError */.j1
            ? error
            : new errors/* ConfigurationError */.j1(`${spec}: cannot load data "${original}": ${error.message}`)));
    });
}
/** A DNS lookup that refuses metadata/link-local answers, so no name can lead there. */
function checkedLookup(spec, original) {
    return (hostname, options, callback) => {
        (0,external_node_dns_.lookup)(hostname, { ...options, all: true }, (error, addresses) => {
            if (error)
                return callback(error, '', 0);
            const list = addresses;
            const bad = list.find((a) => isMetadataAddress(a.address));
            if (bad) {
                return callback(refused(spec, original, `${hostname} resolves to ${bad.address}, a link-local/cloud metadata address`), '', 0);
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
    if (Number.isFinite(declared) && declared > PLOT_LIMITS.maxDataBytes) {
        response.destroy();
        return Promise.reject(tooBig(spec, url, declared));
    }
    return new Promise((resolvePromise, reject) => {
        const chunks = [];
        let total = 0;
        response.on('data', (chunk) => {
            total += chunk.length;
            if (total > PLOT_LIMITS.maxDataBytes) {
                response.destroy();
                reject(tooBig(spec, url, undefined));
                return;
            }
            chunks.push(chunk);
        });
        response.on('end', () => resolvePromise(Buffer.concat(chunks)));
        response.on('error', (error) => reject(new errors/* ConfigurationError */.j1(`${spec}: cannot load data "${url}": ${error.message}`)));
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
        throw error instanceof errors/* ConfigurationError */.j1 ? error : new errors/* ConfigurationError */.j1(message);
    };
    /** Where a URI leads: a workspace file or an allowed http(s) URL, else a refusal. */
    const locate = (uri) => {
        if (typeof uri !== 'string' || uri.trim() === '') {
            throw refused(spec, String(uri), 'not a URL or file name');
        }
        // vega-loader drops control characters and whitespace before testing the scheme.
        // eslint-disable-next-line no-control-regex
        const compact = uri.replace(/[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205f\u3000]/g, '');
        const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
        if (scheme === 'file:') {
            throw refused(spec, uri, 'file: URLs are not read; name a file relative to the spec');
        }
        if (scheme === '//' || scheme === 'http:' || scheme === 'https:') {
            const url = scheme === '//' ? `https:${compact}` : compact;
            checkUrl(url, access, spec, uri);
            return { url };
        }
        if (scheme)
            throw refused(spec, uri, `${scheme} URLs are not loaded`);
        if (compact.startsWith('/') || compact.startsWith('\\')) {
            throw refused(spec, uri, 'absolute paths are not read; name a file relative to the spec');
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
            return readWorkspaceFile(where.file, access, spec, uri);
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
                    throw refused(spec, uri.slice(0, 40), 'an image mark may show PNG, JPEG, GIF or WebP only');
                }
                const data = await bytes(uri);
                const type = rasterType(data);
                // An SVG image could itself point at files the rasteriser would open: raster only.
                if (!type)
                    throw refused(spec, uri, 'an image mark may show PNG, JPEG, GIF or WebP only');
                return { href: `data:${type};base64,${data.toString('base64')}` };
            }
            catch (error) {
                return record(error);
            }
        },
        async file(path) {
            try {
                return readWorkspaceFile((0,external_node_path_.resolve)(path), access, spec, path);
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
        if (++lines > PLOT_LIMITS.maxRows + 1)
            throw tooManyRows(spec, uri);
    }
}
function tooManyRows(spec, uri) {
    return new errors/* ConfigurationError */.j1(`${spec}: "${uri}" has more than ${PLOT_LIMITS.maxRows.toLocaleString('en-US')} rows, the budget for one data file`);
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
    const required = here.find((e) => e.keyword === 'required');
    if (required) {
        const missing = required.params.missingProperty;
        return `${path} is missing the required property "${missing}"`;
    }
    const extra = here.filter((e) => e.keyword === 'additionalProperties');
    if (extra.length > 0) {
        const name = extra[0].params.additionalProperty;
        const known = unique(extra.flatMap((e) => Object.keys(e.parentSchema?.properties ?? {})));
        return (`${path} has an unknown property "${name}"` +
            (known.length ? `; expected one of: ${known.join(', ')}` : ''));
    }
    const types = unique(here.filter((e) => e.keyword === 'type').map((e) => e.params.type));
    if (types.length > 0) {
        return `${path} must be ${types.join(' or ')}; got ${JSON.stringify(got)}`;
    }
    const first = here[0];
    return `${path} ${first?.message ?? 'is invalid'}`;
}
/** JSON pointer (/encoding/x/type) → JSON path ($.encoding.x.type, $.layer[0].mark). */
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

;// CONCATENATED MODULE: ./src/plots/render.ts








/** The default access: the current directory, hosts from the environment. */
function defaultAccess() {
    return {
        roots: [process.cwd()],
        allowedHosts: hostsFromEnv(),
        allowHint: `--allow-host HOST (or ${ALLOWED_HOSTS_ENV})`,
    };
}
/**
 * Vega-Lite/Vega spec → Vega view → SVG → PNG, all in this process: the Vega modules and the
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
        // Vega and Vega-Lite are megabytes of JavaScript: Node's compile cache (Node 22.1+; in the
        // OS temp folder) saves their parsing on every later call of the same job (vl2png loops).
        const nodeModule = (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8995, 23)));
        try {
            nodeModule.enableCompileCache?.();
        }
        catch {
            // An unwritable temp folder only costs speed.
        }
        // vega 6 and vega-lite 6 are ESM with top-level await: only a dynamic import works from
        // the CommonJS bundle (a require() yields a pending promise).
        const [vega, vl] = await Promise.all([__webpack_require__.e(/* import() */ 972).then(__webpack_require__.bind(__webpack_require__, 3972)), Promise.all(/* import() */[__webpack_require__.e(972), __webpack_require__.e(994)]).then(__webpack_require__.bind(__webpack_require__, 994))]);
        const fontDir = fontDirectory();
        if (fontDir) {
            const metrics = vega.textMetrics;
            metrics.width = fontWidthMeasure(fontDir);
        }
        return new PlotRenderer(vega, vl, warn);
    }
    /** Compiles a Vega-Lite spec to Vega (vl2vg); Vega specs pass through after a check. */
    async toVega(source, options = {}) {
        checkIsObject(source);
        checkDepth(source.spec, source.name);
        try {
            const vg = await this.compile(source, options);
            checkSequences(vg, source.name);
            return vg;
        }
        catch (error) {
            if (isStackOverflow(error))
                throw stackOverflowError(source.name);
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
            const explanation = await explainInvalidSpec(source.spec, 'vega-lite');
            if (explanation)
                throw invalidSpec(source, explanation);
            for (const w of warnings)
                this.warn(`${source.name}: ${w}`);
        }
        return compiled;
    }
    /** Renders to SVG at `scale`, failing with the file's name when data cannot be loaded. */
    async toSvg(source, options = {}) {
        try {
            return await this.render(source, options);
        }
        catch (error) {
            if (isStackOverflow(error))
                throw stackOverflowError(source.name);
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
                    throw new errors/* ConfigurationError */.j1(`${source.name}: ${failures.join('; ')}`);
                // The size is known once the dataflow has run; check it before a canvas that big exists.
                const { width, height } = viewSize(view);
                checkPixelBudget(source.name, width, height, scale, options.output ?? 'png');
                svg = await view.toSVG(scale);
            }
            catch (error) {
                if (error instanceof errors/* ConfigurationError */.j1 || isStackOverflow(error))
                    throw error;
                // Vega accepts some invalid specs (an unknown mark type) and fails while drawing.
                if (source.kind === 'vega')
                    throw await invalid(source, error.message);
                throw new errors/* ConfigurationError */.j1(`${source.name}: cannot render: ${error.message}`);
            }
            if (failures.length > 0)
                throw new errors/* ConfigurationError */.j1(`${source.name}: ${failures.join('; ')}`);
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
        checkPixelBudget(name, width, height, 1, 'png');
        this.rasteriser ??= loadRasteriser();
        const rasteriser = await this.rasteriser;
        if (rasteriser instanceof PngUnavailable)
            return rasteriser;
        return rasteriser.toPng(withoutExternalImages(svg));
    }
    async rasteriserName() {
        this.rasteriser ??= loadRasteriser();
        const r = await this.rasteriser;
        return r instanceof PngUnavailable ? 'none' : r.name;
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
    return new errors/* ConfigurationError */.j1(`${source.name}: invalid ${what} spec: ${detail}`);
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
        throw new errors/* ConfigurationError */.j1(`${source.name}: field "${field}" (at $.encoding.${channel}.field) is not in the data; fields there: ${[...present].join(', ')}`);
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
            if (Array.isArray(result.data) && result.data.length > PLOT_LIMITS.maxRows) {
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

// EXTERNAL MODULE: ./src/plots/template-names.ts
var template_names = __webpack_require__(3465);
;// CONCATENATED MODULE: ./src/plots/templates.ts




/** The field holding the revision of each row (base vs HEAD overlays). */
const REV_FIELD = 'rev';
/** The field naming the y series when several y fields are drawn. */
const SERIES_FIELD = 'series';
const VALUE_FIELD = 'value';
/** DVC's implicit x: the row's position, when the data has no x field. */
const STEP_FIELD = 'step';
function isTemplateName(name) {
    return template_names/* TEMPLATES */.Q.includes(name);
}
/**
 * Builds a Vega-Lite spec from rows (each tagged with REV_FIELD) with one of DVC's templates.
 * `source` names the data for error messages. Missing fields are errors that name them.
 */
function templateSpec(rows, options, source) {
    const template = options.template ?? 'linear';
    if (!isTemplateName(template)) {
        throw new errors/* ConfigurationError */.j1(`${source}: unknown plot template "${template}"; expected one of ${template_names/* TEMPLATES */.Q.join(', ')}`);
    }
    if (rows.length === 0)
        throw new errors/* ConfigurationError */.j1(`${source}: the data has no rows`);
    const fields = fieldsOf(rows).filter((f) => f !== REV_FIELD);
    const x = options.x ??
        (fields.includes(STEP_FIELD)
            ? STEP_FIELD
            : template.startsWith('confusion')
                ? (fields[0] ?? STEP_FIELD)
                : STEP_FIELD);
    if (x === STEP_FIELD && !fields.includes(STEP_FIELD))
        numberRows(rows);
    const ys = toList(options.y);
    if (ys.length === 0) {
        const candidates = fields.filter((f) => f !== x);
        const last = candidates[candidates.length - 1];
        if (!last)
            throw new errors/* ConfigurationError */.j1(`${source}: no field to plot on y besides "${x}"`);
        ys.push(last);
    }
    const known = new Set([...fields, STEP_FIELD]);
    for (const [axis, field] of [['x', x], ...ys.map((y) => ['y', y])]) {
        if (!field || !known.has(field)) {
            throw new errors/* ConfigurationError */.j1(`${source}: ${axis} field "${field}" is not in the data; fields there: ${fields.join(', ')}`);
        }
    }
    const revs = [...new Set(rows.map((r) => String(r[REV_FIELD] ?? '')))];
    const fold = ys.length > 1 && !options.melted;
    const y = fold ? VALUE_FIELD : ys[0];
    const ctx = {
        revs,
        x,
        y,
        multiRev: revs.length > 1,
        multiSeries: fold || (options.melted === true && new Set(rows.map((r) => r[SERIES_FIELD])).size > 1),
        xTitle: options.x_label ?? x,
        yTitle: options.y_label ?? (fold || options.melted ? '' : y),
        xType: fieldType(rows, x),
        xIntegers: rows.every((r) => Number.isInteger(r[x])),
        xCount: new Set(rows.map((r) => r[x])).size,
    };
    const body = TEMPLATE_BODIES[template](ctx);
    const transform = [
        ...(fold ? [{ fold: ys, as: [SERIES_FIELD, VALUE_FIELD] }] : []),
        ...(body.transform ?? []),
    ];
    return {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        ...(options.title !== undefined ? { title: options.title } : {}),
        data: { values: rows },
        ...body,
        ...(transform.length ? { transform } : {}),
    };
}
/** Series are named after files and fields: longer than Vega's 160 px legend label limit allows. */
const SERIES_COLOUR = {
    field: SERIES_FIELD,
    type: 'nominal',
    title: null,
    legend: { labelLimit: 400 },
};
/** Colour by series and/or revision; with both, revision also sets the dash or shape. */
function colourAndStyle(ctx, styleChannel) {
    if (ctx.multiSeries && ctx.multiRev) {
        return {
            color: SERIES_COLOUR,
            [styleChannel]: {
                field: REV_FIELD,
                type: 'nominal',
                title: null,
                sort: ctx.revs,
                // A dash only shows in the legend as a line: the default point symbols looked the same.
                // The base is dashed and HEAD (last) solid, the line a reader looks at first.
                ...(styleChannel === 'strokeDash'
                    ? {
                        scale: {
                            range: ctx.revs.map((_, i) => (i === ctx.revs.length - 1 ? [1, 0] : [4, 3])),
                        },
                        legend: {
                            symbolType: 'stroke',
                            symbolStrokeWidth: 2,
                            symbolSize: 300,
                            encode: { symbols: { update: { stroke: { value: '#555' } } } },
                        },
                    }
                    : {}),
            },
        };
    }
    if (ctx.multiSeries)
        return { color: SERIES_COLOUR };
    if (ctx.multiRev)
        return { color: { field: REV_FIELD, type: 'nominal', title: null, sort: ctx.revs } };
    return {};
}
function xy(ctx, yType = 'quantitative') {
    return {
        x: {
            field: ctx.x,
            type: ctx.xType,
            title: ctx.xTitle,
            // Steps and epochs are whole numbers: no 0.2, 0.4, ... ticks between them.
            ...(ctx.xIntegers ? { axis: { tickMinStep: 1 } } : {}),
        },
        y: { field: ctx.y, type: yType, title: ctx.yTitle, scale: { zero: false } },
    };
}
const SIZE = { width: 400, height: 250 };
const line = (withPoints) => (ctx) => ({
    ...SIZE,
    mark: { type: 'line', point: withPoints },
    encoding: { ...xy(ctx), ...colourAndStyle(ctx, 'strokeDash') },
});
const TEMPLATE_BODIES = {
    linear: line(true),
    simple: line(false),
    scatter: (ctx) => ({
        ...SIZE,
        mark: { type: 'point', tooltip: false },
        encoding: { ...xy(ctx), ...colourAndStyle(ctx, 'shape') },
    }),
    // Categorical x and y: random offsets inside each band show how many points share a cell.
    scatter_jitter: (ctx) => ({
        width: { step: 60 },
        height: { step: 60 },
        mark: { type: 'point', size: 12 },
        transform: [
            { calculate: 'random()', as: 'jitter_x' },
            { calculate: 'random()', as: 'jitter_y' },
        ],
        encoding: {
            x: { field: ctx.x, type: 'nominal', title: ctx.xTitle },
            y: { field: ctx.y, type: 'nominal', title: ctx.yTitle },
            xOffset: { field: 'jitter_x', type: 'quantitative' },
            yOffset: { field: 'jitter_y', type: 'quantitative' },
            ...colourAndStyle(ctx, 'shape'),
        },
    }),
    smooth: (ctx) => {
        const groupby = [
            ...(ctx.multiRev ? [REV_FIELD] : []),
            ...(ctx.multiSeries ? [SERIES_FIELD] : []),
        ];
        const style = colourAndStyle(ctx, 'strokeDash');
        return {
            ...SIZE,
            layer: [
                { mark: { type: 'line', strokeOpacity: 0.25 }, encoding: { ...xy(ctx), ...style } },
                {
                    transform: [
                        { loess: ctx.y, on: ctx.x, bandwidth: 0.3, ...(groupby.length ? { groupby } : {}) },
                    ],
                    mark: 'line',
                    encoding: { ...xy(ctx), ...style },
                },
            ],
        };
    },
    // DVC: x is the value, y the category.
    bar_horizontal: (ctx) => horizontalBars(ctx, false),
    bar_horizontal_sorted: (ctx) => horizontalBars(ctx, true),
    bar: (ctx) => ({
        // Few bars get room for their (often long) names; many stay narrow enough to fit a page.
        width: { step: ctx.xCount <= 10 ? 40 : 24 },
        height: 250,
        mark: 'bar',
        encoding: {
            x: { field: ctx.x, type: 'nominal', title: ctx.xTitle },
            y: { field: ctx.y, type: 'quantitative', title: ctx.yTitle },
            ...(ctx.multiRev
                ? {
                    xOffset: { field: REV_FIELD, type: 'nominal', sort: ctx.revs },
                    color: { field: REV_FIELD, type: 'nominal', title: null, sort: ctx.revs },
                }
                : {}),
        },
    }),
    confusion: (ctx) => confusion(ctx, false),
    confusion_normalized: (ctx) => confusion(ctx, true),
};
function horizontalBars(ctx, sorted) {
    return {
        width: 400,
        height: { step: 20 },
        mark: 'bar',
        encoding: {
            x: { field: ctx.x, type: 'quantitative', title: ctx.xTitle },
            y: {
                field: ctx.y,
                type: 'nominal',
                title: ctx.yTitle,
                ...(sorted ? { sort: { field: ctx.x, op: 'sum', order: 'descending' } } : {}),
            },
            ...(ctx.multiRev
                ? {
                    yOffset: { field: REV_FIELD, type: 'nominal', sort: ctx.revs },
                    color: { field: REV_FIELD, type: 'nominal', title: null, sort: ctx.revs },
                }
                : {}),
        },
    };
}
/** Counts of (actual x, predicted y) pairs; normalized divides by the row total of each actual class. */
function confusion(ctx, normalized) {
    const groupby = [ctx.x, ctx.y, ...(ctx.multiRev ? [REV_FIELD] : [])];
    const value = normalized ? 'percent' : 'count';
    const transform = [{ aggregate: [{ op: 'count', as: 'count' }], groupby }];
    if (normalized) {
        transform.push({
            joinaggregate: [{ op: 'sum', field: 'count', as: 'total' }],
            groupby: [ctx.x, ...(ctx.multiRev ? [REV_FIELD] : [])],
        }, { calculate: 'datum.count / datum.total', as: 'percent' });
    }
    // Dark cells get white numbers.
    transform.push({ joinaggregate: [{ op: 'max', field: value, as: 'max_value' }] });
    const encoding = {
        x: { field: ctx.x, type: 'nominal', title: ctx.xTitle },
        y: { field: ctx.y, type: 'nominal', title: ctx.yTitle },
    };
    const layers = {
        layer: [
            {
                mark: 'rect',
                encoding: {
                    ...encoding,
                    color: { field: value, type: 'quantitative', title: normalized ? 'share' : 'count' },
                },
            },
            {
                mark: { type: 'text', baseline: 'middle' },
                encoding: {
                    ...encoding,
                    text: { field: value, type: 'quantitative', ...(normalized ? { format: '.0%' } : {}) },
                    color: {
                        condition: { test: `datum['${value}'] > datum.max_value / 2`, value: 'white' },
                        value: 'black',
                    },
                },
            },
        ],
    };
    const cell = { width: { step: 40 }, height: { step: 40 } };
    return ctx.multiRev
        ? {
            transform,
            facet: { column: { field: REV_FIELD, title: null, sort: ctx.revs } },
            spec: { ...cell, ...layers },
        }
        : { transform, ...cell, ...layers };
}
function numberRows(rows) {
    // Per revision, so base and HEAD both start at step 0.
    const counters = new Map();
    for (const row of rows) {
        const rev = row[REV_FIELD];
        const n = counters.get(rev) ?? 0;
        row[STEP_FIELD] = n;
        counters.set(rev, n + 1);
    }
}
function fieldType(rows, field) {
    const values = rows.map((r) => r[field]).filter((v) => v !== undefined && v !== null && v !== '');
    if (values.every((v) => typeof v === 'number'))
        return 'quantitative';
    if (values.every((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)))
        return 'temporal';
    return 'nominal';
}
function toList(y) {
    if (y === undefined)
        return [];
    return Array.isArray(y) ? [...y] : [y];
}

;// CONCATENATED MODULE: ./src/plots/spec-overlay.ts





const MULTI_VIEW = ['layer', 'concat', 'hconcat', 'vconcat', 'facet', 'repeat', 'spec'];
const LINE_MARKS = ['line', 'trail', 'area', 'rule'];
/**
 * The base overlay for a Vega-Lite spec file: its data at the base revision (the spec's inline
 * values there, or its local data file read from git) joined with HEAD's, rows tagged with the
 * revision, and the revision drawn as colour (or, when the spec colours by a field already, as
 * dashes or shapes). Specs this cannot rewrite safely (plain Vega, several views, remote data)
 * are drawn for HEAD alone, with a warning saying so.
 */
async function overlaySpec(request) {
    const { spec, id, logger } = request;
    const headOnly = (why) => {
        logger.warning(`${id}: no base overlay (${why}); drawn for ${request.headName} only.`);
        return spec;
    };
    if (request.kind !== 'vega-lite')
        return headOnly('only Vega-Lite specs can be overlaid');
    const view = spec;
    if (MULTI_VIEW.some((k) => k in view)) {
        return headOnly('the spec has several views; only single-view specs can be overlaid');
    }
    const data = view.data;
    let head;
    let base;
    if (data && Array.isArray(data.values)) {
        head = data.values;
        const baseText = await request.readBase((0,external_node_path_.relative)(request.cwd, request.file));
        if (baseText === undefined)
            return headOnly(`the spec does not exist at ${request.baseName}`);
        const baseSpec = safeJson(baseText);
        if (!Array.isArray(baseSpec?.data?.values)) {
            return headOnly(`the spec at ${request.baseName} holds no inline data values`);
        }
        base = baseSpec.data.values;
    }
    else if (data && typeof data.url === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(data.url)) {
        const path = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(request.file), data.url);
        if (!isDataFile(path) || !(0,external_node_fs_.existsSync)(path)) {
            return headOnly(`its data ${data.url} is not a local CSV, TSV, JSON or YAML file`);
        }
        // The spec's data URL is repository content: read through the same sandbox as Vega's loader.
        head = parseDataFile(request.readHead ? request.readHead(path, data.url) : (0,external_node_fs_.readFileSync)(path, 'utf8'), data.url);
        const baseText = await request.readBase((0,external_node_path_.relative)(request.cwd, path));
        if (baseText === undefined)
            return headOnly(`${data.url} does not exist at ${request.baseName}`);
        try {
            base = parseDataFile(baseText, data.url);
        }
        catch (error) {
            const message = error.message.replace(data.url, `${data.url} (at ${request.baseName})`);
            throw new errors/* ConfigurationError */.j1(message);
        }
    }
    else {
        return headOnly('the spec has no inline values or local data file');
    }
    const values = [
        ...base.map((row) => ({ ...row, [REV_FIELD]: request.baseName })),
        ...head.map((row) => ({ ...row, [REV_FIELD]: request.headName })),
    ];
    const encoding = { ...(view.encoding ?? {}) };
    const revision = {
        field: REV_FIELD,
        type: 'nominal',
        title: null,
        sort: [request.baseName, request.headName],
    };
    const mark = typeof view.mark === 'string' ? view.mark : view.mark?.type;
    if (!('color' in encoding))
        encoding.color = revision;
    else
        encoding[LINE_MARKS.includes(mark ?? '') ? 'strokeDash' : 'shape'] = revision;
    if (mark === 'bar') {
        // Bars coloured by revision would stack, adding base to HEAD: place them side by side.
        const discrete = (channel) => ['nominal', 'ordinal'].includes(encoding[channel]?.type ?? '');
        if (discrete('x'))
            encoding.xOffset = revision;
        else if (discrete('y'))
            encoding.yOffset = revision;
    }
    // The data becomes inline values: a `format` meant for the file goes with its url.
    return { ...view, data: { values }, encoding };
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/plots/write-atomic.ts



/**
 * Writes a file so that readers see either the old file or the whole new one: the bytes go to
 * a temporary file in the same folder, renamed over the target only once complete.
 */
function writeFileAtomic(path, data) {
    const dir = (0,external_node_path_.dirname)(path);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const temp = (0,external_node_path_.join)(dir, `.${(0,external_node_path_.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        (0,external_node_fs_.writeFileSync)(temp, data);
        (0,external_node_fs_.renameSync)(temp, path);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temp, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/plots/render-plots.ts














/** Images being rasterised at once while the next chart is drawn (see renderEveryPlot). */
const PNG_IN_FLIGHT = 2;
/** The label of the current side of an overlay. */
const HEAD_LABEL = 'HEAD';
/**
 * Renders every requested plot in this one process and writes the images into outDir, then
 * fails naming every plot that could not be drawn (after writing all the others).
 */
async function renderPlots(request, logger) {
    const { plots, failures } = await renderEveryPlot(request, logger);
    if (failures.length > 0)
        throw plotFailures(failures, plots.length);
    return plots;
}
/** One error for several failed plots: a ConfigurationError unless one of them was internal. */
function plotFailures(failures, written) {
    const messages = failures.map(({ id, error }) => {
        const message = (0,errors/* errorMessage */.gJ)(error);
        return message.startsWith(id) ? message : `${id}: ${message}`;
    });
    if (failures.length === 1 && written === 0) {
        const only = failures[0].error;
        return only instanceof Error ? only : new Error(messages[0]);
    }
    const summary = `Could not draw ${failures.length} of ${failures.length + written} plots` +
        `${written > 0 ? ` (the other ${written} ${written === 1 ? 'was' : 'were'} written)` : ''}: ` +
        messages.join('; ');
    return failures.every((f) => (0,errors/* isConfigurationError */.p0)(f.error))
        ? new errors/* ConfigurationError */.j1(summary)
        : new Error(summary);
}
/**
 * Renders each plot on its own: a plot that fails (bad spec, refused data, over a budget) does
 * not stop the others. Every image that could be drawn is written (each file atomically, so a
 * failed plot leaves no half image and an older image of it stays as it was).
 */
async function renderEveryPlot(request, logger) {
    const cwd = (0,external_node_path_.resolve)(request.cwd);
    const outDir = (0,external_node_path_.resolve)(cwd, request.outDir);
    const scale = checkScale(request.scale ?? 1, 'scale');
    const access = {
        roots: [(0,external_node_path_.resolve)(request.workspace ?? workspaceRoot(cwd))],
        allowedHosts: request.allowedHosts ?? hostsFromEnv(),
        allowHint: request.allowHint ?? `--allow-host HOST (or ${ALLOWED_HOSTS_ENV})`,
    };
    const failures = [];
    // Targets are resolved one by one, so an unknown one fails alone, in the user's order.
    const batches = request.targets.length === 0
        ? [{ id: '', jobs: () => resolvePlotJobs([], cwd, request.options, request.dvcFile) }]
        : request.targets.map((target) => ({
            id: target,
            jobs: () => resolvePlotJobs([target], cwd, request.options, request.dvcFile),
        }));
    const renderer = await PlotRenderer.create((w) => logger.warning(w));
    const format = request.format ?? 'png';
    const names = new Set();
    const plots = [];
    const slots = [];
    const pending = new Set();
    let pngUnavailable;
    for (const batch of batches) {
        let jobs;
        try {
            jobs = batch.jobs();
        }
        catch (error) {
            // No target named: nothing to render without dvc.yaml, so that is the whole answer.
            if (!batch.id)
                throw error;
            slots.push({ failure: { id: batch.id, error } });
            continue;
        }
        for (const job of jobs) {
            // The next chart's dataflow runs while earlier ones rasterise off the main thread (resvg's
            // renderAsync, libvips' threads): on 2 cores that hides most of the rasterising. At most
            // PNG_IN_FLIGHT wait at once, so memory stays that of a few images.
            // Drawing is one chart at a time (Vega's random seed is global); only the rasterising of
            // one overlaps the drawing of the next.
            const { done: finished } = await renderJob(job, slots.length);
            pending.add(finished);
            void finished.then(() => pending.delete(finished));
            if (pending.size >= PNG_IN_FLIGHT)
                await Promise.race(pending);
        }
    }
    await Promise.all(pending);
    // In the order asked for, whatever order the images finished in.
    for (const slot of slots) {
        if (slot && 'plot' in slot)
            plots.push(slot.plot);
        else if (slot)
            failures.push(slot.failure);
    }
    if (pngUnavailable)
        logger.warning(`Plots written as SVG: PNG is unavailable here: ${pngUnavailable}`);
    return { plots, failures };
    /**
     * Draws the chart's SVG; `done` is the rest (PNG, file), which records the plot or its
     * failure in slots[index] and never rejects (wrapped: an awaited promise would be adopted).
     */
    async function renderJob(job, index) {
        slots.push(undefined);
        const failed = (error) => void (slots[index] = { failure: { id: job.id, error } });
        let name = outputName(job.id);
        for (let n = 2; names.has(name); n++)
            name = `${outputName(job.id)}-${n}`;
        names.add(name);
        let svg;
        let title;
        try {
            if (job.type === 'image') {
                const from = (0,external_node_path_.resolve)(cwd, job.file);
                if (!(0,external_node_fs_.existsSync)(from))
                    throw new errors/* ConfigurationError */.j1(`${job.id}: no such image file`);
                checkInWorkspace(from, job, access);
                const bytes = readRegularFile(from, job.id, job.file);
                const path = (0,external_node_path_.join)(outDir, `${name}${(0,external_node_path_.extname)(from).toLowerCase()}`);
                writeFileAtomic(path, bytes);
                slots[index] = { plot: { id: job.id, title: job.id, path, format: 'image' } };
                return { done: Promise.resolve() };
            }
            if (job.type === 'spec')
                checkInWorkspace(job.file, job, access);
            const source = await specSource(job, cwd, request.baseRevision, request.baseLabel, logger, access);
            title = source.title;
            svg = await renderer.toSvg(source.source, { scale, access, output: format });
        }
        catch (error) {
            failed(error);
            return { done: Promise.resolve() };
        }
        const finish = async () => {
            let bytes = svg;
            let ext = 'svg';
            if (format === 'png') {
                const png = await renderer.toPng(svg, job.id);
                if (png instanceof PngUnavailable)
                    pngUnavailable = png.reason;
                else {
                    bytes = png;
                    ext = 'png';
                }
            }
            const path = (0,external_node_path_.join)(outDir, `${name}.${ext}`);
            writeFileAtomic(path, bytes);
            slots[index] = { plot: { id: job.id, title, path, format: ext } };
        };
        return { done: finish().catch(failed) };
    }
}
async function specSource(job, cwd, base, baseLabel, logger, access) {
    if (job.type === 'spec') {
        const title = typeof job.spec.title === 'string'
            ? job.spec.title
            : job.id;
        let spec = job.spec;
        if (base) {
            const { baseName, headName } = revisionNames(base, baseLabel);
            const prefix = await repoPrefix(cwd);
            spec = await overlaySpec({
                spec,
                kind: job.kind,
                file: job.file,
                id: job.id,
                cwd,
                readBase: async (path) => (await (0,read_at_revision/* readFileAtRevision */.J)(base, external_node_path_.posix.normalize(external_node_path_.posix.join(prefix, toPosix(path))), cwd))?.toString('utf8'),
                baseName,
                headName,
                logger,
                readHead: (path, url) => readWorkspaceFile(path, access, job.id, url).toString('utf8'),
            });
        }
        return {
            title,
            source: { spec, kind: job.kind, name: job.id, baseURL: `${(0,external_node_path_.dirname)(job.file)}/` },
        };
    }
    const { rows, options } = await dataRows(job.definition, cwd, base, baseLabel, logger, (file) => readWorkspace(cwd, file, job.definition.id, access, job.named === true));
    // As in DVC, a plot without a title is titled with its id (the file path).
    const spec = templateSpec(rows, { ...options, title: options.title ?? job.id }, job.id);
    return {
        title: options.title ?? job.id,
        source: { spec, kind: 'vega-lite', name: job.id },
    };
}
/**
 * The rows of a data plot, tagged with their revision. One file with its own fields stays as
 * it is (the template folds several y fields); several files are melted into one series each.
 */
async function dataRows(definition, cwd, base, baseLabel, logger, readHead) {
    const { baseName, headName } = revisionNames(base, baseLabel);
    const revisions = [
        { label: headName, read: async (file) => readHead(file) },
    ];
    if (base) {
        const prefix = await repoPrefix(cwd);
        revisions.unshift({
            label: baseName,
            read: async (file) => (await (0,read_at_revision/* readFileAtRevision */.J)(base, external_node_path_.posix.join(prefix, file.split('\\').join('/')), cwd))?.toString('utf8'),
        });
    }
    const options = { ...definition.props };
    const single = definition.sources.length === 1;
    // Legend names as short as still tell the series apart: the file when every file draws the
    // same field (train.csv, test.csv), the field when one file draws several, else both.
    const pairs = definition.sources.flatMap((s) => (s.y ?? []).map((y) => [s.file, y]));
    const sameField = new Set(pairs.map(([, y]) => y)).size === 1;
    const sameFile = new Set(pairs.map(([f]) => f)).size === 1;
    const seriesName = (file, field) => sameField ? file : sameFile ? field : `${file}: ${field}`;
    const rows = [];
    for (const { label, read } of revisions) {
        for (const source of definition.sources) {
            const text = await read(source.file);
            if (text === undefined) {
                logger.warning(`${source.file} does not exist at ${base}: plot "${definition.id}" shows ${HEAD_LABEL} only`);
                continue;
            }
            const data = parseDataFile(text, source.file);
            if (single) {
                for (const row of data)
                    rows.push({ ...row, [REV_FIELD]: label });
                if (source.x)
                    options.x = source.x;
                if (source.y)
                    options.y = source.y;
                continue;
            }
            const x = source.x ?? options.x ?? STEP_FIELD;
            for (const field of source.y ?? []) {
                data.forEach((row, index) => {
                    if (!(field in row)) {
                        throw new errors/* ConfigurationError */.j1(`${source.file}: y field "${field}" of plot "${definition.id}" is not in the data; fields there: ${Object.keys(row).join(', ')}`);
                    }
                    rows.push({
                        [STEP_FIELD]: index,
                        ...(x in row ? { [STEP_FIELD]: row[x] } : {}),
                        [VALUE_FIELD]: row[field],
                        [SERIES_FIELD]: seriesName(source.file, field),
                        [REV_FIELD]: label,
                    });
                });
            }
        }
    }
    if (!single) {
        options.x_label ??= options.x ?? STEP_FIELD;
        options.x = STEP_FIELD;
        options.y = VALUE_FIELD;
        options.melted = true;
    }
    return { rows, options };
}
/**
 * A data file of a plot: a regular file inside the workspace, symlinks resolved (repository
 * content), unless the workflow named a path outside the workspace itself (trusted configuration).
 */
function readWorkspace(cwd, file, id, access, named) {
    const path = (0,external_node_path_.resolve)(cwd, file);
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new errors/* ConfigurationError */.j1(`${file}: data file of plot "${id}" does not exist`);
    }
    if (!named || isInside(access.roots[0], path))
        return readWorkspaceFile(path, access, id, file).toString('utf8');
    checkFileSize(path, file);
    return (0,external_node_fs_.readFileSync)(path, 'utf8');
}
/**
 * A file the workflow named may be anywhere it says (trusted configuration), but one inside the
 * workspace must not be a symlink out of it (repository content); files found through dvc.yaml
 * must be inside the workspace.
 */
function checkInWorkspace(path, job, access) {
    const root = access.roots[0];
    if (job.named && !isInside(root, path))
        return;
    const where = job.type === 'image' ? 'image' : 'spec';
    if (!isInside(root, path)) {
        throw new errors/* ConfigurationError */.j1(`${job.id}: the ${where} file is outside the workspace (${root}); dvc.yaml may only name files inside it`);
    }
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return; // missing files are reported by the reader
    }
    let realRoot = root;
    try {
        realRoot = (0,external_node_fs_.realpathSync)(root);
    }
    catch {
        // keep the path as given
    }
    if (!isInside(realRoot, real)) {
        throw new errors/* ConfigurationError */.j1(`${job.id}: the ${where} file is a symbolic link that leads out of the workspace (to ${real})`);
    }
}
async function repoPrefix(cwd) {
    const result = await (0,run_git/* runGit */.E)(['rev-parse', '--show-prefix'], cwd);
    if (result.code !== 0) {
        throw new errors/* ConfigurationError */.j1(`Cannot compare plots with a base revision: ${cwd} is not in a git repository (${result.stderr.trim()})`);
    }
    return result.stdout.toString('utf8').trim();
}
function revisionNames(base, baseLabel) {
    const baseName = base ? (baseLabel ?? shortRevision(base)) : '';
    // DVC's name for the working tree, when the base itself is called HEAD.
    const headName = baseName === HEAD_LABEL ? 'workspace' : HEAD_LABEL;
    return { baseName, headName };
}
function toPosix(path) {
    return path.split('\\').join('/');
}
/** Labels a revision as users know it: names stay, full commit ids are shortened. */
function shortRevision(revision) {
    return /^[0-9a-f]{40}$/i.test(revision) ? revision.slice(0, 7) : revision;
}

;// CONCATENATED MODULE: ./src/plots/embed.ts



/**
 * Image links are relative to `cwd`, where the report is written. An empty `plots` list renders
 * every plot of dvc.yaml. Warnings (a file missing at the base revision, SVG instead of PNG on a
 * platform without binaries) go to `logger`.
 */
async function embedPlots(options, logger = (0,core_logger/* loggerFor */.WG)()) {
    const plots = await renderPlots({
        targets: options.plots,
        cwd: options.cwd,
        outDir: options.outDir,
        baseRevision: options.baseRevision,
        allowedHosts: options.allowedHosts,
        // The report action passes its input; `cml comment --plots` has only the environment.
        allowHint: options.allowedHosts ? 'the allowed-hosts input' : 'CML_PLOTS_ALLOWED_HOSTS',
        workspace: options.workspace,
    }, logger);
    return plotsMarkdown(plots, options.cwd);
}


/***/ })

};
;