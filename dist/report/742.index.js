"use strict";
exports.id = 742;
exports.ids = [742];
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
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('Cannot tell which revision to compare against: this is not a pull/merge request and the default branch is unknown. Name the base revision (the base input, or cml metrics diff <a_rev>).');
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
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Invalid revision '${revision}': a revision cannot start with '-'.`);
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
    throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Unknown ${what} '${revision}': this clone does not have it${reason ? ` and 'git fetch ${remote} ${revision}' failed (${reason})` : ''}. Fetch the history it needs: actions/checkout with 'fetch-depth: 0' on GitHub, ` +
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
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${cwd} is not inside a git repository: metrics are compared between git revisions (${r.stderr.trim()}).`);
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

/***/ 1742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  embedDataSection: () => (/* binding */ embedDataSection)
});

// EXTERNAL MODULE: ./src/platforms/index.ts + 4 modules
var platforms = __webpack_require__(9163);
// EXTERNAL MODULE: ./src/core/logger.ts
var core_logger = __webpack_require__(1227);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/data/charts.ts


/** A small Vega-Lite histogram of one column: base dashed, HEAD solid (shares per bin). */
function driftSpec(dataset, drift) {
    const values = (drift.bins ?? []).flatMap((b, i) => [
        { bin: b.label, order: i, side: 'base', share: b.base },
        { bin: b.label, order: i, side: 'HEAD', share: b.head },
    ]);
    return {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: `${dataset}: ${drift.column}`,
        width: 320,
        height: 140,
        data: { values },
        mark: { type: 'line', point: true, interpolate: 'step' },
        encoding: {
            x: {
                field: 'bin',
                type: 'ordinal',
                sort: { field: 'order' },
                title: null,
                axis: { labelAngle: -40 },
            },
            y: { field: 'share', type: 'quantitative', title: 'share of rows', axis: { format: '%' } },
            color: { field: 'side', type: 'nominal', sort: ['base', 'HEAD'], title: null },
            strokeDash: {
                field: 'side',
                type: 'nominal',
                sort: ['base', 'HEAD'],
                scale: {
                    domain: ['base', 'HEAD'],
                    range: [
                        [5, 3],
                        [1, 0],
                    ],
                },
                legend: null,
            },
        },
    };
}
/** Renders a chart per drifted column into `dir` with the plots renderer (PNG, else SVG). */
async function drawDriftCharts(dir, drifted, logger) {
    if (!drifted.length)
        return [];
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const { PlotRenderer } = await __webpack_require__.e(/* import() */ 806).then(__webpack_require__.bind(__webpack_require__, 806));
    const renderer = await PlotRenderer.create((m) => logger.debug(m));
    const charts = [];
    for (const { dataset, drift } of drifted) {
        const name = `${dataset}-${drift.column}`.replace(/[^\w.-]+/g, '_');
        const svg = await renderer.toSvg({
            spec: driftSpec(dataset, drift),
            kind: 'vega-lite',
            name: `${dataset} ${drift.column}`,
        });
        const png = await renderer.toPng(svg, name);
        const path = Buffer.isBuffer(png) ? (0,external_node_path_.join)(dir, `${name}.png`) : (0,external_node_path_.join)(dir, `${name}.svg`);
        (0,external_node_fs_.writeFileSync)(path, Buffer.isBuffer(png) ? png : svg);
        charts.push({ column: drift.column, dataset, path });
    }
    return charts;
}

;// CONCATENATED MODULE: ./src/data/compare.ts
/** Columns added, removed, retyped, and (among the columns both sides have) reordered. */
function schemaChanges(base, head) {
    const changes = [];
    const baseNames = base.columns.map((c) => c.name);
    const headNames = head.columns.map((c) => c.name);
    for (const c of head.columns) {
        const b = base.columns.find((x) => x.name === c.name);
        if (!b)
            changes.push({ column: c.name, kind: 'added', to: c.type });
        else if (b.type !== c.type)
            changes.push({ column: c.name, kind: 'retyped', from: b.type, to: c.type });
    }
    for (const c of base.columns)
        if (!headNames.includes(c.name))
            changes.push({ column: c.name, kind: 'removed', from: c.type });
    const common = headNames.filter((n) => baseNames.includes(n));
    const baseOrder = baseNames.filter((n) => headNames.includes(n));
    common.forEach((name, i) => {
        if (baseOrder[i] !== name)
            changes.push({
                column: name,
                kind: 'reordered',
                from: `#${baseNames.indexOf(name) + 1}`,
                to: `#${headNames.indexOf(name) + 1}`,
            });
    });
    return changes;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
var external_node_module_default = /*#__PURE__*/__webpack_require__.n(external_node_module_);
;// CONCATENATED MODULE: ./src/core/scratch-dir.ts



/**
 * A fresh folder under the OS temp folder that is removed when the process exits, however it
 * exits normally (end of work, process.exit, an error turned into an exit code). What goes there
 * can be large (a dataset's base version, DuckDB's spill files), and self-hosted runners keep
 * their temp folder between jobs, so nothing may be left behind.
 */
function scratchDir(prefix) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), prefix));
    process.once('exit', () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }));
    return dir;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/data/engine-binding.ts





const REMOTE_BINDINGS = {
    'linux-arm64': {
        name: '@duckdb/node-bindings-linux-arm64',
        version: '1.5.6-r.1',
        integrity: 'sha512-3jnUaDil1BrF/6vAZwVaInJ1xoBaWGHB4PDiUnzJWKCo8a8TLx9j7/gPyPl/UGRBftrYIuTihRZSfF4mWMgtWA==',
    },
};
/** The files of the binding package that are loaded (duckdb.node finds libduckdb.so by $ORIGIN). */
const FILES = ['duckdb.node', 'libduckdb.so'];
function registryUrl(env = process.env) {
    return (env.CML_NPM_REGISTRY ||
        env.npm_config_registry ||
        env.NPM_CONFIG_REGISTRY ||
        'https://registry.npmjs.org').replace(/\/+$/, '');
}
function cacheRoot(env = process.env) {
    if (env.CML_DUCKDB_CACHE)
        return env.CML_DUCKDB_CACHE;
    if (env.RUNNER_TOOL_CACHE)
        return (0,external_node_path_.join)(env.RUNNER_TOOL_CACHE, 'cml-duckdb');
    return (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'cml', 'duckdb');
}
/** The npm registry's tarball address for a package version (`dist.tarball` in its metadata). */
function tarballUrl(registry, binding) {
    const base = binding.name.split('/').pop();
    return `${registry}/${binding.name}/-/${base}-${binding.version}.tgz`;
}
/**
 * The folder holding the binding's duckdb.node and libduckdb.so: the cached copy, or one fetched
 * now. The tarball is checked against `integrity` before anything is unpacked, and the folder
 * appears in the cache in one rename, so a copy there is always a complete, verified one.
 */
async function ensureBinding(binding, options = {}) {
    // Loaded here, not at the top: node:crypto takes ~15 ms to load, and only arm64 runs get here,
    // while every data command's cold start imports this module.
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
    const registry = (options.registry ?? registryUrl()).replace(/\/+$/, '');
    const root = options.cacheRoot ?? cacheRoot();
    const key = createHash('sha256').update(binding.integrity).digest('hex').slice(0, 16);
    const dir = (0,external_node_path_.join)(root, `${binding.name.replace('/', '+')}@${binding.version}-${key}`);
    const complete = () => FILES.every((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, f)));
    if (complete())
        return dir;
    const url = tarballUrl(registry, binding);
    const what = `data-validate's engine (DuckDB) for ${process.platform}-${process.arch}`;
    const remedy = `allow access to it, set CML_NPM_REGISTRY to a registry mirror, or install the engine in the workspace: npm install --no-save @duckdb/node-api@${binding.version}`;
    let tarball;
    try {
        const response = await fetch(url, { signal: AbortSignal.timeout(300_000) });
        if (!response.ok)
            throw new Error(`HTTP ${response.status} ${response.statusText}`);
        tarball = Buffer.from(await response.arrayBuffer());
    }
    catch (error) {
        const cause = error.cause?.message ?? error.message;
        throw new errors/* ConfigurationError */.j1(`${what} is downloaded on first use from ${url} (${binding.name}@${binding.version}, about 22 MB), and that failed: ${cause}; ${remedy}`);
    }
    const [algorithm, expected] = binding.integrity.split(/-(.*)/s);
    const actual = createHash(algorithm).update(tarball).digest('base64');
    if (actual !== expected) {
        throw new errors/* ConfigurationError */.j1(`${what}: ${url} does not match the integrity package-lock.json records for ${binding.name}@${binding.version} (expected ${binding.integrity}, got ${algorithm}-${actual}); nothing was unpacked. Check the registry (CML_NPM_REGISTRY) or ${remedy.replace(/^allow access to it, set CML_NPM_REGISTRY to a registry mirror, or /, '')}`);
    }
    (0,external_node_fs_.mkdirSync)(root, { recursive: true });
    const staging = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(root, '.fetch-'));
    try {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(staging, 'package.tgz'), tarball);
        // System tar, as the vendoring script uses: runners have it, and no extra library ships.
        (0,external_node_child_process_.execFileSync)('tar', ['-xzf', 'package.tgz', ...FILES.map((f) => `package/${f}`)], {
            cwd: staging,
            stdio: 'pipe',
        });
        try {
            (0,external_node_fs_.renameSync)((0,external_node_path_.join)(staging, 'package'), dir);
        }
        catch (error) {
            // Another job on this runner finished the same fetch first: its copy is as good.
            if (!complete())
                throw error;
        }
    }
    finally {
        (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
    }
    return dir;
}

;// CONCATENATED MODULE: ./src/data/engine.ts






/**
 * The engine is DuckDB (measured against a streaming csv-parse reader: see docs/data-validate.md
 * and scripts/bench/data-validate.mjs). It is loaded only when a data command runs, so the other
 * commands never pay for its 60+ MB native library. A thread per core (defaultThreads) and a
 * memory limit with a spill folder keep a file larger than RAM within bounds.
 */
async function openEngine() {
    const { DuckDBInstance } = await loadDuckDb();
    // DuckDB's spill files (a file larger than memory): removed when the process exits.
    const spill = scratchDir('cml-data-');
    const instance = await DuckDBInstance.create(':memory:', {
        threads: setting('CML_DATA_THREADS', String(defaultThreads((0,external_node_os_.availableParallelism)())), /^[1-9]\d{0,3}$/, 'a whole number of threads, 1 or more'),
        memory_limit: setting('CML_DATA_MEMORY', '512MB', /^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i, 'a size such as 512MB or 2GB'),
        temp_directory: spill,
        // Insertion order is irrelevant to a profile; dropping it lets aggregates stream.
        preserve_insertion_order: 'false',
        // Dataset paths can come from a pull request (dvc.yaml): an `https://` or `s3://` one must
        // not make DuckDB download and load httpfs and reach the network. Local files only.
        autoinstall_known_extensions: 'false',
        autoload_known_extensions: 'false',
    });
    return instance.connect();
}
/**
 * One thread per core the process may use, at most 8. A fixed 2 (the small runners' count) left
 * half of GitHub's standard 4-core Linux runner idle on a large file; past 8 threads the 512 MB
 * default limit is shared by so many aggregate states that DuckDB spills more than it gains.
 */
function defaultThreads(cores) {
    return Math.max(1, Math.min(8, Math.floor(cores) || 1));
}
/** An engine setting from the environment, refused in one line naming the variable when malformed. */
function setting(variable, fallback, valid, expected) {
    const value = process.env[variable]?.trim();
    if (!value)
        return fallback;
    if (!valid.test(value)) {
        throw new errors/* ConfigurationError */.j1(`${variable}=${value}: expected ${expected}.`);
    }
    return value;
}
/** A SQL string literal. */
function literal(text) {
    return `'${text.replace(/'/g, "''")}'`;
}
/** A SQL identifier. */
function ident(name) {
    return `"${name.replace(/"/g, '""')}"`;
}
/**
 * DuckDB ships in dist/node_modules with its linux-x64 binding; on linux-arm64 the binding is
 * fetched from the npm registry on first use (engine-binding.ts); elsewhere a copy installed in
 * the workspace (`npm install @duckdb/node-api`) is used.
 */
async function loadDuckDb(platform = `${process.platform}-${process.arch}`, 
/** `from`: the file whose node_modules hold @duckdb/node-api (default: this bundle's). */
options = {}) {
    const here = options.from ??
        (typeof __filename === 'string' ? __filename : (0,external_node_path_.join)(process.cwd(), 'package.json'));
    const remote = REMOTE_BINDINGS[platform];
    if (remote && !isMusl()) {
        const bindings = resolveFrom(here, '@duckdb/node-api', '@duckdb/node-bindings');
        if (bindings && !resolveFrom(bindings, `${remote.name}/duckdb.node`)) {
            preloadBinding(bindings, await ensureBinding(remote, options));
        }
    }
    try {
        return options.from
            ? (0,external_node_module_.createRequire)(options.from)('@duckdb/node-api')
            : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6262, 23));
    }
    catch (bundled) {
        try {
            return (0,external_node_module_.createRequire)(__webpack_require__.ab + "package.json")('@duckdb/node-api');
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`data-validate's engine (DuckDB) is not bundled for ${platform} (${bundled.message.split('\n')[0]}); install it in the workspace first: npm install --no-save @duckdb/node-api@1.5.6-r.1`);
        }
    }
}
/** Resolves `first` from `base`, then each next one from the file before it; undefined if any fails. */
function resolveFrom(base, ...chain) {
    let at = base;
    try {
        for (const request of chain)
            at = (0,external_node_module_.createRequire)(at).resolve(request);
        return at;
    }
    catch {
        return undefined;
    }
}
/**
 * Makes `require('@duckdb/node-bindings')` (what @duckdb/node-api loads) return the binding at
 * `dir`: its duckdb.js would only look for the platform package beside it, and the fetched copy
 * lives in a cache. Node documents adding entries to require.cache; the entry is what duckdb.js
 * itself exports, the loaded duckdb.node.
 */
function preloadBinding(bindingsJs, dir) {
    const load = (0,external_node_module_.createRequire)(bindingsJs);
    const entry = new (external_node_module_default())(bindingsJs);
    entry.filename = bindingsJs;
    entry.exports = load((0,external_node_path_.join)(dir, 'duckdb.node'));
    entry.loaded = true;
    load.cache[bindingsJs] = entry;
}
/** musl (Alpine) builds are not fetched: the workspace fallback names what to install. */
function isMusl() {
    const report = process.report?.getReport();
    return process.platform === 'linux' && !report?.header?.glibcVersionRuntime;
}

;// CONCATENATED MODULE: ./src/data/source.ts



const FORMATS_TEXT = 'CSV (.csv), TSV (.tsv), JSON Lines (.jsonl, .ndjson) or Parquet (.parquet), optionally gzipped (.gz)';
/** The format a file name declares (after removing .gz), or undefined. */
function formatOf(path) {
    const name = path.toLowerCase().replace(/\.gz$/, '');
    if (name.endsWith('.csv'))
        return 'csv';
    if (name.endsWith('.tsv') || name.endsWith('.tab'))
        return 'tsv';
    if (name.endsWith('.jsonl') || name.endsWith('.ndjson'))
        return 'jsonl';
    if (name.endsWith('.parquet') || name.endsWith('.pq'))
        return 'parquet';
    return undefined;
}
function isDataFile(path) {
    return formatOf(path) !== undefined;
}
/**
 * The DuckDB table expression that reads one file. CSV/TSV/JSONL skip malformed rows and
 * record them (store_rejects) so they are counted and reported with line numbers, never fatal.
 * `display` is the name the user knows the file by (the temp copy of a base has another path).
 */
function readExpression(path, display) {
    const format = formatOf(display) ?? formatOf(path);
    if (!format) {
        throw new errors/* ConfigurationError */.j1(`${display}: unknown data format; expected ${FORMATS_TEXT}`, {
            file: display,
        });
    }
    if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile()) {
        throw new errors/* ConfigurationError */.j1(`${display}: no such file`, { file: display });
    }
    const p = literal(path);
    switch (format) {
        case 'csv':
            return `read_csv(${p}, header=true, store_rejects=true, sample_size=20480)`;
        case 'tsv':
            return `read_csv(${p}, header=true, delim='\t', store_rejects=true, sample_size=20480)`;
        case 'jsonl':
            return `read_json(${p}, format='newline_delimited', ignore_errors=true)`;
        case 'parquet':
            return `read_parquet(${p})`;
    }
}

;// CONCATENATED MODULE: ./src/data/read-error.ts


/** DuckDB's own words kept in the message: enough to say why, never the whole sniffer report. */
const MAX_REASON = 300;
const FORMAT_NAMES = { csv: 'CSV', tsv: 'TSV', jsonl: 'JSON Lines', parquet: 'Parquet' };
/**
 * The one-line ConfigurationError for a file DuckDB could not read (random bytes, a broken
 * Parquet footer, a .gz that is not gzip, a line over max_line_size), or undefined for any other
 * error, which keeps its stack. A read error is one of DuckDB's input error classes (Invalid
 * Input, IO, Conversion) that names the file it was reading: an error in our own SQL (Binder,
 * Parser, Catalog\u2026) never names it. `path` is the file read (a temporary copy for a base
 * version); the message names `dataset` (and `at <revision>`) instead, first, as the logger's
 * annotation prefix expects.
 */
function unreadableFile(error, path, dataset, revision) {
    if (!(error instanceof Error))
        return undefined;
    const match = /^(Invalid Input|IO|Conversion) Error: ([\s\S]*)$/.exec(error.message);
    if (!match || !error.message.includes(path))
        return undefined;
    return notReadable(path, dataset, revision, reason(match[2], path, dataset));
}
/** `<dataset>: not a readable <format> file [at <revision>] (<why>); expected <formats>`. */
function notReadable(path, dataset, revision, why) {
    const format = formatOf(dataset) ?? formatOf(path);
    const kind = format
        ? `${FORMAT_NAMES[format]}${/\.gz$/i.test(dataset) ? ' (gzipped)' : ''}`
        : 'data';
    return new errors/* ConfigurationError */.j1(`${dataset}: not a readable ${kind} file${revision ? ` at ${revision}` : ''} (${why}); expected ${FORMATS_TEXT}`, { file: dataset });
}
/**
 * The lines of DuckDB's message that say what is wrong, on one line: the text before its SQL
 * excerpt, hints and option dumps, without the raw line of a CSV error (it can be megabytes),
 * with the dataset's name in place of the path read.
 */
