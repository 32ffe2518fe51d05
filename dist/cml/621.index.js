"use strict";
exports.id = 621;
exports.ids = [621];
exports.modules = {

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
        // dist/<entry>/index.js → dist/fonts
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
        toPng: async (svg) => new Resvg(svg, { font, shapeRendering: 2, textRendering: 1 }).render().asPng(),
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

/***/ 2437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ PlotRenderer)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
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

// EXTERNAL MODULE: ./src/plots/fonts.ts
var fonts = __webpack_require__(7230);
// EXTERNAL MODULE: ./src/plots/rasterise.ts
var rasterise = __webpack_require__(8188);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
                throw new errors.ConfigurationError(`${source.name}: cannot render: ${error.message}`);
            }
            if (failures.length > 0)
                throw new errors.ConfigurationError(`${source.name}: ${failures.join('; ')}`);
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
        this.rasteriser ??= (0,rasterise/* loadRasteriser */.T)();
        const rasteriser = await this.rasteriser;
        if (rasteriser instanceof rasterise/* PngUnavailable */.E)
            return rasteriser;
        return rasteriser.toPng(svg);
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
            throw new errors.ConfigurationError(`${source.name}: field "${field}" (at $.encoding.${channel}.field) is not in the data; fields there: ${[...present].join(', ')}`);
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Writes a file so that readers see either the old file or the whole new one: the bytes go to
 * a temporary file in the same folder, renamed over the target only once complete.
 */
function writeFileAtomic(path, data) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temp, data);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temp, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temp, { force: true });
        throw error;
    }
}


/***/ })

};
;