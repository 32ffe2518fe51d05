"use strict";
exports.id = 779;
exports.ids = [779,556,641,163];
exports.modules = {

/***/ 5641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dataCommand: () => (/* binding */ dataCommand)
/* harmony export */ });
/* harmony import */ var _revisions_as_text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6129);
/* harmony import */ var _git_object_session__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5068);


const strings = (v) => (Array.isArray(v) ? v.map(String) : []);
/** Options shared by `cml data diff` and `cml data validate`, spelled as metrics diff's. */
function ruleOptions() {
    return {
        rule: {
            type: 'array',
            string: true,
            default: [],
            description: "Data rule, e.g. 'missing(age) <= 1%', 'rows may not drop by more than 5%', 'psi(income) < 0.2', 'schema may not change', 'range(price) within 0..10000' (repeatable). A failed rule exits 1.",
        },
        'rules-file': { type: 'string', description: 'YAML file with a rules: list of data rules.' },
        schema: {
            type: 'string',
            description: 'YAML schema file: columns with type, nullable, min, max, allowed.',
        },
        md: { type: 'boolean', default: false, description: 'Print the Markdown report section.' },
        json: { type: 'boolean', default: false, description: 'Print the JSON document.' },
        // Also read from CML_DATA_ENGINE (this command's CML_DATA_ prefix), which the action reads too.
        engine: {
            type: 'string',
            choices: ['auto', 'js', 'duckdb'],
            description: 'Profiling engine: auto (JavaScript for CSV/TSV files up to 512 KB, else DuckDB), or force js / duckdb.',
        },
        // DuckDB's threads and memory limit (CML_DATA_THREADS, CML_DATA_MEMORY, read by the engine):
        // declared so that yargs, which reads every CML_DATA_ variable as an option, accepts them.
        threads: { type: 'string', hidden: true, description: 'DuckDB threads (default 2).' },
        memory: { type: 'string', hidden: true, description: 'DuckDB memory limit (default 512MB).' },
    };
}
/** The engine option reaches the data code through its variable, as the action's does. */
function useEngine(argv) {
    if (typeof argv.engine === 'string')
        process.env.CML_DATA_ENGINE = argv.engine;
    if (typeof argv.threads === 'string')
        process.env.CML_DATA_THREADS = argv.threads;
    if (typeof argv.memory === 'string')
        process.env.CML_DATA_MEMORY = argv.memory;
}
const dataCommand = {
    command: 'data',
    describe: 'Profile datasets and compare them between revisions: cml data diff|validate',
    builder: (yargs) => yargs
        .command({
        command: 'diff [a_rev] [b_rev]',
        describe: 'Schema, missing rates and drift of datasets between revisions (a_rev: base, default HEAD; b_rev: default the working tree)',
        builder: (y) => (0,_revisions_as_text__WEBPACK_IMPORTED_MODULE_1__/* .revisionsAsText */ .k)(y)
            .env('CML_DATA')
            .options({
            targets: {
                type: 'array',
                string: true,
                default: [],
                description: 'Datasets (CSV, TSV, JSON Lines, Parquet; gzip; files, globs, folders). Default: those in dvc.yaml deps/outs and .dvc files.',
            },
            all: { type: 'boolean', default: false, description: 'Show unchanged columns too.' },
            charts: { type: 'string', description: 'Folder for histograms of drifted columns.' },
            ...ruleOptions(),
        }),
        handler: async (argv) => {
            useEngine(argv);
            // git looks up the base revision while the data code loads (and yargs finishes); the
            // answer waits in the session for ensureRevision (src/data/cli.ts).
            const objects = new _git_object_session__WEBPACK_IMPORTED_MODULE_0__/* .GitObjectSession */ .a(process.cwd());
            const base = argv.a_rev ?? 'HEAD';
            if (typeof base === 'string')
                void objects.hasCommit(base);
            const { runDataCli } = await Promise.all(/* import() */[__webpack_require__.e(712), __webpack_require__.e(697), __webpack_require__.e(831)]).then(__webpack_require__.bind(__webpack_require__, 5359));
            await runDataCli({
                mode: 'diff',
                baseRev: argv.a_rev,
                headRev: argv.b_rev,
                targets: strings(argv.targets)
                    .flatMap((t) => t.split(','))
                    .filter(Boolean),
                all: argv.all === true,
                chartsDir: argv.charts,
                rules: strings(argv.rule),
                rulesFile: argv['rules-file'],
                schemaFile: argv.schema,
                md: argv.md === true,
                json: argv.json === true,
            }, objects);
        },
    })
        .command({
        command: 'validate [targets..]',
        describe: 'Profile datasets in the working tree and check a schema and rules',
        builder: (y) => y
            .env('CML_DATA')
            .positional('targets', {
            type: 'string',
            array: true,
            description: 'Datasets (default: from dvc.yaml and .dvc files).',
        })
            .options(ruleOptions()),
        handler: async (argv) => {
            useEngine(argv);
            const { runDataCli } = await Promise.all(/* import() */[__webpack_require__.e(712), __webpack_require__.e(697), __webpack_require__.e(831)]).then(__webpack_require__.bind(__webpack_require__, 5359));
            await runDataCli({
                mode: 'validate',
                targets: strings(argv.targets),
                all: true,
                rules: strings(argv.rule),
                rulesFile: argv['rules-file'],
                schemaFile: argv.schema,
                md: argv.md === true,
                json: argv.json === true,
            });
        },
    })
        .demandCommand(1, 'Name a subcommand: cml data diff [a_rev] [b_rev] | cml data validate [targets..]'),
    handler: () => undefined,
};


/***/ }),

/***/ 3779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMANDS: () => (/* binding */ COMMANDS),
  LEGACY_BINARIES: () => (/* reexport */ legacy_binaries/* LEGACY_BINARIES */.M)
});

;// CONCATENATED MODULE: ./src/cli/commands/demo.ts
/** `cml demo`: the README's first command; builds the example project's report locally. */
const demoCommand = {
    command: 'demo',
    describe: 'Write the example project report locally (no forge, no cloud)',
    handler: async () => {
        const { runDemo } = await Promise.all(/* import() */[__webpack_require__.e(461), __webpack_require__.e(503), __webpack_require__.e(457)]).then(__webpack_require__.bind(__webpack_require__, 5457));
        await runDemo();
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/plot.ts
/**
 * `cml plot [targets..]`: renders Vega-Lite/Vega specs, data files (with DVC's templates) and
 * dvc.yaml plots to images in one process; prints their paths, or Markdown with --md.
 */
const plotCommand = {
    command: 'plot [targets..]',
    describe: 'Render plots (Vega-Lite/Vega specs, CSV/TSV/JSON/YAML data, dvc.yaml plots) to PNG',
    builder: (yargs) => yargs
        .positional('targets', {
        type: 'string',
        array: true,
        default: [],
        describe: 'Spec files, data files or dvc.yaml plot ids (default: every dvc.yaml plot)',
    })
        .option('template', {
        alias: 't',
        type: 'string',
        describe: 'linear, simple, scatter, scatter_jitter, smooth, bar, bar_horizontal, bar_horizontal_sorted, confusion, confusion_normalized',
    })
        .option('x', { type: 'string', describe: 'Field for the x axis' })
        .option('y', {
        type: 'string',
        describe: 'Field(s) for the y axis: repeat -y or separate with commas',
    })
        .option('title', { type: 'string', describe: 'Plot title' })
        .option('x-label', { type: 'string', describe: 'x axis title' })
        .option('y-label', { type: 'string', describe: 'y axis title' })
        .option('out', {
        alias: 'o',
        type: 'string',
        default: 'plots',
        describe: 'Folder the images are written to',
    })
        .option('format', {
        choices: ['png', 'svg'],
        default: 'png',
        describe: 'Image format',
    })
        .option('scale', {
        alias: 's',
        type: 'string',
        default: '1',
        describe: 'Resolution scale factor',
    })
        .option('allow-host', {
        type: 'string',
        array: true,
        describe: 'Host specs may load data or images from (repeatable; also CML_PLOTS_ALLOWED_HOSTS). Default: none',
    })
        .option('base', {
        type: 'string',
        describe: 'Overlay the same plots at this git revision, coloured by revision',
    })
        .option('md', {
        type: 'boolean',
        default: false,
        describe: 'Print Markdown embedding the images',
    })
        .option('dvc-file', {
        type: 'string',
        default: 'dvc.yaml',
        describe: 'DVC pipeline file with plots',
    }),
    handler: async (args) => {
        const { runPlotCommand } = await Promise.all(/* import() */[__webpack_require__.e(712), __webpack_require__.e(815), __webpack_require__.e(77), __webpack_require__.e(279), __webpack_require__.e(597)]).then(__webpack_require__.bind(__webpack_require__, 221));
        const { checkScale } = await __webpack_require__.e(/* import() */ 730).then(__webpack_require__.bind(__webpack_require__, 4730));
        const { hostsFromEnv, splitHosts } = await __webpack_require__.e(/* import() */ 249).then(__webpack_require__.bind(__webpack_require__, 7249));
        await runPlotCommand({
            targets: args.targets ?? [],
            cwd: process.cwd(),
            outDir: args.out,
            format: args.format,
            scale: checkScale(args.scale, '-s/--scale'),
            allowedHosts: [...splitHosts(args['allow-host'] ?? []), ...hostsFromEnv()],
            baseRevision: args.base,
            dvcFile: args['dvc-file'],
            options: {
                template: args.template,
                x: args.x,
                y: yFields(args.y),
                title: args.title,
                x_label: args['x-label'],
                y_label: args['y-label'],
            },
            markdown: args.md,
        });
    },
};
/** `-y a -y b` and `-y a,b` both name two fields; one field stays a string. */
function yFields(y) {
    if (y === undefined)
        return undefined;
    const fields = []
        .concat(y)
        .flatMap((v) => String(v).split(','))
        .map((v) => v.trim())
        .filter(Boolean);
    return fields.length === 1 ? fields[0] : fields;
}

// EXTERNAL MODULE: ./src/cli/commands/vega.ts
var vega = __webpack_require__(556);
// EXTERNAL MODULE: ./src/forge/registry.ts + 11 modules
var registry = __webpack_require__(4045);
;// CONCATENATED MODULE: ./src/cli/commands/comment.ts

function commentOptions(yargs, envPrefix) {
    return yargs
        .env(envPrefix)
        .strict()
        .positional('markdownfile', { type: 'string', describe: 'Markdown file of the report' })
        .options({
        target: {
            type: 'string',
            describe: 'Comment target: auto (this PR/MR, else one whose head is this commit, else the commit), pr, pr/<n>, commit, commit/<sha>, issue/<n>',
        },
        'watermark-title': {
            type: 'string',
            default: '',
            describe: 'Title of the hidden marker; {workflow}, {run} and {job} are replaced',
        },
        publish: {
            type: 'boolean',
            default: true,
            describe: 'Publish local images found in the report (--no-publish leaves them)',
        },
        'publish-url': {
            type: 'string',
            describe: "Asset server with CML's protocol (POST bytes, URL back) instead of the forge",
        },
        // CML 0.20 names it --publish-native (env CML_COMMENT_PUBLISH_NATIVE), alias --native.
        'publish-native': {
            type: 'boolean',
            alias: 'native',
            default: false,
            describe: "Use the forge's own storage for images (the default here; kept for CML scripts)",
        },
        update: {
            type: 'boolean',
            default: false,
            describe: 'Update the last comment with the same watermark instead of adding one',
        },
        watch: {
            type: 'boolean',
            default: false,
            describe: 'Watch the file and update the comment whenever it changes',
        },
        'rm-watermark': {
            type: 'boolean',
            default: false,
            describe: 'Leave the marker out (no updates)',
        },
        'fail-on-error': {
            type: 'boolean',
            default: false,
            describe: 'Exit 1 when the comment or its images cannot be posted (default: warn; the report stays in --output and the job summary)',
        },
        'commit-sha': {
            type: 'string',
            alias: 'head-sha',
            // As CML's parseCommentTarget: --commit-sha X is --target commit/X (src/commenttarget.js).
            // With --target or --pr (CML refuses those pairs) it names the commit they look up.
            describe: 'Comment on this commit (same as --target commit/<sha>; a ref is resolved); with --target pr, the PR whose head it is',
        },
        pr: {
            type: 'boolean',
            default: false,
            hidden: true,
            describe: 'Legacy: same as --target=pr',
        },
        section: { type: 'string', describe: 'Name of the section of the comment this job owns' },
        plots: {
            type: 'array',
            string: true,
            default: [],
            describe: 'Plot specs or data files to render and append',
        },
        metrics: {
            type: 'array',
            string: true,
            default: [],
            describe: 'Metric files whose diff table is appended',
        },
        output: {
            type: 'string',
            default: 'cml-report',
            describe: 'Folder for the full report.md and its images (all of it, outside CI)',
        },
        driver: { type: 'string', choices: registry/* FORGE_KINDS */.Ij, describe: 'Forge, when not in CI' },
        repo: {
            type: 'string',
            describe: 'owner/name or project path (or its web URL), when not in CI',
        },
        token: {
            type: 'string',
            // CML 0.19+ names it --driver-token (env CML_DRIVER_TOKEN), --token is the alias.
            alias: 'driver-token',
            describe: `Forge token (default: REPO_TOKEN, ${registry/* FORGE_KINDS */.Ij.flatMap((k) => (0,registry/* forgeInfo */.QF)(k).tokenVariables).join(', ')})`,
        },
        'trigger-file': { type: 'string', hidden: true },
    });
}
function handlerFor(mode) {
    return async (argv) => {
        // Loaded here, not at the top, so `cml --version` and other commands stay fast.
        const { runCommentCommand } = await Promise.all(/* import() */[__webpack_require__.e(461), __webpack_require__.e(503), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 9787));
        const { cmlCommentArgs, watchForChanges } = await __webpack_require__.e(/* import() */ 529).then(__webpack_require__.bind(__webpack_require__, 9910));
        const args = cmlCommentArgs(argv);
        if (!args.watch)
            return runCommentCommand(args, mode);
        // As CML's --watch: nothing is posted until the file first changes; then each change
        // posts (the first as a new comment unless --update, the next ones as updates).
        let first = true;
        const trigger = args['trigger-file'];
        await watchForChanges(trigger ?? args.markdownfile, async () => {
            await runCommentCommand({ ...args, watch: false, update: args.update || !first }, mode);
            first = false;
        }, trigger !== undefined);
    };
}
const createCommand = {
    command: 'create <markdownfile>',
    describe: 'Post a Markdown report as a comment (sticky with --update)',
    builder: (y) => commentOptions(y, 'CML_COMMENT'),
    handler: handlerFor('create'),
};
const updateCommand = {
    command: 'update <markdownfile>',
    describe: 'Update the last report comment with the same watermark (or post one)',
    builder: (y) => commentOptions(y, 'CML_COMMENT'),
    handler: handlerFor('update'),
};
/** `cml comment create|update <file>`. */
const commentCommand = {
    command: 'comment <command>',
    describe: 'Post or update a report comment on a pull/merge request, commit or issue',
    builder: (y) => y.command(createCommand).command(updateCommand).demandCommand(1),
    handler: () => undefined,
};
/** CML's legacy `cml send-comment <file>` (also the `cml-send-comment` binary). */
const sendCommentCommand = {
    command: 'send-comment <markdownfile>',
    describe: 'Legacy form of comment create',
    builder: (y) => commentOptions(y, 'CML_COMMENT'),
    handler: handlerFor('create'),
};

// EXTERNAL MODULE: ./src/compat/session.ts
var session = __webpack_require__(9922);
;// CONCATENATED MODULE: ./src/cli/commands/pr.ts

/** CML's `pr create` options (bin/cml/pr/create.js), names and defaults unchanged. */
const PR_OPTIONS = {
    ...session/* FORGE_OPTIONS */.d,
    md: { type: 'boolean', description: 'Output in markdown format [](url)' },
    'skip-ci': { type: 'boolean', description: 'Force skip CI for the created commit (if any)' },
    merge: {
        type: 'boolean',
        alias: 'auto-merge',
        conflicts: ['rebase', 'squash'],
        description: 'Try to merge the pull request upon creation',
    },
    rebase: {
        type: 'boolean',
        conflicts: ['merge', 'squash'],
        description: 'Try to rebase-merge the pull request upon creation',
    },
    squash: {
        type: 'boolean',
        conflicts: ['merge', 'rebase'],
        description: 'Try to squash-merge the pull request upon creation',
    },
    branch: { type: 'string', description: 'Pull request branch name' },
    'target-branch': { type: 'string', description: 'Pull request target branch name' },
    title: { type: 'string', description: 'Pull request title' },
    body: { type: 'string', description: 'Pull request description' },
    message: { type: 'string', description: 'Commit message' },
    remote: { type: 'string', default: 'origin', description: 'Git remote' },
    'user-email': { type: 'string', default: 'olivaw@iterative.ai', description: 'Git user email' },
    'user-name': { type: 'string', default: 'Olivaw[bot]', description: 'Git user name' },
    reuse: {
        type: 'boolean',
        default: false,
        description: 'When the branch already has an open pull request, print its URL and succeed instead of failing',
    },
};
async function handler(argv) {
    const { openSession } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9922));
    const { createPullRequest } = await __webpack_require__.e(/* import() */ 675).then(__webpack_require__.bind(__webpack_require__, 3675));
    const session = openSession(argv);
    const output = await createPullRequest(session, {
        paths: (argv.paths ?? []).map(String),
        md: argv.md,
        skipCi: argv['skip-ci'],
        merge: argv.merge,
        rebase: argv.rebase,
        squash: argv.squash,
        branch: argv.branch,
        targetBranch: argv['target-branch'],
        title: argv.title,
        body: argv.body,
        message: argv.message,
        remote: argv.remote,
        userEmail: argv['user-email'],
        userName: argv['user-name'],
        reuse: argv.reuse,
    });
    if (output)
        process.stdout.write(output + '\n');
}
const withOptions = (yargs) => yargs.env('CML_PR').options(PR_OPTIONS).positional('paths', {
    type: 'string',
    array: true,
    describe: 'Files to commit (git pathspecs or globs)',
});
/** `cml pr create <path...>`, plus CML's older `cml pr <path...>` form. */
const prCommand = {
    command: 'pr',
    describe: 'Commit files and open a pull/merge request (pr create)',
    builder: (yargs) => yargs
        .command({
        command: 'create [paths..]',
        describe: 'Create a pull request (committing any given paths first)',
        builder: withOptions,
        handler,
    })
        .command({
        command: '$0 <paths..>',
        describe: false,
        builder: withOptions,
        handler,
    }),
    handler: () => undefined,
};