function reason(message, path, dataset) {
    const kept = [];
    for (const line of message.split('\n')) {
        const text = line.trim();
        if (text === '' ||
            /^(LINE \d+:|Possible Solution|The search space used was|\^)/.test(text) ||
            /^[a-z_]+ = /.test(text)) {
            if (kept.length)
                break;
            continue;
        }
        if (text.startsWith('Original Line:'))
            continue;
        kept.push(text);
    }
    const one = kept.join(' ').split(path).join(dataset);
    return one.length > MAX_REASON ? `${one.slice(0, MAX_REASON - 1)}\u2026` : one;
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 8 modules
var sync = __webpack_require__(712);
;// CONCATENATED MODULE: ./src/data/small/value-types.ts
const BOOL = /^(true|false|t|f|yes|no)$/i;
const TRUE = /^(true|t|yes)$/i;
const INT = /^-?(0|[1-9]\d*)$/;
/** Zero-padded integers (zip codes, ids) stay text in DuckDB's sniffer. */
const PADDED_INT = /^0\d+$/;
const DOUBLE = /^-?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?$/;
const SPECIAL_NUMBER = /^[+-]?(inf|infinity|nan)$/i;
/** Characters a number, date, time or hex literal DuckDB might accept is made of. */
const NUMERIC_LOOKING = /^[0-9+\-.:/ TtZzEeXxA-Fa-f_,]*$/;
const INT64_MAX = 9223372036854775807n;
function classify(v) {
    if (v !== v.trim()) {
        // DuckDB trims before casting: ' 5' is a number. Only plain text is safe to keep.
        return v.trim() !== '' && classify(v.trim()) === 'string' ? 'string' : 'unknown';
    }
    if (BOOL.test(v))
        return 'bool';
    if (INT.test(v)) {
        const n = BigInt(v);
        return n <= INT64_MAX && n >= -INT64_MAX - 1n ? 'int' : 'unknown';
    }
    if (PADDED_INT.test(v))
        return 'string';
    if (DOUBLE.test(v))
        return /^-?0\d/.test(v) ? 'unknown' : 'double';
    const date = DATE.exec(v);
    if (date)
        return validDate(date) ? 'date' : 'unknown';
    const ts = TIMESTAMP.exec(v);
    if (ts)
        return validDate(ts) && validTime(ts) ? 'timestamp' : 'unknown';
    if (SPECIAL_NUMBER.test(v))
        return 'unknown';
    if (/^[A-Za-z]/.test(v) && !/^0x/i.test(v))
        return 'string';
    return NUMERIC_LOOKING.test(v) ? 'unknown' : 'string';
}
function validDate(m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (y < 1 || mo < 1 || mo > 12 || d < 1)
        return false;
    return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
function validTime(m) {
    return Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? 0) < 60;
}
/** The type of a column from the classes of its values; undefined when DuckDB is needed. */
function columnTypeOf(classes) {
    if (classes.has('unknown'))
        return undefined;
    if (classes.size === 0)
        return 'VARCHAR';
    if (classes.has('string'))
        return 'VARCHAR';
    const only = (...allowed) => [...classes].every((c) => allowed.includes(c));
    if (only('bool'))
        return 'BOOLEAN';
    if (only('int'))
        return 'BIGINT';
    if (only('int', 'double'))
        return 'DOUBLE';
    if (only('date'))
        return 'DATE';
    if (only('timestamp'))
        return 'TIMESTAMP';
    // Checked: a boolean and a number give text. Other mixtures are left to DuckDB.
    if (only('bool', 'int', 'double'))
        return 'VARCHAR';
    return undefined;
}
/** CAST(value AS VARCHAR) of a value sniffed as `type`, or undefined when DuckDB is needed. */
function castText(v, type) {
    switch (type) {
        case 'VARCHAR':
        case 'DATE':
            return v;
        case 'BOOLEAN':
            return TRUE.test(v) ? 'true' : 'false';
        case 'BIGINT':
            return v.length < 16 ? String(Number(v)) : BigInt(v).toString();
        case 'DOUBLE': {
            const x = Number(v);
            if (Object.is(x, -0))
                return '-0.0';
            return Number.isFinite(x) ? doubleText(x) : undefined;
        }
        case 'TIMESTAMP': {
            const m = TIMESTAMP.exec(v);
            const fraction = (m[7] ?? '').replace(/0+$/, '');
            return `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6] ?? '00'}${fraction ? `.${fraction}` : ''}`;
        }
    }
}
/**
 * DuckDB's DOUBLE \u2192 VARCHAR: the shortest digits that round-trip (as JavaScript's), written
 * like Python's repr: fixed notation with a `.0` for whole numbers from 1e-4 up to 1e16,
 * scientific (`1e+16`, `3e-05`) outside.
 */
function doubleText(x) {
    const abs = Math.abs(x);
    if (abs >= 1e-4 && abs < 1e16) {
        // JavaScript writes this range in fixed notation with the same shortest digits.
        const fixed = String(x);
        return fixed.includes('.') ? fixed : `${fixed}.0`;
    }
    const [mantissa = '', exp = '0'] = x.toExponential().split('e');
    const e = Number(exp);
    if (e < -4 || e >= 16) {
        const digits = String(Math.abs(e)).padStart(2, '0');
        return `${mantissa}e${e < 0 ? '-' : '+'}${digits}`;
    }
    const fixed = String(x);
    return fixed.includes('.') ? fixed : `${fixed}.0`;
}

;// CONCATENATED MODULE: ./src/data/small/read-table.ts



/** Why a file is left to DuckDB (the small-file path only answers where it agrees). */
class Declined {
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}
/**
 * Reads a CSV or TSV file (gzipped or not) the way the DuckDB path's read_csv(header=true,
 * store_rejects=true) does, or declines when the file has something DuckDB's dialect sniffer
 * might read differently: another delimiter candidate (`|`, `;`, tab in a CSV), a comment
 * candidate (`#`), a backslash or single-quote quoting, mixed line endings, blank-looking lines.
 */
function readSmallTable(path, format, gzip, maxBytes = Infinity) {
    let bytes = (0,external_node_fs_.readFileSync)(path);
    if (gzip) {
        // Required here, not at the top: loading zlib costs 5\u201310 ms, which a plain CSV never needs.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { gunzipSync } = __webpack_require__(8522);
        try {
            bytes = gunzipSync(bytes, {
                maxOutputLength: Number.isFinite(maxBytes) ? maxBytes : undefined,
            });
        }
        catch {
            return new Declined('gzip larger than the small-file limit, or not gzip');
        }
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return new Declined('not UTF-8');
    }
    if (text.startsWith('\ufeff'))
        text = text.slice(1);
    const delimiter = format === 'tsv' ? '\t' : ',';
    if (format === 'csv' && /[|;\t]/.test(text))
        return new Declined('another delimiter candidate');
    if (/[#\\]/.test(text))
        return new Declined('a comment or escape candidate');
    if (/(^|[\n,\t])'/.test(text))
        return new Declined('single-quoted fields');
    const crlf = text.includes('\r');
    if (crlf) {
        if (/\r(?!\n)|(?<!\r)\n/.test(text))
            return new Declined('mixed line endings');
        text = text.replace(/\r\n/g, '\n');
    }
    if (/(^|\n)[ \t]+(\n|$)/.test(text))
        return new Declined('a blank-looking line');
    if (text === '')
        return {
            rows: 0,
            columns: [{ name: 'column0', engineType: 'VARCHAR', text: [] }],
            malformed: [],
        };
    const options = {
        delimiter,
        record_delimiter: '\n',
        relax_column_count: true,
        skip_empty_lines: true,
    };
    let records;
    try {
        // The raw text of each record only serves the line numbers of malformed rows: asked for
        // when there are some (it doubles what the parse allocates).
        const plain = (0,sync/* parse */.q)(text, options);
        const width = plain[0]?.length ?? 0;
        records = plain.some((r) => r.length !== width)
            ? (0,sync/* parse */.q)(text, { ...options, raw: true })
            : plain.map((record) => ({ record, raw: '' }));
    }
    catch (error) {
        return new Declined(`csv-parse: ${error.code ?? 'error'}`);
    }
    const header = records[0]?.record ?? [];
    if (header.some((n) => n === '' || n !== n.trim()) || new Set(header).size !== header.length)
        return new Declined('empty, padded or repeated column names');
    const width = header.length;
    // With one column DuckDB reads an empty line as a row whose value is missing; csv-parse skips
    // it. Left to DuckDB rather than counted here.
    const body = text.replace(/\r?\n$/, '');
    if (width === 1 && (/\n\r?\n/.test(body) || /^\r?\n/.test(body) || body.endsWith('\n')))
        return new Declined('empty lines in a one-column file');
    // DuckDB numbers a rejected row by the line breaks outside quoted values before it.
    let unquotedBreaks = records[0] ? breaks(records[0].raw) - fieldBreaks(records[0].record) : 0;
    const good = [];
    const malformed = [];
    let badRows = 0;
    for (let r = 1; r < records.length; r++) {
        const { record, raw } = records[r];
        if (crlf && record.some((f) => f.includes('\n')))
            return new Declined('CRLF inside quotes');
        if (record.length === width) {
            good.push(record);
            if (!raw)
                continue;
        }
        const leading = /^\n*/.exec(raw)?.[0].length ?? 0;
        const line = 1 + unquotedBreaks + leading;
        unquotedBreaks += breaks(raw) - fieldBreaks(record);
        if (record.length === width)
            continue;
        if (record.length === width + 1 && record[width] === '')
            return new Declined('a trailing delimiter');
        else if (record.length < width)
            malformed.push({
                line,
                message: `Expected Number of Columns: ${width} Found: ${record.length}`,
            });
        // DuckDB rejects a long row once per extra column (Found: width+1, width+2, \u2026).
        else
            for (let found = width + 1; found <= record.length; found++)
                malformed.push({ line, message: `Expected Number of Columns: ${width} Found: ${found}` });
        if (record.length !== width)
            badRows++;
    }
    if (badRows * 2 > records.length - 1)
        return new Declined('mostly malformed rows');
    const columns = [];
    for (let c = 0; c < width; c++) {
        const classes = new Set();
        for (const row of good) {
            const v = row[c];
            if (v !== '')
                classes.add(classify(v));
        }
        const engineType = columnTypeOf(classes);
        if (!engineType)
            return new Declined(`column ${header[c]}: values DuckDB may type otherwise`);
        const texts = new Array(good.length);
        const numeric = engineType === 'BIGINT' || engineType === 'DOUBLE';
        const numbers = numeric ? new Float64Array(good.length) : undefined;
        for (let r = 0; r < good.length; r++) {
            const v = good[r][c];
            if (v === '') {
                texts[r] = null;
                if (numbers)
                    numbers[r] = NaN;
                continue;
            }
            const t = castText(v, engineType);
            if (t === undefined)
                return new Declined(`column ${header[c]}: ${v}`);
            texts[r] = t;
            if (numbers)
                numbers[r] = Number(v);
        }
        columns.push({ name: header[c], engineType, text: texts, numbers });
    }
    return { rows: good.length, columns, malformed };
}
function breaks(s) {
    let n = 0;
    for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1))
        n++;
    return n;
}
function fieldBreaks(record) {
    let n = 0;
    for (const f of record)
        if (f.includes('\n'))
            n += breaks(f);
    return n;
}

;// CONCATENATED MODULE: ./src/data/small/choose-engine.ts




/**
 * Files up to this size (bytes on disk, and after gunzip) are profiled in plain JavaScript
 * instead of DuckDB. Measured with `cml data validate` of 20-column CSV files, both engines
 * forced (scripts/bench/data-validate.mjs, docs/data-validate.md): DuckDB costs about 0.7 s of CPU
 * whatever the size (mostly loading its native library), the JS path about 0.1 s per 1,000 rows
 * over its 0.3 s start; they cross near 5,000 rows, 500 KB. Past that DuckDB is cheaper.
 */
const SMALL_FILE_BYTES = 512 * 1024;
/** DuckDB sniffs types on the first 20,480 rows (sample_size); the JS path types every row. */
const MAX_ROWS = 20_000;
/** CML_DATA_ENGINE: `auto` (default), or `js` / `duckdb` to force one (tests, bench). */
function engineChoice(env = process.env) {
    const v = (env.CML_DATA_ENGINE ?? '').trim().toLowerCase() || 'auto';
    if (v === 'auto' || v === 'js' || v === 'duckdb')
        return v;
    throw new errors/* ConfigurationError */.j1(`CML_DATA_ENGINE: '${env.CML_DATA_ENGINE}' is not one of auto, js, duckdb`);
}
const tables = new Map();
/**
 * The file read as a small table when the JS engine profiles it, else undefined (DuckDB does).
 * Profile, histograms and schema checks of one file ask here, so they always agree on the engine;
 * a file is read once per process (while unchanged).
 */
function smallTable(path, dataset) {
    const choice = engineChoice();
    if (choice === 'duckdb')
        return undefined;
    // Keyed by the file's identity too: a file rewritten in the same process is read afresh.
    const stat = (0,external_node_fs_.existsSync)(path) ? (0,external_node_fs_.statSync)(path) : undefined;
    const key = `${path}\0${dataset}\0${stat?.size}\0${stat?.mtimeMs}`;
    const cached = tables.get(key);
    if (cached !== undefined)
        return cached ?? undefined;
    const result = read(path, dataset, choice);
    if (result instanceof Declined) {
        if (choice === 'js')
            throw new errors/* ConfigurationError */.j1(`${dataset}: the JavaScript engine (--engine js, CML_DATA_ENGINE=js) cannot profile this file (${result.reason}); use --engine auto to let DuckDB read it`, { file: dataset });
        tables.set(key, null);
        return undefined;
    }
    tables.set(key, result);
    return result;
}
function read(path, dataset, choice) {
    const format = formatOf(dataset) ?? formatOf(path);
    if (format !== 'csv' && format !== 'tsv')
        return new Declined(`${format ?? 'unknown'} format`);
    if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile())
        return new Declined('no such file');
    const gzip = /\.gz$/i.test(dataset) || /\.gz$/i.test(path);
    const size = (0,external_node_fs_.statSync)(path).size;
    if (choice === 'auto' && size > SMALL_FILE_BYTES)
        return new Declined('large file');
    const table = readSmallTable(path, format, gzip, choice === 'auto' ? SMALL_FILE_BYTES : Infinity);
    if (table instanceof Declined)
        return table;
    if (table.rows + table.malformed.length > MAX_ROWS)
        return new Declined('more rows than DuckDB samples');
    return table;
}

;// CONCATENATED MODULE: ./src/data/small/duckdb-hash.ts
const MUL_HI = 0xd6e8feb8;
const MUL_LO = 0x6659fd93;
const SEED_MUL_HI = 0xc6a4a793;
const SEED_MUL_LO = 0x5bd1e995;
const TWO32 = 0x1_0000_0000;
/** (aHi:aLo \u00d7 bHi:bLo) mod 2^64, into out. */
function mul64(aHi, aLo, bHi, bLo, out) {
    const a0 = aLo & 0xffff;
    const a1 = aLo >>> 16;
    const b0 = bLo & 0xffff;
    const b1 = bLo >>> 16;
    const mid = a0 * b1 + a1 * b0; // < 2^33
    const low = a0 * b0 + (mid % 65536) * 65536; // < 2^33
    const carry = Math.floor(low / TWO32);
    out.lo = low >>> 0;
    out.hi =
        (a1 * b1 + Math.floor(mid / 65536) + carry + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) >>> 0;
}
/** MurmurHash64 (hash.hpp): three xor-shift-32 rounds around two multiplications. */
function murmur64(h) {
    h.lo = (h.lo ^ h.hi) >>> 0;
    mul64(h.hi, h.lo, MUL_HI, MUL_LO, h);
    h.lo = (h.lo ^ h.hi) >>> 0;
    mul64(h.hi, h.lo, MUL_HI, MUL_LO, h);
    h.lo = (h.lo ^ h.hi) >>> 0;
}
const encoder = new TextEncoder();
/** Reused for every string, so hashing allocates nothing; grown for longer strings. */
let bytes = new Uint8Array(256);
/**
 * The hash DuckDB's Hash(string_t) gives the UTF-8 bytes of `text`, written into `out`
 * (callers keep many hashes: two numbers each, no object per value).
 */
function hashInto(text, out) {
    let len = text.length;
    let ascii = true;
    for (let i = 0; i < len; i++)
        if (text.charCodeAt(i) > 0x7f)
            ascii = false;
    if (ascii) {
        if (bytes.length < len + 8)
            bytes = new Uint8Array(2 * len + 8);
        for (let i = 0; i < len; i++)
            bytes[i] = text.charCodeAt(i);
    }
    else {
        if (bytes.length < 3 * len + 8)
            bytes = new Uint8Array(6 * len + 8);
        len = encoder.encodeInto(text, bytes).written;
    }
    const h = out;
    mul64(0, len, SEED_MUL_HI, SEED_MUL_LO, h);
    h.lo = (h.lo ^ 0xe17a1465) >>> 0;
    for (let at = 0; at < len; at += 8) {
        // Little-endian 8-byte blocks; the last one zero-padded (DuckDB memcpy's the remainder).
        let lo = 0;
        let hi = 0;
        for (let b = 0; b < 4 && at + b < len; b++)
            lo += bytes[at + b] * 2 ** (8 * b);
        for (let b = 0; b < 4 && at + 4 + b < len; b++)
            hi += bytes[at + 4 + b] * 2 ** (8 * b);
        h.hi = (h.hi ^ hi) >>> 0;
        h.lo = (h.lo ^ lo) >>> 0;
        mul64(h.hi, h.lo, MUL_HI, MUL_LO, h);
    }
    murmur64(h);
}
/** The hash DuckDB's Hash(string_t) gives the UTF-8 bytes of `text`. */
function hashString(text) {
    const h = { hi: 0, lo: 0 };
    hashInto(text, h);
    return h;
}
const view = new DataView(new ArrayBuffer(8));
/** MurmurHash64 of a 64-bit two's-complement integer, into out. */
function hashInt64(value, out) {
    view.setBigInt64(0, BigInt.asIntN(64, value), true);
    out.lo = view.getUint32(0, true);
    out.hi = view.getUint32(4, true);
    murmur64(out);
}
const DAY_MS = 86_400_000;
/**
 * The hash DuckDB's approx_count_distinct gives a value of the column's type (Hash<T> in
 * hash.cpp, checked against DuckDB 1.5.6's hash()): MurmurHash64 of the int64 for BIGINT, of
 * 0/1 for BOOLEAN, of the days since 1970 for DATE, of the microseconds since 1970 for
 * TIMESTAMP, of the IEEE bits for DOUBLE (0.0 and -0.0 both hash to 0); the text's bytes for
 * VARCHAR. `text` is the value's CAST(\u2026 AS VARCHAR), as the small-file reader keeps it.
 */
function hashValueInto(text, type, out) {
    switch (type) {
        case 'BIGINT':
            return hashInt64(BigInt(text), out);
        case 'BOOLEAN':
            return hashInt64(text === 'true' ? 1n : 0n, out);
        case 'DATE': {
            const [y, m, d] = text.split('-').map(Number);
            return hashInt64(BigInt(Math.round(Date.UTC(y, m - 1, d) / DAY_MS)), out);
        }
        case 'TIMESTAMP': {
            const [date = '', time = ''] = text.split(' ');
            const [y, mo, d] = date.split('-').map(Number);
            const [hms = '', fraction = ''] = time.split('.');
            const [h, mi, s] = hms.split(':').map(Number);
            const micros = BigInt(Date.UTC(y, mo - 1, d, h, mi, s)) * 1000n + BigInt(fraction.padEnd(6, '0') || 0);
            return hashInt64(micros, out);
        }
        case 'DOUBLE': {
            const x = Number(text);
            if (x === 0) {
                out.hi = 0;
                out.lo = 0;
                return;
            }
            view.setFloat64(0, x, true);
            out.lo = view.getUint32(0, true);
            out.hi = view.getUint32(4, true);
            return murmur64(out);
        }
        default:
            return hashInto(text, out);
    }
}

;// CONCATENATED MODULE: ./src/data/small/hyperloglog.ts
/**
 * DuckDB's approx_count_distinct (extension/core_functions/aggregate/distributive/approx_count.cpp
 * and common/types/hyperloglog.hpp, as built in @duckdb/node-api 1.5.6): 2^6 registers, Ertl's improved estimator
 * ("New cardinality estimation algorithms for HyperLogLog sketches", arXiv:1702.01284), with
 * DuckDB's register and count indexing kept as they are so the estimate is the same number.
 */
const P = 6;
const M = 1 << P;
const Q = 64 - P;
// DuckDB's constant 1 / (2 ln 2), to the precision a double holds.
const ALPHA = 0.7213475204444817;
class HyperLogLog {
    registers = new Uint8Array(M);
    add(h) {
        const i = h.lo & (M - 1);
        // h >> P, then bit Q set, so at most Q trailing zeros.
        const lo = ((h.lo >>> P) | (h.hi << (32 - P))) >>> 0;
        const hi = ((h.hi >>> P) | (1 << (Q - 32))) >>> 0;
        const zeros = lo !== 0 ? ctz(lo) : 32 + ctz(hi);
        const z = zeros + 1;
        if (z > this.registers[i])
            this.registers[i] = z;
    }
    count() {
        const c = new Array(Q + 2).fill(0);
        for (const r of this.registers)
            c[r] = c[r] + 1;
        let z = M * tau((M - c[Q]) / M);
        for (let k = Q; k >= 1; --k) {
            z += c[k];
            z *= 0.5;
        }
        z += M * sigma(c[0] / M);
        return Math.round((ALPHA * M * M) / z);
    }
}
function ctz(x) {
    return 31 - Math.clz32(x & -x);
}
function sigma(x) {
    if (x === 1)
        return Infinity;
    let y = 1;
    let z = x;
    let prev;
    do {
        x *= x;
        prev = z;
        z += x * y;
        y += y;
    } while (prev !== z);
    return z;
}
function tau(x) {
    if (x === 0 || x === 1)
        return 0;
    let y = 1;
    let z = 1 - x;
    let prev;
    do {
        x = Math.sqrt(x);
        prev = z;
        y *= 0.5;
        z -= (1 - x) * (1 - x) * y;
    } while (prev !== z);
    return z / 3;
}

;// CONCATENATED MODULE: ./src/data/small/t-digest.ts
const COMPRESSION = 100;
const MAX_PROCESSED = 2 * COMPRESSION;
const MAX_UNPROCESSED = 8 * COMPRESSION;
/** std::numeric_limits<double>::min(), DuckDB's starting max. */
const DBL_MIN = 2.2250738585072014e-308;
class TDigest {
    processed = [];
    unprocessed = [];
    processedWeight = 0;
    unprocessedWeight = 0;
    cumulative = [];
    min = Number.MAX_VALUE;
    max = DBL_MIN;
    /** Values added (DuckDB's state.pos): none means a NULL result. */
    count = 0;
    add(x) {
        if (!Number.isFinite(x))
            return;
        this.count++;
        this.unprocessed.push({ mean: x, weight: 1 });
        this.unprocessedWeight += 1;
        if (this.processed.length > MAX_PROCESSED || this.unprocessed.length > MAX_UNPROCESSED)
            this.process();
    }
    /** The quantiles at `levels` (DuckDB keeps them as FLOAT), after the finalize's compress. */
    quantiles(levels) {
        if (this.count === 0)
            return undefined;
        this.process();
        return levels.map((q) => this.quantile(Math.fround(q)));
    }
    process() {
        const byMean = (a, b) => a.mean - b.mean;
        const fresh = this.unprocessed.sort(byMean);
        // std::inplace_merge is stable: on equal means the new centroids come first.
        const all = [];
        let i = 0;
        let j = 0;
        while (i < fresh.length || j < this.processed.length) {
            const a = fresh[i];
            const b = this.processed[j];
            if (a && (!b || b.mean >= a.mean)) {
                all.push(a);
                i++;
            }
            else {
                all.push(b);
                j++;
            }
        }
        this.processedWeight += this.unprocessedWeight;
        this.unprocessedWeight = 0;
        const first = all[0];
        const out = [{ ...first }];
        let wSoFar = first.weight;
        let wLimit = this.processedWeight * integratedQ(1);
        for (let k = 1; k < all.length; k++) {
            const c = all[k];
            const projected = wSoFar + c.weight;
            if (projected <= wLimit) {
                wSoFar = projected;
                const last = out[out.length - 1];
                last.weight += c.weight;
                last.mean += (c.weight * (c.mean - last.mean)) / last.weight;
            }
            else {
                const k1 = integratedLocation(wSoFar / this.processedWeight);
                wLimit = this.processedWeight * integratedQ(k1 + 1);
                wSoFar += c.weight;
                out.push({ ...c });
            }
        }
        this.processed = out;
        this.unprocessed = [];
        this.min = Math.min(this.min, out[0].mean);
        this.max = Math.max(this.max, out[out.length - 1].mean);
        let previous = 0;
        this.cumulative = out.map((c) => {
            const at = previous + c.weight / 2;
            previous += c.weight;
            return at;
        });
        this.cumulative.push(previous);
    }
    quantile(q) {
        const p = this.processed;
        if (q < 0 || q > 1 || p.length === 0)
            return NaN;
        if (p.length === 1)
            return p[0].mean;
        const n = p.length;
        const index = q * this.processedWeight;
        const w0 = p[0].weight;
        if (index <= w0 / 2)
            return this.min + ((2 * index) / w0) * (p[0].mean - this.min);
        const at = lowerBound(this.cumulative, index);
        if (at + 1 !== this.cumulative.length) {
            const z1 = index - this.cumulative[at - 1];
            const z2 = this.cumulative[at] - index;
            return weightedAverage(p[at - 1].mean, z2, p[at].mean, z1);
        }
        const wn = p[n - 1].weight;
        const z1 = index - this.processedWeight - wn / 2;
        const z2 = wn / 2 - z1;
        return weightedAverage(p[n - 1].mean, z1, this.max, z2);
    }
}
function integratedLocation(q) {
    return (COMPRESSION * (Math.asin(2 * q - 1) + Math.PI / 2)) / Math.PI;
}
function integratedQ(k) {
    return (Math.sin((Math.min(k, COMPRESSION) * Math.PI) / COMPRESSION - Math.PI / 2) + 1) / 2;
}
function lowerBound(sorted, x) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function weightedAverage(x1, w1, x2, w2) {
    return x1 <= x2 ? weightedSorted(x1, w1, x2, w2) : weightedSorted(x2, w2, x1, w1);
}
function weightedSorted(x1, w1, x2, w2) {
    const x = (x1 * w1 + x2 * w2) / (w1 + w2);
    return Math.max(x1, Math.min(x, x2));
}

;// CONCATENATED MODULE: ./src/data/small/top-k.ts
class TopK {
    k;
    values = [];
    lookup = new Map();
    filter;
    mask;
    capacity;
    constructor(k) {
        this.k = k;
        this.capacity = k * 3;
        const size = 2 ** Math.ceil(Math.log2(this.capacity * 8));
        this.filter = new Array(size).fill(0);
        this.mask = size - 1;
    }
    add(text, hash) {
        const known = this.lookup.get(text);
        if (known)
            this.increment(known, 1);
        else
            this.insertOrReplace(text, hash);
    }
    /** The k most frequent values, most frequent first. */
    top() {
        return this.values.slice(0, this.k).map((v) => v.text);
    }
    get empty() {
        return this.values.length === 0;
    }
    insertOrReplace(text, hash) {
        if (this.values.length < this.capacity)
            this.values.push({ text: '', hash, count: 0, index: this.values.length });
        const last = this.values[this.values.length - 1];
        if (last.count > 0) {
            // Full: the value only replaces the least frequent one once its filter slot catches up.
            const slot = hash.lo & this.mask;
            if (this.filter[slot] + 1 < last.count) {
                this.filter[slot] = this.filter[slot] + 1;
                return;
            }
            this.filter[last.hash.lo & this.mask] = last.count;
            this.lookup.delete(last.text);
        }
        last.text = text;
        last.hash = hash;
        this.lookup.set(text, last);
        this.increment(last, 1);
    }
    increment(value, by) {
        value.count += by;
        const v = this.values;
        while (value.index > 0 && value.count > v[value.index - 1].count) {
            const other = v[value.index - 1];
            v[value.index - 1] = value;
            v[value.index] = other;
            other.index = value.index;
            value.index -= 1;
        }
    }
}

;// CONCATENATED MODULE: ./src/data/small/text-order.ts
/**
 * DuckDB compares VARCHARs by their UTF-8 bytes, which is code point order; JavaScript's `<`
 * compares UTF-16 units, which puts U+E000\u2013U+FFFF after astral characters. Comparing code
 * points keeps min, max and sorted keys as DuckDB has them.
 */
function compareBytes(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // Only surrogates (0xD800\u20130xDFFF) against 0xE000+ are out of code point order.
        const xs = x >= 0xd800 && x <= 0xdfff;
        const ys = y >= 0xd800 && y <= 0xdfff;
        if (xs !== ys && Math.max(x, y) >= 0xe000)
            return xs ? 1 : -1;
        return x - y;
    }
    return a.length - b.length;
}
/** length(): the number of Unicode code points. */
function codePoints(s) {
    let n = s.length;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff)
            n--;
    }
    return n;
}

