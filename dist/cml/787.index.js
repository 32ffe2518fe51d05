"use strict";
exports.id = 787;
exports.ids = [787];
exports.modules = {

/***/ 9787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommentCommand: () => (/* binding */ runCommentCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platforms__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9163);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_logger__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1227);
/* harmony import */ var _forge_token__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3522);
/* harmony import */ var _forge_registry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4045);
/* harmony import */ var _forge_locate__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1689);
/* harmony import */ var _git_run_git__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6148);
/* harmony import */ var _report_run_report__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4503);









/**
 * `cml comment create|update <file>` and `cml send-comment`. In CI (or with --driver and --repo)
 * it posts to the forge; otherwise it writes the rendered report and its images to --output.
 * Prints the comment URL (or the report path), as CML prints the URL.
 */
async function runCommentCommand(argv, command) {
    // Progress goes to stderr so stdout carries only the URL (or path), as with CML:
    // `url=$(cml comment create report.md)`. The runner reads workflow commands there too.
    const logger = process.env.GITHUB_ACTIONS === 'true'
        ? new _core_logger__WEBPACK_IMPORTED_MODULE_3__/* .ActionsLogger */ .G4(process.stderr)
        : new _core_logger__WEBPACK_IMPORTED_MODULE_3__/* .ConsoleLogger */ .Cr(process.stderr, process.stderr);
    if (argv['rm-watermark'] && (argv.update || command === 'update' || argv.section)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError('--rm-watermark cannot be combined with --update or --section: watermarks are mandatory for updatable comments.');
    }
    // CML's watermarkTitle option `conflicts: ['rmWatermark']` (bin/cml/comment/create.js): a
    // title for a marker that is not written is a mistake, refused with yargs' words.
    if (argv['rm-watermark'] && argv['watermark-title']) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError('Arguments watermark-title and rm-watermark are mutually exclusive');
    }
    const detected = (0,_platforms__WEBPACK_IMPORTED_MODULE_1__/* .readContext */ .yI)();
    const useForge = detected.platform !== 'local' || argv.driver !== undefined;
    const context = useForge && detected.platform === 'local' ? await localForgeContext(argv) : detected;
    const cwd = process.cwd();
    // A token outside CI means a comment was wanted: when neither --driver nor the repository's
    // host (--repo, else the origin remote; src/cli/comment-compat.ts) names the forge, the report
    // is still written locally, then the command fails, as CML does (src/cml.js: inferDriver finds
    // nothing for an unknown host and getDriver() throws 'driver not set'; with no origin remote,
    // gitRemoteUrl() fails). Only with no token anywhere is the local report a success
    // (docs/migration.md).
    const forgeWanted = !useForge && (0,_forge_token__WEBPACK_IMPORTED_MODULE_4__/* .haveForgeToken */ .J)(argv.token, process.env);
    if (!useForge && !forgeWanted && argv.repo) {
        logger.warning(`Outside CI, --repo and --token need --driver ${_forge_registry__WEBPACK_IMPORTED_MODULE_5__/* .FORGE_KINDS */ .Ij.join('|')} (or a repository URL on ${_forge_registry__WEBPACK_IMPORTED_MODULE_5__/* .FORGE_KINDS */ .Ij.map((k) => (0,_forge_registry__WEBPACK_IMPORTED_MODULE_5__/* .forgeInfo */ .QF)(k).publicHosts[0]).join(', ')}); writing the report locally.`);
    }
    const token = useForge ? (0,_forge_token__WEBPACK_IMPORTED_MODULE_4__/* .readForgeToken */ .j)(logger, context.forge, argv.token) : undefined;
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
        mode: command === 'update' || argv.update || argv.section ? 'update' : 'create',
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
            ? async () => (await __webpack_require__.e(/* import() */ 251).then(__webpack_require__.bind(__webpack_require__, 8251))).createForge({ context, token, logger })
            : undefined,
    };
    const outputs = await (0,_report_run_report__WEBPACK_IMPORTED_MODULE_8__/* .runReport */ .q)(request);
    if (forgeWanted) {
        throw (await __webpack_require__.e(/* import() */ 251).then(__webpack_require__.bind(__webpack_require__, 8251))).unknownForgeError();
    }
    process.stdout.write(`${outputs['comment-url'] || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, outputs['report-file'])}\n`);
}
/**
 * Repository, API root and commit for a forge run outside a known CI platform (Jenkins, a
 * laptop): --repo (a URL or a slug) on --driver's forge, located as src/forge/locate.ts says.
 */
async function localForgeContext(argv) {
    if (!argv.repo) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError('--repo is required with --driver outside CI (owner/name, group/project or its web URL).');
    }
    const location = (0,_forge_locate__WEBPACK_IMPORTED_MODULE_6__/* .locateRepository */ .Z)({ repo: argv.repo, driver: argv.driver });
    const cwd = process.cwd();
    const info = (0,_forge_registry__WEBPACK_IMPORTED_MODULE_5__/* .forgeInfo */ .QF)(location.forge);
    return {
        platform: 'local',
        ...location,
        projectId: info.projectIdIsPath ? location.repository : undefined,
        sha: argv['commit-sha'] ? await resolveSha(argv['commit-sha'], cwd) : await headSha(cwd),
        workspace: cwd,
    };
}
async function headSha(cwd) {
    const r = await (0,_git_run_git__WEBPACK_IMPORTED_MODULE_7__/* .runGit */ .E)(['rev-parse', 'HEAD'], cwd);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : '';
}
async function resolveSha(rev, cwd) {
    if (/^[0-9a-f]{40}$/i.test(rev))
        return rev;
    const r = await (0,_git_run_git__WEBPACK_IMPORTED_MODULE_7__/* .runGit */ .E)(['rev-parse', '--verify', `${rev}^{commit}`], cwd);
    if (r.code !== 0)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(`--commit-sha '${rev}' is not a commit of this repository.`);
    return r.stdout.toString('utf8').trim();
}


/***/ })

};
;