;// CONCATENATED MODULE: ./src/cli/commands/check.ts

/** CML's `check create` options (bin/cml/check/create.js). */
const CHECK_OPTIONS = {
    ...session/* FORGE_OPTIONS */.d,
    token: {
        type: 'string',
        alias: 'driver-token',
        description: "GITHUB_TOKEN or Github App token. Personal access token won't work",
    },
    'commit-sha': {
        type: 'string',
        alias: 'head-sha',
        description: 'Commit SHA linked to this comment. Defaults to HEAD.',
    },
    conclusion: {
        type: 'string',
        choices: ['success', 'failure', 'neutral', 'cancelled', 'skipped', 'timed_out'],
        default: 'success',
        description: 'Sets the conclusion status of the check.',
    },
    status: {
        type: 'string',
        choices: ['queued', 'in_progress', 'completed'],
        default: 'completed',
        description: 'Sets the status of the check.',
    },
    title: { type: 'string', default: 'CML Report', description: 'Sets title of the check.' },
};
async function check_handler(argv) {
    const { openSession } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9922));
    const { createCheckReport } = await __webpack_require__.e(/* import() */ 381).then(__webpack_require__.bind(__webpack_require__, 9381));
    const session = openSession(argv);
    const url = await createCheckReport(session, {
        markdownFile: String(argv.markdownfile),
        title: argv.title,
        conclusion: argv.conclusion,
        status: argv.status,
        commitSha: argv['commit-sha'],
    });
    if (url)
        process.stdout.write(url + '\n');
}
const check_withOptions = (yargs) => yargs.env('CML_CHECK').options(CHECK_OPTIONS);
const checkCommand = {
    command: 'check',
    describe: 'Create a GitHub check run from a report (check create)',
    builder: (yargs) => yargs
        .command({
        command: 'create <markdownfile>',
        describe: 'Create a check report',
        builder: check_withOptions,
        handler: check_handler,
    })
        .demandCommand(1, 'Name a subcommand: cml check create <markdown file>'),
    handler: () => undefined,
};
/** CML's deprecated `cml send-github-check <markdown file>`. */
const sendGithubCheckCommand = {
    command: 'send-github-check <markdownfile>',
    describe: 'Legacy form of check create',
    builder: check_withOptions,
    handler: check_handler,
};

;// CONCATENATED MODULE: ./src/cli/commands/asset.ts

/** CML's `asset publish` options (bin/cml/asset/publish.js); `cml publish` shares them. */
const PUBLISH_OPTIONS = {
    ...session/* FORGE_OPTIONS */.d,
    url: {
        type: 'string',
        alias: 'publish-url',
        description: "Self-hosted asset server: POST the bytes, the answer's body is the URL",
    },
    md: { type: 'boolean', description: 'Output in markdown format [title || name](url)' },
    title: {
        type: 'string',
        alias: 't',
        description: 'Markdown title [title](url) or ![](url title)',
    },
    native: {
        type: 'boolean',
        description: "Uses driver's native capabilities to upload assets (GitLab uploads; on GitHub the assets branch, as without it)",
    },
    'gitlab-uploads': { type: 'boolean', hidden: true },
    'rm-watermark': {
        type: 'boolean',
        description: 'Avoid CML watermark (accepted; nothing adds one)',
    },
    'mime-type': {
        type: 'string',
        description: 'MIME type',
        defaultDescription: 'infer from the file contents',
    },
    file: {
        type: 'string',
        alias: 'f',
        description: 'Append the output to the given file or create it if does not exist',
    },
};
async function publishHandler(argv) {
    const { openSession } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9922));
    const { publishAsset, nameStdinAsset } = await __webpack_require__.e(/* import() */ 868).then(__webpack_require__.bind(__webpack_require__, 8868));
    const { readStandardInput } = await __webpack_require__.e(/* import() */ 696).then(__webpack_require__.bind(__webpack_require__, 4696));
    // No file (or `-`): the bytes come on standard input, as in CML's documented pipe
    // `vl2png plot.json | cml-publish --md >> report.md` (CML up to 0.15.1 read it; 0.15.2
    // dropped it, iterative/cml#983, and since then refuses the pipe).
    // yargs hands `-` over as an empty string.
    const fromStdin = argv.asset === undefined || argv.asset === '-' || argv.asset === '';
    const piped = fromStdin ? nameStdinAsset(await readStandardInput()) : undefined;
    const session = openSession(argv);
    const output = await publishAsset(session, {
        asset: piped ? piped.name : String(argv.asset),
        bytes: piped ? await readStandardInput() : undefined,
        md: argv.md,
        title: argv.title,
        native: Boolean(argv.native || argv['gitlab-uploads']),
        gitlabUploads: argv['gitlab-uploads'],
        url: argv.url,
        mimeType: argv['mime-type'] ?? piped?.mime,
        file: argv.file,
        rmWatermark: argv['rm-watermark'],
    });
    if (output)
        process.stdout.write(output + '\n');
}
/** The positional of `asset publish` / `publish`: a file, or standard input when omitted. */
const ASSET_POSITIONAL = {
    type: 'string',
    describe: 'File to publish (standard input when omitted or -)',
};
const assetCommand = {
    command: 'asset',
    describe: 'Publish a file and print its URL (asset publish)',
    builder: (yargs) => yargs
        .command({
        command: 'publish [asset]',
        describe: 'Publish an asset',
        builder: (y) => y.env('CML_ASSET').positional('asset', ASSET_POSITIONAL).options(PUBLISH_OPTIONS),
        handler: publishHandler,
    })
        .demandCommand(1, 'Name a subcommand: cml asset publish <file>'),
    handler: () => undefined,
};

;// CONCATENATED MODULE: ./src/cli/commands/publish.ts

/**
 * CML's legacy `cml publish <asset>` (and `cml-publish`): asset publish's options and env prefix
 * CML_ASSET, as in CML; the old CML_PUBLISH_* names are mapped onto it (src/cli/legacy-env.ts).
 */
const publishCommand = {
    command: 'publish [asset]',
    describe: 'Legacy form of asset publish',
    builder: (yargs) => yargs.env('CML_ASSET').positional('asset', ASSET_POSITIONAL).options(PUBLISH_OPTIONS),
    handler: publishHandler,
};

;// CONCATENATED MODULE: ./src/cli/commands/repo.ts

/** CML's `repo prepare` options (bin/cml/repo/prepare.js). */
const PREPARE_OPTIONS = {
    ...session/* FORGE_OPTIONS */.d,
    'fetch-depth': {
        type: 'number',
        description: 'Number of commits to fetch (use `0` for all branches & tags)',
    },
    unshallow: {
        type: 'boolean',
        description: 'Fetch as much as possible, converting a shallow repository to a complete one',
    },
    'user-email': { type: 'string', default: 'olivaw@iterative.ai', description: 'Git user email' },
    'user-name': { type: 'string', default: 'Olivaw[bot]', description: 'Git user name' },
    remote: {
        type: 'string',
        default: 'origin',
        description: 'Git remote to push to with the token',
    },
};
/** Shared by `cml repo prepare` and `cml ci`. */
async function prepareHandler(argv) {
    const { openSession } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9922));
    const { prepareRepo } = await __webpack_require__.e(/* import() */ 654).then(__webpack_require__.bind(__webpack_require__, 654));
    const session = openSession(argv);
    const depth = argv['fetch-depth'];
    if (depth !== undefined && (typeof depth !== 'number' || !Number.isInteger(depth))) {
        const { ConfigurationError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4296));
        throw new ConfigurationError(`--fetch-depth must be a whole number, got '${String(depth)}'.`);
    }
    const output = await prepareRepo({
        cwd: process.cwd(),
        context: session.context,
        logger: session.logger,
        token: session.token,
        kind: session.context.forge,
        userName: argv['user-name'],
        userEmail: argv['user-email'],
        remote: argv.remote,
        fetchDepth: depth,
        unshallow: argv.unshallow,
    });
    if (output)
        process.stdout.write(output + '\n');
}
const repoCommand = {
    command: 'repo',
    describe: 'Prepare the checkout: identity, token remote, fetch (repo prepare)',
    builder: (yargs) => yargs
        .command({
        command: 'prepare',
        describe: 'Prepare the cloned repository',
        builder: (y) => y.env('CML_REPO').options(PREPARE_OPTIONS),
        handler: prepareHandler,
    })
        .demandCommand(1, 'Name a subcommand: cml repo prepare'),
    handler: () => undefined,
};


;// CONCATENATED MODULE: ./src/cli/commands/ci.ts

/**
 * CML's `cml ci`: the older name of `cml repo prepare`, sharing its env prefix CML_REPO as in
 * CML; the old CML_CI_* names are mapped onto it (src/cli/legacy-env.ts).
 */
const ciCommand = {
    command: 'ci',
    describe: 'Legacy form of repo prepare',
    builder: (yargs) => yargs.env('CML_REPO').options(PREPARE_OPTIONS),
    handler: prepareHandler,
};

;// CONCATENATED MODULE: ./src/cli/commands/workflow.ts

const RERUN_OPTIONS = {
    ...session/* FORGE_OPTIONS */.d,
    id: { type: 'string', description: 'Run identifier to be rerun (default: this run)' },
    // CML's drivers take a jobId too (its runner re-runs the run a job belongs to).
    'job-id': {
        type: 'string',
        description: 'Job identifier: rerun the run (pipeline) this job belongs to, when --id is not given',
    },
};
async function workflow_handler(argv) {
    const { openSession } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9922));
    const { ConfigurationError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4296));
    const session = openSession(argv);
    const jobId = argv['job-id'];
    let id = argv.id;
    if (!id && jobId) {
        const forge = await session.forge();
        if (!forge.runOfJob)
            throw new ConfigurationError('--job-id is not supported by this forge.');
        id = await forge.runOfJob(String(jobId));
        if (!id)
            throw new Error(`Job ${jobId} belongs to no run the forge names.`);
    }
    id ??= session.context.runId;
    if (!id) {
        throw new ConfigurationError('No run to re-run: pass --id or --job-id (outside CI there is no current run).');
    }
    const forge = await session.forge();
    await forge.rerun(String(id));
}
const workflow_withOptions = (y) => y.env('CML_WORKFLOW').options(RERUN_OPTIONS);
const workflowCommand = {
    command: 'workflow',
    describe: 'Re-run a workflow run or pipeline (workflow rerun)',
    builder: (yargs) => yargs
        .command({
        command: 'rerun',
        describe: 'Rerun a workflow given the jobId or workflowId',
        builder: workflow_withOptions,
        handler: workflow_handler,
    })
        .demandCommand(1, 'Name a subcommand: cml workflow rerun'),
    handler: () => undefined,
};
/** CML's legacy `cml rerun-workflow`. */
const rerunWorkflowCommand = {
    command: 'rerun-workflow',
    describe: 'Legacy form of workflow rerun',
    builder: workflow_withOptions,
    handler: workflow_handler,
};

// EXTERNAL MODULE: ./src/cli/revisions-as-text.ts
var revisions_as_text = __webpack_require__(6129);
;// CONCATENATED MODULE: ./src/cli/commands/metrics.ts

/** Options shared by `cml metrics diff` and `cml params diff`, spelled as DVC spells them. */
function diffOptions(kind) {
    // Each command's own DVC options (dvc/commands/metrics.py, params.py add_parser).
    const own = kind === 'metrics'
        ? {
            recursive: {
                alias: 'R',
                type: 'boolean',
                default: false,
                // DVC parses it and expands folder targets either way (repo/metrics/show.py
                // try_expand_paths); so does cml.
                description: 'Accepted for DVC compatibility: folder targets are always searched.',
            },
        }
        : {
            deps: {
                type: 'boolean',
                default: false,
                description: 'Show only the params stages depend on (the keys dvc.yaml names).',
            },
        };
    return {
        ...own,
        targets: {
            type: 'array',
            string: true,
            default: [],
            description: `${kind === 'metrics' ? 'Metrics' : 'Params'} files to compare (JSON, YAML, TOML, CSV, TSV). Default: those declared in dvc.yaml${kind === 'params' ? ', else params.yaml' : ''}.`,
        },
        all: { type: 'boolean', default: false, description: 'Show unchanged rows too.' },
        precision: {
            type: 'number',
            description: 'Round floats to this many decimal places (default 5 for metrics).',
            // DVC: add_argument('--precision', type=int), so 2.5, abc or '' are refused.
            coerce: (value) => {
                const n = Array.isArray(value) ? value.at(-1) : value;
                if (typeof n !== 'number' || !Number.isInteger(n)) {
                    throw new Error(`--precision: invalid int value: '${String(n)}'`);
                }
                return n;
            },
        },
        path: {
            type: 'boolean',
            default: true,
            description: 'Show the Path column (--no-path hides it).',
        },
        md: { type: 'boolean', default: false, description: 'Print a Markdown table.' },
        json: {
            type: 'boolean',
            default: false,
            description: 'Print JSON: {path: {key: {old, new, diff}}}.',
        },
        'all-rows': {
            type: 'boolean',
            default: false,
            description: 'CSV/TSV: compare every row (0.col, 1.col, \u2026), not only the last.',
        },
        rule: {
            type: 'array',
            string: true,
            default: [],
            description: "Quality gate, e.g. 'accuracy >= 0.9', 'loss may not rise by more than 2%', 'f1 may not drop' (repeatable). A failed gate exits 1.",
        },
        'rules-file': {
            type: 'string',
            description: 'YAML file of quality gates (rules: / metrics:).',
        },
    };
}
/** The yargs handler both commands share; the implementation loads only when the command runs. */
function diffHandler(kind) {
    return async (argv) => {
        const { runDiffCli } = await Promise.all(/* import() */[__webpack_require__.e(712), __webpack_require__.e(815), __webpack_require__.e(292), __webpack_require__.e(904), __webpack_require__.e(812)]).then(__webpack_require__.bind(__webpack_require__, 812));
        const strings = (v) => (Array.isArray(v) ? v.map(String) : []);
        await runDiffCli({
            kind,
            aRev: argv.a_rev,
            bRev: argv.b_rev,
            targets: strings(argv.targets)
                .flatMap((t) => t.split(','))
                .filter(Boolean),
            all: argv.all === true,
            precision: typeof argv.precision === 'number' ? argv.precision : undefined,
            path: argv.path !== false,
            md: argv.md === true,
            json: argv.json === true,
            allRows: argv['all-rows'] === true,
            rules: strings(argv.rule),
            rulesFile: argv['rules-file'],
            depsOnly: argv.deps === true,
        });
    };
}
const metricsCommand = {
    command: 'metrics',
    describe: 'Compare metrics between revisions: cml metrics diff [a_rev] [b_rev]',
    builder: (yargs) => yargs
        .command({
        command: 'diff [a_rev] [b_rev]',
        describe: 'Show changes in metrics between revisions (a_rev: old, default HEAD; b_rev: new, default the working tree)',
        builder: (y) => (0,revisions_as_text/* revisionsAsText */.k)(y).env('CML_METRICS').options(diffOptions('metrics')),
        handler: diffHandler('metrics'),
    })
        .demandCommand(1, 'Name a subcommand: cml metrics diff [a_rev] [b_rev]'),
    handler: () => undefined,
};

;// CONCATENATED MODULE: ./src/cli/commands/params.ts


const paramsCommand = {
    command: 'params',
    describe: 'Compare params between revisions: cml params diff [a_rev] [b_rev]',
    builder: (yargs) => yargs
        .command({
        command: 'diff [a_rev] [b_rev]',
        describe: 'Show changes in params between revisions (a_rev: old, default HEAD; b_rev: new, default the working tree)',
        builder: (y) => (0,revisions_as_text/* revisionsAsText */.k)(y).env('CML_PARAMS').options(diffOptions('params')),
        handler: diffHandler('params'),
    })
        .demandCommand(1, 'Name a subcommand: cml params diff [a_rev] [b_rev]'),
    handler: () => undefined,
};

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(3802);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/forge/locate.ts
var locate = __webpack_require__(1689);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/inputs/runner-provision.ts
const A = ['runner-provision'];
/**
 * The clouds runners launch on: the one list the cloud registry (src/clouds/index.ts, keyed by
 * these), CloudKind and the CLI's --cloud choices all come from. Adding a cloud is its folder,
 * its registry line, its name here, and the `cloud` input's description in action.yml.
 */