;// CONCATENATED MODULE: ./src/data/small/profile-table.ts






/**
 * The TableProfile the DuckDB path's aggregate query gives, computed over a small table in one
 * pass per column with DuckDB's own definitions: approx_count_distinct (HyperLogLog over the
 * typed values), approx_quantile (t-digest), approx_top_k, avg (a plain running sum),
 * stddev_samp (Welford's update), min/max of text in byte order, length in code points.
 */
function profileSmallTable(table, dataset) {
    const rows = table.rows;
    const columns = table.columns.map((c) => profileColumn(c, rows));
    // count(DISTINCT hash(all columns)): rows with the same typed values are duplicates.
    const seen = new Set();
    // DuckDB hashes a DOUBLE's value (so -0.0 and 0.0 are one row) but casts -0.0 to '-0.0' text.
    const key = (c, r) => c.engineType === 'DOUBLE' ? c.numbers[r] : c.text[r];
    for (let r = 0; r < rows; r++)
        seen.add(JSON.stringify(table.columns.map((c) => key(c, r))));
    return {
        dataset,
        rows,
        duplicates: table.columns.length ? rows - seen.size : rows,
        columns,
        malformed: {
            count: table.malformed.length,
            first: [...table.malformed].sort((a, b) => a.line - b.line).slice(0, 20),
        },
    };
}
function profileColumn(c, rows) {
    const type = columnType(c.engineType);
    const hll = new HyperLogLog();
    let present = 0;
    // The typed value's hash feeds the HyperLogLog (the SQL counts native values); the text's hash
    // feeds the top-k (approx_top_k of the VARCHAR cast). For text they are one hash, kept as two
    // numbers a row.
    const his = new Uint32Array(rows);
    const los = new Uint32Array(rows);
    const h = { hi: 0, lo: 0 };
    const topOfText = c.engineType !== 'VARCHAR' && !isNumeric(type);
    for (let r = 0; r < rows; r++) {
        const t = c.text[r];
        if (t === null || t === undefined)
            continue;
        present++;
        hashValueInto(t, c.engineType, h);
        hll.add(h);
        if (topOfText)
            hashInto(t, h);
        his[r] = h.hi;
        los[r] = h.lo;
    }
    const p = columnCounts(c, type, rows, present, hll.count());
    if (isNumeric(type)) {
        const numbers = c.numbers;
        let min = Infinity;
        let max = -Infinity;
        let sum = 0;
        let n = 0;
        let mean = 0;
        let m2 = 0;
        const digest = new TDigest();
        for (let r = 0; r < rows; r++) {
            const x = numbers[r];
            if (Number.isNaN(x))
                continue;
            if (x < min)
                min = x;
            if (x > max)
                max = x;
            sum += x;
            n++;
            const delta = (x - mean) / n;
            const next = mean + delta;
            m2 += (x - next) * (x - mean);
            mean = next;
            digest.add(x);
        }
        if (n) {
            p.min = min;
            p.max = max;
            p.mean = sum / n;
        }
        if (n > 1) {
            const std = Math.sqrt(m2 / (n - 1));
            if (Number.isFinite(std))
                p.std = std;
        }
        p.quantiles = digest.quantiles(QUANTILE_LEVELS);
        if (!p.quantiles)
            delete p.quantiles;
    }
    else {
        const top = new TopK(5);
        let min;
        let max;
        let lmin = Infinity;
        let lmax = -Infinity;
        let lsum = 0;
        for (let r = 0; r < rows; r++) {
            const t = c.text[r];
            if (t === null || t === undefined)
                continue;
            if (min === undefined || compareBytes(t, min) < 0)
                min = t;
            if (max === undefined || compareBytes(t, max) > 0)
                max = t;
            top.add(t, { hi: his[r], lo: los[r] });
            const len = codePoints(t);
            if (len < lmin)
                lmin = len;
            if (len > lmax)
                lmax = len;
            lsum += len;
        }
        p.min = min;
        p.max = max;
        if (!top.empty)
            p.top = top.top();
        if (present)
            p.length = { min: lmin, mean: lsum / present, max: lmax };
    }
    return p;
}

;// CONCATENATED MODULE: ./src/data/sketch-sizes.ts
/**
 * Sizes of the drift sketch (drift-sketch.ts), shared by both engines. Categories are counted in
 * CATEGORY_BINS hashed bins (a prime, so the hash's low bits alone do not choose the bin).
 */
const CATEGORY_BINS = 65521;
/** Values named per column (the chart shows up to 12 categories). */
const CATEGORY_NAMES = 12;
/** When either side has up to this many rows, both sides' numbers are counted on the drift grid. */
const EXACT_ROWS = 100_000;
/** Categories beyond this many distinct values are not compared value by value. */
const MAX_CATEGORIES = 1000;

;// CONCATENATED MODULE: ./src/data/small/table-queries.ts

/**
 * What DuckDB's histogram(x, edges) counts, over a small table's column, aligned as alignBins
 * aligns it: per edge the values at or below it and above the previous one, then those above
 * the last edge. Missing values (NaN) are not counted.
 */
