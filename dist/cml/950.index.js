exports.id = 950;
exports.ids = [950];
exports.modules = {

/***/ 1746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/logger.ts
var logger = __webpack_require__(1227);
;// CONCATENATED MODULE: ./src/core/run-entry.ts


/**
 * The one top-level wrapper every entry uses: runs the action, turns any failure into a clear
 * message and a non-zero exit code, and never lets a rejection escape. User mistakes and refused
 * permissions print their message only; anything unexpected prints its stack in a collapsed group.
 */
async function runEntry(main, logger = loggerFor()) {
    try {
        await main(logger);
    }
    catch (error) {
        reportFailure(logger, error);
        process.exitCode = 1;
    }
}
function reportFailure(logger, error) {
    const message = (0,errors/* errorMessage */.gJ)(error);
    if (error instanceof errors/* PermissionError */.i_) {
        logger.error(`${message}\n${error.hint}`);
    }
    else if (error instanceof errors/* StepFailure */.pH) {
        logger.error(message);
    }
    else if ((0,errors/* isConfigurationError */.p0)(error)) {
        logger.error(message, error.where ? { file: error.where.file, line: error.where.line } : undefined);
    }
    else {
        logger.error(message);
        // Collapsed (a ::group:: on GitHub, a collapsed section on GitLab): the stack is for whoever
        // reports the bug, not in the way of the message. The body runs at once; the group closes
        // on the next microtask, before the process exits.
        const stack = error instanceof Error && error.stack ? error.stack : undefined;
        if (stack)
            void logger.group('Stack trace of the unexpected error', async () => logger.info(stack));
    }
    // The logger already emitted the error annotation; core.setFailed would print it twice.
    process.exitCode = 1;
}

// EXTERNAL MODULE: ./src/compat/cli-logger.ts
var cli_logger = __webpack_require__(3189);
// EXTERNAL MODULE: ./src/cli/legacy-binaries.ts
var legacy_binaries = __webpack_require__(7033);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/core/version.ts
// The package version, inlined at build time by the bundler from package.json.

const CLI_VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/cli/legacy-env.ts
/**
 * CML's environment-variable compatibility, applied before yargs reads the environment (as
 * CML's bin/cml.js does):
 * - legacy command prefixes: `CML_SEND_COMMENT_*` stands for `CML_COMMENT_*`, `CML_CI_*` for
 *   `CML_REPO_*`, and so on, since the legacy commands share their modern command's options;
 * - global options: `CML_DRIVER`, `CML_DRIVER_TOKEN`, `CML_LOG`, `CML_REPO` and `CML_TOKEN`
 *   apply to every command (yargs only reads a command's own prefix, `CML_<COMMAND>_*`);
 * - the runner's old unprefixed names (`RUNNER_LABELS`, `RUNNER_IDLE_TIMEOUT`, ...).
 * A variable the user set under the new name wins over one derived from an old name.
 */
const LEGACY_PREFIXES = {
    CML_CI: 'CML_REPO',
    CML_PUBLISH: 'CML_ASSET',
    CML_RERUN_WORKFLOW: 'CML_WORKFLOW',
    CML_SEND_COMMENT: 'CML_COMMENT',
    CML_SEND_GITHUB_CHECK: 'CML_CHECK',
};
const GLOBAL_OPTIONS = ['DRIVER', 'DRIVER_TOKEN', 'LOG', 'REPO', 'TOKEN'];
/** Every env prefix a command reads (CML's, plus this project's metrics and params). */
const COMMAND_PREFIXES = [
    'ASSET',
    'CHECK',
    'COMMENT',
    'PR',
    'REPO',
    'RUNNER',
    'WORKFLOW',
    'METRICS',
    'PARAMS',
];
const LEGACY_RUNNER_VARIABLES = {
    DOCKER_MACHINE: 'CML_RUNNER_DOCKER_MACHINE',
    RUNNER_IDLE_TIMEOUT: 'CML_RUNNER_IDLE_TIMEOUT',
    RUNNER_LABELS: 'CML_RUNNER_LABELS',
    RUNNER_SINGLE: 'CML_RUNNER_SINGLE',
    RUNNER_REUSE: 'CML_RUNNER_REUSE',
    RUNNER_NO_RETRY: 'CML_RUNNER_NO_RETRY',
    RUNNER_DRIVER: 'CML_RUNNER_DRIVER',
    RUNNER_REPO: 'CML_RUNNER_REPO',
    RUNNER_PATH: 'CML_RUNNER_PATH',
};
/** Adds the modern names to `env` (in place) and returns it. */
function aliasLegacyEnvironment(env) {
    const derived = new Set();
    const set = (name, value) => {
        if (value === undefined || (env[name] !== undefined && !derived.has(name)))
            return;
        env[name] = value;
        derived.add(name);
    };
    for (const [oldPrefix, newPrefix] of Object.entries(LEGACY_PREFIXES)) {
        for (const key of Object.keys(env)) {
            if (key.startsWith(`${oldPrefix}_`)) {
                set(newPrefix + key.slice(oldPrefix.length), env[key]);
            }
        }
    }
    for (const option of GLOBAL_OPTIONS) {
        const value = env[`CML_${option}`];
        if (value === undefined)
            continue;
        for (const command of COMMAND_PREFIXES)
            set(`CML_${command}_${option}`, value);
    }
    for (const [oldName, newName] of Object.entries(LEGACY_RUNNER_VARIABLES)) {
        if (env[oldName])
            set(newName, env[oldName]);
    }
    return env;
}

;// CONCATENATED MODULE: ./src/cli/log-level.ts
/** CML's global `--log` option (bin/cml.js): the most verbose level printed. */
const LOG_OPTION = {
    type: 'string',
    choices: ['error', 'warn', 'info', 'debug'],
    default: 'info',
    description: 'Logging verbosity',
};
/**
 * Applies `--log` to every logger of this process through the environment the loggers read
 * (src/core/logger.ts: CML_LOG_LEVEL; `debug` also sets CML_DEBUG, read by the runner code).
 */
function applyLogLevel(level, env = process.env) {
    if (!level)
        return;
    env.CML_LOG_LEVEL = level;
    if (level === 'debug')
        env.CML_DEBUG = 'true';
}

;// CONCATENATED MODULE: ./src/cli/pipes.ts
let installed = false;
/**
 * A reader that stops reading (`vl2png plot.json | head -c 100`, or a consumer that fails) closes
 * the pipe; the next write to it fails with EPIPE, which Node raises as an unhandled 'error'
 * event: a stack trace and exit 1 from a command that did nothing wrong. Like Unix tools, every
 * writer of the CLI (results on stdout, logs on stderr) stops quietly instead, keeping the exit
 * code it already had.
 */
function quietOnClosedPipes() {
    if (installed)
        return;
    installed = true;
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (error) => {
            if (error.code !== 'EPIPE')
                throw error;
            process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
        });
    }
}