const CLOUD_NAMES = ['aws', 'gcp', 'azure', 'alibaba', 'kubernetes'];
/** Inputs of the runner-provision action (and its GitLab component). */
const RUNNER_PROVISION_INPUTS = [
    {
        name: 'mode',
        type: { kind: 'enum', options: ['start', 'stop', 'sweep'] },
        default: 'start',
        description: 'start: launch runners and wait until they are online. stop: terminate what start launched (by ids, or by the run\u2019s tags when start was cancelled). sweep: terminate every runner instance of ours past its maximum lifetime.',
        actions: A,
    },
    {
        name: 'cloud',
        type: { kind: 'enum', options: CLOUD_NAMES },
        required: true,
        description: 'Cloud to run on: aws (EC2), gcp (Compute Engine), azure (Azure VMs, docs/azure.md), alibaba (Alibaba Cloud ECS, docs/alibaba.md) or kubernetes (a Pod per runner in your cluster, docs/kubernetes.md).',
        actions: A,
    },
    {
        name: 'azure-subscription-id',
        type: { kind: 'string' },
        description: 'Azure subscription id (default: AZURE_SUBSCRIPTION_ID).',
        actions: A,
    },
    {
        name: 'azure-resource-group',
        type: { kind: 'string' },
        description: 'Azure resource group the VMs, NICs, disks and addresses are created in (default: AZURE_RESOURCE_GROUP).',
        actions: A,
    },
    {
        name: 'region',
        type: { kind: 'string' },
        description: 'AWS region (default: AWS_REGION or AWS_DEFAULT_REGION), Azure location (default: AZURE_LOCATION) or Alibaba Cloud region id (default: ALIBABA_CLOUD_REGION_ID).',
        actions: A,
    },
    {
        name: 'zones',
        type: { kind: 'list' },
        description: 'Compute Engine zones, tried in order when one has no capacity (e.g. us-central1-a, us-central1-b).',
        actions: A,
    },
    {
        name: 'gcp-project',
        type: { kind: 'string' },
        description: 'Google Cloud project (default: GOOGLE_CLOUD_PROJECT, CLOUDSDK_CORE_PROJECT or GCLOUD_PROJECT).',
        actions: A,
    },
    {
        name: 'machine-types',
        type: { kind: 'list' },
        default: 'm',
        description: 'Instance or machine types, tried in order: CML sizes (s, m, l, xl, or with a GPU like m+t4, m+a10g, xl+a100) or the cloud\u2019s own names (g5.xlarge, n1-standard-8). Retired GPUs (K80, AWS V100) are refused with the replacement named.',
        actions: A,
    },
    {
        name: 'gpu',
        type: { kind: 'string' },
        description: 'GPU: CML\u2019s words (nogpu, t4, a10g, l4, a100, h100, v100 or tesla, combined with a CML size), true when the machine type has its own GPUs (g5.xlarge, g2-standard-8), or, on gcp, an accelerator type with an optional count (nvidia-l4:2). GPU requests boot an image with the NVIDIA driver (AWS Deep Learning Base GPU AMI, GCE Deep Learning VM) unless image is given; the runner checks nvidia-smi before registering.',
        actions: A,
    },
    {
        name: 'spot',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'Use spot capacity (AWS spot, GCE SPOT provisioning).',
        actions: A,
    },
    {
        name: 'spot-max-price',
        type: { kind: 'string' },
        description: 'AWS spot maximum hourly price in USD (AWS advises leaving it unset: the on-demand price caps it).',
        actions: A,
    },
    {
        name: 'spot-fallback',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'When no spot capacity is found for any type or zone, launch on demand instead.',
        actions: A,
    },
    {
        name: 'disk-size',
        type: { kind: 'number', integer: true, min: 8, max: 65536 },
        default: '35',
        description: 'Root disk size in GB (raised to the image\u2019s own size when that is larger).',
        actions: A,
    },
    {
        name: 'disk-type',
        type: { kind: 'string' },
        description: 'Root disk type (AWS: gp3 by default; GCE: pd-balanced by default).',
        actions: A,
    },
    {
        name: 'image',
        type: { kind: 'string' },
        description: 'AWS: an ami-\u2026 id or an image name pattern (newest match; default Ubuntu 22.04). GCE: an image or family path (default projects/ubuntu-os-cloud/global/images/family/ubuntu-2204-lts). Kubernetes: the runner container image (default ubuntu:24.04).',
        actions: A,
    },
    {
        name: 'image-owners',
        type: { kind: 'list' },
        description: 'AWS accounts searched for an image name pattern (default: Canonical, 099720109477).',
        actions: A,
    },
    {
        name: 'subnets',
        type: { kind: 'list' },
        description: 'AWS subnet ids, tried in order; or, on gcp, one subnetwork path.',
        actions: A,
    },
    {
        name: 'security-groups',
        type: { kind: 'list' },
        description: 'AWS security group ids.',
        actions: A,
    },
    {
        name: 'instance-profile',
        type: { kind: 'string' },
        description: 'AWS IAM instance profile (name or ARN) for the job\u2019s own AWS access. The launch credentials never reach the instance.',
        actions: A,
    },
    {
        name: 'network',
        type: { kind: 'string' },
        description: 'GCE network (default: global/networks/default).',
        actions: A,
    },
    {
        name: 'public-ip',
        type: { kind: 'enum', options: ['auto', 'true', 'false'] },
        default: 'auto',
        description: 'Give the instance a public IPv4 address, needed to reach the forge without a NAT gateway (GCE: Cloud NAT). auto: yes on gcp; on aws the subnet\u2019s own setting (the default VPC\u2019s subnets give one).',
        actions: A,
    },
    {
        name: 'service-account',
        type: { kind: 'string' },
        description: 'GCE service account e-mail for the job\u2019s own Google access; none by default, so the VM holds no Google credentials.',
        actions: A,
    },
    {
        name: 'scopes',
        type: { kind: 'list' },
        default: 'https://www.googleapis.com/auth/cloud-platform',
        description: 'OAuth scopes of the GCE service account, when one is given.',
        actions: A,
    },
    {
        name: 'labels',
        type: { kind: 'list' },
        default: 'cml',
        description: 'Runner labels (GitHub) or tags (GitLab). A label unique to this start is always added.',
        actions: A,
    },
    {
        name: 'count',
        type: { kind: 'number', integer: true, min: 1, max: 50 },
        default: '1',
        description: 'How many runners to launch.',
        actions: A,
    },
    {
        name: 'name',
        type: { kind: 'string' },
        description: 'Runner and instance name prefix (default: cml); a random suffix keeps names unique.',
        actions: A,
    },
    {
        name: 'ephemeral',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'GitLab: true runs one job per runner (run-single), false serves jobs until the idle timeout. GitHub runners always take one job each (a single-use just-in-time configuration, so no reusable registration token ever reaches the machine): launch count runners for count jobs.',
        actions: A,
    },
    {
        name: 'idle-timeout',
        type: { kind: 'number', integer: true, min: 0 },
        default: '300',
        description: 'Seconds without a job after which the runner deregisters and the instance powers off (0: never).',
        actions: A,
    },
    {
        name: 'max-lifetime',
        type: { kind: 'number', integer: true, min: 0 },
        default: '21600',
        description: 'Hard maximum lifetime of an instance, in seconds; enforced on the instance and by sweep. 0: no limit (at least 300 otherwise).',
        actions: A,
    },
    {
        name: 'launch-timeout',
        type: { kind: 'number', integer: true, min: 30 },
        default: '600',
        description: 'Seconds to wait for the instance to run and the runner to come online before giving up (the instance is then terminated).',
        actions: A,
    },
    {
        name: 'runner-scope',
        type: { kind: 'enum', options: ['repository', 'organization', 'project', 'group', 'instance'] },
        default: 'repository',
        description: 'Where runners register: GitHub repository or organization; GitLab project (repository means project), group or instance.',
        actions: A,
    },
    {
        name: 'runner-scope-id',
        type: { kind: 'string' },
        description: 'The organization login (GitHub) or group id (GitLab) for those scopes.',
        actions: A,
    },
    {
        name: 'runner-group-id',
        type: { kind: 'number', integer: true, min: 1 },
        default: '1',
        description: 'GitHub runner group of just-in-time runners (1 is the default group).',
        actions: A,
    },
    {
        name: 'run-untagged',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'GitLab: let the runner take jobs without tags.',
        actions: A,
    },
    {
        name: 'locked',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'GitLab: lock the runner to its project.',
        actions: A,
    },
    {
        name: 'runner-version',
        type: { kind: 'string' },
        description: 'Forge runner version to install (major.minor.patch). Default: the newest actions/runner or gitlab-runner release, looked up when the job starts; its sha256 comes from the release notes (GitHub) or release.sha256 (GitLab) and is checked on the machine.',
        actions: A,
    },
    {
        name: 'runner-sha256',
        type: { kind: 'string' },
        description: 'sha256 of the runner download for runner-version on the machine types\u2019 architecture; read from the release when unset.',
        actions: A,
    },
    {
        name: 'gitlab-executor',
        type: { kind: 'enum', options: ['docker', 'shell'] },
        description: 'GitLab: the executor the runner registers (default: docker; on kubernetes: shell). docker (as CML did): jobs run in their image: (gitlab-image when they name none), GPUs passed with --docker-gpus all and the nvidia runtime. shell: jobs run on the machine (on kubernetes: in the runner Pod).',
        actions: A,
    },
    {
        name: 'gitlab-image',
        type: { kind: 'string' },
        default: 'ubuntu:24.04',
        description: 'GitLab docker executor: the image of jobs that name none.',
        actions: A,
    },
    {
        name: 'docker',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'Install Docker on the machine when the image lacks it (and, with a GPU, the NVIDIA container toolkit), for GitHub container: jobs and docker run --gpus all. GitLab\u2019s docker executor installs it regardless.',
        actions: A,
    },
    {
        name: 'startup-script',
        type: { kind: 'string' },
        description: 'A script of yours run on the instance before the runner registers (drivers, mounts).',
        actions: A,
    },
    {
        name: 'metadata',
        type: { kind: 'list' },
        description: 'Extra key=value tags (AWS) or labels (GCE) on the instances.',
        actions: A,
    },
    {
        name: 'instance-ids',
        type: { kind: 'list' },
        description: 'stop: instance ids from start\u2019s instance-ids output. Empty: find the run\u2019s instances by tags.',
        actions: A,
    },
    {
        name: 'runner-ids',
        type: { kind: 'list' },
        description: 'stop: forge runner ids from start\u2019s runner-ids output (tags are read when empty).',
        actions: A,
    },
    {
        name: 'run-id',
        type: { kind: 'string' },
        description: 'stop: the GitHub workflow run id or GitLab pipeline id whose instances to end (found by tags, every attempt) and, with rerun-on-reclaim, to re-run. Default: this run; under workflow_run, the run that triggered it.',
        actions: A,
    },
    {
        name: 'rerun-on-reclaim',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'stop: when the cloud reclaimed a spot runner, re-run the workflow (GitHub: from a workflow_run workflow or with run-id) or retry the failed jobs of the pipeline (GitLab: this pipeline from a later job, or run-id).',
        actions: A,
    },
    // ---- kubernetes (docs/kubernetes.md) ----
    {
        name: 'kubeconfig',
        type: { kind: 'string' },
        secret: true,
        description: 'kubernetes: a kubeconfig file path or its YAML (default: KUBERNETES_CONFIGURATION, then KUBECONFIG, then the in-cluster service account).',
        actions: A,
    },
    {
        name: 'kubernetes-context',
        type: { kind: 'string' },
        description: 'kubernetes: the kubeconfig context to use (default: its current-context).',
        actions: A,
    },
    {
        name: 'kubernetes-namespace',
        type: { kind: 'string' },
        description: "kubernetes: namespace of the runner Pods and Secrets (default: the context's namespace, else default).",
        actions: A,
    },
    {
        name: 'kubernetes-node-selector',
        type: { kind: 'list' },
        description: 'kubernetes: key=value node labels the Pods must run on (CML --cloud-kubernetes-node-selector; a value of infer stands for the GPU model).',
        actions: A,
    },
    {
        name: 'kubernetes-tolerations',
        type: { kind: 'list' },
        description: 'kubernetes: taints the Pods tolerate, as key=value:Effect, key:Effect or key (GPU and spot taints are added for you).',
        actions: A,
    },
    {
        name: 'kubernetes-cpu',
        type: { kind: 'string' },
        description: 'kubernetes: CPU request (a Kubernetes quantity such as 4 or 500m; default: from machine-types).',
        actions: A,
    },
    {
        name: 'kubernetes-memory',
        type: { kind: 'string' },
        description: 'kubernetes: memory request and limit (such as 16Gi; default: from machine-types).',
        actions: A,
    },
    {
        name: 'kubernetes-spot-provider',
        type: { kind: 'enum', options: ['eks', 'gke', 'aks'] },
        description: "kubernetes: with spot, whose spot node pools to target (eks, gke or aks): that provider's spot node label and taint.",
        actions: A,
    },
];

// EXTERNAL MODULE: ./src/inputs/parse.ts + 1 modules
var parse = __webpack_require__(3204);
// EXTERNAL MODULE: ./src/compat/cli-logger.ts
var cli_logger = __webpack_require__(3189);
;// CONCATENATED MODULE: ./src/cli/commands/runner.ts









/** CML's region words and what they mean on each cloud. */
// AWS, GCP and Azure as terraform-provider-iterative maps them (iterative/cml's launch passes the
// word through to it); Alibaba Cloud, which CML did not drive, by the nearest region.
const REGIONS = {
    'us-east': { aws: 'us-east-1', gcp: 'us-east1-c', azure: 'eastus', alibaba: 'us-east-1' },
    'us-west': { aws: 'us-west-1', gcp: 'us-west1-b', azure: 'westus2', alibaba: 'us-west-1' },
    'eu-north': {
        aws: 'eu-north-1',
        gcp: 'europe-north1-a',
        azure: 'northeurope',
        alibaba: 'eu-central-1',
    },
    'eu-west': { aws: 'eu-west-1', gcp: 'europe-west1-d', azure: 'westeurope', alibaba: 'eu-west-1' },
};
/** The clouds `cml runner launch --cloud` drives (the runner-provision action's `cloud` input). */
const CLOUDS = CLOUD_NAMES;
/**
 * CML 0.20.6's hidden options of `runner launch` (bin/cml/runner/launch.js): what each did there,
 * which cml does its own way, so pipelines that pass them keep working.
 */
const CML_HIDDEN_OPTIONS = {
    'cml-version': 'the machine runs no CML of its own',
    'tpi-version': 'no Terraform provider is involved',
    'tf-resource': 'no Terraform resource is involved',
    'gcp-access-token': 'Google credentials come from the environment, see docs/runner-provision.md',
    'runner-path': 'the runner is installed from its release, checked by its sha256',
    'destroy-delay': 'the machine powers off when its runner ends',
};
/**
 * CML options with no meaning here (no SSH, no host volumes for the docker executor, no
 * Kubernetes, no local workdir, no automatic restart from launch): accepted so pipelines keep
 * working, and named.
 */
function ignoredOptions(args) {
    const ignored = [];
    if (args.retry === false)
        ignored.push('--no-retry (launch never re-runs workflows; see the stop mode\u2019s rerun-on-reclaim)');
    if (args.dockerVolumes?.length)
        ignored.push('--docker-volumes (the docker executor mounts no host volumes)');
    if (args.cloudPermissionSet && args.cloud !== 'aws' && args.cloud !== 'gcp')
        ignored.push(`--cloud-permission-set (not used on ${args.cloud})`);
    if (args.cloudSshPrivate)
        ignored.push('--cloud-ssh-private (instances take no SSH key)');
    if (args.cloudKubernetesNodeSelector?.length && args.cloud !== 'kubernetes')
        ignored.push('--cloud-kubernetes-node-selector (only with --cloud kubernetes)');
    if (args.workdir)
        ignored.push('--workdir');
    const given = args;
    for (const [name, why] of Object.entries(CML_HIDDEN_OPTIONS)) {
        const key = name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
        if (given[key] !== undefined)
            ignored.push(`--${name} (${why})`);
    }
    return ignored;
}
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
/**
 * CML's --idle-timeout (default "5 minutes"): whole seconds, `never`, or a duration as CML's
 * timestring reads it ("5min", "5 minutes", "1h30m", "2 hours"). Zero or less means never.
 */
function idleSeconds(value) {
    const v = value.trim().toLowerCase();
    if (v === 'never')
        return 0;
    if (/^-?\d+$/.test(v))
        return Math.max(0, Number(v));
    const part = /(\d+(?:\.\d+)?)\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)(?![a-z])/g;
    let total = 0;
    let consumed = '';
    for (const m of v.matchAll(part)) {
        total += Number(m[1]) * UNIT_SECONDS[m[2][0]];
        consumed += m[0];
    }
    if (!consumed || consumed.replace(/\s+/g, '') !== v.replace(/[\s,]+|and/g, '')) {
        throw new errors.ConfigurationError(`--idle-timeout: expected seconds, a duration like 5min, 5 minutes or 1h30m, or never, got '${value}'.`);
    }
    return Math.round(total);
}
/** GCE zones for CML's --cloud-region: a CML word, a zone list, or a region (its a, b and c zones). */
function gcpZones(region) {
    return region.split(',').flatMap((r) => {
        const zone = REGIONS[r.trim()]?.gcp;
        if (zone)
            return [zone];
        if (/-[a-z]$/.test(r.trim()))
            return [r.trim()];
        return ['a', 'b', 'c'].map((z) => `${r.trim()}-${z}`);
    });
}
/**
 * Maps CML's options onto the runner-provision inputs (the same declarations the action reads),
 * so the CLI and the action share one parser and one behaviour.
 */
