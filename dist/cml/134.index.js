"use strict";
exports.id = 134;
exports.ids = [134];
exports.modules = {

/***/ 5129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ resolveBaseRevision)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _ensure_revision__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4908);
/* harmony import */ var _run_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6148);
/* harmony import */ var _platforms__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9163);




/**
 * The revision this run's metrics are compared against: an explicit one when given, else the
 * PR's base commit (GitHub payload base sha, GitLab CI_MERGE_REQUEST_DIFF_BASE_SHA), else its
 * base branch (GITHUB_BASE_REF, CI_MERGE_REQUEST_TARGET_BRANCH_NAME,
 * BITBUCKET_PR_DESTINATION_BRANCH), else the default branch.
 */
async function resolveBaseRevision(options) {
    const { context, cwd, logger, explicit } = options;
    const pick = await chooseBase(context, cwd, explicit);
    const revision = await (0,_ensure_revision__WEBPACK_IMPORTED_MODULE_1__/* .ensureRevision */ .Oh)(pick.revision, cwd, logger);
    logger.debug(`Base revision: ${pick.revision} (${pick.source}), read as ${revision}`);
    return { ...pick, revision };
}
async function chooseBase(context, cwd, explicit) {
    if (explicit)
        return { revision: explicit, label: explicit, source: 'given' };
    if (context.baseSha) {
        const source = (0,_platforms__WEBPACK_IMPORTED_MODULE_3__/* .platformInfo */ .UW)(context.platform).baseSources?.sha ?? 'pull request base';
        return {
            revision: context.baseSha,
            label: context.baseRef ?? context.baseSha.slice(0, 7),
            source,
        };
    }
    if (context.baseRef) {
        return {
            revision: context.baseRef,
            label: context.baseRef,
            source: (0,_platforms__WEBPACK_IMPORTED_MODULE_3__/* .platformInfo */ .UW)(context.platform).baseSources?.ref ?? 'pull request base branch',
        };
    }
    const branch = context.defaultBranch ?? (await defaultBranchFromGit(cwd));
    if (!branch) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError('Cannot tell which revision to compare against: this is not a pull/merge request and the default branch is unknown. Name the base revision (the base input, or cml metrics diff <a_rev>).');
    }
    return { revision: branch, label: branch, source: 'default branch' };
}
/** origin/HEAD's branch, else main or master when this clone knows one of them. */
async function defaultBranchFromGit(cwd) {
    const head = await (0,_run_git__WEBPACK_IMPORTED_MODULE_2__/* .runGit */ .E)(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], cwd);
    if (head.code === 0) {
        const name = head.stdout
            .toString('utf8')
            .trim()
            .replace(/^origin\//, '');
        if (name)
            return name;
    }
    for (const name of ['main', 'master']) {
        if ((await (0,_ensure_revision__WEBPACK_IMPORTED_MODULE_1__/* .hasCommit */ .QE)(name, cwd)) || (await (0,_ensure_revision__WEBPACK_IMPORTED_MODULE_1__/* .hasCommit */ .QE)(`refs/remotes/origin/${name}`, cwd))) {
            return name;
        }
    }
    return undefined;
}


/***/ }),

/***/ 4134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   embedDataSection: () => (/* binding */ embedDataSection)
/* harmony export */ });
/* harmony import */ var _platforms__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9163);
/* harmony import */ var _core_logger__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1227);
/* harmony import */ var _data_run_data__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(697);
/* harmony import */ var _git_base_revision__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5129);
/**
 * Report integration of the data-validate capability: the section comparing datasets between the
 * base revision and the working tree (schema changes, missing rates, drift, histograms of the
 * drifted columns). Loaded by compose.ts only when the report's `data` input is given.
 */




/**
 * The data section of the report: profile and drift of every dataset, base against HEAD. The
 * section never fails the report: the data-validate action is the gate; the report shows what
 * changed (and, given a schema or rules file, which of them hold).
 */
async function embedDataSection(options) {
    const logger = options.logger ?? new _core_logger__WEBPACK_IMPORTED_MODULE_1__/* .ConsoleLogger */ .Cr(process.stderr, process.stderr);
    const base = await (0,_git_base_revision__WEBPACK_IMPORTED_MODULE_3__/* .resolveBaseRevision */ .V)({
        context: (0,_platforms__WEBPACK_IMPORTED_MODULE_0__/* .readContext */ .yI)(),
        cwd: options.cwd,
        logger,
        explicit: options.base,
    });
    const outcome = await (0,_data_run_data__WEBPACK_IMPORTED_MODULE_2__/* .runDataDiff */ .N)({
        cwd: options.cwd,
        targets: dvcDiscovery(options.targets) ? [] : options.targets,
        baseRev: base.revision,
        schemaFile: options.schemaFile,
        rules: [],
        rulesFile: options.rulesFile,
        all: false,
        chartsDir: options.chartsDir,
    }, logger);
    for (const warning of outcome.warnings)
        logger.warning(warning);
    return outcome.markdown;
}
/** `data: dvc.yaml` asks for the datasets its stages declare, which the core finds by itself. */
function dvcDiscovery(targets) {
    return targets.length === 1 && targets[0].replace(/^\.\//, '') === 'dvc.yaml';
}


/***/ })

};
;