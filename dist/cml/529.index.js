"use strict";
exports.id = 529;
exports.ids = [529];
exports.modules = {

/***/ 9910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmlCommentArgs: () => (/* binding */ cmlCommentArgs),
/* harmony export */   watchForChanges: () => (/* binding */ watchForChanges)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platforms__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9163);
/* harmony import */ var _forge_token__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3522);
/* harmony import */ var _core_logger__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1227);
/* harmony import */ var _compat_forge_host__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(884);






/**
 * CML's reading of `cml comment` options (bin/cml/comment/create.js, src/commenttarget.js,
 * src/cml.js), applied before the report code sees them:
 * - `--target` kinds are case-insensitive (`PR`, `Commit/abc`), as parseCommentTarget lowercases;
 * - on GitLab, `{workflow}` and `{run}` in --watermark-title are CML's (pipeline and job id);
 * - `--commit-sha X` comments on commit X (CML turns it into `--target commit/X`); with
 *   `--target pr` or `--pr`, which CML refuses, it is the commit whose PR is meant;
 * - outside a known CI platform, the forge is the repository host's (github.com, gitlab.com,
 *   bitbucket.org) when --driver is not given: the repository is --repo, else the origin remote
 *   (only when a token is at hand: without one, the report is written locally, see
 *   docs/migration.md); with --driver and no --repo, the origin remote is the repository.
 */
function cmlCommentArgs(argv, env = process.env, cwd = process.cwd()) {
    const args = { ...argv };
    if (args.target) {
        const [kind, ...rest] = args.target.trim().split('/');
        args.target = [kind.toLowerCase(), ...rest].join('/');
    }
    if (args['commit-sha'] && !args.target && !args.pr)
        args.target = 'commit';
    // CML's GitLab driver: {workflow} is CI_PIPELINE_ID and {run} is CI_JOB_ID (src/drivers/
    // gitlab.js workflowId/runId), so the same title gives the same marker CML wrote.
    if (env.GITLAB_CI === 'true' && args['watermark-title']) {
        args['watermark-title'] = args['watermark-title']
            .replace(/\{workflow\}/g, env.CI_PIPELINE_ID ?? '')
            .replace(/\{run\}/g, env.CI_JOB_ID ?? '');
    }
    if ((0,_platforms__WEBPACK_IMPORTED_MODULE_2__/* .detectPlatform */ .li)(env).name === 'local') {
        const haveToken = (0,_forge_token__WEBPACK_IMPORTED_MODULE_3__/* .haveForgeToken */ .J)(args.token, env);
        if (!args.driver) {
            const repo = args.repo ?? (haveToken ? (0,_compat_forge_host__WEBPACK_IMPORTED_MODULE_5__/* .originWebUrl */ .W)(cwd) : undefined);
            const driver = (0,_compat_forge_host__WEBPACK_IMPORTED_MODULE_5__/* .driverOfHost */ .a)(repo);
            if (driver) {
                args.driver = driver;
                args.repo = repo;
            }
        }
        else if (!args.repo) {
            args.repo = (0,_compat_forge_host__WEBPACK_IMPORTED_MODULE_5__/* .originWebUrl */ .W)(cwd);
        }
    }
    return args;
}
/**
 * Calls `onChange` after each change of `file` (CML's chokidar watch: nothing at start), one
 * call at a time, until SIGINT or SIGTERM. The folder is watched, so a file replaced by rename
 * or created later is seen. A trigger file (CML's hidden --trigger-file) is removed after each
 * post, as CML does, and its removal does not post again.
 */
async function watchForChanges(file, onChange, trigger = false) {
    // stderr: stdout carries only the URLs of the posts, as with CML.
    const logger = process.env.GITHUB_ACTIONS === 'true'
        ? new _core_logger__WEBPACK_IMPORTED_MODULE_4__/* .ActionsLogger */ .G4(process.stderr)
        : new _core_logger__WEBPACK_IMPORTED_MODULE_4__/* .ConsoleLogger */ .Cr(process.stderr, process.stderr);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file);
    logger.info(`Watching ${path} for changes (Ctrl+C to stop).`);
    let timer;
    let running = Promise.resolve();
    await new Promise((done) => {
        const watcher = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.watch)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), (_event, name) => {
            if (name !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path))
                return;
            clearTimeout(timer);
            // Writers often write in several steps: wait until the file is quiet for a moment.
            timer = setTimeout(() => {
                if (trigger && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
                    return;
                running = running.then(async () => {
                    try {
                        await onChange();
                    }
                    catch (error) {
                        logger.warning(`Update failed: ${error.message}`);
                    }
                    if (trigger && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(path);
                });
            }, 300);
        });
        const stop = () => {
            clearTimeout(timer);
            watcher.close();
            void running.then(done);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
}


/***/ })

};
;