"use strict";
exports.id = 683;
exports.ids = [683];
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

/***/ 6683:
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
    const ext = (0,external_node_path_.extname)(name).toLowerCase();
    if (ext === '.csv' || ext === '.tsv') {
        try {
            return (0,sync/* parse */.q)(text, {
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
        parsed = ext === '.json' ? JSON.parse(text) : (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${name}: cannot parse ${ext === '.json' ? 'JSON' : 'YAML'}: ${error.message}`);
    }
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
                return { type: 'image', id: target, file: path };
            const spec = ext === '.json' ? specIn(path, target) : undefined;
            if (spec)
                return { type: 'spec', id: target, file: path, spec: spec.spec, kind: spec.kind };
            if (fromDvc)
                return definitionJob(fromDvc, overrides, cwd);
            if (isDataFile(path)) {
                return definitionJob({ id: target, sources: [{ file: target }], props: {} }, overrides, cwd);
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
    try {
        parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${name}: cannot parse JSON: ${error.message}`);
    }
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
        toPng: async (svg) => new Resvg(svg, { font, shapeRendering: 2, textRendering: 1 }).render().asPng(),
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

;// CONCATENATED MODULE: ./src/plots/spec-check.ts
/**
 * Explains why a spec is invalid against the official JSON schema of Vega-Lite or Vega: the JSON
 * path of the offending value and what the schema expected there. Only called once compiling
 * failed or warned, so valid specs never pay for loading the schema (about a second).
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
    if (validate(spec))
        return undefined;
    return describe(validate.errors ?? [], spec);
}
/** Compiled once per process: compiling the Vega-Lite schema takes about a second. */
const validators = new Map();
async function compileSchema(kind) {
    const ajvModule = (await __webpack_require__.e(/* import() */ 463).then(__webpack_require__.t.bind(__webpack_require__, 2463, 23)));
    const schema = kind === 'vega-lite'
        ? (await __webpack_require__.e(/* import() */ 973).then(__webpack_require__.t.bind(__webpack_require__, 3973, 19))).default
        : (await __webpack_require__.e(/* import() */ 599).then(__webpack_require__.t.bind(__webpack_require__, 599, 19))).default;
    const Ajv = ajvModule.default;
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, validateFormats: false });
    return ajv.compile(schema);
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
        const loader = vega.loader({ baseURL: source.baseURL ?? withSlash(process.cwd()) });
        const failures = [];
        const load = loader.load.bind(loader);
        loader.load = async (uri, opts) => {
            try {
                return await load(uri, opts);
            }
            catch (error) {
                failures.push(`cannot load data "${uri}": ${error.message}`);
                throw error;
            }
        };
        const random = vega;
        random.setRandom(random.randomLCG(options.seed ?? 1));
        const view = new vega.View(runtime, {
            renderer: 'none',
            loader,
            logger: collectingLogger(warnings),
            logLevel: vega.Warn,
        });
        try {
            let svg;
            try {
                svg = await view.toSVG(options.scale ?? 1);
            }
            catch (error) {
                // Vega accepts some invalid specs (an unknown mark type) and fails while drawing.
                if (source.kind === 'vega')
                    throw await invalid(source, error.message);
                throw new errors/* ConfigurationError */.j1(`${source.name}: cannot render: ${error.message}`);
            }
            if (failures.length > 0)
                throw new errors/* ConfigurationError */.j1(`${source.name}: ${failures.join('; ')}`);
            if (source.kind === 'vega-lite')
                checkFields(source, view);
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
    async toPng(svg) {
        this.rasteriser ??= loadRasteriser();
        const rasteriser = await this.rasteriser;
        if (rasteriser instanceof PngUnavailable)
            return rasteriser;
        return rasteriser.toPng(svg);
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
 */
function checkFields(source, view) {
    const spec = source.spec;
    if (!spec.encoding || (spec.transform && spec.transform.length > 0))
        return;
    let rows;
    try {
        rows = view.data('source_0');
    }
    catch {
        return;
    }
    if (!Array.isArray(rows) || rows.length === 0)
        return;
    const present = new Set();
    for (const row of rows.slice(0, 1000)) {
        if (row && typeof row === 'object')
            for (const k of Object.keys(row))
                present.add(k);
    }
    for (const [channel, def] of Object.entries(spec.encoding)) {
        const field = def?.field;
        if (typeof field !== 'string' || /[.[\]\\]/.test(field))
            continue;
        if (!present.has(field)) {
            throw new errors/* ConfigurationError */.j1(`${source.name}: field "${field}" (at $.encoding.${channel}.field) is not in the data; fields there: ${[...present].join(', ')}`);
        }
    }
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
        head = parseDataFile((0,external_node_fs_.readFileSync)(path, 'utf8'), data.url);
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












/** The label of the current side of an overlay. */
const HEAD_LABEL = 'HEAD';
/**
 * Renders every requested plot in this one process and writes the images into outDir. All
 * plots are rendered before any file is written, and each file is written atomically, so a bad
 * plot leaves no image (nor half of one) behind.
 */
async function renderPlots(request, logger) {
    const cwd = (0,external_node_path_.resolve)(request.cwd);
    const outDir = (0,external_node_path_.resolve)(cwd, request.outDir);
    const jobs = resolvePlotJobs(request.targets, cwd, request.options, request.dvcFile);
    const renderer = await PlotRenderer.create((w) => logger.warning(w));
    const format = request.format ?? 'png';
    const names = new Set();
    const outputs = [];
    let pngUnavailable;
    for (const job of jobs) {
        let name = outputName(job.id);
        for (let n = 2; names.has(name); n++)
            name = `${outputName(job.id)}-${n}`;
        names.add(name);
        if (job.type === 'image') {
            const from = (0,external_node_path_.resolve)(cwd, job.file);
            if (!(0,external_node_fs_.existsSync)(from))
                throw new errors/* ConfigurationError */.j1(`${job.id}: no such image file`);
            const path = (0,external_node_path_.join)(outDir, `${name}${(0,external_node_path_.extname)(from).toLowerCase()}`);
            outputs.push({ plot: { id: job.id, title: job.id, path, format: 'image' }, copyFrom: from });
            continue;
        }
        const source = await specSource(job, cwd, request.baseRevision, request.baseLabel, logger);
        const svg = await renderer.toSvg(source.source, { scale: request.scale });
        let bytes = svg;
        let ext = 'svg';
        if (format === 'png') {
            const png = await renderer.toPng(svg);
            if (png instanceof PngUnavailable)
                pngUnavailable = png.reason;
            else {
                bytes = png;
                ext = 'png';
            }
        }
        outputs.push({
            plot: { id: job.id, title: source.title, path: (0,external_node_path_.join)(outDir, `${name}.${ext}`), format: ext },
            bytes,
        });
    }
    if (pngUnavailable)
        logger.warning(`Plots written as SVG: PNG is unavailable here: ${pngUnavailable}`);
    for (const out of outputs) {
        if (out.copyFrom)
            writeFileAtomic(out.plot.path, (0,external_node_fs_.readFileSync)(out.copyFrom));
        else
            writeFileAtomic(out.plot.path, out.bytes);
    }
    return outputs.map((o) => o.plot);
}
async function specSource(job, cwd, base, baseLabel, logger) {
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
            });
        }
        return {
            title,
            source: { spec, kind: job.kind, name: job.id, baseURL: `${(0,external_node_path_.dirname)(job.file)}/` },
        };
    }
    const { rows, options } = await dataRows(job.definition, cwd, base, baseLabel, logger);
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
async function dataRows(definition, cwd, base, baseLabel, logger) {
    const { baseName, headName } = revisionNames(base, baseLabel);
    const revisions = [
        { label: headName, read: async (file) => readWorkspace(cwd, file, definition.id) },
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
function readWorkspace(cwd, file, id) {
    const path = (0,external_node_path_.resolve)(cwd, file);
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new errors/* ConfigurationError */.j1(`${file}: data file of plot "${id}" does not exist`);
    }
    return (0,external_node_fs_.readFileSync)(path, 'utf8');
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
    }, logger);
    return plotsMarkdown(plots, options.cwd);
}


/***/ })

};
;