function launchInputs(args) {
    refuseEmptyValues(args);
    if (!args.cloud) {
        throw new errors.ConfigurationError(`--cloud is required to launch on a cloud (${CLOUDS.join(', ')}); without it, cml runner launch registers this machine.`);
    }
    if (!CLOUDS.includes(args.cloud)) {
        throw new errors.ConfigurationError(`--cloud ${args.cloud} is not supported: use one of ${CLOUDS.join(', ')}.`);
    }
    const cloud = args.cloud;
    // Typed by the declarations: an option mapped onto a misspelt input does not compile.
    const inputs = {
        mode: 'start',
        cloud,
        labels: args.labels,
        'idle-timeout': String(idleSeconds(args.idleTimeout)),
        ephemeral: String(args.single === true),
        spot: String(args.cloudSpot),
    };
    if (cloud === 'gcp') {
        inputs.zones = gcpZones(args.cloudRegion).join(',');
        if (args.gcpProject)
            inputs['gcp-project'] = args.gcpProject;
    }
    else if (cloud === 'kubernetes') {
        // A cluster has no region: the kubeconfig (KUBERNETES_CONFIGURATION, as CML read it, or
        // KUBECONFIG) says where. CML's node selector, `key=value` each, maps one to one.
        if (args.cloudKubernetesNodeSelector?.length)
            inputs['kubernetes-node-selector'] = args.cloudKubernetesNodeSelector.join('\n');
        if (args.cloudKubernetesNamespace)
            inputs['kubernetes-namespace'] = args.cloudKubernetesNamespace;
        if (args.cloudKubernetesSpotProvider)
            inputs['kubernetes-spot-provider'] = args.cloudKubernetesSpotProvider;
    }
    else {
        inputs.region = args.cloudRegion
            .split(',')
            .map((r) => REGIONS[r.trim()]?.[cloud] ?? r.trim())[0];
    }
    if (args.launchTimeout !== undefined)
        inputs['launch-timeout'] = String(args.launchTimeout);
    if (args.cloudType)
        inputs['machine-types'] = args.cloudType;
    // CML: "tesla" is the deprecated name of v100 (bin/cml/runner/launch.js), not any Tesla.
    if (args.cloudGpu === 'tesla') {
        process.stderr.write('cml: GPU model "tesla" is deprecated; use "v100" (the same GPU).\n');
        inputs.gpu = 'v100';
    }
    else if (args.cloudGpu)
        inputs.gpu = args.cloudGpu;
    if (args.cloudHddSize)
        inputs['disk-size'] = String(args.cloudHddSize);
    if (args.cloudSpotPrice > 0)
        inputs['spot-max-price'] = String(args.cloudSpotPrice);
    if (args.cloudImage)
        inputs.image = args.cloudImage;
    if (args.cloudPermissionSet) {
        // CML: an instance profile ARN on AWS; `email,scopes=a,b` on GCP.
        if (cloud === 'aws')
            inputs['instance-profile'] = args.cloudPermissionSet;
        else if (cloud === 'gcp') {
            const [email, ...rest] = args.cloudPermissionSet.split(',');
            inputs['service-account'] = email;
            const scopes = rest.join(',').replace(/^scopes=/, '');
            if (scopes)
                inputs.scopes = scopes;
        }
    }
    if (args.cloudMetadata.length)
        inputs.metadata = args.cloudMetadata.join('\n');
    if (args.cloudStartupScript) {
        // CML takes the script base64-encoded.
        inputs['startup-script'] = Buffer.from(args.cloudStartupScript, 'base64').toString('utf8');
    }
    if (args.cloudAwsSubnet)
        inputs.subnets = args.cloudAwsSubnet;
    if (args.cloudAwsSecurityGroup)
        inputs['security-groups'] = args.cloudAwsSecurityGroup;
    if (args.name)
        inputs.name = args.name;
    if (args.token)
        inputs.token = args.token;
    if (args.maxLifetime)
        inputs['max-lifetime'] = String(args.maxLifetime);
    if (args.gitlabExecutor)
        inputs['gitlab-executor'] = args.gitlabExecutor;
    if (args.docker !== undefined)
        inputs.docker = String(args.docker);
    return inputs;
}
/** What each string option takes, for the message when it is given empty. */
const EMPTY_HINTS = [
    [
        'cloudRegion',
        '--cloud-region',
        'us-east, us-west, eu-north, eu-west, or the cloud\u2019s own region or zones',
    ],
    ['cloudType', '--cloud-type', 'a size (s, m, l, xl) or the cloud\u2019s own type'],
    ['cloudGpu', '--cloud-gpu', 'nogpu, t4, a10g, l4, a100, h100, v100, or a GCE accelerator type'],
    ['cloudImage', '--cloud-image', 'an AMI id or name pattern, or a GCE image or family'],
    [
        'cloudPermissionSet',
        '--cloud-permission-set',
        'an AWS instance profile or a GCP service account',
    ],
    ['cloudStartupScript', '--cloud-startup-script', 'a base64-encoded script'],
    ['cloudAwsSubnet', '--cloud-aws-subnet', 'AWS subnet ids'],
    ['cloudAwsSecurityGroup', '--cloud-aws-security-group', 'AWS security group ids'],
    ['gcpProject', '--gcp-project', 'a Google Cloud project id'],
    ['labels', '--labels', 'comma-separated runner labels'],
    ['idleTimeout', '--idle-timeout', 'seconds, a duration like 5min, or never'],
    ['name', '--name', 'a runner name prefix'],
    ['repo', '--repo', 'a repository URL or owner/name'],
    ['token', '--token', 'a forge token'],
];
/**
 * `--labels=` (or CML_RUNNER_LABELS='') is a mistake, not a request for the default: it is
 * refused with the option named, as CML's strict parser would refuse an unknown one.
 */
function refuseEmptyValues(args) {
    for (const [key, option, accepted] of EMPTY_HINTS) {
        const value = args[key];
        if (typeof value === 'string' && value.trim() === '') {
            throw new errors.ConfigurationError(`${option}: an empty value; give ${accepted}, or leave the option out.`);
        }
    }
}
/**
 * Where the runner registers, outside CI, for the provision bundle's local context
 * (src/core/context.ts: CML_REPOSITORY, CML_SERVER_URL, CML_API_URL, CML_RUNNER_DRIVER).
 * `--repo` is a URL or, as CML accepts, an `owner/name` slug (on github.com, or gitlab.com with
 * --driver gitlab); the driver is --driver, else the host's (github.com, gitlab.com), as CML's
 * inferDriver; other hosts need --driver, with the API under the same host (GHES /api/v3,
 * GitLab /api/v4).
 */
function runnerRepoEnvironment(args) {
    const repo = args.repo?.trim();
    if (!repo)
        return {};
    // The public API roots, not this process's overrides: launch() lets CML_API_URL win itself.
    const where = (0,locate/* locateRepository */.Z)({
        repo,
        driver: args.driver === undefined ? undefined : (0,registry/* parseForgeKind */.dG)(args.driver),
        env: {},
    });
    return {
        CML_REPOSITORY: where.repository,
        CML_SERVER_URL: where.serverUrl,
        CML_API_URL: where.apiUrl,
        CML_RUNNER_DRIVER: where.forge,
    };
}
/** The runner-provision bundle next to this one (dist/cml \u2192 dist/runner-provision). */
function provisionEntry() {
    const candidates = [
        process.env.CML_RUNNER_PROVISION_ENTRY,
        (0,external_node_path_.join)(__dirname, '../runner-provision/index.js'),
        (0,external_node_path_.join)(__dirname, '../../../dist/runner-provision/index.js'),
    ].filter((c) => Boolean(c));
    const found = candidates.find((c) => (0,external_node_fs_.existsSync)(c));
    if (!found)
        throw new Error(`The runner-provision bundle is missing (looked in ${candidates.join(', ')}).`);
    return found;
}
/**
 * Runs the runner-provision bundle as a child process: the cloud SDKs (tens of MB, seconds to
 * load) live only in that bundle, so `cml` itself stays small and quick for every other command.
 */
async function launch(args) {
    if (!args.cloud) {
        process.exitCode = await launchHere(args);
        return;
    }
    const env = { ...process.env, ...heldEnvironment };
    for (const [name, value] of Object.entries(launchInputs(args))) {
        if (value !== undefined)
            env[(0,parse/* inputVariable */.LO)(name)] = value;
    }
    for (const option of ignoredOptions(args))
        process.stderr.write(`cml: ignoring ${option}.\n`);
    // An API root set in the environment (CML_API_URL) wins: tests and proxies point it elsewhere.
    const { CML_API_URL: apiUrl, ...where } = runnerRepoEnvironment(args);
    Object.assign(env, where);
    if (apiUrl)
        env.CML_API_URL ??= apiUrl;
    if (args.driver)
        env.CML_RUNNER_DRIVER = args.driver;
    // CML names the runner exactly --name; the action's `name` input is a prefix.
    if (args.name)
        env.CML_RUNNER_EXACT_NAME = 'true';
    if (args.reuse || args.reuseIdle)
        env.CML_RUNNER_REUSE = args.reuseIdle ? 'reuse-idle' : 'reuse';
    const child = (0,external_node_child_process_.spawn)(process.execPath, [provisionEntry()], { env, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const code = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
    if (code !== 0)
        process.exitCode = code;
}
/** Options that mean something only with --cloud, as they appear in `args`. */
const CLOUD_ONLY = [
    ['cloudType', '--cloud-type'],
    ['cloudGpu', '--cloud-gpu'],
    ['cloudHddSize', '--cloud-hdd-size'],
    ['cloudImage', '--cloud-image'],
    ['cloudPermissionSet', '--cloud-permission-set'],
    ['cloudStartupScript', '--cloud-startup-script'],
    ['cloudAwsSubnet', '--cloud-aws-subnet'],
    ['cloudAwsSecurityGroup', '--cloud-aws-security-group'],
    ['cloudSshPrivate', '--cloud-ssh-private'],
    ['gcpProject', '--gcp-project'],
    ['launchTimeout', '--launch-timeout'],
    ['maxLifetime', '--max-lifetime'],
    ['docker', '--docker'],
];
/**
 * Without --cloud: this machine becomes the runner, in the foreground (src/runners/local). It
 * runs in this process: it needs the forge client, which this bundle has, and no cloud SDK.
 */
async function launchHere(args) {
    refuseEmptyValues(args);
    const idle = idleSeconds(args.idleTimeout);
    const logger = new cli_logger/* CliLogger */.f();
    for (const [key, option] of CLOUD_ONLY) {
        if (args[key] !== undefined)
            logger.warning(`ignoring ${option}: it applies with --cloud only.`);
    }
    if (args.cloudSpot)
        logger.warning('ignoring --cloud-spot: it applies with --cloud only.');
    if (args.retry === false) {
        logger.warning('ignoring --no-retry: this runner never re-runs workflows (a job it was running when stopped is cancelled).');
    }
    // The CML_RUNNER_* variables that are not options (release mirrors, \u2026) were held out of yargs.
    const env = { ...process.env, ...heldEnvironment };
    const { CML_API_URL: apiUrl, ...where } = runnerRepoEnvironment(args);
    Object.assign(env, where);
    if (apiUrl)
        env.CML_API_URL ??= apiUrl;
    const { launchLocalRunner } = await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(582), __webpack_require__.e(550)]).then(__webpack_require__.bind(__webpack_require__, 5498));
    return launchLocalRunner({
        name: args.name,
        labels: args.labels,
        idleSeconds: idle,
        single: args.single,
        reuse: args.reuse,
        reuseIdle: args.reuseIdle,
        workdir: args.workdir,
        gitlabExecutor: args.gitlabExecutor,
        dockerVolumes: args.dockerVolumes,
        token: args.token,
        driver: args.driver ?? where.CML_RUNNER_DRIVER,
    }, env, logger);
}
/** Every option of `cml runner launch` (and alias), as CML_RUNNER_<NAME> reads it. */
const LAUNCH_OPTIONS = [
    'cloud',
    'cloud-region',
    'cloud-type',
    'cloud-gpu',
    'cloud-hdd-size',
    'cloud-spot',
    'cloud-spot-price',
    'cloud-image',
    'cloud-permission-set',
    'cloud-metadata',
    'cloud-startup-script',
    'cloud-aws-subnet',
    'cloud-aws-subnet-id',
    'cloud-aws-security-group',
    'gcp-project',
    'launch-timeout',
    'labels',
    'idle-timeout',
    'max-lifetime',
    'name',
    'single',
    'reuse',
    'reuse-idle',
    'retry',
    'docker-volumes',
    'cloud-ssh-private',
    'cloud-kubernetes-node-selector',
    'cloud-kubernetes-namespace',
    'cloud-kubernetes-spot-provider',
    'workdir',
    'path',
    'driver',
    'repo',
    'token',
    'driver-token',
    'gitlab-executor',
    'docker',
    'log',
    ...Object.keys(CML_HIDDEN_OPTIONS),
];
const heldEnvironment = {};
/**
 * yargs reads every CML_RUNNER_* variable as an option, and the strict parser then refuses the
 * ones that are not (CML_RUNNER_LABEL and the other outputs start writes to GitLab's dotenv,
 * CML_RUNNER_POLL_SECONDS, CML_RUNNER_DOTENV): those are held out of the parse and handed to the
 * provision bundle unchanged.
 */
function holdOtherRunnerVariables(env) {
    const options = new Set(LAUNCH_OPTIONS.map((o) => `CML_RUNNER_${o.toUpperCase().replace(/-/g, '_')}`));
    for (const key of Object.keys(env)) {
        if (key.startsWith('CML_RUNNER_') && !options.has(key)) {
            heldEnvironment[key] = env[key];
            delete env[key];
        }
    }
}
const launchCommand = {
    command: ['launch', '$0'],
    describe: `Launch self-hosted runners on a cloud (${CLOUDS.join(', ')}), or register this machine`,
    builder: (y) => {
        holdOtherRunnerVariables(process.env);
        return y
            .env('CML_RUNNER')
            .option('cloud', {
            type: 'string',
            choices: [...CLOUDS],
            describe: 'Cloud to run on; without it, this machine becomes the runner',
        })
            .option('launch-timeout', {
            type: 'number',
            describe: 'Seconds to wait for the runner to come online before giving up and cleaning up',
        })
            .option('cloud-region', {
            type: 'string',
            default: 'us-west',
            describe: 'us-east, us-west, eu-north, eu-west, or the cloud\u2019s own region or zones',
        })
            .option('cloud-type', {
            type: 'string',
            describe: 'Size (s, m, l, xl) or the cloud\u2019s type; a comma list is tried in order',
        })
            .option('cloud-gpu', {
            type: 'string',
            describe: 'nogpu, t4, a10g, l4, a100, h100 (k80 and v100 are retired: the error names the replacement), or a GCE accelerator type[:count]',
        })
            .option('cloud-hdd-size', { type: 'number', describe: 'Root disk size in GB' })
            .option('cloud-spot', { type: 'boolean', default: false, describe: 'Use spot instances' })
            .option('cloud-spot-price', {
            type: 'number',
            default: -1,
            describe: 'Maximum spot price in USD (-1: the on-demand price)',
        })
            .option('cloud-image', {
            type: 'string',
            describe: 'AMI id or name pattern; GCE image or family',
        })
            .option('cloud-permission-set', {
            type: 'string',
            describe: 'AWS instance profile ARN; GCP service-account e-mail[,scopes=\u2026]',
        })
            .option('cloud-metadata', {
            type: 'array',
            string: true,
            default: [],
            describe: 'key=value tags or labels',
        })
            .option('cloud-startup-script', {
            type: 'string',
            describe: 'Base64-encoded script run before the runner starts',
        })
            .option('cloud-aws-subnet', {
            type: 'string',
            alias: 'cloud-aws-subnet-id',
            describe: 'AWS subnet id(s)',
        })
            .option('cloud-aws-security-group', { type: 'string', describe: 'AWS security group id(s)' })
            .option('gcp-project', {
            type: 'string',
            describe: 'Google Cloud project (default: GOOGLE_CLOUD_PROJECT)',
        })
            .option('labels', {
            type: 'string',
            default: 'cml',
            describe: 'Comma-separated runner labels',
        })
            .option('idle-timeout', {
            type: 'string',
            default: '5 minutes',
            describe: 'Time without a job before the runner ends: seconds, 5min, 1h30m, or never',
        })
            .option('max-lifetime', {
            type: 'number',
            describe: 'Hard maximum lifetime in seconds (default 21600)',
        })
            .option('name', { type: 'string', describe: 'Runner name (default cml-<random>)' })
            .option('single', {
            type: 'boolean',
            conflicts: ['reuse', 'reuse-idle'],
            describe: 'Take one job, then end',
        })
            .option('reuse', {
            type: 'boolean',
            conflicts: ['single', 'reuse-idle'],
            describe: 'Launch nothing if an online runner has one of the labels',
        })
            .option('reuse-idle', {
            type: 'boolean',
            conflicts: ['single', 'reuse'],
            describe: 'Launch only if no idle runner has one of the labels',
        })
            .option('gitlab-executor', {
            type: 'string',
            choices: ['docker', 'shell'],
            describe: 'GitLab executor: docker or shell (default: docker with --cloud, as CML; shell on this machine)',
        })
            .option('docker', {
            type: 'boolean',
            describe: 'Install Docker (and the NVIDIA container toolkit on GPUs) when the image lacks it',
        })
            .option('retry', { type: 'boolean', hidden: true })
            .option('docker-volumes', {
            type: 'array',
            string: true,
            describe: 'Without --cloud, GitLab docker executor: host volumes for jobs',
        })
            .option('cloud-ssh-private', { type: 'string', hidden: true })
            .option('cml-version', { type: 'string', hidden: true })
            .option('tpi-version', { type: 'string', hidden: true })
            .option('tf-resource', { type: 'string', hidden: true })
            .option('gcp-access-token', { type: 'string', hidden: true })
            .option('runner-path', { type: 'string', hidden: true })
            .option('destroy-delay', { type: 'number', hidden: true })
            .option('cloud-kubernetes-node-selector', {
            type: 'array',
            string: true,
            describe: 'kubernetes: key=value node labels the runner Pod must run on (infer: the GPU model)',
        })
            .option('cloud-kubernetes-namespace', {
            type: 'string',
            describe: 'kubernetes: namespace of the runner Pods (default: the context\u2019s, else default)',
        })
            .option('cloud-kubernetes-spot-provider', {
            type: 'string',
            choices: ['eks', 'gke', 'aks'],
            describe: 'kubernetes, with --cloud-spot: whose spot node pools to target',
        })
            .option('workdir', {
            type: 'string',
            alias: 'path',
            describe: 'Without --cloud: the runner\u2019s folder (default ~/.cml/<name>)',
        })
            .option('driver', {
            type: 'string',
            choices: [...registry/* FORGE_KINDS */.Ij],
            describe: 'Forge, outside CI',
        })
            .option('repo', { type: 'string', describe: 'Repository or project URL, outside CI' })
            .option('token', {
            type: 'string',
            // CML 0.19+ names it --driver-token (env CML_DRIVER_TOKEN); --token is the alias.
            alias: 'driver-token',
            describe: 'Forge token (default: REPO_TOKEN, GITHUB_TOKEN, GITLAB_TOKEN)',
        });
    },
    handler: launch,
};
/** `cml runner launch` (CML's command; `cml-runner` maps here). */
const runnerCommand = {
    command: 'runner',
    describe: 'Launch self-hosted runners on a cloud, or register this machine',
    builder: (y) => y.command(launchCommand),
    handler: () => undefined,
};

