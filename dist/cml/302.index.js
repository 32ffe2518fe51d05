"use strict";
exports.id = 302;
exports.ids = [302];
exports.modules = {

/***/ 5359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDataCli: () => (/* binding */ runDataCli)
});

// EXTERNAL MODULE: ./src/core/logger.ts
var core_logger = __webpack_require__(1227);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/data/failure.ts

/** Violated data rules: the step fails with the reasons, in one message and no stack trace. */
class DataRuleFailure extends errors/* StepFailure */.pH {
    name = 'DataRuleFailure';
}

// EXTERNAL MODULE: ./src/data/run-data.ts + 13 modules
var run_data = __webpack_require__(9465);
;// CONCATENATED MODULE: ./src/data/cli.ts



/**
 * `cml data diff` / `cml data validate`: the result (Markdown by default, or JSON) to stdout,
 * logs to stderr; a failed rule or schema check is an annotation and exit code 1.
 */
async function runDataCli(args) {
    const logger = new core_logger/* ConsoleLogger */.Cr(process.stderr, process.stderr);
    const options = {
        cwd: process.cwd(),
        targets: args.targets,
        baseRev: args.mode === 'diff' ? (args.baseRev ?? 'HEAD') : undefined,
        headRev: args.headRev,
        schemaFile: args.schemaFile,
        rules: args.rules,
        rulesFile: args.rulesFile,
        all: args.all,
        chartsDir: args.chartsDir,
    };
    const outcome = args.mode === 'diff'
        ? await (0,run_data/* runDataDiff */.N)(options, logger)
        : await (0,run_data/* runDataValidate */.g)(options, logger);
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


/***/ })

};
;