// EXTERNAL MODULE: ./src/plots/vega-command-names.ts
var vega_command_names = __webpack_require__(5934);
;// CONCATENATED MODULE: ./src/cli/index.ts








// yargs' CommonJS build, on purpose: its ES module build lays help out with a naive wrap that
// cuts words in half ("env\nironment"); the CommonJS one wraps on word boundaries. `yargs/yargs`
// rather than `yargs`: the latter builds a singleton parser on import, and each parser walks up
// the directories for a package.json (its version guess), a cost every command paid twice.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yargs = __webpack_require__(495);
/**
 * The `cml` command line, compatible with CML's: the same commands, options and defaults, and
 * CML_<COMMAND>_<OPTION> environment variables (yargs' env prefix per command). Legacy binaries
 * (cml-send-comment, ...) arrive here with argv[0] rewritten to their modern command.
 */
async function runCli(argv) {
    // Log lines go to stderr so a command's stdout carries only its result (a URL, Markdown).
    quietOnClosedPipes();
    const logger = new cli_logger/* CliLogger */.f();
    const args = rewriteLegacy(argv);
    aliasLegacyEnvironment(process.env);
    const commands = await commandsFor(args);
    let failed = false;
    // An unknown-command message names every command; with only some loaded (commandsFor), the
    // names are looked up once parsing has stopped, and the message printed then.
    let unknownCommand;
    const parser = yargs(args)
        .scriptName('cml')
        .version(CLI_VERSION)
        // As CML's yargs.strict(): an unknown option or a stray argument is an error in every
        // command, not silently ignored (a misspelt --wach would otherwise post once and exit).
        .strictCommands()
        .strict()
        .recommendCommands()
        // CML's global --log (and CML_LOG): every command accepts it and it sets the log level.
        .option('log', LOG_OPTION)
        .middleware((parsed) => applyLogLevel(parsed.log))
        .demandCommand(1, 'Name a command; run cml --help to list them.')
        .help()
        .wrap(100)
        .fail((message, error) => {
        failed = true;
        // yargs' own YError (an option's coerce refusing a value) is a usage mistake, not a bug.
        if (error?.name === 'YError')
            message = error.message;
        if (error && error.name !== 'YError')
            reportFailure(logger, error);
        else if (/^Unknown command|^Name a command|^Did you mean/.test(message)) {
            // yargs lists every positional as an unknown command ("commnet, create, x.md"): name
            // the first, which is the one that is wrong.
            unknownCommand = message
                .replace(/^Unknown commands?: ([^,\n]+).*$/s, 'Unknown command: $1')
                .replace(/^Did you mean/, 'Unknown command. Did you mean');
        }
        else
            logger.error(`${message}\nRun cml <command> --help for its options.`);
        // Throwing stops yargs: without it the command's handler would still run after a bad option.
        throw new CliUsageError();
    });
    skipHelpRendering(parser);
    for (const command of commands.modules)
        parser.command(command);
    const reportUnknownCommand = async () => {
        if (unknownCommand === undefined)
            return;
        const names = (await commands.listed()).map((c) => commandName(c));
        logger.error(`${unknownCommand}\nCommands: ${names.join(', ')}. Run cml --help for details.`);
    };
    try {
        await parser.parseAsync();
    }
    catch (error) {
        await reportUnknownCommand();
        if (!failed)
            reportFailure(logger, error);
        return 1;
    }
    await reportUnknownCommand();
    if (failed)
        return 1;
    // A command's own exit code passes through (`runner launch` ends with 130 or 143 on a signal).
    const code = Number(process.exitCode ?? 0);
    return Number.isInteger(code) && code > 0 ? code : code === 0 ? 0 : 1;
}
class CliUsageError extends Error {
}
/**
 * The commands to parse `args` with. `vl2png plot.json` and its siblings (one chart per process,
 * often in a loop) get only their own five: loading every other command and what it imports
 * (forges, clouds, runners) was a fifth of such a call. `cml data \u2026` (issue 14: a small file's
 * diff within 300 ms of a cold start) gets only the data command for the same reason, and loads
 * the others only to name them in an error. The parser is the same, so options, help and errors
 * are too; anything else, or a global option written first, gets every command.
 */
