"use strict";
exports.id = 279;
exports.ids = [279];
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

/***/ 1907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ plotsMarkdown)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Markdown image lines for rendered plots, paths relative to `cwd` (where the report lives). */
function plotsMarkdown(plots, cwd) {
    return plots
        .map((p) => `![${escapeAlt(p.title)}](${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, p.path).split('\\').join('/').replace(/ /g, '%20')})`)
        .join('\n\n');
}
function escapeAlt(text) {
    return text.replace(/[[\]\\]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}


/***/ }),

/***/ 97:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ly: () => (/* binding */ plotFailures),
  vE: () => (/* binding */ renderEveryPlot),
  x3: () => (/* binding */ renderPlots)
});

// UNUSED EXPORTS: HEAD_LABEL

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/plots/data-access.ts
var data_access = __webpack_require__(7249);
// EXTERNAL MODULE: ./src/plots/limits.ts
var limits = __webpack_require__(4730);
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
    if (rows.length > limits/* PLOT_LIMITS */.dz.maxRows)
        throw tooManyRowsIn(name);
    return rows;
}
function parseRows(text, name) {
    const ext = (0,external_node_path_.extname)(name).toLowerCase();
    if (Buffer.byteLength(text) > limits/* PLOT_LIMITS */.dz.maxDataBytes)
        throw tooLarge(name);
    if (ext === '.csv' || ext === '.tsv') {
        try {
            return (0,sync/* parse */.q)(text, {
                to: limits/* PLOT_LIMITS */.dz.maxRows + 1,
                columns: true,
                delimiter: ext === '.tsv' ? '\t' : ',',
                skip_empty_lines: true,
                trim: true,
                cast: (value) => (value !== '' && Number.isFinite(Number(value)) ? Number(value) : value),
            });
        }
        catch (error) {
            throw new errors.ConfigurationError(`${name}: cannot parse ${ext.slice(1).toUpperCase()}: ${error.message}`);
        }
    }
    let parsed;
    try {
        // maxAliasCount: a YAML alias bomb expands to gigabytes; plot data needs no aliases.
        parsed = ext === '.json' ? JSON.parse(text) : (0,dist.parse)(text, { maxAliasCount: 100 });
    }
    catch (error) {
        throw new errors.ConfigurationError(`${name}: cannot parse ${ext === '.json' ? 'JSON' : 'YAML'}: ${error.message}`);
    }
    (0,limits/* checkDepth */.kP)(parsed, name);
    const rows = findRows(parsed);
    if (!rows) {
        throw new errors.ConfigurationError(`${name}: expected a list of records (e.g. [{"step": 0, "loss": 1.2}]) or an object holding one`);
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
    if (size > limits/* PLOT_LIMITS */.dz.maxDataBytes)
        throw tooLarge(name, size);
}
function tooLarge(name, size) {
    const mb = (n) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
    return new errors.ConfigurationError(`${name}: ${size === undefined ? 'larger than' : `${mb(size)}, over`} the ${mb(limits/* PLOT_LIMITS */.dz.maxDataBytes)} budget for one data file`);
}
function tooManyRowsIn(name) {
    return new errors.ConfigurationError(`${name}: more than ${limits/* PLOT_LIMITS */.dz.maxRows.toLocaleString('en-US')} rows, the budget for one data file`);
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
        doc = (0,dist.parse)((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors.ConfigurationError(`${file}: cannot parse YAML: ${error.message}`);
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
/** The list items of a `plots:` section; a mapping (id \u2192 props) is accepted too. */
function entries(section, where) {
    if (section === undefined || section === null)
        return [];
    if (Array.isArray(section))
        return section.map((item, i) => [i, item]);
    if (typeof section === 'object')
        return Object.entries(section).map(([k, v], i) => [i, { [k]: v }]);
    throw new errors.ConfigurationError(`${where} must be a list of plots`);
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
                throw new errors.ConfigurationError(`${where}: y.${file} must be a field name or a list of them`);
            sources.push({ file, x: xOf(file), y: list });
        }
    }
    else {
        throw new errors.ConfigurationError(`${where}: plot "${id}" is not a file, so y must map data files to fields (y: {file.csv: field})`);
    }
    if (typeof x === 'string')
        props.x = x;
    return { id, sources, props };
}
function readProps(value, where) {
    if (value === undefined || value === null)
        return {};
    if (!isRecord(value))
        throw new errors.ConfigurationError(`${where}: plot properties must be a mapping`);
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
            throw new errors.ConfigurationError(`${where}.${key} must be a string`);
    }
    return props;
}
function singleKey(item, where) {
    if (!isRecord(item) || Object.keys(item).length !== 1) {
        throw new errors.ConfigurationError(`${where} must be a path or a single "path: {properties}" mapping`);
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
            throw new errors.ConfigurationError(`No plots named and ${dvcPlots ? `${dvcFile} has no plots: section` : `no ${dvcFile} in ${cwd}`}; name spec or data files`);
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
            throw new errors.ConfigurationError(`${target}: not a plot: expected a Vega-Lite/Vega spec (.json), a data file (.csv, .tsv, .json, .yaml) or an image`);
        }
        if (fromDvc)
            return definitionJob(fromDvc, overrides, cwd);
        const ids = dvcPlots?.map((d) => d.id) ?? [];
        throw new errors.ConfigurationError(`${target}: no such file` +
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
        throw new errors.ConfigurationError(`${name}: cannot parse JSON: ${error.message}`);
    }
    (0,limits/* checkDepth */.kP)(parsed, name);
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

// EXTERNAL MODULE: ./src/plots/rasterise.ts
var rasterise = __webpack_require__(8188);
// EXTERNAL MODULE: ./src/plots/render.ts + 6 modules
var render = __webpack_require__(3077);
;// CONCATENATED MODULE: ./src/inputs/plot-templates.ts
/** DVC's plot template names, plus `bar` (vertical bars); the plots input declares these too. */
const TEMPLATES = [
    'linear',
    'simple',
    'scatter',
    'scatter_jitter',
    'smooth',
    'bar',
    'bar_horizontal',
    'bar_horizontal_sorted',
    'confusion',
    'confusion_normalized',
];

;// CONCATENATED MODULE: ./src/plots/templates.ts




/** The field holding the revision of each row (base vs HEAD overlays). */
const REV_FIELD = 'rev';
/** The field naming the y series when several y fields are drawn. */
const SERIES_FIELD = 'series';
const VALUE_FIELD = 'value';
/** DVC's implicit x: the row's position, when the data has no x field. */
const STEP_FIELD = 'step';
function isTemplateName(name) {
    return TEMPLATES.includes(name);
}
/**
 * Builds a Vega-Lite spec from rows (each tagged with REV_FIELD) with one of DVC's templates.
 * `source` names the data for error messages. Missing fields are errors that name them.
 */
function templateSpec(rows, options, source) {
    const template = options.template ?? 'linear';
    if (!isTemplateName(template)) {
        throw new errors.ConfigurationError(`${source}: unknown plot template "${template}"; expected one of ${TEMPLATES.join(', ')}`);
    }
    if (rows.length === 0)
        throw new errors.ConfigurationError(`${source}: the data has no rows`);
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
            throw new errors.ConfigurationError(`${source}: no field to plot on y besides "${x}"`);
        ys.push(last);
    }
    const known = new Set([...fields, STEP_FIELD]);
    for (const [axis, field] of [['x', x], ...ys.map((y) => ['y', y])]) {
        if (!field || !known.has(field)) {
            throw new errors.ConfigurationError(`${source}: ${axis} field "${field}" is not in the data; fields there: ${fields.join(', ')}`);
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
            throw new errors.ConfigurationError(message);
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

// EXTERNAL MODULE: ./src/plots/write-atomic.ts
var write_atomic = __webpack_require__(3153);
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
        ? new errors.ConfigurationError(summary)
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
    const scale = (0,limits.checkScale)(request.scale ?? 1, 'scale');
    const access = {
        roots: [(0,external_node_path_.resolve)(request.workspace ?? (0,data_access/* workspaceRoot */.oS)(cwd))],
        allowedHosts: request.allowedHosts ?? (0,data_access.hostsFromEnv)(),
        allowHint: request.allowHint ?? `--allow-host HOST (or ${data_access/* ALLOWED_HOSTS_ENV */.hr})`,
    };
    const failures = [];
    // Targets are resolved one by one, so an unknown one fails alone, in the user's order.
    const batches = request.targets.length === 0
        ? [{ id: '', jobs: () => resolvePlotJobs([], cwd, request.options, request.dvcFile) }]
        : request.targets.map((target) => ({
            id: target,
            jobs: () => resolvePlotJobs([target], cwd, request.options, request.dvcFile),
        }));
    const renderer = await render.PlotRenderer.create((w) => logger.warning(w));
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
                    throw new errors.ConfigurationError(`${job.id}: no such image file`);
                checkInWorkspace(from, job, access);
                const bytes = (0,data_access/* readRegularFile */.XF)(from, job.id, job.file);
                const path = (0,external_node_path_.join)(outDir, `${name}${(0,external_node_path_.extname)(from).toLowerCase()}`);
                (0,write_atomic/* writeFileAtomic */.Z)(path, bytes);
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
                if (png instanceof rasterise/* PngUnavailable */.E)
                    pngUnavailable = png.reason;
                else {
                    bytes = png;
                    ext = 'png';
                }
            }
            const path = (0,external_node_path_.join)(outDir, `${name}.${ext}`);
            (0,write_atomic/* writeFileAtomic */.Z)(path, bytes);
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
                readHead: (path, url) => (0,data_access/* readWorkspaceFile */.sL)(path, access, job.id, url).toString('utf8'),
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
                        throw new errors.ConfigurationError(`${source.file}: y field "${field}" of plot "${definition.id}" is not in the data; fields there: ${Object.keys(row).join(', ')}`);
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
        throw new errors.ConfigurationError(`${file}: data file of plot "${id}" does not exist`);
    }
    if (!named || (0,data_access/* isInside */.FK)(access.roots[0], path))
        return (0,data_access/* readWorkspaceFile */.sL)(path, access, id, file).toString('utf8');
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
    if (job.named && !(0,data_access/* isInside */.FK)(root, path))
        return;
    const where = job.type === 'image' ? 'image' : 'spec';
    if (!(0,data_access/* isInside */.FK)(root, path)) {
        throw new errors.ConfigurationError(`${job.id}: the ${where} file is outside the workspace (${root}); dvc.yaml may only name files inside it`);
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
    if (!(0,data_access/* isInside */.FK)(realRoot, real)) {
        throw new errors.ConfigurationError(`${job.id}: the ${where} file is a symbolic link that leads out of the workspace (to ${real})`);
    }
}
async function repoPrefix(cwd) {
    const result = await (0,run_git/* runGit */.E)(['rev-parse', '--show-prefix'], cwd);
    if (result.code !== 0) {
        throw new errors.ConfigurationError(`Cannot compare plots with a base revision: ${cwd} is not in a git repository (${result.stderr.trim()})`);
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


/***/ }),

/***/ 3153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


let written = 0;
/**
 * Writes a file so that readers see either the old file or the whole new one: the bytes go to
 * a temporary file in the same folder, renamed over the target only once complete.
 * The temporary name is this process's id and a count, created exclusively ('wx'): unique
 * without node:crypto, whose loading cost `vl2png` about 15 ms for four random bytes.
 */
function writeFileAtomic(path, data) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    for (;;) {
        const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${process.pid}.${written++}.tmp`);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temp, data, { flag: 'wx' });
        }
        catch (error) {
            // A leftover of an earlier process that had the same id: take the next name.
            if (error.code === 'EEXIST')
                continue;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temp, { force: true });
            throw error;
        }
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temp, path);
            return;
        }
        catch (error) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temp, { force: true });
            throw error;
        }
    }
}


/***/ })

};
;