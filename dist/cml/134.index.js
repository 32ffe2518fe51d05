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
/* harmony import */ var _ensure_revision__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2527);
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

/***/ 2527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oh: () => (/* binding */ ensureRevision),
/* harmony export */   QE: () => (/* binding */ hasCommit),
/* harmony export */   Vk: () => (/* binding */ repositoryPrefix)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _run_git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6148);


/** Whether `revision` names a commit this clone has. */
async function hasCommit(revision, cwd) {
    const r = await (0,_run_git__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .E)(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], cwd);
    return r.code === 0;
}
const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
/**
 * Makes sure a revision is readable, fetching only that commit (depth 1) when a shallow or
 * single-branch clone lacks it, and returns the name git can read it by. Branch names missing
 * locally are looked up as origin/<branch> and fetched into that remote-tracking ref.
 * An unknown revision is the user's to fix: the error names it and says how to fetch history.
 */
async function ensureRevision(revision, cwd, logger, remote = 'origin', 
/** What the revision is, for the error message. */
what = 'base revision') {
    if (revision.startsWith('-')) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`Invalid revision '${revision}': a revision cannot start with '-'.`);
    }
    if (await hasCommit(revision, cwd))
        return revision;
    const tracking = `refs/remotes/${remote}/${revision}`;
    if (!FULL_SHA.test(revision) && (await hasCommit(tracking, cwd)))
        return tracking;
    // A sha is fetched as itself; a name as a branch into origin/<name>, else as a tag.
    const name = revision.replace(/^refs\/(heads|tags)\//, '');
    const attempts = FULL_SHA.test(revision)
        ? [revision]
        : [`+refs/heads/${name}:${tracking}`, `+refs/tags/${name}:refs/tags/${name}`];
    logger.info(`Fetching ${revision} from ${remote} (depth 1): this clone does not have it.`);
    let fetched = { code: 1, stderr: '' };
    for (const refspec of attempts) {
        fetched = await (0,_run_git__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .E)(['fetch', '--no-tags', '--depth=1', '--quiet', remote, refspec], cwd, {
            ...process.env,
            GIT_TERMINAL_PROMPT: '0',
        });
        if (fetched.code !== 0)
            continue;
        for (const candidate of [revision, tracking, `refs/tags/${name}`]) {
            if (await hasCommit(candidate, cwd))
                return candidate;
        }
    }
    const reason = fetched.stderr.trim().split('\n').filter(Boolean).pop();
    throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`Unknown ${what} '${revision}': this clone does not have it${reason ? ` and 'git fetch ${remote} ${revision}' failed (${reason})` : ''}. Fetch the history it needs: actions/checkout with 'fetch-depth: 0' on GitHub, ` +
        `'GIT_DEPTH: 0' on GitLab, or 'git fetch ${remote} ${revision}' before this step; ` +
        `or name a revision that exists.`);
}
/** The path of cwd inside its repository ('' at the top, 'sub/dir/' below), for `git show rev:path`. */
async function repositoryPrefix(cwd) {
    const r = await (0,_run_git__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .E)(['rev-parse', '--show-prefix'], cwd);
    if (r.code !== 0) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`${cwd} is not inside a git repository: metrics are compared between git revisions (${r.stderr.trim()}).`);
    }
    return r.stdout.toString('utf8').trim();
}


/***/ }),

/***/ 4134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   embedDataSection: () => (/* binding */ embedDataSection)
/* harmony export */ });
/* harmony import */ var _platforms__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9163);
/* harmony import */ var _core_logger__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1227);
/* harmony import */ var _data_run_data__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7771);
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