async function commandsFor(args) {
    const first = args[0];
    if (first && vega_command_names/* VEGA_COMMAND_NAMES */.t.includes(first)) {
        const modules = (await __webpack_require__.e(/* import() */ 556).then(__webpack_require__.bind(__webpack_require__, 556))).vegaCommands;
        return { modules, listed: async () => modules };
    }
    const all = async () => (await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 3779))).COMMANDS;
    if (first === 'data')
        return { modules: [(await __webpack_require__.e(/* import() */ 641).then(__webpack_require__.bind(__webpack_require__, 5641))).dataCommand], listed: all };
    const modules = await all();
    return { modules, listed: async () => modules };
}
/**
 * yargs renders the whole help text of a command after its handler starts, to have it ready in
 * case the handler asks for it (showHelp()); no handler here does and fail() above never prints
 * help, so the rendering (about 10 ms of a small command's cold start) is skipped. Through
 * yargs' internal methods, which its types do not declare: should they change, the text is
 * rendered again, with no other effect.
 */
function skipHelpRendering(parser) {
    const internal = parser;
    const usage = internal.getInternalMethods?.().getUsageInstance?.();
    if (usage && typeof usage.cacheHelpMessage === 'function')
        usage.cacheHelpMessage = () => undefined;
}
function commandName(command) {
    const c = Array.isArray(command.command) ? command.command[0] : command.command;
    return String(c ?? '').split(' ')[0] ?? '';
}
/** Maps `cml-send-comment \u2026` (argv[1]'s basename or CML_LEGACY_BINARY) onto `cml comment create \u2026`. */
function rewriteLegacy(argv) {
    const invokedAs = process.env.CML_INVOKED_AS;
    if (invokedAs && legacy_binaries/* LEGACY_BINARIES */.M[invokedAs])
        return [...legacy_binaries/* LEGACY_BINARIES */.M[invokedAs], ...argv];
    return argv;
}


