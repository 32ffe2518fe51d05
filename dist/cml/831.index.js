"use strict";
exports.id = 831;
exports.ids = [831];
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

/***/ 5359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDataCli: () => (/* binding */ runDataCli)
});

// EXTERNAL MODULE: ./src/core/logger.ts
var core_logger = __webpack_require__(1227);
// EXTERNAL MODULE: ./src/git/ensure-revision.ts
var ensure_revision = __webpack_require__(4908);
// EXTERNAL MODULE: ./src/git/object-session.ts
var object_session = __webpack_require__(5068);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/data/failure.ts

/** Violated data rules: the step fails with the reasons, in one message and no stack trace. */
class DataRuleFailure extends errors/* StepFailure */.pH {
    name = 'DataRuleFailure';
}

// EXTERNAL MODULE: ./src/data/run-data.ts + 34 modules
var run_data = __webpack_require__(697);
;// CONCATENATED MODULE: ./src/data/cli.ts





/**
 * `cml data diff` / `cml data validate`: the result (Markdown by default, or JSON) to stdout,
 * logs to stderr; a failed rule or schema check is an annotation and exit code 1. `objects` is
 * the git session the run asks (the command starts it early); it is closed when the run ends.
 */
async function runDataCli(args, objects = new object_session/* GitObjectSession */.a(process.cwd())) {
    try {
        await run(args, objects);
    }
    finally {
        objects.close();
    }
}
async function run(args, objects) {
    const logger = new core_logger/* ConsoleLogger */.Cr(process.stderr, process.stderr);
    const cwd = process.cwd();
    // An unknown revision is an error (fetched first when the clone lacks it), not "every dataset
    // was added": a dataset missing at a revision that exists still reads as added.
    const baseRev = args.mode === 'diff'
        ? await (0,ensure_revision/* ensureRevision */.Oh)(args.baseRev ?? 'HEAD', cwd, logger, 'origin', 'base revision', objects)
        : undefined;
    const headRev = args.headRev
        ? await (0,ensure_revision/* ensureRevision */.Oh)(args.headRev, cwd, logger, 'origin', 'revision', objects)
        : undefined;
    const options = {
        cwd,
        targets: args.targets,
        baseRev,
        headRev,
        schemaFile: args.schemaFile,
        rules: args.rules,
        rulesFile: args.rulesFile,
        all: args.all,
        chartsDir: args.chartsDir,
    };
    const outcome = args.mode === 'diff'
        ? await (0,run_data/* runDataDiff */.N)(options, logger, objects)
        : await (0,run_data/* runDataValidate */.g)(options, logger, objects);
    for (const warning of outcome.warnings)
        logger.warning(warning);
    process.stdout.write(args.json ? `${JSON.stringify(outcome.json, null, 2)}\n` : `${outcome.markdown.trimEnd()}\n\n`);
    for (const f of outcome.failures)
        logger.error(`${f.rule}: ${f.message}`, {
            file: f.file,
            line: f.line,
            title: 'data rule failed',
        });
    if (!outcome.passed) {
        const first = outcome.failures.slice(0, 5).map((f) => `${f.rule}: ${f.message}`);
        throw new DataRuleFailure(`${outcome.failures.length} data rule(s) failed:\n${first.join('\n')}${outcome.failures.length > 5 ? `\n\u2026 and ${outcome.failures.length - 5} more` : ''}`);
    }
}


/***/ })

};
;