"use strict";
exports.id = 654;
exports.ids = [654];
exports.modules = {

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


/***/ }),

/***/ 654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ GIT_REMOTE),
/* harmony export */   prepareRepo: () => (/* binding */ prepareRepo)
/* harmony export */ });
/* unused harmony exports GIT_USER_NAME, GIT_USER_EMAIL */
/* harmony import */ var _forge_registry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4045);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1998);



/** CML's commit identity defaults, kept so existing pipelines produce the same commits. */
const GIT_USER_NAME = 'Olivaw[bot]';
const GIT_USER_EMAIL = 'olivaw@iterative.ai';
const GIT_REMOTE = 'origin';
/**
 * `cml repo prepare` / `cml ci`: makes a CI checkout ready to commit and push as CML does:
 * the commit identity, the remote rewritten to carry the token (so a push with a personal
 * token triggers workflows, which GITHUB_TOKEN pushes do not), actions/checkout's persisted
 * Authorization header removed (it would win over the token), and an optional deeper fetch.
 */
async function prepareRepo(options) {
    const { cwd, logger } = options;
    const remote = options.remote ?? GIT_REMOTE;
    if ((await (0,_git__WEBPACK_IMPORTED_MODULE_2__/* .gitMaybe */ .d)(['rev-parse', '--git-dir'], cwd)) === undefined) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__.ConfigurationError(`${cwd} is not a git repository: run cml inside the checkout.`);
    }
    await (0,_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['config', '--local', 'user.name', options.userName ?? GIT_USER_NAME], cwd);
    await (0,_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['config', '--local', 'user.email', options.userEmail ?? GIT_USER_EMAIL], cwd);
    if (options.token)
        await useTokenRemote(options, remote);
    const depth = options.fetchDepth ?? (options.unshallow ? 0 : undefined);
    if (depth === undefined)
        return '';
    const secrets = [options.token];
    if (depth <= 0) {
        const shallow = await (0,_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['rev-parse', '--is-shallow-repository'], cwd);
        if (shallow !== 'true') {
            logger.info('The repository is already complete; nothing to unshallow.');
            return '';
        }
        return (0,_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['fetch', '--all', '--tags', '--unshallow'], cwd, { secrets });
    }
    return (0,_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['fetch', '--all', '--tags', '--depth', String(depth)], cwd, { secrets });
}
/**
 * Puts the token into the remote's URL when the remote is this forge over HTTPS. Remotes that
 * are local paths, SSH or another host are left alone: the token is meaningless (or a leak) there.
 */
async function useTokenRemote(options, remote) {
    const { cwd, context, logger, token } = options;
    if (!token)
        return;
    const current = await (0,_git__WEBPACK_IMPORTED_MODULE_2__/* .gitMaybe */ .d)(['remote', 'get-url', remote], cwd);
    if (current === undefined) {
        logger.debug(`No remote named ${remote}; the token remote is not set.`);
        return;
    }
    let url;
    try {
        url = new URL(current);
    }
    catch {
        logger.debug(`Remote ${remote} is not an HTTP(S) URL; left unchanged.`);
        return;
    }
    const server = context.serverUrl ? new URL(context.serverUrl) : undefined;
    if (!/^https?:$/.test(url.protocol) || (server && server.host !== url.host)) {
        logger.debug(`Remote ${remote} is not on ${context.serverUrl}; left unchanged.`);
        return;
    }
    // actions/checkout persists GITHUB_TOKEN as an extra header for the server URL.
    await (0,_git__WEBPACK_IMPORTED_MODULE_2__/* .gitMaybe */ .d)(['config', '--local', '--unset-all', `http.${url.origin}/.extraheader`], cwd);
    const credentials = (0,_forge_registry__WEBPACK_IMPORTED_MODULE_0__/* .forgeInfo */ .QF)(options.kind ?? context.forge ?? 'github').gitCredentials(token);
    url.username = credentials.username;
    url.password = credentials.password;
    if (!url.pathname.endsWith('.git'))
        url.pathname += '.git';
    await (0,_git__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['remote', 'set-url', remote, url.toString()], cwd, {
        secrets: [token, credentials.password],
    });
    logger.info(`Remote ${remote} now pushes with the token.`);
}


/***/ })

};
;