/***/ }),

/***/ 7033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ LEGACY_BINARIES)
/* harmony export */ });
/** Legacy CML binaries and the modern command words they stand for. */
const LEGACY_BINARIES = {
    'cml-send-comment': ['comment', 'create'],
    'cml-publish': ['publish'],
    'cml-send-github-check': ['check', 'create'],
    'cml-pr': ['pr', 'create'],
    'cml-runner': ['runner', 'launch'],
};


/***/ }),

/***/ 3189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ CliLogger)
/* harmony export */ });
/* harmony import */ var _core_logger__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1227);

/**
 * The logger of CLI commands whose stdout is their result (a URL, Markdown): every log line goes
 * to stderr, as CML's did, so `URL=$(cml pr create \u2026)` captures the URL alone. On GitHub the
 * runner reads workflow commands from stderr too, so masks and annotations still work.
 */
class CliLogger extends _core_logger__WEBPACK_IMPORTED_MODULE_0__/* .ConsoleLogger */ .Cr {
    github;
    constructor(github = process.env.GITHUB_ACTIONS === 'true') {
        // On GitHub, info and debug lines print with workflow commands disabled (ConsoleLogger).
        super(process.stderr, process.stderr, undefined, undefined, github);
        this.github = github;
    }
    mask(secret) {
        super.mask(secret);
        if (this.github && secret)
            process.stderr.write(`::add-mask::${(0,_core_logger__WEBPACK_IMPORTED_MODULE_0__/* .escapeData */ .uf)(secret)}\n`);
    }
    warning(message, place) {
        if (!this.github)
            return super.warning(message, place);
        process.stderr.write(`::warning${props(place)}::${(0,_core_logger__WEBPACK_IMPORTED_MODULE_0__/* .escapeData */ .uf)(this.redact(message))}\n`);
    }
    error(message, place) {
        if (!this.github)
            return super.error(message, place);
        process.stderr.write(`::error${props(place)}::${(0,_core_logger__WEBPACK_IMPORTED_MODULE_0__/* .escapeData */ .uf)(this.redact(message))}\n`);
    }
}
/** Annotation properties, escaped as @actions/core escapes them (a file name is input). */
function props(place) {
    if (!place?.file)
        return '';
    const parts = [`file=${(0,_core_logger__WEBPACK_IMPORTED_MODULE_0__/* .escapeProperty */ .Bn)(place.file)}`];
    if (place.line)
        parts.push(`line=${place.line}`);
    return ' ' + parts.join(',');
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ConfigurationError: () => (/* binding */ ConfigurationError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   i_: () => (/* binding */ PermissionError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError),
/* harmony export */   pH: () => (/* binding */ StepFailure),
/* harmony export */   qK: () => (/* binding */ isProgrammingError)
/* harmony export */ });
/**
 * Errors the user can fix (a wrong input, a missing file, a bad spec) are ConfigurationErrors:
 * the entry wrapper prints their message alone, without a stack trace, and exits non-zero.
 * Anything else is an internal failure and keeps its cause for the debug log.
 */
class ConfigurationError extends Error {
    where;
    name = 'ConfigurationError';
    constructor(message, 
    /** The file, field or input the message is about, for annotations. */
    where) {
        super(message);
        this.where = where;
    }
}
/** A forge or cloud refused us in a way the user must fix (permissions, missing scope). */
class PermissionError extends Error {
    hint;
    name = 'PermissionError';
    constructor(message, hint) {
        super(message);
        this.hint = hint;
    }
}
/**
 * An outcome the step reports by failing, such as a violated quality gate: expected, so one line
 * and no stack, like a ConfigurationError, though the user's setup is not wrong.
 */