function smallGridCounts(table, column, edges) {
    const counts = new Array(edges.length + 1).fill(0);
    const numbers = table.columns.find((c) => c.name === column)?.numbers;
    if (!numbers)
        return counts;
    for (const x of numbers) {
        if (Number.isNaN(x))
            continue;
        let lo = 0;
        let hi = edges.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (edges[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        counts[lo] = counts[lo] + 1;
    }
    return counts;
}
/**
 * schema.ts's allowed-values query: the values of `column` outside `allowed`, most frequent
 * first then in byte order, at most five, with their counts.
 */
function smallDisallowed(table, column, allowed) {
    const col = table.columns.find((c) => c.name === column);
    if (!col)
        return [];
    // A numeric column against a list of numbers compares values (1.0 in the file is 1 in YAML).
    const numbers = allowed.numbers ? new Set(allowed.numbers) : undefined;
    const ok = new Set(allowed.text);
    const isAllowed = (t) => (numbers ? numbers.has(Number(t)) : ok.has(t));
    const counts = valueCounts(col.text.filter((t) => t !== null && !isAllowed(t)));
    return [...counts.entries()]
        .sort((a, b) => b[1] - a[1] || compareBytes(a[0], b[0]))
        .slice(0, 5)
        .map(([v, n]) => ({ v, n: String(n) }));
}
function valueCounts(texts) {
    const counts = new Map();
    for (const t of texts)
        if (t !== null)
            counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
}

;// CONCATENATED MODULE: ./src/data/small/sketch-table.ts





/** 2^32 mod the bin count, to fold a 64-bit hash into a bin without BigInt. */
const HIGH = 0x1_0000_0000 % CATEGORY_BINS;
const scratch = { hi: 0, lo: 0 };
/** DuckDB's hash(text) % CATEGORY_BINS, the 64-bit hash taken as an unsigned number. */
function binOf(h) {
    return (((((h.hi % CATEGORY_BINS) * HIGH) % CATEGORY_BINS) + (h.lo % CATEGORY_BINS)) % CATEGORY_BINS);
}
/** The bin a category's text is counted in (drift.ts names the chart's bins with it). */
function categoryBin(text) {
    hashInto(text, scratch);
    return binOf(scratch);
}
/**
 * drift-sketch.ts's aggregates over a small table, with DuckDB's definitions: hash(text) % bins
 * (the 64-bit hash of the VARCHAR cast, taken modulo as an unsigned number), approx_top_k of the
 * text, histogram(x, edges) for numbers.
 */
function smallSketch(table, request) {
    const sketch = { categories: new Map(), names: new Map(), numeric: new Map() };
    const h = { hi: 0, lo: 0 };
    for (const column of table.columns) {
        const type = columnType(column.engineType);
        if (isNumeric(type)) {
            const edges = request.edges?.get(column.name);
            if (!edges?.length)
                continue;
            sketch.numeric.set(column.name, {
                edges,
                counts: smallGridCounts(table, column.name, edges),
            });
        }
        else if (request.categories) {
            const counts = new Map();
            const top = new TopK(CATEGORY_NAMES);
            for (const text of column.text) {
                if (text === null || text === undefined)
                    continue;
                hashInto(text, h);
                const bin = binOf(h);
                counts.set(bin, (counts.get(bin) ?? 0) + 1);
                top.add(text, { hi: h.hi, lo: h.lo });
            }
            sketch.categories.set(column.name, counts);
            sketch.names.set(column.name, top.empty ? [] : top.top());
        }
    }
    return sketch;
}

;// CONCATENATED MODULE: ./src/data/drift-stats.ts
/**
 * Drift statistics, pure functions over bin counts (no engine), so tests check them against
 * hand-computed values.
 */
/** Floor for an empty bin's share in PSI, so ln(0) never appears (a common convention). */
const PSI_EPSILON = 1e-4;
/** Population stability index of two count vectors over the same bins: \u03a3 (h\u2212b)\u00b7ln(h/b). */
function psi(base, head) {
    const bt = sum(base);
    const ht = sum(head);
    if (!bt || !ht)
        return 0;
    let total = 0;
    for (let i = 0; i < base.length; i++) {
        const b = Math.max((base[i] ?? 0) / bt, PSI_EPSILON);
        const h = Math.max((head[i] ?? 0) / ht, PSI_EPSILON);
        total += (h - b) * Math.log(h / b);
    }
    return total;
}
/**
 * Kolmogorov\u2013Smirnov statistic D = max |F_base \u2212 F_head| from cumulative counts of both sides at
 * the same ascending grid of points (exact at those points; the grid is both sides' 1%..99%
 * quantiles, so D is within about 1% of the exact two-sample statistic).
 */
function ksFromCumulative(base, head, baseTotal, headTotal) {
    if (!baseTotal || !headTotal)
        return 0;
    let d = 0;
    for (let i = 0; i < base.length; i++)
        d = Math.max(d, Math.abs((base[i] ?? 0) / baseTotal - (head[i] ?? 0) / headTotal));
    return d;
}
/** Jensen\u2013Shannon divergence (log base 2, so 0..1) of two value\u2192count maps. */
function jensenShannon(base, head) {
    const bt = sum([...base.values()]);
    const ht = sum([...head.values()]);
    if (!bt || !ht)
        return 0;
    let js = 0;
    for (const key of new Set([...base.keys(), ...head.keys()])) {
        const p = (base.get(key) ?? 0) / bt;
        const q = (head.get(key) ?? 0) / ht;
        const m = (p + q) / 2;
        if (p > 0)
            js += 0.5 * p * Math.log2(p / m);
        if (q > 0)
            js += 0.5 * q * Math.log2(q / m);
    }
    return js;
}
/** PSI of two value\u2192count maps, one bin per value. */
function categoricalPsi(base, head) {
    const keys = [...new Set([...base.keys(), ...head.keys()])];
    return psi(keys.map((k) => base.get(k) ?? 0), keys.map((k) => head.get(k) ?? 0));
}
/**
 * Counts per bin from DuckDB's histogram(x, edges): bin i holds (edge[i-1], edge[i]], plus a
 * last bin for values above the last edge. Returns counts aligned to edges + overflow.
 */
function alignBins(edges, hist) {
    const counts = new Array(edges.length + 1).fill(0);
    for (const { key, value } of hist) {
        const k = Number(key);
        const i = Number.isFinite(k) ? edges.indexOf(k) : edges.length;
        const at = i === -1 ? edges.length : i;
        counts[at] = (counts[at] ?? 0) + Number(value);
    }
    return counts;
}
/** Re-bin fine counts (aligned to `fine` edges + overflow) into coarse bins at `coarse` edges. */
function rebin(fine, fineEdges, coarse) {
    const out = new Array(coarse.length + 1).fill(0);
    fine.forEach((count, i) => {
        const upper = fineEdges[i] ?? Infinity;
        let j = coarse.findIndex((c) => upper <= c);
        if (j === -1)
            j = coarse.length;
        out[j] = (out[j] ?? 0) + count;
    });
    return out;
}
function cumulative(counts) {
    let run = 0;
    return counts.map((c) => (run += c));
}
function sum(values) {
    return values.reduce((a, b) => a + b, 0);
}

;// CONCATENATED MODULE: ./src/data/drift-sketch.ts







/**
 * What drift needs from one side of a dataset beyond its profile, so a large dataset is read
 * once a side (the profile's pass) instead of twice:
 *
 * - categories, counted in the profile's pass in CATEGORY_BINS hashed bins (hash of the text % a
 *   prime): bounded memory whatever the column holds (an exact histogram of a 10-million-value
 *   text column needed 1.5 GB before DuckDB gave up), exact per category unless two share a bin
 *   (with a thousand categories, about 8 pairs do; sharing can only lower JS and PSI a little),
 *   and the most frequent values, to name the chart's bins;
 * - numbers: when both sides pass EXACT_ROWS, each side's share at or below each point of the grid
 *   (both sides' quantiles, mins and maxes) is read off its own quantile table, which the profile
 *   already holds (within 0.5% of the exact KS for smooth and whole-number columns, about 1% with
 *   heavy ties or spikes); when either side is smaller, both are counted on the grid in one more
 *   pass, so the two sides are never read two different ways.
 *
 * Measured (scripts/bench/data-validate.mjs): the second pass over each side cost a fifth of the
 * CPU of a 10-million-row diff (__tests__/data-engine.test.ts checks the accuracy).
 */

/**
 * The sketch rides on its profile as a hidden (non-enumerable) property: it is never part of the
 * JSON output or of a comparison of profiles, and stays with the object it was measured with.
 */
const KEY = 'cmlDriftSketch';
function attachSketch(profile, sketch) {
    Object.defineProperty(profile, KEY, { value: sketch, enumerable: false, configurable: true });
}
/** The sketch gathered with this profile, if one was asked for. */
function sketchOf(profile) {
    return profile[KEY];
}
/**
 * One side's part of the grid a numeric column is compared on: its quantiles, min and max, ascending. For an
 * integer column, the whole numbers at or below them: its values are whole, so counting up to
 * 39.4 is counting up to 39, and the base's share at 39 is read as explained below.
 */
function numericGrid(side) {
    const whole = side.type === 'integer';
    return [
        ...new Set([...(side.quantiles ?? []), side.min, side.max].map((e) => whole && typeof e === 'number' ? Math.floor(e) : e)),
    ]
        .filter((e) => typeof e === 'number' && Number.isFinite(e))
        .sort((x, y) => x - y);
}
/**
 * A side's share of values at or below each edge (plus 1 for the overflow), read off its
 * quantile table (min at 0, the 1%..99% quantiles, max at 1) by linear interpolation; repeated
 * quantiles (a value many rows share) give the highest level. A t-digest spreads a whole number
 * that many rows share over half a unit either side, so an integer column's share at n is read
 * at n + 0.5 (a continuity correction): without it, a column of ages read up to 3% off.
 */
function cumulativeFromQuantiles(side, edges) {
    const points = [];
    // An infinite min or max (an `inf` in the file) is no point to interpolate from.
    const finite = (v) => typeof v === 'number' && Number.isFinite(v);
    if (finite(side.min))
        points.push([side.min, 0]);
    (side.quantiles ?? []).forEach((q, i) => {
        if (finite(q))
            points.push([q, QUANTILE_LEVELS[i]]);
    });
    if (finite(side.max))
        points.push([side.max, 1]);
    const max = typeof side.max === 'number' ? side.max : Infinity;
    const shift = side.type === 'integer' ? 0.5 : 0;
    const out = edges.map((edge) => {
        if (edge >= max)
            return 1;
        const x = edge + shift;
        let i = -1;
        while (i + 1 < points.length && points[i + 1][0] <= x)
            i++;
        if (i < 0)
            return 0;
        const [x0, l0] = points[i];
        const next = points[i + 1];
        if (!next || next[0] === x0)
            return l0;
        return Math.min(1, l0 + ((x - x0) / (next[0] - x0)) * (next[1] - l0));
    });
    out.push(1);
    return out;
}
/**
 * Non-numeric columns with more distinct values than drift compares as categories
 * (MAX_CATEGORIES) among the first rows alone (DuckDB's sniffing sample): counting their
 * categories would cost most of the sketch (a 100,000-value column, 2 s of CPU in 2 million rows)
 * for a column drift skips. A column that looked few-valued there and is not is simply skipped
 * later; one that looked many-valued and is not (the estimate's error, near the limit) costs
 * drift one more pass (sketchFor).
 */
async function manyValuedColumns(conn, source, columns, limit) {
    const text = columns.filter((c) => !isNumeric(columnType(c.engineType)));
    if (!text.length)
        return new Set();
    const row = (await conn.runAndReadAll(`SELECT ${text.map((c, i) => `approx_count_distinct(${ident(c.name)}) AS d${i}`).join(', ')} FROM (SELECT * FROM ${source} LIMIT 20480)`)).getRowObjectsJson()[0] ?? {};
    return new Set(text.filter((_, i) => Number(row[`d${i}`]) > limit).map((c) => c.name));
}
/** SQL aggregates for `request`, over the described columns, named s<i>_b / s<i>_n / s<i>_h. */
function sketchParts(columns, request) {
    const parts = [];
    columns.forEach((c, i) => {
        const q = ident(c.name);
        const type = columnType(c.engineType);
        if (isNumeric(type)) {
            const edges = request.edges?.get(c.name);
            if (edges?.length)
                parts.push(`histogram(CAST(${q} AS DOUBLE), [${edges.map(doubleLiteral).join(',')}]::DOUBLE[]) AS s${i}_h`);
        }
        else if (request.categories && !request.manyValued?.has(c.name)) {
            const text = type === 'string' ? q : `CAST(${q} AS VARCHAR)`;
            parts.push(
            // hash(NULL) is a number: missing values are left out as histogram() leaves NULLs out
            // (a CASE, not a FILTER clause: FILTER cost 1 s of CPU in 2 million rows, CASE 0.25 s).
            `histogram(CASE WHEN ${q} IS NOT NULL THEN hash(${text}) % ${CATEGORY_BINS} END) AS s${i}_b`, `approx_top_k(${text}, ${CATEGORY_NAMES}) AS s${i}_n`);
        }
    });
    return parts;
}
/** The sketch out of the aggregate row `sketchParts` added to. */
function readSketch(columns, request, row) {
    const sketch = { categories: new Map(), names: new Map(), numeric: new Map() };
    columns.forEach((c, i) => {
        const bins = row[`s${i}_b`];
        if (`s${i}_b` in row)
            sketch.categories.set(c.name, new Map((bins ?? []).map((e) => [Number(e.key), Number(e.value)])));
        const names = row[`s${i}_n`];
        if (`s${i}_n` in row)
            sketch.names.set(c.name, Array.isArray(names) ? names.map(String) : []);
        const edges = request.edges?.get(c.name);
        if (`s${i}_h` in row && edges)
            sketch.numeric.set(c.name, {
                edges,
                counts: alignBins(edges, row[`s${i}_h`] ?? []),
            });
    });
    return sketch;
}
/** A pass over one file for a sketch alone (a profile made without one, or the exact base counts). */
async function sketchPass(conn, path, dataset, request) {
    const small = smallTable(path, dataset);
    if (small)
        return smallSketch(small, request);
    const source = readExpression(path, dataset).replace('store_rejects=true', 'ignore_errors=true');
    const columns = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`))
        .getRowObjectsJson()
        .map((d) => ({ name: String(d.column_name), engineType: String(d.column_type) }));
    const parts = sketchParts(columns, request);
    if (!parts.length)
        return readSketch(columns, request, {});
    const row = (await conn.runAndReadAll(`SELECT ${parts.join(', ')} FROM ${source}`)).getRowObjectsJson()[0] ?? {};
    return readSketch(columns, request, row);
}
/**
 * A DOUBLE literal that DuckDB reads back as exactly `n`. Its histogram keys are matched to the
 * edges by equality (alignBins), so an edge must round-trip: a plain decimal literal such as
 * `0.30094784534555640` is read as a DECIMAL and then rounded to a neighbouring double (about 1 in
 * 10 of a numeric grid did), which sent those bins' counts to the overflow bin. Exponent notation
 * is parsed as a DOUBLE directly, with the shortest round-trip digits JavaScript prints.
 */
function doubleLiteral(n) {
    return n.toExponential();
}

;// CONCATENATED MODULE: ./src/data/profile.ts








/** Quantile levels kept for every numeric column: 1%..99%, the grid drift is measured on. */
const QUANTILE_LEVELS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
function columnType(engineType) {
    const t = engineType.toUpperCase();
    if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(t))
        return 'integer';
    if (/^(FLOAT|DOUBLE|REAL)$/.test(t) || t.startsWith('DECIMAL'))
        return 'number';
    if (t === 'BOOLEAN')
        return 'boolean';
    if (t === 'VARCHAR')
        return 'string';
    if (t === 'DATE')
        return 'date';
    if (t.startsWith('TIMESTAMP'))
        return 'timestamp';
    return 'other';
}
/**
 * The counts every column has, whichever engine measured them. A HyperLogLog estimate can pass
 * the number of values there are (~428 for 392 rows): the present values bound the distinct ones.
 */
function columnCounts(column, type, rows, present, distinctEstimate) {
    return {
        name: column.name,
        type,
        engineType: column.engineType,
        rows,
        missing: rows - present,
        missingRate: rows ? (rows - present) / rows : 0,
        distinct: Math.min(distinctEstimate, present),
    };
}
const isNumeric = (t) => t === 'integer' || t === 'number';
let tableCounter = 0;
/**
 * Profiles one file in a single aggregate pass (DuckDB streams it; nothing is held per row but
 * the row hashes for duplicates, which spill to disk past the memory limit). A file DuckDB cannot
 * read fails in one line naming `dataset` (and `at <revision>` for a base version read into a
 * temporary copy) and the formats expected.
 */
async function profile_profileFile(conn, path, dataset, revision, 
/** What drift will need of this side, gathered in the same pass (drift-sketch.ts). */
sketch) {
    try {
        return await profileOnce(conn, path, dataset, revision, sketch);
    }
    catch (error) {
        throw unreadableFile(error, path, dataset, revision) ?? error;
    }
}
async function profileOnce(conn, path, dataset, revision, sketch) {
    // Small text files are profiled in JavaScript with DuckDB's definitions (src/data/small/), so
    // a short run never loads DuckDB's native library.
    const small = smallTable(path, dataset);
    if (small) {
        const profile = profileSmallTable(small, dataset);
        if (sketch)
            attachSketch(profile, smallSketch(small, sketch));
        return profile;
    }
    const n = ++tableCounter;
    const source = readExpression(path, dataset).replace('store_rejects=true', `store_rejects=true, rejects_table='cml_rej_${n}', rejects_scan='cml_scan_${n}'`);
    const described = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)).getRowObjectsJson();
    const columns = described.map((d) => ({
        name: String(d.column_name),
        engineType: String(d.column_type),
    }));
    const parts = ['count(*) AS "rows"'];
    const all = columns.map((c) => ident(c.name)).join(', ');
    parts.push(columns.length ? `count(DISTINCT hash(${all})) AS "unique"` : '0 AS "unique"');
    const jsonl = formatOf(dataset) === 'jsonl' || (!formatOf(dataset) && formatOf(path) === 'jsonl');
    // read_json(ignore_errors) reads an invalid line as a row of NULLs: counted here, so only a
    // file that has such rows is read again to find which lines are malformed.
    if (jsonl && columns.length)
        parts.push(`count(*) FILTER (WHERE ${columns.map((c) => `${ident(c.name)} IS NULL`).join(' AND ')}) AS "empty"`);
    columns.forEach((c, i) => {
        const q = ident(c.name);
        const type = columnType(c.engineType);
        const text = type === 'string' ? q : `CAST(${q} AS VARCHAR)`;
        // HyperLogLog over the native value: casting every number to text first cost more than
        // the rest of the profile of that column (1.1 s a million rows for 13 numeric columns).
        parts.push(`count(${q}) AS c${i}_n`, `approx_count_distinct(${q}) AS c${i}_d`);
        if (isNumeric(type)) {
            const d = `CAST(${q} AS DOUBLE)`;
            parts.push(`min(${d}) AS c${i}_min`, `max(${d}) AS c${i}_max`, `avg(${d}) AS c${i}_mean`, 
            // DuckDB's stddev_samp raises "out of range" on an infinite value: the spread of the
            // finite ones (an `inf` row still shows in min, max and the mean).
            `stddev_samp(CASE WHEN isfinite(${d}) THEN ${d} END) AS c${i}_std`, `approx_quantile(${d}, [${QUANTILE_LEVELS.join(',')}]) AS c${i}_q`);
        }
        else {
            parts.push(`min(${text}) AS c${i}_min`, `max(${text}) AS c${i}_max`, `approx_top_k(${text}, 5) AS c${i}_top`, `min(length(${text})) AS c${i}_lmin`, `avg(length(${text})) AS c${i}_lmean`, `max(length(${text})) AS c${i}_lmax`);
        }
    });
    if (sketch?.categories)
        sketch = {
            ...sketch,
            manyValued: await manyValuedColumns(conn, plainSource(path, dataset), columns, MAX_CATEGORIES),
        };
    if (sketch)
        parts.push(...sketchParts(columns, sketch));
    const row = (await conn.runAndReadAll(`SELECT ${parts.join(', ')} FROM ${source}`)).getRowObjectsJson()[0] ?? {};
    const empty = Number(row.empty ?? 0);
    // jsonl-malformed brings node:readline: loaded only for a file that needs it, not on every
    // small CSV's cold start.
    const badJson = jsonl && empty > 0
        ? await (await __webpack_require__.e(/* import() */ 838).then(__webpack_require__.bind(__webpack_require__, 838))).malformedJsonLines(path, /\.gz$/i.test(dataset) || /\.gz$/i.test(path), !(columns.length === 1 && columns[0]?.engineType === 'JSON'), empty)
        : undefined;
    // Not one line is a JSON object (random bytes, another format): unreadable, as DuckDB's CSV
    // sniffer says of such a .csv, rather than an empty table.
    const firstBad = badJson?.first[0];
    if (firstBad && badJson.count === Number(row.rows))
        throw notReadable(path, dataset, revision, `no line is a JSON object; line ${firstBad.line}: ${firstBad.message.slice(0, 200)}`);
    // Each malformed line is one of the all-NULL rows: they leave the profile as CSV's rejects
    // do (NULLs already stay out of distinct counts, extremes, moments, quantiles and top values).
    const dropped = Math.min(badJson?.count ?? 0, empty);
    const rows = Number(row.rows) - dropped;
    // Every all-NULL row has the same hash: it is one of the unique rows unless all were malformed.
    const unique = Number(row.unique) - (dropped > 0 && dropped === empty ? 1 : 0);
    const num = (v) => (v === null || v === undefined ? undefined : Number(v));
    const profiles = columns.map((c, i) => {
        const type = columnType(c.engineType);
        const present = Number(row[`c${i}_n`]);
        // (`rows` excludes the malformed JSON lines, whose NULLs are not among the present values.)
        const p = columnCounts(c, type, rows, present, Number(row[`c${i}_d`]));
        if (isNumeric(type)) {
            p.min = num(row[`c${i}_min`]);
            p.max = num(row[`c${i}_max`]);
            p.mean = num(row[`c${i}_mean`]);
            p.std = num(row[`c${i}_std`]);
            const q = row[`c${i}_q`];
            if (Array.isArray(q))
                p.quantiles = q.map(Number);
        }
        else {
            p.min = row[`c${i}_min`] ?? undefined;
            p.max = row[`c${i}_max`] ?? undefined;
            const top = row[`c${i}_top`];
            if (Array.isArray(top))
                p.top = top.map(String);
            if (row[`c${i}_lmin`] !== null)
                p.length = {
                    min: Number(row[`c${i}_lmin`]),
                    mean: Number(row[`c${i}_lmean`]),
                    max: Number(row[`c${i}_lmax`]),
                };
        }
        return p;
    });
    const profile = {
        dataset,
        rows,
        duplicates: rows - unique,
        columns: profiles,
        malformed: badJson ?? (await malformedRows(conn, source, n)),
    };
    if (sketch)
        attachSketch(profile, readSketch(columns, sketch, row));
    return profile;
}
/** The file read without recording rejects (a side query must not add to the rejects table). */
function plainSource(path, dataset) {
    return readExpression(path, dataset).replace('store_rejects=true', 'ignore_errors=true');
}
async function malformedRows(conn, source, n) {
    if (!source.includes('store_rejects'))
        return { count: 0, first: [] };
    const count = (await conn.runAndReadAll(`SELECT count(*) AS n FROM cml_rej_${n}`)).getRowObjectsJson()[0];
    const first = (await conn.runAndReadAll(`SELECT line, error_message FROM cml_rej_${n} ORDER BY line LIMIT 20`)).getRowObjectsJson();
    return {
        count: Number(count?.n ?? 0),
        first: first.map((r) => ({ line: Number(r.line), message: String(r.error_message) })),
    };
}

;// CONCATENATED MODULE: ./src/data/drift.ts






/** Above these a column is reported as drifted (stated in the table's legend). */
const THRESHOLDS = { psi: 0.2, ks: 0.1, js: 0.1 };

/**
 * Drift of every column both sides have, from the sketches gathered with the profiles
 * (drift-sketch.ts): HEAD counted on the base's grid, the base read off its quantiles (counted
 * when small). A profile made without a sketch (a caller that profiled the sides on their own)
 * costs one more pass over that side.
 */
async function measureDrift(conn, base, head) {
    const plans = [];
    const results = [];
    for (const h of head.profile.columns) {
        const b = base.profile.columns.find((c) => c.name === h.name);
        if (!b)
            continue;
        if (isNumeric(b.type) && isNumeric(h.type)) {
            // Both sides' quantiles, mins and maxes (whole numbers for an integer column).
            const edges = [...new Set([...numericGrid(b), ...numericGrid(h)])].sort((x, y) => x - y);
            if (edges.length)
                plans.push({ column: h.name, kind: 'numeric', edges });
        }
        else if (!isNumeric(b.type) && !isNumeric(h.type)) {
            if (Math.max(b.distinct, h.distinct) > MAX_CATEGORIES) {
                results.push({
                    column: h.name,
                    method: 'skipped',
                    drifted: false,
                    note: `more than ${MAX_CATEGORIES} distinct values`,
                });
            }
            else
                plans.push({ column: h.name, kind: 'categorical', edges: [] });
        }
        else {
            results.push({
                column: h.name,
                method: 'skipped',
                drifted: false,
                note: `type changed: ${b.type} \u2192 ${h.type}`,
            });
        }
    }
    if (!plans.length)
        return results;
    const numeric = plans.filter((p) => p.kind === 'numeric');
    const categorical = plans.filter((p) => p.kind === 'categorical').map((p) => p.column);
    const edges = new Map(numeric.map((p) => [p.column, p.edges]));
    const categories = categorical.length > 0;
    // A side's numbers are counted on the grid when it is small (one more, cheap, pass), else
    // read off its quantile table (drift-sketch.ts cumulativeFromQuantiles).
    // Both sides are read the same way: counted when either is small, else both off their
    // quantiles. Mixing the two (one side counted, the other read off a t-digest that spreads a
    // repeated value or an infinity) showed identical columns with ties as drifting (KS 0.03,
    // PSI 0.16 where the exact figures were 0.002 and 0.0001).
    const count = numeric.length > 0 && Math.min(base.profile.rows, head.profile.rows) <= EXACT_ROWS;
    const need = { categories, ...(count ? { edges } : {}) };
    const baseSketch = await sketchFor(conn, base, need, categorical);
    const headSketch = await sketchFor(conn, head, need, categorical);
    const shares = (sketch, column, grid) => sketch.numeric.get(column.name)?.counts ?? steps(cumulativeFromQuantiles(column, grid));
    plans.forEach((plan) => {
        const bp = base.profile.columns.find((c) => c.name === plan.column);
        if (plan.kind === 'numeric') {
            const hp = head.profile.columns.find((c) => c.name === plan.column);
            const bf = shares(baseSketch, bp, plan.edges);
            const hf = shares(headSketch, hp, plan.edges);
            const bt = bf.reduce((a, c) => a + c, 0);
            const ht = hf.reduce((a, c) => a + c, 0);
            const ks = ksFromCumulative(cumulative(bf), cumulative(hf), bt, ht);
            // PSI bins: the base's deciles.
            const deciles = [
                ...new Set([9, 19, 29, 39, 49, 59, 69, 79, 89].map((k) => bp.quantiles?.[k])),
            ].filter(Number.isFinite);
            const bc = rebin(bf, plan.edges, deciles);
            const hc = rebin(hf, plan.edges, deciles);
            const p = psi(bc, hc);
            const labels = [
                ...deciles.map((d) => `\u2264 ${drift_short(d)}`),
                `> ${drift_short(deciles[deciles.length - 1] ?? 0)}`,
            ];
            results.push({
                column: plan.column,
                method: 'psi+ks',
                psi: p,
                ks,
                drifted: p >= THRESHOLDS.psi || ks >= THRESHOLDS.ks,
                bins: labels.map((label, j) => ({
                    label,
                    base: bt ? (bc[j] ?? 0) / bt : 0,
                    head: ht ? (hc[j] ?? 0) / ht : 0,
                })),
            });
        }
        else {
            const bm = keyed(baseSketch.categories.get(plan.column));
            const hm = keyed(headSketch.categories.get(plan.column));
            const js = jensenShannon(bm, hm);
            const p = categoricalPsi(bm, hm);
            const bt = [...bm.values()].reduce((a, c) => a + c, 0);
            const ht = [...hm.values()].reduce((a, c) => a + c, 0);
            // Bins are named by the most frequent values of either side that fall in them.
            const names = new Map();
            for (const value of [
                ...(headSketch.names.get(plan.column) ?? []),
                ...(baseSketch.names.get(plan.column) ?? []),
            ]) {
                const bin = String(categoryBin(value));
                if (!names.has(bin))
                    names.set(bin, value);
            }
            const keys = [...new Set([...bm.keys(), ...hm.keys()])]
                .sort((x, y) => (bm.get(y) ?? 0) + (hm.get(y) ?? 0) - (bm.get(x) ?? 0) - (hm.get(x) ?? 0) ||
                (names.get(x) ?? '\uffff').localeCompare(names.get(y) ?? '\uffff'))
                .slice(0, 12);
            results.push({
                column: plan.column,
                method: 'js+psi',
                js,
                psi: p,
                drifted: js >= THRESHOLDS.js || p >= THRESHOLDS.psi,
                bins: keys.map((k) => ({
                    label: names.get(k) ?? 'other',
                    base: bt ? (bm.get(k) ?? 0) / bt : 0,
                    head: ht ? (hm.get(k) ?? 0) / ht : 0,
                })),
            });
        }
    });
    return results;
}
/**
 * The side's sketch, with a pass over the side for only what it lacks: the grid counts of a side
 * counted exactly (its categories already came with its profile), or everything for a profile
 * made without a sketch.
 */
async function sketchFor(conn, side, need, categorical) {
    const have = sketchOf(side.profile);
    const numericHere = (column) => side.profile.columns.some((c) => c.name === column && isNumeric(c.type));
    const missingCategories = need.categories === true && categorical.some((column) => !have?.categories.has(column));
    const missingCounts = [...(need.edges ?? [])].some(([column, edges]) => {
        const counted = have?.numeric.get(column);
        return numericHere(column) && (counted === undefined || !sameEdges(counted.edges, edges));
    });
    if (have && !missingCategories && !missingCounts)
        return have;
    const more = await sketchPass(conn, side.path, side.profile.dataset, {
        categories: missingCategories,
        ...(missingCounts ? { edges: need.edges } : {}),
    });
    if (!have)
        return more;
    return {
        categories: missingCategories ? more.categories : have.categories,
        names: missingCategories ? more.names : have.names,
        numeric: missingCounts ? more.numeric : have.numeric,
    };
}
function sameEdges(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
/** Per-bin shares from cumulative shares. */
function steps(cumulativeShares) {
    return cumulativeShares.map((c, i) => c - (i ? cumulativeShares[i - 1] : 0));
}
/** Bins in ascending order, so sums run in one order whichever engine counted them. */
function keyed(bins) {
    return new Map([...(bins ?? [])].sort((a, b) => a[0] - b[0]).map(([bin, count]) => [String(bin), count]));
}
function drift_short(n) {
    return Math.abs(n) >= 1000 || Number.isInteger(n) ? String(Math.round(n)) : n.toPrecision(3);
}

;// CONCATENATED MODULE: ./src/data/small/lazy-connection.ts

/**
 * A connection that opens DuckDB on its first query. A run whose files all take the small-file
 * path never asks, so it never loads DuckDB's 60+ MB native library (about 0.5 s of CPU).
 * Profile, drift and schema code use only runAndReadAll and run; the object stands in for the
 * full connection type so those files keep their signatures.
 */
function lazy_connection_lazyConnection() {
    let opened;
    const open = () => (opened ??= openEngine());
    const lazy = {
        runAndReadAll: async (...args) => (await open()).runAndReadAll(...args),
        run: async (...args) => (await open()).run(...args),
    };
    return lazy;
}

;// CONCATENATED MODULE: ./src/data/rules.ts


const NUM = '[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?';
const OP = '(>=|<=|==|!=|>|<)';
const SCHEMA = /^schema\s+(?:may|must|should)\s+not\s+change$/i;
const ROWS_CHANGE = new RegExp(`^rows\\s+(?:may|must|should)\\s+not\\s+(drop|decrease|fall|rise|increase|grow)(?:\\s+by\\s+more\\s+than\\s+(${NUM})\\s*(%)?)?$`, 'i');
const ROWS = new RegExp(`^rows\\s*${OP}\\s*(${NUM})$`, 'i');
const DUPLICATES = new RegExp(`^duplicates\\s*${OP}\\s*(${NUM})\\s*(%)?$`, 'i');
const STAT = new RegExp(`^(missing|psi|ks|js|distinct|mean|min|max|std)\\(\\s*([^)]+?)\\s*\\)\\s*${OP}\\s*(${NUM})\\s*(%)?$`, 'i');
const RANGE = new RegExp(`^range\\(\\s*([^)]+?)\\s*\\)\\s+within\\s+(${NUM})\\s*\\.\\.\\s*(${NUM})$`, 'i');
function parseRule(raw, where = {}) {
    const text = raw.trim();
    const base = { text, ...where };
    let m;
    if (SCHEMA.test(text))
        return { ...base, kind: 'schema' };
    if ((m = text.match(ROWS_CHANGE))) {
        return {
            ...base,
            kind: 'rows-change',
            forbid: /drop|decrease|fall/i.test(m[1] ?? '') ? 'drop' : 'rise',
            tolerance: m[2] ? Number(m[2]) : 0,
            percent: m[3] === '%',
        };
    }
    if ((m = text.match(ROWS)))
        return { ...base, kind: 'rows', op: m[1], value: Number(m[2]) };
    if ((m = text.match(DUPLICATES)))
        return {
            ...base,
            kind: 'duplicates',
            op: m[1],
            value: Number(m[2]),
            percent: m[3] === '%',
        };
    if ((m = text.match(STAT))) {
        const stat = (m[1] ?? '').toLowerCase();
        const percent = m[5] === '%';
        if (percent && stat !== 'missing')
            throw bad(text, where, `a percentage only fits missing(); write ${stat}() as a number`);
        return {
            ...base,
            kind: 'stat',
            stat,
            column: m[2] ?? '',
            op: m[3],
            value: Number(m[4]),
            percent,
        };
    }
    if ((m = text.match(RANGE))) {
        const low = Number(m[2]);
        const high = Number(m[3]);
        if (low > high)
            throw bad(text, where, `the range's low bound ${low} is above its high bound ${high}`);
        return { ...base, kind: 'range', column: m[1] ?? '', low, high };
    }
    throw bad(text, where, "expected e.g. 'missing(age) <= 1%', 'rows may not drop by more than 5%', 'psi(income) < 0.2', 'schema may not change', 'range(price) within 0..10000'");
}
function bad(text, where, expected) {
    const at = where.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
    return new errors/* ConfigurationError */.j1(`${at}invalid data rule '${text}': ${expected}`, where);
}
/**
 * Rule lines from inputs plus the `rules:` list of a YAML file (each with its line). The YAML
 * parser loads only for a rules file: a run without one (a small file's cold start, issue 14)
 * does not read it.
 */