// EXTERNAL MODULE: ./src/cli/commands/data.ts
var data = __webpack_require__(5641);
// EXTERNAL MODULE: ./src/cli/legacy-binaries.ts
var legacy_binaries = __webpack_require__(7033);
;// CONCATENATED MODULE: ./src/cli/commands/index.ts















/**
 * Every `cml` command. Each lives in its own file in this folder and is added here once.
 * Commands are typed loosely at this boundary; each file types its own arguments.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const COMMANDS = [
    demoCommand,
    plotCommand,
    ...vega.vegaCommands,
    commentCommand,
    sendCommentCommand,
    prCommand,
    checkCommand,
    sendGithubCheckCommand,
    assetCommand,
    publishCommand,
    repoCommand,
    ciCommand,
    workflowCommand,
    rerunWorkflowCommand,
    metricsCommand,
    paramsCommand,
    runnerCommand,
    data.dataCommand,
];



/***/ }),

/***/ 556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vegaCommands: () => (/* binding */ vegaCommands)
/* harmony export */ });
/* harmony import */ var _core_logger__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1227);
/* harmony import */ var _plots_vega_command_names__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5934);


/**
 * `vl2png`, `vl2svg`, `vl2vg`, `vg2png`, `vg2svg`: hidden `cml` commands with vega-cli's
 * arguments (`[input] [output]`, stdin/stdout when omitted, -s scale, -b base, -c config),
 * run by the bin/vl2png\u2026 wrappers the setup action puts on PATH.
 */
function vegaCommand(name) {
    const toSvg = name.endsWith('svg');
    return {
        command: `${name} [input] [output]`,
        describe: false,
        builder: (yargs) => yargs
            .positional('input', { type: 'string', describe: 'Spec file (stdin when omitted)' })
            .positional('output', { type: 'string', describe: 'Output file (stdout when omitted)' })
            .option('scale', {
            alias: 's',
            type: 'string',
            default: '1',
            describe: 'Output resolution scale factor',
        })
            .option('base', {
            alias: 'b',
            type: 'string',
            describe: 'Base directory or URL for data loading',
        })
            .option('config', { alias: 'c', type: 'string', describe: 'Vega config JSON file' })
            .option('format', {
            alias: 'f',
            type: 'string',
            describe: 'Number format locale JSON file',
        })
            .option('timeFormat', {
            alias: 't',
            type: 'string',
            describe: 'Date/time format locale JSON file',
        })
            .option('seed', { type: 'string', describe: 'Seed for random number generation' })
            .option('allow-host', {
            type: 'string',
            array: true,
            describe: 'Host the spec may load data or images from (repeatable; also CML_PLOTS_ALLOWED_HOSTS). Default: none',
        })
            .option('loglevel', { alias: 'l', type: 'string', describe: 'Accepted for compatibility' })
            .option('header', {
            alias: 'h',
            type: 'boolean',
            hidden: !toSvg,
            describe: 'Include XML header and SVG doctype',
        })
            .option('pretty', {
            alias: 'p',
            type: 'boolean',
            hidden: name !== 'vl2vg',
            describe: 'Indent the JSON output',
        }),
        handler: async (args) => {
            const { runVegaCommand } = await Promise.all(/* import() */[__webpack_require__.e(77), __webpack_require__.e(126)]).then(__webpack_require__.bind(__webpack_require__, 4304));
            await runVegaCommand(name, {
                input: args.input,
                output: args.output,
                scale: args.scale,
                base: args.base,
                config: args.config,
                format: args.format,
                timeFormat: args.timeFormat,
                header: args.header,
                pretty: args.pretty,
                seed: args.seed,
                allowHost: args['allow-host'],
            }, (0,_core_logger__WEBPACK_IMPORTED_MODULE_0__/* .loggerFor */ .WG)());
        },
    };
}
const vegaCommands = _plots_vega_command_names__WEBPACK_IMPORTED_MODULE_1__/* .VEGA_COMMAND_NAMES */ .t.map(vegaCommand);


/***/ }),

/***/ 6129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ revisionsAsText)
/* harmony export */ });
/**
 * Declares `a_rev` and `b_rev` as strings. yargs reads positionals as numbers when they look like
 * one, so a tag or short sha made of digits (`2024`, `1234567`) reached git code as a number
 * (`cml data diff 2024` crashed in `revision.startsWith`).
 */
function revisionsAsText(y) {
    return y.positional('a_rev', { type: 'string' }).positional('b_rev', { type: 'string' });
}


/***/ }),

/***/ 884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ originWebUrl),
/* harmony export */   a: () => (/* binding */ driverOfHost)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3802);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _forge_registry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4045);


/**
 * The forge of a repository URL, as CML's inferDriver (src/cml.js) reads it: a forge's public
 * host (github.com, gitlab.com, bitbucket.org; src/forge/registry.ts) names it. Any other host
 * (GitHub Enterprise, self-managed GitLab) needs --driver: a host name does not say which forge
 * answers there.
 */
function driverOfHost(repo) {
    if (!repo || !/^https?:\/\//i.test(repo))
        return undefined;
    try {
        return (0,_forge_registry__WEBPACK_IMPORTED_MODULE_1__/* .forgeOfHost */ .d9)(new URL(repo).hostname);
    }
    catch {
        return undefined;
    }
}
/**
 * The web URL of the `origin` remote (CML's gitRemoteUrl: credentials stripped, scp-style and
 * ssh:// URLs turned into https), or undefined when there is no such remote or it is a path.
 */
function originWebUrl(cwd = process.cwd(), remote = 'origin') {
    let url;
    try {
        url = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['config', '--get', `remote.${remote}.url`], {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        }).trim();
    }
    catch {
        return undefined;
    }
    const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.+)$/.exec(url);
    if (scp && !/^[a-z]+:\/\//i.test(url))
        return `https://${scp[1]}/${trimPath(scp[2])}`;
    try {
        const parsed = new URL(url);
        if (!/^(https?|ssh|git):$/.test(parsed.protocol))
            return undefined;
        const scheme = parsed.protocol === 'http:' ? 'http' : 'https';
        // An ssh or git port is not the web server's.
        const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
        const port = web && parsed.port ? `:${parsed.port}` : '';
        return `${scheme}://${parsed.hostname}${port}/${trimPath(parsed.pathname)}`;
    }
    catch {
        return undefined;
    }
}
const trimPath = (path) => path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');


/***/ }),

/***/ 9922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ FORGE_OPTIONS),
/* harmony export */   openSession: () => (/* binding */ openSession)
/* harmony export */ });
/* unused harmony export withRepo */
/* harmony import */ var _platforms__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9163);
/* harmony import */ var _cli_logger__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3189);
/* harmony import */ var _forge_token__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3522);
/* harmony import */ var _forge_registry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4045);
/* harmony import */ var _forge_locate__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1689);
/* harmony import */ var _forge_host__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(884);






/**
 * Where a command runs and with which credentials: the platform context, overridden by CML's
 * `--driver`, `--repo` (URL or owner/name slug) and `--token`, as CML resolves them.
 */
function openSession(options, env = process.env) {
    if (options.log === 'debug')
        process.env.CML_DEBUG = 'true';
    const logger = new _cli_logger__WEBPACK_IMPORTED_MODULE_1__/* .CliLogger */ .f(env.GITHUB_ACTIONS === 'true');
    const driver = options.driver === undefined ? undefined : (0,_forge_registry__WEBPACK_IMPORTED_MODULE_3__/* .parseForgeKind */ .dG)(options.driver);
    const detected = (0,_platforms__WEBPACK_IMPORTED_MODULE_0__/* .readContext */ .yI)(env);
    // Outside a known CI platform (Jenkins, CircleCI, a laptop) the repository is --repo, else
    // the origin remote, and the forge is --driver, else the repository's host (github.com,
    // gitlab.com, bitbucket.org), as CML's constructor and inferDriver resolve them.
    const local = detected.platform === 'local';
    const repo = options.repo ?? (local ? (0,_forge_host__WEBPACK_IMPORTED_MODULE_5__/* .originWebUrl */ .W)(detected.workspace) : undefined);
    const context = withRepo(detected, { ...options, driver, repo }, env);
    const token = (0,_forge_token__WEBPACK_IMPORTED_MODULE_2__/* .readForgeToken */ .j)(logger, context.forge, options.token, env);
    let forge;
    return {
        context,
        logger,
        token,
        async forge() {
            if (!forge) {
                const { createForge } = await __webpack_require__.e(/* import() */ 251).then(__webpack_require__.bind(__webpack_require__, 8251));
                forge = await createForge({ context, token, logger });
            }
            return forge;
        },
    };
}
/**
 * The context with --repo and --driver applied. A repository on the platform's own server keeps
 * the platform's API root (GHES, self-managed GitLab) and project id; another one is located as
 * src/forge/locate.ts says. A URL on a host no forge is known at, without --driver, keeps no
 * forge: creating the driver then asks for --driver.
 */
function withRepo(context, options, env) {
    const repo = options.repo?.trim();
    const kind = options.driver ?? context.forge;
    if (!repo)
        return kind === context.forge ? context : { ...context, forge: kind };
    if (!/^https?:\/\//i.test(repo)) {
        const repository = repo.replace(/\.git$/, '');
        // A slug in CI stays on this platform's server; outside CI it is on the forge's public one.
        if (context.serverUrl && context.apiUrl && kind === context.forge) {
            return {
                ...context,
                repository,
                projectId: repository === context.repository ? context.projectId : undefined,
            };
        }
        // A slug names no host: without --driver there is no forge to put it on.
        if (!kind)
            return { ...context, repository, projectId: undefined };
        return { ...context, ...(0,_forge_locate__WEBPACK_IMPORTED_MODULE_4__/* .locateRepository */ .Z)({ repo, driver: kind, env }), projectId: undefined };
    }
    const url = new URL(repo);
    if (url.origin === context.serverUrl && context.apiUrl && kind === context.forge) {
        const repository = url.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
        return {
            ...context,
            repository,
            projectId: repository === context.repository ? context.projectId : undefined,
        };
    }
    if (!kind && !(0,_forge_registry__WEBPACK_IMPORTED_MODULE_3__/* .forgeOfHost */ .d9)(url.hostname)) {
        return {
            ...context,
            forge: undefined,
            repository: url.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, ''),
            serverUrl: url.origin,
            apiUrl: '',
            projectId: undefined,
        };
    }
    return { ...context, ...(0,_forge_locate__WEBPACK_IMPORTED_MODULE_4__/* .locateRepository */ .Z)({ repo, driver: kind, env }), projectId: undefined };
}
/**
 * yargs definitions of the generic options, to spread into a command's options. `--log` is
 * CML's global option, defined once for every command in src/cli/index.ts.
 */
const FORGE_OPTIONS = {
    driver: {
        type: 'string',
        choices: _forge_registry__WEBPACK_IMPORTED_MODULE_3__/* .FORGE_KINDS */ .Ij,
        description: 'Forge where the repository is hosted. If unspecified, inferred from the environment',
    },
    repo: {
        type: 'string',
        description: 'Repository URL or slug. If unspecified, inferred from the environment',
    },
    token: {
        type: 'string',
        // CML 0.19+ names it --driver-token (env CML_DRIVER_TOKEN) and keeps --token as an alias.
        alias: 'driver-token',
        description: 'Personal access token. If unspecified, inferred from the environment',
    },
};


/***/ }),

/***/ 1689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ locateRepository)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _registry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4045);


/**
 * A repository named by CML's `--repo` (web URL or slug) and `--driver`, as CML's constructor
 * and inferDriver read them: the forge is --driver, else the URL's host when it is a forge's
 * public service (github.com, gitlab.com, bitbucket.org). A self-hosted host needs --driver and
 * gets the API under the same host (GHES /api/v3, GitLab /api/v4). A slug is on `slugForge`'s
 * public service (the platform's forge, else GitHub, as CML's default), or at CML_SERVER_URL /
 * the forge's own server variable (GITHUB_SERVER_URL, CI_SERVER_URL) when set.
 * CML_API_URL, else the forge's own variable (GITHUB_API_URL, CI_API_V4_URL), replaces the
 * public API root: proxies and tests point it elsewhere.
 */
function locateRepository(options) {
    const env = options.env ?? process.env;
    const repo = options.repo.trim().replace(/\/+$/, '');
    if (!/^https?:\/\//i.test(repo)) {
        if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`--repo ${repo} is neither a repository URL nor an owner/name slug.`);
        }
        const forge = options.driver ?? options.slugForge ?? 'github';
        const info = (0,_registry__WEBPACK_IMPORTED_MODULE_1__/* .forgeInfo */ .QF)(forge);
        return {
            forge,
            repository: repo.replace(/\.git$/, ''),
            serverUrl: firstSet(info.webUrlVariables, env) ?? info.publicWebUrl,
            apiUrl: publicApi(forge, env),
        };
    }
    const url = new URL(repo);
    const repository = url.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
    const hostForge = (0,_registry__WEBPACK_IMPORTED_MODULE_1__/* .forgeOfHost */ .d9)(url.hostname);
    const forge = options.driver ?? hostForge;
    if (!forge) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`--repo ${repo}: cannot tell the forge of ${url.host}; add --driver ${_registry__WEBPACK_IMPORTED_MODULE_1__/* .FORGE_KINDS */ .Ij.join('|')}.`);
    }
    const info = (0,_registry__WEBPACK_IMPORTED_MODULE_1__/* .forgeInfo */ .QF)(forge);
    if (hostForge === forge) {
        return { forge, repository, serverUrl: url.origin, apiUrl: publicApi(forge, env) };
    }
    if (!info.selfHostedApiUrl) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`--repo ${repo}: ${info.title} is only supported at ${info.publicHosts[0]}, not ${url.host}.`);
    }
    return {
        forge,
        repository,
        serverUrl: url.origin,
        apiUrl: (env.CML_API_URL || info.selfHostedApiUrl(url.origin)).replace(/\/+$/, ''),
    };
}
function publicApi(forge, env) {
    const info = (0,_registry__WEBPACK_IMPORTED_MODULE_1__/* .forgeInfo */ .QF)(forge);
    return firstSet(info.apiUrlVariables, env) ?? info.publicApiUrl;
}
function firstSet(names, env) {
    return names
        .map((name) => env[name]?.trim())
        .find(Boolean)
        ?.replace(/\/+$/, '');
}


/***/ }),

/***/ 4045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ij: () => (/* binding */ FORGE_KINDS),
  QF: () => (/* binding */ forgeInfo),
  d9: () => (/* binding */ forgeOfHost),
  dG: () => (/* binding */ parseForgeKind),
  Ik: () => (/* binding */ runnerForge),
  Ox: () => (/* binding */ runnerSupport)
});

// UNUSED EXPORTS: runnerStartup

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/forge/runner-release.ts
var runner_release = __webpack_require__(6917);
;// CONCATENATED MODULE: ./src/forge/github/runner-events.ts
/**
 * actions/runner's console lines (src/Runner.Listener/Runner.cs: "{time}: Listening for Jobs";
 * src/Runner.Listener/JobDispatcher.cs: "{time}: Running job: {name}" and "{time}: Job {name}
 * completed with result: {result}"), the patterns CML matched (src/drivers/github.js
 * runnerLogPatterns), anchored on the timestamp so a job's own output cannot fake them: the
 * listener prints these, a job's steps never reach the listener's console.
 */
function githubEvent(line) {
    const stamp = String.raw `^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z: `;
    if (new RegExp(`${stamp}Listening for Jobs`).test(line))
        return { kind: 'ready' };
    const started = new RegExp(`${stamp}Running job: (.*)$`).exec(line);
    if (started)
        return { kind: 'job-started', job: started[1] };
    const ended = new RegExp(`${stamp}Job .* completed with result: (\\w+)`).exec(line);
    if (ended)
        return { kind: 'job-ended', success: ended[1] === 'Succeeded' };
    return undefined;
}

;// CONCATENATED MODULE: ./src/forge/github/runner-release.ts


/*
 * actions/runner, the newest release (`GET /repos/actions/runner/releases/latest`) or the
 * `runner-version` pinned (`GET \u2026/releases/tags/v<version>`). The hashes come from the release
 * notes, which carry one per package between `<!-- BEGIN SHA linux-x64 -->` and
 * `<!-- END SHA linux-x64 -->` (actions/runner releaseNote.md, filled in by its release
 * workflow). GitHub refuses to register runners older than 2.329.0 and stops sending jobs to
 * runners more than 30 days behind the newest release, so the default is never a fixed pin.
 */