class StepFailure extends Error {
}
function isConfigurationError(error) {
    return error instanceof Error && error.name === 'ConfigurationError';
}
/** The message of any thrown value, for logs; never throws itself. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}
/**
 * A mistake in our own code (a TypeError, ReferenceError or RangeError that is not a network
 * failure: Node's fetch reports those as TypeError('fetch failed') with the socket error as
 * cause). Capabilities that turn a forge's refusal or outage into a warning let these through,
 * so a bug fails the step with its stack instead of passing as "could not post".
 */
function isProgrammingError(error) {
    if (error instanceof TypeError) {
        return error.message !== 'fetch failed' && error.cause === undefined;
    }
    return error instanceof ReferenceError || error instanceof RangeError;
}


/***/ }),

/***/ 1227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ escapeProperty),
/* harmony export */   Cr: () => (/* binding */ ConsoleLogger),
/* harmony export */   Df: () => (/* binding */ withoutCommands),
/* harmony export */   G4: () => (/* binding */ ActionsLogger),
/* harmony export */   WG: () => (/* binding */ loggerFor),
/* harmony export */   kJ: () => (/* binding */ terminalSafe),
/* harmony export */   uf: () => (/* binding */ escapeData)
/* harmony export */ });
/* unused harmony export mayHoldCommand */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _secrets__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8198);


/**
 * Workflow commands written directly rather than through @actions/core: importing it loads its
 * OIDC client and undici, a large share of every action's cold start, for these few lines.
 * Escaping follows the runner's rules (the same as @actions/core's).
 */
