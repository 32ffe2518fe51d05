"use strict";
exports.id = 320;
exports.ids = [320];
exports.modules = {

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


/***/ }),

/***/ 6320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommentCommand: () => (/* binding */ runCommentCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_context__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8480);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_logger__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7032);
/* harmony import */ var _core_tokens__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1129);
/* harmony import */ var _git_run_git__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6148);
/* harmony import */ var _run_report__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9967);








/**
 * `cml comment create|update <file>` and `cml send-comment`. In CI (or with --driver and --repo)
 * it posts to the forge; otherwise it writes the rendered report and its images to --output.
 * Prints the comment URL (or the report path), as CML prints the URL.
 */
async function runCommentCommand(argv, command) {
    // Progress goes to stderr so stdout carries only the URL (or path), as with CML:
    // `url=$(cml comment create report.md)`. The runner reads workflow commands there too.
    const logger = process.env.GITHUB_ACTIONS === 'true'
        ? new _core_logger__WEBPACK_IMPORTED_MODULE_4__/* .ActionsLogger */ .G4(process.stderr)
        : new _core_logger__WEBPACK_IMPORTED_MODULE_4__/* .ConsoleLogger */ .Cr(process.stderr, process.stderr);
    if (argv['rm-watermark'] && (argv.update || command === 'update' || argv.section)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__.ConfigurationError('--rm-watermark cannot be combined with --update or --section: watermarks are mandatory for updatable comments.');
    }
    const detected = (0,_core_context__WEBPACK_IMPORTED_MODULE_2__/* .readContext */ .y)();
    const useForge = detected.platform !== 'local' || argv.driver !== undefined;
    const context = useForge && detected.platform === 'local' ? await localForgeContext(argv) : detected;
    const cwd = process.cwd();
    if (!useForge && (argv.repo || argv.token)) {
        logger.warning('Outside CI, --repo and --token need --driver github|gitlab; writing the report locally.');
    }
    const token = useForge
        ? (0,_core_tokens__WEBPACK_IMPORTED_MODULE_5__/* .readToken */ .A)(logger, context.platform === 'local' ? argv.driver : context.platform, argv.token)
        : undefined;
    const request = {
        context,
        logger,
        cwd,
        markdownFile: argv.markdownfile,
        plots: argv.plots ?? [],
        metrics: argv.metrics ?? [],
        target: argv.target ?? (argv.pr ? 'pr' : 'auto'),
        watermarkTitle: argv['watermark-title'] ?? '',
        section: argv.section,
        mode: command === 'update' || argv.update || argv.watch || argv.section ? 'update' : 'create',
        noMarker: argv['rm-watermark'],
        publish: argv.publish !== false,
        publishUrl: argv.native ? undefined : argv['publish-url'],
        outputDir: argv.output ?? 'cml-report',
        // In a GitHub Actions step the report also goes to the job summary, as the action's does,
        // so a refused comment (fork PR, read-only token) loses nothing.
        summary: true,
        // As the report action: a comment the forge refuses (or an image it cannot store) is a
        // warning and exit 0, the report staying on disk and in the summary; --fail-on-error (env
        // CML_COMMENT_FAIL_ON_ERROR) makes it an error.
        failOnError: argv['fail-on-error'] === true,
        sha: useForge && argv['commit-sha'] ? await resolveSha(argv['commit-sha'], cwd) : undefined,
        forge: useForge
            ? async () => (await Promise.all(/* import() */[__webpack_require__.e(767), __webpack_require__.e(479)]).then(__webpack_require__.bind(__webpack_require__, 9929))).createForge({
                context,
                token,
                logger,
                kind: argv.driver ?? undefined,
            })
            : undefined,
    };
    const outputs = await (0,_run_report__WEBPACK_IMPORTED_MODULE_7__/* .runReport */ .q)(request);
    process.stdout.write(`${outputs['comment-url'] || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, outputs['report-file'])}\n`);
    if (argv.watch)
        await watchAndUpdate(request, logger);
}
/** Re-posts (as an update) whenever the file changes, until the process is stopped. */
async function watchAndUpdate(request, logger) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(request.cwd, request.markdownFile ?? '');
    logger.info(`Watching ${file} for changes (Ctrl+C to stop).`);
    let timer;
    let running = Promise.resolve();
    await new Promise((done) => {
        // The folder is watched, not the file: editors and scripts that replace the file (write a
        // temporary, rename it over) leave a watch on the old inode silent.
        const watcher = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.watch)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), (_event, name) => {
            if (name !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file))
                return;
            clearTimeout(timer);
            timer = setTimeout(() => {
                running = running.then(async () => {
                    try {
                        const outputs = await (0,_run_report__WEBPACK_IMPORTED_MODULE_7__/* .runReport */ .q)({ ...request, mode: 'update' });
                        process.stdout.write(`${outputs['comment-url'] || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(request.cwd, outputs['report-file'])}\n`);
                    }
                    catch (error) {
                        logger.warning(`Update failed: ${error.message}`);
                    }
                });
            }, 300);
        });
        const stop = () => {
            clearTimeout(timer);
            watcher.close();
            // An update already under way finishes before the command returns.
            void running.then(done);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
}
/** Repository, API root and commit for a forge run from a developer machine. */
async function localForgeContext(argv) {
    const env = process.env;
    const driver = argv.driver;
    if (!argv.repo) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__.ConfigurationError('--repo is required with --driver outside CI (owner/name, group/project or its web URL).');
    }
    let repository = argv.repo.replace(/\.git$/, '').replace(/\/+$/, '');
    let web;
    if (/^https?:\/\//.test(repository)) {
        const url = new URL(repository);
        web = url.origin;
        repository = url.pathname.replace(/^\/+/, '');
    }
    const serverUrl = web ??
        (driver === 'github'
            ? (env.GITHUB_SERVER_URL ?? 'https://github.com')
            : (env.CI_SERVER_URL ?? 'https://gitlab.com'));
    const apiUrl = env.CML_API_URL ??
        (driver === 'github'
            ? (env.GITHUB_API_URL ??
                (serverUrl === 'https://github.com' ? 'https://api.github.com' : `${serverUrl}/api/v3`))
            : (env.CI_API_V4_URL ?? `${serverUrl}/api/v4`));
    const cwd = process.cwd();
    return {
        platform: 'local',
        repository,
        projectId: driver === 'gitlab' ? repository : undefined,
        sha: argv['commit-sha'] ? await resolveSha(argv['commit-sha'], cwd) : await headSha(cwd),
        apiUrl: apiUrl.replace(/\/$/, ''),
        serverUrl: serverUrl.replace(/\/$/, ''),
        workspace: cwd,
    };
}
async function headSha(cwd) {
    const r = await (0,_git_run_git__WEBPACK_IMPORTED_MODULE_6__/* .runGit */ .E)(['rev-parse', 'HEAD'], cwd);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : '';
}
async function resolveSha(rev, cwd) {
    if (/^[0-9a-f]{40}$/i.test(rev))
        return rev;
    const r = await (0,_git_run_git__WEBPACK_IMPORTED_MODULE_6__/* .runGit */ .E)(['rev-parse', '--verify', `${rev}^{commit}`], cwd);
    if (r.code !== 0)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__.ConfigurationError(`--commit-sha '${rev}' is not a commit of this repository.`);
    return r.stdout.toString('utf8').trim();
}


/***/ })

};
;