/** The oldest actions/runner github.com lets register (FIELD-NOTES; actions/runner#4305). */
const GITHUB_MINIMUM_RUNNER = '2.329.0';
const GITHUB_RUNNER_DOWNLOADS = 'https://github.com/actions/runner/releases/download';
function githubRunnerUrl(version, downloads = GITHUB_RUNNER_DOWNLOADS) {
    return `${downloads.replace(/\/+$/, '')}/v${version}/actions-runner-linux-@ARCH@-${version}.tar.gz`;
}
/** The sha256 a release body carries between `<!-- BEGIN SHA <platform> -->` markers. */
function shaFromReleaseNotes(body, platform) {
    const escaped = platform.replace(/[^\w-]/g, '');
    const m = new RegExp(`<!-- BEGIN SHA ${escaped} -->\\s*([0-9a-fA-F]{64})\\s*<!-- END SHA ${escaped} -->`).exec(body);
    return m?.[1]?.toLowerCase();
}
async function githubPin(request, sources, fetchImpl) {
    const pinned = request.version ? (0,runner_release/* normaliseVersion */.r8)(request.version) : undefined;
    if (pinned && request.sha256) {
        return (0,runner_release/* givenPin */.Hb)(pinned, request.sha256, request.arch, githubRunnerUrl(pinned, sources.githubDownloads));
    }
    const headers = {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'cml-runner-provision',
    };
    const path = pinned ? `releases/tags/v${pinned}` : 'releases/latest';
    const api = (sources.githubApi ?? runner_release/* DEFAULT_RELEASE_SOURCES */.R.githubApi).replace(/\/+$/, '');
    let url = `${api}/repos/actions/runner/${path}`;
    if (sources.githubToken)
        headers.authorization = `Bearer ${sources.githubToken}`;
    let { status, body } = await (0,runner_release/* getJson */.Tt)(fetchImpl, url, headers);
    if (status === 404 && sources.githubFallback) {
        // A GitHub Enterprise Server holds no actions/runner: ask github.com (without its token).
        url = `${sources.githubFallback.replace(/\/+$/, '')}/repos/actions/runner/${path}`;
        delete headers.authorization;
        ({ status, body } = await (0,runner_release/* getJson */.Tt)(fetchImpl, url, headers));
    }
    if (status === 404 && pinned) {
        throw new errors.ConfigurationError(`Input 'runner-version': actions/runner has no release v${pinned}; give an existing version (https://github.com/actions/runner/releases), or leave it unset for the newest.`, { input: 'runner-version' });
    }
    if (status !== 200) {
        throw new Error(`Could not read the ${pinned ? `v${pinned}` : 'newest'} actions/runner release (${url} answered ${status}); ${runner_release/* PIN_HINT */.kZ}.`);
    }
    const release = body;
    const version = pinned ?? (0,runner_release/* normaliseVersion */.r8)(release.tag_name ?? '');
    const notes = release.body ?? '';
    const x64 = shaFromReleaseNotes(notes, 'linux-x64') ?? '';
    const arm64 = shaFromReleaseNotes(notes, 'linux-arm64') ?? '';
    if (!x64 && !arm64) {
        throw new errors.ConfigurationError(`The notes of actions/runner v${version} carry no sha256 for linux-x64 or linux-arm64 (between <!-- BEGIN SHA linux-x64 --> markers); give runner-sha256 with runner-version.`, { input: 'runner-sha256' });
    }
    return {
        version,
        url: githubRunnerUrl(version, sources.githubDownloads),
        sha256: { x64, arm64 },
    };
}

;// CONCATENATED MODULE: ./src/forge/github/startup.ts
/**
 * The runner start-up script's GitHub part (bash, inserted by src/runners/render-startup.ts at
 * `#@FORGE_PART@#`; the shared template lists the functions every forge part defines). It runs
 * actions/runner from its release tarball with a just-in-time configuration: single-use, so the
 * runner takes one job and exits, and it cannot remove itself (that takes a removal token):
 * GitHub drops a JIT runner after its job, and the stop step deletes unused ones by id or name.
 * Backslashes are doubled and `${` escaped, as a template literal needs.
 */
const GITHUB_RUNNER_STARTUP = `
# actions/runner packages are named by the words x64 and arm64 themselves.
runner_package_arch() {
  echo "$1"
}

install_runner_package() {
  mkdir -p "$CML_HOME/runner"
  tar -xzf "$CML_HOME/runner-download" -C "$CML_HOME/runner" || return 1
  "$CML_HOME/runner/bin/installdependencies.sh" || log "installdependencies.sh failed; continuing"
  chown -R "$CML_RUNNER_USER:$CML_RUNNER_USER" "$CML_HOME/runner"
}

# Job and service containers are the workflow's choice (the docker input), not the runner's.
runner_needs_docker() {
  return 1
}

# The JIT configuration reaches run.sh alone: the runner reads ACTIONS_RUNNER_INPUT_JITCONFIG and
# removes it from its environment.
launch_runner() {
  cd "$CML_HOME/runner" || return 1
  if [[ -n $CML_SECRET ]]; then
    ACTIONS_RUNNER_INPUT_JITCONFIG=$CML_SECRET sudo --preserve-env=ACTIONS_RUNNER_INPUT_JITCONFIG -u "$CML_RUNNER_USER" ./run.sh &
  elif [[ -f .runner ]]; then
    # After a reboot: the JIT configuration was written to the runner's own files.
    sudo -u "$CML_RUNNER_USER" ./run.sh &
  else
    log "no runner configuration left to start"
    return 1
  fi
}

# The runner starts a Runner.Worker per job (host and container: jobs alike).
runner_busy() {
  pgrep -f Runner.Worker >/dev/null
}

# Nothing to do on the machine (see above).
deregister() {
  return 0
}
`;

;// CONCATENATED MODULE: ./src/forge/github/runner-support.ts





const SCOPES = ['repository', 'organization'];
/**
 * Self-hosted GitHub Actions runners: actions/runner with a single-use just-in-time
 * configuration, repository or organization scoped.
 */
const githubRunners = {
    software: 'actions-runner',
    packageName: 'actions/runner',
    startup: GITHUB_RUNNER_STARTUP,
    release: githubPin,
    // actions/runner is read from the forge's own API (api.github.com on github.com, with the forge
    // token: unauthenticated calls get 60 an hour per address) unless CML_RUNNER_GITHUB_RELEASES_API
    // says otherwise; a GitHub Enterprise Server without actions/runner falls back to api.github.com.
    releaseSources(sources, forgeApiUrl) {
        const forgeApi = sources.githubApi ? undefined : forgeApiUrl;
        return {
            ...sources,
            githubApi: sources.githubApi ?? forgeApi ?? runner_release/* DEFAULT_RELEASE_SOURCES */.R.githubApi,
            githubFallback: forgeApi && forgeApi.replace(/\/+$/, '') !== runner_release/* DEFAULT_RELEASE_SOURCES */.R.githubApi
                ? runner_release/* DEFAULT_RELEASE_SOURCES */.R.githubApi
                : undefined,
        };
    },
    checkPin(pin, sources, logger) {
        if ((0,runner_release/* compareVersions */.Zy)(pin.version, GITHUB_MINIMUM_RUNNER) >= 0)
            return;
        const message = `Input 'runner-version': ${pin.version} is older than ${GITHUB_MINIMUM_RUNNER}, the oldest runner github.com lets register (and it sends no jobs to runners 30 days behind the newest); leave runner-version unset for the newest.`;
        if (/^https:\/\/api\.github\.com\/?$/.test(sources.githubApi ?? '')) {
            throw new errors.ConfigurationError(message, { input: 'runner-version' });
        }
        logger.warning(message);
    },
    checkScope(scope) {
        if (!SCOPES.includes(scope.level)) {
            throw new errors.ConfigurationError(`Input 'runner-scope': '${scope.level}' is not a GitHub runner scope; give repository or organization.`, { input: 'runner-scope' });
        }
    },
    // actions/runner packages are named by the words x64 and arm64 themselves.
    packageArch: (arch) => arch,
    localPackage: { program: 'run.sh', unpack: 'tar' },
    runnerEvent: githubEvent,
};

;// CONCATENATED MODULE: ./src/forge/github/descriptor.ts

/** GitHub and GitHub Enterprise Server (API under /api/v3 of the server's host). */
const github = {
    kind: 'github',
    title: 'GitHub',
    publicHosts: ['github.com', 'www.github.com'],
    publicWebUrl: 'https://github.com',
    publicApiUrl: 'https://api.github.com',
    selfHostedApiUrl: (serverUrl) => `${serverUrl}/api/v3`,
    apiUrlVariables: ['CML_API_URL', 'GITHUB_API_URL'],
    webUrlVariables: ['CML_SERVER_URL', 'GITHUB_SERVER_URL'],
    tokenVariables: ['GITHUB_TOKEN'],
    missingToken: 'No GitHub token: set the token input, or REPO_TOKEN / GITHUB_TOKEN in the environment.',
    pullNoun: 'pull request',
    checksKind: 'check-run',
    runners: githubRunners,
    projectIdIsPath: false,
    gitCredentials: (token) => ({ username: 'x-access-token', password: token }),
    permissionHint(kind, target) {
        if (kind === 'assets') {
            return 'Images are committed to the cml-assets branch: add `permissions: contents: write` to the job.';
        }
        const permission = target === 'commit'
            ? 'contents: write'
            : target === 'issue'
                ? 'issues: write'
                : 'pull-requests: write';
        return `Add \`permissions: ${permission}\` to the job. Pull requests from forks get a read-only GITHUB_TOKEN: post the report from a workflow_run workflow, or read it in the job summary.`;
    },
    load: async () => (await Promise.all(/* import() */[__webpack_require__.e(662), __webpack_require__.e(194)]).then(__webpack_require__.bind(__webpack_require__, 7194))).createGitHubForge,
};

;// CONCATENATED MODULE: ./src/forge/gitlab/runner-events.ts
/**
 * gitlab-runner's JSON log lines (`--log-format json`, logrus): "Starting runner for \u2026"
 * (commands/single.go), "Checking for jobs... received" with the job id (network/gitlab.go
 * RequestJob) and the line carrying `duration_s` that ends every job ("Job succeeded" or
 * "Job failed: \u2026", common/build.go setTraceStatus); CML matched the same
 * (src/drivers/gitlab.js runnerLogPatterns). Job output goes to GitLab, not to this log.
 */
function gitlabEvent(line) {
    let entry;
    try {
        entry = JSON.parse(line);
    }
    catch {
        return undefined;
    }
    if (!entry || typeof entry !== 'object' || typeof entry.msg !== 'string')
        return undefined;
    if (entry.msg.startsWith('Starting runner for'))
        return { kind: 'ready' };
    if (entry.msg.includes('Checking for jobs') && entry.msg.includes('received')) {
        return { kind: 'job-started', job: entry.job === undefined ? undefined : String(entry.job) };
    }
    if (entry.duration_s !== undefined && /^Job (succeeded|failed)/.test(entry.msg)) {
        return { kind: 'job-ended', success: entry.msg.startsWith('Job succeeded') };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/forge/gitlab/runner-release.ts


/*
 * gitlab-runner, the newest release (`GET /projects/gitlab-org%2Fgitlab-runner/releases/
 * permalink/latest` on gitlab.com) or the one pinned. The hashes come from the `release.sha256`
 * file GitLab publishes next to the binaries
 * (`https://gitlab-runner-downloads.s3.amazonaws.com/v<version>/release.sha256`, lines
 * `<sha256> [*]binaries/gitlab-runner-linux-amd64`; the bucket layout of gitlab-runner's
 * `.gitlab/ci/postrelease.gitlab-ci.yml` and docs/install/bleeding-edge.md).
 */
function gitlabRunnerUrl(version, downloads = runner_release/* DEFAULT_RELEASE_SOURCES */.R.gitlabDownloads) {
    return `${downloads.replace(/\/+$/, '')}/v${version}/binaries/gitlab-runner-linux-@ARCH@`;
}
/** The sha256 of `binaries/<name>` in a release.sha256 file (sha256sum output, text or binary mode). */
function shaFromChecksumList(list, name) {
    for (const line of list.split('\n')) {
        const m = /^([0-9a-fA-F]{64})\s+\*?(?:\.\/)?(\S+)\s*$/.exec(line.trim());
        if (m && (m[2] === `binaries/${name}` || m[2] === name))
            return m[1].toLowerCase();
    }
    return undefined;
}
async function gitlabPin(request, sources, fetchImpl) {
    const downloads = sources.gitlabDownloads.replace(/\/+$/, '');
    let version = request.version ? (0,runner_release/* normaliseVersion */.r8)(request.version) : undefined;
    if (version && request.sha256) {
        return (0,runner_release/* givenPin */.Hb)(version, request.sha256, request.arch, gitlabRunnerUrl(version, downloads));
    }
    if (!version) {
        const url = `${sources.gitlabApi.replace(/\/+$/, '')}/projects/gitlab-org%2Fgitlab-runner/releases/permalink/latest`;
        const { status, body } = await (0,runner_release/* getJson */.Tt)(fetchImpl, url, {
            'user-agent': 'cml-runner-provision',
        });
        if (status !== 200) {
            throw new Error(`Could not read the newest gitlab-runner release (${url} answered ${status}); ${runner_release/* PIN_HINT */.kZ}.`);
        }
        version = (0,runner_release/* normaliseVersion */.r8)(body.tag_name ?? '');
    }
    const listUrl = `${downloads}/v${version}/release.sha256`;
    const { status, text } = await (0,runner_release/* getText */.q4)(fetchImpl, listUrl);
    if ((status === 404 || status === 403) && request.version) {
        // S3 answers 403 AccessDenied, not 404, for a key that does not exist in a bucket one cannot list.
        throw new errors.ConfigurationError(`Input 'runner-version': gitlab-runner v${version} has no release.sha256 at ${listUrl}; give an existing version (https://gitlab.com/gitlab-org/gitlab-runner/-/releases), or runner-sha256 with it.`, { input: 'runner-version' });
    }
    if (status !== 200) {
        throw new Error(`Could not read ${listUrl} (HTTP ${status}); ${runner_release/* PIN_HINT */.kZ}.`);
    }
    const x64 = shaFromChecksumList(text, 'gitlab-runner-linux-amd64') ?? '';
    const arm64 = shaFromChecksumList(text, 'gitlab-runner-linux-arm64') ?? '';
    if (!x64 && !arm64) {
        throw new Error(`${listUrl} lists no gitlab-runner-linux-amd64 or -arm64 binary; ${runner_release/* PIN_HINT */.kZ}.`);
    }
    return { version, url: gitlabRunnerUrl(version, downloads), sha256: { x64, arm64 } };
}

;// CONCATENATED MODULE: ./src/forge/gitlab/startup.ts
/**
 * The runner start-up script's GitLab part (bash, inserted by src/runners/render-startup.ts at
 * `#@FORGE_PART@#`; the shared template lists the functions every forge part defines). It runs
 * the gitlab-runner binary with this instance's own glrt- runner token (deleted by cml at
 * teardown), on the docker executor (the image of jobs that name none) or the shell executor.
 * Backslashes are doubled and `${` escaped, as a template literal needs.
 */
const GITLAB_RUNNER_STARTUP = `
CML_GITLAB_EXECUTOR={{GITLAB_EXECUTOR}}
CML_GITLAB_IMAGE={{GITLAB_IMAGE}}

# gitlab-runner's binaries are named linux-amd64 and linux-arm64.
runner_package_arch() {
  case "$1" in
    x64) echo amd64 ;;
    *) echo "$1" ;;
  esac
}

install_runner_package() {
  mkdir -p "$CML_ROOT/usr/local/bin" "$CML_HOME/builds"
  install -m 0755 "$CML_HOME/runner-download" "$CML_ROOT/usr/local/bin/gitlab-runner" || return 1
  chown "$CML_RUNNER_USER:$CML_RUNNER_USER" "$CML_HOME/builds"
}

# The docker executor runs every job in a container.
runner_needs_docker() {
  [[ $CML_GITLAB_EXECUTOR == docker ]]
}

# The glrt- token is in the environment of \`gitlab-runner register\` alone: the runner then reads
# it from its config.toml (root only), and the environment it hands to shell jobs holds none.
register_gitlab() {
  [[ -f "$CML_HOME/config.toml" ]] && return 0
  local executor=(--executor shell --builds-dir "$CML_HOME/builds")
  if [[ $CML_GITLAB_EXECUTOR == docker ]]; then
    executor=(--executor docker --docker-image "$CML_GITLAB_IMAGE")
    if [[ $CML_GPU == true ]]; then
      executor+=(--docker-gpus all --docker-runtime nvidia)
    fi
  fi
  (
    umask 077
    CI_SERVER_TOKEN=$CML_SECRET gitlab-runner register --non-interactive --config "$CML_HOME/config.toml" \\
      --url "$CML_TARGET_URL" --name "$CML_RUNNER_NAME" "\${executor[@]}"
  ) || return 1
  chmod 0600 "$CML_HOME/config.toml"
}

launch_runner() {
  register_gitlab || return 1
  if [[ $CML_SINGLE == true ]]; then
    # run-single has no --user: shell jobs run as root here (busy detection counts any user).
    gitlab-runner run-single --config "$CML_HOME/config.toml" --runner "$CML_RUNNER_NAME" --max-builds 1 &
  else
    local user=()
    if [[ $CML_GITLAB_EXECUTOR == shell ]]; then
      user=(--user "$CML_RUNNER_USER")
    fi
    gitlab-runner run --config "$CML_HOME/config.toml" --working-directory "$CML_HOME/builds" "\${user[@]}" &
  fi
}

# The processes under \`pid\`, at any depth and of any user.
descendants_of() {
  local child
  for child in $(pgrep -P "$1"); do
    echo "$child"
    descendants_of "$child"
  done
}

# A shell job is a process under gitlab-runner, whatever its user (run-single runs jobs as root,
# run --user as cml); a docker job is a container gitlab-runner labels with its id.
runner_busy() {
  local pid
  pid=$(cat "$CML_HOME/runner.pid" 2>/dev/null) || return 1
  if [[ -n "$(descendants_of "$pid")" ]]; then
    return 0
  fi
  [[ $CML_GITLAB_EXECUTOR == docker ]] && command -v docker >/dev/null 2>&1 &&
    [[ -n "$(docker ps -q --filter label=com.gitlab.gitlab-runner.job.id 2>/dev/null)" ]]
}

# \`unregister\` removes this machine's runner manager (glrt- tokens); cml's stop step deletes the
# runner itself.
deregister() {
  if [[ -f "$CML_HOME/config.toml" ]]; then
    gitlab-runner unregister --config "$CML_HOME/config.toml" --all-runners || log "unregister failed"
  fi
  return 0
}
`;

;// CONCATENATED MODULE: ./src/forge/gitlab/runner-support.ts




const runner_support_SCOPES = ['project', 'repository', 'group', 'instance'];
/**
 * GitLab runners: the gitlab-runner binary with a glrt- runner token of its own, project (or
 * repository), group or instance scoped.
 */
const gitlabRunners = {
    software: 'gitlab-runner',
    packageName: 'gitlab-runner',
    startup: GITLAB_RUNNER_STARTUP,
    release: gitlabPin,
    checkScope(scope) {
        if (!runner_support_SCOPES.includes(scope.level)) {
            throw new errors.ConfigurationError(`Input 'runner-scope': '${scope.level}' is not a GitLab runner scope; give project (or repository), group or instance.`, { input: 'runner-scope' });
        }
        if (scope.level === 'group' && !scope.owner) {
            throw new errors.ConfigurationError("Input 'runner-scope-id' is required with runner-scope: group: give the numeric group id.", { input: 'runner-scope-id' });
        }
    },
    // gitlab-runner's binaries are named linux-amd64 and linux-arm64.
    packageArch: (arch) => (arch === 'x64' ? 'amd64' : arch),
    localPackage: { program: 'gitlab-runner', unpack: 'binary' },
    runnerEvent: gitlabEvent,
};

;// CONCATENATED MODULE: ./src/forge/gitlab/descriptor.ts

/** GitLab.com and self-managed GitLab (API under /api/v4 of the server's host). */
const gitlab = {
    kind: 'gitlab',
    title: 'GitLab',
    publicHosts: ['gitlab.com', 'www.gitlab.com'],
    publicWebUrl: 'https://gitlab.com',
    publicApiUrl: 'https://gitlab.com/api/v4',
    selfHostedApiUrl: (serverUrl) => `${serverUrl}/api/v4`,
    apiUrlVariables: ['CML_API_URL', 'CI_API_V4_URL'],
    webUrlVariables: ['CML_SERVER_URL', 'CI_SERVER_URL'],
    tokenVariables: ['GITLAB_TOKEN'],
    missingToken: 'No GitLab token: set the token input, or REPO_TOKEN / GITLAB_TOKEN (a project or personal access token with api scope; CI_JOB_TOKEN cannot write notes).',
    pullNoun: 'merge request',
    checksKind: 'commit-status',
    runners: gitlabRunners,
    projectIdIsPath: true,
    // GitLab takes any user name with a token as the password; oauth2 is the documented one.
    gitCredentials: (token) => ({ username: 'oauth2', password: token }),
    permissionHint: (kind) => kind === 'assets'
        ? 'The token must be able to upload to the project (a project or personal access token with api scope, Developer role or higher, in REPO_TOKEN or GITLAB_TOKEN).'
        : 'The token must be able to write notes: a project or personal access token with api scope (Developer role or higher) in REPO_TOKEN or GITLAB_TOKEN; CI_JOB_TOKEN cannot write notes.',
    load: async () => (await Promise.all(/* import() */[__webpack_require__.e(582), __webpack_require__.e(910)]).then(__webpack_require__.bind(__webpack_require__, 8050))).createGitLabForge,
};

;// CONCATENATED MODULE: ./src/forge/bitbucket/descriptor.ts
/**
 * Bitbucket Cloud. No `runners`: CML never provisioned Bitbucket Pipelines runners, and this folder
 * has no runner start-up part, so runner-provision refuses Bitbucket (src/forge/registry.ts).
 * Bitbucket Data Center has another API (/rest/api/1.0), so a host other than
 * bitbucket.org is not guessed to be Bitbucket Cloud's: `selfHostedApiUrl` is left out.
 */
const bitbucket = {
    kind: 'bitbucket',
    title: 'Bitbucket',
    publicHosts: ['bitbucket.org', 'www.bitbucket.org'],
    publicWebUrl: 'https://bitbucket.org',
    publicApiUrl: 'https://api.bitbucket.org/2.0',
    apiUrlVariables: ['CML_API_URL'],
    webUrlVariables: ['CML_SERVER_URL'],
    tokenVariables: ['BITBUCKET_TOKEN'],
    missingToken: 'No Bitbucket token: set BITBUCKET_TOKEN (or REPO_TOKEN, or --token) to a workspace or repository access token, or to username:app-password (docs/bitbucket.md lists the scopes).',
    pullNoun: 'pull request',
    checksKind: 'code-insights',
    projectIdIsPath: false,
    // Access tokens clone as x-token-auth (Atlassian's "Using access tokens"); an app password
    // goes with its user name.
    gitCredentials: (token) => {
        const colon = token.indexOf(':');
        return colon > 0
            ? { username: token.slice(0, colon), password: token.slice(colon + 1) }
            : { username: 'x-token-auth', password: token };
    },
    permissionHint: (kind) => kind === 'assets'
        ? 'Images go to the repository Downloads: the token needs repository:write (docs/bitbucket.md).'
        : 'The token needs pullrequest:write (and account, for sticky updates) in BITBUCKET_TOKEN or REPO_TOKEN: a workspace access token or an app password (docs/bitbucket.md).',
    load: async () => (await __webpack_require__.e(/* import() */ 49).then(__webpack_require__.bind(__webpack_require__, 2049))).createBitbucketForge,
};

;// CONCATENATED MODULE: ./src/forge/registry.ts




/**
 * Every forge cml drives, in one place. Adding a forge is a folder under src/forge/ with a
 * descriptor, one line here and its name in `ForgeKind` (src/core/context.ts); runner support is
 * the descriptor's `runners` and the folder's start-up part (src/forge/<name>/startup.ts).
 */
const FORGES = { github: github, gitlab: gitlab, bitbucket: bitbucket };
/** Forge names, for `--driver` choices and messages. */
const FORGE_KINDS = Object.keys(FORGES);
function forgeInfo(kind) {
    return FORGES[kind];
}
/** The forge named by --driver / CML_DRIVER, or a one-line error listing the known ones. */
function parseForgeKind(name, what = '--driver') {
    if (name in FORGES)
        return name;
    throw new errors.ConfigurationError(`${what} '${name}' is not a forge cml drives: use ${FORGE_KINDS.join(', ')}.`);
}
/** The forge whose public service is at this host name, if any. */
function forgeOfHost(host) {
    const h = host.toLowerCase();
    return FORGE_KINDS.find((k) => FORGES[k].publicHosts.includes(h));
}
/** Runner support of the forge, or a one-line refusal naming the forges cml provisions on. */
function runnerSupport(kind) {
    const support = forgeInfo(kind).runners;
    if (support?.startup)
        return support;
    const able = FORGE_KINDS.filter((k) => forgeInfo(k).runners?.startup).map((k) => FORGES[k].title);
    throw new errors.ConfigurationError(`runner-provision: cml registers no self-hosted runners on ${forgeInfo(kind).title}; it works with ${able.join(' and ')}.`);
}
/**
 * The forge, when runner-provision can register runners on it (its folder brings a start-up
 * part); a one-line error naming the forges that can otherwise, before any cloud SDK loads.
 */
function runnerForge(forge) {
    runnerSupport(forge.kind);
    return forge;
}
/** The forge's part of the runner start-up script (bash from src/forge/<name>/startup.ts). */
function runnerStartup(kind) {
    return runnerSupport(kind).startup;
}


/***/ }),