class ActionsLogger {
    out;
    /**
     * `out` is stdout for actions; a CLI whose stdout is its result (a URL a script captures)
     * passes stderr, which the runner reads for workflow commands as well.
     */
    constructor(out = process.stdout) {
        this.out = out;
    }
    info(message) {
        if (quieterThan('info'))
            return;
        // Unlike core.info (raw), text that could hold a command is printed with commands off.
        this.out.write(withoutCommands((0,_secrets__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(message)) + node_os__WEBPACK_IMPORTED_MODULE_0__.EOL);
    }
    debug(message) {
        this.issue('debug', message);
    }
    warning(message, place) {
        if (quieterThan('warn'))
            return;
        this.issue('warning', message, toProperties(place));
    }
    error(message, place) {
        this.issue('error', message, toProperties(place));
    }
    mask(secret) {
        // The runner masks its log; we also cut it from our own lines (and from every other
        // logger of this process: src/core/secrets.ts), which the runner's mask does not cover
        // when the text reaches a file (summary, outputs) or a second process.
        (0,_secrets__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(secret);
        if (secret)
            this.issue('add-mask', secret);
    }
    async group(title, body) {
        this.issue('group', title);
        try {
            return await body();
        }
        finally {
            this.issue('endgroup', '');
        }
    }
    /** `::name key=value,\u2026::message`, one line, as the runner parses it. */
    issue(name, message, properties = {}) {
        const props = Object.entries(properties)
            .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
            .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
            .join(',');
        const data = name === 'add-mask' ? message : (0,_secrets__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(message);
        this.out.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(data)}${node_os__WEBPACK_IMPORTED_MODULE_0__.EOL}`);
    }
}
function toProperties(place) {
    if (!place)
        return undefined;
    return { title: place.title, file: place.file, line: place.line };
}
/** @actions/core's escaping of command data (the message after `::name::`). */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** @actions/core's escaping of command properties (`file=`, `title=`). */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * Whether the Actions runner could read some line of `text` as a workflow command. The runner
 * splits output at \r and \n (StreamReader.ReadLine, src/Runner.Sdk/ProcessInvoker.cs) and
 * treats a line as a command when its trimmed text starts with `::` (ActionCommand.TryParseV2)
 * or when `##[` appears anywhere in it (the legacy ActionCommand.TryParse), both in
 * src/Runner.Common/ActionCommand.cs, tried on every line by
 * src/Runner.Worker/ActionCommandManager.cs. Any `::` counts here, so no whitespace or
 * line-break rule of the runner can be missed.
 */
function mayHoldCommand(text) {
    return text.includes('::') || text.includes('##[');
}
/**
 * Text for people, printed unchanged, with workflow commands off while it prints: the runner's
 * `::stop-commands::<token>` \u2026 `::<token>::` (ActionCommandManager.TryProcessCommand processes
 * nothing in between but the token's resume line). The token is random per call, so the text
 * cannot end the pause itself. Text that holds no command is returned as it is.
 */
function withoutCommands(text) {
    if (!mayHoldCommand(text))
        return text;
    // Web Crypto's global, not node:crypto: importing that module costs every command's start-up
    // (about 15 ms) for a token few runs need.
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
    const token = `cml-${Buffer.from(bytes).toString('hex')}`;
    return `::stop-commands::${token}${node_os__WEBPACK_IMPORTED_MODULE_0__.EOL}${text}${node_os__WEBPACK_IMPORTED_MODULE_0__.EOL}::${token}::`;
}
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
/**
 * Text for a GitLab job log or a terminal: control characters (ESC, CR, C1 codes) shown as
 * escapes, so input can neither forge GitLab's section markers (they end in `\r\e[0K`:
 * lib/gitlab/regex.rb build_trace_section_regex in gitlab-org/gitlab) nor rewrite earlier
 * output with \r or escape sequences. Line breaks and tabs stay; a CRLF becomes a line break.
 */
function terminalSafe(text) {
    if (!CONTROL.test(text))
        return text;
    return text
        .replace(/\r\n/g, '\n')
        .replace(new RegExp(CONTROL.source, 'g'), (c) => c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
const LEVELS = ['error', 'warn', 'info', 'debug'];
/**
 * CML's `--log error|warn` (the CLI sets CML_LOG_LEVEL, src/cli/log-level.ts): true when the
 * chosen level is below `level`, so lines of that level are left out. Errors always print.
 */
function quieterThan(level) {
    const chosen = LEVELS.indexOf(process.env.CML_LOG_LEVEL ?? '');
    return chosen >= 0 && chosen < LEVELS.indexOf(level);
}
/**
 * Plain output for GitLab CI and local runs; masks by replacing secrets in every line. Every
 * line is terminal-safe (no forged GitLab section, no escape sequence); under the Actions
 * runner (the CLI in a GitHub workflow) workflow commands in it are disabled too.
 */
class ConsoleLogger {
    out;
    err;
    verbose;
    gitlabSections;
    underActionsRunner;
    secrets = new Set();
    sectionCount = 0;
    constructor(out = process.stdout, err = process.stderr, verbose = process.env.CML_DEBUG === 'true' || process.env.RUNNER_DEBUG === '1', gitlabSections = process.env.GITLAB_CI === 'true', underActionsRunner = process.env.GITHUB_ACTIONS === 'true') {
        this.out = out;
        this.err = err;
        this.verbose = verbose;
        this.gitlabSections = gitlabSections;
        this.underActionsRunner = underActionsRunner;
    }
    info(message) {
        if (quieterThan('info'))
            return;
        this.out.write(this.printable(message) + '\n');
    }
    debug(message) {
        if (this.verbose)
            this.out.write(this.printable(`debug: ${message}`) + '\n');
    }
    warning(message, place) {
        if (quieterThan('warn'))
            return;
        this.err.write(this.printable(`warning: ${prefix(place, message)}${message}`) + '\n');
    }
    error(message, place) {
        this.err.write(this.printable(`error: ${prefix(place, message)}${message}`) + '\n');
    }
    /** A message as it may be printed: secrets masked, control characters and commands defused. */
    printable(message) {
        const text = terminalSafe(this.redact(message));
        return this.underActionsRunner ? withoutCommands(text) : text;
    }
    mask(secret) {
        if (secret && secret.length >= 4)
            this.secrets.add(secret);
        (0,_secrets__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(secret);
    }
    async group(title, body) {
        if (!this.gitlabSections) {
            this.info(title);
            return body();
        }
        const id = `cml_section_${++this.sectionCount}`;
        const now = () => Math.floor(Date.now() / 1000);
        // The title shares the marker's line: no line break or control character may end it early.
        const shown = terminalSafe(this.redact(title).replace(/\r?\n/g, ' '));
        this.out.write(`\x1b[0Ksection_start:${now()}:${id}[collapsed=true]\r\x1b[0K${shown}\n`);
        try {
            return await body();
        }
        finally {
            this.out.write(`\x1b[0Ksection_end:${now()}:${id}\r\x1b[0K\n`);
        }
    }
    redact(text) {
        let result = text;
        for (const secret of this.secrets)
            result = result.split(secret).join('***');
        // Secrets masked through any other logger of this process (src/core/secrets.ts).
        result = (0,_secrets__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(result);
        return result;
    }
}
/** `file:line: ` before a message, unless the message already starts with its place (most do). */
function prefix(place, message) {
    if (!place?.file)
        return '';
    const where = place.line ? `${place.file}:${place.line}: ` : `${place.file}: `;
    // `file:line:` or `file:line:col:` already there (a parser's own position) is enough.
    return message.startsWith(where.trimEnd()) ? '' : where;
}
/** The logger for the platform this process runs on. */
function loggerFor(env = process.env) {
    return env.GITHUB_ACTIONS === 'true' ? new ActionsLogger() : new ConsoleLogger();
}


/***/ }),

/***/ 8198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   fp: () => (/* binding */ redactSecrets),
/* harmony export */   hK: () => (/* binding */ holdsSecret)
/* harmony export */ });
/* unused harmony export clearSecrets */
/**
 * Every secret this process has read, for every logger. Loggers are created in several places
 * (the CLI's top-level one that reports failures, a command's own, the action's), and a token
 * masked in one of them used to print in clear through another: a forge error that echoed the
 * token reached the CLI's failure report unmasked. So masks are process-wide.
 */
const secrets = new Set();
/** Shorter values are not masked: they would blank out ordinary words. */
const MIN_LENGTH = 4;
function registerSecret(secret) {
    if (!secret || secret.length < MIN_LENGTH)
        return;
    secrets.add(secret);
    // Forms a forge may echo it in: inside a URL (query string, user-info).
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret)
        secrets.add(encoded);
}
/** The text with every registered secret replaced by `***`, longest first. */
function redactSecrets(text) {
    if (secrets.size === 0 || !text)
        return text;
    let out = text;
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        if (out.includes(secret))
            out = out.split(secret).join('***');
    }
    return out;
}
/** Whether bytes (a file about to be published) hold any secret this process has read. */
function holdsSecret(bytes) {
    for (const secret of secrets)
        if (bytes.includes(secret))
            return true;
    return false;
}
/** For tests: forget every secret. */
function clearSecrets() {
    secrets.clear();
}


/***/ }),

