"use strict";
exports.id = 457;
exports.ids = [457];
exports.modules = {

/***/ 5457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/logger.ts
var core_logger = __webpack_require__(1227);
// EXTERNAL MODULE: ./src/report/run-report.ts + 15 modules
var run_report = __webpack_require__(4503);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(6148);
;// CONCATENATED MODULE: ./src/demo/data-history.ts





/** The example datasets: HEAD in examples/data/, the base branch's version in examples/data/base/. */
const DEMO_DATASETS = ['train.csv'];
/** Files copied alongside the datasets (the rules and schema the demo checks). */
const DEMO_CONFIG = ['schema.yaml', 'rules.yaml'];
/**
 * The data section compares a base revision with the working tree, both read through git. A
 * fresh clone of this repository has no commit holding the example datasets' base version, so
 * the demo makes one: a throw-away repository whose main branch holds examples/data/base/ and
 * whose working tree holds examples/data/ (the drifted HEAD), under the same paths.
 */
async function exampleDataHistory(examples) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'cml-demo-data-'));
    const remove = () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    const env = {
        ...process.env,
        GIT_AUTHOR_NAME: 'cml demo',
        GIT_AUTHOR_EMAIL: 'demo@cml.invalid',
        GIT_COMMITTER_NAME: 'cml demo',
        GIT_COMMITTER_EMAIL: 'demo@cml.invalid',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
    };
    const git = async (...args) => {
        const r = await (0,run_git/* runGit */.E)(args, dir, env);
        if (r.code !== 0) {
            throw new errors.ConfigurationError(`The demo could not run git ${args[0]}: ${r.stderr.trim()}`);
        }
    };
    try {
        await git('init', '-q', '-b', 'main');
        for (const name of [...DEMO_DATASETS, ...DEMO_CONFIG]) {
            const from = DEMO_DATASETS.includes(name)
                ? (0,external_node_path_.join)(examples, 'data/base', name)
                : (0,external_node_path_.join)(examples, 'data', name);
            (0,external_node_fs_.cpSync)(from, (0,external_node_path_.join)(dir, 'data', name));
        }
        await git('add', '-A');
        await git('commit', '-q', '--no-gpg-sign', '-m', 'base version of the example data');
        for (const name of DEMO_DATASETS)
            (0,external_node_fs_.cpSync)((0,external_node_path_.join)(examples, 'data', name), (0,external_node_path_.join)(dir, 'data', name));
        return { dir, base: 'main', remove };
    }
    catch (error) {
        remove();
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/demo/run-demo.ts






/**
 * `npm run demo` / `cml demo`: the report of the example ML run in examples/ (its Markdown, the
 * metrics table of metrics.json, the data section comparing examples/data/base/ with the drifted
 * examples/data/, the Vega-Lite loss chart rendered to PNG, the confusion-matrix image) written
 * to ./cml-report/ with its images. No forge and no cloud: the local path of the
 * same code that posts comments in CI.
 */
async function runDemo(options = {}) {
    const cwd = (0,external_node_path_.resolve)(options.cwd ?? process.cwd());
    const examples = (0,external_node_path_.join)(cwd, 'examples');
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(examples, 'report.md'))) {
        throw new errors.ConfigurationError(`No examples/report.md in ${cwd}: run the demo from the repository root.`);
    }
    const logger = new core_logger/* ConsoleLogger */.Cr();
    const data = await exampleDataHistory(examples);
    try {
        await writeReport(cwd, data, logger, options.outputDir);
    }
    finally {
        data.remove();
    }
}
async function writeReport(cwd, data, logger, outputDir = 'cml-report') {
    const outputs = await (0,run_report/* runReport */.q)({
        // Always local, even inside CI: the demo never talks to a forge.
        context: {
            platform: 'local',
            repository: '',
            sha: '',
            apiUrl: '',
            serverUrl: '',
            workspace: cwd,
        },
        logger,
        cwd,
        markdownFile: 'examples/report.md',
        metrics: ['examples/metrics.json'],
        plots: ['examples/loss.vl.json'],
        data: {
            targets: DEMO_DATASETS.map((name) => `data/${name}`),
            base: data.base,
            cwd: data.dir,
            schemaFile: 'data/schema.yaml',
            rulesFile: 'data/rules.yaml',
        },
        target: 'auto',
        watermarkTitle: '',
        mode: 'create',
        publish: true,
        outputDir,
        summary: false,
        failOnError: true,
    });
    logger.info(`Open ${outputs['report-file']} to read the example report.`);
}


/***/ })

};
;