async function rules_loadDataRules(lines, rulesFile, readPath) {
    const rules = lines
        .flatMap((l) => l.split('\n'))
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => parseRule(l));
    if (rulesFile) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(readPath(rulesFile), 'utf8');
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`${rulesFile}: cannot read the rules file`, { file: rulesFile });
        }
        const { LineCounter, parseDocument, isSeq, isScalar } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
        const counter = new LineCounter();
        const doc = parseDocument(text, { lineCounter: counter });
        if (doc.errors.length)
            throw new errors/* ConfigurationError */.j1(`${rulesFile}: not valid YAML (${doc.errors[0]?.message.split('\n')[0] ?? ''})`, { file: rulesFile });
        const list = doc.get('rules', true);
        if (!isSeq(list))
            throw new errors/* ConfigurationError */.j1(`${rulesFile}: expected a 'rules:' list of rule lines`, {
                file: rulesFile,
            });
        for (const item of list.items) {
            const line = isScalar(item) && item.range ? counter.linePos(item.range[0]).line : undefined;
            if (!isScalar(item) || typeof item.value !== 'string')
                throw new errors/* ConfigurationError */.j1(`${rulesFile}${line ? `:${line}` : ''}: each rule is a line of text`, { file: rulesFile, line });
            rules.push(parseRule(item.value, { file: rulesFile, line }));
        }
    }
    return rules;
}
function compare(actual, op, expected) {
    switch (op) {
        case '>=':
            return actual >= expected;
        case '>':
            return actual > expected;
        case '<=':
            return actual <= expected;
        case '<':
            return actual < expected;
        case '==':
            return actual === expected;
        case '!=':
            return actual !== expected;
    }
}

;// CONCATENATED MODULE: ./src/data/evaluate.ts


/**
 * Checks every rule against every dataset. A rule naming a column no dataset has fails (a typo
 * must not pass silently); a drift rule in `validate` (no base) is an error of the rule.
 */