/***/ 5934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ VEGA_COMMAND_NAMES)
/* harmony export */ });
/**
 * vega-cli's commands, which `cml` runs too (src/cli/commands/vega.ts, src/plots/vega-cli.ts).
 * A file of its own so the CLI can tell a chart command from the others without loading any.
 */
const VEGA_COMMAND_NAMES = ['vl2png', 'vl2svg', 'vl2vg', 'vg2png', 'vg2svg'];


/***/ }),

/***/ 1421:
/***/ ((module) => {

function webpackEmptyContext(req) {
	var e = new Error("Cannot find module '" + req + "'");
	e.code = 'MODULE_NOT_FOUND';
	throw e;
}
webpackEmptyContext.keys = () => ([]);
webpackEmptyContext.resolve = webpackEmptyContext;
webpackEmptyContext.id = 1421;
module.exports = webpackEmptyContext;

/***/ }),

/***/ 4655:
/***/ ((module) => {

function webpackEmptyContext(req) {
	var e = new Error("Cannot find module '" + req + "'");
	e.code = 'MODULE_NOT_FOUND';
	throw e;
}
webpackEmptyContext.keys = () => ([]);
webpackEmptyContext.resolve = webpackEmptyContext;
webpackEmptyContext.id = 4655;
module.exports = webpackEmptyContext;

/***/ })

};
;