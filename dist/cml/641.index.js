"use strict";
exports.id = 641;
exports.ids = [641];
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


/***/ })

};
;