function evaluate_evaluateRules(rules, results, mode) {
    const failures = [];
    for (const rule of rules) {
        const fail = (dataset, message) => failures.push({
            rule: rule.text,
            message: `${dataset}: ${message}`,
            file: rule.file ?? dataset,
            line: rule.file ? rule.line : undefined,
        });
        let matched = false;
        for (const r of results) {
            const head = r.head;
            const base = r.base;
            switch (rule.kind) {
                case 'schema':
                    if (mode === 'validate')
                        throw ruleNeedsBase(rule);
                    matched = true;
                    if (r.schema.length)
                        fail(r.dataset, `schema changed: ${r.schema.map(schemaChangeText).join(', ')}`);
                    else if (!base || !head)
                        fail(r.dataset, base ? 'dataset removed' : 'dataset added');
                    break;
                case 'rows-change': {
                    if (mode === 'validate')
                        throw ruleNeedsBase(rule);
                    matched = true;
                    // A side without the dataset has no rows: a removed dataset dropped 100%, an added
                    // one rose from 0 (by more than any percentage of nothing).
                    const [before, after] = [base?.rows ?? 0, head?.rows ?? 0];
                    const delta = rule.forbid === 'drop' ? before - after : after - before;
                    const allowed = rule.percent ? (before * rule.tolerance) / 100 : rule.tolerance;
                    if (delta > allowed)
                        fail(r.dataset, `${sideMissing(r, mode)}rows ${rule.forbid === 'drop' ? 'dropped' : 'rose'} from ${before} to ${after}${before ? ` (${evaluate_pct(delta / before)})` : ''}, more than ${rule.tolerance}${rule.percent ? '%' : ''} allowed`);
                    break;
                }
                case 'rows': {
                    // In a diff, a removed dataset has 0 rows at HEAD.
                    matched = true;
                    const rows = head?.rows ?? 0;
                    if (!compare(rows, rule.op, rule.value))
                        fail(r.dataset, `${sideMissing(r, mode)}${rows} rows, expected ${rule.op} ${rule.value}`);
                    break;
                }
                case 'duplicates': {
                    // A removed dataset has no rows, so no duplicates.
                    matched = true;
                    const dups = head?.duplicates ?? 0;
                    const rows = head?.rows ?? 0;
                    const actual = rule.percent ? (rows ? (100 * dups) / rows : 0) : dups;
                    if (!compare(actual, rule.op, rule.value))
                        fail(r.dataset, `${sideMissing(r, mode)}${dups} duplicate rows${rule.percent ? ` (${actual.toFixed(2)}%)` : ''}, expected ${rule.op} ${rule.value}${rule.percent ? '%' : ''}`);
                    break;
                }
                case 'stat':
                case 'range': {
                    if (!head) {
                        // A removed dataset: a column rule on a column it had cannot hold at HEAD; it fails
                        // once for the dataset, saying why, rather than passing unchecked.
                        if (base && columnsNamed(base.columns, rule.column).length) {
                            matched = true;
                            fail(r.dataset, `dataset removed: ${rule.column === '*' ? 'its columns are' : `column ${rule.column} is`} not at HEAD to check`);
                        }
                        break;
                    }
                    for (const col of columnsNamed(head.columns, rule.column)) {
                        matched = true;
                        const message = rule.kind === 'range' ? checkRange(rule, col) : checkStat(rule, col, r, mode);
                        if (message)
                            fail(r.dataset, message);
                    }
                    break;
                }
            }
        }
        if (!matched && (rule.kind === 'stat' || rule.kind === 'range'))
            failures.push({
                rule: rule.text,
                message: `no dataset has a column ${rule.column}`,
                file: rule.file,
                line: rule.line,
            });
    }
    return failures;
}
function columnsNamed(columns, name) {
    return name === '*' ? columns : columns.filter((c) => c.name === name);
}
function checkRange(rule, col) {
    if (typeof col.min !== 'number' || typeof col.max !== 'number')
        return col.rows - col.missing === 0
            ? undefined
            : `column ${col.name} is ${col.type}, not numbers`;
    if (col.min < rule.low || col.max > rule.high)
        return `${col.name} spans ${col.min}..${col.max}, outside ${rule.low}..${rule.high}`;
    return undefined;
}
function checkStat(rule, col, r, mode) {
    let actual;
    let shown;
    const expected = rule.percent ? rule.value / 100 : rule.value;
    switch (rule.stat) {
        case 'missing':
            actual = col.missingRate;
            shown = evaluate_pct(actual);
            break;
        case 'psi':
        case 'ks':
        case 'js': {
            if (mode === 'validate')
                throw ruleNeedsBase(rule);
            const d = r.drift.find((x) => x.column === col.name);
            if (!r.base || !r.base.columns.some((c) => c.name === col.name))
                return undefined; // new column: no drift to measure
            actual = d?.[rule.stat];
            if (actual === undefined)
                return `${rule.stat} is not measured for ${col.name} (${d?.note ?? (d?.method === 'js+psi' ? 'a categorical column: use js() or psi()' : 'numbers: use psi() or ks()')})`;
            shown = actual.toFixed(4);
            break;
        }
        case 'distinct':
            actual = col.distinct;
            shown = String(actual);
            break;
        default: {
            const v = col[rule.stat];
            if (typeof v !== 'number')
                return `${rule.stat}(${col.name}) needs numbers; ${col.name} is ${col.type}`;
            actual = v;
            shown = String(v);
        }
    }
    if (compare(actual, rule.op, expected))
        return undefined;
    return `${rule.stat}(${col.name}) is ${shown}, expected ${rule.op} ${rule.value}${rule.percent ? '%' : ''}`;
}
function ruleNeedsBase(rule) {
    const where = rule.file ? `${rule.file}${rule.line ? `:${rule.line}` : ''}: ` : '';
    return new errors/* ConfigurationError */.j1(`${where}data rule '${rule.text}' compares with a base: use it with cml data diff, not validate`, { file: rule.file, line: rule.line });
}
/** `dataset removed: ` / `dataset added: ` before a reason, when one side lacks the dataset. */
function sideMissing(r, mode) {
    if (mode === 'validate')
        return '';
    if (r.base && !r.head)
        return 'dataset removed: ';
    if (r.head && !r.base)
        return 'dataset added: ';
    return '';
}
function evaluate_pct(x) {
    return `${(100 * x).toFixed(2)}%`;
}
/** `age retyped (integer\u2192string)`, `label removed (was integer)`, `city added (string)`. */
function schemaChangeText(c) {
    if (c.from && c.to)
        return `${c.column} ${c.kind} (${c.from}\u2192${c.to})`;
    if (c.from)
        return `${c.column} ${c.kind} (was ${c.from})`;
    if (c.to)
        return `${c.column} ${c.kind} (${c.to})`;
    return `${c.column} ${c.kind}`;
}

;// CONCATENATED MODULE: ./src/data/profile-moves.ts
/**
 * What moved in a column's profile between base and HEAD, one `field before \u2192 after` per field
 * that differs (min, max, mean, std, missing, distinct, top values), for the table's "profile"
 * row and for `changed` ("any column's profile differs"). min and max show the values (up to 12
 * significant digits); the estimates the fewest significant digits (4 to 12) that tell the two
 * sides apart. A difference of float rounding alone (relative 1e-12) is not a move.
 */
function profileMoves(base, head) {
    const moves = [];
    const field = (name, b, h, exact = false) => {
        const shown = moved(b, h, exact ? 12 : 4);
        if (shown)
            moves.push(`${name} ${shown[0]} \u2192 ${shown[1]}`);
    };
    // min and max are values of the data: shown as they are; the rest are estimates.
    field('min', base.min, head.min, true);
    field('max', base.max, head.max, true);
    field('mean', base.mean, head.mean);
    field('std', base.std, head.std);
    field('missing', base.missing, head.missing);
    field('distinct', base.distinct, head.distinct);
    const top = (c) => (c.top ?? []).slice(0, 3).join(', ');
    if ((base.top ?? []).join('\0') !== (head.top ?? []).join('\0'))
        moves.push(`top ${top(base) || '-'} \u2192 ${top(head) || '-'}`);
    return moves;
}
function moved(b, h, from) {
    if (typeof b === 'number' && typeof h === 'number') {
        if (b === h || Math.abs(b - h) <= 1e-12 * Math.max(Math.abs(b), Math.abs(h)))
            return undefined;
        for (let digits = from; digits <= 12; digits++) {
            const [sb, sh] = [number(b, digits), number(h, digits)];
            if (sb !== sh)
                return [sb, sh];
        }
        return [String(b), String(h)];
    }
    if (b === h)
        return undefined;
    return [b === undefined ? '-' : String(b), h === undefined ? '-' : String(h)];
}
/** Integers as they are; others with `digits` significant digits, no trailing zeros. */
function number(n, digits) {
    if (Number.isInteger(n))
        return String(n);
    if (Math.abs(n) >= 10 ** digits)
        return n.toFixed(0);
    return String(Number(n.toPrecision(digits)));
}

;// CONCATENATED MODULE: ./src/data/markdown.ts





const BADGE = ['\u274c fail', '\ud83d\udfe5 schema', '\ud83d\udfe7 drift', '\ud83d\udfe8 missing', '\ud83d\udfe8 rows', '\ud83d\udfe6 profile', '\u00b7'];
/** The severity of a column that did not change (shown only with `all`). */
const UNCHANGED = 6;
/** Rows of what changed, most severe first (then dataset, then column). */
function changeRows(results, failures, all) {
    const rows = [];
    for (const r of results) {
        const failed = (column) => failures.some((f) => f.message.startsWith(`${r.dataset}:`) &&
            (f.message.includes(` ${column} `) || f.message.includes(`(${column})`)));
        if (!r.base || !r.head) {
            rows.push({
                severity: 1,
                dataset: r.dataset,
                column: '(table)',
                change: r.base ? 'dataset removed' : 'dataset added',
                base: r.base ? `${r.base.rows} rows` : '-',
                head: r.head ? `${r.head.rows} rows` : '-',
                drift: '',
            });
            continue;
        }
        if (r.base.rows !== r.head.rows || all) {
            const d = r.head.rows - r.base.rows;
            rows.push({
                severity: r.base.rows !== r.head.rows ? 4 : UNCHANGED,
                dataset: r.dataset,
                column: '(rows)',
                change: d ? `${d > 0 ? '+' : ''}${d} (${evaluate_pct(d / (r.base.rows || 1))})` : 'same',
                base: String(r.base.rows),
                head: String(r.head.rows),
                drift: '',
            });
        }
        if (r.base.duplicates !== r.head.duplicates) {
            rows.push({
                severity: 4,
                dataset: r.dataset,
                column: '(duplicates)',
                change: `${r.head.duplicates - r.base.duplicates > 0 ? '+' : ''}${r.head.duplicates - r.base.duplicates}`,
                base: String(r.base.duplicates),
                head: String(r.head.duplicates),
                drift: '',
            });
        }
        for (const s of r.schema) {
            rows.push({
                severity: 1,
                dataset: r.dataset,
                column: s.column,
                change: s.kind,
                base: s.from ?? '-',
                head: s.to ?? '-',
                drift: '',
            });
        }
        for (const h of r.head.columns) {
            const b = r.base.columns.find((c) => c.name === h.name);
            if (!b)
                continue;
            const d = r.drift.find((x) => x.column === h.name);
            const missingMoved = Math.abs(h.missingRate - b.missingRate) >= 0.001;
            // Values that moved without drifting (a new maximum, a shifted mean): a low-severity
            // "profile" row naming what moved, so the table shows every change `changed` counts.
            const moves = d?.drifted || missingMoved ? [] : profileMoves(b, h);
            let severity = d?.drifted ? 2 : missingMoved ? 3 : moves.length ? 5 : UNCHANGED;
            if (failed(h.name))
                severity = 0;
            if (severity === UNCHANGED && !all)
                continue;
            rows.push({
                severity,
                dataset: r.dataset,
                column: h.name,
                change: missingMoved
                    ? `missing ${evaluate_pct(b.missingRate)} \u2192 ${evaluate_pct(h.missingRate)}`
                    : d?.drifted
                        ? 'distribution'
                        : moves.join(', '),
                base: summary(b),
                head: summary(h),
                drift: d ? driftText(d) : '',
            });
        }
    }
    return rows.sort((a, b) => a.severity - b.severity || byName(a.dataset, b.dataset) || byName(a.column, b.column));
}
function driftText(d) {
    if (d.method === 'skipped')
        return `not measured: ${d.note}`;
    const parts = [];
    if (d.psi !== undefined)
        parts.push(`PSI ${d.psi.toFixed(3)}`);
    if (d.ks !== undefined)
        parts.push(`KS ${d.ks.toFixed(3)}`);
    if (d.js !== undefined)
        parts.push(`JS ${d.js.toFixed(3)}`);
    return parts.join(', ');
}
function summary(c) {
    if (typeof c.mean === 'number')
        return `${c.type}, mean ${fmt(c.mean)} \u00b1 ${fmt(c.std ?? 0)}`;
    return `${c.type}, ${c.distinct} distinct${c.top?.length ? `, top ${c.top.slice(0, 2).join(', ')}` : ''}`;
}
function fmt(n) {
    return Math.abs(n) >= 1000 ? n.toFixed(0) : Number(n.toPrecision(4)).toString();
}
/**
 * A table cell or line from the data: `|` escaped, line breaks as spaces, and control characters
 * (ESC, CR) shown as escapes, as metrics tables do, so a dataset's values can neither rewrite a
 * terminal nor forge a CI log's markers.
 */
const esc = (s) => (0,core_logger/* terminalSafe */.kJ)(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** The report section for `data diff`. */
function diffMarkdown(results, failures, charts, all, cwd, warnings) {
    const rows = changeRows(results, failures, all);
    const lines = ['## Data', ''];
    lines.push(verdict(failures, rows.some((r) => r.severity < UNCHANGED)), '');
    if (rows.length) {
        lines.push('| | Dataset | Column | Change | Base | HEAD | Drift |', '|---|---|---|---|---|---|---|');
        for (const r of rows)
            lines.push(`| ${BADGE[r.severity]} | ${esc(r.dataset)} | ${esc(r.column)} | ${esc(r.change)} | ${esc(r.base)} | ${esc(r.head)} | ${esc(r.drift)} |`);
        lines.push('');
        lines.push(`Drift: numbers by PSI over the base's 10 deciles and Kolmogorov\u2013Smirnov D (at both sides' 1%\u201399% quantiles; when both sides pass 100,000 rows, each side's shares are read off its quantiles); categories by Jensen\u2013Shannon divergence (log\u2082) and PSI over values. Drifted when PSI \u2265 ${THRESHOLDS.psi}, KS \u2265 ${THRESHOLDS.ks} or JS \u2265 ${THRESHOLDS.js}. Distinct counts are HyperLogLog estimates.`, '');
    }
    lines.push(...failureLines(failures), ...chartLines(charts, cwd), ...malformedLines(results.map((r) => r.head).filter(Boolean)), ...warningLines(warnings));
    return lines.join('\n');
}
/** The report section for `data validate`: a profile per dataset. */
function markdown_validateMarkdown(profiles, failures, warnings) {
    const lines = ['## Data', '', verdict(failures, false), ''];
    for (const p of profiles) {
        lines.push(`**${esc(p.dataset)}**: ${count(p.rows, 'row')}, ${count(p.columns.length, 'column')}, ${count(p.duplicates, 'duplicate row')}`, '');
        lines.push('| Column | Type | Missing | Distinct | Min | Max | Mean | Std | Median | Top values |', '|---|---|---|---|---|---|---|---|---|---|');
        for (const c of p.columns) {
            const n = (v) => typeof v === 'number' ? fmt(v) : v === undefined ? '' : esc(String(v));
            lines.push(`| ${esc(c.name)} | ${c.type} | ${pct(c.missingRate)} | ~${c.distinct} | ${n(c.min)} | ${n(c.max)} | ${n(c.mean)} | ${n(c.std)} | ${n(c.quantiles?.[49])} | ${esc((c.top ?? []).join(', '))} |`);
        }
        lines.push('');
    }
    lines.push(...failureLines(failures), ...malformedLines(profiles), ...warningLines(warnings));
    return lines.join('\n');
}
function verdict(failures, changed) {
    if (failures.length)
        return `\u274c ${failures.length} data rule${failures.length === 1 ? '' : 's'} failed.`;
    return changed ? '\u2705 Data rules pass; the data changed.' : '\u2705 Data rules pass.';
}
function failureLines(failures) {
    if (!failures.length)
        return [];
    return [
        '**Failed rules**',
        '',
        ...failures.slice(0, 20).map((f) => `- \`${esc(f.rule)}\`: ${esc(f.message)}`),
        ...(failures.length > 20 ? [`- \u2026 and ${failures.length - 20} more`] : []),
        '',
    ];
}
function chartLines(charts, cwd) {
    return charts.length
        ? [
            ...charts.map((c) => `![${esc(c.dataset)}: ${esc(c.column)} (base dashed, HEAD solid)](${(0,external_node_path_.relative)(cwd, c.path).split('\\').join('/')})`),
            '',
        ]
        : [];
}
function malformedLines(profiles) {
    const out = [];
    for (const p of profiles) {
        if (!p.malformed.count)
            continue;
        const lines = p.malformed.first
            .slice(0, 5)
            .map((m) => m.line)
            .join(', ');
        out.push(`\u26a0\ufe0f ${esc(p.dataset)}: ${p.malformed.count} malformed row${p.malformed.count === 1 ? '' : 's'} skipped (line${p.malformed.first.length === 1 ? '' : 's'} ${lines}${p.malformed.count > 5 ? ', \u2026' : ''})`, '');
    }
    return out;
}
function warningLines(warnings) {
    return warnings.length ? warnings.map((w) => `\u26a0\ufe0f ${esc(w)}`).concat('') : [];
}
/**
 * Names in a stable, case-insensitive order (then by code point, so 'Age' and 'age' keep one
 * order): not localeCompare, whose first call loads ICU's collator, a tenth of a small file's
 * whole run, for an order no reader depends on beyond "alphabetical".
 */
function byName(a, b) {
    const la = a.toLowerCase();
    const lb = b.toLowerCase();
    if (la !== lb)
        return la < lb ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** `1 column`, `2 columns`. */
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/git/ensure-revision.ts
var ensure_revision = __webpack_require__(2527);
;// CONCATENATED MODULE: ./src/git/object-session.ts



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
            return (0,ensure_revision/* hasCommit */.QE)(revision, this.cwd);
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
        return new Promise((settle, fail) => this.ask({ question: { spec, target, fd: (0,external_node_fs_.openSync)(target, 'w') }, settle, fail }));
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
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], {
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
        (0,external_node_fs_.closeSync)(q.fd);
        if (!found)
            (0,external_node_fs_.rmSync)(q.target, { force: true });
    }
    waiter.settle(found);
}
/** A question the session cannot answer, asked with a git process of its own. */
function aside(cwd, waiter) {
    const q = waiter.question;
    if ('fd' in q)
        (0,external_node_fs_.closeSync)(q.fd);
    const asked = 'fd' in q ? blobByProcess(cwd, q.spec, q.target) : (0,ensure_revision/* hasCommit */.QE)(q.revision, cwd);
    asked.then(waiter.settle, waiter.fail);
}
function writeAll(fd, chunk, offset, length) {
    while (length > 0) {
        const n = (0,external_node_fs_.writeSync)(fd, chunk, offset, length);
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
        const fd = (0,external_node_fs_.openSync)(target, 'w');
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', 'blob', spec], {
            cwd,
            stdio: ['ignore', fd, 'ignore'],
        });
        (0,external_node_fs_.closeSync)(fd); // the child holds its own copy
        child.on('error', reject);
        child.on('close', (code) => {
            if (code === 0)
                return resolve(true);
            (0,external_node_fs_.rmSync)(target, { force: true });
            resolve(false);
        });
    });
}

;// CONCATENATED MODULE: ./src/git/cat-file-batch.ts

/**
 * The contents of several git objects through one `git cat-file --batch` (one process however
 * many are asked for): each spec is what git takes there (`<rev>:<path>`, a blob id). A spec that
 * names no blob is absent from the map. For small files (declarations, .dvc files, dvc.lock):
 * the answers are held in memory; datasets are streamed by revision-file.ts instead.
 */
function readBlobs(cwd, specs) {
    const blobs = new Map();
    if (!specs.length)
        return Promise.resolve(blobs);
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks = [];
        let stderr = '';
        child.stdout.on('data', (c) => chunks.push(c));
        child.stderr.on('data', (c) => (stderr += c.toString('utf8')));
        child.on('error', reject);
        child.on('close', (code) => {
            if (code !== 0) {
                reject(new Error(`git cat-file --batch failed: ${stderr.trim()}`));
                return;
            }
            // Each answer: `<oid> <type> <size>\n<bytes>\n`, or `<spec> missing\n`.
            const out = Buffer.concat(chunks);
            let at = 0;
            for (const spec of specs) {
                const eol = out.indexOf(10, at);
                if (eol < 0)
                    break;
                const header = out.subarray(at, eol).toString('utf8');
                at = eol + 1;
                const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
                if (!m)
                    continue;
                const size = Number(m[2]);
                if (m[1] === 'blob')
                    blobs.set(spec, out.subarray(at, at + size));
                at += size + 1;
            }
            resolvePromise(blobs);
        });
        child.stdin.end(specs.map((s) => `${s}\n`).join(''));
    });
}

// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(6148);
;// CONCATENATED MODULE: ./src/data/revision-tree.ts




const trees = new Map();
/**
 * Every entry under cwd at a revision, from one `git ls-tree -r` per run, cwd and revision: the
 * glob expansion at the base (filesAtRevision) and the DVC records (dvc-records.ts) share it.
 */
function treeAt(cwd, revision) {
    const key = `${(0,external_node_path_.resolve)(cwd)}\0${revision}`;
    let tree = trees.get(key);
    if (!tree)
        trees.set(key, (tree = listTree(cwd, revision)));
    return tree;
}
/**
 * Forgets the listings: a run starts with this (run-data.ts), because a revision is named, not
 * resolved (`main` may move between two runs of one process, as in tests).
 */
function revision_tree_forgetTrees() {
    trees.clear();
}
async function listTree(cwd, revision) {
    const result = await (0,run_git/* runGit */.E)(['ls-tree', '-r', '-z', revision], cwd);
    if (result.code !== 0)
        throw new Error(`git ls-tree ${revision} failed: ${result.stderr.trim()}`);
    const tree = new Map();
    for (const line of result.stdout.toString('utf8').split('\0')) {
        const match = /^\d+ (\w+) ([0-9a-f]+)\t(.+)$/s.exec(line);
        if (match)
            tree.set(match[3], { type: match[1], oid: match[2] });
    }
    return tree;
}
/**
 * The files under cwd at a revision (paths relative to cwd), so a glob or folder target can be
 * expanded at the base as it is in the working tree: a dataset the change deleted is then still
 * compared (and reported as removed). A DVC-tracked file is not in git at the base, its
 * `<file>.dvc` is (the name `dvc add` gives it): the file it tracks is listed too, as it is in a
 * pulled working tree.
 */
async function filesAtRevision(cwd, revision) {
    const files = [...(await treeAt(cwd, revision)).keys()];
    const tracked = files
        .filter((f) => f.endsWith('.dvc') && isDataFile(f.slice(0, -4)))
        .map((f) => f.slice(0, -4));
    return [...new Set([...files, ...tracked])];
}
/**
 * A read-only file system holding `files` (relative to cwd) for tinyglobby's `fs` option, so the
 * base is matched by the very matcher (and options) the working tree is. Hand-written: it is
 * the four calls fdir makes (readdir with file types, sync and async; no symlinks to resolve).
 */
function listingFs(cwd, files) {
    const dirs = new Map();
    const entry = (dir) => {
        let e = dirs.get(dir);
        if (!e)
            dirs.set(dir, (e = new Map()));
        return e;
    };
    for (const file of files) {
        const parts = file.split('/');
        let dir = (0,external_node_path_.resolve)(cwd);
        parts.forEach((name, i) => {
            const isDir = i < parts.length - 1;
            entry(dir).set(name, isDir || (entry(dir).get(name) ?? false));
            dir = `${dir}${dir.endsWith(external_node_path_.sep) ? '' : external_node_path_.sep}${name}`;
        });
    }
    const list = (path) => [...(dirs.get((0,external_node_path_.resolve)(path)) ?? new Map())].map(([name, isDir]) => ({
        name,
        isFile: () => !isDir,
        isDirectory: () => isDir,
        isSymbolicLink: () => false,
    }));
    const notSymlinks = () => {
        throw new Error('no symbolic links in a revision listing');
    };
    return {
        readdir: ((path, _opts, cb) => cb(null, list(path))),
        readdirSync: ((path) => list(path)),
        realpath: notSymlinks,
        realpathSync: notSymlinks,
        stat: notSymlinks,
        statSync: notSymlinks,
    };
}
/** Whether a listing holds anything under `dir` (a folder at that revision). */
function isFolderIn(files, dir) {
    const prefix = `${dir.replace(/\/+$/, '')}/`;
    return prefix === './' || files.some((f) => f.startsWith(prefix));
}
/** The text of several files at a revision (paths relative to cwd); a missing one is absent. */
async function readFilesAtRevision(cwd, revision, paths) {
    const blobs = await readBlobs(cwd, paths.map((p) => `${revision}:./${p}`));
    const texts = new Map();
    paths.forEach((p) => {
        const blob = blobs.get(`${revision}:./${p}`);
        if (blob)
            texts.set(p, blob.toString('utf8'));
    });
    return texts;
}

;// CONCATENATED MODULE: ./src/data/dvc-records.ts



const MD5 = /^[0-9a-f]{32}(\.dir)?$/;
/**
 * What DVC records for `path` at `revision`: its own entry in a .dvc file or a dvc.lock, or else
 * the entry of the tracked folder holding it. Every .dvc file and dvc.lock of the revision under
 * cwd is read (outs may name paths away from their file, and dvc.lock files sit next to the
 * dvc.yaml files that declaredDatasets finds in subfolders), each path taken relative to the
 * folder of its file (and, in dvc.lock, to the stage's wdir, as DVC writes them). A file that is
 * not valid YAML records nothing (`warn` says so): DVC could not read it either.
 */
async function dvcRecordFor(cwd, path, revision, warn) {
    const records = await recordsAt(cwd, revision, warn);
    const exact = records.find((r) => r.path === path);
    if (exact)
        return { record: exact };
    let best;
    for (const record of records) {
        if (!record.md5.endsWith('.dir') || !path.startsWith(`${record.path}/`))
            continue;
        if (!best || record.path.length > best.record.path.length)
            best = { record, inside: path.slice(record.path.length + 1) };
    }
    return best;
}
/** The records of a listing, with the warnings reading them gave (said again to each caller). */
const recordsByTree = new WeakMap();
/** Every record at a revision, .dvc files first (they name data directly), then dvc.lock files. */
async function recordsAt(cwd, revision, warn) {
    let tree;
    try {
        tree = await treeAt(cwd, revision);
    }
    catch {
        return [];
    }
    // Read once per listing, however many datasets ask (each dataset of a diff asks).
    let read = recordsByTree.get(tree);
    if (!read)
        recordsByTree.set(tree, (read = readRecords(cwd, revision, tree)));
    const { records, warnings } = await read;
    warnings.forEach((w) => warn(w));
    return records;
}
async function readRecords(cwd, revision, tree) {
    // Paths listed from cwd are relative to it, as declaredDatasets' globs are.
    const blobs = new Map();
    for (const [path, entry] of tree)
        if (entry.type === 'blob')
            blobs.set(path, entry.oid);
    const files = [...blobs.keys()]
        .filter((f) => !/(^|\/)(\.dvc|\.git|node_modules)\//.test(f))
        .filter((f) => external_node_path_.posix.basename(f) === 'dvc.lock' || /.\.dvc$/.test(external_node_path_.posix.basename(f)))
        .sort((a, b) => Number(a.endsWith('dvc.lock')) - Number(b.endsWith('dvc.lock')) || (a < b ? -1 : 1));
    const pipelines = files
        .filter((f) => f.endsWith('dvc.lock'))
        .map((f) => external_node_path_.posix.join(external_node_path_.posix.dirname(f), 'dvc.yaml'))
        .filter((f) => blobs.has(f));
    // Every .dvc file, dvc.lock and the dvc.yaml beside each lock: one git process for all.
    const texts = await readBlobs(cwd, [
        ...new Set([...files, ...pipelines].map((f) => blobs.get(f))),
    ]);
    const warnings = [];
    // The YAML parser loads with the first DVC file read (a git-tracked dataset needs none).
    const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const doc = (file) => parsedBlob(parse, texts.get(blobs.get(file)), `${file} at ${revision}`, (w) => warnings.push(w));
    const records = [];
    for (const file of files) {
        const parsedFile = doc(file);
        const dir = external_node_path_.posix.dirname(file) === '.' ? '' : external_node_path_.posix.dirname(file);
        if (file.endsWith('.dvc')) {
            for (const out of asList(parsedFile?.outs))
                pushRecord(records, dir, out, file);
            continue;
        }
        const yamlFile = external_node_path_.posix.join(dir, 'dvc.yaml');
        const pipeline = blobs.has(yamlFile) ? doc(yamlFile) : undefined;
        for (const [name, stage] of Object.entries(lockStages(parsedFile))) {
            const wdir = external_node_path_.posix.join(dir, stageWdir(pipeline, name));
            const s = stage;
            for (const entry of [...asList(s?.outs), ...asList(s?.deps)])
                pushRecord(records, wdir, entry, file);
        }
    }
    return { records, warnings };
}
function pushRecord(records, dir, entry, source) {
    if (typeof entry?.path !== 'string' || typeof entry.md5 !== 'string')
        return;
    // The md5 names a cache file: only hex digits, so no record can point the lookup elsewhere.
    if (!MD5.test(entry.md5))
        return;
    const path = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, entry.path.replace(/\\/g, '/')));
    if (path.startsWith('../') || external_node_path_.posix.isAbsolute(path))
        return;
    // DVC 3 writes `hash: md5`; a DVC 2 record has no `hash` field (dvc/output.py
    // _compute_hash_info_from_meta: "Legacy 2.x output, use md5-dos2unix").
    const hashName = entry.hash === 'md5' ? 'md5' : 'md5-dos2unix';
    records.push({ path, md5: entry.md5, hashName, source });
}
/** dvc.lock 2.0 keeps stages under `stages:`; a DVC 1 lock file (no `schema`) is the map itself. */
function lockStages(doc) {
    if (!doc || typeof doc !== 'object')
        return {};
    const d = doc;
    const stages = d.schema === undefined ? d : d.stages;
    return stages && typeof stages === 'object' ? stages : {};
}
/** The stage's wdir from dvc.yaml (a foreach/matrix stage `name@key` takes `name`'s). */
function stageWdir(pipeline, name) {
    const stages = pipeline?.stages;
    const stage = (stages?.[name] ?? stages?.[name.split('@')[0]]);
    const wdir = stage?.wdir ?? stage?.do?.wdir;
    return typeof wdir === 'string' && !wdir.includes('${') ? wdir : '.';
}
/** A YAML file's document, or undefined (and a warning) when it is not valid YAML. */
function parsedBlob(parse, bytes, name, warn) {
    if (!bytes)
        return undefined;
    try {
        return parse(bytes.toString('utf8'));
    }
    catch (error) {
        warn(`${name}: not valid YAML (${error.message.split('\n')[0]}); its records are ignored`);
        return undefined;
    }
}
function asList(v) {
    return Array.isArray(v) ? v : [];
}

;// CONCATENATED MODULE: ./src/data/revision-file.ts







let revision_file_scratch;
function revision_file_scratchDir() {
    // Base versions are copies of whole datasets: removed when the process exits.
    return (revision_file_scratch ??= scratchDir('cml-data-rev-'));
}
/**
 * A local path holding `path` (relative to cwd) as it was at `revision`, or undefined when the
 * dataset did not exist then. Git-tracked files are streamed out of git (`git cat-file`, never
 * buffered: a base may be larger than memory); DVC-tracked ones (a file, or a file in a tracked
 * folder) come from the local DVC cache when the entry there checks out against the md5 the
 * revision's .dvc file or dvc.lock records (dvc-cache.ts: the cache is the pull request's), else
 * through `dvc get` when DVC is installed. Otherwise a ConfigurationError says what to install.
 * `warn` hears of cache entries refused and of unreadable DVC files; `objects`, the run's git
 * session, reads the blob when given (else a git process of its own does).
 */
async function revision_file_fileAtRevision(cwd, path, revision, warn = () => undefined, objects) {
    const spec = `${revision}:./${path}`;
    const target = (0,external_node_path_.join)(revision_file_scratchDir(), `${revision.replace(/[^\w.-]/g, '_')}-${Math.random().toString(36).slice(2)}-${(0,external_node_path_.basename)(path)}`);
    // One question, not a type check and then a read: no blob for a path that is missing at the
    // revision or is a folder, which then goes the DVC way as before.
    const read = objects ? objects.blobToFile(spec, target) : blobByProcess(cwd, spec, target);
    if (await read) {
        if (!isLfsPointer(target))
            return target;
        throw new errors/* ConfigurationError */.j1(`${path}: a Git LFS pointer at ${revision}; run git lfs pull (or track the data with DVC)`, { file: path });
    }
    const lookup = await dvcRecordFor(cwd, path, revision, warn);
    if (!lookup)
        return undefined;
    // Only DVC-tracked data gets here: the cache reader (and node:fs/promises) loads on demand.
    const { cachedDataset } = await __webpack_require__.e(/* import() */ 649).then(__webpack_require__.bind(__webpack_require__, 1030));
    const cached = await cachedDataset(cwd, lookup);
    if ('path' in cached)
        return cached.path;
    if ('absent' in cached)
        return undefined;
    // A refused entry is said where the run goes on (the report's warnings) or in the error.
    const refused = 'rejected' in cached ? `the DVC cache entry ${cached.rejected}` : undefined;
    const { md5, path: folder } = lookup.record;
    if ((0,external_node_child_process_.spawnSync)('dvc', ['--version'], { cwd, encoding: 'utf8' }).status === 0) {
        const target = (0,external_node_path_.join)(revision_file_scratchDir(), `${md5}-${(0,external_node_path_.basename)(path)}`);
        const got = (0,external_node_child_process_.spawnSync)('dvc', ['get', '.', path, '--rev', revision, '-o', target], {
            cwd,
            encoding: 'utf8',
        });
        if (got.status === 0 && (0,external_node_fs_.existsSync)(target)) {
            if (refused)
                warn(`${path}: ${refused}; not used, ${revision}'s copy came from dvc get`);
            return target;
        }
        throw new errors/* ConfigurationError */.j1(`${path}: dvc get at ${revision} failed: ${(got.stderr || '').trim().split('\n').pop()}${refused ? ` (and ${refused})` : ''}`, { file: path });
    }
    const what = lookup.inside === undefined ? `md5 ${md5}` : `in ${folder}, md5 ${md5}`;
    throw new errors/* ConfigurationError */.j1(`${path}: tracked by DVC (${what} at ${revision}) but ${refused ?? 'not in the local cache'}, and dvc is not installed; install DVC (the setup action's dvc-version input) with access to the remote, or run dvc fetch --rev ${revision}`, { file: path });
}
function isLfsPointer(path) {
    const head = (0,external_node_fs_.readFileSync)(path).subarray(0, 64).toString('utf8');
    return head.startsWith('version https://git-lfs.github.com/spec/');
}

;// CONCATENATED MODULE: ./src/data/schema.ts






