"use strict";
exports.id = 381;
exports.ids = [381];
exports.modules = {

/***/ 9381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createCheckReport: () => (/* binding */ createCheckReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1998);



/**
 * `cml check create`: the Markdown file becomes a check run's summary on the triggering commit
 * (GitHub; CML names the check after its title) or a commit status (GitLab).
 */
async function createCheckReport(session, options) {
    let report;
    try {
        report = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(options.markdownFile, 'utf8');
    }
    catch (error) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__.ConfigurationError(`Cannot read the report ${options.markdownFile}: ${(0,_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
    const sha = options.commitSha ||
        session.context.sha ||
        (await (0,_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['rev-parse', 'HEAD'], options.cwd ?? process.cwd()));
    const title = options.title ?? 'CML Report';
    const forge = await session.forge();
    const check = await forge.createCheck({
        name: title,
        sha,
        conclusion: options.conclusion ?? 'success',
        status: options.status ?? 'completed',
        title,
        summary: report,
    });
    return check.url;
}


/***/ }),

/***/ 1998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git),
/* harmony export */   d: () => (/* binding */ gitMaybe)
/* harmony export */ });
/* harmony import */ var _git_run_git__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6148);

/**
 * Runs git and returns its trimmed stdout; a failure throws with git's own message, with any
 * token removed (remote URLs may carry one).
 */
async function git(args, cwd, options = {}) {
    const result = await (0,_git_run_git__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .E)(args, cwd, options.env);
    if (result.code !== 0) {
        let message = `git ${args[0]} failed: ${result.stderr.trim() || `exit code ${result.code}`}`;
        for (const secret of options.secrets ?? [])
            if (secret)
                message = message.split(secret).join('***');
        throw new Error(message);
    }
    return result.stdout.toString('utf8').trim();
}
/** Like git() but answers undefined instead of throwing (for probes such as config --get). */
async function gitMaybe(args, cwd, env) {
    const result = await (0,_git_run_git__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .E)(args, cwd, env);
    return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
}


/***/ })

};
;