"use strict";
exports.id = 675;
exports.ids = [675,654];
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


/***/ }),

/***/ 3675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createPullRequest: () => (/* binding */ createPullRequest)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _git__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1998);
/* harmony import */ var _prepare_repo__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(654);
/* harmony import */ var _forge_registry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4045);






/**
 * `cml pr create`: commits the named paths (git pathspecs, globs as CML's globby reads them)
 * on top of the triggering commit to `<target>-cml-pr-<sha8>`, pushes it and opens a pull or
 * merge request, optionally with auto-merge. The commit is built in a private index, so the
 * user's working tree, index and HEAD stay as they were.
 * Returns what CML prints: the URL (or a Markdown link), or undefined when nothing changed.
 */
async function createPullRequest(session, options) {
    const { context, logger, token } = session;
    const cwd = options.cwd ?? process.cwd();
    const remote = options.remote ?? _prepare_repo__WEBPACK_IMPORTED_MODULE_4__/* .GIT_REMOTE */ .Kx;
    const forge = await session.forge();
    await (0,_prepare_repo__WEBPACK_IMPORTED_MODULE_4__.prepareRepo)({
        cwd,
        context,
        logger,
        token,
        kind: forge.kind,
        userName: options.userName,
        userEmail: options.userEmail,
        remote,
    });
    const secrets = [token];
    const noun = (0,_forge_registry__WEBPACK_IMPORTED_MODULE_5__/* .forgeInfo */ .QF)(forge.kind).pullNoun;
    const render = (url) => (options.md ? `[CML's ${titleCase(noun)}](${url})` : url);
    const sha = context.sha || (await (0,_git__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$)(['rev-parse', 'HEAD'], cwd));
    const short = sha.slice(0, 8);
    const target = options.targetBranch ?? (await currentBranch(session, cwd));
    if (options.targetBranch) {
        const found = await (0,_git__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$)(['ls-remote', '--heads', remote, `refs/heads/${target}`], cwd, {
            secrets,
        });
        if (!found) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(`--target-branch: branch '${target}' does not exist on remote ${remote}.`);
        }
    }
    const source = options.branch ?? `${target}-cml-pr-${short}`;
    const method = options.merge
        ? 'merge'
        : options.rebase
            ? 'rebase'
            : options.squash
                ? 'squash'
                : undefined;
    const existing = await (0,_git__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$)(['ls-remote', '--heads', remote, `refs/heads/${source}`], cwd, {
        secrets,
    });
    if (existing) {
        const open = await forge.findOpenPull(source, target);
        if (open) {
            if (!options.reuse) {
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(`A ${noun} for branch ${source} already exists: ${open.url}. Pass --reuse (or CML_PR_REUSE=true) to print it and carry on, or --branch to use another branch.`);
            }
            logger.warning(`Branch ${source} already exists; reusing its request ${open.url}.`);
            return render(open.url);
        }
        logger.warning(`Branch ${source} already exists without an open request; opening one.`);
    }
    else {
        // Without paths CML proposes the commits the job already made (HEAD) as they are.
        const commit = options.paths.length
            ? await commitPaths({ cwd, sha, remote, options, short, secrets, logger })
            : await headCommit(cwd, sha, logger);
        if (commit === undefined)
            return undefined;
        await (0,_git__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$)(['push', remote, `${commit}:refs/heads/${source}`], cwd, { secrets });
        const what = options.paths.length ? options.paths.join(' ') : 'HEAD';
        logger.info(`Pushed ${what} to ${source} (${commit.slice(0, 8)}).`);
    }
    const pull = await forge.createPull({
        head: source,
        base: target,
        title: options.title || `CML PR for ${target} ${short}`,
        body: options.body ||
            `Automated commits for ${context.serverUrl}/${context.repository}/commit/${sha} created by CML.`,
    });
    if (method)
        await forge.enableAutoMerge(pull, method);
    return render(pull.url);
}
/** The branch the new request targets: the PR/MR head in CI, else the checked-out branch. */
async function currentBranch(session, cwd) {
    if (session.context.ref)
        return session.context.ref;
    const branch = await (0,_git__WEBPACK_IMPORTED_MODULE_3__/* .gitMaybe */ .d)(['symbolic-ref', '--short', 'HEAD'], cwd);
    if (!branch) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError('Cannot tell the target branch (detached HEAD outside CI): pass --target-branch.');
    }
    return branch;
}
/** HEAD, when it holds commits the triggering commit does not; else undefined after a warning. */
async function headCommit(cwd, sha, logger) {
    const head = await (0,_git__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$)(['rev-parse', 'HEAD'], cwd);
    const ahead = await (0,_git__WEBPACK_IMPORTED_MODULE_3__/* .gitMaybe */ .d)(['rev-list', '--count', `${sha}..${head}`], cwd);
    if (head === sha || ahead === '0') {
        logger.warning('No paths given and HEAD has no commits beyond the triggering commit. Nothing to do.');
        return undefined;
    }
    return head;
}
/**
 * Builds the commit in a private index: the triggering commit's tree plus the matching working
 * tree files. Answers undefined (after CML's warning) when none of them changed.
 */
async function commitPaths(args) {
    const { cwd, sha, remote, options, secrets } = args;
    if ((await (0,_git__WEBPACK_IMPORTED_MODULE_3__/* .gitMaybe */ .d)(['cat-file', '-e', `${sha}^{commit}`], cwd)) === undefined) {
        await (0,_git__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$)(['fetch', remote, sha], cwd, { secrets });
    }
    const gitDir = await (0,_git__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$)(['rev-parse', '--absolute-git-dir'], cwd);
    const index = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitDir, `cml-pr-index-${process.pid}`);
    const env = { ...process.env, GIT_INDEX_FILE: index };
    // Globs behave as in CML (globby): `**/*.json` also matches top-level files.
    const pathspecs = options.paths.map((p) => p.startsWith(':') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) ? p : `:(glob)${p}`);
    try {
        await (0,_git__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$)(['read-tree', sha], cwd, { env });
        const added = await (0,_git__WEBPACK_IMPORTED_MODULE_3__/* .gitMaybe */ .d)(['add', '--', ...pathspecs], cwd, env);
        if (added === undefined) {
            // Re-run to surface git's reason (an ignored file, a path outside the repository).
            await (0,_git__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$)(['add', '--', ...pathspecs], cwd, { env }).catch((error) => {
                if (/did not match any files/.test(error.message))
                    return '';
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(`Cannot stage ${options.paths.join(' ')}: ${error.message}`);
            });
        }
        const changed = await (0,_git__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$)(['diff-index', '--cached', '--name-only', sha], cwd, { env });
        if (!changed) {
            args.logger.warning(`Input files are not affected (${options.paths.join(' ')}). Nothing to do.`);
            return undefined;
        }
        const tree = await (0,_git__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$)(['write-tree'], cwd, { env });
        let message = options.message || `CML PR for ${args.short}`;
        if (options.skipCi ||
            (!options.message && !(options.merge || options.rebase || options.squash))) {
            message += ' [skip ci]';
        }
        return await (0,_git__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$)(['commit-tree', tree, '-p', sha, '-m', message], cwd);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(index, { force: true });
    }
}
/** "merge request" \u2192 "Merge Request", as CML's --md link reads. */
const titleCase = (words) => words.replace(/\b\w/g, (c) => c.toUpperCase());


/***/ })

};
;