/***/ 6917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ givenPin),
/* harmony export */   R: () => (/* binding */ DEFAULT_RELEASE_SOURCES),
/* harmony export */   Tt: () => (/* binding */ getJson),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   kZ: () => (/* binding */ PIN_HINT),
/* harmony export */   q4: () => (/* binding */ getText),
/* harmony export */   r8: () => (/* binding */ normaliseVersion)
/* harmony export */ });
/* unused harmony export checkSha256 */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const DEFAULT_RELEASE_SOURCES = {
    githubApi: 'https://api.github.com',
    gitlabApi: 'https://gitlab.com/api/v4',
    gitlabDownloads: 'https://gitlab-runner-downloads.s3.amazonaws.com',
};
/** `2.330.0` or `v2.330.0` \u2192 `2.330.0`; anything else is refused, naming the input. */
function normaliseVersion(value) {
    const m = /^v?(\d+\.\d+\.\d+)$/.exec(value.trim());
    if (!m) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`Input 'runner-version': '${value}' is not a version; give major.minor.patch (e.g. 2.330.0, or 18.3.0 for GitLab), or leave it unset for the newest release.`, { input: 'runner-version' });
    }
    return m[1];
}
function checkSha256(value) {
    const sha = value.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(sha)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`Input 'runner-sha256': '${value}' is not a sha256; give the 64 hexadecimal digits of the runner download's sha256.`, { input: 'runner-sha256' });
    }
    return sha;
}
function compareVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < 3; i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d)
            return d;
    }
    return 0;
}
async function getJson(fetchImpl, url, headers) {
    let response;
    try {
        response = await fetchImpl(url, { headers, signal: AbortSignal.timeout(30_000) });
    }
    catch (error) {
        throw new Error(`Could not reach ${url}: ${(0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
    }
    const text = await response.text();
    if (!response.ok)
        return { status: response.status, body: text };
    try {
        return { status: response.status, body: JSON.parse(text) };
    }
    catch {
        throw new Error(`${url} answered something that is not JSON.`);
    }
}
async function getText(fetchImpl, url) {
    let response;
    try {
        response = await fetchImpl(url, { signal: AbortSignal.timeout(30_000) });
    }
    catch (error) {
        throw new Error(`Could not reach ${url}: ${(0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
    }
    return { status: response.status, text: await response.text() };
}
const PIN_HINT = 'pin one with runner-version and runner-sha256 to launch without looking it up';
/** A pin given whole (runner-version with runner-sha256): nothing to look up. */
function givenPin(version, sha256, arch, url) {
    const sha = checkSha256(sha256);
    return {
        version,
        url,
        sha256: arch === 'arm64' ? { x64: '', arm64: sha } : { x64: sha, arm64: '' },
    };
}


/***/ }),

/***/ 3522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ haveForgeToken),
/* harmony export */   j: () => (/* binding */ readForgeToken)
/* harmony export */ });
/* harmony import */ var _inputs_parse__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3204);
/* harmony import */ var _registry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4045);


/**
 * The forge token, looked up the way CML looks it up: an explicit value first (--token,
 * CML_TOKEN, the token input), then REPO_TOKEN, repo_token, then the forge's own variables
 * (GITHUB_TOKEN, GITLAB_TOKEN, BITBUCKET_TOKEN), then the other forges', and last of all the job
 * token GitHub's actions hand over through their `github-token` input.
 * Masked the moment it is read, so no later log line, output or report can carry it.
 */
/** Whether any token is at hand (outside CI, a token is what makes cml talk to a forge). */
function haveForgeToken(explicit, env) {
    const names = [
        'REPO_TOKEN',
        'repo_token',
        ..._registry__WEBPACK_IMPORTED_MODULE_1__/* .FORGE_KINDS */ .Ij.flatMap((k) => (0,_registry__WEBPACK_IMPORTED_MODULE_1__/* .forgeInfo */ .QF)(k).tokenVariables),
    ];
    return [explicit, ...names.map((n) => env[n])].some((t) => t !== undefined && t.trim() !== '');
}
function readForgeToken(logger, forge, explicit, env = process.env) {
    const order = forge ? [forge, ..._registry__WEBPACK_IMPORTED_MODULE_1__/* .FORGE_KINDS */ .Ij.filter((k) => k !== forge)] : _registry__WEBPACK_IMPORTED_MODULE_1__/* .FORGE_KINDS */ .Ij;
    const candidates = [
        explicit,
        env.REPO_TOKEN,
        env.repo_token,
        ...order.flatMap((k) => (0,_registry__WEBPACK_IMPORTED_MODULE_1__/* .forgeInfo */ .QF)(k).tokenVariables.map((name) => env[name])),
        (0,_inputs_parse__WEBPACK_IMPORTED_MODULE_0__/* .readRawInput */ .b_)('github-token', env),
    ];
    const token = candidates.find((t) => t !== undefined && t.trim() !== '')?.trim();
    if (token) {
        logger.mask(token);
        // `username:app-password` (Bitbucket): the password half alone must not show either.
        const colon = token.indexOf(':');
        if (colon > 0 && colon < token.length - 1)
            logger.mask(token.slice(colon + 1));
    }
    return token;
}


/***/ }),

/***/ 4908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oh: () => (/* binding */ ensureRevision),
/* harmony export */   QE: () => (/* binding */ hasCommit),
/* harmony export */   Vk: () => (/* binding */ repositoryPrefix)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _run_git__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6148);




/** Whether `revision` names a commit this clone has. */
async function hasCommit(revision, cwd) {
    const r = await (0,_run_git__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .E)(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], cwd);
    return r.code === 0;
}
const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
/**
 * Makes sure a revision is readable, fetching only that commit (depth 1) when a shallow or
 * single-branch clone lacks it, and returns the name git can read it by. Branch names missing
 * locally are looked up as origin/<branch> and fetched into that remote-tracking ref.
 * An unknown revision is the user's to fix: the error names it and says how to fetch history.
 * With `objects`, the run's git session answers whether the revision is there (no process of
 * its own) and is retired before a fetch.
 */
async function ensureRevision(revision, cwd, logger, remote = 'origin', 
/** What the revision is, for the error message. */
what = 'base revision', objects) {
    if (revision.startsWith('-')) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(`Invalid revision '${revision}': a revision cannot start with '-'.`);
    }
    const known = (rev) => (objects ? objects.hasCommit(rev) : hasCommit(rev, cwd));
    if (await known(revision))
        return revision;
    const tracking = `refs/remotes/${remote}/${revision}`;
    if (!FULL_SHA.test(revision) && (await known(tracking)))
        return tracking;
    objects?.retire();
    // A sha is fetched as itself; a name as a branch into origin/<name>, else as a tag.
    const name = revision.replace(/^refs\/(heads|tags)\//, '');
    const attempts = FULL_SHA.test(revision)
        ? [revision]
        : [`+refs/heads/${name}:${tracking}`, `+refs/tags/${name}:refs/tags/${name}`];
    logger.info(`Fetching ${revision} from ${remote} (depth 1): this clone does not have it.`);
    let fetched = { code: 1, stderr: '' };
    for (const refspec of attempts) {
        fetched = await (0,_run_git__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .E)(['fetch', '--no-tags', '--depth=1', '--quiet', remote, refspec], cwd, {
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
    // git's first fatal/error line says what went wrong; its last is often advice ("and the
    // repository exists.").
    const lines = fetched.stderr.trim().split('\n').filter(Boolean);
    const reason = lines.find((l) => /^(fatal|error):/.test(l)) ?? lines.pop();
    throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(`Unknown ${what} '${revision}': this clone does not have it${reason ? ` and 'git fetch ${remote} ${revision}' failed (${reason})` : ''}. Fetch the history it needs: actions/checkout with 'fetch-depth: 0' on GitHub, ` +
        `'GIT_DEPTH: 0' on GitLab, or 'git fetch ${remote} ${revision}' before this step; ` +
        `or name a revision that exists.`);
}
/**
 * The path of cwd inside its repository ('' at the top, 'sub/dir/' below), for `git show rev:path`.
 * Found by looking up for the `.git` entry git itself would find (a folder, or a file in a worktree
 * or submodule), so the common case costs no git process (~20 ms of a small job's cold start);
 * git answers when the environment points elsewhere (GIT_DIR, GIT_WORK_TREE) or no `.git` is found.
 */
async function repositoryPrefix(cwd) {
    const fast = prefixFromDotGit(cwd);
    if (fast !== undefined)
        return fast;
    const r = await (0,_run_git__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .E)(['rev-parse', '--show-prefix'], cwd);
    if (r.code !== 0) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(`${cwd} is not inside a git repository: metrics are compared between git revisions (${r.stderr.trim()}).`);
    }
    return r.stdout.toString('utf8').trim();
}
function prefixFromDotGit(cwd) {
    if (process.env.GIT_DIR || process.env.GIT_WORK_TREE)
        return undefined;
    let dir;
    try {
        dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(cwd);
    }
    catch {
        return undefined;
    }
    const parts = [];
    for (;;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.git'))) {
            return parts.length ? `${parts.reverse().join('/')}/` : '';
        }
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            return undefined;
        // Inside the .git folder itself git has no prefix to give: let it answer.
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(dir) === '.git')
            return undefined;
        parts.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(dir));
        dir = parent;
    }
}


/***/ }),

/***/ 5068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ GitObjectSession),
/* harmony export */   y: () => (/* binding */ blobByProcess)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3802);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ensure_revision__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4908);



/**
 * One `git cat-file --batch` process answering a run's questions in order: does a revision name
 * a commit (what `git rev-parse --verify --quiet <rev>^{commit}` says), and a blob's bytes
 * written to a file (what `git cat-file blob <spec>` prints). A git process costs a small job's
 * cold start about 10\u201320 ms (Node's spawn waits for git to start, then git reads the
 * repository), and `cml data diff` asks at least two questions; the process can also be started
 * while the rest of the command still loads (src/cli/commands/data.ts).
 * Hand-written: `git cat-file --batch` is a line protocol that no maintained library speaks with
 * answers streamed to files. Each answer is `<oid> <type> <size>\n<bytes>\n`, or
 * `<name> missing\n` (or `ambiguous`) with no bytes.
 *
 * The session only saves processes, never changes an answer: when its process ends before
 * answering (git missing, not a repository, a path git refuses with a fatal error) the questions
 * it did not answer, and every later one, get a git process of their own as before, with the
 * same results and errors. So do names the line protocol cannot carry (a line break) and questions
 * after `retire()` (the clone was fetched into: this process might not see what came).
 */
