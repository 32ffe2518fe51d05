"use strict";
exports.id = 640;
exports.ids = [640];
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

/***/ 4304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVegaCommand: () => (/* binding */ runVegaCommand)
/* harmony export */ });
/* unused harmony export VEGA_COMMANDS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _data_access__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7249);
/* harmony import */ var _limits__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4730);
/* harmony import */ var _rasterise__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8188);
/* harmony import */ var _render__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9251);
/* harmony import */ var _write_atomic__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3153);








/** vega-lite's and vega-cli's commands, same names, arguments and options. */
const VEGA_COMMANDS = (/* unused pure expression or super */ null && (['vl2png', 'vl2svg', 'vl2vg', 'vg2png', 'vg2svg']));
const SVG_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n';
/** Runs one of the vega-cli commands: spec in (file or stdin), image or Vega JSON out. */
async function runVegaCommand(command, options, logger, stdin = process.stdin, stdout = process.stdout) {
    const fromStdin = !options.input || options.input === '-';
    const name = fromStdin ? '<stdin>' : options.input;
    const text = fromStdin ? await readAll(stdin) : readInput(options.input);
    let spec;
    try {
        spec = JSON.parse(text);
    }
    catch (error) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(`${name}: cannot parse JSON: ${error.message}`);
    }
    (0,_limits__WEBPACK_IMPORTED_MODULE_4__/* .checkDepth */ .kP)(spec, name);
    const kind = command.startsWith('vl') ? 'vega-lite' : 'vega';
    const scale = (0,_limits__WEBPACK_IMPORTED_MODULE_4__.checkScale)(options.scale ?? 1, '-s/--scale');
    const seed = (0,_limits__WEBPACK_IMPORTED_MODULE_4__/* .checkSeed */ .KN)(options.seed, '--seed');
    const folder = fromStdin ? process.cwd() : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.input));
    const base = options.base ?? (folder.endsWith('/') ? folder : `${folder}/`);
    const access = cliAccess(options, base, fromStdin);
    const config = options.config ? readJson(options.config, 'the Vega config') : undefined;
    const renderer = await _render__WEBPACK_IMPORTED_MODULE_6__.PlotRenderer.create((w) => logger.warning(w));
    renderer.setLocales(options.format ? readJson(options.format, 'the number format locale') : undefined, options.timeFormat ? readJson(options.timeFormat, 'the time format locale') : undefined);
    const source = { spec, kind, name, baseURL: base };
    let result;
    if (command === 'vl2vg') {
        const vg = await renderer.toVega(source, { config });
        result = JSON.stringify(vg, null, options.pretty ? 2 : undefined) + '\n';
    }
    else {
        const svg = await renderer.toSvg(source, {
            scale,
            config,
            seed,
            access,
            output: command.endsWith('svg') ? 'svg' : 'png',
        });
        if (command.endsWith('svg')) {
            result = (options.header ? SVG_HEADER : '') + svg;
        }
        else {
            const png = await renderer.toPng(svg, name);
            if (png instanceof _rasterise__WEBPACK_IMPORTED_MODULE_5__/* .PngUnavailable */ .E) {
                throw new Error(`Cannot make PNG: ${png.reason}. ${command.replace('png', 'svg')} still works here.`);
            }
            result = png;
        }
    }
    if (!options.output || options.output === '-')
        await writeOut(stdout, result);
    else
        (0,_write_atomic__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomic */ .Z)(options.output, result);
}
/**
 * What a spec may read from the command line: the workspace (the CI workspace holding the current
 * folder, else the current folder), the -b folder and a spec's own folder outside it (both named
 * on the command line, so trusted), and the hosts of --allow-host, CML_PLOTS_ALLOWED_HOSTS and -b.
 */
function cliAccess(options, base, fromStdin) {
    const workspace = (0,_data_access__WEBPACK_IMPORTED_MODULE_3__/* .workspaceRoot */ .oS)(process.cwd());
    const roots = [workspace];
    const hosts = [...(0,_data_access__WEBPACK_IMPORTED_MODULE_3__.splitHosts)(options.allowHost ?? []), ...(0,_data_access__WEBPACK_IMPORTED_MODULE_3__.hostsFromEnv)()];
    if (/^https?:\/\//i.test(base))
        hosts.push(new URL(base).host);
    else if (options.base !== undefined)
        roots.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base.replace(/^file:\/\//i, '')));
    else if (!fromStdin && !(0,_data_access__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(workspace, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base)))
        roots.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base));
    return {
        roots,
        allowedHosts: hosts,
        allowHint: `--allow-host HOST (or ${_data_access__WEBPACK_IMPORTED_MODULE_3__/* .ALLOWED_HOSTS_ENV */ .hr})`,
    };
}
function readInput(path, what = 'the spec') {
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size > _limits__WEBPACK_IMPORTED_MODULE_4__/* .PLOT_LIMITS */ .dz.maxDataBytes)
            throw tooLarge(path, what);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error instanceof _core_errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError)
            throw error;
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(`${path}: cannot read ${what}: ${error.code ?? error.message}`);
    }
}
function readJson(path, what) {
    const text = readInput(path, what);
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(
        // vega-cli also require()s .js configs; running a file's code is not something to copy.
        `${path}: ${what} must be a JSON file (JavaScript files are not supported): ${error.message}`);
    }
}
async function readAll(stream) {
    const chunks = [];
    let total = 0;
    for await (const chunk of stream) {
        const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        total += b.length;
        if (total > _limits__WEBPACK_IMPORTED_MODULE_4__/* .PLOT_LIMITS */ .dz.maxDataBytes)
            throw tooLarge('<stdin>', 'the spec');
        chunks.push(b);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function tooLarge(name, what) {
    return new _core_errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(`${name}: ${what} is larger than ${_limits__WEBPACK_IMPORTED_MODULE_4__/* .PLOT_LIMITS */ .dz.maxDataBytes / 1024 / 1024} MB, the budget for one file`);
}
function writeOut(stream, data) {
    return new Promise((resolvePromise, reject) => {
        stream.write(data, (error) => (error ? reject(error) : resolvePromise()));
    });
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