const TYPES = ['integer', 'number', 'string', 'boolean', 'date', 'timestamp'];
const KEYS = ['type', 'nullable', 'min', 'max', 'allowed'];
const TOP_KEYS = ['columns', 'strict'];
/** A schema file, read and checked (the YAML parser loads only for one: runs without need none). */
async function schema_loadSchema(file, abs) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${file}: cannot read the schema file`, { file });
    }
    const { LineCounter, isMap, isScalar, parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter });
    const lineOf = (node) => node?.range ? counter.linePos(node.range[0]).line : undefined;
    if (doc.errors.length)
        throw new errors/* ConfigurationError */.j1(`${file}: not valid YAML (${doc.errors[0]?.message.split('\n')[0] ?? ''})`, { file });
    if (isMap(doc.contents)) {
        // A misspelt 'strict' would silently leave the schema open: every top-level key is checked.
        for (const pair of doc.contents.items) {
            const key = isScalar(pair.key) ? String(pair.key.value) : '';
            if (!TOP_KEYS.includes(key)) {
                const line = lineOf(pair.key) ?? 1;
                throw new errors/* ConfigurationError */.j1(`${file}:${line}: unknown key '${key}' (expected ${TOP_KEYS.join(', ')})`, { file, line });
            }
        }
    }
    const columns = doc.get('columns', true);
    if (!isMap(columns))
        throw new errors/* ConfigurationError */.j1(`${file}: expected 'columns:', a map of column name to {type, nullable, min, max, allowed}`, { file });
    const specs = [];
    for (const pair of columns.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : '';
        const line = lineOf(pair.key);
        const where = `${file}:${line ?? 1}: column ${name}`;
        const raw = (isMap(pair.value) ? pair.value.toJSON() : pair.value === null ? {} : undefined);
        if (!raw)
            throw new errors/* ConfigurationError */.j1(`${where}: expected a map of ${KEYS.join(', ')}`, {
                file,
                line,
            });
        for (const key of Object.keys(raw))
            if (!KEYS.includes(key))
                throw new errors/* ConfigurationError */.j1(`${where}: unknown key '${key}' (expected ${KEYS.join(', ')})`, { file, line });
        if (raw.type !== undefined && !TYPES.includes(String(raw.type)))
            throw new errors/* ConfigurationError */.j1(`${where}: type '${String(raw.type)}' is not one of ${TYPES.join(', ')}`, { file, line });
        for (const k of ['min', 'max'])
            if (raw[k] !== undefined && typeof raw[k] !== 'number')
                throw new errors/* ConfigurationError */.j1(`${where}: ${k} must be a number`, { file, line });
        if (raw.nullable !== undefined && typeof raw.nullable !== 'boolean')
            throw new errors/* ConfigurationError */.j1(`${where}: nullable must be true or false`, { file, line });
        if (raw.allowed !== undefined && !Array.isArray(raw.allowed))
            throw new errors/* ConfigurationError */.j1(`${where}: allowed must be a list of values`, { file, line });
        specs.push({
            name,
            line,
            type: raw.type,
            nullable: raw.nullable,
            min: raw.min,
            max: raw.max,
            allowed: raw.allowed?.map(String),
            allowedNumbers: numbersOf(raw.allowed),
        });
    }
    const strict = doc.get('strict', true);
    if (strict !== undefined && !(isScalar(strict) && typeof strict.value === 'boolean')) {
        const line = lineOf(strict) ?? 1;
        throw new errors/* ConfigurationError */.j1(`${file}:${line}: strict must be true or false`, { file, line });
    }
    return { file, columns: specs, strict: isScalar(strict) && strict.value === true, line: 1 };
}
/**
 * The allowed list as numbers when every entry is a YAML number: `allowed: [1.0, 2.5]` must
 * accept the value 1.0 however the engine spells it (YAML reads 1.0 as the number 1).
 */
function numbersOf(list) {
    if (!list?.length || !list.every((v) => typeof v === 'number' && Number.isFinite(v)))
        return undefined;
    return list;
}
/** The schema's violations by one dataset's HEAD profile (allowed values need one query). */
async function schema_checkSchema(conn, schema, profile, path) {
    const failures = [];
    const fail = (spec, message) => failures.push({
        rule: `schema ${schema.file}`,
        message: `${profile.dataset}: ${message}`,
        file: schema.file,
        line: spec?.line ?? schema.line,
    });
    for (const spec of schema.columns) {
        const col = profile.columns.find((c) => c.name === spec.name);
        if (!col) {
            fail(spec, `column ${spec.name} is missing`);
            continue;
        }
        if (spec.type && spec.type !== col.type && !(spec.type === 'number' && col.type === 'integer'))
            fail(spec, `column ${spec.name} is ${col.type}, expected ${spec.type}`);
        if (spec.nullable === false && col.missing > 0)
            fail(spec, `column ${spec.name} has ${col.missing} missing values, expected none`);
        if (spec.min !== undefined && typeof col.min === 'number' && col.min < spec.min)
            fail(spec, `column ${spec.name} has minimum ${col.min}, below ${spec.min}`);
        if (spec.max !== undefined && typeof col.max === 'number' && col.max > spec.max)
            fail(spec, `column ${spec.name} has maximum ${col.max}, above ${spec.max}`);
        if ((spec.min !== undefined || spec.max !== undefined) &&
            col.type !== 'integer' &&
            col.type !== 'number' &&
            spec.type === undefined)
            fail(spec, `column ${spec.name} is ${col.type}, a range needs numbers`);
        if (spec.allowed) {
            const numeric = (col.type === 'integer' || col.type === 'number') && spec.allowedNumbers;
            const rows = await disallowedValues(conn, path, profile.dataset, spec.name, {
                text: spec.allowed,
                numbers: numeric ? spec.allowedNumbers : undefined,
            });
            if (rows.length)
                fail(spec, `column ${spec.name} has values outside the allowed list: ${rows.map((r) => `${String(r.v)} (${String(r.n)})`).join(', ')}`);
        }
    }
    if (schema.strict) {
        for (const col of profile.columns)
            if (!schema.columns.some((s) => s.name === col.name))
                fail(undefined, `column ${col.name} is not in the schema (strict)`);
    }
    return failures;
}
/** The most frequent values of a column outside the allowed list (small files: no DuckDB). */
async function disallowedValues(conn, path, dataset, column, allowed) {
    const small = smallTable(path, dataset);
    if (small)
        return smallDisallowed(small, column, allowed);
    const v = `CAST(${ident(column)} AS VARCHAR)`;
    // Numbers as DOUBLE literals (exponent form, exact), so 1.0 in the file and 1 in the list match.
    const test = allowed.numbers
        ? `${ident(column)} NOT IN (${allowed.numbers.map((n) => `${n.toExponential()}::DOUBLE`).join(', ')})`
        : `${v} NOT IN (${allowed.text.map(literal).join(', ') || 'NULL'})`;
    const source = readExpression(path, dataset).replace('store_rejects=true', 'ignore_errors=true');
    return (await conn.runAndReadAll(`SELECT ${v} AS v, count(*) AS n FROM ${source} WHERE ${ident(column)} IS NOT NULL AND ${test} GROUP BY 1 ORDER BY n DESC, v LIMIT 5`)).getRowObjectsJson();
}

// EXTERNAL MODULE: ./src/core/workspace-file.ts
var workspace_file = __webpack_require__(6753);
;// CONCATENATED MODULE: ./src/data/targets.ts





const IGNORE = ['**/.git/**', '**/.dvc/**', '**/node_modules/**'];
/**
 * tinyglobby, loaded when a target needs matching: datasets named as files (a small file's
 * `cml data diff --targets f.csv`, issue 14's 300 ms cold start) need no matcher.
 */
async function glob(patterns, options) {
    return (await __webpack_require__.e(/* import() */ 448).then(__webpack_require__.bind(__webpack_require__, 6448))).glob(patterns, options);
}
/**
 * The datasets to profile, relative to cwd, sorted: the targets as given (files, globs,
 * directories), or with none, the data files declared in dvc.yaml (stage deps and outs) and
 * tracked by *.dvc files. Explicit files are kept even when absent (a dataset the change removed).
 * With a base revision (diff), globs and folders are expanded there too (one `git ls-tree`, only
 * when a target needs it) and the union kept, so a dataset the change deleted is compared too.
 */
async function targets_resolveTargets(cwd, targets, baseRev) {
    const found = new Set();
    let baseFiles;
    const atBase = () => (baseRev ? (baseFiles ??= filesAtRevision(cwd, baseRev)) : undefined);
    if (targets.length === 0) {
        for (const path of await declaredDatasets(cwd))
            found.add(path);
        // Declared at the base too: a dataset whose .dvc file or stage the change removed.
        const files = await atBase();
        if (baseRev && files)
            for (const path of await declaredDatasets(cwd, { revision: baseRev, files }))
                found.add(path);
        if (found.size === 0) {
            throw new errors/* ConfigurationError */.j1('no datasets: pass targets (files, globs or folders of CSV, TSV, JSON Lines or Parquet) or declare them in dvc.yaml (stage deps/outs) or .dvc files');
        }
        return [...found].sort();
    }
    for (let target of targets) {
        // An absolute path inside the workspace is the same dataset as its relative path (git and the
        // workspace guard read datasets by their path from cwd); outside it, the guard refuses it.
        if ((0,external_node_path_.isAbsolute)(target)) {
            const rel = (0,external_node_path_.relative)(cwd, target);
            if (rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel))
                target = rel;
        }
        const abs = (0,external_node_path_.join)(cwd, target);
        if (/[*?[\]{}]/.test(target)) {
            const base = await atBase();
            const hits = [
                ...(await glob(target, { cwd, ignore: IGNORE, onlyFiles: true })),
                ...(base
                    ? await glob(target, { cwd, ignore: IGNORE, onlyFiles: true, fs: listingFs(cwd, base) })
                    : []),
            ].filter(isDataFile);
            if (!hits.length)
                throw new errors/* ConfigurationError */.j1(`${target}: no CSV, TSV, JSON Lines or Parquet files match${baseRev ? ` (in the workspace nor at ${baseRev})` : ''}`);
            hits.forEach((h) => found.add(external_node_path_.posix.normalize(h)));
        }
        else if ((0,external_node_fs_.existsSync)(abs) && (0,external_node_fs_.statSync)(abs).isDirectory()) {
            (await expandDirectory(cwd, target)).forEach((h) => found.add(h));
            const base = await atBase();
            if (base)
                (await expandDirectory(cwd, target, base)).forEach((h) => found.add(h));
        }
        else if (baseRev &&
            !isDataFile(target) &&
            !(0,external_node_fs_.existsSync)(abs) &&
            isFolderIn((await atBase()) ?? [], external_node_path_.posix.normalize(target))) {
            // A folder the change deleted entirely: its datasets at the base. (A data file named
            // explicitly needs no listing: it is compared as given, whichever side has it.)
            (await expandDirectory(cwd, target, await atBase())).forEach((h) => found.add(h));
        }
        else {
            found.add(external_node_path_.posix.normalize(target.replace(/\\/g, '/')));
        }
    }
    return [...found].sort();
}
/** The data files under a folder of the working tree, or of a revision's listing. */
async function expandDirectory(cwd, dir, listing) {
    const base = dir.replace(/\\/g, '/').replace(/\/+$/, '');
    const fs = listing ? listingFs(cwd, listing) : undefined;
    return (await glob(`${base}/**/*`, { cwd, ignore: IGNORE, onlyFiles: true, fs }))
        .filter(isDataFile)
        .map((p) => external_node_path_.posix.normalize(p));
}
/**
 * Data files named by dvc.yaml stages (deps and outs) and by *.dvc files, relative to cwd: in the
 * working tree, or (`at`) in a revision's listing, the declarations read in one git process.
 */
async function declaredDatasets(cwd, at) {
    const out = new Set();
    const add = async (fromDir, path) => {
        const rel = external_node_path_.posix.normalize(external_node_path_.posix.join(fromDir, path));
        const abs = (0,external_node_path_.join)(cwd, rel);
        if (at ? isFolderIn(at.files, rel) : (0,external_node_fs_.existsSync)(abs) && (0,external_node_fs_.statSync)(abs).isDirectory())
            (await expandDirectory(cwd, rel, at?.files)).forEach((p) => out.add(p));
        else if (isDataFile(rel))
            out.add(rel);
    };
    const declarations = await glob(['**/dvc.yaml', '**/*.dvc'], {
        cwd,
        ignore: IGNORE,
        onlyFiles: true,
        dot: true,
        fs: at ? listingFs(cwd, at.files) : undefined,
    });
    const texts = at ? await readFilesAtRevision(cwd, at.revision, declarations) : undefined;
    const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    for (const file of declarations) {
        const dir = external_node_path_.posix.dirname(file) === '.' ? '' : external_node_path_.posix.dirname(file);
        const text = texts ? texts.get(file) : (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(cwd, file), 'utf8');
        if (text === undefined)
            continue; // named after a tracked file, not in git itself
        let doc;
        try {
            doc = parse(text);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`${file}${at ? ` at ${at.revision}` : ''}: not valid YAML (${error.message.split('\n')[0]})`, { file });
        }
        if (file.endsWith('.dvc')) {
            for (const o of targets_asList(doc?.outs))
                if (o && typeof o === 'object' && 'path' in o)
                    await add(dir, String(o.path));
            continue;
        }
        const stages = doc?.stages ?? {};
        for (const stage of Object.values(stages)) {
            if (!stage || typeof stage !== 'object')
                continue;
            const s = stage;
            const wdir = s.wdir ? external_node_path_.posix.join(dir, s.wdir) : dir;
            for (const entry of [...targets_asList(s.deps), ...targets_asList(s.outs)]) {
                const path = typeof entry === 'string'
                    ? entry
                    : entry && typeof entry === 'object'
                        ? Object.keys(entry)[0]
                        : undefined;
                if (path && !path.includes('${'))
                    await add(wdir, path);
            }
        }
    }
    return [...out].sort();
}
function targets_asList(v) {
    return Array.isArray(v) ? v : [];
}
/** A path relative to cwd for messages. */
function displayPath(cwd, abs) {
    return relative(cwd, abs).split('\\').join('/') || dirname(abs);
}

;// CONCATENATED MODULE: ./src/data/run-data.ts


















/**
 * Profile base and HEAD of each dataset, compare them and check the rules. `objects` is the
 * caller's git session (the CLI starts one early); else the run opens its own and closes it.
 */
async function runDataDiff(options, logger, objects) {
    if (!objects)
        return withSession(options.cwd, (own) => runDataDiff(options, logger, own));
    revision_tree_forgetTrees(); // revisions are listed afresh for each run (revision-tree.ts)
    const abs = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(options.cwd, p));
    const rules = await rules_loadDataRules(options.rules, options.rulesFile, abs);
    const schema = options.schemaFile
        ? await schema_loadSchema(options.schemaFile, abs(options.schemaFile))
        : undefined;
    const baseRev = options.baseRev ?? 'HEAD';
    const datasets = await targets_resolveTargets(options.cwd, options.targets, baseRev);
    const conn = lazy_connection_lazyConnection();
    const results = [];
    const failures = [];
    const warnings = [];
    const warn = warnOnce(warnings);
    for (const dataset of datasets) {
        await logger.group(`data diff ${dataset}`, async () => {
            const basePath = await revision_file_fileAtRevision(options.cwd, dataset, baseRev, warn, objects);
            const headPath = options.headRev
                ? await revision_file_fileAtRevision(options.cwd, dataset, options.headRev, warn, objects)
                : workspaceDataset(options.cwd, dataset);
            if (!basePath && !headPath) {
                throw new errors/* ConfigurationError */.j1(`${dataset}: not found in the workspace${options.headRev ? ` at ${options.headRev}` : ''} nor at ${baseRev}`, { file: dataset });
            }
            // Each side is read once: its pass also counts its categories for drift (drift-sketch.ts).
            const sketch = basePath && headPath ? { categories: true } : undefined;
            const base = basePath
                ? await profile_profileFile(conn, basePath, dataset, baseRev, sketch)
                : undefined;
            const head = headPath
                ? await profile_profileFile(conn, headPath, dataset, options.headRev, sketch)
                : undefined;
            const result = {
                dataset,
                base,
                head,
                schema: base && head ? schemaChanges(base, head) : [],
                drift: [],
            };
            if (base && head && basePath && headPath)
                result.drift = await measureDrift(conn, { path: basePath, profile: base }, { path: headPath, profile: head });
            if (schema && head && headPath)
                failures.push(...(await schema_checkSchema(conn, schema, head, headPath)));
            reportMalformed(head, logger);
            results.push(result);
        });
    }
    failures.push(...evaluate_evaluateRules(rules, results, 'diff'));
    const drifted = results.flatMap((r) => r.drift
        .filter((d) => d.drifted && d.bins?.length)
        .map((drift) => ({ dataset: r.dataset, drift })));
    const charts = options.chartsDir
        ? await drawDriftCharts(abs(options.chartsDir), drifted, logger)
        : [];
    const changed = results.some(dataChanged);
    return {
        markdown: diffMarkdown(results, failures, charts, options.all, options.cwd, warnings),
        json: {
            mode: 'diff',
            base: baseRev,
            head: options.headRev ?? 'workspace',
            datasets: results.map(jsonOf),
            failures,
        },
        passed: failures.length === 0,
        changed,
        failures,
        charts,
        warnings,
    };
}
/** Profile HEAD of each dataset and check the schema and rules (`objects` as in runDataDiff). */
async function runDataValidate(options, logger, objects) {
    if (!objects && options.headRev)
        return withSession(options.cwd, (own) => runDataValidate(options, logger, own));
    forgetTrees(); // revisions are listed afresh for each run (revision-tree.ts)
    const abs = (p) => (isAbsolute(p) ? p : join(options.cwd, p));
    const rules = await loadDataRules(options.rules, options.rulesFile, abs);
    const schema = options.schemaFile
        ? await loadSchema(options.schemaFile, abs(options.schemaFile))
        : undefined;
    const datasets = await resolveTargets(options.cwd, options.targets);
    const conn = lazyConnection();
    const profiles = [];
    const failures = [];
    const warnings = [];
    const warn = warnOnce(warnings);
    for (const dataset of datasets) {
        await logger.group(`data validate ${dataset}`, async () => {
            const path = options.headRev
                ? await fileAtRevision(options.cwd, dataset, options.headRev, warn, objects)
                : workspaceDataset(options.cwd, dataset);
            if (!path)
                throw new ConfigurationError(`${dataset}: no such file`, { file: dataset });
            const profile = await profileFile(conn, path, dataset, options.headRev);
            if (schema)
                failures.push(...(await checkSchema(conn, schema, profile, path)));
            reportMalformed(profile, logger);
            profiles.push(profile);
        });
    }
    const results = profiles.map((head) => ({
        dataset: head.dataset,
        head,
        schema: [],
        drift: [],
    }));
    failures.push(...evaluateRules(rules, results, 'validate'));
    return {
        markdown: validateMarkdown(profiles, failures, warnings),
        json: { mode: 'validate', datasets: profiles, failures },
        passed: failures.length === 0,
        changed: false,
        failures,
        charts: [],
        warnings,
    };
}
/** Runs `run` with a git session of its own, ended when the run ends, however it ends. */
async function withSession(cwd, run) {
    const objects = new GitObjectSession(cwd);
    try {
        return await run(objects);
    }
    finally {
        objects.close();
    }
}
/**
 * HEAD's copy of a dataset. Dataset paths can come from the pull request (dvc.yaml, .dvc files):
 * one that leads out of the workspace, lexically or through a symlink, or to a non-file is
 * refused, as the report and plots refuse theirs.
 */
function workspaceDataset(cwd, dataset) {
    const path = (0,external_node_path_.join)(cwd, dataset);
    if (!(0,workspace_file/* isInside */.FK)(cwd, path)) {
        throw new errors/* ConfigurationError */.j1(`${dataset}: outside the workspace; refused`, { file: dataset });
    }
    if ((0,external_node_fs_.existsSync)(path) || (0,workspace_file/* isSymlink */.wP)(path))
        return (0,workspace_file/* workspaceFile */.EJ)(path, cwd, dataset, dataset);
    if ((0,external_node_fs_.existsSync)(`${path}.dvc`))
        throw new errors/* ConfigurationError */.j1(`${dataset}: tracked by DVC but not in the workspace; run dvc pull ${dataset} first`, { file: dataset });
    return undefined;
}
/**
 * A warning about the data's sources (a DVC cache entry refused, a DVC file that does not parse)
 * goes into the report once, however many datasets or revisions meet it; the action and the CLI
 * log each one.
 */
function warnOnce(warnings) {
    return (message) => {
        if (!warnings.includes(message))
            warnings.push(message);
    };
}
/**
 * Malformed rows are an annotation at the first one; the report says it once, from the profile
 * (markdown.ts malformedLines), so they are not added to the general warnings as well.
 */
function reportMalformed(profile, logger) {
    if (!profile?.malformed.count)
        return;
    const first = profile.malformed.first[0] ?? { line: 0, message: '' };
    const message = `${profile.dataset}: ${profile.malformed.count} malformed row(s) skipped; first at line ${first.line}: ${first.message}`;
    logger.warning(message, { file: profile.dataset, line: first.line, title: 'malformed rows' });
}
/**
 * `changed` as documented: "the schema, the row count or any column's profile differs" (a
 * dataset added or removed, duplicates, drift, and any field of a column profile that moved).
 */
function dataChanged(r) {
    const { base, head } = r;
    if (!base || !head)
        return true;
    if (r.schema.length || base.rows !== head.rows || base.duplicates !== head.duplicates)
        return true;
    if (r.drift.some((d) => d.drifted))
        return true;
    return head.columns.some((h) => {
        const b = base.columns.find((c) => c.name === h.name);
        return b !== undefined && profileMoves(b, h).length > 0;
    });
}
function jsonOf(r) {
    return {
        dataset: r.dataset,
        base: r.base,
        head: r.head,
        schema_changes: r.schema,
        drift: r.drift.map(({ bins, ...rest }) => ({ ...rest, bins })),
    };
}

// EXTERNAL MODULE: ./src/git/base-revision.ts
var base_revision = __webpack_require__(5129);
;// CONCATENATED MODULE: ./src/report/data-section.ts
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
    const logger = options.logger ?? new core_logger/* ConsoleLogger */.Cr(process.stderr, process.stderr);
    const base = await (0,base_revision/* resolveBaseRevision */.V)({
        context: (0,platforms/* readContext */.yI)(),
        cwd: options.cwd,
        logger,
        explicit: options.base,
    });
    const outcome = await runDataDiff({
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