class GitObjectSession {
    cwd;
    child;
    waiting = [];
    pending = Buffer.alloc(0);
    /** Bytes of the current answer still to come (its trailing newline included). */
    body = 0;
    retired = false;
    commits = new Map();
    constructor(cwd) {
        this.cwd = cwd;
    }
    /** Whether `revision` names a commit this clone has (asked once a session, before a fetch). */
    hasCommit(revision) {
        if (this.retired || !carried(revision))
            return (0,_ensure_revision__WEBPACK_IMPORTED_MODULE_2__/* .hasCommit */ .QE)(revision, this.cwd);
        let answer = this.commits.get(revision);
        if (!answer) {
            answer = new Promise((settle, fail) => this.ask({ question: { revision }, settle, fail }));
            // Often asked ahead (src/cli/commands/data.ts): a failure must not go unhandled meanwhile.
            answer.catch(() => undefined);
            this.commits.set(revision, answer);
        }
        return answer;
    }
    /**
     * Writes the blob `spec` names (`<rev>:<path>`, as git takes it) to `target`; false, and no
     * file, when it names no blob (a path missing at that revision, a folder, an unknown revision).
     */
    blobToFile(spec, target) {
        if (this.retired || !carried(spec))
            return blobByProcess(this.cwd, spec, target);
        return new Promise((settle, fail) => this.ask({ question: { spec, target, fd: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(target, 'w') }, settle, fail }));
    }
    /** Later questions get a process each: the clone is about to change (a fetch). */
    retire() {
        this.retired = true;
        this.close();
    }
    /** Ends the process once it has answered what was asked. */
    close() {
        this.child?.stdin?.end();
    }
    ask(waiter) {
        if (this.retired)
            return aside(this.cwd, waiter);
        this.waiting.push(waiter);
        const q = waiter.question;
        this.start().stdin.write(`${'revision' in q ? `${q.revision}^{commit}` : q.spec}\n`);
    }
    start() {
        if (this.child)
            return this.child;
        // stderr is not read: a failed question is a `missing` answer, a fatal one ends the process.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch'], {
            cwd: this.cwd,
            stdio: ['pipe', 'pipe', 'ignore'],
        });
        this.child = child;
        child.stdin.on('error', () => undefined); // git gone: 'close' or 'error' follows
        child.stdout.on('data', (chunk) => this.read(chunk));
        child.on('error', () => this.giveUp());
        child.on('close', () => this.giveUp());
        return child;
    }
    read(chunk) {
        let at = 0;
        while (at < chunk.length && this.waiting.length) {
            const waiter = this.waiting[0];
            const q = waiter.question;
            if (this.body > 0) {
                // The answer's bytes, then its newline: only a blob's bytes go to its file.
                const take = Math.min(this.body, chunk.length - at);
                const bytes = Math.min(take, this.body - 1);
                if ('fd' in q && !waiter.notBlob && bytes > 0)
                    writeAll(q.fd, chunk, at, bytes);
                this.body -= take;
                at += take;
                if (this.body === 0)
                    answer(this.waiting.shift(), !waiter.notBlob);
                continue;
            }
            const eol = chunk.indexOf(10, at);
            if (eol < 0) {
                this.pending = Buffer.concat([this.pending, chunk.subarray(at)]);
                return;
            }
            const header = Buffer.concat([this.pending, chunk.subarray(at, eol)]).toString('utf8');
            this.pending = Buffer.alloc(0);
            at = eol + 1;
            const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
            if (!m) {
                answer(this.waiting.shift(), false); // `<name> missing`, `<name> ambiguous`
                continue;
            }
            if ('fd' in q && m[1] !== 'blob')
                waiter.notBlob = true;
            this.body = Number(m[2]) + 1;
        }
    }
    /** The process ended or never started: what it left unanswered is asked the old way. */
    giveUp() {
        this.retired = true;
        this.body = 0;
        this.pending = Buffer.alloc(0);
        for (const waiter of this.waiting.splice(0))
            aside(this.cwd, waiter);
    }
}
/** Whether a name reaches git intact as one line (git drops a carriage return before the newline). */
function carried(name) {
    return !/[\r\n]/.test(name);
}
function answer(waiter, found) {
    const q = waiter.question;
    if ('fd' in q) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(q.fd);
        if (!found)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(q.target, { force: true });
    }
    waiter.settle(found);
}
/** A question the session cannot answer, asked with a git process of its own. */
function aside(cwd, waiter) {
    const q = waiter.question;
    if ('fd' in q)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(q.fd);
    const asked = 'fd' in q ? blobByProcess(cwd, q.spec, q.target) : (0,_ensure_revision__WEBPACK_IMPORTED_MODULE_2__/* .hasCommit */ .QE)(q.revision, cwd);
    asked.then(waiter.settle, waiter.fail);
}
function writeAll(fd, chunk, offset, length) {
    while (length > 0) {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, chunk, offset, length);
        offset += n;
        length -= n;
    }
}
/**
 * Writes a blob to `target` with one `git cat-file blob` of its own, straight into the file (no
 * bytes pass through this process); false, and no file, when `spec` names no blob.
 */
function blobByProcess(cwd, spec, target) {
    return new Promise((resolve, reject) => {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(target, 'w');
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', 'blob', spec], {
            cwd,
            stdio: ['ignore', fd, 'ignore'],
        });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd); // the child holds its own copy
        child.on('error', reject);
        child.on('close', (code) => {
            if (code === 0)
                return resolve(true);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(target, { force: true });
            resolve(false);
        });
    });
}


/***/ }),

/***/ 6148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ runGit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3802);
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

/***/ 3204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LO: () => (/* reexport */ inputVariable),
  b_: () => (/* reexport */ readRawInput)
});

// UNUSED EXPORTS: parseInput

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/input-env.ts
/**
 * The environment variable a runner sets for an input: INPUT_ + name upper-cased with spaces
 * turned into underscores and hyphens kept (the Actions runner's rule). GitLab templates set
 * the same variables so both platforms share one reader. In core, below the declarations, so the
 * token lookup (core/tokens.ts) can read the `github-token` input too.
 */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** An input's raw value, trimmed; undefined when unset or blank. */
function readRawInput(name, env = process.env) {
    const value = env[inputVariable(name)];
    if (value === undefined)
        return undefined;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
}

;// CONCATENATED MODULE: ./src/inputs/parse.ts

// Where the runner puts inputs lives in core (the token lookup reads one too).

/** Parses one raw value strictly against its declaration; the error always names the input. */
function parseInput(decl, raw) {
    const value = raw ?? decl.default;
    if (value === undefined || value === '') {
        if (decl.required)
            throw new ConfigurationError(`Input required and not supplied: ${decl.name}`, {
                input: decl.name,
            });
        return decl.type.kind === 'list' ? [] : undefined;
    }
    switch (decl.type.kind) {
        case 'string':
            return value;
        case 'boolean':
            if (value === 'true')
                return true;
            if (value === 'false')
                return false;
            throw new ConfigurationError(`Input '${decl.name}' must be true or false, got '${value}'.`, {
                input: decl.name,
            });
        case 'number': {
            const n = Number(value);
            const t = decl.type;
            if (!Number.isFinite(n) || (t.integer && !Number.isInteger(n))) {
                throw new ConfigurationError(`Input '${decl.name}' must be ${t.integer ? 'a whole number' : 'a number'}, got '${value}'.`, { input: decl.name });
            }
            if ((t.min !== undefined && n < t.min) || (t.max !== undefined && n > t.max)) {
                throw new ConfigurationError(`Input '${decl.name}' must be between ${t.min ?? '-\u221e'} and ${t.max ?? '\u221e'}, got ${n}.`, { input: decl.name });
            }
            return n;
        }
        case 'list':
            return value
                .split(/[\n,]/)
                .map((s) => s.trim())
                .filter((s) => s !== '');
        case 'enum':
            if (decl.type.options.includes(value))
                return value;
            throw new ConfigurationError(`Input '${decl.name}' must be one of ${decl.type.options.join(', ')}, got '${value}'.`, { input: decl.name });
    }
}


/***/ }),

/***/ 9163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  li: () => (/* binding */ detectPlatform),
  UW: () => (/* binding */ platformInfo),
  Gi: () => (/* binding */ platformWorkspaces),
  yI: () => (/* binding */ readContext)
});

// UNUSED EXPORTS: PLATFORM_VARIABLE_PREFIXES, defaultDotenvFile, stepOutputFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/platforms/github-actions/index.ts


/** GitHub Actions: GITHUB_* variables and the event payload at GITHUB_EVENT_PATH. */
const githubActions = {
    name: 'github',
    title: 'GitHub Actions',
    forge: 'github',
    variablePrefixes: ['GITHUB_', 'RUNNER_', 'INPUT_'],
    workspaceVariable: 'GITHUB_WORKSPACE',
    baseSources: { sha: 'pull request base', ref: 'GITHUB_BASE_REF' },
    detect: (env) => env.GITHUB_ACTIONS === 'true',
    stepOutputFile: (env) => env.GITHUB_OUTPUT || undefined,
    missingTokenHint: 'Pass `token: ${{ github.token }}` (or a personal access token) to the action, or set REPO_TOKEN.',
    context,
    fullReportLink: (c, _path, summaryWritten) => c.runUrl && summaryWritten && c.summaryFile
        ? `the job summary of [this run](${c.runUrl})`
        : undefined,
};
function context(env) {
    const event = readEvent(env.GITHUB_EVENT_PATH);
    const pr = event?.pull_request;
    const issue = event?.issue;
    const repo = event?.repository;
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
    const repository = env.GITHUB_REPOSITORY ?? '';
    const runId = env.GITHUB_RUN_ID;
    // An issue_comment on a PR carries the PR number in issue.number with issue.pull_request set.
    const pullNumber = typeof pr?.number === 'number'
        ? pr.number
        : issue?.pull_request && typeof issue.number === 'number'
            ? issue.number
            : undefined;
    return {
        platform: 'github',
        forge: 'github',
        repository,
        sha: pr?.head?.sha ?? env.GITHUB_SHA ?? '',
        ref: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || undefined,
        pullNumber,
        baseRef: env.GITHUB_BASE_REF || pr?.base?.ref || undefined,
        baseSha: pr?.base?.sha,
        defaultBranch: repo?.default_branch,
        workflow: env.GITHUB_WORKFLOW,
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        job: env.GITHUB_JOB,
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
        graphqlUrl: env.GITHUB_GRAPHQL_URL,
        serverUrl,
        runUrl: runId && repository ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        event,
        eventName: env.GITHUB_EVENT_NAME,
        summaryFile: env.GITHUB_STEP_SUMMARY || undefined,
    };
}
function readEvent(path) {
    if (!path)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors.ConfigurationError(`Cannot read the event payload GITHUB_EVENT_PATH=${path}: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/platforms/gitlab-ci/index.ts
/** GitLab CI: the predefined CI_* variables (merge request pipelines add CI_MERGE_REQUEST_*). */
const gitlabCi = {
    name: 'gitlab',
    title: 'GitLab CI',
    forge: 'gitlab',
    variablePrefixes: ['CI_', 'GITLAB_'],
    workspaceVariable: 'CI_PROJECT_DIR',
    baseSources: {
        sha: 'CI_MERGE_REQUEST_DIFF_BASE_SHA',
        ref: 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME',
    },
    detect: (env) => env.GITLAB_CI === 'true',
    dotenvReports: true,
    context: gitlab_ci_context,
    fullReportLink: (c, path) => c.runUrl ? `the job artifacts: [${path}](${c.runUrl}/artifacts/file/${path})` : undefined,
};
function gitlab_ci_context(env) {
    const iid = env.CI_MERGE_REQUEST_IID ? Number(env.CI_MERGE_REQUEST_IID) : undefined;
    const serverUrl = (env.CI_SERVER_URL ?? 'https://gitlab.com').replace(/\/$/, '');
    return {
        platform: 'gitlab',
        forge: 'gitlab',
        repository: env.CI_PROJECT_PATH ?? '',
        projectId: env.CI_PROJECT_ID,
        sha: env.CI_COMMIT_SHA ?? '',
        ref: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? env.CI_COMMIT_REF_NAME,
        pullNumber: iid !== undefined && Number.isInteger(iid) ? iid : undefined,
        baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME || undefined,
        baseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA || undefined,
        defaultBranch: env.CI_DEFAULT_BRANCH || undefined,
        workflow: env.CI_PIPELINE_NAME || undefined,
        runId: env.CI_PIPELINE_ID,
        job: env.CI_JOB_NAME,
        apiUrl: (env.CI_API_V4_URL ?? `${serverUrl}/api/v4`).replace(/\/$/, ''),
        serverUrl,
        runUrl: env.CI_JOB_URL ?? env.CI_PIPELINE_URL,
        workspace: env.CI_PROJECT_DIR ?? process.cwd(),
    };
}

;// CONCATENATED MODULE: ./src/platforms/bitbucket-pipelines/index.ts
/**
 * Bitbucket Pipelines, from its default variables (Atlassian, "Variables and secrets",
 * https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/):
 * BITBUCKET_BUILD_NUMBER is set in every build (detection; the run id), BITBUCKET_COMMIT the
 * commit, BITBUCKET_WORKSPACE + BITBUCKET_REPO_SLUG (or BITBUCKET_REPO_FULL_NAME) the
 * repository, BITBUCKET_BRANCH the source branch (not on tag builds, where BITBUCKET_TAG is),
 * BITBUCKET_PR_ID and BITBUCKET_PR_DESTINATION_BRANCH on pull request pipelines only,
 * BITBUCKET_CLONE_DIR the checkout, BITBUCKET_GIT_HTTP_ORIGIN the repository's web URL.
 * Pipelines sets no API root: CML_API_URL replaces https://api.bitbucket.org/2.0 (proxies, tests).
 */
const bitbucketPipelines = {
    name: 'bitbucket',
    title: 'Bitbucket Pipelines',
    forge: 'bitbucket',
    variablePrefixes: ['BITBUCKET_'],
    workspaceVariable: 'BITBUCKET_CLONE_DIR',
    baseSources: { ref: 'BITBUCKET_PR_DESTINATION_BRANCH' },
    detect: (env) => Boolean(env.BITBUCKET_BUILD_NUMBER && env.BITBUCKET_COMMIT),
    context: bitbucket_pipelines_context,
};
function bitbucket_pipelines_context(env) {
    const repository = env.BITBUCKET_REPO_FULL_NAME ||
        (env.BITBUCKET_WORKSPACE && env.BITBUCKET_REPO_SLUG
            ? `${env.BITBUCKET_WORKSPACE}/${env.BITBUCKET_REPO_SLUG}`
            : '');
    const serverUrl = webRoot(env.BITBUCKET_GIT_HTTP_ORIGIN);
    const pr = env.BITBUCKET_PR_ID ? Number(env.BITBUCKET_PR_ID) : undefined;
    const build = env.BITBUCKET_BUILD_NUMBER;
    return {
        platform: 'bitbucket',
        forge: 'bitbucket',
        repository,
        sha: env.BITBUCKET_COMMIT ?? '',
        ref: env.BITBUCKET_BRANCH || env.BITBUCKET_TAG || undefined,
        pullNumber: pr !== undefined && Number.isInteger(pr) && pr > 0 ? pr : undefined,
        baseRef: env.BITBUCKET_PR_DESTINATION_BRANCH || undefined,
        workflow: env.BITBUCKET_PIPELINE_UUID || undefined,
        runId: build,
        job: env.BITBUCKET_STEP_UUID || undefined,
        apiUrl: (env.CML_API_URL || 'https://api.bitbucket.org/2.0').replace(/\/+$/, ''),
        serverUrl,
        // The pipeline's page: https://bitbucket.org/{workspace}/{repo_slug}/pipelines/results/{n}.
        runUrl: repository && build ? `${serverUrl}/${repository}/pipelines/results/${build}` : undefined,
        workspace: env.BITBUCKET_CLONE_DIR || process.cwd(),
    };
}
/** https://bitbucket.org from BITBUCKET_GIT_HTTP_ORIGIN (http://bitbucket.org/ws/repo). */
function webRoot(origin) {
    if (origin) {
        try {
            const url = new URL(origin);
            // Pipelines gives the origin as http://; the site answers on https.
            return `https://${url.host}`;
        }
        catch {
            // fall through to the public site
        }
    }
    return 'https://bitbucket.org';
}

;// CONCATENATED MODULE: ./src/platforms/generic/index.ts
/**
 * Any other CI (Jenkins, CircleCI, Azure Pipelines) and a plain shell. Nothing identifies the
 * run; the repository comes from --repo or the origin remote (src/compat/session.ts), or from
 * CML_REPOSITORY / CML_SERVER_URL / CML_API_URL / CML_RUNNER_DRIVER, which `cml runner launch`
 * hands to the runner-provision bundle.
 */
const generic = {
    name: 'local',
    title: 'a shell or another CI',
    variablePrefixes: ['CML_'],
    detect: () => true,
    context: (env) => ({
        platform: 'local',
        repository: env.CML_REPOSITORY ?? '',
        sha: env.CML_SHA ?? '',
        apiUrl: env.CML_API_URL ?? '',
        serverUrl: env.CML_SERVER_URL ?? '',
        workspace: process.cwd(),
    }),
};

;// CONCATENATED MODULE: ./src/platforms/index.ts




/**
 * Every CI platform, in one place, the generic one last (it matches everything). Detection
 * reads each platform's own marker (GITHUB_ACTIONS, GITLAB_CI, BITBUCKET_BUILD_NUMBER), never
 * CI, which every CI sets, ours included. Adding a platform is a folder and one line here.
 */
const PLATFORMS = [githubActions, gitlabCi, bitbucketPipelines, generic];
function detectPlatform(env = process.env) {
    return PLATFORMS.find((p) => p.detect(env));
}
function platformInfo(name) {
    return PLATFORMS.find((p) => p.name === name);
}
/** Everything the library needs to know about where it runs, read once from the environment. */
function readContext(env = process.env) {
    return detectPlatform(env).context(env);
}
/** Checkout folders the platforms name (GITHUB_WORKSPACE, CI_PROJECT_DIR, BITBUCKET_CLONE_DIR). */
function platformWorkspaces(env = process.env) {
    return PLATFORMS.flatMap((p) => p.workspaceVariable ? [env[p.workspaceVariable] ?? ''] : []).filter(Boolean);
}
/** Where this platform takes step outputs (GITHUB_OUTPUT on GitHub Actions), if anywhere. */
function stepOutputFile(platform, env = process.env) {
    return platformInfo(platform).stepOutputFile?.(env);
}
/**
 * The dotenv report a capability writes when its input names none: CML_DOTENV, else `name` on
 * platforms whose jobs read dotenv reports (GitLab CI), else none.
 */
function defaultDotenvFile(platform, name, env = process.env) {
    return env.CML_DOTENV || (platformInfo(platform).dotenvReports ? name : undefined);
}
/** Prefixes of every platform's variables, for clearing a test's environment. */
const PLATFORM_VARIABLE_PREFIXES = PLATFORMS.flatMap((p) => p.variablePrefixes);


/***/ })

};
;