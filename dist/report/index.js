/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   i_: () => (/* binding */ PermissionError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ ConsoleLogger),
/* harmony export */   WG: () => (/* binding */ loggerFor),
/* harmony export */   kJ: () => (/* binding */ terminalSafe)
/* harmony export */ });
/* unused harmony exports ActionsLogger, escapeData, escapeProperty, mayHoldCommand, withoutCommands */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _secrets__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8198);


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

/***/ 4013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ chunkMarkdown)
/* harmony export */ });
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HTML_OPENERS = [
    [/^ {0,3}<(script|pre|style|textarea)(\s|>|$)/i, /<\/(script|pre|style|textarea)>/i],
    [/^ {0,3}<!--/, /-->/],
    [/^ {0,3}<\?/, /\?>/],
    [/^ {0,3}<![A-Za-z]/, />/],
    [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** Pieces covering `markdown` in order; stops after the piece that reaches offset `until`. */
function chunkMarkdown(markdown, maxChunk = 16_384, until = Infinity) {
    const chunks = [];
    let chunkStart = 0;
    let fence;
    let htmlEnd;
    let afterBlank = false;
    let at = 0;
    while (at < markdown.length) {
        const newline = markdown.indexOf('\n', at);
        const next = newline === -1 ? markdown.length : newline + 1;
        const line = markdown.slice(at, newline === -1 ? markdown.length : newline);
        if (fence) {
            const close = FENCE.exec(line);
            if (close &&
                close[1][0] === fence.char &&
                close[1].length >= fence.length &&
                close[2].trim() === '') {
                fence = undefined;
            }
        }
        else if (htmlEnd) {
            if (htmlEnd.test(line))
                htmlEnd = undefined;
        }
        else {
            const blank = line.trim() === '';
            const boundary = at > chunkStart &&
                !blank &&
                ((afterBlank && !/^\s/.test(line)) || at - chunkStart >= maxChunk);
            if (boundary) {
                chunks.push({ start: chunkStart, end: at });
                chunkStart = at;
                if (at >= until)
                    return chunks;
            }
            afterBlank = blank;
            const open = FENCE.exec(line);
            if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
                fence = { char: open[1][0], length: open[1].length };
            }
            else {
                for (const [opener, closer] of HTML_OPENERS) {
                    const m = opener.exec(line);
                    if (m) {
                        if (!closer.test(line.slice(m[0].length)))
                            htmlEnd = closer;
                        break;
                    }
                }
            }
        }
        at = next;
    }
    if (chunkStart < markdown.length || chunks.length === 0) {
        chunks.push({ start: chunkStart, end: markdown.length });
    }
    return chunks;
}


/***/ }),

/***/ 8198:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 6753:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ workspaceFile),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   wP: () => (/* binding */ isSymlink)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4296);



/**
 * Reading a pull request's files safely: they are untrusted, so a path must stay in the
 * workspace after symlinks are followed (`report.md -> /proc/self/environ`, `data.csv ->
 * /etc/passwd`) and name a regular file (not a FIFO or a device). Shared by the report (its file
 * and images), plots and data-validate.
 */
/** `path` is `root` itself or below it (lexically; see workspaceFile for symlinks). */
function isWithin(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** `path` is strictly below `root`. */
function isInside(root, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path) !== '' && isWithin(root, path);
}
function isSymlink(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/**
 * The real path of a file of the workspace, for a path already known to be lexically inside it:
 * refused when missing, when a symlink on the way leads out of the workspace or when it is not a
 * regular file. `what` names the path in messages; `file` is the annotation's file.
 */
function workspaceFile(path, workspace, what, file) {
    const details = file === undefined ? {} : { file };
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(isSymlink(path)
            ? `${what} is a broken symlink (${path}).`
            : `${what} was not found (looked for ${path}).`, details);
    }
    const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    if (!isInside((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace), real)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what} is a symlink leading out of the workspace (to ${real}); refused.`, details);
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(real).isFile()) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what} is not a regular file (${path}).`, details);
    }
    return real;
}


/***/ }),

/***/ 2847:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ retryAfterSeconds),
/* harmony export */   IL: () => (/* binding */ ForgeNetworkError),
/* harmony export */   Jh: () => (/* binding */ isAmbiguousFailure),
/* harmony export */   Sc: () => (/* binding */ forgeFetch),
/* harmony export */   TK: () => (/* binding */ isAmbiguousError),
/* harmony export */   ZJ: () => (/* binding */ budgetFromEnv),
/* harmony export */   dT: () => (/* binding */ ForgeTimeoutError),
/* harmony export */   lv: () => (/* binding */ ForgeNotFoundError),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony exports DEFAULT_BUDGET, summariseHtml, redact, statusOf */
/**
 * What every forge request shares, whichever client sends it (octokit, gitbeaker's requester):
 * a client timeout per attempt, bounded retries, a cap on `retry-after`, error pages turned
 * into one readable line, and the token never echoed back into an error message. The budgets
 * are documented in docs/limits.md ("Forge requests"); tests shorten them through the
 * environment.
 */
const DEFAULT_BUDGET = {
    timeoutMs: 30_000,
    retries: 3,
    unitMs: 1000,
    maxRetryAfterS: 60,
};
function positive(raw) {
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const n = Number(raw);
    return Number.isFinite(n) && n >= 0 ? n : undefined;
}
/**
 * The budget, with overrides from CML_FORGE_TIMEOUT_MS, CML_FORGE_RETRIES,
 * CML_FORGE_RETRY_UNIT_MS and CML_FORGE_MAX_RETRY_AFTER_S (for tests and unusual networks).
 */
function budgetFromEnv(env = process.env) {
    return {
        timeoutMs: positive(env.CML_FORGE_TIMEOUT_MS) ?? DEFAULT_BUDGET.timeoutMs,
        retries: Math.floor(positive(env.CML_FORGE_RETRIES) ?? DEFAULT_BUDGET.retries),
        unitMs: positive(env.CML_FORGE_RETRY_UNIT_MS) ?? DEFAULT_BUDGET.unitMs,
        maxRetryAfterS: positive(env.CML_FORGE_MAX_RETRY_AFTER_S) ?? DEFAULT_BUDGET.maxRetryAfterS,
    };
}
/** A forge request that got no answer in time. */
class ForgeTimeoutError extends Error {
    name = 'ForgeTimeoutError';
}
/**
 * A fetch for forge clients: each call gets its own timeout (a retry starts a fresh one), an
 * HTML error page (a proxy's or a load balancer's) becomes a JSON `{ message }` of one line
 * (status and title), and the token is cut out of error bodies the forge echoes back.
 */
function forgeFetch(options) {
    const base = options.fetch ?? globalThis.fetch;
    return async (input, init) => {
        const timeout = AbortSignal.timeout(options.timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
        const url = new URL(input instanceof Request ? input.url : String(input));
        let response;
        try {
            response = await base(input, { ...init, signal });
        }
        catch (error) {
            if (timeout.aborted && !init?.signal?.aborted)
                throw timeoutError(options, method, url);
            throw error;
        }
        if (response.ok)
            return response;
        try {
            return await readableError(response, options.secrets ?? []);
        }
        catch (error) {
            if (timeout.aborted && !init?.signal?.aborted)
                throw timeoutError(options, method, url);
            throw error;
        }
    };
}
function timeoutError(options, method, url) {
    // octokit reads a TypeError's cause as the message of the RequestError it throws.
    return new TypeError('fetch failed', {
        cause: new ForgeTimeoutError(`${options.forge} did not answer ${method} ${url.pathname} within ${options.timeoutMs / 1000} s (client timeout)`),
    });
}
/** The longest error text kept from a forge's answer. */
const MAX_ERROR_CHARS = 500;
async function readableError(response, secrets) {
    const type = response.headers.get('content-type') ?? '';
    const text = await response.text();
    const isHtml = /html/i.test(type) || /^\s*<(!doctype|html|head|body)\b/i.test(text);
    let body = redact(text, secrets);
    let contentType = type;
    if (isHtml) {
        body = JSON.stringify({ message: summariseHtml(response.status, body) });
        contentType = 'application/json; charset=utf-8';
    }
    else if (body.length > 20 * MAX_ERROR_CHARS && !/json/i.test(type)) {
        body = `${body.slice(0, MAX_ERROR_CHARS)}\u2026 (${body.length} characters)`;
    }
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    headers.delete('content-encoding');
    if (contentType)
        headers.set('content-type', contentType);
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
/** `HTTP 502 from an HTML error page: "502 Bad Gateway"`: the title, else the first text line. */
function summariseHtml(status, html) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
    const text = (title ?? html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' '))
        .replace(/<[^>]*>/g, '\n')
        .split('\n')
        .map((line) => line
        .replace(/&nbsp;/g, ' ')
        .replace(/\s+/g, ' ')
        .trim())
        .find((line) => line !== '');
    const shown = text && text.length > 120 ? `${text.slice(0, 120)}\u2026` : text;
    return `HTTP ${status} from an HTML error page (a proxy or load balancer, not the API)${shown ? `: "${shown}"` : ''}`;
}
/** Cuts secrets (and their URL-encoded form) out of a text. */
function redact(text, secrets) {
    let out = text;
    for (const secret of secrets) {
        if (!secret || secret.length < 4)
            continue;
        for (const form of new Set([secret, encodeURIComponent(secret)])) {
            out = out.split(form).join('***');
        }
    }
    return out;
}
/**
 * What was not there, said plainly. No `status` and no `cause` on purpose: callers that see a
 * 404 status add a permission hint, and a missing pull request is not a permission problem.
 * The original error stays readable as `original`.
 */
class ForgeNotFoundError extends Error {
    original;
    name = 'ForgeNotFoundError';
    constructor(message, original) {
        super(message);
        this.original = original;
    }
}
/** A forge request that got no answer: connection refused or reset, TLS failure, timeout. */
class ForgeNetworkError extends Error {
    name = 'ForgeNetworkError';
}
/** The HTTP status of a forge error (octokit's `status`, gitbeaker's `cause.response.status`). */
function statusOf(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const e = error;
    if (typeof e.status === 'number')
        return e.status;
    if (typeof e.response?.status === 'number')
        return e.response.status;
    if (e.cause && e.cause !== error)
        return statusOf(e.cause);
    return undefined;
}
/**
 * Whether a failed write may nevertheless have been applied: the forge (or a proxy in front of
 * it) answered 5xx (octokit also reports a network failure as 500), or no answer came at all.
 */
function isAmbiguousError(error) {
    const status = statusOf(error);
    if (status !== undefined)
        return status >= 500;
    return (error instanceof ForgeNetworkError ||
        error instanceof ForgeTimeoutError ||
        (error instanceof TypeError && error.message === 'fetch failed'));
}
/**
 * Whether a failed write may nevertheless have been applied: the forge (or a proxy in front of
 * it) answered 5xx, or the answer never came (connection reset, timeout). A 4xx is a definite
 * refusal; so is a 429 (rate limits refuse before doing anything).
 */
function isAmbiguousFailure(status) {
    return status === undefined || status >= 500;
}
/** Retry-After in seconds (a number of seconds or an HTTP date), if the server sent one. */
function retryAfterSeconds(header, now = Date.now()) {
    if (!header)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(header.trim()))
        return Number(header);
    const at = Date.parse(header);
    return Number.isNaN(at) ? undefined : Math.max(0, (at - now) / 1000);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));


/***/ }),

/***/ 499:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ij: () => (/* binding */ FORGE_KINDS),
  QF: () => (/* binding */ forgeInfo)
});

// UNUSED EXPORTS: forgeOfHost, parseForgeKind, runnerForge, runnerStartup, runnerSupport

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/forge/runner-release.ts

const DEFAULT_RELEASE_SOURCES = {
    githubApi: 'https://api.github.com',
    gitlabApi: 'https://gitlab.com/api/v4',
    gitlabDownloads: 'https://gitlab-runner-downloads.s3.amazonaws.com',
};
/** `2.330.0` or `v2.330.0` \u2192 `2.330.0`; anything else is refused, naming the input. */
function normaliseVersion(value) {
    const m = /^v?(\d+\.\d+\.\d+)$/.exec(value.trim());
    if (!m) {
        throw new errors/* ConfigurationError */.j1(`Input 'runner-version': '${value}' is not a version; give major.minor.patch (e.g. 2.330.0, or 18.3.0 for GitLab), or leave it unset for the newest release.`, { input: 'runner-version' });
    }
    return m[1];
}
function checkSha256(value) {
    const sha = value.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(sha)) {
        throw new errors/* ConfigurationError */.j1(`Input 'runner-sha256': '${value}' is not a sha256; give the 64 hexadecimal digits of the runner download's sha256.`, { input: 'runner-sha256' });
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
        throw new Error(`Could not reach ${url}: ${(0,errors/* errorMessage */.gJ)(error)}`);
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
        throw new Error(`Could not reach ${url}: ${(0,errors/* errorMessage */.gJ)(error)}`);
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
    const pinned = request.version ? normaliseVersion(request.version) : undefined;
    if (pinned && request.sha256) {
        return givenPin(pinned, request.sha256, request.arch, githubRunnerUrl(pinned, sources.githubDownloads));
    }
    const headers = {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'cml-runner-provision',
    };
    const path = pinned ? `releases/tags/v${pinned}` : 'releases/latest';
    const api = (sources.githubApi ?? DEFAULT_RELEASE_SOURCES.githubApi).replace(/\/+$/, '');
    let url = `${api}/repos/actions/runner/${path}`;
    if (sources.githubToken)
        headers.authorization = `Bearer ${sources.githubToken}`;
    let { status, body } = await getJson(fetchImpl, url, headers);
    if (status === 404 && sources.githubFallback) {
        // A GitHub Enterprise Server holds no actions/runner: ask github.com (without its token).
        url = `${sources.githubFallback.replace(/\/+$/, '')}/repos/actions/runner/${path}`;
        delete headers.authorization;
        ({ status, body } = await getJson(fetchImpl, url, headers));
    }
    if (status === 404 && pinned) {
        throw new errors/* ConfigurationError */.j1(`Input 'runner-version': actions/runner has no release v${pinned}; give an existing version (https://github.com/actions/runner/releases), or leave it unset for the newest.`, { input: 'runner-version' });
    }
    if (status !== 200) {
        throw new Error(`Could not read the ${pinned ? `v${pinned}` : 'newest'} actions/runner release (${url} answered ${status}); ${PIN_HINT}.`);
    }
    const release = body;
    const version = pinned ?? normaliseVersion(release.tag_name ?? '');
    const notes = release.body ?? '';
    const x64 = shaFromReleaseNotes(notes, 'linux-x64') ?? '';
    const arm64 = shaFromReleaseNotes(notes, 'linux-arm64') ?? '';
    if (!x64 && !arm64) {
        throw new errors/* ConfigurationError */.j1(`The notes of actions/runner v${version} carry no sha256 for linux-x64 or linux-arm64 (between <!-- BEGIN SHA linux-x64 --> markers); give runner-sha256 with runner-version.`, { input: 'runner-sha256' });
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
            githubApi: sources.githubApi ?? forgeApi ?? DEFAULT_RELEASE_SOURCES.githubApi,
            githubFallback: forgeApi && forgeApi.replace(/\/+$/, '') !== DEFAULT_RELEASE_SOURCES.githubApi
                ? DEFAULT_RELEASE_SOURCES.githubApi
                : undefined,
        };
    },
    checkPin(pin, sources, logger) {
        if (compareVersions(pin.version, GITHUB_MINIMUM_RUNNER) >= 0)
            return;
        const message = `Input 'runner-version': ${pin.version} is older than ${GITHUB_MINIMUM_RUNNER}, the oldest runner github.com lets register (and it sends no jobs to runners 30 days behind the newest); leave runner-version unset for the newest.`;
        if (/^https:\/\/api\.github\.com\/?$/.test(sources.githubApi ?? '')) {
            throw new errors/* ConfigurationError */.j1(message, { input: 'runner-version' });
        }
        logger.warning(message);
    },
    checkScope(scope) {
        if (!SCOPES.includes(scope.level)) {
            throw new errors/* ConfigurationError */.j1(`Input 'runner-scope': '${scope.level}' is not a GitHub runner scope; give repository or organization.`, { input: 'runner-scope' });
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
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(662), __nccwpck_require__.e(194)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7194))).createGitHubForge,
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
function gitlabRunnerUrl(version, downloads = DEFAULT_RELEASE_SOURCES.gitlabDownloads) {
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
    let version = request.version ? normaliseVersion(request.version) : undefined;
    if (version && request.sha256) {
        return givenPin(version, request.sha256, request.arch, gitlabRunnerUrl(version, downloads));
    }
    if (!version) {
        const url = `${sources.gitlabApi.replace(/\/+$/, '')}/projects/gitlab-org%2Fgitlab-runner/releases/permalink/latest`;
        const { status, body } = await getJson(fetchImpl, url, {
            'user-agent': 'cml-runner-provision',
        });
        if (status !== 200) {
            throw new Error(`Could not read the newest gitlab-runner release (${url} answered ${status}); ${PIN_HINT}.`);
        }
        version = normaliseVersion(body.tag_name ?? '');
    }
    const listUrl = `${downloads}/v${version}/release.sha256`;
    const { status, text } = await getText(fetchImpl, listUrl);
    if ((status === 404 || status === 403) && request.version) {
        // S3 answers 403 AccessDenied, not 404, for a key that does not exist in a bucket one cannot list.
        throw new errors/* ConfigurationError */.j1(`Input 'runner-version': gitlab-runner v${version} has no release.sha256 at ${listUrl}; give an existing version (https://gitlab.com/gitlab-org/gitlab-runner/-/releases), or runner-sha256 with it.`, { input: 'runner-version' });
    }
    if (status !== 200) {
        throw new Error(`Could not read ${listUrl} (HTTP ${status}); ${PIN_HINT}.`);
    }
    const x64 = shaFromChecksumList(text, 'gitlab-runner-linux-amd64') ?? '';
    const arm64 = shaFromChecksumList(text, 'gitlab-runner-linux-arm64') ?? '';
    if (!x64 && !arm64) {
        throw new Error(`${listUrl} lists no gitlab-runner-linux-amd64 or -arm64 binary; ${PIN_HINT}.`);
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
            throw new errors/* ConfigurationError */.j1(`Input 'runner-scope': '${scope.level}' is not a GitLab runner scope; give project (or repository), group or instance.`, { input: 'runner-scope' });
        }
        if (scope.level === 'group' && !scope.owner) {
            throw new errors/* ConfigurationError */.j1("Input 'runner-scope-id' is required with runner-scope: group: give the numeric group id.", { input: 'runner-scope-id' });
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
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(582), __nccwpck_require__.e(281)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5482))).createGitLabForge,
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
    load: async () => (await __nccwpck_require__.e(/* import() */ 49).then(__nccwpck_require__.bind(__nccwpck_require__, 2049))).createBitbucketForge,
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
    throw new ConfigurationError(`${what} '${name}' is not a forge cml drives: use ${FORGE_KINDS.join(', ')}.`);
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
    throw new ConfigurationError(`runner-provision: cml registers no self-hosted runners on ${forgeInfo(kind).title}; it works with ${able.join(' and ')}.`);
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

/***/ 7912:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ TEMPLATES)
/* harmony export */ });
/** DVC's plot template names, plus `bar` (vertical bars); the plots input declares these too. */
const TEMPLATES = [
    'linear',
    'simple',
    'scatter',
    'scatter_jitter',
    'smooth',
    'bar',
    'bar_horizontal',
    'bar_horizontal_sorted',
    'confusion',
    'confusion_normalized',
];


/***/ }),

/***/ 9163:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  AQ: () => (/* binding */ defaultDotenvFile),
  UW: () => (/* binding */ platformInfo),
  Gi: () => (/* binding */ platformWorkspaces),
  yI: () => (/* binding */ readContext),
  U1: () => (/* binding */ stepOutputFile)
});

// UNUSED EXPORTS: PLATFORM_VARIABLE_PREFIXES, detectPlatform

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
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
        throw new errors/* ConfigurationError */.j1(`Cannot read the event payload GITHUB_EVENT_PATH=${path}: ${error.message}`);
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


/***/ }),

/***/ 6262:
/***/ ((module) => {

module.exports = require("@duckdb/node-api");

/***/ }),

/***/ 5204:
/***/ ((module) => {

module.exports = require("@resvg/resvg-js");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 9907:
/***/ ((module) => {

module.exports = require("cluster");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = require("module");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = require("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = require("node:readline");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 3897:
/***/ ((module) => {

module.exports = require("sharp");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = require("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 7126:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s: () => (/* binding */ decodeNamedCharacterReference)
});

;// CONCATENATED MODULE: ./node_modules/character-entities/index.js
/**
 * Map of named character references.
 *
 * @type {Record<string, string>}
 */
const characterEntities = {
  AElig: '\u00c6',
  AMP: '&',
  Aacute: '\u00c1',
  Abreve: '\u0102',
  Acirc: '\u00c2',
  Acy: '\u0410',
  Afr: '\ud835\udd04',
  Agrave: '\u00c0',
  Alpha: '\u0391',
  Amacr: '\u0100',
  And: '\u2a53',
  Aogon: '\u0104',
  Aopf: '\ud835\udd38',
  ApplyFunction: '\u2061',
  Aring: '\u00c5',
  Ascr: '\ud835\udc9c',
  Assign: '\u2254',
  Atilde: '\u00c3',
  Auml: '\u00c4',
  Backslash: '\u2216',
  Barv: '\u2ae7',
  Barwed: '\u2306',
  Bcy: '\u0411',
  Because: '\u2235',
  Bernoullis: '\u212c',
  Beta: '\u0392',
  Bfr: '\ud835\udd05',
  Bopf: '\ud835\udd39',
  Breve: '\u02d8',
  Bscr: '\u212c',
  Bumpeq: '\u224e',
  CHcy: '\u0427',
  COPY: '\u00a9',
  Cacute: '\u0106',
  Cap: '\u22d2',
  CapitalDifferentialD: '\u2145',
  Cayleys: '\u212d',
  Ccaron: '\u010c',
  Ccedil: '\u00c7',
  Ccirc: '\u0108',
  Cconint: '\u2230',
  Cdot: '\u010a',
  Cedilla: '\u00b8',
  CenterDot: '\u00b7',
  Cfr: '\u212d',
  Chi: '\u03a7',
  CircleDot: '\u2299',
  CircleMinus: '\u2296',
  CirclePlus: '\u2295',
  CircleTimes: '\u2297',
  ClockwiseContourIntegral: '\u2232',
  CloseCurlyDoubleQuote: '\u201d',
  CloseCurlyQuote: '\u2019',
  Colon: '\u2237',
  Colone: '\u2a74',
  Congruent: '\u2261',
  Conint: '\u222f',
  ContourIntegral: '\u222e',
  Copf: '\u2102',
  Coproduct: '\u2210',
  CounterClockwiseContourIntegral: '\u2233',
  Cross: '\u2a2f',
  Cscr: '\ud835\udc9e',
  Cup: '\u22d3',
  CupCap: '\u224d',
  DD: '\u2145',
  DDotrahd: '\u2911',
  DJcy: '\u0402',
  DScy: '\u0405',
  DZcy: '\u040f',
  Dagger: '\u2021',
  Darr: '\u21a1',
  Dashv: '\u2ae4',
  Dcaron: '\u010e',
  Dcy: '\u0414',
  Del: '\u2207',
  Delta: '\u0394',
  Dfr: '\ud835\udd07',
  DiacriticalAcute: '\u00b4',
  DiacriticalDot: '\u02d9',
  DiacriticalDoubleAcute: '\u02dd',
  DiacriticalGrave: '`',
  DiacriticalTilde: '\u02dc',
  Diamond: '\u22c4',
  DifferentialD: '\u2146',
  Dopf: '\ud835\udd3b',
  Dot: '\u00a8',
  DotDot: '\u20dc',
  DotEqual: '\u2250',
  DoubleContourIntegral: '\u222f',
  DoubleDot: '\u00a8',
  DoubleDownArrow: '\u21d3',
  DoubleLeftArrow: '\u21d0',
  DoubleLeftRightArrow: '\u21d4',
  DoubleLeftTee: '\u2ae4',
  DoubleLongLeftArrow: '\u27f8',
  DoubleLongLeftRightArrow: '\u27fa',
  DoubleLongRightArrow: '\u27f9',
  DoubleRightArrow: '\u21d2',
  DoubleRightTee: '\u22a8',
  DoubleUpArrow: '\u21d1',
  DoubleUpDownArrow: '\u21d5',
  DoubleVerticalBar: '\u2225',
  DownArrow: '\u2193',
  DownArrowBar: '\u2913',
  DownArrowUpArrow: '\u21f5',
  DownBreve: '\u0311',
  DownLeftRightVector: '\u2950',
  DownLeftTeeVector: '\u295e',
  DownLeftVector: '\u21bd',
  DownLeftVectorBar: '\u2956',
  DownRightTeeVector: '\u295f',
  DownRightVector: '\u21c1',
  DownRightVectorBar: '\u2957',
  DownTee: '\u22a4',
  DownTeeArrow: '\u21a7',
  Downarrow: '\u21d3',
  Dscr: '\ud835\udc9f',
  Dstrok: '\u0110',
  ENG: '\u014a',
  ETH: '\u00d0',
  Eacute: '\u00c9',
  Ecaron: '\u011a',
  Ecirc: '\u00ca',
  Ecy: '\u042d',
  Edot: '\u0116',
  Efr: '\ud835\udd08',
  Egrave: '\u00c8',
  Element: '\u2208',
  Emacr: '\u0112',
  EmptySmallSquare: '\u25fb',
  EmptyVerySmallSquare: '\u25ab',
  Eogon: '\u0118',
  Eopf: '\ud835\udd3c',
  Epsilon: '\u0395',
  Equal: '\u2a75',
  EqualTilde: '\u2242',
  Equilibrium: '\u21cc',
  Escr: '\u2130',
  Esim: '\u2a73',
  Eta: '\u0397',
  Euml: '\u00cb',
  Exists: '\u2203',
  ExponentialE: '\u2147',
  Fcy: '\u0424',
  Ffr: '\ud835\udd09',
  FilledSmallSquare: '\u25fc',
  FilledVerySmallSquare: '\u25aa',
  Fopf: '\ud835\udd3d',
  ForAll: '\u2200',
  Fouriertrf: '\u2131',
  Fscr: '\u2131',
  GJcy: '\u0403',
  GT: '>',
  Gamma: '\u0393',
  Gammad: '\u03dc',
  Gbreve: '\u011e',
  Gcedil: '\u0122',
  Gcirc: '\u011c',
  Gcy: '\u0413',
  Gdot: '\u0120',
  Gfr: '\ud835\udd0a',
  Gg: '\u22d9',
  Gopf: '\ud835\udd3e',
  GreaterEqual: '\u2265',
  GreaterEqualLess: '\u22db',
  GreaterFullEqual: '\u2267',
  GreaterGreater: '\u2aa2',
  GreaterLess: '\u2277',
  GreaterSlantEqual: '\u2a7e',
  GreaterTilde: '\u2273',
  Gscr: '\ud835\udca2',
  Gt: '\u226b',
  HARDcy: '\u042a',
  Hacek: '\u02c7',
  Hat: '^',
  Hcirc: '\u0124',
  Hfr: '\u210c',
  HilbertSpace: '\u210b',
  Hopf: '\u210d',
  HorizontalLine: '\u2500',
  Hscr: '\u210b',
  Hstrok: '\u0126',
  HumpDownHump: '\u224e',
  HumpEqual: '\u224f',
  IEcy: '\u0415',
  IJlig: '\u0132',
  IOcy: '\u0401',
  Iacute: '\u00cd',
  Icirc: '\u00ce',
  Icy: '\u0418',
  Idot: '\u0130',
  Ifr: '\u2111',
  Igrave: '\u00cc',
  Im: '\u2111',
  Imacr: '\u012a',
  ImaginaryI: '\u2148',
  Implies: '\u21d2',
  Int: '\u222c',
  Integral: '\u222b',
  Intersection: '\u22c2',
  InvisibleComma: '\u2063',
  InvisibleTimes: '\u2062',
  Iogon: '\u012e',
  Iopf: '\ud835\udd40',
  Iota: '\u0399',
  Iscr: '\u2110',
  Itilde: '\u0128',
  Iukcy: '\u0406',
  Iuml: '\u00cf',
  Jcirc: '\u0134',
  Jcy: '\u0419',
  Jfr: '\ud835\udd0d',
  Jopf: '\ud835\udd41',
  Jscr: '\ud835\udca5',
  Jsercy: '\u0408',
  Jukcy: '\u0404',
  KHcy: '\u0425',
  KJcy: '\u040c',
  Kappa: '\u039a',
  Kcedil: '\u0136',
  Kcy: '\u041a',
  Kfr: '\ud835\udd0e',
  Kopf: '\ud835\udd42',
  Kscr: '\ud835\udca6',
  LJcy: '\u0409',
  LT: '<',
  Lacute: '\u0139',
  Lambda: '\u039b',
  Lang: '\u27ea',
  Laplacetrf: '\u2112',
  Larr: '\u219e',
  Lcaron: '\u013d',
  Lcedil: '\u013b',
  Lcy: '\u041b',
  LeftAngleBracket: '\u27e8',
  LeftArrow: '\u2190',
  LeftArrowBar: '\u21e4',
  LeftArrowRightArrow: '\u21c6',
  LeftCeiling: '\u2308',
  LeftDoubleBracket: '\u27e6',
  LeftDownTeeVector: '\u2961',
  LeftDownVector: '\u21c3',
  LeftDownVectorBar: '\u2959',
  LeftFloor: '\u230a',
  LeftRightArrow: '\u2194',
  LeftRightVector: '\u294e',
  LeftTee: '\u22a3',
  LeftTeeArrow: '\u21a4',
  LeftTeeVector: '\u295a',
  LeftTriangle: '\u22b2',
  LeftTriangleBar: '\u29cf',
  LeftTriangleEqual: '\u22b4',
  LeftUpDownVector: '\u2951',
  LeftUpTeeVector: '\u2960',
  LeftUpVector: '\u21bf',
  LeftUpVectorBar: '\u2958',
  LeftVector: '\u21bc',
  LeftVectorBar: '\u2952',
  Leftarrow: '\u21d0',
  Leftrightarrow: '\u21d4',
  LessEqualGreater: '\u22da',
  LessFullEqual: '\u2266',
  LessGreater: '\u2276',
  LessLess: '\u2aa1',
  LessSlantEqual: '\u2a7d',
  LessTilde: '\u2272',
  Lfr: '\ud835\udd0f',
  Ll: '\u22d8',
  Lleftarrow: '\u21da',
  Lmidot: '\u013f',
  LongLeftArrow: '\u27f5',
  LongLeftRightArrow: '\u27f7',
  LongRightArrow: '\u27f6',
  Longleftarrow: '\u27f8',
  Longleftrightarrow: '\u27fa',
  Longrightarrow: '\u27f9',
  Lopf: '\ud835\udd43',
  LowerLeftArrow: '\u2199',
  LowerRightArrow: '\u2198',
  Lscr: '\u2112',
  Lsh: '\u21b0',
  Lstrok: '\u0141',
  Lt: '\u226a',
  Map: '\u2905',
  Mcy: '\u041c',
  MediumSpace: '\u205f',
  Mellintrf: '\u2133',
  Mfr: '\ud835\udd10',
  MinusPlus: '\u2213',
  Mopf: '\ud835\udd44',
  Mscr: '\u2133',
  Mu: '\u039c',
  NJcy: '\u040a',
  Nacute: '\u0143',
  Ncaron: '\u0147',
  Ncedil: '\u0145',
  Ncy: '\u041d',
  NegativeMediumSpace: '\u200b',
  NegativeThickSpace: '\u200b',
  NegativeThinSpace: '\u200b',
  NegativeVeryThinSpace: '\u200b',
  NestedGreaterGreater: '\u226b',
  NestedLessLess: '\u226a',
  NewLine: '\n',
  Nfr: '\ud835\udd11',
  NoBreak: '\u2060',
  NonBreakingSpace: '\u00a0',
  Nopf: '\u2115',
  Not: '\u2aec',
  NotCongruent: '\u2262',
  NotCupCap: '\u226d',
  NotDoubleVerticalBar: '\u2226',
  NotElement: '\u2209',
  NotEqual: '\u2260',
  NotEqualTilde: '\u2242\u0338',
  NotExists: '\u2204',
  NotGreater: '\u226f',
  NotGreaterEqual: '\u2271',
  NotGreaterFullEqual: '\u2267\u0338',
  NotGreaterGreater: '\u226b\u0338',
  NotGreaterLess: '\u2279',
  NotGreaterSlantEqual: '\u2a7e\u0338',
  NotGreaterTilde: '\u2275',
  NotHumpDownHump: '\u224e\u0338',
  NotHumpEqual: '\u224f\u0338',
  NotLeftTriangle: '\u22ea',
  NotLeftTriangleBar: '\u29cf\u0338',
  NotLeftTriangleEqual: '\u22ec',
  NotLess: '\u226e',
  NotLessEqual: '\u2270',
  NotLessGreater: '\u2278',
  NotLessLess: '\u226a\u0338',
  NotLessSlantEqual: '\u2a7d\u0338',
  NotLessTilde: '\u2274',
  NotNestedGreaterGreater: '\u2aa2\u0338',
  NotNestedLessLess: '\u2aa1\u0338',
  NotPrecedes: '\u2280',
  NotPrecedesEqual: '\u2aaf\u0338',
  NotPrecedesSlantEqual: '\u22e0',
  NotReverseElement: '\u220c',
  NotRightTriangle: '\u22eb',
  NotRightTriangleBar: '\u29d0\u0338',
  NotRightTriangleEqual: '\u22ed',
  NotSquareSubset: '\u228f\u0338',
  NotSquareSubsetEqual: '\u22e2',
  NotSquareSuperset: '\u2290\u0338',
  NotSquareSupersetEqual: '\u22e3',
  NotSubset: '\u2282\u20d2',
  NotSubsetEqual: '\u2288',
  NotSucceeds: '\u2281',
  NotSucceedsEqual: '\u2ab0\u0338',
  NotSucceedsSlantEqual: '\u22e1',
  NotSucceedsTilde: '\u227f\u0338',
  NotSuperset: '\u2283\u20d2',
  NotSupersetEqual: '\u2289',
  NotTilde: '\u2241',
  NotTildeEqual: '\u2244',
  NotTildeFullEqual: '\u2247',
  NotTildeTilde: '\u2249',
  NotVerticalBar: '\u2224',
  Nscr: '\ud835\udca9',
  Ntilde: '\u00d1',
  Nu: '\u039d',
  OElig: '\u0152',
  Oacute: '\u00d3',
  Ocirc: '\u00d4',
  Ocy: '\u041e',
  Odblac: '\u0150',
  Ofr: '\ud835\udd12',
  Ograve: '\u00d2',
  Omacr: '\u014c',
  Omega: '\u03a9',
  Omicron: '\u039f',
  Oopf: '\ud835\udd46',
  OpenCurlyDoubleQuote: '\u201c',
  OpenCurlyQuote: '\u2018',
  Or: '\u2a54',
  Oscr: '\ud835\udcaa',
  Oslash: '\u00d8',
  Otilde: '\u00d5',
  Otimes: '\u2a37',
  Ouml: '\u00d6',
  OverBar: '\u203e',
  OverBrace: '\u23de',
  OverBracket: '\u23b4',
  OverParenthesis: '\u23dc',
  PartialD: '\u2202',
  Pcy: '\u041f',
  Pfr: '\ud835\udd13',
  Phi: '\u03a6',
  Pi: '\u03a0',
  PlusMinus: '\u00b1',
  Poincareplane: '\u210c',
  Popf: '\u2119',
  Pr: '\u2abb',
  Precedes: '\u227a',
  PrecedesEqual: '\u2aaf',
  PrecedesSlantEqual: '\u227c',
  PrecedesTilde: '\u227e',
  Prime: '\u2033',
  Product: '\u220f',
  Proportion: '\u2237',
  Proportional: '\u221d',
  Pscr: '\ud835\udcab',
  Psi: '\u03a8',
  QUOT: '"',
  Qfr: '\ud835\udd14',
  Qopf: '\u211a',
  Qscr: '\ud835\udcac',
  RBarr: '\u2910',
  REG: '\u00ae',
  Racute: '\u0154',
  Rang: '\u27eb',
  Rarr: '\u21a0',
  Rarrtl: '\u2916',
  Rcaron: '\u0158',
  Rcedil: '\u0156',
  Rcy: '\u0420',
  Re: '\u211c',
  ReverseElement: '\u220b',
  ReverseEquilibrium: '\u21cb',
  ReverseUpEquilibrium: '\u296f',
  Rfr: '\u211c',
  Rho: '\u03a1',
  RightAngleBracket: '\u27e9',
  RightArrow: '\u2192',
  RightArrowBar: '\u21e5',
  RightArrowLeftArrow: '\u21c4',
  RightCeiling: '\u2309',
  RightDoubleBracket: '\u27e7',
  RightDownTeeVector: '\u295d',
  RightDownVector: '\u21c2',
  RightDownVectorBar: '\u2955',
  RightFloor: '\u230b',
  RightTee: '\u22a2',
  RightTeeArrow: '\u21a6',
  RightTeeVector: '\u295b',
  RightTriangle: '\u22b3',
  RightTriangleBar: '\u29d0',
  RightTriangleEqual: '\u22b5',
  RightUpDownVector: '\u294f',
  RightUpTeeVector: '\u295c',
  RightUpVector: '\u21be',
  RightUpVectorBar: '\u2954',
  RightVector: '\u21c0',
  RightVectorBar: '\u2953',
  Rightarrow: '\u21d2',
  Ropf: '\u211d',
  RoundImplies: '\u2970',
  Rrightarrow: '\u21db',
  Rscr: '\u211b',
  Rsh: '\u21b1',
  RuleDelayed: '\u29f4',
  SHCHcy: '\u0429',
  SHcy: '\u0428',
  SOFTcy: '\u042c',
  Sacute: '\u015a',
  Sc: '\u2abc',
  Scaron: '\u0160',
  Scedil: '\u015e',
  Scirc: '\u015c',
  Scy: '\u0421',
  Sfr: '\ud835\udd16',
  ShortDownArrow: '\u2193',
  ShortLeftArrow: '\u2190',
  ShortRightArrow: '\u2192',
  ShortUpArrow: '\u2191',
  Sigma: '\u03a3',
  SmallCircle: '\u2218',
  Sopf: '\ud835\udd4a',
  Sqrt: '\u221a',
  Square: '\u25a1',
  SquareIntersection: '\u2293',
  SquareSubset: '\u228f',
  SquareSubsetEqual: '\u2291',
  SquareSuperset: '\u2290',
  SquareSupersetEqual: '\u2292',
  SquareUnion: '\u2294',
  Sscr: '\ud835\udcae',
  Star: '\u22c6',
  Sub: '\u22d0',
  Subset: '\u22d0',
  SubsetEqual: '\u2286',
  Succeeds: '\u227b',
  SucceedsEqual: '\u2ab0',
  SucceedsSlantEqual: '\u227d',
  SucceedsTilde: '\u227f',
  SuchThat: '\u220b',
  Sum: '\u2211',
  Sup: '\u22d1',
  Superset: '\u2283',
  SupersetEqual: '\u2287',
  Supset: '\u22d1',
  THORN: '\u00de',
  TRADE: '\u2122',
  TSHcy: '\u040b',
  TScy: '\u0426',
  Tab: '\t',
  Tau: '\u03a4',
  Tcaron: '\u0164',
  Tcedil: '\u0162',
  Tcy: '\u0422',
  Tfr: '\ud835\udd17',
  Therefore: '\u2234',
  Theta: '\u0398',
  ThickSpace: '\u205f\u200a',
  ThinSpace: '\u2009',
  Tilde: '\u223c',
  TildeEqual: '\u2243',
  TildeFullEqual: '\u2245',
  TildeTilde: '\u2248',
  Topf: '\ud835\udd4b',
  TripleDot: '\u20db',
  Tscr: '\ud835\udcaf',
  Tstrok: '\u0166',
  Uacute: '\u00da',
  Uarr: '\u219f',
  Uarrocir: '\u2949',
  Ubrcy: '\u040e',
  Ubreve: '\u016c',
  Ucirc: '\u00db',
  Ucy: '\u0423',
  Udblac: '\u0170',
  Ufr: '\ud835\udd18',
  Ugrave: '\u00d9',
  Umacr: '\u016a',
  UnderBar: '_',
  UnderBrace: '\u23df',
  UnderBracket: '\u23b5',
  UnderParenthesis: '\u23dd',
  Union: '\u22c3',
  UnionPlus: '\u228e',
  Uogon: '\u0172',
  Uopf: '\ud835\udd4c',
  UpArrow: '\u2191',
  UpArrowBar: '\u2912',
  UpArrowDownArrow: '\u21c5',
  UpDownArrow: '\u2195',
  UpEquilibrium: '\u296e',
  UpTee: '\u22a5',
  UpTeeArrow: '\u21a5',
  Uparrow: '\u21d1',
  Updownarrow: '\u21d5',
  UpperLeftArrow: '\u2196',
  UpperRightArrow: '\u2197',
  Upsi: '\u03d2',
  Upsilon: '\u03a5',
  Uring: '\u016e',
  Uscr: '\ud835\udcb0',
  Utilde: '\u0168',
  Uuml: '\u00dc',
  VDash: '\u22ab',
  Vbar: '\u2aeb',
  Vcy: '\u0412',
  Vdash: '\u22a9',
  Vdashl: '\u2ae6',
  Vee: '\u22c1',
  Verbar: '\u2016',
  Vert: '\u2016',
  VerticalBar: '\u2223',
  VerticalLine: '|',
  VerticalSeparator: '\u2758',
  VerticalTilde: '\u2240',
  VeryThinSpace: '\u200a',
  Vfr: '\ud835\udd19',
  Vopf: '\ud835\udd4d',
  Vscr: '\ud835\udcb1',
  Vvdash: '\u22aa',
  Wcirc: '\u0174',
  Wedge: '\u22c0',
  Wfr: '\ud835\udd1a',
  Wopf: '\ud835\udd4e',
  Wscr: '\ud835\udcb2',
  Xfr: '\ud835\udd1b',
  Xi: '\u039e',
  Xopf: '\ud835\udd4f',
  Xscr: '\ud835\udcb3',
  YAcy: '\u042f',
  YIcy: '\u0407',
  YUcy: '\u042e',
  Yacute: '\u00dd',
  Ycirc: '\u0176',
  Ycy: '\u042b',
  Yfr: '\ud835\udd1c',
  Yopf: '\ud835\udd50',
  Yscr: '\ud835\udcb4',
  Yuml: '\u0178',
  ZHcy: '\u0416',
  Zacute: '\u0179',
  Zcaron: '\u017d',
  Zcy: '\u0417',
  Zdot: '\u017b',
  ZeroWidthSpace: '\u200b',
  Zeta: '\u0396',
  Zfr: '\u2128',
  Zopf: '\u2124',
  Zscr: '\ud835\udcb5',
  aacute: '\u00e1',
  abreve: '\u0103',
  ac: '\u223e',
  acE: '\u223e\u0333',
  acd: '\u223f',
  acirc: '\u00e2',
  acute: '\u00b4',
  acy: '\u0430',
  aelig: '\u00e6',
  af: '\u2061',
  afr: '\ud835\udd1e',
  agrave: '\u00e0',
  alefsym: '\u2135',
  aleph: '\u2135',
  alpha: '\u03b1',
  amacr: '\u0101',
  amalg: '\u2a3f',
  amp: '&',
  and: '\u2227',
  andand: '\u2a55',
  andd: '\u2a5c',
  andslope: '\u2a58',
  andv: '\u2a5a',
  ang: '\u2220',
  ange: '\u29a4',
  angle: '\u2220',
  angmsd: '\u2221',
  angmsdaa: '\u29a8',
  angmsdab: '\u29a9',
  angmsdac: '\u29aa',
  angmsdad: '\u29ab',
  angmsdae: '\u29ac',
  angmsdaf: '\u29ad',
  angmsdag: '\u29ae',
  angmsdah: '\u29af',
  angrt: '\u221f',
  angrtvb: '\u22be',
  angrtvbd: '\u299d',
  angsph: '\u2222',
  angst: '\u00c5',
  angzarr: '\u237c',
  aogon: '\u0105',
  aopf: '\ud835\udd52',
  ap: '\u2248',
  apE: '\u2a70',
  apacir: '\u2a6f',
  ape: '\u224a',
  apid: '\u224b',
  apos: "'",
  approx: '\u2248',
  approxeq: '\u224a',
  aring: '\u00e5',
  ascr: '\ud835\udcb6',
  ast: '*',
  asymp: '\u2248',
  asympeq: '\u224d',
  atilde: '\u00e3',
  auml: '\u00e4',
  awconint: '\u2233',
  awint: '\u2a11',
  bNot: '\u2aed',
  backcong: '\u224c',
  backepsilon: '\u03f6',
  backprime: '\u2035',
  backsim: '\u223d',
  backsimeq: '\u22cd',
  barvee: '\u22bd',
  barwed: '\u2305',
  barwedge: '\u2305',
  bbrk: '\u23b5',
  bbrktbrk: '\u23b6',
  bcong: '\u224c',
  bcy: '\u0431',
  bdquo: '\u201e',
  becaus: '\u2235',
  because: '\u2235',
  bemptyv: '\u29b0',
  bepsi: '\u03f6',
  bernou: '\u212c',
  beta: '\u03b2',
  beth: '\u2136',
  between: '\u226c',
  bfr: '\ud835\udd1f',
  bigcap: '\u22c2',
  bigcirc: '\u25ef',
  bigcup: '\u22c3',
  bigodot: '\u2a00',
  bigoplus: '\u2a01',
  bigotimes: '\u2a02',
  bigsqcup: '\u2a06',
  bigstar: '\u2605',
  bigtriangledown: '\u25bd',
  bigtriangleup: '\u25b3',
  biguplus: '\u2a04',
  bigvee: '\u22c1',
  bigwedge: '\u22c0',
  bkarow: '\u290d',
  blacklozenge: '\u29eb',
  blacksquare: '\u25aa',
  blacktriangle: '\u25b4',
  blacktriangledown: '\u25be',
  blacktriangleleft: '\u25c2',
  blacktriangleright: '\u25b8',
  blank: '\u2423',
  blk12: '\u2592',
  blk14: '\u2591',
  blk34: '\u2593',
  block: '\u2588',
  bne: '=\u20e5',
  bnequiv: '\u2261\u20e5',
  bnot: '\u2310',
  bopf: '\ud835\udd53',
  bot: '\u22a5',
  bottom: '\u22a5',
  bowtie: '\u22c8',
  boxDL: '\u2557',
  boxDR: '\u2554',
  boxDl: '\u2556',
  boxDr: '\u2553',
  boxH: '\u2550',
  boxHD: '\u2566',
  boxHU: '\u2569',
  boxHd: '\u2564',
  boxHu: '\u2567',
  boxUL: '\u255d',
  boxUR: '\u255a',
  boxUl: '\u255c',
  boxUr: '\u2559',
  boxV: '\u2551',
  boxVH: '\u256c',
  boxVL: '\u2563',
  boxVR: '\u2560',
  boxVh: '\u256b',
  boxVl: '\u2562',
  boxVr: '\u255f',
  boxbox: '\u29c9',
  boxdL: '\u2555',
  boxdR: '\u2552',
  boxdl: '\u2510',
  boxdr: '\u250c',
  boxh: '\u2500',
  boxhD: '\u2565',
  boxhU: '\u2568',
  boxhd: '\u252c',
  boxhu: '\u2534',
  boxminus: '\u229f',
  boxplus: '\u229e',
  boxtimes: '\u22a0',
  boxuL: '\u255b',
  boxuR: '\u2558',
  boxul: '\u2518',
  boxur: '\u2514',
  boxv: '\u2502',
  boxvH: '\u256a',
  boxvL: '\u2561',
  boxvR: '\u255e',
  boxvh: '\u253c',
  boxvl: '\u2524',
  boxvr: '\u251c',
  bprime: '\u2035',
  breve: '\u02d8',
  brvbar: '\u00a6',
  bscr: '\ud835\udcb7',
  bsemi: '\u204f',
  bsim: '\u223d',
  bsime: '\u22cd',
  bsol: '\\',
  bsolb: '\u29c5',
  bsolhsub: '\u27c8',
  bull: '\u2022',
  bullet: '\u2022',
  bump: '\u224e',
  bumpE: '\u2aae',
  bumpe: '\u224f',
  bumpeq: '\u224f',
  cacute: '\u0107',
  cap: '\u2229',
  capand: '\u2a44',
  capbrcup: '\u2a49',
  capcap: '\u2a4b',
  capcup: '\u2a47',
  capdot: '\u2a40',
  caps: '\u2229\ufe00',
  caret: '\u2041',
  caron: '\u02c7',
  ccaps: '\u2a4d',
  ccaron: '\u010d',
  ccedil: '\u00e7',
  ccirc: '\u0109',
  ccups: '\u2a4c',
  ccupssm: '\u2a50',
  cdot: '\u010b',
  cedil: '\u00b8',
  cemptyv: '\u29b2',
  cent: '\u00a2',
  centerdot: '\u00b7',
  cfr: '\ud835\udd20',
  chcy: '\u0447',
  check: '\u2713',
  checkmark: '\u2713',
  chi: '\u03c7',
  cir: '\u25cb',
  cirE: '\u29c3',
  circ: '\u02c6',
  circeq: '\u2257',
  circlearrowleft: '\u21ba',
  circlearrowright: '\u21bb',
  circledR: '\u00ae',
  circledS: '\u24c8',
  circledast: '\u229b',
  circledcirc: '\u229a',
  circleddash: '\u229d',
  cire: '\u2257',
  cirfnint: '\u2a10',
  cirmid: '\u2aef',
  cirscir: '\u29c2',
  clubs: '\u2663',
  clubsuit: '\u2663',
  colon: ':',
  colone: '\u2254',
  coloneq: '\u2254',
  comma: ',',
  commat: '@',
  comp: '\u2201',
  compfn: '\u2218',
  complement: '\u2201',
  complexes: '\u2102',
  cong: '\u2245',
  congdot: '\u2a6d',
  conint: '\u222e',
  copf: '\ud835\udd54',
  coprod: '\u2210',
  copy: '\u00a9',
  copysr: '\u2117',
  crarr: '\u21b5',
  cross: '\u2717',
  cscr: '\ud835\udcb8',
  csub: '\u2acf',
  csube: '\u2ad1',
  csup: '\u2ad0',
  csupe: '\u2ad2',
  ctdot: '\u22ef',
  cudarrl: '\u2938',
  cudarrr: '\u2935',
  cuepr: '\u22de',
  cuesc: '\u22df',
  cularr: '\u21b6',
  cularrp: '\u293d',
  cup: '\u222a',
  cupbrcap: '\u2a48',
  cupcap: '\u2a46',
  cupcup: '\u2a4a',
  cupdot: '\u228d',
  cupor: '\u2a45',
  cups: '\u222a\ufe00',
  curarr: '\u21b7',
  curarrm: '\u293c',
  curlyeqprec: '\u22de',
  curlyeqsucc: '\u22df',
  curlyvee: '\u22ce',
  curlywedge: '\u22cf',
  curren: '\u00a4',
  curvearrowleft: '\u21b6',
  curvearrowright: '\u21b7',
  cuvee: '\u22ce',
  cuwed: '\u22cf',
  cwconint: '\u2232',
  cwint: '\u2231',
  cylcty: '\u232d',
  dArr: '\u21d3',
  dHar: '\u2965',
  dagger: '\u2020',
  daleth: '\u2138',
  darr: '\u2193',
  dash: '\u2010',
  dashv: '\u22a3',
  dbkarow: '\u290f',
  dblac: '\u02dd',
  dcaron: '\u010f',
  dcy: '\u0434',
  dd: '\u2146',
  ddagger: '\u2021',
  ddarr: '\u21ca',
  ddotseq: '\u2a77',
  deg: '\u00b0',
  delta: '\u03b4',
  demptyv: '\u29b1',
  dfisht: '\u297f',
  dfr: '\ud835\udd21',
  dharl: '\u21c3',
  dharr: '\u21c2',
  diam: '\u22c4',
  diamond: '\u22c4',
  diamondsuit: '\u2666',
  diams: '\u2666',
  die: '\u00a8',
  digamma: '\u03dd',
  disin: '\u22f2',
  div: '\u00f7',
  divide: '\u00f7',
  divideontimes: '\u22c7',
  divonx: '\u22c7',
  djcy: '\u0452',
  dlcorn: '\u231e',
  dlcrop: '\u230d',
  dollar: '$',
  dopf: '\ud835\udd55',
  dot: '\u02d9',
  doteq: '\u2250',
  doteqdot: '\u2251',
  dotminus: '\u2238',
  dotplus: '\u2214',
  dotsquare: '\u22a1',
  doublebarwedge: '\u2306',
  downarrow: '\u2193',
  downdownarrows: '\u21ca',
  downharpoonleft: '\u21c3',
  downharpoonright: '\u21c2',
  drbkarow: '\u2910',
  drcorn: '\u231f',
  drcrop: '\u230c',
  dscr: '\ud835\udcb9',
  dscy: '\u0455',
  dsol: '\u29f6',
  dstrok: '\u0111',
  dtdot: '\u22f1',
  dtri: '\u25bf',
  dtrif: '\u25be',
  duarr: '\u21f5',
  duhar: '\u296f',
  dwangle: '\u29a6',
  dzcy: '\u045f',
  dzigrarr: '\u27ff',
  eDDot: '\u2a77',
  eDot: '\u2251',
  eacute: '\u00e9',
  easter: '\u2a6e',
  ecaron: '\u011b',
  ecir: '\u2256',
  ecirc: '\u00ea',
  ecolon: '\u2255',
  ecy: '\u044d',
  edot: '\u0117',
  ee: '\u2147',
  efDot: '\u2252',
  efr: '\ud835\udd22',
  eg: '\u2a9a',
  egrave: '\u00e8',
  egs: '\u2a96',
  egsdot: '\u2a98',
  el: '\u2a99',
  elinters: '\u23e7',
  ell: '\u2113',
  els: '\u2a95',
  elsdot: '\u2a97',
  emacr: '\u0113',
  empty: '\u2205',
  emptyset: '\u2205',
  emptyv: '\u2205',
  emsp13: '\u2004',
  emsp14: '\u2005',
  emsp: '\u2003',
  eng: '\u014b',
  ensp: '\u2002',
  eogon: '\u0119',
  eopf: '\ud835\udd56',
  epar: '\u22d5',
  eparsl: '\u29e3',
  eplus: '\u2a71',
  epsi: '\u03b5',
  epsilon: '\u03b5',
  epsiv: '\u03f5',
  eqcirc: '\u2256',
  eqcolon: '\u2255',
  eqsim: '\u2242',
  eqslantgtr: '\u2a96',
  eqslantless: '\u2a95',
  equals: '=',
  equest: '\u225f',
  equiv: '\u2261',
  equivDD: '\u2a78',
  eqvparsl: '\u29e5',
  erDot: '\u2253',
  erarr: '\u2971',
  escr: '\u212f',
  esdot: '\u2250',
  esim: '\u2242',
  eta: '\u03b7',
  eth: '\u00f0',
  euml: '\u00eb',
  euro: '\u20ac',
  excl: '!',
  exist: '\u2203',
  expectation: '\u2130',
  exponentiale: '\u2147',
  fallingdotseq: '\u2252',
  fcy: '\u0444',
  female: '\u2640',
  ffilig: '\ufb03',
  fflig: '\ufb00',
  ffllig: '\ufb04',
  ffr: '\ud835\udd23',
  filig: '\ufb01',
  fjlig: 'fj',
  flat: '\u266d',
  fllig: '\ufb02',
  fltns: '\u25b1',
  fnof: '\u0192',
  fopf: '\ud835\udd57',
  forall: '\u2200',
  fork: '\u22d4',
  forkv: '\u2ad9',
  fpartint: '\u2a0d',
  frac12: '\u00bd',
  frac13: '\u2153',
  frac14: '\u00bc',
  frac15: '\u2155',
  frac16: '\u2159',
  frac18: '\u215b',
  frac23: '\u2154',
  frac25: '\u2156',
  frac34: '\u00be',
  frac35: '\u2157',
  frac38: '\u215c',
  frac45: '\u2158',
  frac56: '\u215a',
  frac58: '\u215d',
  frac78: '\u215e',
  frasl: '\u2044',
  frown: '\u2322',
  fscr: '\ud835\udcbb',
  gE: '\u2267',
  gEl: '\u2a8c',
  gacute: '\u01f5',
  gamma: '\u03b3',
  gammad: '\u03dd',
  gap: '\u2a86',
  gbreve: '\u011f',
  gcirc: '\u011d',
  gcy: '\u0433',
  gdot: '\u0121',
  ge: '\u2265',
  gel: '\u22db',
  geq: '\u2265',
  geqq: '\u2267',
  geqslant: '\u2a7e',
  ges: '\u2a7e',
  gescc: '\u2aa9',
  gesdot: '\u2a80',
  gesdoto: '\u2a82',
  gesdotol: '\u2a84',
  gesl: '\u22db\ufe00',
  gesles: '\u2a94',
  gfr: '\ud835\udd24',
  gg: '\u226b',
  ggg: '\u22d9',
  gimel: '\u2137',
  gjcy: '\u0453',
  gl: '\u2277',
  glE: '\u2a92',
  gla: '\u2aa5',
  glj: '\u2aa4',
  gnE: '\u2269',
  gnap: '\u2a8a',
  gnapprox: '\u2a8a',
  gne: '\u2a88',
  gneq: '\u2a88',
  gneqq: '\u2269',
  gnsim: '\u22e7',
  gopf: '\ud835\udd58',
  grave: '`',
  gscr: '\u210a',
  gsim: '\u2273',
  gsime: '\u2a8e',
  gsiml: '\u2a90',
  gt: '>',
  gtcc: '\u2aa7',
  gtcir: '\u2a7a',
  gtdot: '\u22d7',
  gtlPar: '\u2995',
  gtquest: '\u2a7c',
  gtrapprox: '\u2a86',
  gtrarr: '\u2978',
  gtrdot: '\u22d7',
  gtreqless: '\u22db',
  gtreqqless: '\u2a8c',
  gtrless: '\u2277',
  gtrsim: '\u2273',
  gvertneqq: '\u2269\ufe00',
  gvnE: '\u2269\ufe00',
  hArr: '\u21d4',
  hairsp: '\u200a',
  half: '\u00bd',
  hamilt: '\u210b',
  hardcy: '\u044a',
  harr: '\u2194',
  harrcir: '\u2948',
  harrw: '\u21ad',
  hbar: '\u210f',
  hcirc: '\u0125',
  hearts: '\u2665',
  heartsuit: '\u2665',
  hellip: '\u2026',
  hercon: '\u22b9',
  hfr: '\ud835\udd25',
  hksearow: '\u2925',
  hkswarow: '\u2926',
  hoarr: '\u21ff',
  homtht: '\u223b',
  hookleftarrow: '\u21a9',
  hookrightarrow: '\u21aa',
  hopf: '\ud835\udd59',
  horbar: '\u2015',
  hscr: '\ud835\udcbd',
  hslash: '\u210f',
  hstrok: '\u0127',
  hybull: '\u2043',
  hyphen: '\u2010',
  iacute: '\u00ed',
  ic: '\u2063',
  icirc: '\u00ee',
  icy: '\u0438',
  iecy: '\u0435',
  iexcl: '\u00a1',
  iff: '\u21d4',
  ifr: '\ud835\udd26',
  igrave: '\u00ec',
  ii: '\u2148',
  iiiint: '\u2a0c',
  iiint: '\u222d',
  iinfin: '\u29dc',
  iiota: '\u2129',
  ijlig: '\u0133',
  imacr: '\u012b',
  image: '\u2111',
  imagline: '\u2110',
  imagpart: '\u2111',
  imath: '\u0131',
  imof: '\u22b7',
  imped: '\u01b5',
  in: '\u2208',
  incare: '\u2105',
  infin: '\u221e',
  infintie: '\u29dd',
  inodot: '\u0131',
  int: '\u222b',
  intcal: '\u22ba',
  integers: '\u2124',
  intercal: '\u22ba',
  intlarhk: '\u2a17',
  intprod: '\u2a3c',
  iocy: '\u0451',
  iogon: '\u012f',
  iopf: '\ud835\udd5a',
  iota: '\u03b9',
  iprod: '\u2a3c',
  iquest: '\u00bf',
  iscr: '\ud835\udcbe',
  isin: '\u2208',
  isinE: '\u22f9',
  isindot: '\u22f5',
  isins: '\u22f4',
  isinsv: '\u22f3',
  isinv: '\u2208',
  it: '\u2062',
  itilde: '\u0129',
  iukcy: '\u0456',
  iuml: '\u00ef',
  jcirc: '\u0135',
  jcy: '\u0439',
  jfr: '\ud835\udd27',
  jmath: '\u0237',
  jopf: '\ud835\udd5b',
  jscr: '\ud835\udcbf',
  jsercy: '\u0458',
  jukcy: '\u0454',
  kappa: '\u03ba',
  kappav: '\u03f0',
  kcedil: '\u0137',
  kcy: '\u043a',
  kfr: '\ud835\udd28',
  kgreen: '\u0138',
  khcy: '\u0445',
  kjcy: '\u045c',
  kopf: '\ud835\udd5c',
  kscr: '\ud835\udcc0',
  lAarr: '\u21da',
  lArr: '\u21d0',
  lAtail: '\u291b',
  lBarr: '\u290e',
  lE: '\u2266',
  lEg: '\u2a8b',
  lHar: '\u2962',
  lacute: '\u013a',
  laemptyv: '\u29b4',
  lagran: '\u2112',
  lambda: '\u03bb',
  lang: '\u27e8',
  langd: '\u2991',
  langle: '\u27e8',
  lap: '\u2a85',
  laquo: '\u00ab',
  larr: '\u2190',
  larrb: '\u21e4',
  larrbfs: '\u291f',
  larrfs: '\u291d',
  larrhk: '\u21a9',
  larrlp: '\u21ab',
  larrpl: '\u2939',
  larrsim: '\u2973',
  larrtl: '\u21a2',
  lat: '\u2aab',
  latail: '\u2919',
  late: '\u2aad',
  lates: '\u2aad\ufe00',
  lbarr: '\u290c',
  lbbrk: '\u2772',
  lbrace: '{',
  lbrack: '[',
  lbrke: '\u298b',
  lbrksld: '\u298f',
  lbrkslu: '\u298d',
  lcaron: '\u013e',
  lcedil: '\u013c',
  lceil: '\u2308',
  lcub: '{',
  lcy: '\u043b',
  ldca: '\u2936',
  ldquo: '\u201c',
  ldquor: '\u201e',
  ldrdhar: '\u2967',
  ldrushar: '\u294b',
  ldsh: '\u21b2',
  le: '\u2264',
  leftarrow: '\u2190',
  leftarrowtail: '\u21a2',
  leftharpoondown: '\u21bd',
  leftharpoonup: '\u21bc',
  leftleftarrows: '\u21c7',
  leftrightarrow: '\u2194',
  leftrightarrows: '\u21c6',
  leftrightharpoons: '\u21cb',
  leftrightsquigarrow: '\u21ad',
  leftthreetimes: '\u22cb',
  leg: '\u22da',
  leq: '\u2264',
  leqq: '\u2266',
  leqslant: '\u2a7d',
  les: '\u2a7d',
  lescc: '\u2aa8',
  lesdot: '\u2a7f',
  lesdoto: '\u2a81',
  lesdotor: '\u2a83',
  lesg: '\u22da\ufe00',
  lesges: '\u2a93',
  lessapprox: '\u2a85',
  lessdot: '\u22d6',
  lesseqgtr: '\u22da',
  lesseqqgtr: '\u2a8b',
  lessgtr: '\u2276',
  lesssim: '\u2272',
  lfisht: '\u297c',
  lfloor: '\u230a',
  lfr: '\ud835\udd29',
  lg: '\u2276',
  lgE: '\u2a91',
  lhard: '\u21bd',
  lharu: '\u21bc',
  lharul: '\u296a',
  lhblk: '\u2584',
  ljcy: '\u0459',
  ll: '\u226a',
  llarr: '\u21c7',
  llcorner: '\u231e',
  llhard: '\u296b',
  lltri: '\u25fa',
  lmidot: '\u0140',
  lmoust: '\u23b0',
  lmoustache: '\u23b0',
  lnE: '\u2268',
  lnap: '\u2a89',
  lnapprox: '\u2a89',
  lne: '\u2a87',
  lneq: '\u2a87',
  lneqq: '\u2268',
  lnsim: '\u22e6',
  loang: '\u27ec',
  loarr: '\u21fd',
  lobrk: '\u27e6',
  longleftarrow: '\u27f5',
  longleftrightarrow: '\u27f7',
  longmapsto: '\u27fc',
  longrightarrow: '\u27f6',
  looparrowleft: '\u21ab',
  looparrowright: '\u21ac',
  lopar: '\u2985',
  lopf: '\ud835\udd5d',
  loplus: '\u2a2d',
  lotimes: '\u2a34',
  lowast: '\u2217',
  lowbar: '_',
  loz: '\u25ca',
  lozenge: '\u25ca',
  lozf: '\u29eb',
  lpar: '(',
  lparlt: '\u2993',
  lrarr: '\u21c6',
  lrcorner: '\u231f',
  lrhar: '\u21cb',
  lrhard: '\u296d',
  lrm: '\u200e',
  lrtri: '\u22bf',
  lsaquo: '\u2039',
  lscr: '\ud835\udcc1',
  lsh: '\u21b0',
  lsim: '\u2272',
  lsime: '\u2a8d',
  lsimg: '\u2a8f',
  lsqb: '[',
  lsquo: '\u2018',
  lsquor: '\u201a',
  lstrok: '\u0142',
  lt: '<',
  ltcc: '\u2aa6',
  ltcir: '\u2a79',
  ltdot: '\u22d6',
  lthree: '\u22cb',
  ltimes: '\u22c9',
  ltlarr: '\u2976',
  ltquest: '\u2a7b',
  ltrPar: '\u2996',
  ltri: '\u25c3',
  ltrie: '\u22b4',
  ltrif: '\u25c2',
  lurdshar: '\u294a',
  luruhar: '\u2966',
  lvertneqq: '\u2268\ufe00',
  lvnE: '\u2268\ufe00',
  mDDot: '\u223a',
  macr: '\u00af',
  male: '\u2642',
  malt: '\u2720',
  maltese: '\u2720',
  map: '\u21a6',
  mapsto: '\u21a6',
  mapstodown: '\u21a7',
  mapstoleft: '\u21a4',
  mapstoup: '\u21a5',
  marker: '\u25ae',
  mcomma: '\u2a29',
  mcy: '\u043c',
  mdash: '\u2014',
  measuredangle: '\u2221',
  mfr: '\ud835\udd2a',
  mho: '\u2127',
  micro: '\u00b5',
  mid: '\u2223',
  midast: '*',
  midcir: '\u2af0',
  middot: '\u00b7',
  minus: '\u2212',
  minusb: '\u229f',
  minusd: '\u2238',
  minusdu: '\u2a2a',
  mlcp: '\u2adb',
  mldr: '\u2026',
  mnplus: '\u2213',
  models: '\u22a7',
  mopf: '\ud835\udd5e',
  mp: '\u2213',
  mscr: '\ud835\udcc2',
  mstpos: '\u223e',
  mu: '\u03bc',
  multimap: '\u22b8',
  mumap: '\u22b8',
  nGg: '\u22d9\u0338',
  nGt: '\u226b\u20d2',
  nGtv: '\u226b\u0338',
  nLeftarrow: '\u21cd',
  nLeftrightarrow: '\u21ce',
  nLl: '\u22d8\u0338',
  nLt: '\u226a\u20d2',
  nLtv: '\u226a\u0338',
  nRightarrow: '\u21cf',
  nVDash: '\u22af',
  nVdash: '\u22ae',
  nabla: '\u2207',
  nacute: '\u0144',
  nang: '\u2220\u20d2',
  nap: '\u2249',
  napE: '\u2a70\u0338',
  napid: '\u224b\u0338',
  napos: '\u0149',
  napprox: '\u2249',
  natur: '\u266e',
  natural: '\u266e',
  naturals: '\u2115',
  nbsp: '\u00a0',
  nbump: '\u224e\u0338',
  nbumpe: '\u224f\u0338',
  ncap: '\u2a43',
  ncaron: '\u0148',
  ncedil: '\u0146',
  ncong: '\u2247',
  ncongdot: '\u2a6d\u0338',
  ncup: '\u2a42',
  ncy: '\u043d',
  ndash: '\u2013',
  ne: '\u2260',
  neArr: '\u21d7',
  nearhk: '\u2924',
  nearr: '\u2197',
  nearrow: '\u2197',
  nedot: '\u2250\u0338',
  nequiv: '\u2262',
  nesear: '\u2928',
  nesim: '\u2242\u0338',
  nexist: '\u2204',
  nexists: '\u2204',
  nfr: '\ud835\udd2b',
  ngE: '\u2267\u0338',
  nge: '\u2271',
  ngeq: '\u2271',
  ngeqq: '\u2267\u0338',
  ngeqslant: '\u2a7e\u0338',
  nges: '\u2a7e\u0338',
  ngsim: '\u2275',
  ngt: '\u226f',
  ngtr: '\u226f',
  nhArr: '\u21ce',
  nharr: '\u21ae',
  nhpar: '\u2af2',
  ni: '\u220b',
  nis: '\u22fc',
  nisd: '\u22fa',
  niv: '\u220b',
  njcy: '\u045a',
  nlArr: '\u21cd',
  nlE: '\u2266\u0338',
  nlarr: '\u219a',
  nldr: '\u2025',
  nle: '\u2270',
  nleftarrow: '\u219a',
  nleftrightarrow: '\u21ae',
  nleq: '\u2270',
  nleqq: '\u2266\u0338',
  nleqslant: '\u2a7d\u0338',
  nles: '\u2a7d\u0338',
  nless: '\u226e',
  nlsim: '\u2274',
  nlt: '\u226e',
  nltri: '\u22ea',
  nltrie: '\u22ec',
  nmid: '\u2224',
  nopf: '\ud835\udd5f',
  not: '\u00ac',
  notin: '\u2209',
  notinE: '\u22f9\u0338',
  notindot: '\u22f5\u0338',
  notinva: '\u2209',
  notinvb: '\u22f7',
  notinvc: '\u22f6',
  notni: '\u220c',
  notniva: '\u220c',
  notnivb: '\u22fe',
  notnivc: '\u22fd',
  npar: '\u2226',
  nparallel: '\u2226',
  nparsl: '\u2afd\u20e5',
  npart: '\u2202\u0338',
  npolint: '\u2a14',
  npr: '\u2280',
  nprcue: '\u22e0',
  npre: '\u2aaf\u0338',
  nprec: '\u2280',
  npreceq: '\u2aaf\u0338',
  nrArr: '\u21cf',
  nrarr: '\u219b',
  nrarrc: '\u2933\u0338',
  nrarrw: '\u219d\u0338',
  nrightarrow: '\u219b',
  nrtri: '\u22eb',
  nrtrie: '\u22ed',
  nsc: '\u2281',
  nsccue: '\u22e1',
  nsce: '\u2ab0\u0338',
  nscr: '\ud835\udcc3',
  nshortmid: '\u2224',
  nshortparallel: '\u2226',
  nsim: '\u2241',
  nsime: '\u2244',
  nsimeq: '\u2244',
  nsmid: '\u2224',
  nspar: '\u2226',
  nsqsube: '\u22e2',
  nsqsupe: '\u22e3',
  nsub: '\u2284',
  nsubE: '\u2ac5\u0338',
  nsube: '\u2288',
  nsubset: '\u2282\u20d2',
  nsubseteq: '\u2288',
  nsubseteqq: '\u2ac5\u0338',
  nsucc: '\u2281',
  nsucceq: '\u2ab0\u0338',
  nsup: '\u2285',
  nsupE: '\u2ac6\u0338',
  nsupe: '\u2289',
  nsupset: '\u2283\u20d2',
  nsupseteq: '\u2289',
  nsupseteqq: '\u2ac6\u0338',
  ntgl: '\u2279',
  ntilde: '\u00f1',
  ntlg: '\u2278',
  ntriangleleft: '\u22ea',
  ntrianglelefteq: '\u22ec',
  ntriangleright: '\u22eb',
  ntrianglerighteq: '\u22ed',
  nu: '\u03bd',
  num: '#',
  numero: '\u2116',
  numsp: '\u2007',
  nvDash: '\u22ad',
  nvHarr: '\u2904',
  nvap: '\u224d\u20d2',
  nvdash: '\u22ac',
  nvge: '\u2265\u20d2',
  nvgt: '>\u20d2',
  nvinfin: '\u29de',
  nvlArr: '\u2902',
  nvle: '\u2264\u20d2',
  nvlt: '<\u20d2',
  nvltrie: '\u22b4\u20d2',
  nvrArr: '\u2903',
  nvrtrie: '\u22b5\u20d2',
  nvsim: '\u223c\u20d2',
  nwArr: '\u21d6',
  nwarhk: '\u2923',
  nwarr: '\u2196',
  nwarrow: '\u2196',
  nwnear: '\u2927',
  oS: '\u24c8',
  oacute: '\u00f3',
  oast: '\u229b',
  ocir: '\u229a',
  ocirc: '\u00f4',
  ocy: '\u043e',
  odash: '\u229d',
  odblac: '\u0151',
  odiv: '\u2a38',
  odot: '\u2299',
  odsold: '\u29bc',
  oelig: '\u0153',
  ofcir: '\u29bf',
  ofr: '\ud835\udd2c',
  ogon: '\u02db',
  ograve: '\u00f2',
  ogt: '\u29c1',
  ohbar: '\u29b5',
  ohm: '\u03a9',
  oint: '\u222e',
  olarr: '\u21ba',
  olcir: '\u29be',
  olcross: '\u29bb',
  oline: '\u203e',
  olt: '\u29c0',
  omacr: '\u014d',
  omega: '\u03c9',
  omicron: '\u03bf',
  omid: '\u29b6',
  ominus: '\u2296',
  oopf: '\ud835\udd60',
  opar: '\u29b7',
  operp: '\u29b9',
  oplus: '\u2295',
  or: '\u2228',
  orarr: '\u21bb',
  ord: '\u2a5d',
  order: '\u2134',
  orderof: '\u2134',
  ordf: '\u00aa',
  ordm: '\u00ba',
  origof: '\u22b6',
  oror: '\u2a56',
  orslope: '\u2a57',
  orv: '\u2a5b',
  oscr: '\u2134',
  oslash: '\u00f8',
  osol: '\u2298',
  otilde: '\u00f5',
  otimes: '\u2297',
  otimesas: '\u2a36',
  ouml: '\u00f6',
  ovbar: '\u233d',
  par: '\u2225',
  para: '\u00b6',
  parallel: '\u2225',
  parsim: '\u2af3',
  parsl: '\u2afd',
  part: '\u2202',
  pcy: '\u043f',
  percnt: '%',
  period: '.',
  permil: '\u2030',
  perp: '\u22a5',
  pertenk: '\u2031',
  pfr: '\ud835\udd2d',
  phi: '\u03c6',
  phiv: '\u03d5',
  phmmat: '\u2133',
  phone: '\u260e',
  pi: '\u03c0',
  pitchfork: '\u22d4',
  piv: '\u03d6',
  planck: '\u210f',
  planckh: '\u210e',
  plankv: '\u210f',
  plus: '+',
  plusacir: '\u2a23',
  plusb: '\u229e',
  pluscir: '\u2a22',
  plusdo: '\u2214',
  plusdu: '\u2a25',
  pluse: '\u2a72',
  plusmn: '\u00b1',
  plussim: '\u2a26',
  plustwo: '\u2a27',
  pm: '\u00b1',
  pointint: '\u2a15',
  popf: '\ud835\udd61',
  pound: '\u00a3',
  pr: '\u227a',
  prE: '\u2ab3',
  prap: '\u2ab7',
  prcue: '\u227c',
  pre: '\u2aaf',
  prec: '\u227a',
  precapprox: '\u2ab7',
  preccurlyeq: '\u227c',
  preceq: '\u2aaf',
  precnapprox: '\u2ab9',
  precneqq: '\u2ab5',
  precnsim: '\u22e8',
  precsim: '\u227e',
  prime: '\u2032',
  primes: '\u2119',
  prnE: '\u2ab5',
  prnap: '\u2ab9',
  prnsim: '\u22e8',
  prod: '\u220f',
  profalar: '\u232e',
  profline: '\u2312',
  profsurf: '\u2313',
  prop: '\u221d',
  propto: '\u221d',
  prsim: '\u227e',
  prurel: '\u22b0',
  pscr: '\ud835\udcc5',
  psi: '\u03c8',
  puncsp: '\u2008',
  qfr: '\ud835\udd2e',
  qint: '\u2a0c',
  qopf: '\ud835\udd62',
  qprime: '\u2057',
  qscr: '\ud835\udcc6',
  quaternions: '\u210d',
  quatint: '\u2a16',
  quest: '?',
  questeq: '\u225f',
  quot: '"',
  rAarr: '\u21db',
  rArr: '\u21d2',
  rAtail: '\u291c',
  rBarr: '\u290f',
  rHar: '\u2964',
  race: '\u223d\u0331',
  racute: '\u0155',
  radic: '\u221a',
  raemptyv: '\u29b3',
  rang: '\u27e9',
  rangd: '\u2992',
  range: '\u29a5',
  rangle: '\u27e9',
  raquo: '\u00bb',
  rarr: '\u2192',
  rarrap: '\u2975',
  rarrb: '\u21e5',
  rarrbfs: '\u2920',
  rarrc: '\u2933',
  rarrfs: '\u291e',
  rarrhk: '\u21aa',
  rarrlp: '\u21ac',
  rarrpl: '\u2945',
  rarrsim: '\u2974',
  rarrtl: '\u21a3',
  rarrw: '\u219d',
  ratail: '\u291a',
  ratio: '\u2236',
  rationals: '\u211a',
  rbarr: '\u290d',
  rbbrk: '\u2773',
  rbrace: '}',
  rbrack: ']',
  rbrke: '\u298c',
  rbrksld: '\u298e',
  rbrkslu: '\u2990',
  rcaron: '\u0159',
  rcedil: '\u0157',
  rceil: '\u2309',
  rcub: '}',
  rcy: '\u0440',
  rdca: '\u2937',
  rdldhar: '\u2969',
  rdquo: '\u201d',
  rdquor: '\u201d',
  rdsh: '\u21b3',
  real: '\u211c',
  realine: '\u211b',
  realpart: '\u211c',
  reals: '\u211d',
  rect: '\u25ad',
  reg: '\u00ae',
  rfisht: '\u297d',
  rfloor: '\u230b',
  rfr: '\ud835\udd2f',
  rhard: '\u21c1',
  rharu: '\u21c0',
  rharul: '\u296c',
  rho: '\u03c1',
  rhov: '\u03f1',
  rightarrow: '\u2192',
  rightarrowtail: '\u21a3',
  rightharpoondown: '\u21c1',
  rightharpoonup: '\u21c0',
  rightleftarrows: '\u21c4',
  rightleftharpoons: '\u21cc',
  rightrightarrows: '\u21c9',
  rightsquigarrow: '\u219d',
  rightthreetimes: '\u22cc',
  ring: '\u02da',
  risingdotseq: '\u2253',
  rlarr: '\u21c4',
  rlhar: '\u21cc',
  rlm: '\u200f',
  rmoust: '\u23b1',
  rmoustache: '\u23b1',
  rnmid: '\u2aee',
  roang: '\u27ed',
  roarr: '\u21fe',
  robrk: '\u27e7',
  ropar: '\u2986',
  ropf: '\ud835\udd63',
  roplus: '\u2a2e',
  rotimes: '\u2a35',
  rpar: ')',
  rpargt: '\u2994',
  rppolint: '\u2a12',
  rrarr: '\u21c9',
  rsaquo: '\u203a',
  rscr: '\ud835\udcc7',
  rsh: '\u21b1',
  rsqb: ']',
  rsquo: '\u2019',
  rsquor: '\u2019',
  rthree: '\u22cc',
  rtimes: '\u22ca',
  rtri: '\u25b9',
  rtrie: '\u22b5',
  rtrif: '\u25b8',
  rtriltri: '\u29ce',
  ruluhar: '\u2968',
  rx: '\u211e',
  sacute: '\u015b',
  sbquo: '\u201a',
  sc: '\u227b',
  scE: '\u2ab4',
  scap: '\u2ab8',
  scaron: '\u0161',
  sccue: '\u227d',
  sce: '\u2ab0',
  scedil: '\u015f',
  scirc: '\u015d',
  scnE: '\u2ab6',
  scnap: '\u2aba',
  scnsim: '\u22e9',
  scpolint: '\u2a13',
  scsim: '\u227f',
  scy: '\u0441',
  sdot: '\u22c5',
  sdotb: '\u22a1',
  sdote: '\u2a66',
  seArr: '\u21d8',
  searhk: '\u2925',
  searr: '\u2198',
  searrow: '\u2198',
  sect: '\u00a7',
  semi: ';',
  seswar: '\u2929',
  setminus: '\u2216',
  setmn: '\u2216',
  sext: '\u2736',
  sfr: '\ud835\udd30',
  sfrown: '\u2322',
  sharp: '\u266f',
  shchcy: '\u0449',
  shcy: '\u0448',
  shortmid: '\u2223',
  shortparallel: '\u2225',
  shy: '\u00ad',
  sigma: '\u03c3',
  sigmaf: '\u03c2',
  sigmav: '\u03c2',
  sim: '\u223c',
  simdot: '\u2a6a',
  sime: '\u2243',
  simeq: '\u2243',
  simg: '\u2a9e',
  simgE: '\u2aa0',
  siml: '\u2a9d',
  simlE: '\u2a9f',
  simne: '\u2246',
  simplus: '\u2a24',
  simrarr: '\u2972',
  slarr: '\u2190',
  smallsetminus: '\u2216',
  smashp: '\u2a33',
  smeparsl: '\u29e4',
  smid: '\u2223',
  smile: '\u2323',
  smt: '\u2aaa',
  smte: '\u2aac',
  smtes: '\u2aac\ufe00',
  softcy: '\u044c',
  sol: '/',
  solb: '\u29c4',
  solbar: '\u233f',
  sopf: '\ud835\udd64',
  spades: '\u2660',
  spadesuit: '\u2660',
  spar: '\u2225',
  sqcap: '\u2293',
  sqcaps: '\u2293\ufe00',
  sqcup: '\u2294',
  sqcups: '\u2294\ufe00',
  sqsub: '\u228f',
  sqsube: '\u2291',
  sqsubset: '\u228f',
  sqsubseteq: '\u2291',
  sqsup: '\u2290',
  sqsupe: '\u2292',
  sqsupset: '\u2290',
  sqsupseteq: '\u2292',
  squ: '\u25a1',
  square: '\u25a1',
  squarf: '\u25aa',
  squf: '\u25aa',
  srarr: '\u2192',
  sscr: '\ud835\udcc8',
  ssetmn: '\u2216',
  ssmile: '\u2323',
  sstarf: '\u22c6',
  star: '\u2606',
  starf: '\u2605',
  straightepsilon: '\u03f5',
  straightphi: '\u03d5',
  strns: '\u00af',
  sub: '\u2282',
  subE: '\u2ac5',
  subdot: '\u2abd',
  sube: '\u2286',
  subedot: '\u2ac3',
  submult: '\u2ac1',
  subnE: '\u2acb',
  subne: '\u228a',
  subplus: '\u2abf',
  subrarr: '\u2979',
  subset: '\u2282',
  subseteq: '\u2286',
  subseteqq: '\u2ac5',
  subsetneq: '\u228a',
  subsetneqq: '\u2acb',
  subsim: '\u2ac7',
  subsub: '\u2ad5',
  subsup: '\u2ad3',
  succ: '\u227b',
  succapprox: '\u2ab8',
  succcurlyeq: '\u227d',
  succeq: '\u2ab0',
  succnapprox: '\u2aba',
  succneqq: '\u2ab6',
  succnsim: '\u22e9',
  succsim: '\u227f',
  sum: '\u2211',
  sung: '\u266a',
  sup1: '\u00b9',
  sup2: '\u00b2',
  sup3: '\u00b3',
  sup: '\u2283',
  supE: '\u2ac6',
  supdot: '\u2abe',
  supdsub: '\u2ad8',
  supe: '\u2287',
  supedot: '\u2ac4',
  suphsol: '\u27c9',
  suphsub: '\u2ad7',
  suplarr: '\u297b',
  supmult: '\u2ac2',
  supnE: '\u2acc',
  supne: '\u228b',
  supplus: '\u2ac0',
  supset: '\u2283',
  supseteq: '\u2287',
  supseteqq: '\u2ac6',
  supsetneq: '\u228b',
  supsetneqq: '\u2acc',
  supsim: '\u2ac8',
  supsub: '\u2ad4',
  supsup: '\u2ad6',
  swArr: '\u21d9',
  swarhk: '\u2926',
  swarr: '\u2199',
  swarrow: '\u2199',
  swnwar: '\u292a',
  szlig: '\u00df',
  target: '\u2316',
  tau: '\u03c4',
  tbrk: '\u23b4',
  tcaron: '\u0165',
  tcedil: '\u0163',
  tcy: '\u0442',
  tdot: '\u20db',
  telrec: '\u2315',
  tfr: '\ud835\udd31',
  there4: '\u2234',
  therefore: '\u2234',
  theta: '\u03b8',
  thetasym: '\u03d1',
  thetav: '\u03d1',
  thickapprox: '\u2248',
  thicksim: '\u223c',
  thinsp: '\u2009',
  thkap: '\u2248',
  thksim: '\u223c',
  thorn: '\u00fe',
  tilde: '\u02dc',
  times: '\u00d7',
  timesb: '\u22a0',
  timesbar: '\u2a31',
  timesd: '\u2a30',
  tint: '\u222d',
  toea: '\u2928',
  top: '\u22a4',
  topbot: '\u2336',
  topcir: '\u2af1',
  topf: '\ud835\udd65',
  topfork: '\u2ada',
  tosa: '\u2929',
  tprime: '\u2034',
  trade: '\u2122',
  triangle: '\u25b5',
  triangledown: '\u25bf',
  triangleleft: '\u25c3',
  trianglelefteq: '\u22b4',
  triangleq: '\u225c',
  triangleright: '\u25b9',
  trianglerighteq: '\u22b5',
  tridot: '\u25ec',
  trie: '\u225c',
  triminus: '\u2a3a',
  triplus: '\u2a39',
  trisb: '\u29cd',
  tritime: '\u2a3b',
  trpezium: '\u23e2',
  tscr: '\ud835\udcc9',
  tscy: '\u0446',
  tshcy: '\u045b',
  tstrok: '\u0167',
  twixt: '\u226c',
  twoheadleftarrow: '\u219e',
  twoheadrightarrow: '\u21a0',
  uArr: '\u21d1',
  uHar: '\u2963',
  uacute: '\u00fa',
  uarr: '\u2191',
  ubrcy: '\u045e',
  ubreve: '\u016d',
  ucirc: '\u00fb',
  ucy: '\u0443',
  udarr: '\u21c5',
  udblac: '\u0171',
  udhar: '\u296e',
  ufisht: '\u297e',
  ufr: '\ud835\udd32',
  ugrave: '\u00f9',
  uharl: '\u21bf',
  uharr: '\u21be',
  uhblk: '\u2580',
  ulcorn: '\u231c',
  ulcorner: '\u231c',
  ulcrop: '\u230f',
  ultri: '\u25f8',
  umacr: '\u016b',
  uml: '\u00a8',
  uogon: '\u0173',
  uopf: '\ud835\udd66',
  uparrow: '\u2191',
  updownarrow: '\u2195',
  upharpoonleft: '\u21bf',
  upharpoonright: '\u21be',
  uplus: '\u228e',
  upsi: '\u03c5',
  upsih: '\u03d2',
  upsilon: '\u03c5',
  upuparrows: '\u21c8',
  urcorn: '\u231d',
  urcorner: '\u231d',
  urcrop: '\u230e',
  uring: '\u016f',
  urtri: '\u25f9',
  uscr: '\ud835\udcca',
  utdot: '\u22f0',
  utilde: '\u0169',
  utri: '\u25b5',
  utrif: '\u25b4',
  uuarr: '\u21c8',
  uuml: '\u00fc',
  uwangle: '\u29a7',
  vArr: '\u21d5',
  vBar: '\u2ae8',
  vBarv: '\u2ae9',
  vDash: '\u22a8',
  vangrt: '\u299c',
  varepsilon: '\u03f5',
  varkappa: '\u03f0',
  varnothing: '\u2205',
  varphi: '\u03d5',
  varpi: '\u03d6',
  varpropto: '\u221d',
  varr: '\u2195',
  varrho: '\u03f1',
  varsigma: '\u03c2',
  varsubsetneq: '\u228a\ufe00',
  varsubsetneqq: '\u2acb\ufe00',
  varsupsetneq: '\u228b\ufe00',
  varsupsetneqq: '\u2acc\ufe00',
  vartheta: '\u03d1',
  vartriangleleft: '\u22b2',
  vartriangleright: '\u22b3',
  vcy: '\u0432',
  vdash: '\u22a2',
  vee: '\u2228',
  veebar: '\u22bb',
  veeeq: '\u225a',
  vellip: '\u22ee',
  verbar: '|',
  vert: '|',
  vfr: '\ud835\udd33',
  vltri: '\u22b2',
  vnsub: '\u2282\u20d2',
  vnsup: '\u2283\u20d2',
  vopf: '\ud835\udd67',
  vprop: '\u221d',
  vrtri: '\u22b3',
  vscr: '\ud835\udccb',
  vsubnE: '\u2acb\ufe00',
  vsubne: '\u228a\ufe00',
  vsupnE: '\u2acc\ufe00',
  vsupne: '\u228b\ufe00',
  vzigzag: '\u299a',
  wcirc: '\u0175',
  wedbar: '\u2a5f',
  wedge: '\u2227',
  wedgeq: '\u2259',
  weierp: '\u2118',
  wfr: '\ud835\udd34',
  wopf: '\ud835\udd68',
  wp: '\u2118',
  wr: '\u2240',
  wreath: '\u2240',
  wscr: '\ud835\udccc',
  xcap: '\u22c2',
  xcirc: '\u25ef',
  xcup: '\u22c3',
  xdtri: '\u25bd',
  xfr: '\ud835\udd35',
  xhArr: '\u27fa',
  xharr: '\u27f7',
  xi: '\u03be',
  xlArr: '\u27f8',
  xlarr: '\u27f5',
  xmap: '\u27fc',
  xnis: '\u22fb',
  xodot: '\u2a00',
  xopf: '\ud835\udd69',
  xoplus: '\u2a01',
  xotime: '\u2a02',
  xrArr: '\u27f9',
  xrarr: '\u27f6',
  xscr: '\ud835\udccd',
  xsqcup: '\u2a06',
  xuplus: '\u2a04',
  xutri: '\u25b3',
  xvee: '\u22c1',
  xwedge: '\u22c0',
  yacute: '\u00fd',
  yacy: '\u044f',
  ycirc: '\u0177',
  ycy: '\u044b',
  yen: '\u00a5',
  yfr: '\ud835\udd36',
  yicy: '\u0457',
  yopf: '\ud835\udd6a',
  yscr: '\ud835\udcce',
  yucy: '\u044e',
  yuml: '\u00ff',
  zacute: '\u017a',
  zcaron: '\u017e',
  zcy: '\u0437',
  zdot: '\u017c',
  zeetrf: '\u2128',
  zeta: '\u03b6',
  zfr: '\ud835\udd37',
  zhcy: '\u0436',
  zigrarr: '\u21dd',
  zopf: '\ud835\udd6b',
  zscr: '\ud835\udccf',
  zwj: '\u200d',
  zwnj: '\u200c'
}

;// CONCATENATED MODULE: ./node_modules/decode-named-character-reference/index.js


// To do: next major: use `Object.hasOwn`.
const own = {}.hasOwnProperty

/**
 * Decode a single character reference (without the `&` or `;`).
 * You probably only need this when you\u2019re building parsers yourself that follow
 * different rules compared to HTML.
 * This is optimized to be tiny in browsers.
 *
 * @param {string} value
 *   `notin` (named), `#123` (deci), `#x123` (hexa).
 * @returns {string|false}
 *   Decoded reference.
 */
function decodeNamedCharacterReference(value) {
  return own.call(characterEntities, value) ? characterEntities[value] : false
}


/***/ }),

/***/ 7749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ gfmTable)
});

// EXTERNAL MODULE: ./node_modules/micromark-factory-space/index.js
var micromark_factory_space = __nccwpck_require__(2328);
// EXTERNAL MODULE: ./node_modules/micromark-util-character/index.js
var micromark_util_character = __nccwpck_require__(401);
;// CONCATENATED MODULE: ./node_modules/micromark-extension-gfm-table/lib/edit-map.js
/**
 * @import {Event} from 'micromark-util-types'
 */

// Port of `edit_map.rs` from `markdown-rs`.
// This should move to `markdown-js` later.

// Deal with several changes in events, batching them together.
//
// Preferably, changes should be kept to a minimum.
// Sometimes, it\u2019s needed to change the list of events, because parsing can be
// messy, and it helps to expose a cleaner interface of events to the compiler
// and other users.
// It can also help to merge many adjacent similar events.
// And, in other cases, it\u2019s needed to parse subcontent: pass some events
// through another tokenizer and inject the result.

/**
 * @typedef {[number, number, Array<Event>]} Change
 * @typedef {[number, number, number]} Jump
 */

/**
 * Tracks a bunch of edits.
 */
class EditMap {
  /**
   * Create a new edit map.
   */
  constructor() {
    /**
     * Record of changes.
     *
     * @type {Array<Change>}
     */
    this.map = [];

    /**
     * Changes by index, so `add` does not scan `map` (quadratic on
     * table-heavy documents).
     *
     * @type {Map<number, Change>}
     */
    this.index = new Map();
  }

  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index, remove, add) {
    addImplementation(this, index, remove, add);
  }

  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }

  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function (a, b) {
      return a[0] - b[0];
    });

    /* c8 ignore next 3 -- `resolve` is never called without tables, so without edits. */
    if (this.map.length === 0) {
      return;
    }

    // To do: if links are added in events, like they are in `markdown-rs`,
    // this is needed.
    // // Calculate jumps: where items in the current list move to.
    // /** @type {Array<Jump>} */
    // const jumps = []
    // let index = 0
    // let addAcc = 0
    // let removeAcc = 0
    // while (index < this.map.length) {
    //   const [at, remove, add] = this.map[index]
    //   removeAcc += remove
    //   addAcc += add.length
    //   jumps.push([at, removeAcc, addAcc])
    //   index += 1
    // }
    //
    // . shiftLinks(events, jumps)

    let index = this.map.length;
    /** @type {Array<Array<Event>>} */
    const vecs = [];
    while (index > 0) {
      index -= 1;
      vecs.push(events.slice(this.map[index][0] + this.map[index][1]), this.map[index][2]);

      // Truncate rest.
      events.length = this.map[index][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }

    // Truncate everything.
    this.map.length = 0;
    this.index.clear();
  }
}

/**
 * Create an edit.
 *
 * @param {EditMap} editMap
 *   Edit map to apply to.
 * @param {number} at
 *   Index at which to apply the edit.
 * @param {number} remove
 *   Count of items to remove at the index.
 * @param {Array<Event>} add
 *   Items to add at the index.
 * @returns {undefined}
 *   Nothing.
 */
function addImplementation(editMap, at, remove, add) {
  /* c8 ignore next 3 -- `resolve` is never called without tables, so without edits. */
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;

    // To do: before not used by tables, use when moving to micromark.
    // if (before) {
    //   add.push(...existing[2])
    //   existing[2] = add
    // } else {
    existing[2].push(...add);
    // }

    return;
  }

  /** @type {Change} */
  const change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// /**
//  * Shift `previous` and `next` links according to `jumps`.
//  *
//  * This fixes links in case there are events removed or added between them.
//  *
//  * @param {Array<Event>} events
//  * @param {Array<Jump>} jumps
//  */
// function shiftLinks(events, jumps) {
//   let jumpIndex = 0
//   let index = 0
//   let add = 0
//   let rm = 0

//   while (index < events.length) {
//     const rmCurr = rm

//     while (jumpIndex < jumps.length && jumps[jumpIndex][0] <= index) {
//       add = jumps[jumpIndex][2]
//       rm = jumps[jumpIndex][1]
//       jumpIndex += 1
//     }

//     // Ignore items that will be removed.
//     if (rm > rmCurr) {
//       index += rm - rmCurr
//     } else {
//       // ?
//       // if let Some(link) = &events[index].link {
//       //     if let Some(next) = link.next {
//       //         events[next].link.as_mut().unwrap().previous = Some(index + add - rm);
//       //         while jumpIndex < jumps.len() && jumps[jumpIndex].0 <= next {
//       //             add = jumps[jumpIndex].2;
//       //             rm = jumps[jumpIndex].1;
//       //             jumpIndex += 1;
//       //         }
//       //         events[index].link.as_mut().unwrap().next = Some(next + add - rm);
//       //         index = next;
//       //         continue;
//       //     }
//       // }
//       index += 1
//     }
//   }
// }
;// CONCATENATED MODULE: ./node_modules/micromark-extension-gfm-table/lib/infer.js
/**
 * @import {Event} from 'micromark-util-types'
 */

/**
 * @typedef {'center' | 'left' | 'none' | 'right'} Align
 */

/**
 * Figure out the alignment of a GFM table.
 *
 * @param {Readonly<Array<Event>>} events
 *   List of events.
 * @param {number} index
 *   Table enter event.
 * @returns {Array<Align>}
 *   List of aligns.
 */
function gfmTableAlign(events, index) {
  let inDelimiterRow = false;
  /** @type {Array<Align>} */
  const align = [];
  while (index < events.length) {
    const event = events[index];
    if (inDelimiterRow) {
      if (event[0] === 'enter') {
        // Start of alignment value: set a new column.
        // To do: `markdown-rs` uses `tableDelimiterCellValue`.
        if (event[1].type === 'tableContent') {
          align.push(events[index + 1][1].type === 'tableDelimiterMarker' ? 'left' : 'none');
        }
      }
      // Exits:
      // End of alignment value: change the column.
      // To do: `markdown-rs` uses `tableDelimiterCellValue`.
      else if (event[1].type === 'tableContent') {
        if (events[index - 1][1].type === 'tableDelimiterMarker') {
          const alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === 'left' ? 'center' : 'right';
        }
      }
      // Done!
      else if (event[1].type === 'tableDelimiterRow') {
        break;
      }
    } else if (event[0] === 'enter' && event[1].type === 'tableDelimiterRow') {
      inDelimiterRow = true;
    }
    index += 1;
  }
  return align;
}
;// CONCATENATED MODULE: ./node_modules/micromark-extension-gfm-table/lib/syntax.js
/**
 * @import {Event, Extension, Point, Resolver, State, Token, TokenizeContext, Tokenizer} from 'micromark-util-types'
 */

/**
 * @typedef {[number, number, number, number]} Range
 *   Cell info.
 *
 * @typedef {0 | 1 | 2 | 3} RowKind
 *   Where we are: `1` for head row, `2` for delimiter row, `3` for body row.
 */






/**
 * Create an HTML extension for `micromark` to support GitHub tables syntax.
 *
 * @returns {Extension}
 *   Extension for `micromark` that can be passed in `extensions` to enable GFM
 *   table syntax.
 */
function gfmTable() {
  return {
    flow: {
      null: {
        name: 'table',
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}

/**
 * Tokenizer for GFM tables.
 *
 * @this {TokenizeContext}
 * @type {Tokenizer}
 */
function tokenizeTable(effects, ok, nok) {
  const self = this;
  let size = 0;
  let sizeB = 0;
  /** @type {boolean | undefined} */
  let seen;
  return start;

  /**
   * Start of a GFM table.
   *
   * If there is a valid table row or table head before, then we try to parse
   * another row.
   * Otherwise, we try to parse a head.
   *
   * ```markdown
   * > | | a |
   *     ^
   *   | | - |
   * > | | b |
   *     ^
   * ```
   * @type {State}
   */
  function start(code) {
    let index = self.events.length - 1;
    while (index > -1) {
      const {
        type
      } = self.events[index][1];
      if (type === "lineEnding" ||
      // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type === "linePrefix") {
        index--;
      } else {
        break;
      }
    }
    const tail = index > -1 ? self.events[index][1].type : null;
    const next = tail === 'tableHead' || tail === 'tableRow' ? bodyRowStart : headRowBefore;

    // Don\u2019t allow lazy body rows.
    if (next === bodyRowStart && self.parser.lazy[self.now().line]) {
      return nok(code);
    }
    return next(code);
  }

  /**
   * Before table head row.
   *
   * ```markdown
   * > | | a |
   *     ^
   *   | | - |
   *   | | b |
   * ```
   *
   * @type {State}
   */
  function headRowBefore(code) {
    effects.enter('tableHead');
    effects.enter('tableRow');
    return headRowStart(code);
  }

  /**
   * Before table head row, after whitespace.
   *
   * ```markdown
   * > | | a |
   *     ^
   *   | | - |
   *   | | b |
   * ```
   *
   * @type {State}
   */
  function headRowStart(code) {
    if (code === 124) {
      return headRowBreak(code);
    }

    // To do: micromark-js should let us parse our own whitespace in extensions,
    // like `markdown-rs`:
    //
    // ```js
    // // 4+ spaces.
    // if (markdownSpace(code)) {
    //   return nok(code)
    // }
    // ```

    seen = true;
    // Count the first character, that isn\u2019t a pipe, double.
    sizeB += 1;
    return headRowBreak(code);
  }

  /**
   * At break in table head row.
   *
   * ```markdown
   * > | | a |
   *     ^
   *       ^
   *         ^
   *   | | - |
   *   | | b |
   * ```
   *
   * @type {State}
   */
  function headRowBreak(code) {
    if (code === null) {
      // Note: in `markdown-rs`, we need to reset, in `micromark-js` we don\u2018t.
      return nok(code);
    }
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      // If anything other than one pipe (ignoring whitespace) was used, it\u2019s fine.
      if (sizeB > 1) {
        sizeB = 0;
        // To do: check if this works.
        // Feel free to interrupt:
        self.interrupt = true;
        effects.exit('tableRow');
        effects.enter("lineEnding");
        effects.consume(code);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }

      // Note: in `markdown-rs`, we need to reset, in `micromark-js` we don\u2018t.
      return nok(code);
    }
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      // To do: check if this is fine.
      // effects.attempt(State::Next(StateName::GfmTableHeadRowBreak), State::Nok)
      // State::Retry(space_or_tab(tokenizer))
      return (0,micromark_factory_space/* factorySpace */.N)(effects, headRowBreak, "whitespace")(code);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      // Header cell count.
      size += 1;
    }
    if (code === 124) {
      effects.enter('tableCellDivider');
      effects.consume(code);
      effects.exit('tableCellDivider');
      // Whether a delimiter was seen.
      seen = true;
      return headRowBreak;
    }

    // Anything else is cell data.
    effects.enter("data");
    return headRowData(code);
  }

  /**
   * In table head row data.
   *
   * ```markdown
   * > | | a |
   *       ^
   *   | | - |
   *   | | b |
   * ```
   *
   * @type {State}
   */
  function headRowData(code) {
    if (code === null || code === 124 || (0,micromark_util_character/* markdownLineEndingOrSpace */.Ee)(code)) {
      effects.exit("data");
      return headRowBreak(code);
    }
    effects.consume(code);
    return code === 92 ? headRowEscape : headRowData;
  }

  /**
   * In table head row escape.
   *
   * ```markdown
   * > | | a\-b |
   *         ^
   *   | | ---- |
   *   | | c    |
   * ```
   *
   * @type {State}
   */
  function headRowEscape(code) {
    if (code === 92 || code === 124) {
      effects.consume(code);
      return headRowData;
    }
    return headRowData(code);
  }

  /**
   * Before delimiter row.
   *
   * ```markdown
   *   | | a |
   * > | | - |
   *     ^
   *   | | b |
   * ```
   *
   * @type {State}
   */
  function headDelimiterStart(code) {
    // Reset `interrupt`.
    self.interrupt = false;

    // Note: in `markdown-rs`, we need to handle piercing here too.
    if (self.parser.lazy[self.now().line]) {
      return nok(code);
    }
    effects.enter('tableDelimiterRow');
    // Track if we\u2019ve seen a `:` or `|`.
    seen = false;
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      return (0,micromark_factory_space/* factorySpace */.N)(effects, headDelimiterBefore, "linePrefix", self.parser.constructs.disable.null.includes('codeIndented') ? undefined : 4)(code);
    }
    return headDelimiterBefore(code);
  }

  /**
   * Before delimiter row, after optional whitespace.
   *
   * Reused when a `|` is found later, to parse another cell.
   *
   * ```markdown
   *   | | a |
   * > | | - |
   *     ^
   *   | | b |
   * ```
   *
   * @type {State}
   */
  function headDelimiterBefore(code) {
    if (code === 45 || code === 58) {
      return headDelimiterValueBefore(code);
    }
    if (code === 124) {
      seen = true;
      // If we start with a pipe, we open a cell marker.
      effects.enter('tableCellDivider');
      effects.consume(code);
      effects.exit('tableCellDivider');
      return headDelimiterCellBefore;
    }

    // More whitespace / empty row not allowed at start.
    return headDelimiterNok(code);
  }

  /**
   * After `|`, before delimiter cell.
   *
   * ```markdown
   *   | | a |
   * > | | - |
   *      ^
   * ```
   *
   * @type {State}
   */
  function headDelimiterCellBefore(code) {
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      return (0,micromark_factory_space/* factorySpace */.N)(effects, headDelimiterValueBefore, "whitespace")(code);
    }
    return headDelimiterValueBefore(code);
  }

  /**
   * Before delimiter cell value.
   *
   * ```markdown
   *   | | a |
   * > | | - |
   *       ^
   * ```
   *
   * @type {State}
   */
  function headDelimiterValueBefore(code) {
    // Align: left.
    if (code === 58) {
      sizeB += 1;
      seen = true;
      effects.enter('tableDelimiterMarker');
      effects.consume(code);
      effects.exit('tableDelimiterMarker');
      return headDelimiterLeftAlignmentAfter;
    }

    // Align: none.
    if (code === 45) {
      sizeB += 1;
      // To do: seems weird that this *isn\u2019t* left aligned, but that state is used?
      return headDelimiterLeftAlignmentAfter(code);
    }
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      return headDelimiterCellAfter(code);
    }
    return headDelimiterNok(code);
  }

  /**
   * After delimiter cell left alignment marker.
   *
   * ```markdown
   *   | | a  |
   * > | | :- |
   *        ^
   * ```
   *
   * @type {State}
   */
  function headDelimiterLeftAlignmentAfter(code) {
    if (code === 45) {
      effects.enter('tableDelimiterFiller');
      return headDelimiterFiller(code);
    }

    // Anything else is not ok after the left-align colon.
    return headDelimiterNok(code);
  }

  /**
   * In delimiter cell filler.
   *
   * ```markdown
   *   | | a |
   * > | | - |
   *       ^
   * ```
   *
   * @type {State}
   */
  function headDelimiterFiller(code) {
    if (code === 45) {
      effects.consume(code);
      return headDelimiterFiller;
    }

    // Align is `center` if it was `left`, `right` otherwise.
    if (code === 58) {
      seen = true;
      effects.exit('tableDelimiterFiller');
      effects.enter('tableDelimiterMarker');
      effects.consume(code);
      effects.exit('tableDelimiterMarker');
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit('tableDelimiterFiller');
    return headDelimiterRightAlignmentAfter(code);
  }

  /**
   * After delimiter cell right alignment marker.
   *
   * ```markdown
   *   | |  a |
   * > | | -: |
   *         ^
   * ```
   *
   * @type {State}
   */
  function headDelimiterRightAlignmentAfter(code) {
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      return (0,micromark_factory_space/* factorySpace */.N)(effects, headDelimiterCellAfter, "whitespace")(code);
    }
    return headDelimiterCellAfter(code);
  }

  /**
   * After delimiter cell.
   *
   * ```markdown
   *   | |  a |
   * > | | -: |
   *          ^
   * ```
   *
   * @type {State}
   */
  function headDelimiterCellAfter(code) {
    if (code === 124) {
      return headDelimiterBefore(code);
    }
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      // Exit when:
      // * there was no `:` or `|` at all (it\u2019s a thematic break or setext
      //   underline instead)
      // * the header cell count is not the delimiter cell count
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code);
      }

      // Note: in markdown-rs`, a reset is needed here.
      effects.exit('tableDelimiterRow');
      effects.exit('tableHead');
      // To do: in `markdown-rs`, resolvers need to be registered manually.
      // effects.register_resolver(ResolveName::GfmTable)
      return ok(code);
    }
    return headDelimiterNok(code);
  }

  /**
   * In delimiter row, at a disallowed byte.
   *
   * ```markdown
   *   | | a |
   * > | | x |
   *       ^
   * ```
   *
   * @type {State}
   */
  function headDelimiterNok(code) {
    // Note: in `markdown-rs`, we need to reset, in `micromark-js` we don\u2018t.
    return nok(code);
  }

  /**
   * Before table body row.
   *
   * ```markdown
   *   | | a |
   *   | | - |
   * > | | b |
   *     ^
   * ```
   *
   * @type {State}
   */
  function bodyRowStart(code) {
    // Note: in `markdown-rs` we need to manually take care of a prefix,
    // but in `micromark-js` that is done for us, so if we\u2019re here, we\u2019re
    // never at whitespace.
    effects.enter('tableRow');
    return bodyRowBreak(code);
  }

  /**
   * At break in table body row.
   *
   * ```markdown
   *   | | a |
   *   | | - |
   * > | | b |
   *     ^
   *       ^
   *         ^
   * ```
   *
   * @type {State}
   */
  function bodyRowBreak(code) {
    if (code === 124) {
      effects.enter('tableCellDivider');
      effects.consume(code);
      effects.exit('tableCellDivider');
      return bodyRowBreak;
    }
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.exit('tableRow');
      return ok(code);
    }
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      return (0,micromark_factory_space/* factorySpace */.N)(effects, bodyRowBreak, "whitespace")(code);
    }

    // Anything else is cell content.
    effects.enter("data");
    return bodyRowData(code);
  }

  /**
   * In table body row data.
   *
   * ```markdown
   *   | | a |
   *   | | - |
   * > | | b |
   *       ^
   * ```
   *
   * @type {State}
   */
  function bodyRowData(code) {
    if (code === null || code === 124 || (0,micromark_util_character/* markdownLineEndingOrSpace */.Ee)(code)) {
      effects.exit("data");
      return bodyRowBreak(code);
    }
    effects.consume(code);
    return code === 92 ? bodyRowEscape : bodyRowData;
  }

  /**
   * In table body row escape.
   *
   * ```markdown
   *   | | a    |
   *   | | ---- |
   * > | | b\-c |
   *         ^
   * ```
   *
   * @type {State}
   */
  function bodyRowEscape(code) {
    if (code === 92 || code === 124) {
      effects.consume(code);
      return bodyRowData;
    }
    return bodyRowData(code);
  }
}

/** @type {Resolver} */

function resolveTable(events, context) {
  let index = -1;
  let inFirstCellAwaitingPipe = true;
  /** @type {RowKind} */
  let rowKind = 0;
  /** @type {Range} */
  let lastCell = [0, 0, 0, 0];
  /** @type {Range} */
  let cell = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  /** @type {Token | undefined} */
  let currentTable;
  /** @type {Token | undefined} */
  let currentBody;
  /** @type {Token | undefined} */
  let currentCell;
  const map = new EditMap();
  while (++index < events.length) {
    const event = events[index];
    const token = event[1];
    if (event[0] === 'enter') {
      // Start of head.
      if (token.type === 'tableHead') {
        afterHeadAwaitingFirstBodyRow = false;

        // Inject previous (body end and) table end.
        if (lastTableEnd !== 0) {
          flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
          currentBody = undefined;
          lastTableEnd = 0;
        }

        // Inject table start.
        currentTable = {
          type: 'table',
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
        };
        map.add(index, 0, [['enter', currentTable, context]]);
      } else if (token.type === 'tableRow' || token.type === 'tableDelimiterRow') {
        inFirstCellAwaitingPipe = true;
        currentCell = undefined;
        lastCell = [0, 0, 0, 0];
        cell = [0, index + 1, 0, 0];

        // Inject table body start.
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: 'tableBody',
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
          };
          map.add(index, 0, [['enter', currentBody, context]]);
        }
        rowKind = token.type === 'tableDelimiterRow' ? 2 : currentBody ? 3 : 1;
      }
      // Cell data.
      else if (rowKind && (token.type === "data" || token.type === 'tableDelimiterMarker' || token.type === 'tableDelimiterFiller')) {
        inFirstCellAwaitingPipe = false;

        // First value in cell.
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, undefined, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index;
        }
      } else if (token.type === 'tableCellDivider') {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, undefined, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index, 0, 0];
        }
      }
    }
    // Exit events.
    else if (token.type === 'tableHead') {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index;
    } else if (token.type === 'tableRow' || token.type === 'tableDelimiterRow') {
      lastTableEnd = index;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map, context, lastCell, rowKind, index, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map, context, cell, rowKind, index, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === 'tableDelimiterMarker' || token.type === 'tableDelimiterFiller')) {
      cell[3] = index;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
  }
  map.consume(context.events);

  // To do: move this into `html`, when events are exposed there.
  // That\u2019s what `markdown-rs` does.
  // That needs updates to `mdast-util-gfm-table`.
  index = -1;
  while (++index < context.events.length) {
    const event = context.events[index];
    if (event[0] === 'enter' && event[1].type === 'table') {
      event[1]._align = gfmTableAlign(context.events, index);
    }
  }
  return events;
}

/**
 * Generate a cell.
 *
 * @param {EditMap} map
 *   Edit map to apply to.
 * @param {Readonly<TokenizeContext>} context
 *   Tokenize context.
 * @param {Readonly<Range>} range
 *   Range of the cell within events.
 * @param {RowKind} rowKind
 *   Type of row.
 * @param {number | undefined} rowEnd
 *   Index of the end of the row, if known.
 * @param {Token | undefined} previousCell
 *   Previous cell token, if any.
 * @returns {Token | undefined}
 *   Current cell token after flushing, if any.
 */
// eslint-disable-next-line max-params
function flushCell(map, context, range, rowKind, rowEnd, previousCell) {
  // `markdown-rs` uses:
  // rowKind === 2 ? 'tableDelimiterCell' : 'tableCell'
  const groupName = rowKind === 1 ? 'tableHeader' : rowKind === 2 ? 'tableDelimiter' : 'tableData';
  // `markdown-rs` uses:
  // rowKind === 2 ? 'tableDelimiterCellValue' : 'tableCellText'
  const valueName = 'tableContent';

  // Insert an exit for the previous cell, if there is one.
  //
  // ```markdown
  // > | | aa | bb | cc |
  //          ^-- exit
  //           ^^^^-- this cell
  // ```
  if (range[0] !== 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, range[0]));
    map.add(range[0], 0, [['exit', previousCell, context]]);
  }

  // Insert enter of this cell.
  //
  // ```markdown
  // > | | aa | bb | cc |
  //           ^-- enter
  //           ^^^^-- this cell
  // ```
  const now = getPoint(context.events, range[1]);
  previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map.add(range[1], 0, [['enter', previousCell, context]]);

  // Insert text start at first data start and end at last data end, and
  // remove events between.
  //
  // ```markdown
  // > | | aa | bb | cc |
  //            ^-- enter
  //             ^-- exit
  //           ^^^^-- this cell
  // ```
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    /** @type {Token} */
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map.add(range[2], 0, [['enter', valueToken, context]]);
    if (rowKind !== 2) {
      // Fix positional info on remaining events
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = Object.assign({}, end[1].end);
      start[1].type = "chunkText";
      start[1].contentType = "text";

      // Remove if needed.
      if (range[3] > range[2] + 1) {
        const a = range[2] + 1;
        const b = range[3] - range[2] - 1;
        map.add(a, b, []);
      }
    }
    map.add(range[3] + 1, 0, [['exit', valueToken, context]]);
  }

  // Insert an exit for the last cell, if at the row end.
  //
  // ```markdown
  // > | | aa | bb | cc |
  //                    ^-- exit
  //               ^^^^^^-- this cell (the last one contains two \u201cbetween\u201d parts)
  // ```
  if (rowEnd !== undefined) {
    previousCell.end = Object.assign({}, getPoint(context.events, rowEnd));
    map.add(rowEnd, 0, [['exit', previousCell, context]]);
    previousCell = undefined;
  }
  return previousCell;
}

/**
 * Generate table end (and table body end).
 *
 * @param {Readonly<EditMap>} map
 *   Edit map to apply to.
 * @param {Readonly<TokenizeContext>} context
 *   Tokenize context.
 * @param {number} index
 *   Index within the events where the table end should be inserted.
 * @param {Token} table
 *   Table token.
 * @param {Token | undefined} tableBody
 *   Table body token, if any.
 * @returns {undefined}
 *   Nothing.
 */
// eslint-disable-next-line max-params
function flushTableEnd(map, context, index, table, tableBody) {
  /** @type {Array<Event>} */
  const exits = [];
  const related = getPoint(context.events, index);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(['exit', tableBody, context]);
  }
  table.end = Object.assign({}, related);
  exits.push(['exit', table, context]);
  map.add(index + 1, 0, exits);
}

/**
 * Get the point (start or end) for a given event in the list of events.
 *
 * @param {Readonly<Array<Event>>} events
 *   List of events.
 * @param {number} index
 *   Index of the event to get the point for.
 * @returns {Readonly<Point>}
 *   Start point for enter and end point for exit.
 */
function getPoint(events, index) {
  const event = events[index];
  const side = event[0] === 'enter' ? 'start' : 'end';
  return event[1][side];
}

/***/ }),

/***/ 2328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ factorySpaceMinMax),
/* harmony export */   N: () => (/* binding */ factorySpace)
/* harmony export */ });
/* harmony import */ var micromark_util_character__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(401);
/**
 * @import {Effects, State, TokenType} from 'micromark-util-types'
 */



// To do: implement `spaceOrTabWithOptions` (`connect`, `content`).

/**
 * Parse spaces and tabs.
 *
 * There is no `nok` parameter:
 *
 * *   spaces in markdown are often optional, in which case this factory can be
 *     used and `ok` will be switched to whether spaces were found or not
 * *   one line ending or space can be detected with `markdownSpace(code)` right
 *     before using `factorySpace`
 *
 * ###### Examples
 *
 * Where `\u2409` represents a tab (plus how much it expands) and `\u2420` represents a
 * single space.
 *
 * ```markdown
 * \u2409
 * \u2420\u2420\u2420\u2420
 * \u2409\u2420
 * ```
 *
 * @param {Effects} effects
 *   Context.
 * @param {State} ok
 *   State switched to when successful.
 * @param {TokenType} type
 *   Type of the whole whitespace.
 * @param {number | undefined} [max=Infinity]
 *   Max (exclusive).
 * @returns {State}
 *   Start state.
 */
function factorySpace(effects, ok, type, max) {
  const limit = max ? max - 1 : Infinity;
  let size = 0;
  return start;

  /** @type {State} */
  function start(code) {
    if ((0,micromark_util_character__WEBPACK_IMPORTED_MODULE_0__/* .markdownSpace */ .On)(code)) {
      effects.enter(type);
      return prefix(code);
    }
    return ok(code);
  }

  /** @type {State} */
  function prefix(code) {
    if ((0,micromark_util_character__WEBPACK_IMPORTED_MODULE_0__/* .markdownSpace */ .On)(code) && size++ < limit) {
      effects.consume(code);
      return prefix;
    }
    effects.exit(type);
    return ok(code);
  }
}

/**
 * Parse spaces and tabs, with a required minimum and maximum, matching
 * `markdown-rs`\u2019s `space_or_tab_min_max`.
 *
 * Unlike `factorySpace`, this can fail: `nok` is used when fewer than
 * `min` spaces or tabs are found.
 *
 * @param {Effects} effects
 *   Context.
 * @param {State} ok
 *   State switched to when successful.
 * @param {State} nok
 *   State switched to when unsuccessful.
 * @param {TokenType} type
 *   Type of the whole whitespace.
 * @param {number} min
 *   Minimum allowed characters (inclusive).
 * @param {number} max
 *   Maximum allowed characters (inclusive).
 * @returns {State}
 *   Start state.
 */
function factorySpaceMinMax(effects, ok, nok, type, min, max) {
  let size = 0;
  return start;

  /** @type {State} */
  function start(code) {
    if (max > 0 && (0,micromark_util_character__WEBPACK_IMPORTED_MODULE_0__/* .markdownSpace */ .On)(code)) {
      effects.enter(type);
      return prefix(code);
    }
    return after(code);
  }

  /** @type {State} */
  function prefix(code) {
    if ((0,micromark_util_character__WEBPACK_IMPORTED_MODULE_0__/* .markdownSpace */ .On)(code) && size < max) {
      effects.consume(code);
      size++;
      return prefix;
    }
    effects.exit(type);
    return after(code);
  }

  /** @type {State} */
  function after(code) {
    return size >= min ? ok(code) : nok(code);
  }
}

/***/ }),

/***/ 401:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ asciiDigit),
/* harmony export */   CW: () => (/* binding */ asciiAlpha),
/* harmony export */   Ee: () => (/* binding */ markdownLineEndingOrSpace),
/* harmony export */   HP: () => (/* binding */ markdownLineEnding),
/* harmony export */   JQ: () => (/* binding */ asciiControl),
/* harmony export */   Ny: () => (/* binding */ unicodeWhitespace),
/* harmony export */   On: () => (/* binding */ markdownSpace),
/* harmony export */   cx: () => (/* binding */ asciiAtext),
/* harmony export */   es: () => (/* binding */ unicodePunctuation),
/* harmony export */   lV: () => (/* binding */ asciiAlphanumeric),
/* harmony export */   ok: () => (/* binding */ asciiHexDigit),
/* harmony export */   ol: () => (/* binding */ asciiPunctuation)
/* harmony export */ });
/**
 * @import {Code} from 'micromark-util-types'
 */

/**
 * Check whether the character code represents an ASCII alpha (`a` through `z`,
 * case insensitive).
 *
 * An **ASCII alpha** is an ASCII upper alpha or ASCII lower alpha.
 *
 * An **ASCII upper alpha** is a character in the inclusive range U+0041 (`A`)
 * to U+005A (`Z`).
 *
 * An **ASCII lower alpha** is a character in the inclusive range U+0061 (`a`)
 * to U+007A (`z`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiAlpha = regexCheck(/[A-Za-z]/);

/**
 * Check whether the character code represents an ASCII alphanumeric (`a`
 * through `z`, case insensitive, or `0` through `9`).
 *
 * An **ASCII alphanumeric** is an ASCII digit (see `asciiDigit`) or ASCII alpha
 * (see `asciiAlpha`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);

/**
 * Check whether the character code represents an ASCII atext.
 *
 * atext is an ASCII alphanumeric (see `asciiAlphanumeric`), or a character in
 * the inclusive ranges U+0023 NUMBER SIGN (`#`) to U+0027 APOSTROPHE (`'`),
 * U+002A ASTERISK (`*`), U+002B PLUS SIGN (`+`), U+002D DASH (`-`), U+002F
 * SLASH (`/`), U+003D EQUALS TO (`=`), U+003F QUESTION MARK (`?`), U+005E
 * CARET (`^`) to U+0060 GRAVE ACCENT (`` ` ``), or U+007B LEFT CURLY BRACE
 * (`{`) to U+007E TILDE (`~`).
 *
 * See:
 * **\[RFC5322]**:
 * [Internet Message Format](https://tools.ietf.org/html/rfc5322).
 * P. Resnick.
 * IETF.
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);

/**
 * Check whether a character code is an ASCII control character.
 *
 * An **ASCII control** is a character in the inclusive range U+0000 NULL (NUL)
 * to U+001F (US), or U+007F (DEL).
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function asciiControl(code) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code !== null && (code < 32 || code === 127)
  );
}

/**
 * Check whether the character code represents an ASCII digit (`0` through `9`).
 *
 * An **ASCII digit** is a character in the inclusive range U+0030 (`0`) to
 * U+0039 (`9`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiDigit = regexCheck(/\d/);

/**
 * Check whether the character code represents an ASCII hex digit (`a` through
 * `f`, case insensitive, or `0` through `9`).
 *
 * An **ASCII hex digit** is an ASCII digit (see `asciiDigit`), ASCII upper hex
 * digit, or an ASCII lower hex digit.
 *
 * An **ASCII upper hex digit** is a character in the inclusive range U+0041
 * (`A`) to U+0046 (`F`).
 *
 * An **ASCII lower hex digit** is a character in the inclusive range U+0061
 * (`a`) to U+0066 (`f`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiHexDigit = regexCheck(/[\dA-Fa-f]/);

/**
 * Check whether the character code represents ASCII punctuation.
 *
 * An **ASCII punctuation** is a character in the inclusive ranges U+0021
 * EXCLAMATION MARK (`!`) to U+002F SLASH (`/`), U+003A COLON (`:`) to U+0040 AT
 * SIGN (`@`), U+005B LEFT SQUARE BRACKET (`[`) to U+0060 GRAVE ACCENT
 * (`` ` ``), or U+007B LEFT CURLY BRACE (`{`) to U+007E TILDE (`~`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);

/**
 * Check whether a character code is a markdown line ending.
 *
 * A **markdown line ending** is the virtual characters M-0003 CARRIAGE RETURN
 * LINE FEED (CRLF), M-0004 LINE FEED (LF) and M-0005 CARRIAGE RETURN (CR).
 *
 * In micromark, the actual character U+000A LINE FEED (LF) and U+000D CARRIAGE
 * RETURN (CR) are replaced by these virtual characters depending on whether
 * they occurred together.
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function markdownLineEnding(code) {
  return code !== null && code < -2;
}

/**
 * Check whether a character code is a markdown line ending (see
 * `markdownLineEnding`) or markdown space (see `markdownSpace`).
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function markdownLineEndingOrSpace(code) {
  return code !== null && (code < 0 || code === 32);
}

/**
 * Check whether a character code is a markdown space.
 *
 * A **markdown space** is the concrete character U+0020 SPACE (SP) and the
 * virtual characters M-0001 VIRTUAL SPACE (VS) and M-0002 HORIZONTAL TAB (HT).
 *
 * In micromark, the actual character U+0009 CHARACTER TABULATION (HT) is
 * replaced by one M-0002 HORIZONTAL TAB (HT) and between 0 and 3 M-0001 VIRTUAL
 * SPACE (VS) characters, depending on the column at which the tab occurred.
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function markdownSpace(code) {
  return code === -2 || code === -1 || code === 32;
}

// Size note: removing ASCII from the regex and using `asciiPunctuation` here
// In fact adds to the bundle size.
/**
 * Check whether the character code represents Unicode punctuation.
 *
 * A **Unicode punctuation** is a character in the Unicode `Pc` (Punctuation,
 * Connector), `Pd` (Punctuation, Dash), `Pe` (Punctuation, Close), `Pf`
 * (Punctuation, Final quote), `Pi` (Punctuation, Initial quote), `Po`
 * (Punctuation, Other), or `Ps` (Punctuation, Open) categories, or an ASCII
 * punctuation (see `asciiPunctuation`).
 *
 * See:
 * **\[UNICODE]**:
 * [The Unicode Standard](https://www.unicode.org/versions/).
 * Unicode Consortium.
 *
 * @param code
 *   Code.
 * @returns
 *   Whether it matches.
 */
const unicodePunctuation = regexCheck(/\p{P}|\p{S}/u);

/**
 * Check whether the character code represents Unicode whitespace.
 *
 * Note that this does handle micromark specific markdown whitespace characters.
 * See `markdownLineEndingOrSpace` to check that.
 *
 * A **Unicode whitespace** is a character in the Unicode `Zs` (Separator,
 * Space) category, or U+0009 CHARACTER TABULATION (HT), U+000A LINE FEED (LF),
 * U+000C (FF), or U+000D CARRIAGE RETURN (CR) (**\[UNICODE]**).
 *
 * See:
 * **\[UNICODE]**:
 * [The Unicode Standard](https://www.unicode.org/versions/).
 * Unicode Consortium.
 *
 * @param code
 *   Code.
 * @returns
 *   Whether it matches.
 */
const unicodeWhitespace = regexCheck(/\s/);

/**
 * Create a code check from a regex.
 *
 * @param {RegExp} regex
 *   Expression.
 * @returns {(code: Code) => boolean}
 *   Check.
 */
function regexCheck(regex) {
  return check;

  /**
   * Check whether a code matches the bound regex.
   *
   * @param {Code} code
   *   Character code.
   * @returns {boolean}
   *   Whether the character code matches the bound regex.
   */
  function check(code) {
    return code !== null && code > -1 && regex.test(String.fromCharCode(code));
  }
}

/***/ }),

/***/ 5254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ push),
/* harmony export */   m: () => (/* binding */ splice)
/* harmony export */ });
/**
 * Like `Array#splice`, but smarter for giant arrays.
 *
 * `Array#splice` takes all items to be inserted as individual argument which
 * causes a stack overflow in V8 when trying to insert 100k items for instance.
 *
 * Otherwise, this does not return the removed items, and takes `items` as an
 * array instead of rest parameters.
 *
 * @template {unknown} T
 *   Item type.
 * @param {Array<T>} list
 *   List to operate on.
 * @param {number} start
 *   Index to remove/insert at (can be negative).
 * @param {number} remove
 *   Number of items to remove.
 * @param {Array<T>} items
 *   Items to inject into `list`.
 * @returns {undefined}
 *   Nothing.
 */
function splice(list, start, remove, items) {
  const end = list.length;
  let chunkStart = 0;
  /** @type {Array<unknown>} */
  let parameters;

  // Make start between zero and `end` (included).
  if (start < 0) {
    start = -start > end ? 0 : end + start;
  } else {
    start = start > end ? end : start;
  }
  remove = remove > 0 ? remove : 0;

  // No need to chunk the items if there\u2019s only a couple (10k) items.
  if (items.length < 10000) {
    parameters = Array.from(items);
    parameters.unshift(start, remove);
    // @ts-expect-error Hush, it\u2019s fine.
    list.splice(...parameters);
  } else {
    // Delete `remove` items starting from `start`
    if (remove) list.splice(start, remove);

    // Insert the items in chunks to not cause stack overflows.
    while (chunkStart < items.length) {
      parameters = items.slice(chunkStart, chunkStart + 10000);
      parameters.unshift(start, 0);
      // @ts-expect-error Hush, it\u2019s fine.
      list.splice(...parameters);
      chunkStart += 10000;
      start += 10000;
    }
  }
}

/**
 * Append `items` (an array) at the end of `list` (another array).
 * When `list` was empty, returns `items` instead.
 *
 * This prevents a potentially expensive operation when `list` is empty,
 * and adds items in batches to prevent V8 from hanging.
 *
 * @template {unknown} T
 *   Item type.
 * @param {Array<T>} list
 *   List to operate on.
 * @param {Array<T>} items
 *   Items to add to `list`.
 * @returns {Array<T>}
 *   Either `list` or `items`.
 */
function push(list, items) {
  if (list.length > 0) {
    splice(list, list.length, 0, items);
    return list;
  }
  return items;
}

/***/ }),

/***/ 31:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ normalizeIdentifier)
/* harmony export */ });
/**
 * Normalize an identifier (as found in references, definitions).
 *
 * Collapses markdown whitespace, trim, and then lower- and uppercase.
 *
 * Some characters are considered \u201cuppercase\u201d, such as U+03F4 (`\u03f4`), but if their
 * lowercase counterpart (U+03B8 (`\u03b8`)) is uppercased will result in a different
 * uppercase character (U+0398 (`\u0398`)).
 * So, to get a canonical form, we perform both lower- and uppercase.
 *
 * Using uppercase last makes sure keys will never interact with default
 * prototypal values (such as `constructor`): nothing in the prototype of
 * `Object` is uppercase.
 *
 * @param {string} value
 *   Identifier to normalize.
 * @returns {string}
 *   Normalized identifier.
 */
function normalizeIdentifier(value) {
  return value
  // Collapse markdown whitespace.
  .replace(/[\t\n\r ]+/g, " ")
  // Trim.
  .replace(/^ | $/g, '')
  // Some characters are considered \u201cuppercase\u201d, but if their lowercase
  // counterpart is uppercased will result in a different uppercase
  // character.
  // Hence, to get that form, we perform both lower- and uppercase.
  // Upper case makes sure keys will not interact with default prototypal
  // methods: no method is uppercase.
  .toLowerCase().toUpperCase();
}

/***/ }),

/***/ 5586:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  w: () => (/* binding */ subtokenize)
});

// UNUSED EXPORTS: SpliceBuffer

// EXTERNAL MODULE: ./node_modules/micromark-util-chunked/index.js
var micromark_util_chunked = __nccwpck_require__(5254);
;// CONCATENATED MODULE: ./node_modules/micromark-util-subtokenize/lib/splice-buffer.js
/**
 * Some of the internal operations of micromark do lots of editing
 * operations on very large arrays. This runs into problems with two
 * properties of most circa-2020 JavaScript interpreters:
 *
 *  - Array-length modifications at the high end of an array (push/pop) are
 *    expected to be common and are implemented in (amortized) time
 *    proportional to the number of elements added or removed, whereas
 *    other operations (shift/unshift and splice) are much less efficient.
 *  - Function arguments are passed on the stack, so adding tens of thousands
 *    of elements to an array with `arr.push(...newElements)` will frequently
 *    cause stack overflows. (see <https://stackoverflow.com/questions/22123769/rangeerror-maximum-call-stack-size-exceeded-why>)
 *
 * SpliceBuffers are an implementation of gap buffers, which are a
 * generalization of the "queue made of two stacks" idea. The splice buffer
 * maintains a cursor, and moving the cursor has cost proportional to the
 * distance the cursor moves, but inserting, deleting, or splicing in
 * new information at the cursor is as efficient as the push/pop operation.
 * This allows for an efficient sequence of splices (or pushes, pops, shifts,
 * or unshifts) as long such edits happen at the same part of the array or
 * generally sweep through the array from the beginning to the end.
 *
 * The interface for splice buffers also supports large numbers of inputs by
 * passing a single array argument rather passing multiple arguments on the
 * function call stack.
 *
 * @template T
 *   Item type.
 */
class SpliceBuffer {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    /** @type {Array<T>} */
    this.left = initial ? [...initial] : [];
    /** @type {Array<T>} */
    this.right = [];
  }

  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index) {
    if (index < 0 || index >= this.left.length + this.right.length) {
      throw new RangeError('Cannot access index `' + index + '` in a splice buffer of size `' + (this.left.length + this.right.length) + '`');
    }
    if (index < this.left.length) return this.left[index];
    return this.right[this.right.length - index + this.left.length - 1];
  }

  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }

  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    this.setCursor(0);
    return this.right.pop();
  }

  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start, end) {
    /** @type {number} */
    const stop = end === null || end === undefined ? Number.POSITIVE_INFINITY : end;
    if (stop < this.left.length) {
      return this.left.slice(start, stop);
    }
    if (start > this.left.length) {
      return this.right.slice(this.right.length - stop + this.left.length, this.right.length - start + this.left.length).reverse();
    }
    return this.left.slice(start).concat(this.right.slice(this.right.length - stop + this.left.length).reverse());
  }

  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start, deleteCount, items) {
    /** @type {number} */
    const count = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    const removed = this.right.splice(this.right.length - count, Number.POSITIVE_INFINITY);
    if (items) chunkedPush(this.left, items);
    return removed.reverse();
  }

  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    this.setCursor(Number.POSITIVE_INFINITY);
    return this.left.pop();
  }

  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY);
    this.left.push(item);
  }

  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items) {
    this.setCursor(Number.POSITIVE_INFINITY);
    chunkedPush(this.left, items);
  }

  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0);
    this.right.push(item);
  }

  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items) {
    this.setCursor(0);
    chunkedPush(this.right, items.reverse());
  }

  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0) return;
    if (n < this.left.length) {
      // Move cursor to the this.left
      const removed = this.left.splice(n, Number.POSITIVE_INFINITY);
      chunkedPush(this.right, removed.reverse());
    } else {
      // Move cursor to the this.right
      const removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
      chunkedPush(this.left, removed.reverse());
    }
  }
}

/**
 * Avoid stack overflow by pushing items onto the stack in segments
 *
 * @template T
 *   Item type.
 * @param {Array<T>} list
 *   List to inject into.
 * @param {ReadonlyArray<T>} right
 *   Items to inject.
 * @return {undefined}
 *   Nothing.
 */
function chunkedPush(list, right) {
  /** @type {number} */
  let chunkStart = 0;
  if (right.length < 10000) {
    list.push(...right);
  } else {
    while (chunkStart < right.length) {
      list.push(...right.slice(chunkStart, chunkStart + 10000));
      chunkStart += 10000;
    }
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-util-subtokenize/index.js
/**
 * @import {Chunk, Event, Token} from 'micromark-util-types'
 */




// Hidden API exposed for testing.


/**
 * Tokenize subcontent.
 *
 * @param {Array<Event>} eventsArray
 *   List of events.
 * @returns {boolean}
 *   Whether subtokens were found.
 */
// eslint-disable-next-line complexity
function subtokenize(eventsArray) {
  /** @type {Record<string, number>} */
  const jumps = {};
  let index = -1;
  /** @type {Event} */
  let event;
  /** @type {number | undefined} */
  let lineIndex;
  /** @type {number} */
  let otherIndex;
  /** @type {Event} */
  let otherEvent;
  /** @type {Array<Event>} */
  let parameters;
  /** @type {Array<Event>} */
  let subevents;
  /** @type {boolean | undefined} */
  let more;
  const events = new SpliceBuffer(eventsArray);
  while (++index < events.length) {
    while (index in jumps) {
      index = jumps[index];
    }
    event = events.get(index);

    // Add a hook for the GFM tasklist extension, which needs to know if text
    // is in the first content of a list item.
    if (index && event[1].type === "chunkFlow" && events.get(index - 1)[1].type === "listItemPrefix") {
      subevents = event[1]._tokenizer.events;
      otherIndex = 0;
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank") {
        otherIndex += 2;
      }
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "content") {
        while (++otherIndex < subevents.length) {
          if (subevents[otherIndex][1].type === "content") {
            break;
          }
          if (subevents[otherIndex][1].type === "chunkText") {
            subevents[otherIndex][1]._isInFirstContentOfListItem = true;
            otherIndex++;
          }
        }
      }
    }

    // Enter.
    if (event[0] === 'enter') {
      if (event[1].contentType) {
        Object.assign(jumps, subcontent(events, index));
        index = jumps[index];
        more = true;
      }
    }
    // Exit.
    else if (event[1]._container) {
      otherIndex = index;
      lineIndex = undefined;
      while (otherIndex--) {
        otherEvent = events.get(otherIndex);
        if (otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank") {
          if (otherEvent[0] === 'enter') {
            if (lineIndex) {
              events.get(lineIndex)[1].type = "lineEndingBlank";
            }
            otherEvent[1].type = "lineEnding";
            lineIndex = otherIndex;
          }
        } else if (otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent") {
          // Move past.
        } else {
          break;
        }
      }
      if (lineIndex) {
        // Fix position.
        event[1].end = {
          ...events.get(lineIndex)[1].start
        };

        // Switch container exit w/ line endings.
        parameters = events.slice(lineIndex, index);
        parameters.unshift(event);
        events.splice(lineIndex, index - lineIndex + 1, parameters);
      }
    }
  }

  // The changes to the `events` buffer must be copied back into the eventsArray
  (0,micromark_util_chunked/* splice */.m)(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0));
  return !more;
}

/**
 * Tokenize embedded tokens.
 *
 * @param {SpliceBuffer<Event>} events
 *   Events.
 * @param {number} eventIndex
 *   Index.
 * @returns {Record<string, number>}
 *   Gaps.
 */
function subcontent(events, eventIndex) {
  const token = events.get(eventIndex)[1];
  const context = events.get(eventIndex)[2];
  let startPosition = eventIndex - 1;
  /** @type {Array<number>} */
  const startPositions = [];
  let tokenizer = token._tokenizer;
  if (!tokenizer) {
    tokenizer = context.parser[token.contentType](token.start);
    if (token._contentTypeTextTrailing) {
      tokenizer._contentTypeTextTrailing = true;
    }
  }
  const childEvents = tokenizer.events;
  /** @type {Array<[number, number]>} */
  const jumps = [];
  /** @type {Record<string, number>} */
  const gaps = {};
  /** @type {Array<Chunk>} */
  let stream;
  /** @type {Token | undefined} */
  let previous;
  let index = -1;
  /** @type {Token | undefined} */
  let current = token;
  let adjust = 0;
  let start = 0;
  const breaks = [start];

  // Loop forward through the linked tokens to pass them in order to the
  // subtokenizer.
  while (current) {
    // Find the position of the event for this token.
    while (events.get(++startPosition)[1] !== current) {
      // Empty.
    }
    startPositions.push(startPosition);
    if (!current._tokenizer) {
      stream = context.sliceStream(current);
      if (!current.next) {
        stream.push(null);
      }
      if (previous) {
        tokenizer.defineSkip(current.start);
      }
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = true;
      }
      tokenizer.write(stream);
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = undefined;
      }
    }

    // Unravel the next token.
    previous = current;
    current = current.next;
  }

  // Now, loop back through all events (and linked tokens), to figure out which
  // parts belong where.
  current = token;
  while (++index < childEvents.length) {
    if (
    // Find a void token that includes a break.
    childEvents[index][0] === 'exit' && childEvents[index - 1][0] === 'enter' && childEvents[index][1].type === childEvents[index - 1][1].type && childEvents[index][1].start.line !== childEvents[index][1].end.line) {
      start = index + 1;
      breaks.push(start);
      // Help GC.
      current._tokenizer = undefined;
      current.previous = undefined;
      current = current.next;
    }
  }

  // Help GC.
  tokenizer.events = [];

  // If there\u2019s one more token (which is the cases for lines that end in an
  // EOF), that\u2019s perfect: the last point we found starts it.
  // If there isn\u2019t then make sure any remaining content is added to it.
  if (current) {
    // Help GC.
    current._tokenizer = undefined;
    current.previous = undefined;
  } else {
    breaks.pop();
  }

  // Now splice the events from the subtokenizer into the current events,
  // moving back to front so that splice indices aren\u2019t affected.
  index = breaks.length;
  while (index--) {
    const slice = childEvents.slice(breaks[index], breaks[index + 1]);
    const start = startPositions.pop();
    jumps.push([start, start + slice.length - 1]);
    events.splice(start, 2, slice);
  }
  jumps.reverse();
  index = -1;
  while (++index < jumps.length) {
    gaps[adjust + jumps[index][0]] = adjust + jumps[index][1];
    adjust += jumps[index][1] - jumps[index][0] - 1;
  }
  return gaps;
}

/***/ }),

/***/ 4780:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  q: () => (/* binding */ parse)
});

// NAMESPACE OBJECT: ./node_modules/micromark/lib/constructs.js
var constructs_namespaceObject = {};
__nccwpck_require__.r(constructs_namespaceObject);
__nccwpck_require__.d(constructs_namespaceObject, {
  attentionMarkers: () => (attentionMarkers),
  contentInitial: () => (contentInitial),
  disable: () => (disable),
  document: () => (constructs_document),
  flow: () => (constructs_flow),
  flowInitial: () => (flowInitial),
  insideSpan: () => (insideSpan),
  string: () => (constructs_string),
  text: () => (constructs_text)
});

// EXTERNAL MODULE: ./node_modules/micromark-util-chunked/index.js
var micromark_util_chunked = __nccwpck_require__(5254);
;// CONCATENATED MODULE: ./node_modules/micromark-util-combine-extensions/index.js
/**
 * @import {
 *   Extension,
 *   Handles,
 *   HtmlExtension,
 *   NormalizedExtension
 * } from 'micromark-util-types'
 */



const micromark_util_combine_extensions_hasOwnProperty = {}.hasOwnProperty

/**
 * Combine multiple syntax extensions into one.
 *
 * @param {ReadonlyArray<Extension>} extensions
 *   List of syntax extensions.
 * @returns {NormalizedExtension}
 *   A single combined extension.
 */
function combineExtensions(extensions) {
  /** @type {NormalizedExtension} */
  const all = {}
  let index = -1

  while (++index < extensions.length) {
    syntaxExtension(all, extensions[index])
  }

  return all
}

/**
 * Merge `extension` into `all`.
 *
 * @param {NormalizedExtension} all
 *   Extension to merge into.
 * @param {Extension} extension
 *   Extension to merge.
 * @returns {undefined}
 *   Nothing.
 */
function syntaxExtension(all, extension) {
  /** @type {keyof Extension} */
  let hook

  for (hook in extension) {
    const maybe = micromark_util_combine_extensions_hasOwnProperty.call(all, hook) ? all[hook] : undefined
    /** @type {Record<string, unknown>} */
    const left = maybe || (all[hook] = {})
    /** @type {Record<string, unknown> | undefined} */
    const right = extension[hook]
    /** @type {string} */
    let code

    if (right) {
      for (code in right) {
        if (!micromark_util_combine_extensions_hasOwnProperty.call(left, code)) left[code] = []
        const value = right[code]
        constructs(
          // @ts-expect-error Looks like a list.
          left[code],
          Array.isArray(value) ? value : value ? [value] : []
        )
      }
    }
  }
}

/**
 * Merge `list` into `existing` (both lists of constructs).
 * Mutates `existing`.
 *
 * @param {Array<unknown>} existing
 *   List of constructs to merge into.
 * @param {Array<unknown>} list
 *   List of constructs to merge.
 * @returns {undefined}
 *   Nothing.
 */
function constructs(existing, list) {
  let index = -1
  /** @type {Array<unknown>} */
  const before = []

  while (++index < list.length) {
    // @ts-expect-error Looks like an object.
    ;(list[index].add === 'after' ? existing : before).push(list[index])
  }

  (0,micromark_util_chunked/* splice */.m)(existing, 0, 0, before)
}

/**
 * Combine multiple HTML extensions into one.
 *
 * @param {ReadonlyArray<HtmlExtension>} htmlExtensions
 *   List of HTML extensions.
 * @returns {HtmlExtension}
 *   Single combined HTML extension.
 */
function combineHtmlExtensions(htmlExtensions) {
  /** @type {HtmlExtension} */
  const handlers = {}
  let index = -1

  while (++index < htmlExtensions.length) {
    htmlExtension(handlers, htmlExtensions[index])
  }

  return handlers
}

/**
 * Merge `extension` into `all`.
 *
 * @param {HtmlExtension} all
 *   Extension to merge into.
 * @param {HtmlExtension} extension
 *   Extension to merge.
 * @returns {undefined}
 *   Nothing.
 */
function htmlExtension(all, extension) {
  /** @type {keyof HtmlExtension} */
  let hook

  for (hook in extension) {
    const maybe = micromark_util_combine_extensions_hasOwnProperty.call(all, hook) ? all[hook] : undefined
    const left = maybe || (all[hook] = {})
    const right = extension[hook]
    /** @type {keyof Handles} */
    let type

    if (right) {
      for (type in right) {
        // @ts-expect-error assume document vs regular handler are managed correctly.
        left[type] = right[type]
      }
    }
  }
}

// EXTERNAL MODULE: ./node_modules/micromark-factory-space/index.js
var micromark_factory_space = __nccwpck_require__(2328);
// EXTERNAL MODULE: ./node_modules/micromark-util-character/index.js
var micromark_util_character = __nccwpck_require__(401);
;// CONCATENATED MODULE: ./node_modules/micromark/lib/initialize/content.js
/**
 * @import {
 *   InitialConstruct,
 *   Initializer,
 *   State,
 *   TokenizeContext,
 *   Token
 * } from 'micromark-util-types'
 */



/** @type {InitialConstruct} */
const content = {
  tokenize: initializeContent
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Initializer}
 *   Content.
 */
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  /** @type {Token} */
  let previous;
  return contentStart;

  /** @type {State} */
  function afterContentStartConstruct(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return (0,micromark_factory_space/* factorySpace */.N)(effects, contentStart, "linePrefix");
  }

  /** @type {State} */
  function paragraphInitial(code) {
    effects.enter("paragraph");
    return lineStart(code);
  }

  /** @type {State} */
  function lineStart(code) {
    const token = effects.enter("chunkText", {
      contentType: "text",
      previous
    });
    if (previous) {
      previous.next = token;
    }
    previous = token;
    return data(code);
  }

  /** @type {State} */
  function data(code) {
    if (code === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code);
      return;
    }
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.consume(code);
      effects.exit("chunkText");
      return lineStart;
    }

    // Data.
    effects.consume(code);
    return data;
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-util-edit-map/index.js
/**
 * @import {Event} from 'micromark-util-types'
 */

/**
 * @typedef {[number, number, Array<Event>]} Change
 * @typedef {[number, number, number]} Jump
 */

/**
 * Tracks a bunch of edits.
 *
 * Port of `edit_map.rs` from `markdown-rs`:
 * <https://github.com/wooorm/markdown-rs/blob/1506572f/src/util/edit_map.rs>.
 *
 * Deal with several changes in events, batching them together.
 *
 * Preferably, changes should be kept to a minimum.
 * Sometimes, it\u2019s needed to change the list of events, because parsing can be
 * messy, and it helps to expose a cleaner interface of events to the compiler
 * and other users.
 * It can also help to merge many adjacent similar events.
 * And, in other cases, it\u2019s needed to parse subcontent: pass some events
 * through another tokenizer and inject the result.
 */
class EditMap {
  /**
   * Create a new edit map.
   *
   * @returns
   *   New instance.
   */
  constructor() {
    /**
     * Changes by index, so `add` does not need to scan `map` (which is
     * quadratic for documents with many edits at different places).
     *
     * @type {Map<number, Change>}
     */
    this.index = new Map();

    /**
     * Record of changes.
     *
     * @type {Array<Change>}
     */
    this.map = [];
  }

  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index, remove, add) {
    addImplementation(this, index, remove, add, false);
  }

  /**
   * Create an edit: but insert `add` before existing additions, instead of
   * after them.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  addBefore(index, remove, add) {
    addImplementation(this, index, remove, add, true);
  }

  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function (a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }

    // To do: if links are added in events, like they are in `markdown-rs`,
    // this is needed.
    // // Calculate jumps: where items in the current list move to.
    // /** @type {Array<Jump>} */
    // const jumps = []
    // let index = 0
    // let addAcc = 0
    // let removeAcc = 0
    // while (index < this.map.length) {
    //   const [at, remove, add] = this.map[index]
    //   removeAcc += remove
    //   addAcc += add.length
    //   jumps.push([at, removeAcc, addAcc])
    //   index += 1
    // }
    //
    // shiftLinks(events, jumps)

    let index = this.map.length;
    /** @type {Array<Array<Event>>} */
    const vecs = [];
    while (index > 0) {
      index -= 1;
      vecs.push(events.slice(this.map[index][0] + this.map[index][1]), this.map[index][2]);

      // Truncate rest.
      events.length = this.map[index][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }

    // Truncate everything.
    this.map.length = 0;
    this.index.clear();
  }
}

/**
 * Create an edit.
 *
 * @param {EditMap} editMap
 *   Edit map to apply to.
 * @param {number} at
 *   Index at which to apply the edit.
 * @param {number} remove
 *   Count of items to remove at the index.
 * @param {Array<Event>} add
 *   Items to add at the index.
 * @param {boolean} before
 *   Insert `add` before existing additions at `at`, instead of after them.
 * @returns {undefined}
 *   Nothing.
 */
function addImplementation(editMap, at, remove, add, before) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    if (before) {
      add.push(...existing[2]);
      existing[2] = add;
    } else {
      existing[2].push(...add);
    }
    return;
  }

  /** @type {Change} */
  const change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// /**
//  * Shift `previous` and `next` links according to `jumps`.
//  *
//  * This fixes links in case there are events removed or added between them.
//  *
//  * @param {Array<Event>} events
//  * @param {Array<Jump>} jumps
//  */
// function shiftLinks(events, jumps) {
//   let jumpIndex = 0
//   let index = 0
//   let add = 0
//   let rm = 0

//   while (index < events.length) {
//     const rmCurr = rm

//     while (jumpIndex < jumps.length && jumps[jumpIndex][0] <= index) {
//       add = jumps[jumpIndex][2]
//       rm = jumps[jumpIndex][1]
//       jumpIndex += 1
//     }

//     // Ignore items that will be removed.
//     if (rm > rmCurr) {
//       index += rm - rmCurr
//     } else {
//       // ?
//       // if let Some(link) = &events[index].link {
//       //     if let Some(next) = link.next {
//       //         events[next].link.as_mut().unwrap().previous = Some(index + add - rm);
//       //         while jumpIndex < jumps.len() && jumps[jumpIndex].0 <= next {
//       //             add = jumps[jumpIndex].2;
//       //             rm = jumps[jumpIndex].1;
//       //             jumpIndex += 1;
//       //         }
//       //         events[index].link.as_mut().unwrap().next = Some(next + add - rm);
//       //         index = next;
//       //         continue;
//       //     }
//       // }
//       index += 1
//     }
//   }
// }
;// CONCATENATED MODULE: ./node_modules/micromark/lib/initialize/document.js
/**
 * @import {
 *   Construct,
 *   ContainerState,
 *   InitialConstruct,
 *   Initializer,
 *   Point,
 *   State,
 *   TokenizeContext,
 *   Tokenizer,
 *   Token
 * } from 'micromark-util-types'
 */

/**
 * @typedef {[Construct, ContainerState]} StackItem
 *   Construct and its state.
 */




/** @type {InitialConstruct} */
const document_document = {
  tokenize: initializeDocument
};

/** @type {Construct} */
const containerConstruct = {
  tokenize: tokenizeContainer
};

/**
 * @this {TokenizeContext}
 *   Self.
 * @type {Initializer}
 *   Initializer.
 */
function initializeDocument(effects) {
  const self = this;
  /** @type {Array<StackItem>} */
  const stack = [];
  let continued = 0;
  /** @type {TokenizeContext | undefined} */
  let childFlow;
  /** @type {Token | undefined} */
  let childToken;
  /** @type {number} */
  let lineStartOffset;
  return start;

  /** @type {State} */
  function start(code) {
    // First we iterate through the open blocks, starting with the root
    // document, and descending through last children down to the last open
    // block.
    // Each block imposes a condition that the line must satisfy if the block is
    // to remain open.
    // For example, a block quote requires a `>` character.
    // A paragraph requires a non-blank line.
    // In this phase we may match all or just some of the open blocks.
    // But we cannot close unmatched blocks yet, because we may have a lazy
    // continuation line.
    if (continued < stack.length) {
      const item = stack[continued];
      self.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code);
    }

    // Done.
    return checkNewContainers(code);
  }

  /** @type {State} */
  function documentContinue(code) {
    continued++;

    // Note: this field is called `_closeFlow` but it also closes containers.
    // Perhaps a good idea to rename it but it\u2019s already used in the wild by
    // extensions.
    if (self.containerState._closeFlow) {
      self.containerState._closeFlow = undefined;
      if (childFlow) {
        closeFlow();
      }

      // Note: this algorithm for moving events around is similar to the
      // algorithm when dealing with lazy lines in `writeToChild`.
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      /** @type {Point | undefined} */
      let point;

      // Find the flow chunk.
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === 'exit' && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          point = self.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);

      // Fix positions.
      let index = indexBeforeExits;
      while (index < self.events.length) {
        self.events[index][1].end = {
          ...point
        };
        index++;
      }
      const editMap = new EditMap();
      // Inject the exits earlier (they\u2019re still also at the end).
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      // Discard the duplicate exits.
      editMap.add(indexBeforeExits, index - indexBeforeExits, []);
      editMap.consume(self.events);
      return checkNewContainers(code);
    }
    return start(code);
  }

  /** @type {State} */
  function checkNewContainers(code) {
    // Next, after consuming the continuation markers for existing blocks, we
    // look for new block starts (e.g. `>` for a block quote).
    // If we encounter a new block start, we close any blocks unmatched in
    // step 1 before creating the new block as a child of the last matched
    // block.
    if (continued === stack.length) {
      // No need to `check` whether there\u2019s a container, of `exitContainers`
      // would be moot.
      // We can instead immediately `attempt` to parse one.
      if (!childFlow) {
        return documentContinued(code);
      }

      // If we have concrete content, such as block HTML or fenced code,
      // we can\u2019t have containers \u201cpierce\u201d into them, so we can immediately
      // start.
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code);
      }

      // If we do have flow, it could still be a blank line,
      // but we\u2019d be interrupting it w/ a new container if there\u2019s a current
      // construct.
      // To do: next major: remove `_gfmTableDynamicInterruptHack` (no longer
      // needed in micromark-extension-gfm-table@1.0.6).
      self.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }

    // Check if there is a new container.
    self.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code);
  }

  /** @type {State} */
  function thereIsANewContainer(code) {
    if (childFlow) {
      closeFlow();
    }
    exitContainers(continued);
    return documentContinued(code);
  }

  /** @type {State} */
  function thereIsNoNewContainer(code) {
    self.parser.lazy[self.now().line] = continued !== stack.length;
    lineStartOffset = self.now().offset;
    return flowStart(code);
  }

  /** @type {State} */
  function documentContinued(code) {
    // Try new containers.
    self.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code);
  }

  /** @type {State} */
  function containerContinue(code) {
    continued++;
    stack.push([self.currentConstruct, self.containerState]);
    // Try another.
    return documentContinued(code);
  }

  /** @type {State} */
  function flowStart(code) {
    if (code === null) {
      if (childFlow) {
        closeFlow();
      }
      exitContainers(0);
      effects.consume(code);
      return;
    }
    childFlow = childFlow || self.parser.flow(self.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code);
  }

  /** @type {State} */
  function flowContinue(code) {
    if (code === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code);
      return;
    }
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.consume(code);
      writeToChild(effects.exit("chunkFlow"));
      // Get ready for the next line.
      continued = 0;
      self.interrupt = undefined;
      return start;
    }
    effects.consume(code);
    return flowContinue;
  }

  /**
   * @param {Token} token
   *   Token.
   * @param {boolean | undefined} [endOfFile]
   *   Whether the token is at the end of the file (default: `false`).
   * @returns {undefined}
   *   Nothing.
   */
  function writeToChild(token, endOfFile) {
    const stream = self.sliceStream(token);
    if (endOfFile) {
      stream.push(null);
    }
    token.previous = childToken;
    if (childToken) {
      childToken.next = token;
    }
    childToken = token;
    childFlow.defineSkip(token.start);
    childFlow.write(stream);

    // Alright, so we just added a lazy line:
    //
    // ```markdown
    // > a
    // b.
    //
    // Or:
    //
    // > ~~~c
    // d
    //
    // Or:
    //
    // > | e |
    // f
    // ```
    //
    // The construct in the second example (fenced code) does not accept lazy
    // lines, so it marked itself as done at the end of its first line, and
    // then the content construct parses `d`.
    // Most constructs in markdown match on the first line: if the first line
    // forms a construct, a non-lazy line can\u2019t \u201cunmake\u201d it.
    //
    // The construct in the third example is potentially a GFM table, and
    // those are *weird*.
    // It *could* be a table, from the first line, if the following line
    // matches a condition.
    // In this case, that second line is lazy, which \u201cunmakes\u201d the first line
    // and turns the whole into one content block.
    //
    // We\u2019ve now parsed the non-lazy and the lazy line, and can figure out
    // whether the lazy line started a new flow block.
    // If it did, we exit the current containers between the two flow blocks.
    if (self.parser.lazy[token.start.line]) {
      let index = childFlow.events.length;
      while (index--) {
        if (
        // The token starts before the line ending\u2026
        childFlow.events[index][1].start.offset < lineStartOffset && (
        // \u2026and either is not ended yet\u2026
        !childFlow.events[index][1].end ||
        // \u2026or ends after it.
        childFlow.events[index][1].end.offset > lineStartOffset)) {
          // Exit: there\u2019s still something open, which means it\u2019s a lazy line
          // part of something.
          return;
        }
      }

      // Note: this algorithm for moving events around is similar to the
      // algorithm when closing flow in `documentContinue`.
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      /** @type {boolean | undefined} */
      let seen;
      /** @type {Point | undefined} */
      let point;

      // Find the previous chunk (the one before the lazy line).
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === 'exit' && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point = self.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);

      // Fix positions.
      index = indexBeforeExits;
      while (index < self.events.length) {
        self.events[index][1].end = {
          ...point
        };
        index++;
      }
      const editMap = new EditMap();
      // Inject the exits earlier (they\u2019re still also at the end).
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      // Discard the duplicate exits.
      editMap.add(indexBeforeExits, index - indexBeforeExits, []);
      editMap.consume(self.events);
    }
  }

  /**
   * @param {number} size
   *   Size.
   * @returns {undefined}
   *   Nothing.
   */
  function exitContainers(size) {
    let index = stack.length;

    // Exit open containers.
    while (index-- > size) {
      const entry = stack[index];
      self.containerState = entry[1];
      entry[0].exit.call(self, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = undefined;
    childFlow = undefined;
    self.containerState._closeFlow = undefined;
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 *   Tokenizer.
 */
function tokenizeContainer(effects, ok, nok) {
  // Always populated by defaults.

  return (0,micromark_factory_space/* factorySpace */.N)(effects, effects.attempt(this.parser.constructs.document, ok, nok), "linePrefix", this.parser.constructs.disable.null.includes('codeIndented') ? undefined : 4);
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/blank-line.js
/**
 * @import {
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */



/** @type {Construct} */
const blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeBlankLine(effects, ok, nok) {
  return start;

  /**
   * Start of blank line.
   *
   * > \ud83d\udc49 **Note**: `\u2420` represents a space character.
   *
   * ```markdown
   * > | \u2420\u2420\u240a
   *     ^
   * > | \u240a
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    return (0,micromark_util_character/* markdownSpace */.On)(code) ? (0,micromark_factory_space/* factorySpace */.N)(effects, after, "linePrefix")(code) : after(code);
  }

  /**
   * At eof/eol, after optional whitespace.
   *
   * > \ud83d\udc49 **Note**: `\u2420` represents a space character.
   *
   * ```markdown
   * > | \u2420\u2420\u240a
   *       ^
   * > | \u240a
   *     ^
   * ```
   *
   * @type {State}
   */
  function after(code) {
    return code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code) ? ok(code) : nok(code);
  }
}
// EXTERNAL MODULE: ./node_modules/micromark-util-subtokenize/index.js + 1 modules
var micromark_util_subtokenize = __nccwpck_require__(5586);
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/content.js
/**
 * @import {
 *   Construct,
 *   Resolver,
 *   State,
 *   TokenizeContext,
 *   Tokenizer,
 *   Token
 * } from 'micromark-util-types'
 */




/**
 * No name because it must not be turned off.
 * @type {Construct}
 */
const content_content = {
  resolve: resolveContent,
  tokenize: tokenizeContent
};

/** @type {Construct} */
const continuationConstruct = {
  partial: true,
  tokenize: tokenizeContinuation
};

/**
 * Content is transparent: it\u2019s parsed right now. That way, definitions are also
 * parsed right now: before text in paragraphs (specifically, media) are parsed.
 *
 * @type {Resolver}
 */
function resolveContent(events) {
  (0,micromark_util_subtokenize/* subtokenize */.w)(events);
  return events;
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeContent(effects, ok) {
  /** @type {Token | undefined} */
  let previous;
  return chunkStart;

  /**
   * Before a content chunk.
   *
   * ```markdown
   * > | abc
   *     ^
   * ```
   *
   * @type {State}
   */
  function chunkStart(code) {
    effects.enter("content");
    previous = effects.enter("chunkContent", {
      contentType: "content"
    });
    return chunkInside(code);
  }

  /**
   * In a content chunk.
   *
   * ```markdown
   * > | abc
   *     ^^^
   * ```
   *
   * @type {State}
   */
  function chunkInside(code) {
    if (code === null) {
      return contentEnd(code);
    }

    // To do: in `markdown-rs`, each line is parsed on its own, and everything
    // is stitched together resolving.
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      return effects.check(continuationConstruct, contentContinue, contentEnd)(code);
    }

    // Data.
    effects.consume(code);
    return chunkInside;
  }

  /**
   *
   *
   * @type {State}
   */
  function contentEnd(code) {
    effects.exit("chunkContent");
    effects.exit("content");
    return ok(code);
  }

  /**
   *
   *
   * @type {State}
   */
  function contentContinue(code) {
    effects.consume(code);
    effects.exit("chunkContent");
    previous.next = effects.enter("chunkContent", {
      contentType: "content",
      previous
    });
    previous = previous.next;
    return chunkInside;
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeContinuation(effects, ok, nok) {
  const self = this;
  return startLookahead;

  /**
   *
   *
   * @type {State}
   */
  function startLookahead(code) {
    effects.exit("chunkContent");
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return (0,micromark_factory_space/* factorySpace */.N)(effects, prefixed, "linePrefix");
  }

  /**
   *
   *
   * @type {State}
   */
  function prefixed(code) {
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      return nok(code);
    }

    // Always populated by defaults.

    const tail = self.events[self.events.length - 1];
    if (!self.parser.constructs.disable.null.includes('codeIndented') && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4) {
      return ok(code);
    }
    return effects.interrupt(self.parser.constructs.flow, nok, ok)(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark/lib/initialize/flow.js
/**
 * @import {
 *   InitialConstruct,
 *   Initializer,
 *   State,
 *   TokenizeContext
 * } from 'micromark-util-types'
 */




/** @type {InitialConstruct} */
const flow = {
  tokenize: initializeFlow
};

/**
 * @this {TokenizeContext}
 *   Self.
 * @type {Initializer}
 *   Initializer.
 */
function initializeFlow(effects) {
  const self = this;
  const initial = effects.attempt(
  // Try to parse a blank line.
  blankLine, atBlankEnding,
  // Try to parse initial flow (essentially, only code).
  effects.attempt(this.parser.constructs.flowInitial, afterConstruct, (0,micromark_factory_space/* factorySpace */.N)(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content_content, afterConstruct)), "linePrefix")));
  return initial;

  /** @type {State} */
  function atBlankEnding(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code);
    effects.exit("lineEndingBlank");
    self.currentConstruct = undefined;
    return initial;
  }

  /** @type {State} */
  function afterConstruct(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    self.currentConstruct = undefined;
    return initial;
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark/lib/initialize/text.js
/**
 * @import {
 *   Code,
 *   InitialConstruct,
 *   Initializer,
 *   Resolver,
 *   State,
 *   TokenizeContext
 * } from 'micromark-util-types'
 */


const resolver = {
  resolveAll: createResolver()
};
const string = initializeFactory('string');
const text_text = initializeFactory('text');

/**
 * @param {'string' | 'text'} field
 *   Field.
 * @returns {InitialConstruct}
 *   Construct.
 */
function initializeFactory(field) {
  return {
    resolveAll: createResolver(field === 'text' ? resolveAllLineSuffixes : undefined),
    tokenize: initializeText
  };

  /**
   * @this {TokenizeContext}
   *   Context.
   * @type {Initializer}
   */
  function initializeText(effects) {
    const self = this;
    const constructs = this.parser.constructs[field];
    const text = effects.attempt(constructs, start, notText);
    return start;

    /** @type {State} */
    function start(code) {
      return atBreak(code) ? text(code) : notText(code);
    }

    /** @type {State} */
    function notText(code) {
      if (code === null) {
        effects.consume(code);
        return;
      }
      effects.enter("data");
      effects.consume(code);
      return data;
    }

    /** @type {State} */
    function data(code) {
      if (atBreak(code)) {
        effects.exit("data");
        return text(code);
      }

      // Data.
      effects.consume(code);
      return data;
    }

    /**
     * @param {Code} code
     *   Code.
     * @returns {boolean}
     *   Whether the code is a break.
     */
    function atBreak(code) {
      if (code === null) {
        return true;
      }
      const list = constructs[code];
      let index = -1;
      if (list) {
        // Always populated by defaults.

        while (++index < list.length) {
          const item = list[index];
          if (!item.previous || item.previous.call(self, self.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}

/**
 * @param {Resolver | undefined} [extraResolver]
 *   Resolver.
 * @returns {Resolver}
 *   Resolver.
 */
function createResolver(extraResolver) {
  return resolveAllText;

  /** @type {Resolver} */
  function resolveAllText(events, context) {
    let index = -1;
    /** @type {number | undefined} */
    let enter;

    // A rather boring computation (to merge adjacent `data` events) which
    // improves mm performance by 29%.
    while (++index <= events.length) {
      if (enter === undefined) {
        if (events[index] && events[index][1].type === "data") {
          enter = index;
          index++;
        }
      } else if (!events[index] || events[index][1].type !== "data") {
        // Don\u2019t do anything if there is one data token.
        if (index !== enter + 2) {
          events[enter][1].end = events[index - 1][1].end;
          events.splice(enter + 2, index - enter - 2);
          index = enter + 2;
        }
        enter = undefined;
      }
    }
    return extraResolver ? extraResolver(events, context) : events;
  }
}

/**
 * A rather ugly set of instructions which again looks at chunks in the input
 * stream.
 * The reason to do this here is that it is *much* faster to parse in reverse.
 * And that we can\u2019t hook into `null` to split the line suffix before an EOF.
 * To do: figure out if we can make this into a clean utility, or even in core.
 * As it will be useful for GFMs literal autolink extension (and maybe even
 * tables?)
 *
 * @type {Resolver}
 */
function resolveAllLineSuffixes(events, context) {
  const editMap = new EditMap();
  let eventIndex = 0; // Skip first.

  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context.sliceStream(data);
      let index = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      /** @type {boolean | undefined} */
      let tabs;
      while (index--) {
        const chunk = chunks[index];
        if (typeof chunk === 'string') {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) {
            break;
          }
          bufferIndex = -1;
        }
        // Number
        else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) {
          // Empty
        } else {
          // Replacement character, exit.
          index++;
          break;
        }
      }

      // Allow final trailing whitespace.
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token);
        } else {
          editMap.add(eventIndex, 0, [['enter', token, context], ['exit', token, context]]);
        }
      }
      eventIndex++;
    }
  }
  editMap.consume(events);
  return events;
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/thematic-break.js
/**
 * @import {
 *   Code,
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */



/** @type {Construct} */
const thematicBreak = {
  name: 'thematicBreak',
  tokenize: tokenizeThematicBreak
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeThematicBreak(effects, ok, nok) {
  let size = 0;
  /** @type {NonNullable<Code>} */
  let marker;
  return start;

  /**
   * Start of thematic break.
   *
   * ```markdown
   * > | ***
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("thematicBreak");
    // To do: parse indent like `markdown-rs`.
    return before(code);
  }

  /**
   * After optional whitespace, at marker.
   *
   * ```markdown
   * > | ***
   *     ^
   * ```
   *
   * @type {State}
   */
  function before(code) {
    marker = code;
    return atBreak(code);
  }

  /**
   * After something, before something else.
   *
   * ```markdown
   * > | ***
   *     ^
   * ```
   *
   * @type {State}
   */
  function atBreak(code) {
    if (code === marker) {
      effects.enter("thematicBreakSequence");
      return sequence(code);
    }
    if (size >= 3 && (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code))) {
      effects.exit("thematicBreak");
      return ok(code);
    }
    return nok(code);
  }

  /**
   * In sequence.
   *
   * ```markdown
   * > | ***
   *     ^
   * ```
   *
   * @type {State}
   */
  function sequence(code) {
    if (code === marker) {
      effects.consume(code);
      size++;
      return sequence;
    }
    effects.exit("thematicBreakSequence");
    return (0,micromark_util_character/* markdownSpace */.On)(code) ? (0,micromark_factory_space/* factorySpace */.N)(effects, atBreak, "whitespace")(code) : atBreak(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/list.js
/**
 * @import {
 *   Code,
 *   Construct,
 *   Exiter,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */






/** @type {Construct} */
const list = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: 'list',
  tokenize: tokenizeListStart
};

/** @type {Construct} */
const listItemPrefixWhitespaceConstruct = {
  partial: true,
  tokenize: tokenizeListItemPrefixWhitespace
};

/** @type {Construct} */
const indentConstruct = {
  partial: true,
  tokenize: tokenizeIndent
};

// To do: `markdown-rs` parses list items on their own and later stitches them
// together.

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeListStart(effects, ok, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  let initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let size = 0;
  return start;

  /** @type {State} */
  function start(code) {
    const kind = self.containerState.type || (code === 42 || code === 43 || code === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self.containerState.marker || code === self.containerState.marker : (0,micromark_util_character/* asciiDigit */.BM)(code)) {
      if (!self.containerState.type) {
        self.containerState.type = kind;
        effects.enter(kind, {
          _container: true
        });
      }
      if (kind === "listUnordered") {
        effects.enter("listItemPrefix");
        return code === 42 || code === 45 ? effects.check(thematicBreak, nok, atMarker)(code) : atMarker(code);
      }
      if (!self.interrupt || code === 49) {
        effects.enter("listItemPrefix");
        effects.enter("listItemValue");
        return inside(code);
      }
    }
    return nok(code);
  }

  /** @type {State} */
  function inside(code) {
    if ((0,micromark_util_character/* asciiDigit */.BM)(code) && ++size < 10) {
      effects.consume(code);
      return inside;
    }
    if ((!self.interrupt || size < 2) && (self.containerState.marker ? code === self.containerState.marker : code === 41 || code === 46)) {
      effects.exit("listItemValue");
      return atMarker(code);
    }
    return nok(code);
  }

  /**
   * @type {State}
   **/
  function atMarker(code) {
    effects.enter("listItemMarker");
    effects.consume(code);
    effects.exit("listItemMarker");
    self.containerState.marker = self.containerState.marker || code;
    return effects.check(blankLine,
    // Can\u2019t be empty when interrupting.
    self.interrupt ? nok : onBlank, effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix));
  }

  /** @type {State} */
  function onBlank(code) {
    self.containerState.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code);
  }

  /** @type {State} */
  function otherPrefix(code) {
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      effects.enter("listItemPrefixWhitespace");
      effects.consume(code);
      effects.exit("listItemPrefixWhitespace");
      return endOfPrefix;
    }
    return nok(code);
  }

  /** @type {State} */
  function endOfPrefix(code) {
    self.containerState.size = initialSize + self.sliceSerialize(effects.exit("listItemPrefix"), true).length;
    return ok(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeListContinuation(effects, ok, nok) {
  const self = this;
  self.containerState._closeFlow = undefined;
  return effects.check(blankLine, onBlank, notBlank);

  /** @type {State} */
  function onBlank(code) {
    self.containerState.furtherBlankLines = self.containerState.furtherBlankLines || self.containerState.initialBlankLine;

    // We have a blank line.
    // Still, try to consume at most the items size.
    return (0,micromark_factory_space/* factorySpace */.N)(effects, ok, "listItemIndent", self.containerState.size + 1)(code);
  }

  /** @type {State} */
  function notBlank(code) {
    if (self.containerState.furtherBlankLines || !(0,micromark_util_character/* markdownSpace */.On)(code)) {
      self.containerState.furtherBlankLines = undefined;
      self.containerState.initialBlankLine = undefined;
      return notInCurrentItem(code);
    }
    self.containerState.furtherBlankLines = undefined;
    self.containerState.initialBlankLine = undefined;
    return effects.attempt(indentConstruct, ok, notInCurrentItem)(code);
  }

  /** @type {State} */
  function notInCurrentItem(code) {
    // While we do continue, we signal that the flow should be closed.
    self.containerState._closeFlow = true;
    // As we\u2019re closing flow, we\u2019re no longer interrupting.
    self.interrupt = undefined;
    // Always populated by defaults.

    return (0,micromark_factory_space/* factorySpace */.N)(effects, effects.attempt(list, ok, nok), "linePrefix", self.parser.constructs.disable.null.includes('codeIndented') ? undefined : 4)(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeIndent(effects, ok, nok) {
  const self = this;
  return (0,micromark_factory_space/* factorySpace */.N)(effects, afterPrefix, "listItemIndent", self.containerState.size + 1);

  /** @type {State} */
  function afterPrefix(code) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], true).length === self.containerState.size ? ok(code) : nok(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Exiter}
 */
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeListItemPrefixWhitespace(effects, ok, nok) {
  const self = this;

  // Always populated by defaults.

  return (0,micromark_factory_space/* factorySpace */.N)(effects, afterPrefix, "listItemPrefixWhitespace", self.parser.constructs.disable.null.includes('codeIndented') ? undefined : 4 + 1);

  /** @type {State} */
  function afterPrefix(code) {
    const tail = self.events[self.events.length - 1];
    return !(0,micromark_util_character/* markdownSpace */.On)(code) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok(code) : nok(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/block-quote.js
/**
 * @import {
 *   Construct,
 *   Exiter,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */



/** @type {Construct} */
const blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit,
  name: 'blockQuote',
  tokenize: tokenizeBlockQuoteStart
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeBlockQuoteStart(effects, ok, nok) {
  const self = this;
  return start;

  /**
   * Start of block quote.
   *
   * ```markdown
   * > | > a
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    if (code === 62) {
      const state = self.containerState;
      if (!state.open) {
        effects.enter("blockQuote", {
          _container: true
        });
        state.open = true;
      }
      effects.enter("blockQuotePrefix");
      effects.enter("blockQuoteMarker");
      effects.consume(code);
      effects.exit("blockQuoteMarker");
      return after;
    }
    return nok(code);
  }

  /**
   * After `>`, before optional whitespace.
   *
   * ```markdown
   * > | > a
   *      ^
   * ```
   *
   * @type {State}
   */
  function after(code) {
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      effects.enter("blockQuotePrefixWhitespace");
      effects.consume(code);
      effects.exit("blockQuotePrefixWhitespace");
      effects.exit("blockQuotePrefix");
      return ok;
    }
    effects.exit("blockQuotePrefix");
    return ok(code);
  }
}

/**
 * Start of block quote continuation.
 *
 * ```markdown
 *   | > a
 * > | > b
 *     ^
 * ```
 *
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeBlockQuoteContinuation(effects, ok, nok) {
  const self = this;
  return contStart;

  /**
   * Start of block quote continuation.
   *
   * Also used to parse the first block quote opening.
   *
   * ```markdown
   *   | > a
   * > | > b
   *     ^
   * ```
   *
   * @type {State}
   */
  function contStart(code) {
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      // Always populated by defaults.

      return (0,micromark_factory_space/* factorySpace */.N)(effects, contBefore, "linePrefix", self.parser.constructs.disable.null.includes('codeIndented') ? undefined : 4)(code);
    }
    return contBefore(code);
  }

  /**
   * At `>`, after optional whitespace.
   *
   * Also used to parse the first block quote opening.
   *
   * ```markdown
   *   | > a
   * > | > b
   *     ^
   * ```
   *
   * @type {State}
   */
  function contBefore(code) {
    return effects.attempt(blockQuote, ok, nok)(code);
  }
}

/** @type {Exiter} */
function exit(effects) {
  effects.exit("blockQuote");
}
;// CONCATENATED MODULE: ./node_modules/micromark-factory-destination/index.js
/**
 * @import {Effects, State, TokenType} from 'micromark-util-types'
 */


/**
 * Parse destinations.
 *
 * ###### Examples
 *
 * ```markdown
 * <a>
 * <a\>b>
 * <a b>
 * <a)>
 * a
 * a\)b
 * a(b)c
 * a(b)
 * ```
 *
 * @param {Effects} effects
 *   Context.
 * @param {State} ok
 *   State switched to when successful.
 * @param {State} nok
 *   State switched to when unsuccessful.
 * @param {TokenType} type
 *   Type for whole (`<a>` or `b`).
 * @param {TokenType} literalType
 *   Type when enclosed (`<a>`).
 * @param {TokenType} literalMarkerType
 *   Type for enclosing (`<` and `>`).
 * @param {TokenType} rawType
 *   Type when not enclosed (`b`).
 * @param {TokenType} stringType
 *   Type for the value (`a` or `b`).
 * @param {number | undefined} [max=Infinity]
 *   Depth of nested parens (inclusive).
 * @returns {State}
 *   Start state.
 */
function factoryDestination(effects, ok, nok, type, literalType, literalMarkerType, rawType, stringType, max) {
  const limit = max || Number.POSITIVE_INFINITY;
  let balance = 0;
  return start;

  /**
   * Start of destination.
   *
   * ```markdown
   * > | <aa>
   *     ^
   * > | aa
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    if (code === 60) {
      effects.enter(type);
      effects.enter(literalType);
      effects.enter(literalMarkerType);
      effects.consume(code);
      effects.exit(literalMarkerType);
      return enclosedBefore;
    }

    // ASCII control, space, closing paren.
    if (code === null || code === 32 || code === 41 || (0,micromark_util_character/* asciiControl */.JQ)(code)) {
      return nok(code);
    }
    effects.enter(type);
    effects.enter(rawType);
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return raw(code);
  }

  /**
   * After `<`, at an enclosed destination.
   *
   * ```markdown
   * > | <aa>
   *      ^
   * ```
   *
   * @type {State}
   */
  function enclosedBefore(code) {
    if (code === 62) {
      effects.enter(literalMarkerType);
      effects.consume(code);
      effects.exit(literalMarkerType);
      effects.exit(literalType);
      effects.exit(type);
      return ok;
    }
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return enclosed(code);
  }

  /**
   * In enclosed destination.
   *
   * ```markdown
   * > | <aa>
   *      ^
   * ```
   *
   * @type {State}
   */
  function enclosed(code) {
    if (code === 62) {
      effects.exit("chunkString");
      effects.exit(stringType);
      return enclosedBefore(code);
    }
    if (code === null || code === 60 || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      return nok(code);
    }
    effects.consume(code);
    return code === 92 ? enclosedEscape : enclosed;
  }

  /**
   * After `\`, at a special character.
   *
   * ```markdown
   * > | <a\*a>
   *        ^
   * ```
   *
   * @type {State}
   */
  function enclosedEscape(code) {
    if (code === 60 || code === 62 || code === 92) {
      effects.consume(code);
      return enclosed;
    }
    return enclosed(code);
  }

  /**
   * In raw destination.
   *
   * ```markdown
   * > | aa
   *     ^
   * ```
   *
   * @type {State}
   */
  function raw(code) {
    if (!balance && (code === null || code === 41 || (0,micromark_util_character/* markdownLineEndingOrSpace */.Ee)(code))) {
      effects.exit("chunkString");
      effects.exit(stringType);
      effects.exit(rawType);
      effects.exit(type);
      return ok(code);
    }
    if (balance < limit && code === 40) {
      effects.consume(code);
      balance++;
      return raw;
    }
    if (code === 41) {
      effects.consume(code);
      balance--;
      return raw;
    }

    // ASCII control (but *not* `\0`) and space and `(`.
    // Note: in `markdown-rs`, `\0` exists in codes, in `micromark-js` it
    // doesn\u2019t.
    if (code === null || code === 32 || code === 40 || (0,micromark_util_character/* asciiControl */.JQ)(code)) {
      return nok(code);
    }
    effects.consume(code);
    return code === 92 ? rawEscape : raw;
  }

  /**
   * After `\`, at special character.
   *
   * ```markdown
   * > | a\*a
   *       ^
   * ```
   *
   * @type {State}
   */
  function rawEscape(code) {
    if (code === 40 || code === 41 || code === 92) {
      effects.consume(code);
      return raw;
    }
    return raw(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-factory-label/index.js
/**
 * @import {
 *   Effects,
 *   State,
 *   TokenizeContext,
 *   TokenType
 * } from 'micromark-util-types'
 */


/**
 * Parse labels.
 *
 * > \ud83d\udc49 **Note**: labels in markdown are capped at 999 characters in the string.
 *
 * ###### Examples
 *
 * ```markdown
 * [a]
 * [a
 * b]
 * [a\]b]
 * ```
 *
 * @this {TokenizeContext}
 *   Tokenize context.
 * @param {Effects} effects
 *   Context.
 * @param {State} ok
 *   State switched to when successful.
 * @param {State} nok
 *   State switched to when unsuccessful.
 * @param {TokenType} type
 *   Type of the whole label (`[a]`).
 * @param {TokenType} markerType
 *   Type for the markers (`[` and `]`).
 * @param {TokenType} stringType
 *   Type for the identifier (`a`).
 * @returns {State}
 *   Start state.
 */
function factoryLabel(effects, ok, nok, type, markerType, stringType) {
  const self = this;
  let size = 0;
  /** @type {boolean} */
  let seen;
  return start;

  /**
   * Start of label.
   *
   * ```markdown
   * > | [a]
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code);
    effects.exit(markerType);
    effects.enter(stringType);
    return atBreak;
  }

  /**
   * In label, at something, before something else.
   *
   * ```markdown
   * > | [a]
   *      ^
   * ```
   *
   * @type {State}
   */
  function atBreak(code) {
    if (size > 999 || code === null || code === 91 || code === 93 && !seen ||
    // To do: remove in the future once we\u2019ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn\u2019t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code === 94 && !size && '_hiddenFootnoteSupport' in self.parser.constructs) {
      return nok(code);
    }
    if (code === 93) {
      effects.exit(stringType);
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      effects.exit(type);
      return ok;
    }

    // To do: indent? Link chunks and EOLs together?
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return atBreak;
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return labelInside(code);
  }

  /**
   * In label, in text.
   *
   * ```markdown
   * > | [a]
   *      ^
   * ```
   *
   * @type {State}
   */
  function labelInside(code) {
    if (code === null || code === 91 || code === 93 || (0,micromark_util_character/* markdownLineEnding */.HP)(code) || size++ > 999) {
      effects.exit("chunkString");
      return atBreak(code);
    }
    effects.consume(code);
    if (!seen) seen = !(0,micromark_util_character/* markdownSpace */.On)(code);
    return code === 92 ? labelEscape : labelInside;
  }

  /**
   * After `\`, at a special character.
   *
   * ```markdown
   * > | [a\*a]
   *        ^
   * ```
   *
   * @type {State}
   */
  function labelEscape(code) {
    if (code === 91 || code === 92 || code === 93) {
      effects.consume(code);
      size++;
      return labelInside;
    }
    return labelInside(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-factory-title/index.js
/**
 * @import {
 *   Code,
 *   Effects,
 *   State,
 *   TokenType
 * } from 'micromark-util-types'
 */



/**
 * Parse titles.
 *
 * ###### Examples
 *
 * ```markdown
 * "a"
 * 'b'
 * (c)
 * "a
 * b"
 * 'a
 *     b'
 * (a\)b)
 * ```
 *
 * @param {Effects} effects
 *   Context.
 * @param {State} ok
 *   State switched to when successful.
 * @param {State} nok
 *   State switched to when unsuccessful.
 * @param {TokenType} type
 *   Type of the whole title (`"a"`, `'b'`, `(c)`).
 * @param {TokenType} markerType
 *   Type for the markers (`"`, `'`, `(`, and `)`).
 * @param {TokenType} stringType
 *   Type for the value (`a`).
 * @returns {State}
 *   Start state.
 */
function factoryTitle(effects, ok, nok, type, markerType, stringType) {
  /** @type {NonNullable<Code>} */
  let marker;
  return start;

  /**
   * Start of title.
   *
   * ```markdown
   * > | "a"
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    if (code === 34 || code === 39 || code === 40) {
      effects.enter(type);
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      marker = code === 40 ? 41 : code;
      return begin;
    }
    return nok(code);
  }

  /**
   * After opening marker.
   *
   * This is also used at the closing marker.
   *
   * ```markdown
   * > | "a"
   *      ^
   * ```
   *
   * @type {State}
   */
  function begin(code) {
    if (code === marker) {
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      effects.exit(type);
      return ok;
    }
    effects.enter(stringType);
    return atBreak(code);
  }

  /**
   * At something, before something else.
   *
   * ```markdown
   * > | "a"
   *      ^
   * ```
   *
   * @type {State}
   */
  function atBreak(code) {
    if (code === marker) {
      effects.exit(stringType);
      return begin(marker);
    }
    if (code === null) {
      return nok(code);
    }

    // Note: blank lines can\u2019t exist in content.
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      // To do: use `space_or_tab_eol_with_options`, connect.
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return (0,micromark_factory_space/* factorySpace */.N)(effects, atBreak, "linePrefix");
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return inside(code);
  }

  /**
   *
   *
   * @type {State}
   */
  function inside(code) {
    if (code === marker || code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.exit("chunkString");
      return atBreak(code);
    }
    effects.consume(code);
    return code === 92 ? escape : inside;
  }

  /**
   * After `\`, at a special character.
   *
   * ```markdown
   * > | "a\*b"
   *      ^
   * ```
   *
   * @type {State}
   */
  function escape(code) {
    if (code === marker || code === 92) {
      effects.consume(code);
      return inside;
    }
    return inside(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-factory-whitespace/index.js
/**
 * @import {Effects, State} from 'micromark-util-types'
 */



/**
 * Parse spaces and tabs.
 *
 * There is no `nok` parameter:
 *
 * *   line endings or spaces in markdown are often optional, in which case this
 *     factory can be used and `ok` will be switched to whether spaces were found
 *     or not
 * *   one line ending or space can be detected with
 *     `markdownLineEndingOrSpace(code)` right before using `factoryWhitespace`
 *
 * @param {Effects} effects
 *   Context.
 * @param {State} ok
 *   State switched to when successful.
 * @returns {State}
 *   Start state.
 */
function factoryWhitespace(effects, ok) {
  /** @type {boolean} */
  let seen;
  return start;

  /** @type {State} */
  function start(code) {
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      seen = true;
      return start;
    }
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      return (0,micromark_factory_space/* factorySpace */.N)(effects, start, seen ? "linePrefix" : "lineSuffix")(code);
    }
    return ok(code);
  }
}
// EXTERNAL MODULE: ./node_modules/micromark-util-normalize-identifier/index.js
var micromark_util_normalize_identifier = __nccwpck_require__(31);
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/definition.js
/**
 * @import {
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */








/** @type {Construct} */
const definition = {
  name: 'definition',
  tokenize: tokenizeDefinition
};

/** @type {Construct} */
const titleBefore = {
  partial: true,
  tokenize: tokenizeTitleBefore
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeDefinition(effects, ok, nok) {
  const self = this;
  /** @type {string} */
  let identifier;
  return start;

  /**
   * At start of a definition.
   *
   * ```markdown
   * > | [a]: b "c"
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    // Do not interrupt paragraphs (but do follow definitions).
    // To do: do `interrupt` the way `markdown-rs` does.
    // To do: parse whitespace the way `markdown-rs` does.
    effects.enter("definition");
    return before(code);
  }

  /**
   * After optional whitespace, at `[`.
   *
   * ```markdown
   * > | [a]: b "c"
   *     ^
   * ```
   *
   * @type {State}
   */
  function before(code) {
    // To do: parse whitespace the way `markdown-rs` does.

    return factoryLabel.call(self, effects, labelAfter,
    // Note: we don\u2019t need to reset the way `markdown-rs` does.
    nok, "definitionLabel", "definitionLabelMarker", "definitionLabelString")(code);
  }

  /**
   * After label.
   *
   * ```markdown
   * > | [a]: b "c"
   *        ^
   * ```
   *
   * @type {State}
   */
  function labelAfter(code) {
    identifier = (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1));
    if (code === 58) {
      effects.enter("definitionMarker");
      effects.consume(code);
      effects.exit("definitionMarker");
      return markerAfter;
    }
    return nok(code);
  }

  /**
   * After marker.
   *
   * ```markdown
   * > | [a]: b "c"
   *         ^
   * ```
   *
   * @type {State}
   */
  function markerAfter(code) {
    // Note: whitespace is optional.
    return (0,micromark_util_character/* markdownLineEndingOrSpace */.Ee)(code) ? factoryWhitespace(effects, destinationBefore)(code) : destinationBefore(code);
  }

  /**
   * Before destination.
   *
   * ```markdown
   * > | [a]: b "c"
   *          ^
   * ```
   *
   * @type {State}
   */
  function destinationBefore(code) {
    return factoryDestination(effects, destinationAfter,
    // Note: we don\u2019t need to reset the way `markdown-rs` does.
    nok, "definitionDestination", "definitionDestinationLiteral", "definitionDestinationLiteralMarker", "definitionDestinationRaw", "definitionDestinationString")(code);
  }

  /**
   * After destination.
   *
   * ```markdown
   * > | [a]: b "c"
   *           ^
   * ```
   *
   * @type {State}
   */
  function destinationAfter(code) {
    return effects.attempt(titleBefore, after, after)(code);
  }

  /**
   * After definition.
   *
   * ```markdown
   * > | [a]: b
   *           ^
   * > | [a]: b "c"
   *               ^
   * ```
   *
   * @type {State}
   */
  function after(code) {
    return (0,micromark_util_character/* markdownSpace */.On)(code) ? (0,micromark_factory_space/* factorySpace */.N)(effects, afterWhitespace, "whitespace")(code) : afterWhitespace(code);
  }

  /**
   * After definition, after optional whitespace.
   *
   * ```markdown
   * > | [a]: b
   *           ^
   * > | [a]: b "c"
   *               ^
   * ```
   *
   * @type {State}
   */
  function afterWhitespace(code) {
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.exit("definition");

      // Note: we don\u2019t care about uniqueness.
      // It\u2019s likely that that doesn\u2019t happen very frequently.
      // It is more likely that it wastes precious time.
      self.parser.defined.push(identifier);

      // To do: `markdown-rs` interrupt.
      // // You\u2019d be interrupting.
      // tokenizer.interrupt = true
      return ok(code);
    }
    return nok(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeTitleBefore(effects, ok, nok) {
  return titleBefore;

  /**
   * After destination, at whitespace.
   *
   * ```markdown
   * > | [a]: b
   *           ^
   * > | [a]: b "c"
   *           ^
   * ```
   *
   * @type {State}
   */
  function titleBefore(code) {
    return (0,micromark_util_character/* markdownLineEndingOrSpace */.Ee)(code) ? factoryWhitespace(effects, beforeMarker)(code) : nok(code);
  }

  /**
   * At title.
   *
   * ```markdown
   *   | [a]: b
   * > | "c"
   *     ^
   * ```
   *
   * @type {State}
   */
  function beforeMarker(code) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code);
  }

  /**
   * After title.
   *
   * ```markdown
   * > | [a]: b "c"
   *               ^
   * ```
   *
   * @type {State}
   */
  function titleAfter(code) {
    return (0,micromark_util_character/* markdownSpace */.On)(code) ? (0,micromark_factory_space/* factorySpace */.N)(effects, titleAfterOptionalWhitespace, "whitespace")(code) : titleAfterOptionalWhitespace(code);
  }

  /**
   * After title, after optional whitespace.
   *
   * ```markdown
   * > | [a]: b "c"
   *               ^
   * ```
   *
   * @type {State}
   */
  function titleAfterOptionalWhitespace(code) {
    return code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code) ? ok(code) : nok(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/code-indented.js
/**
 * @import {
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */



/** @type {Construct} */
const codeIndented = {
  name: 'codeIndented',
  tokenize: tokenizeCodeIndented
};

/** @type {Construct} */
const furtherStart = {
  partial: true,
  tokenize: tokenizeFurtherStart
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeCodeIndented(effects, ok, nok) {
  return start;

  /**
   * Start of code (indented).
   *
   * > **Parsing note**: it is not needed to check if this first line is a
   * > filled line (that it has a non-whitespace character), because blank lines
   * > are parsed already, so we never run into that.
   *
   * ```markdown
   * > |     aaa
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    // To do: manually check if interrupting like `markdown-rs`.

    effects.enter("codeIndented");
    return (0,micromark_factory_space/* factorySpaceMinMax */.B)(effects, atBreak, nok, "linePrefix", 4, 4)(code);
  }

  /**
   * At a break.
   *
   * ```markdown
   * > |     aaa
   *         ^  ^
   * ```
   *
   * @type {State}
   */
  function atBreak(code) {
    if (code === null) {
      return after(code);
    }
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      return effects.attempt(furtherStart, atBreak, after)(code);
    }
    effects.enter("codeFlowValue");
    return inside(code);
  }

  /**
   * In code content.
   *
   * ```markdown
   * > |     aaa
   *         ^^^^
   * ```
   *
   * @type {State}
   */
  function inside(code) {
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.exit("codeFlowValue");
      return atBreak(code);
    }
    effects.consume(code);
    return inside;
  }

  /** @type {State} */
  function after(code) {
    effects.exit("codeIndented");
    // To do: allow interrupting like `markdown-rs`.
    // Feel free to interrupt.
    // tokenizer.interrupt = false
    return ok(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeFurtherStart(effects, ok, nok) {
  const self = this;
  return furtherStart;

  /**
   * At eol, trying to parse another indent.
   *
   * ```markdown
   * > |     aaa
   *            ^
   *   |     bbb
   * ```
   *
   * @type {State}
   */
  function furtherStart(code) {
    // To do: improve `lazy` / `pierce` handling.
    // If this is a lazy line, it can\u2019t be code.
    if (self.parser.lazy[self.now().line]) {
      return nok(code);
    }
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return furtherStart;
    }

    // To do: the code here in `micromark-js` is a bit different from
    // `markdown-rs` because there it can attempt spaces.
    // We can\u2019t yet.
    return (0,micromark_factory_space/* factorySpaceMinMax */.B)(effects, ok, onNotEnoughPrefix, "linePrefix", 4, 4)(code);
  }

  /**
   * After not enough of a prefix.
   *
   * A following line ending is another (potentially blank) line to try,
   * anything else means this isn\u2019t a continuation.
   *
   * ```markdown
   * > |     aaa
   *
   *   |     bbb
   * ```
   *
   * @type {State}
   */
  function onNotEnoughPrefix(code) {
    return (0,micromark_util_character/* markdownLineEnding */.HP)(code) ? furtherStart(code) : nok(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/heading-atx.js
/**
 * @import {
 *   Construct,
 *   Resolver,
 *   State,
 *   TokenizeContext,
 *   Tokenizer,
 *   Token
 * } from 'micromark-util-types'
 */




/** @type {Construct} */
const headingAtx = {
  name: 'headingAtx',
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};

/** @type {Resolver} */
function resolveHeadingAtx(events, context) {
  let contentEnd = events.length - 2;
  let contentStart = 3;

  // Prefix whitespace, part of the opening.
  if (events[contentStart][1].type === "whitespace") {
    contentStart += 2;
  }

  // Suffix whitespace, part of the closing.
  if (contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace") {
    contentEnd -= 2;
  }
  if (events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace")) {
    contentEnd -= contentStart + 1 === contentEnd ? 2 : 4;
  }
  if (contentEnd > contentStart) {
    const content = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    };
    const text = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    (0,micromark_util_chunked/* splice */.m)(events, contentStart, contentEnd - contentStart + 1, [['enter', content, context], ['enter', text, context], ['exit', text, context], ['exit', content, context]]);
  }
  return events;
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeHeadingAtx(effects, ok, nok) {
  let size = 0;
  return start;

  /**
   * Start of a heading (atx).
   *
   * ```markdown
   * > | ## aa
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    // To do: parse indent like `markdown-rs`.
    effects.enter("atxHeading");
    return before(code);
  }

  /**
   * After optional whitespace, at `#`.
   *
   * ```markdown
   * > | ## aa
   *     ^
   * ```
   *
   * @type {State}
   */
  function before(code) {
    effects.enter("atxHeadingSequence");
    return sequenceOpen(code);
  }

  /**
   * In opening sequence.
   *
   * ```markdown
   * > | ## aa
   *     ^
   * ```
   *
   * @type {State}
   */
  function sequenceOpen(code) {
    if (code === 35 && size++ < 6) {
      effects.consume(code);
      return sequenceOpen;
    }

    // Always at least one `#`.
    if (code === null || (0,micromark_util_character/* markdownLineEndingOrSpace */.Ee)(code)) {
      effects.exit("atxHeadingSequence");
      return atBreak(code);
    }
    return nok(code);
  }

  /**
   * After something, before something else.
   *
   * ```markdown
   * > | ## aa
   *       ^
   * ```
   *
   * @type {State}
   */
  function atBreak(code) {
    if (code === 35) {
      effects.enter("atxHeadingSequence");
      return sequenceFurther(code);
    }
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.exit("atxHeading");
      // To do: interrupt like `markdown-rs`.
      // // Feel free to interrupt.
      // tokenizer.interrupt = false
      return ok(code);
    }
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      return (0,micromark_factory_space/* factorySpace */.N)(effects, atBreak, "whitespace")(code);
    }

    // To do: generate `data` tokens, add the `text` token later.
    // Needs edit map, see: `markdown.rs`.
    effects.enter("atxHeadingText");
    return data(code);
  }

  /**
   * In further sequence (after whitespace).
   *
   * Could be normal \u201cvisible\u201d hashes in the heading or a final sequence.
   *
   * ```markdown
   * > | ## aa ##
   *           ^
   * ```
   *
   * @type {State}
   */
  function sequenceFurther(code) {
    if (code === 35) {
      effects.consume(code);
      return sequenceFurther;
    }
    effects.exit("atxHeadingSequence");
    return atBreak(code);
  }

  /**
   * In text.
   *
   * ```markdown
   * > | ## aa
   *        ^
   * ```
   *
   * @type {State}
   */
  function data(code) {
    if (code === null || code === 35 || (0,micromark_util_character/* markdownLineEndingOrSpace */.Ee)(code)) {
      effects.exit("atxHeadingText");
      return atBreak(code);
    }
    effects.consume(code);
    return data;
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/setext-underline.js
/**
 * @import {
 *   Code,
 *   Construct,
 *   Resolver,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */




/** @type {Construct} */
const setextUnderline = {
  name: 'setextUnderline',
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};

/** @type {Resolver} */
function resolveToSetextUnderline(events, context) {
  const editMap = new EditMap();
  let index = events.length;
  /** @type {number | undefined} */
  let content;
  /** @type {number | undefined} */
  let text;
  /** @type {number | undefined} */
  let definition;

  // Find the opening of the content.
  // It\u2019ll always exist: we don\u2019t tokenize if it isn\u2019t there.
  while (index--) {
    if (events[index][0] === 'enter') {
      if (events[index][1].type === "content") {
        content = index;
        break;
      }
      if (events[index][1].type === "paragraph") {
        text = index;
      }
    }
    // Exit
    else {
      if (events[index][1].type === "content") {
        // Remove the content end (if needed we\u2019ll add it later)
        editMap.add(index, 1, []);
      }
      if (!definition && events[index][1].type === "definition") {
        definition = index;
      }
    }
  }
  const heading = {
    type: "setextHeading",
    start: {
      ...events[content][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };

  // Change the paragraph to setext heading text.
  events[text][1].type = "setextHeadingText";

  // If we have definitions in the content, we\u2019ll keep on having content,
  // but we need move it.
  if (definition) {
    editMap.add(text, 0, [['enter', heading, context]]);
    editMap.add(definition + 1, 0, [['exit', events[content][1], context]]);
    events[content][1].end = {
      ...events[definition][1].end
    };
  } else {
    events[content][1] = heading;
  }

  // Add the heading exit at the end.
  editMap.add(events.length, 0, [['exit', heading, context]]);
  editMap.consume(events);
  return events;
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeSetextUnderline(effects, ok, nok) {
  const self = this;
  /** @type {NonNullable<Code>} */
  let marker;
  return start;

  /**
   * At start of heading (setext) underline.
   *
   * ```markdown
   *   | aa
   * > | ==
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    let index = self.events.length;
    /** @type {boolean | undefined} */
    let paragraph;
    // Find an opening.
    while (index--) {
      // Skip enter/exit of line ending, line prefix, and content.
      // We can now either have a definition or a paragraph.
      if (self.events[index][1].type !== "lineEnding" && self.events[index][1].type !== "linePrefix" && self.events[index][1].type !== "content") {
        paragraph = self.events[index][1].type === "paragraph";
        break;
      }
    }

    // To do: handle lazy/pierce like `markdown-rs`.
    // To do: parse indent like `markdown-rs`.
    if (!self.parser.lazy[self.now().line] && (self.interrupt || paragraph)) {
      effects.enter("setextHeadingLine");
      marker = code;
      return before(code);
    }
    return nok(code);
  }

  /**
   * After optional whitespace, at `-` or `=`.
   *
   * ```markdown
   *   | aa
   * > | ==
   *     ^
   * ```
   *
   * @type {State}
   */
  function before(code) {
    effects.enter("setextHeadingLineSequence");
    return inside(code);
  }

  /**
   * In sequence.
   *
   * ```markdown
   *   | aa
   * > | ==
   *     ^
   * ```
   *
   * @type {State}
   */
  function inside(code) {
    if (code === marker) {
      effects.consume(code);
      return inside;
    }
    effects.exit("setextHeadingLineSequence");
    return (0,micromark_util_character/* markdownSpace */.On)(code) ? (0,micromark_factory_space/* factorySpace */.N)(effects, after, "lineSuffix")(code) : after(code);
  }

  /**
   * After sequence, after optional whitespace.
   *
   * ```markdown
   *   | aa
   * > | ==
   *       ^
   * ```
   *
   * @type {State}
   */
  function after(code) {
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.exit("setextHeadingLine");
      return ok(code);
    }
    return nok(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-util-html-tag-name/index.js
/**
 * List of lowercase HTML \u201cblock\u201d tag names.
 *
 * The list, when parsing HTML (flow), results in more relaxed rules (condition
 * 6).
 * Because they are known blocks, the HTML-like syntax doesn\u2019t have to be
 * strictly parsed.
 * For tag names not in this list, a more strict algorithm (condition 7) is used
 * to detect whether the HTML-like syntax is seen as HTML (flow) or not.
 *
 * This is copied from:
 * <https://spec.commonmark.org/0.30/#html-blocks>.
 *
 * > \ud83d\udc49 **Note**: `search` was added in `CommonMark@0.31`.
 */
const htmlBlockNames = [
  'address',
  'article',
  'aside',
  'base',
  'basefont',
  'blockquote',
  'body',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frame',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hr',
  'html',
  'iframe',
  'legend',
  'li',
  'link',
  'main',
  'menu',
  'menuitem',
  'nav',
  'noframes',
  'ol',
  'optgroup',
  'option',
  'p',
  'param',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'track',
  'ul'
]

/**
 * List of lowercase HTML \u201craw\u201d tag names.
 *
 * The list, when parsing HTML (flow), results in HTML that can include lines
 * without exiting, until a closing tag also in this list is found (condition
 * 1).
 *
 * This module is copied from:
 * <https://spec.commonmark.org/0.30/#html-blocks>.
 *
 * > \ud83d\udc49 **Note**: `textarea` was added in `CommonMark@0.30`.
 */
const htmlRawNames = ['pre', 'script', 'style', 'textarea']

;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/partial-non-lazy-continuation.js
/**
 * @import {
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */


/** @type {Construct} */
const nonLazyContinuation = {
  partial: true,
  tokenize: tokenizeNonLazyContinuation
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeNonLazyContinuation(effects, ok, nok) {
  const self = this;
  return start;

  /**
   * At eol, before continuation.
   *
   * ```markdown
   * > | * ```js
   *            ^
   *   | b
   * ```
   *
   * @type {State}
   */
  function start(code) {
    if (code === null) {
      return nok(code);
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return after;
  }

  /**
   * A continuation.
   *
   * ```markdown
   *   | * ```js
   * > | b
   *     ^
   * ```
   *
   * @type {State}
   */
  function after(code) {
    return self.parser.lazy[self.now().line] ? nok(code) : ok(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/html-flow.js
/**
 * @import {
 *   Code,
 *   Construct,
 *   Resolver,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */






/** @type {Construct} */
const htmlFlow = {
  concrete: true,
  name: 'htmlFlow',
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
};

/** @type {Construct} */
const blankLineBefore = {
  partial: true,
  tokenize: tokenizeBlankLineBefore
};

/** @type {Resolver} */
function resolveToHtmlFlow(events) {
  let index = events.length;
  while (index--) {
    if (events[index][0] === 'enter' && events[index][1].type === "htmlFlow") {
      break;
    }
  }
  if (index > 1 && events[index - 2][1].type === "linePrefix") {
    // Add the prefix start to the HTML token.
    events[index][1].start = events[index - 2][1].start;
    // Add the prefix start to the HTML line token.
    events[index + 1][1].start = events[index - 2][1].start;
    // Remove the line prefix.
    events.splice(index - 2, 2);
  }
  return events;
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeHtmlFlow(effects, ok, nok) {
  const self = this;
  /** @type {number} */
  let marker;
  /** @type {boolean} */
  let closingTag;
  /** @type {string} */
  let buffer;
  /** @type {number} */
  let index;
  /** @type {Code} */
  let markerB;
  return start;

  /**
   * Start of HTML (flow).
   *
   * ```markdown
   * > | <x />
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    // To do: parse indent like `markdown-rs`.
    return before(code);
  }

  /**
   * At `<`, after optional whitespace.
   *
   * ```markdown
   * > | <x />
   *     ^
   * ```
   *
   * @type {State}
   */
  function before(code) {
    effects.enter("htmlFlow");
    effects.enter("htmlFlowData");
    effects.consume(code);
    return open;
  }

  /**
   * After `<`, at tag name or other stuff.
   *
   * ```markdown
   * > | <x />
   *      ^
   * > | <!doctype>
   *      ^
   * > | <!--xxx-->
   *      ^
   * ```
   *
   * @type {State}
   */
  function open(code) {
    if (code === 33) {
      effects.consume(code);
      return declarationOpen;
    }
    if (code === 47) {
      effects.consume(code);
      closingTag = true;
      return tagCloseStart;
    }
    if (code === 63) {
      effects.consume(code);
      marker = 3;
      // To do:
      // tokenizer.concrete = true
      // To do: use `markdown-rs` style interrupt.
      // While we\u2019re in an instruction instead of a declaration, we\u2019re on a `?`
      // right now, so we do need to search for `>`, similar to declarations.
      return self.interrupt ? ok : continuationDeclarationInside;
    }

    // ASCII alphabetical.
    if ((0,micromark_util_character/* asciiAlpha */.CW)(code)) {
      // Always the case.
      effects.consume(code);
      buffer = String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }

  /**
   * After `<!`, at declaration, comment, or CDATA.
   *
   * ```markdown
   * > | <!doctype>
   *       ^
   * > | <!--xxx-->
   *       ^
   * > | <![CDATA[>&<]]>
   *       ^
   * ```
   *
   * @type {State}
   */
  function declarationOpen(code) {
    if (code === 45) {
      effects.consume(code);
      marker = 2;
      return commentOpenInside;
    }
    if (code === 91) {
      effects.consume(code);
      marker = 5;
      index = 0;
      return cdataOpenInside;
    }

    // ASCII alphabetical.
    if ((0,micromark_util_character/* asciiAlpha */.CW)(code)) {
      effects.consume(code);
      marker = 4;
      // // Do not form containers.
      // tokenizer.concrete = true
      return self.interrupt ? ok : continuationDeclarationInside;
    }
    return nok(code);
  }

  /**
   * After `<!-`, inside a comment, at another `-`.
   *
   * ```markdown
   * > | <!--xxx-->
   *        ^
   * ```
   *
   * @type {State}
   */
  function commentOpenInside(code) {
    if (code === 45) {
      effects.consume(code);
      // // Do not form containers.
      // tokenizer.concrete = true
      return self.interrupt ? ok : continuationDeclarationInside;
    }
    return nok(code);
  }

  /**
   * After `<![`, inside CDATA, expecting `CDATA[`.
   *
   * ```markdown
   * > | <![CDATA[>&<]]>
   *        ^^^^^^
   * ```
   *
   * @type {State}
   */
  function cdataOpenInside(code) {
    const value = "CDATA[";
    if (code === value.charCodeAt(index++)) {
      effects.consume(code);
      if (index === value.length) {
        // // Do not form containers.
        // tokenizer.concrete = true
        return self.interrupt ? ok : continuation;
      }
      return cdataOpenInside;
    }
    return nok(code);
  }

  /**
   * After `</`, in closing tag, at tag name.
   *
   * ```markdown
   * > | </x>
   *       ^
   * ```
   *
   * @type {State}
   */
  function tagCloseStart(code) {
    if ((0,micromark_util_character/* asciiAlpha */.CW)(code)) {
      // Always the case.
      effects.consume(code);
      buffer = String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }

  /**
   * In tag name.
   *
   * ```markdown
   * > | <ab>
   *      ^^
   * > | </ab>
   *       ^^
   * ```
   *
   * @type {State}
   */
  function tagName(code) {
    if (code === null || code === 47 || code === 62 || (0,micromark_util_character/* markdownLineEndingOrSpace */.Ee)(code)) {
      const slash = code === 47;
      const name = buffer.toLowerCase();
      if (!slash && !closingTag && htmlRawNames.includes(name)) {
        marker = 1;
        // // Do not form containers.
        // tokenizer.concrete = true
        return self.interrupt ? ok(code) : continuation(code);
      }
      if (htmlBlockNames.includes(buffer.toLowerCase())) {
        marker = 6;
        if (slash) {
          effects.consume(code);
          return basicSelfClosing;
        }

        // // Do not form containers.
        // tokenizer.concrete = true
        return self.interrupt ? ok(code) : continuation(code);
      }
      marker = 7;
      // Do not support complete HTML when interrupting.
      return self.interrupt && !self.parser.lazy[self.now().line] ? nok(code) : closingTag ? completeClosingTagAfter(code) : completeAttributeNameBefore(code);
    }

    // ASCII alphanumerical and `-`.
    if (code === 45 || (0,micromark_util_character/* asciiAlphanumeric */.lV)(code)) {
      effects.consume(code);
      buffer += String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }

  /**
   * After closing slash of a basic tag name.
   *
   * ```markdown
   * > | <div/>
   *          ^
   * ```
   *
   * @type {State}
   */
  function basicSelfClosing(code) {
    if (code === 62) {
      effects.consume(code);
      // // Do not form containers.
      // tokenizer.concrete = true
      return self.interrupt ? ok : continuation;
    }
    return nok(code);
  }

  /**
   * After closing slash of a complete tag name.
   *
   * ```markdown
   * > | <x/>
   *        ^
   * ```
   *
   * @type {State}
   */
  function completeClosingTagAfter(code) {
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      effects.consume(code);
      return completeClosingTagAfter;
    }
    return completeEnd(code);
  }

  /**
   * At an attribute name.
   *
   * At first, this state is used after a complete tag name, after whitespace,
   * where it expects optional attributes or the end of the tag.
   * It is also reused after attributes, when expecting more optional
   * attributes.
   *
   * ```markdown
   * > | <a />
   *        ^
   * > | <a :b>
   *        ^
   * > | <a _b>
   *        ^
   * > | <a b>
   *        ^
   * > | <a >
   *        ^
   * ```
   *
   * @type {State}
   */
  function completeAttributeNameBefore(code) {
    if (code === 47) {
      effects.consume(code);
      return completeEnd;
    }

    // ASCII alphanumerical and `:` and `_`.
    if (code === 58 || code === 95 || (0,micromark_util_character/* asciiAlpha */.CW)(code)) {
      effects.consume(code);
      return completeAttributeName;
    }
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      effects.consume(code);
      return completeAttributeNameBefore;
    }
    return completeEnd(code);
  }

  /**
   * In attribute name.
   *
   * ```markdown
   * > | <a :b>
   *         ^
   * > | <a _b>
   *         ^
   * > | <a b>
   *         ^
   * ```
   *
   * @type {State}
   */
  function completeAttributeName(code) {
    // ASCII alphanumerical and `-`, `.`, `:`, and `_`.
    if (code === 45 || code === 46 || code === 58 || code === 95 || (0,micromark_util_character/* asciiAlphanumeric */.lV)(code)) {
      effects.consume(code);
      return completeAttributeName;
    }
    return completeAttributeNameAfter(code);
  }

  /**
   * After attribute name, at an optional initializer, the end of the tag, or
   * whitespace.
   *
   * ```markdown
   * > | <a b>
   *         ^
   * > | <a b=c>
   *         ^
   * ```
   *
   * @type {State}
   */
  function completeAttributeNameAfter(code) {
    if (code === 61) {
      effects.consume(code);
      return completeAttributeValueBefore;
    }
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      effects.consume(code);
      return completeAttributeNameAfter;
    }
    return completeAttributeNameBefore(code);
  }

  /**
   * Before unquoted, double quoted, or single quoted attribute value, allowing
   * whitespace.
   *
   * ```markdown
   * > | <a b=c>
   *          ^
   * > | <a b="c">
   *          ^
   * ```
   *
   * @type {State}
   */
  function completeAttributeValueBefore(code) {
    if (code === null || code === 60 || code === 61 || code === 62 || code === 96) {
      return nok(code);
    }
    if (code === 34 || code === 39) {
      effects.consume(code);
      markerB = code;
      return completeAttributeValueQuoted;
    }
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      effects.consume(code);
      return completeAttributeValueBefore;
    }
    return completeAttributeValueUnquoted(code);
  }

  /**
   * In double or single quoted attribute value.
   *
   * ```markdown
   * > | <a b="c">
   *           ^
   * > | <a b='c'>
   *           ^
   * ```
   *
   * @type {State}
   */
  function completeAttributeValueQuoted(code) {
    if (code === markerB) {
      effects.consume(code);
      markerB = null;
      return completeAttributeValueQuotedAfter;
    }
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      return nok(code);
    }
    effects.consume(code);
    return completeAttributeValueQuoted;
  }

  /**
   * In unquoted attribute value.
   *
   * ```markdown
   * > | <a b=c>
   *          ^
   * ```
   *
   * @type {State}
   */
  function completeAttributeValueUnquoted(code) {
    if (code === null || code === 34 || code === 39 || code === 47 || code === 60 || code === 61 || code === 62 || code === 96 || (0,micromark_util_character/* markdownLineEndingOrSpace */.Ee)(code)) {
      return completeAttributeNameAfter(code);
    }
    effects.consume(code);
    return completeAttributeValueUnquoted;
  }

  /**
   * After double or single quoted attribute value, before whitespace or the
   * end of the tag.
   *
   * ```markdown
   * > | <a b="c">
   *            ^
   * ```
   *
   * @type {State}
   */
  function completeAttributeValueQuotedAfter(code) {
    if (code === 47 || code === 62 || (0,micromark_util_character/* markdownSpace */.On)(code)) {
      return completeAttributeNameBefore(code);
    }
    return nok(code);
  }

  /**
   * In certain circumstances of a complete tag where only an `>` is allowed.
   *
   * ```markdown
   * > | <a b="c">
   *             ^
   * ```
   *
   * @type {State}
   */
  function completeEnd(code) {
    if (code === 62) {
      effects.consume(code);
      return completeAfter;
    }
    return nok(code);
  }

  /**
   * After `>` in a complete tag.
   *
   * ```markdown
   * > | <x>
   *        ^
   * ```
   *
   * @type {State}
   */
  function completeAfter(code) {
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      // // Do not form containers.
      // tokenizer.concrete = true
      return continuation(code);
    }
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      effects.consume(code);
      return completeAfter;
    }
    return nok(code);
  }

  /**
   * In continuation of any HTML kind.
   *
   * ```markdown
   * > | <!--xxx-->
   *          ^
   * ```
   *
   * @type {State}
   */
  function continuation(code) {
    if (code === 45 && marker === 2) {
      effects.consume(code);
      return continuationCommentInside;
    }
    if (code === 60 && marker === 1) {
      effects.consume(code);
      return continuationRawTagOpen;
    }
    if (code === 62 && marker === 4) {
      effects.consume(code);
      return continuationClose;
    }
    if (code === 63 && marker === 3) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    if (code === 93 && marker === 5) {
      effects.consume(code);
      return continuationCdataInside;
    }
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code) && (marker === 6 || marker === 7)) {
      effects.exit("htmlFlowData");
      return effects.check(blankLineBefore, continuationAfter, continuationStart)(code);
    }
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.exit("htmlFlowData");
      return continuationStart(code);
    }
    effects.consume(code);
    return continuation;
  }

  /**
   * In continuation, at eol.
   *
   * ```markdown
   * > | <x>
   *        ^
   *   | asd
   * ```
   *
   * @type {State}
   */
  function continuationStart(code) {
    return effects.check(nonLazyContinuation, continuationStartNonLazy, continuationAfter)(code);
  }

  /**
   * In continuation, at eol, before non-lazy content.
   *
   * ```markdown
   * > | <x>
   *        ^
   *   | asd
   * ```
   *
   * @type {State}
   */
  function continuationStartNonLazy(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return continuationBefore;
  }

  /**
   * In continuation, before non-lazy content.
   *
   * ```markdown
   *   | <x>
   * > | asd
   *     ^
   * ```
   *
   * @type {State}
   */
  function continuationBefore(code) {
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      return continuationStart(code);
    }
    effects.enter("htmlFlowData");
    return continuation(code);
  }

  /**
   * In comment continuation, after one `-`, expecting another.
   *
   * ```markdown
   * > | <!--xxx-->
   *             ^
   * ```
   *
   * @type {State}
   */
  function continuationCommentInside(code) {
    if (code === 45) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }

  /**
   * In raw continuation, after `<`, at `/`.
   *
   * ```markdown
   * > | <script>console.log(1)</script>
   *                            ^
   * ```
   *
   * @type {State}
   */
  function continuationRawTagOpen(code) {
    if (code === 47) {
      effects.consume(code);
      buffer = '';
      return continuationRawEndTag;
    }
    return continuation(code);
  }

  /**
   * In raw continuation, after `</`, in a raw tag name.
   *
   * ```markdown
   * > | <script>console.log(1)</script>
   *                             ^^^^^^
   * ```
   *
   * @type {State}
   */
  function continuationRawEndTag(code) {
    if (code === 62) {
      const name = buffer.toLowerCase();
      if (htmlRawNames.includes(name)) {
        effects.consume(code);
        return continuationClose;
      }
      return continuation(code);
    }
    if ((0,micromark_util_character/* asciiAlpha */.CW)(code) && buffer.length < 8) {
      // Always the case.
      effects.consume(code);
      buffer += String.fromCharCode(code);
      return continuationRawEndTag;
    }
    return continuation(code);
  }

  /**
   * In cdata continuation, after `]`, expecting `]>`.
   *
   * ```markdown
   * > | <![CDATA[>&<]]>
   *                  ^
   * ```
   *
   * @type {State}
   */
  function continuationCdataInside(code) {
    if (code === 93) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }

  /**
   * In declaration or instruction continuation, at `>`.
   *
   * ```markdown
   * > | <!-->
   *         ^
   * > | <?>
   *       ^
   * > | <!q>
   *        ^
   * > | <!--ab-->
   *             ^
   * > | <![CDATA[>&<]]>
   *                   ^
   * ```
   *
   * @type {State}
   */
  function continuationDeclarationInside(code) {
    if (code === 62) {
      effects.consume(code);
      return continuationClose;
    }

    // More dashes.
    if (code === 45 && marker === 2) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }

  /**
   * In closed continuation: everything we get until the eol/eof is part of it.
   *
   * ```markdown
   * > | <!doctype>
   *               ^
   * ```
   *
   * @type {State}
   */
  function continuationClose(code) {
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.exit("htmlFlowData");
      return continuationAfter(code);
    }
    effects.consume(code);
    return continuationClose;
  }

  /**
   * Done.
   *
   * ```markdown
   * > | <!doctype>
   *               ^
   * ```
   *
   * @type {State}
   */
  function continuationAfter(code) {
    effects.exit("htmlFlow");
    // // Feel free to interrupt.
    // tokenizer.interrupt = false
    // // No longer concrete.
    // tokenizer.concrete = false
    return ok(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeBlankLineBefore(effects, ok, nok) {
  return start;

  /**
   * Before eol, expecting blank line.
   *
   * ```markdown
   * > | <div>
   *          ^
   *   |
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return effects.attempt(blankLine, ok, nok);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/code-fenced.js
/**
 * @import {
 *   Code,
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */





/** @type {Construct} */
const codeFenced = {
  concrete: true,
  name: 'codeFenced',
  tokenize: tokenizeCodeFenced
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeCodeFenced(effects, ok, nok) {
  const self = this;
  /** @type {Construct} */
  const closeStart = {
    partial: true,
    tokenize: tokenizeCloseStart
  };
  let initialPrefix = 0;
  let sizeOpen = 0;
  /** @type {NonNullable<Code>} */
  let marker;
  return start;

  /**
   * Start of code.
   *
   * ```markdown
   * > | ~~~js
   *     ^
   *   | alert(1)
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function start(code) {
    // To do: parse whitespace like `markdown-rs`.
    return beforeSequenceOpen(code);
  }

  /**
   * In opening fence, after prefix, at sequence.
   *
   * ```markdown
   * > | ~~~js
   *     ^
   *   | alert(1)
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function beforeSequenceOpen(code) {
    const tail = self.events[self.events.length - 1];
    initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
    marker = code;
    effects.enter("codeFenced");
    effects.enter("codeFencedFence");
    effects.enter("codeFencedFenceSequence");
    return sequenceOpen(code);
  }

  /**
   * In opening fence sequence.
   *
   * ```markdown
   * > | ~~~js
   *      ^
   *   | alert(1)
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function sequenceOpen(code) {
    if (code === marker) {
      sizeOpen++;
      effects.consume(code);
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code);
    }
    effects.exit("codeFencedFenceSequence");
    return (0,micromark_util_character/* markdownSpace */.On)(code) ? (0,micromark_factory_space/* factorySpace */.N)(effects, infoBefore, "whitespace")(code) : infoBefore(code);
  }

  /**
   * In opening fence, after the sequence (and optional whitespace), before info.
   *
   * ```markdown
   * > | ~~~js
   *        ^
   *   | alert(1)
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function infoBefore(code) {
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.exit("codeFencedFence");
      return self.interrupt ? ok(code) : effects.check(nonLazyContinuation, atNonLazyBreak, after)(code);
    }
    effects.enter("codeFencedFenceInfo");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return info(code);
  }

  /**
   * In info.
   *
   * ```markdown
   * > | ~~~js
   *        ^
   *   | alert(1)
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function info(code) {
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return infoBefore(code);
    }
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return (0,micromark_factory_space/* factorySpace */.N)(effects, metaBefore, "whitespace")(code);
    }
    if (code === 96 && code === marker) {
      return nok(code);
    }
    effects.consume(code);
    return info;
  }

  /**
   * In opening fence, after info and whitespace, before meta.
   *
   * ```markdown
   * > | ~~~js eval
   *           ^
   *   | alert(1)
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function metaBefore(code) {
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      return infoBefore(code);
    }
    effects.enter("codeFencedFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code);
  }

  /**
   * In meta.
   *
   * ```markdown
   * > | ~~~js eval
   *           ^
   *   | alert(1)
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function meta(code) {
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code);
    }
    if (code === 96 && code === marker) {
      return nok(code);
    }
    effects.consume(code);
    return meta;
  }

  /**
   * At eol/eof in code, before a non-lazy closing fence or content.
   *
   * ```markdown
   * > | ~~~js
   *          ^
   * > | alert(1)
   *             ^
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function atNonLazyBreak(code) {
    return effects.attempt(closeStart, after, contentBefore)(code);
  }

  /**
   * Before code content, not a closing fence, at eol.
   *
   * ```markdown
   *   | ~~~js
   * > | alert(1)
   *             ^
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function contentBefore(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return contentStart;
  }

  /**
   * Before code content, not a closing fence.
   *
   * ```markdown
   *   | ~~~js
   * > | alert(1)
   *     ^
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function contentStart(code) {
    return initialPrefix > 0 && (0,micromark_util_character/* markdownSpace */.On)(code) ? (0,micromark_factory_space/* factorySpace */.N)(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code) : beforeContentChunk(code);
  }

  /**
   * Before code content, after optional prefix.
   *
   * ```markdown
   *   | ~~~js
   * > | alert(1)
   *     ^
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function beforeContentChunk(code) {
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      return effects.check(nonLazyContinuation, atNonLazyBreak, after)(code);
    }
    effects.enter("codeFlowValue");
    return contentChunk(code);
  }

  /**
   * In code content.
   *
   * ```markdown
   *   | ~~~js
   * > | alert(1)
   *     ^^^^^^^^
   *   | ~~~
   * ```
   *
   * @type {State}
   */
  function contentChunk(code) {
    if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.exit("codeFlowValue");
      return beforeContentChunk(code);
    }
    effects.consume(code);
    return contentChunk;
  }

  /**
   * After code.
   *
   * ```markdown
   *   | ~~~js
   *   | alert(1)
   * > | ~~~
   *        ^
   * ```
   *
   * @type {State}
   */
  function after(code) {
    effects.exit("codeFenced");
    return ok(code);
  }

  /**
   * @this {TokenizeContext}
   *   Context.
   * @type {Tokenizer}
   */
  function tokenizeCloseStart(effects, ok, nok) {
    let size = 0;
    return startBefore;

    /**
     *
     *
     * @type {State}
     */
    function startBefore(code) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return start;
    }

    /**
     * Before closing fence, at optional whitespace.
     *
     * ```markdown
     *   | ~~~js
     *   | alert(1)
     * > | ~~~
     *     ^
     * ```
     *
     * @type {State}
     */
    function start(code) {
      // Always populated by defaults.

      // To do: `enter` here or in next state?
      effects.enter("codeFencedFence");
      return (0,micromark_util_character/* markdownSpace */.On)(code) ? (0,micromark_factory_space/* factorySpace */.N)(effects, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes('codeIndented') ? undefined : 4)(code) : beforeSequenceClose(code);
    }

    /**
     * In closing fence, after optional whitespace, at sequence.
     *
     * ```markdown
     *   | ~~~js
     *   | alert(1)
     * > | ~~~
     *     ^
     * ```
     *
     * @type {State}
     */
    function beforeSequenceClose(code) {
      if (code === marker) {
        effects.enter("codeFencedFenceSequence");
        return sequenceClose(code);
      }
      return nok(code);
    }

    /**
     * In closing fence sequence.
     *
     * ```markdown
     *   | ~~~js
     *   | alert(1)
     * > | ~~~
     *     ^
     * ```
     *
     * @type {State}
     */
    function sequenceClose(code) {
      if (code === marker) {
        size++;
        effects.consume(code);
        return sequenceClose;
      }
      if (size >= sizeOpen) {
        effects.exit("codeFencedFenceSequence");
        return (0,micromark_util_character/* markdownSpace */.On)(code) ? (0,micromark_factory_space/* factorySpace */.N)(effects, sequenceCloseAfter, "whitespace")(code) : sequenceCloseAfter(code);
      }
      return nok(code);
    }

    /**
     * After closing fence sequence, after optional whitespace.
     *
     * ```markdown
     *   | ~~~js
     *   | alert(1)
     * > | ~~~
     *        ^
     * ```
     *
     * @type {State}
     */
    function sequenceCloseAfter(code) {
      if (code === null || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
        effects.exit("codeFencedFence");
        return ok(code);
      }
      return nok(code);
    }
  }
}
// EXTERNAL MODULE: ./node_modules/decode-named-character-reference/index.js + 1 modules
var decode_named_character_reference = __nccwpck_require__(7126);
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/character-reference.js
/**
 * @import {
 *   Code,
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */



/** @type {Construct} */
const characterReference = {
  name: 'characterReference',
  tokenize: tokenizeCharacterReference
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeCharacterReference(effects, ok, nok) {
  const self = this;
  let size = 0;
  /** @type {number} */
  let max;
  /** @type {(code: Code) => boolean} */
  let test;
  return start;

  /**
   * Start of character reference.
   *
   * ```markdown
   * > | a&amp;b
   *      ^
   * > | a&#123;b
   *      ^
   * > | a&#x9;b
   *      ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("characterReference");
    effects.enter("characterReferenceMarker");
    effects.consume(code);
    effects.exit("characterReferenceMarker");
    return open;
  }

  /**
   * After `&`, at `#` for numeric references or alphanumeric for named
   * references.
   *
   * ```markdown
   * > | a&amp;b
   *       ^
   * > | a&#123;b
   *       ^
   * > | a&#x9;b
   *       ^
   * ```
   *
   * @type {State}
   */
  function open(code) {
    if (code === 35) {
      effects.enter("characterReferenceMarkerNumeric");
      effects.consume(code);
      effects.exit("characterReferenceMarkerNumeric");
      return numeric;
    }
    effects.enter("characterReferenceValue");
    max = 31;
    test = micromark_util_character/* asciiAlphanumeric */.lV;
    return value(code);
  }

  /**
   * After `#`, at `x` for hexadecimals or digit for decimals.
   *
   * ```markdown
   * > | a&#123;b
   *        ^
   * > | a&#x9;b
   *        ^
   * ```
   *
   * @type {State}
   */
  function numeric(code) {
    if (code === 88 || code === 120) {
      effects.enter("characterReferenceMarkerHexadecimal");
      effects.consume(code);
      effects.exit("characterReferenceMarkerHexadecimal");
      effects.enter("characterReferenceValue");
      max = 6;
      test = micromark_util_character/* asciiHexDigit */.ok;
      return value;
    }
    effects.enter("characterReferenceValue");
    max = 7;
    test = micromark_util_character/* asciiDigit */.BM;
    return value(code);
  }

  /**
   * After markers (`&#x`, `&#`, or `&`), in value, before `;`.
   *
   * The character reference kind defines what and how many characters are
   * allowed.
   *
   * ```markdown
   * > | a&amp;b
   *       ^^^
   * > | a&#123;b
   *        ^^^
   * > | a&#x9;b
   *         ^
   * ```
   *
   * @type {State}
   */
  function value(code) {
    if (code === 59 && size) {
      const token = effects.exit("characterReferenceValue");
      if (test === micromark_util_character/* asciiAlphanumeric */.lV && !(0,decode_named_character_reference/* decodeNamedCharacterReference */.s)(self.sliceSerialize(token))) {
        return nok(code);
      }

      // To do: `markdown-rs` uses a different name:
      // `CharacterReferenceMarkerSemi`.
      effects.enter("characterReferenceMarker");
      effects.consume(code);
      effects.exit("characterReferenceMarker");
      effects.exit("characterReference");
      return ok;
    }
    if (test(code) && size++ < max) {
      effects.consume(code);
      return value;
    }
    return nok(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/character-escape.js
/**
 * @import {
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */


/** @type {Construct} */
const characterEscape = {
  name: 'characterEscape',
  tokenize: tokenizeCharacterEscape
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeCharacterEscape(effects, ok, nok) {
  return start;

  /**
   * Start of character escape.
   *
   * ```markdown
   * > | a\*b
   *      ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("characterEscape");
    effects.enter("escapeMarker");
    effects.consume(code);
    effects.exit("escapeMarker");
    return inside;
  }

  /**
   * After `\`, at punctuation.
   *
   * ```markdown
   * > | a\*b
   *       ^
   * ```
   *
   * @type {State}
   */
  function inside(code) {
    // ASCII punctuation.
    if ((0,micromark_util_character/* asciiPunctuation */.ol)(code)) {
      effects.enter("characterEscapeValue");
      effects.consume(code);
      effects.exit("characterEscapeValue");
      effects.exit("characterEscape");
      return ok;
    }
    return nok(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/line-ending.js
/**
 * @import {
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */



/** @type {Construct} */
const lineEnding = {
  name: 'lineEnding',
  tokenize: tokenizeLineEnding
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeLineEnding(effects, ok) {
  return start;

  /** @type {State} */
  function start(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return (0,micromark_factory_space/* factorySpace */.N)(effects, ok, "linePrefix");
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-util-resolve-all/index.js
/**
 * @import {Event, Resolver, TokenizeContext} from 'micromark-util-types'
 */

/**
 * Call all `resolveAll`s.
 *
 * @param {ReadonlyArray<{resolveAll?: Resolver | undefined}>} constructs
 *   List of constructs, optionally with `resolveAll`s.
 * @param {Array<Event>} events
 *   List of events.
 * @param {TokenizeContext} context
 *   Context used by `tokenize`.
 * @returns {Array<Event>}
 *   Changed events.
 */
function resolveAll(constructs, events, context) {
  /** @type {Array<Resolver>} */
  const called = []
  let index = -1

  while (++index < constructs.length) {
    const resolve = constructs[index].resolveAll

    if (resolve && !called.includes(resolve)) {
      events = resolve(events, context)
      called.push(resolve)
    }
  }

  return events
}

;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/label-end.js
/**
 * @import {
 *   Construct,
 *   Event,
 *   Resolver,
 *   State,
 *   TokenizeContext,
 *   Tokenizer,
 *   Token
 * } from 'micromark-util-types'
 */









/** @type {Construct} */
const labelEnd = {
  name: 'labelEnd',
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
};

/** @type {Construct} */
const resourceConstruct = {
  tokenize: tokenizeResource
};
/** @type {Construct} */
const referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
};
/** @type {Construct} */
const referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};

/** @type {Resolver} */
function resolveAllLabelEnd(events) {
  let index = -1;
  /** @type {Array<Event>} */
  const newEvents = [];
  while (++index < events.length) {
    const token = events[index][1];
    newEvents.push(events[index]);
    if (token.type === "labelImage" || token.type === "labelLink" || token.type === "labelEnd") {
      // Remove the marker.
      const offset = token.type === "labelImage" ? 4 : 2;
      token.type = "data";
      index += offset;
    }
  }

  // If the events are equal, we don't have to copy newEvents to events
  if (events.length !== newEvents.length) {
    (0,micromark_util_chunked/* splice */.m)(events, 0, events.length, newEvents);
  }
  return events;
}

/** @type {Resolver} */
function resolveToLabelEnd(events, context) {
  let index = events.length;
  let offset = 0;
  /** @type {number | undefined} */
  let open;
  /** @type {number | undefined} */
  let close;
  /** @type {Array<Event>} */
  let media;

  // Find an opening.
  while (index--) {
    const token = events[index][1];
    if (open) {
      // If we see another link, or inactive link label, we\u2019ve been here before.
      if (token.type === "link" || token.type === "labelLink" && token._inactive) {
        break;
      }

      // Mark other link openings as inactive, as we can\u2019t have links in
      // links.
      if (events[index][0] === 'enter' && token.type === "labelLink") {
        token._inactive = true;
      }
    } else if (close) {
      if (events[index][0] === 'enter' && (token.type === "labelImage" || token.type === "labelLink") && !token._balanced) {
        open = index;
        if (token.type !== "labelLink") {
          offset = 2;
          break;
        }
      }
    } else if (token.type === "labelEnd") {
      close = index;
    }
  }
  const group = {
    type: events[open][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  const label = {
    type: "label",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[close][1].end
    }
  };
  const text = {
    type: "labelText",
    start: {
      ...events[open + offset + 2][1].end
    },
    end: {
      ...events[close - 2][1].start
    }
  };
  media = [['enter', group, context], ['enter', label, context]];

  // Opening marker.
  media = (0,micromark_util_chunked/* push */.V)(media, events.slice(open + 1, open + offset + 3));

  // Text open.
  media = (0,micromark_util_chunked/* push */.V)(media, [['enter', text, context]]);

  // Always populated by defaults.

  // Between.
  media = (0,micromark_util_chunked/* push */.V)(media, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + offset + 4, close - 3), context));

  // Text close, marker close, label close.
  media = (0,micromark_util_chunked/* push */.V)(media, [['exit', text, context], events[close - 2], events[close - 1], ['exit', label, context]]);

  // Reference, resource, or so.
  media = (0,micromark_util_chunked/* push */.V)(media, events.slice(close + 1));

  // Media close.
  media = (0,micromark_util_chunked/* push */.V)(media, [['exit', group, context]]);
  (0,micromark_util_chunked/* splice */.m)(events, open, events.length, media);
  return events;
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeLabelEnd(effects, ok, nok) {
  const self = this;
  const labelStarts = self._labelStarts;
  /** @type {Token} */
  let labelStart;
  /** @type {boolean} */
  let defined;
  if (labelStarts) {
    // Discard ones that failed to close,
    // they\u2019re not needed anymore.
    while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1]._balanced) {
      labelStarts.pop();
    }
    labelStart = labelStarts[labelStarts.length - 1];
  }
  return start;

  /**
   * Start of label end.
   *
   * ```markdown
   * > | [a](b) c
   *       ^
   * > | [a][b] c
   *       ^
   * > | [a][] b
   *       ^
   * > | [a] b
   * ```
   *
   * @type {State}
   */
  function start(code) {
    // If there is not an okay opening.
    if (!labelStart) {
      return nok(code);
    }

    // If the corresponding label (link) start is marked as inactive,
    // it means we\u2019d be wrapping a link, like this:
    //
    // ```markdown
    // > | a [b [c](d) e](f) g.
    //                  ^
    // ```
    //
    // We can\u2019t have that, so it\u2019s just balanced brackets.
    if (labelStart._inactive) {
      return labelEndNok(code);
    }
    defined = self.parser.defined.includes((0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    })));
    effects.enter("labelEnd");
    effects.enter("labelMarker");
    effects.consume(code);
    effects.exit("labelMarker");
    effects.exit("labelEnd");
    return after;
  }

  /**
   * After `]`.
   *
   * ```markdown
   * > | [a](b) c
   *       ^
   * > | [a][b] c
   *       ^
   * > | [a][] b
   *       ^
   * > | [a] b
   *       ^
   * ```
   *
   * @type {State}
   */
  function after(code) {
    // Note: `markdown-rs` also parses GFM footnotes here, which for us is in
    // an extension.

    // Resource (`[asd](fgh)`)?
    if (code === 40) {
      return effects.attempt(resourceConstruct, labelEndOk, defined ? labelEndOk : labelEndNok)(code);
    }

    // Full (`[asd][fgh]`) or collapsed (`[asd][]`) reference?
    if (code === 91) {
      return effects.attempt(referenceFullConstruct, labelEndOk, defined ? referenceNotFull : labelEndNok)(code);
    }

    // Shortcut (`[asd]`) reference?
    return defined ? labelEndOk(code) : labelEndNok(code);
  }

  /**
   * After `]`, at `[`, but not at a full reference.
   *
   * > \ud83d\udc49 **Note**: we only get here if the label is defined.
   *
   * ```markdown
   * > | [a][] b
   *        ^
   * > | [a] b
   *        ^
   * ```
   *
   * @type {State}
   */
  function referenceNotFull(code) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code);
  }

  /**
   * Done, we found something.
   *
   * ```markdown
   * > | [a](b) c
   *           ^
   * > | [a][b] c
   *           ^
   * > | [a][] b
   *          ^
   * > | [a] b
   *        ^
   * ```
   *
   * @type {State}
   */
  function labelEndOk(code) {
    // Note: `markdown-rs` does a bunch of stuff here.
    // This label start is now used up: discard it so it\u2019s never found again.

    labelStarts.pop();
    return ok(code);
  }

  /**
   * Done, it\u2019s nothing.
   *
   * There was an okay opening, but we didn\u2019t match anything.
   *
   * ```markdown
   * > | [a](b c
   *        ^
   * > | [a][b c
   *        ^
   * > | [a] b
   *        ^
   * ```
   *
   * @type {State}
   */
  function labelEndNok(code) {
    labelStart._balanced = true;
    return nok(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeResource(effects, ok, nok) {
  return resourceStart;

  /**
   * At a resource.
   *
   * ```markdown
   * > | [a](b) c
   *        ^
   * ```
   *
   * @type {State}
   */
  function resourceStart(code) {
    effects.enter("resource");
    effects.enter("resourceMarker");
    effects.consume(code);
    effects.exit("resourceMarker");
    return resourceBefore;
  }

  /**
   * In resource, after `(`, at optional whitespace.
   *
   * ```markdown
   * > | [a](b) c
   *         ^
   * ```
   *
   * @type {State}
   */
  function resourceBefore(code) {
    return (0,micromark_util_character/* markdownLineEndingOrSpace */.Ee)(code) ? factoryWhitespace(effects, resourceOpen)(code) : resourceOpen(code);
  }

  /**
   * In resource, after optional whitespace, at `)` or a destination.
   *
   * ```markdown
   * > | [a](b) c
   *         ^
   * ```
   *
   * @type {State}
   */
  function resourceOpen(code) {
    if (code === 41) {
      return resourceEnd(code);
    }
    return factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code);
  }

  /**
   * In resource, after destination, at optional whitespace.
   *
   * ```markdown
   * > | [a](b) c
   *          ^
   * ```
   *
   * @type {State}
   */
  function resourceDestinationAfter(code) {
    return (0,micromark_util_character/* markdownLineEndingOrSpace */.Ee)(code) ? factoryWhitespace(effects, resourceBetween)(code) : resourceEnd(code);
  }

  /**
   * At invalid destination.
   *
   * ```markdown
   * > | [a](<<) b
   *         ^
   * ```
   *
   * @type {State}
   */
  function resourceDestinationMissing(code) {
    return nok(code);
  }

  /**
   * In resource, after destination and whitespace, at `(` or title.
   *
   * ```markdown
   * > | [a](b ) c
   *           ^
   * ```
   *
   * @type {State}
   */
  function resourceBetween(code) {
    if (code === 34 || code === 39 || code === 40) {
      return factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code);
    }
    return resourceEnd(code);
  }

  /**
   * In resource, after title, at optional whitespace.
   *
   * ```markdown
   * > | [a](b "c") d
   *              ^
   * ```
   *
   * @type {State}
   */
  function resourceTitleAfter(code) {
    return (0,micromark_util_character/* markdownLineEndingOrSpace */.Ee)(code) ? factoryWhitespace(effects, resourceEnd)(code) : resourceEnd(code);
  }

  /**
   * In resource, at `)`.
   *
   * ```markdown
   * > | [a](b) d
   *          ^
   * ```
   *
   * @type {State}
   */
  function resourceEnd(code) {
    if (code === 41) {
      effects.enter("resourceMarker");
      effects.consume(code);
      effects.exit("resourceMarker");
      effects.exit("resource");
      return ok;
    }
    return nok(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeReferenceFull(effects, ok, nok) {
  const self = this;
  return referenceFull;

  /**
   * In a reference (full), at the `[`.
   *
   * ```markdown
   * > | [a][b] d
   *        ^
   * ```
   *
   * @type {State}
   */
  function referenceFull(code) {
    return factoryLabel.call(self, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code);
  }

  /**
   * In a reference (full), after `]`.
   *
   * ```markdown
   * > | [a][b] d
   *          ^
   * ```
   *
   * @type {State}
   */
  function referenceFullAfter(code) {
    return self.parser.defined.includes((0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1))) ? ok(code) : nok(code);
  }

  /**
   * In reference (full) that was missing.
   *
   * ```markdown
   * > | [a][b d
   *        ^
   * ```
   *
   * @type {State}
   */
  function referenceFullMissing(code) {
    return nok(code);
  }
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeReferenceCollapsed(effects, ok, nok) {
  return referenceCollapsedStart;

  /**
   * In reference (collapsed), at `[`.
   *
   * > \ud83d\udc49 **Note**: we only get here if the label is defined.
   *
   * ```markdown
   * > | [a][] d
   *        ^
   * ```
   *
   * @type {State}
   */
  function referenceCollapsedStart(code) {
    // We only attempt a collapsed label if there\u2019s a `[`.

    effects.enter("reference");
    effects.enter("referenceMarker");
    effects.consume(code);
    effects.exit("referenceMarker");
    return referenceCollapsedOpen;
  }

  /**
   * In reference (collapsed), at `]`.
   *
   * > \ud83d\udc49 **Note**: we only get here if the label is defined.
   *
   * ```markdown
   * > | [a][] d
   *         ^
   * ```
   *
   *  @type {State}
   */
  function referenceCollapsedOpen(code) {
    if (code === 93) {
      effects.enter("referenceMarker");
      effects.consume(code);
      effects.exit("referenceMarker");
      effects.exit("reference");
      return ok;
    }
    return nok(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/label-start-image.js
/**
 * @import {
 *   Construct,
 *   State,
 *   Token,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */



/** @type {Construct} */
const labelStartImage = {
  name: 'labelStartImage',
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeLabelStartImage(effects, ok, nok) {
  const self = this;
  /** @type {Token} */
  let labelImage;
  return start;

  /**
   * Start of label (image) start.
   *
   * ```markdown
   * > | a ![b] c
   *       ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("labelImage");
    effects.enter("labelImageMarker");
    effects.consume(code);
    effects.exit("labelImageMarker");
    return open;
  }

  /**
   * After `!`, at `[`.
   *
   * ```markdown
   * > | a ![b] c
   *        ^
   * ```
   *
   * @type {State}
   */
  function open(code) {
    if (code === 91) {
      effects.enter("labelMarker");
      effects.consume(code);
      effects.exit("labelMarker");
      labelImage = effects.exit("labelImage");
      return after;
    }
    return nok(code);
  }

  /**
   * After `![`.
   *
   * ```markdown
   * > | a ![b] c
   *         ^
   * ```
   *
   * This is needed in because, when GFM footnotes are enabled, images never
   * form when started with a `^`.
   * Instead, links form:
   *
   * ```markdown
   * ![^a](b)
   *
   * ![^a][b]
   *
   * [b]: c
   * ```
   *
   * ```html
   * <p>!<a href=\"b\">^a</a></p>
   * <p>!<a href=\"c\">^a</a></p>
   * ```
   *
   * @type {State}
   */
  function after(code) {
    // To do: use a new field to do this, this is still needed for
    // `micromark-extension-gfm-footnote`, but the `label-start-link`
    // behavior isn\u2019t.
    // Hidden footnotes hook.
    /* c8 ignore next 6 */
    if (code === 94 && '_hiddenFootnoteSupport' in self.parser.constructs) {
      return nok(code);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelImage);
    return ok(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-util-classify-character/index.js
/**
 * @import {Code} from 'micromark-util-types'
 */


/**
 * Classify whether a code represents whitespace, punctuation, or something
 * else.
 *
 * Used for attention (emphasis, strong), whose sequences can open or close
 * based on the class of surrounding characters.
 *
 * > \ud83d\udc49 **Note**: eof (`null`) is seen as whitespace.
 *
 * @param {Code} code
 *   Code.
 * @returns {typeof constants.characterGroupWhitespace | typeof constants.characterGroupPunctuation | undefined}
 *   Group.
 */
function classifyCharacter(code) {
  if (code === null || (0,micromark_util_character/* markdownLineEndingOrSpace */.Ee)(code) || (0,micromark_util_character/* unicodeWhitespace */.Ny)(code)) {
    return 1;
  }
  if ((0,micromark_util_character/* unicodePunctuation */.es)(code)) {
    return 2;
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/attention.js
/**
 * @import {
 *   Code,
 *   Construct,
 *   Event,
 *   Point,
 *   Resolver,
 *   State,
 *   TokenizeContext,
 *   Tokenizer,
 *   Token
 * } from 'micromark-util-types'
 */




/** @type {Construct} */
const attention = {
  name: 'attention',
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};

/**
 * Take all events and resolve attention to emphasis or strong.
 *
 * @type {Resolver}
 */
// eslint-disable-next-line complexity
function resolveAllAttention(events, context) {
  let index = -1;
  /** @type {Array<Event>} */
  let nextEvents;

  // Walk through all events.
  //
  // Note: performance of this is fine on an mb of normal markdown, but it\u2019s
  // a bottleneck for malicious stuff.
  while (++index < events.length) {
    // Find a token that can close.
    if (events[index][0] === 'enter' && events[index][1].type === 'attentionSequence' && events[index][1]._close) {
      let open = index;

      // Now walk back to find an opener.
      while (open--) {
        // Find a token that can open the closer.
        if (events[open][0] === 'exit' && events[open][1].type === 'attentionSequence' && events[open][1]._open &&
        // If the markers are the same:
        context.sliceSerialize(events[open][1]).charCodeAt(0) === context.sliceSerialize(events[index][1]).charCodeAt(0)) {
          // If the opening can close or the closing can open,
          // and the close size *is not* a multiple of three,
          // but the sum of the opening and closing size *is* multiple of three,
          // then don\u2019t match.
          if ((events[open][1]._close || events[index][1]._open) && (events[index][1].end.offset - events[index][1].start.offset) % 3 && !((events[open][1].end.offset - events[open][1].start.offset + events[index][1].end.offset - events[index][1].start.offset) % 3)) {
            continue;
          }

          // Number of markers to use from the sequence.
          const use = events[open][1].end.offset - events[open][1].start.offset > 1 && events[index][1].end.offset - events[index][1].start.offset > 1 ? 2 : 1;
          const start = {
            ...events[open][1].end
          };
          const end = {
            ...events[index][1].start
          };
          movePoint(start, -use);
          movePoint(end, use);
          const openingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start,
            end: {
              ...events[open][1].end
            }
          };
          const closingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index][1].start
            },
            end
          };
          const text = {
            type: use > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open][1].end
            },
            end: {
              ...events[index][1].start
            }
          };
          const group = {
            type: use > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open][1].end = {
            ...openingSequence.start
          };
          events[index][1].start = {
            ...closingSequence.end
          };
          nextEvents = [];

          // If there are more markers in the opening, add them before.
          if (events[open][1].end.offset - events[open][1].start.offset) {
            nextEvents = (0,micromark_util_chunked/* push */.V)(nextEvents, [['enter', events[open][1], context], ['exit', events[open][1], context]]);
          }

          // Opening.
          nextEvents = (0,micromark_util_chunked/* push */.V)(nextEvents, [['enter', group, context], ['enter', openingSequence, context], ['exit', openingSequence, context], ['enter', text, context]]);

          // Always populated by defaults.

          // Between.
          nextEvents = (0,micromark_util_chunked/* push */.V)(nextEvents, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + 1, index), context));

          // Closing.
          nextEvents = (0,micromark_util_chunked/* push */.V)(nextEvents, [['exit', text, context], ['enter', closingSequence, context], ['exit', closingSequence, context], ['exit', group, context]]);

          /** @type {number} */
          let offset = 0;

          // If there are more markers in the closing, add them after.
          if (events[index][1].end.offset - events[index][1].start.offset) {
            offset = 2;
            nextEvents = (0,micromark_util_chunked/* push */.V)(nextEvents, [['enter', events[index][1], context], ['exit', events[index][1], context]]);
          }
          (0,micromark_util_chunked/* splice */.m)(events, open - 1, index - open + 3, nextEvents);
          index = open + nextEvents.length - offset - 2;
          break;
        }
      }
    }
  }

  // Remove remaining sequences.
  index = -1;
  while (++index < events.length) {
    if (events[index][1].type === 'attentionSequence') {
      events[index][1].type = 'data';
    }
  }
  return events;
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeAttention(effects, ok) {
  const attentionMarkers = this.parser.constructs.attentionMarkers.null;
  const previous = this.previous;
  const before = classifyCharacter(previous);

  /** @type {NonNullable<Code>} */
  let marker;
  return start;

  /**
   * Before a sequence.
   *
   * ```markdown
   * > | **
   *     ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    marker = code;
    effects.enter('attentionSequence');
    return inside(code);
  }

  /**
   * In a sequence.
   *
   * ```markdown
   * > | **
   *     ^^
   * ```
   *
   * @type {State}
   */
  function inside(code) {
    if (code === marker) {
      effects.consume(code);
      return inside;
    }
    const token = effects.exit('attentionSequence');

    // To do: next major: move this to resolver, just like `markdown-rs`.
    const after = classifyCharacter(code);

    // Always populated by defaults.

    // Note: `*` and `_` are in `attentionMarkers` through core.
    // They are excluded here as the loosening is meant for markers registered
    // by *other* constructs (such as GFM strikethrough\u2019s `~`).
    const open = !after || after === 2 && before || attentionMarkers.includes(code) && code !== 42 && code !== 95;
    const close = !before || before === 2 && after || attentionMarkers.includes(previous) && previous !== 42 && previous !== 95;
    token._open = Boolean(marker === 42 ? open : open && (before || !close));
    token._close = Boolean(marker === 42 ? close : close && (after || !open));
    return ok(code);
  }
}

/**
 * Move a point a bit.
 *
 * Note: `move` only works inside lines! It\u2019s not possible to move past other
 * chunks (replacement characters, tabs, or line endings).
 *
 * @param {Point} point
 *   Point.
 * @param {number} offset
 *   Amount to move.
 * @returns {undefined}
 *   Nothing.
 */
function movePoint(point, offset) {
  point.column += offset;
  point.offset += offset;
  point._bufferIndex += offset;
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/autolink.js
/**
 * @import {
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */


/** @type {Construct} */
const autolink = {
  name: 'autolink',
  tokenize: tokenizeAutolink
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeAutolink(effects, ok, nok) {
  let size = 0;
  return start;

  /**
   * Start of an autolink.
   *
   * ```markdown
   * > | a<https://example.com>b
   *      ^
   * > | a<user@example.com>b
   *      ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("autolink");
    effects.enter("autolinkMarker");
    effects.consume(code);
    effects.exit("autolinkMarker");
    effects.enter("autolinkProtocol");
    return open;
  }

  /**
   * After `<`, at protocol or atext.
   *
   * ```markdown
   * > | a<https://example.com>b
   *       ^
   * > | a<user@example.com>b
   *       ^
   * ```
   *
   * @type {State}
   */
  function open(code) {
    if ((0,micromark_util_character/* asciiAlpha */.CW)(code)) {
      effects.consume(code);
      return schemeOrEmailAtext;
    }
    if (code === 64) {
      return nok(code);
    }
    return emailAtext(code);
  }

  /**
   * At second byte of protocol or atext.
   *
   * ```markdown
   * > | a<https://example.com>b
   *        ^
   * > | a<user@example.com>b
   *        ^
   * ```
   *
   * @type {State}
   */
  function schemeOrEmailAtext(code) {
    // ASCII alphanumeric and `+`, `-`, and `.`.
    if (code === 43 || code === 45 || code === 46 || (0,micromark_util_character/* asciiAlphanumeric */.lV)(code)) {
      // Count the previous alphabetical from `open` too.
      size = 1;
      return schemeInsideOrEmailAtext(code);
    }
    return emailAtext(code);
  }

  /**
   * In ambiguous protocol or atext.
   *
   * ```markdown
   * > | a<https://example.com>b
   *        ^
   * > | a<user@example.com>b
   *        ^
   * ```
   *
   * @type {State}
   */
  function schemeInsideOrEmailAtext(code) {
    if (code === 58) {
      effects.consume(code);
      size = 0;
      return urlInside;
    }

    // ASCII alphanumeric and `+`, `-`, and `.`.
    if ((code === 43 || code === 45 || code === 46 || (0,micromark_util_character/* asciiAlphanumeric */.lV)(code)) && size++ < 32) {
      effects.consume(code);
      return schemeInsideOrEmailAtext;
    }
    size = 0;
    return emailAtext(code);
  }

  /**
   * After protocol, in URL.
   *
   * ```markdown
   * > | a<https://example.com>b
   *             ^
   * ```
   *
   * @type {State}
   */
  function urlInside(code) {
    if (code === 62) {
      effects.exit("autolinkProtocol");
      effects.enter("autolinkMarker");
      effects.consume(code);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok;
    }

    // ASCII control, space, or `<`.
    if (code === null || code === 32 || code === 60 || (0,micromark_util_character/* asciiControl */.JQ)(code)) {
      return nok(code);
    }
    effects.consume(code);
    return urlInside;
  }

  /**
   * In email atext.
   *
   * ```markdown
   * > | a<user.name@example.com>b
   *              ^
   * ```
   *
   * @type {State}
   */
  function emailAtext(code) {
    if (code === 64) {
      effects.consume(code);
      return emailAtSignOrDot;
    }
    if ((0,micromark_util_character/* asciiAtext */.cx)(code)) {
      effects.consume(code);
      return emailAtext;
    }
    return nok(code);
  }

  /**
   * In label, after at-sign or dot.
   *
   * ```markdown
   * > | a<user.name@example.com>b
   *                 ^       ^
   * ```
   *
   * @type {State}
   */
  function emailAtSignOrDot(code) {
    return (0,micromark_util_character/* asciiAlphanumeric */.lV)(code) ? emailLabel(code) : nok(code);
  }

  /**
   * In label, where `.` and `>` are allowed.
   *
   * ```markdown
   * > | a<user.name@example.com>b
   *                   ^
   * ```
   *
   * @type {State}
   */
  function emailLabel(code) {
    if (code === 46) {
      effects.consume(code);
      size = 0;
      return emailAtSignOrDot;
    }
    if (code === 62) {
      // Exit, then change the token type.
      effects.exit("autolinkProtocol").type = "autolinkEmail";
      effects.enter("autolinkMarker");
      effects.consume(code);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok;
    }
    return emailValue(code);
  }

  /**
   * In label, where `.` and `>` are *not* allowed.
   *
   * Though, this is also used in `emailLabel` to parse other values.
   *
   * ```markdown
   * > | a<user.name@ex-ample.com>b
   *                    ^
   * ```
   *
   * @type {State}
   */
  function emailValue(code) {
    // ASCII alphanumeric or `-`.
    if ((code === 45 || (0,micromark_util_character/* asciiAlphanumeric */.lV)(code)) && size++ < 63) {
      const next = code === 45 ? emailValue : emailLabel;
      effects.consume(code);
      return next;
    }
    return nok(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/html-text.js
/**
 * @import {
 *   Code,
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */



/** @type {Construct} */
const htmlText = {
  name: 'htmlText',
  tokenize: tokenizeHtmlText
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeHtmlText(effects, ok, nok) {
  const self = this;
  /** @type {NonNullable<Code> | undefined} */
  let marker;
  /** @type {number} */
  let index;
  /** @type {State} */
  let returnState;
  return start;

  /**
   * Start of HTML (text).
   *
   * ```markdown
   * > | a <b> c
   *       ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("htmlText");
    effects.enter("htmlTextData");
    effects.consume(code);
    return open;
  }

  /**
   * After `<`, at tag name or other stuff.
   *
   * ```markdown
   * > | a <b> c
   *        ^
   * > | a <!doctype> c
   *        ^
   * > | a <!--b--> c
   *        ^
   * ```
   *
   * @type {State}
   */
  function open(code) {
    if (code === 33) {
      effects.consume(code);
      return declarationOpen;
    }
    if (code === 47) {
      effects.consume(code);
      return tagCloseStart;
    }
    if (code === 63) {
      effects.consume(code);
      return instruction;
    }

    // ASCII alphabetical.
    if ((0,micromark_util_character/* asciiAlpha */.CW)(code)) {
      effects.consume(code);
      return tagOpen;
    }
    return nok(code);
  }

  /**
   * After `<!`, at declaration, comment, or CDATA.
   *
   * ```markdown
   * > | a <!doctype> c
   *         ^
   * > | a <!--b--> c
   *         ^
   * > | a <![CDATA[>&<]]> c
   *         ^
   * ```
   *
   * @type {State}
   */
  function declarationOpen(code) {
    if (code === 45) {
      effects.consume(code);
      return commentOpenInside;
    }
    if (code === 91) {
      effects.consume(code);
      index = 0;
      return cdataOpenInside;
    }
    if ((0,micromark_util_character/* asciiAlpha */.CW)(code)) {
      effects.consume(code);
      return declaration;
    }
    return nok(code);
  }

  /**
   * In a comment, after `<!-`, at another `-`.
   *
   * ```markdown
   * > | a <!--b--> c
   *          ^
   * ```
   *
   * @type {State}
   */
  function commentOpenInside(code) {
    if (code === 45) {
      effects.consume(code);
      return commentEnd;
    }
    return nok(code);
  }

  /**
   * In comment.
   *
   * ```markdown
   * > | a <!--b--> c
   *           ^
   * ```
   *
   * @type {State}
   */
  function comment(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 45) {
      effects.consume(code);
      return commentClose;
    }
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      returnState = comment;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return comment;
  }

  /**
   * In comment, after `-`.
   *
   * ```markdown
   * > | a <!--b--> c
   *             ^
   * ```
   *
   * @type {State}
   */
  function commentClose(code) {
    if (code === 45) {
      effects.consume(code);
      return commentEnd;
    }
    return comment(code);
  }

  /**
   * In comment, after `--`.
   *
   * ```markdown
   * > | a <!--b--> c
   *              ^
   * ```
   *
   * @type {State}
   */
  function commentEnd(code) {
    return code === 62 ? end(code) : code === 45 ? commentClose(code) : comment(code);
  }

  /**
   * After `<![`, in CDATA, expecting `CDATA[`.
   *
   * ```markdown
   * > | a <![CDATA[>&<]]> b
   *          ^^^^^^
   * ```
   *
   * @type {State}
   */
  function cdataOpenInside(code) {
    const value = "CDATA[";
    if (code === value.charCodeAt(index++)) {
      effects.consume(code);
      return index === value.length ? cdata : cdataOpenInside;
    }
    return nok(code);
  }

  /**
   * In CDATA.
   *
   * ```markdown
   * > | a <![CDATA[>&<]]> b
   *                ^^^
   * ```
   *
   * @type {State}
   */
  function cdata(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 93) {
      effects.consume(code);
      return cdataClose;
    }
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      returnState = cdata;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return cdata;
  }

  /**
   * In CDATA, after `]`, at another `]`.
   *
   * ```markdown
   * > | a <![CDATA[>&<]]> b
   *                    ^
   * ```
   *
   * @type {State}
   */
  function cdataClose(code) {
    if (code === 93) {
      effects.consume(code);
      return cdataEnd;
    }
    return cdata(code);
  }

  /**
   * In CDATA, after `]]`, at `>`.
   *
   * ```markdown
   * > | a <![CDATA[>&<]]> b
   *                     ^
   * ```
   *
   * @type {State}
   */
  function cdataEnd(code) {
    if (code === 62) {
      return end(code);
    }
    if (code === 93) {
      effects.consume(code);
      return cdataEnd;
    }
    return cdata(code);
  }

  /**
   * In declaration.
   *
   * ```markdown
   * > | a <!b> c
   *          ^
   * ```
   *
   * @type {State}
   */
  function declaration(code) {
    if (code === null || code === 62) {
      return end(code);
    }
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      returnState = declaration;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return declaration;
  }

  /**
   * In instruction.
   *
   * ```markdown
   * > | a <?b?> c
   *         ^
   * ```
   *
   * @type {State}
   */
  function instruction(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 63) {
      effects.consume(code);
      return instructionClose;
    }
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      returnState = instruction;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return instruction;
  }

  /**
   * In instruction, after `?`, at `>`.
   *
   * ```markdown
   * > | a <?b?> c
   *           ^
   * ```
   *
   * @type {State}
   */
  function instructionClose(code) {
    return code === 62 ? end(code) : instruction(code);
  }

  /**
   * After `</`, in closing tag, at tag name.
   *
   * ```markdown
   * > | a </b> c
   *         ^
   * ```
   *
   * @type {State}
   */
  function tagCloseStart(code) {
    // ASCII alphabetical.
    if ((0,micromark_util_character/* asciiAlpha */.CW)(code)) {
      effects.consume(code);
      return tagClose;
    }
    return nok(code);
  }

  /**
   * After `</x`, in a tag name.
   *
   * ```markdown
   * > | a </b> c
   *          ^
   * ```
   *
   * @type {State}
   */
  function tagClose(code) {
    // ASCII alphanumerical and `-`.
    if (code === 45 || (0,micromark_util_character/* asciiAlphanumeric */.lV)(code)) {
      effects.consume(code);
      return tagClose;
    }
    return tagCloseBetween(code);
  }

  /**
   * In closing tag, after tag name.
   *
   * ```markdown
   * > | a </b> c
   *          ^
   * ```
   *
   * @type {State}
   */
  function tagCloseBetween(code) {
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      returnState = tagCloseBetween;
      return lineEndingBefore(code);
    }
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      effects.consume(code);
      return tagCloseBetween;
    }
    return end(code);
  }

  /**
   * After `<x`, in opening tag name.
   *
   * ```markdown
   * > | a <b> c
   *         ^
   * ```
   *
   * @type {State}
   */
  function tagOpen(code) {
    // ASCII alphanumerical and `-`.
    if (code === 45 || (0,micromark_util_character/* asciiAlphanumeric */.lV)(code)) {
      effects.consume(code);
      return tagOpen;
    }
    if (code === 47 || code === 62 || (0,micromark_util_character/* markdownLineEndingOrSpace */.Ee)(code)) {
      return tagOpenBetween(code);
    }
    return nok(code);
  }

  /**
   * In opening tag, after tag name.
   *
   * ```markdown
   * > | a <b> c
   *         ^
   * ```
   *
   * @type {State}
   */
  function tagOpenBetween(code) {
    if (code === 47) {
      effects.consume(code);
      return end;
    }

    // ASCII alphabetical and `:` and `_`.
    if (code === 58 || code === 95 || (0,micromark_util_character/* asciiAlpha */.CW)(code)) {
      effects.consume(code);
      return tagOpenAttributeName;
    }
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      returnState = tagOpenBetween;
      return lineEndingBefore(code);
    }
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      effects.consume(code);
      return tagOpenBetween;
    }
    return end(code);
  }

  /**
   * In attribute name.
   *
   * ```markdown
   * > | a <b c> d
   *          ^
   * ```
   *
   * @type {State}
   */
  function tagOpenAttributeName(code) {
    // ASCII alphabetical and `-`, `.`, `:`, and `_`.
    if (code === 45 || code === 46 || code === 58 || code === 95 || (0,micromark_util_character/* asciiAlphanumeric */.lV)(code)) {
      effects.consume(code);
      return tagOpenAttributeName;
    }
    return tagOpenAttributeNameAfter(code);
  }

  /**
   * After attribute name, before initializer, the end of the tag, or
   * whitespace.
   *
   * ```markdown
   * > | a <b c> d
   *           ^
   * ```
   *
   * @type {State}
   */
  function tagOpenAttributeNameAfter(code) {
    if (code === 61) {
      effects.consume(code);
      return tagOpenAttributeValueBefore;
    }
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      returnState = tagOpenAttributeNameAfter;
      return lineEndingBefore(code);
    }
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      effects.consume(code);
      return tagOpenAttributeNameAfter;
    }
    return tagOpenBetween(code);
  }

  /**
   * Before unquoted, double quoted, or single quoted attribute value, allowing
   * whitespace.
   *
   * ```markdown
   * > | a <b c=d> e
   *            ^
   * ```
   *
   * @type {State}
   */
  function tagOpenAttributeValueBefore(code) {
    if (code === null || code === 60 || code === 61 || code === 62 || code === 96) {
      return nok(code);
    }
    if (code === 34 || code === 39) {
      effects.consume(code);
      marker = code;
      return tagOpenAttributeValueQuoted;
    }
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      returnState = tagOpenAttributeValueBefore;
      return lineEndingBefore(code);
    }
    if ((0,micromark_util_character/* markdownSpace */.On)(code)) {
      effects.consume(code);
      return tagOpenAttributeValueBefore;
    }
    effects.consume(code);
    return tagOpenAttributeValueUnquoted;
  }

  /**
   * In double or single quoted attribute value.
   *
   * ```markdown
   * > | a <b c="d"> e
   *             ^
   * ```
   *
   * @type {State}
   */
  function tagOpenAttributeValueQuoted(code) {
    if (code === marker) {
      effects.consume(code);
      marker = undefined;
      return tagOpenAttributeValueQuotedAfter;
    }
    if (code === null) {
      return nok(code);
    }
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      returnState = tagOpenAttributeValueQuoted;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return tagOpenAttributeValueQuoted;
  }

  /**
   * In unquoted attribute value.
   *
   * ```markdown
   * > | a <b c=d> e
   *            ^
   * ```
   *
   * @type {State}
   */
  function tagOpenAttributeValueUnquoted(code) {
    if (code === null || code === 34 || code === 39 || code === 60 || code === 61 || code === 96) {
      return nok(code);
    }
    if (code === 47 || code === 62 || (0,micromark_util_character/* markdownLineEndingOrSpace */.Ee)(code)) {
      return tagOpenBetween(code);
    }
    effects.consume(code);
    return tagOpenAttributeValueUnquoted;
  }

  /**
   * After double or single quoted attribute value, before whitespace or the end
   * of the tag.
   *
   * ```markdown
   * > | a <b c="d"> e
   *               ^
   * ```
   *
   * @type {State}
   */
  function tagOpenAttributeValueQuotedAfter(code) {
    if (code === 47 || code === 62 || (0,micromark_util_character/* markdownLineEndingOrSpace */.Ee)(code)) {
      return tagOpenBetween(code);
    }
    return nok(code);
  }

  /**
   * In certain circumstances of a tag where only an `>` is allowed.
   *
   * ```markdown
   * > | a <b c="d"> e
   *               ^
   * ```
   *
   * @type {State}
   */
  function end(code) {
    if (code === 62) {
      effects.consume(code);
      effects.exit("htmlTextData");
      effects.exit("htmlText");
      return ok;
    }
    return nok(code);
  }

  /**
   * At eol.
   *
   * > \ud83d\udc49 **Note**: we can\u2019t have blank lines in text, so no need to worry about
   * > empty tokens.
   *
   * ```markdown
   * > | a <!--a
   *            ^
   *   | b-->
   * ```
   *
   * @type {State}
   */
  function lineEndingBefore(code) {
    effects.exit("htmlTextData");
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return lineEndingAfter;
  }

  /**
   * After eol, at optional whitespace.
   *
   * > \ud83d\udc49 **Note**: we can\u2019t have blank lines in text, so no need to worry about
   * > empty tokens.
   *
   * ```markdown
   *   | a <!--a
   * > | b-->
   *     ^
   * ```
   *
   * @type {State}
   */
  function lineEndingAfter(code) {
    // Always populated by defaults.

    return (0,micromark_util_character/* markdownSpace */.On)(code) ? (0,micromark_factory_space/* factorySpace */.N)(effects, lineEndingAfterPrefix, "linePrefix", self.parser.constructs.disable.null.includes('codeIndented') ? undefined : 4)(code) : lineEndingAfterPrefix(code);
  }

  /**
   * After eol, after optional whitespace.
   *
   * > \ud83d\udc49 **Note**: we can\u2019t have blank lines in text, so no need to worry about
   * > empty tokens.
   *
   * ```markdown
   *   | a <!--a
   * > | b-->
   *     ^
   * ```
   *
   * @type {State}
   */
  function lineEndingAfterPrefix(code) {
    effects.enter("htmlTextData");
    return returnState(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/label-start-link.js
/**
 * @import {
 *   Construct,
 *   State,
 *   Token,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */



/** @type {Construct} */
const labelStartLink = {
  name: 'labelStartLink',
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeLabelStartLink(effects, ok, nok) {
  const self = this;
  /** @type {Token} */
  let labelLink;
  return start;

  /**
   * Start of label (link) start.
   *
   * ```markdown
   * > | a [b] c
   *       ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("labelLink");
    effects.enter("labelMarker");
    effects.consume(code);
    effects.exit("labelMarker");
    labelLink = effects.exit("labelLink");
    return after;
  }

  /** @type {State} */
  function after(code) {
    // To do: this isn\u2019t needed in `micromark-extension-gfm-footnote`,
    // remove.
    // Hidden footnotes hook.
    /* c8 ignore next 6 */
    if (code === 94 && '_hiddenFootnoteSupport' in self.parser.constructs) {
      return nok(code);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelLink);
    return ok(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/hard-break-escape.js
/**
 * @import {
 *   Construct,
 *   State,
 *   TokenizeContext,
 *   Tokenizer
 * } from 'micromark-util-types'
 */


/** @type {Construct} */
const hardBreakEscape = {
  name: 'hardBreakEscape',
  tokenize: tokenizeHardBreakEscape
};

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeHardBreakEscape(effects, ok, nok) {
  return start;

  /**
   * Start of a hard break (escape).
   *
   * ```markdown
   * > | a\
   *      ^
   *   | b
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("hardBreakEscape");
    effects.consume(code);
    return after;
  }

  /**
   * After `\`, at eol.
   *
   * ```markdown
   * > | a\
   *       ^
   *   | b
   * ```
   *
   *  @type {State}
   */
  function after(code) {
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.exit("hardBreakEscape");
      return ok(code);
    }
    return nok(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark-core-commonmark/lib/code-text.js
/**
 * @import {
 *   Construct,
 *   Previous,
 *   Resolver,
 *   State,
 *   TokenizeContext,
 *   Tokenizer,
 *   Token
 * } from 'micromark-util-types'
 */


/** @type {Construct} */
const codeText = {
  name: 'codeText',
  previous,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};

// To do: next major: don\u2019t resolve, like `markdown-rs`.
/** @type {Resolver} */
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  /** @type {number} */
  let index;
  /** @type {number | undefined} */
  let enter;

  // If we start and end with an EOL or a space.
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === 'space') && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === 'space')) {
    index = headEnterIndex;

    // And we have data.
    while (++index < tailExitIndex) {
      if (events[index][1].type === "codeTextData") {
        // Then we have padding.
        events[headEnterIndex][1].type = "codeTextPadding";
        events[tailExitIndex][1].type = "codeTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }

  // Merge adjacent spaces and data.
  index = headEnterIndex - 1;
  tailExitIndex++;
  while (++index <= tailExitIndex) {
    if (enter === undefined) {
      if (index !== tailExitIndex && events[index][1].type !== "lineEnding") {
        enter = index;
      }
    } else if (index === tailExitIndex || events[index][1].type === "lineEnding") {
      events[enter][1].type = "codeTextData";
      if (index !== enter + 2) {
        events[enter][1].end = events[index - 1][1].end;
        events.splice(enter + 2, index - enter - 2);
        tailExitIndex -= index - enter - 2;
        index = enter + 2;
      }
      enter = undefined;
    }
  }
  return events;
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Previous}
 */
function previous(code) {
  // If there is a previous code, there will always be a tail.
  return code !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}

/**
 * @this {TokenizeContext}
 *   Context.
 * @type {Tokenizer}
 */
function tokenizeCodeText(effects, ok, nok) {
  const self = this;
  let sizeOpen = 0;
  /** @type {number} */
  let size;
  /** @type {Token} */
  let token;
  return start;

  /**
   * Start of code (text).
   *
   * ```markdown
   * > | `a`
   *     ^
   * > | \`a`
   *      ^
   * ```
   *
   * @type {State}
   */
  function start(code) {
    effects.enter("codeText");
    effects.enter("codeTextSequence");
    return sequenceOpen(code);
  }

  /**
   * In opening sequence.
   *
   * ```markdown
   * > | `a`
   *     ^
   * ```
   *
   * @type {State}
   */
  function sequenceOpen(code) {
    if (code === 96) {
      effects.consume(code);
      sizeOpen++;
      return sequenceOpen;
    }
    effects.exit("codeTextSequence");
    return between(code);
  }

  /**
   * Between something and something else.
   *
   * ```markdown
   * > | `a`
   *      ^^
   * ```
   *
   * @type {State}
   */
  function between(code) {
    // EOF.
    if (code === null) {
      return nok(code);
    }

    // To do: next major: don\u2019t do spaces in resolve, but when compiling,
    // like `markdown-rs`.
    // Tabs don\u2019t work, and virtual spaces don\u2019t make sense.
    if (code === 32) {
      effects.enter('space');
      effects.consume(code);
      effects.exit('space');
      return between;
    }

    // Closing fence? Could also be data.
    if (code === 96) {
      token = effects.enter("codeTextSequence");
      size = 0;
      return sequenceClose(code);
    }
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return between;
    }

    // Data.
    effects.enter("codeTextData");
    return data(code);
  }

  /**
   * In data.
   *
   * ```markdown
   * > | `a`
   *      ^
   * ```
   *
   * @type {State}
   */
  function data(code) {
    if (code === null || code === 32 || code === 96 || (0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      effects.exit("codeTextData");
      return between(code);
    }
    effects.consume(code);
    return data;
  }

  /**
   * In closing sequence.
   *
   * ```markdown
   * > | `a`
   *       ^
   * ```
   *
   * @type {State}
   */
  function sequenceClose(code) {
    // More.
    if (code === 96) {
      effects.consume(code);
      size++;
      return sequenceClose;
    }

    // Done!
    if (size === sizeOpen) {
      effects.exit("codeTextSequence");
      effects.exit("codeText");
      return ok(code);
    }

    // More or less accents: mark as data.
    token.type = "codeTextData";
    return data(code);
  }
}
;// CONCATENATED MODULE: ./node_modules/micromark/lib/constructs.js
/**
 * @import {Extension} from 'micromark-util-types'
 */




/** @satisfies {Extension['document']} */
const constructs_document = {
  [42]: list,
  [43]: list,
  [45]: list,
  [48]: list,
  [49]: list,
  [50]: list,
  [51]: list,
  [52]: list,
  [53]: list,
  [54]: list,
  [55]: list,
  [56]: list,
  [57]: list,
  [62]: blockQuote
};

/** @satisfies {Extension['contentInitial']} */
const contentInitial = {
  [91]: definition
};

/** @satisfies {Extension['flowInitial']} */
const flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};

/** @satisfies {Extension['flow']} */
const constructs_flow = {
  [35]: headingAtx,
  [42]: thematicBreak,
  [45]: [setextUnderline, thematicBreak],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak,
  [96]: codeFenced,
  [126]: codeFenced
};

/** @satisfies {Extension['string']} */
const constructs_string = {
  [38]: characterReference,
  [92]: characterEscape
};

/** @satisfies {Extension['text']} */
const constructs_text = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention,
  [96]: codeText
};

/** @satisfies {Extension['insideSpan']} */
const insideSpan = {
  null: [attention, resolver]
};

/** @satisfies {Extension['attentionMarkers']} */
const attentionMarkers = {
  null: [42, 95]
};

/** @satisfies {Extension['disable']} */
const disable = {
  null: []
};
;// CONCATENATED MODULE: ./node_modules/micromark/lib/create-tokenizer.js
/**
 * @import {
 *   Chunk,
 *   Code,
 *   ConstructRecord,
 *   Construct,
 *   Effects,
 *   InitialConstruct,
 *   ParseContext,
 *   Point,
 *   State,
 *   TokenizeContext,
 *   Token
 * } from 'micromark-util-types'
 */

/**
 * @callback Restore
 *   Restore the state.
 * @returns {undefined}
 *   Nothing.
 *
 * @typedef Info
 *   Info.
 * @property {Restore} restore
 *   Restore.
 * @property {number} from
 *   From.
 *
 * @callback ReturnHandle
 *   Handle a successful run.
 * @param {Construct} construct
 *   Construct.
 * @param {Info} info
 *   Info.
 * @returns {undefined}
 *   Nothing.
 */




/**
 * Create a tokenizer.
 * Tokenizers deal with one type of data (e.g., containers, flow, text).
 * The parser is the object dealing with it all.
 * `initialize` works like other constructs, except that only its `tokenize`
 * function is used, in which case it doesn\u2019t receive an `ok` or `nok`.
 * `from` can be given to set the point before the first character, although
 * when further lines are indented, they must be set with `defineSkip`.
 *
 * @param {ParseContext} parser
 *   Parser.
 * @param {InitialConstruct} initialize
 *   Construct.
 * @param {Omit<Point, '_bufferIndex' | '_index'> | undefined} [from]
 *   Point (optional).
 * @returns {TokenizeContext}
 *   Context.
 */
function createTokenizer(parser, initialize, from) {
  /** @type {Point} */
  let point = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  /** @type {Record<string, number>} */
  const columnStart = {};
  /** @type {Array<Construct>} */
  const resolveAllConstructs = [];
  /** @type {Array<Chunk>} */
  let chunks = [];
  /** @type {Array<Token>} */
  let stack = [];
  /** @type {boolean | undefined} */
  let consumed = true;

  /**
   * Tools used for tokenizing.
   *
   * @type {Effects}
   */
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };

  /**
   * State and tools for resolving and serializing.
   *
   * @type {TokenizeContext}
   */
  const context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  };

  /**
   * The state function.
   *
   * @type {State | undefined}
   */
  let state = initialize.tokenize.call(context, effects);

  /**
   * Track which character we expect to be consumed, to catch bugs.
   *
   * @type {Code}
   */
  let expectedCode;
  if (initialize.resolveAll) {
    resolveAllConstructs.push(initialize);
  }
  return context;

  /** @type {TokenizeContext['write']} */
  function write(slice) {
    chunks = (0,micromark_util_chunked/* push */.V)(chunks, slice);
    main();

    // Exit if we\u2019re not done, resolve might change stuff.
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize, 0);

    // Otherwise, resolve, and exit.
    context.events = resolveAll(resolveAllConstructs, context.events, context);
    return context.events;
  }

  //
  // Tools.
  //

  /** @type {TokenizeContext['sliceSerialize']} */
  function sliceSerialize(token, expandTabs) {
    return serializeChunks(sliceStream(token), expandTabs);
  }

  /** @type {TokenizeContext['sliceStream']} */
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }

  /** @type {TokenizeContext['now']} */
  function now() {
    // This is a hot path, so we clone manually instead of `Object.assign({}, point)`
    const {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    } = point;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    };
  }

  /** @type {TokenizeContext['defineSkip']} */
  function defineSkip(value) {
    columnStart[value.line] = value.column;
    accountForPotentialSkip();
  }

  //
  // State management.
  //

  /**
   * Main loop (note that `_index` and `_bufferIndex` in `point` are modified by
   * `consume`).
   * Here is where we walk through the chunks, which either include strings of
   * several characters, or numerical character codes.
   * The reason to do this in a loop instead of a call is so the stack can
   * drain.
   *
   * @returns {undefined}
   *   Nothing.
   */
  function main() {
    while (point._index < chunks.length) {
      const chunk = chunks[point._index];

      // If we\u2019re in a buffer chunk, loop through it.
      if (typeof chunk === 'string') {
        const chunkIndex = point._index;
        if (point._bufferIndex < 0) {
          point._bufferIndex = 0;
        }
        while (point._index === chunkIndex && point._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }

  /**
   * Deal with one code.
   *
   * @param {Code} code
   *   Code.
   * @returns {undefined}
   *   Nothing.
   */
  function go(code) {
    consumed = undefined;
    expectedCode = code;
    state = state(code);
  }

  /** @type {Effects['consume']} */
  function consume(code) {
    if ((0,micromark_util_character/* markdownLineEnding */.HP)(code)) {
      point.line++;
      point.column = 1;
      point.offset += code === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code !== -1) {
      point.column++;
      point.offset++;
    }

    // Not in a string chunk.
    if (point._bufferIndex < 0) {
      point._index++;
    } else {
      point._bufferIndex++;

      // At end of string chunk.
      if (point._bufferIndex ===
      // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point._index].length) {
        point._bufferIndex = -1;
        point._index++;
      }
    }

    // Expose the previous character.
    context.previous = code;

    // Mark as consumed.
    consumed = true;
  }

  /** @type {Effects['enter']} */
  function enter(type, fields) {
    /** @type {Token} */
    // @ts-expect-error Patch instead of assign required fields to help GC.
    const token = fields || {};
    token.type = type;
    token.start = now();
    context.events.push(['enter', token, context]);
    stack.push(token);
    return token;
  }

  /** @type {Effects['exit']} */
  function exit(type) {
    const token = stack.pop();
    token.end = now();
    context.events.push(['exit', token, context]);
    return token;
  }

  /**
   * Use results.
   *
   * @type {ReturnHandle}
   */
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }

  /**
   * Discard results.
   *
   * @type {ReturnHandle}
   */
  function onsuccessfulcheck(_, info) {
    info.restore();
  }

  /**
   * Factory to attempt/check/interrupt.
   *
   * @param {ReturnHandle} onreturn
   *   Callback.
   * @param {{interrupt?: boolean | undefined} | undefined} [fields]
   *   Fields.
   */
  function constructFactory(onreturn, fields) {
    return hook;

    /**
     * Handle either an object mapping codes to constructs, a list of
     * constructs, or a single construct.
     *
     * @param {Array<Construct> | ConstructRecord | Construct} constructs
     *   Constructs.
     * @param {State} returnState
     *   State.
     * @param {State | undefined} [bogusState]
     *   State.
     * @returns {State}
     *   State.
     */
    function hook(constructs, returnState, bogusState) {
      /** @type {ReadonlyArray<Construct>} */
      let listOfConstructs;
      /** @type {number} */
      let constructIndex;
      /** @type {Construct} */
      let currentConstruct;
      /** @type {Info} */
      let info;
      return Array.isArray(constructs) ? /* c8 ignore next 1 */
      handleListOfConstructs(constructs) : 'tokenize' in constructs ?
      // Looks like a construct.
      handleListOfConstructs([(/** @type {Construct} */constructs)]) : handleMapOfConstructs(constructs);

      /**
       * Handle a list of construct.
       *
       * @param {ConstructRecord} map
       *   Constructs.
       * @returns {State}
       *   State.
       */
      function handleMapOfConstructs(map) {
        return start;

        /** @type {State} */
        function start(code) {
          const left = code !== null && map[code];
          const all = code !== null && map.null;
          const list = [
          // To do: add more extension tests.
          /* c8 ignore next 2 */
          ...(Array.isArray(left) ? left : left ? [left] : []), ...(Array.isArray(all) ? all : all ? [all] : [])];
          return handleListOfConstructs(list)(code);
        }
      }

      /**
       * Handle a list of construct.
       *
       * @param {ReadonlyArray<Construct>} list
       *   Constructs.
       * @returns {State}
       *   State.
       */
      function handleListOfConstructs(list) {
        listOfConstructs = list;
        constructIndex = 0;
        if (list.length === 0) {
          return bogusState;
        }
        return handleConstruct(list[constructIndex]);
      }

      /**
       * Handle a single construct.
       *
       * @param {Construct} construct
       *   Construct.
       * @returns {State}
       *   State.
       */
      function handleConstruct(construct) {
        return start;

        /** @type {State} */
        function start(code) {
          // To do: not needed to store if there is no bogus state, probably?
          // Currently doesn\u2019t work because `inspect` in document does a check
          // w/o a bogus, which doesn\u2019t make sense. But it does seem to help perf
          // by not storing.
          info = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context.currentConstruct = construct;
          }

          // Always populated by defaults.

          if (construct.name && context.parser.constructs.disable.null.includes(construct.name)) {
            return nok(code);
          }
          return construct.tokenize.call(
          // If we do have fields, create an object w/ `context` as its
          // prototype.
          // This allows a \u201clive binding\u201d, which is needed for `interrupt`.
          fields ? Object.assign(Object.create(context), fields) : context, effects, ok, nok)(code);
        }
      }

      /** @type {State} */
      function ok(code) {
        consumed = true;
        onreturn(currentConstruct, info);
        return returnState;
      }

      /** @type {State} */
      function nok(code) {
        consumed = true;
        info.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }

  /**
   * @param {Construct} construct
   *   Construct.
   * @param {number} from
   *   From.
   * @returns {undefined}
   *   Nothing.
   */
  function addResult(construct, from) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      (0,micromark_util_chunked/* splice */.m)(context.events, from, context.events.length - from, construct.resolve(context.events.slice(from), context));
    }
    if (construct.resolveTo) {
      context.events = construct.resolveTo(context.events, context);
    }
  }

  /**
   * Store state.
   *
   * @returns {Info}
   *   Info.
   */
  function store() {
    const startPoint = now();
    const startPrevious = context.previous;
    const startCurrentConstruct = context.currentConstruct;
    const startEventsIndex = context.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };

    /**
     * Restore state.
     *
     * @returns {undefined}
     *   Nothing.
     */
    function restore() {
      point = startPoint;
      context.previous = startPrevious;
      context.currentConstruct = startCurrentConstruct;
      context.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }

  /**
   * Move the current point a bit forward in the line when it\u2019s on a column
   * skip.
   *
   * @returns {undefined}
   *   Nothing.
   */
  function accountForPotentialSkip() {
    if (point.line in columnStart && point.column < 2) {
      point.column = columnStart[point.line];
      point.offset += columnStart[point.line] - 1;
    }
  }
}

/**
 * Get the chunks from a slice of chunks in the range of a token.
 *
 * @param {ReadonlyArray<Chunk>} chunks
 *   Chunks.
 * @param {Pick<Token, 'end' | 'start'>} token
 *   Token.
 * @returns {Array<Chunk>}
 *   Chunks.
 */
function sliceChunks(chunks, token) {
  const startIndex = token.start._index;
  const startBufferIndex = token.start._bufferIndex;
  const endIndex = token.end._index;
  const endBufferIndex = token.end._bufferIndex;
  /** @type {Array<Chunk>} */
  let view;
  if (startIndex === endIndex) {
    // @ts-expect-error `_bufferIndex` is used on string chunks.
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head = view[0];
      if (typeof head === 'string') {
        view[0] = head.slice(startBufferIndex);
        /* c8 ignore next 4 -- used to be used, no longer */
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      // @ts-expect-error `_bufferIndex` is used on string chunks.
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}

/**
 * Get the string value of a slice of chunks.
 *
 * @param {ReadonlyArray<Chunk>} chunks
 *   Chunks.
 * @param {boolean | undefined} [expandTabs=false]
 *   Whether to expand tabs (default: `false`).
 * @returns {string}
 *   Result.
 */
function serializeChunks(chunks, expandTabs) {
  let index = -1;
  /** @type {Array<string>} */
  const result = [];
  /** @type {boolean | undefined} */
  let atTab;
  while (++index < chunks.length) {
    const chunk = chunks[index];
    /** @type {string} */
    let value;
    if (typeof chunk === 'string') {
      value = chunk;
    } else {
      switch (chunk) {
        case -5:
          {
            value = "\r";
            break;
          }
        case -4:
          {
            value = "\n";
            break;
          }
        case -3:
          {
            value = "\r" + "\n";
            break;
          }
        case -2:
          {
            value = expandTabs ? " " : "\t";
            break;
          }
        case -1:
          {
            if (!expandTabs && atTab) {
              continue;
            }
            value = " ";
            break;
          }
        default:
          {
            // Currently only replacement character.
            value = String.fromCharCode(chunk);
          }
      }
    }
    atTab = chunk === -2;
    result.push(value);
  }
  return result.join('');
}
;// CONCATENATED MODULE: ./node_modules/micromark/lib/parse.js
/**
 * @import {
 *   Create,
 *   FullNormalizedExtension,
 *   InitialConstruct,
 *   ParseContext,
 *   ParseOptions
 * } from 'micromark-util-types'
 */









/**
 * @param {ParseOptions | null | undefined} [options]
 *   Configuration (optional).
 * @returns {ParseContext}
 *   Parser.
 */
function parse(options) {
  const settings = options || {};
  const constructs = /** @type {FullNormalizedExtension} */
  combineExtensions([constructs_namespaceObject, ...(settings.extensions || [])]);

  /** @type {ParseContext} */
  const parser = {
    constructs,
    content: create(content),
    defined: [],
    document: create(document_document),
    flow: create(flow),
    lazy: {},
    string: create(string),
    text: create(text_text)
  };
  return parser;

  /**
   * @param {InitialConstruct} initial
   *   Construct to start with.
   * @returns {Create}
   *   Create a tokenizer.
   */
  function create(initial) {
    return creator;
    /** @type {Create} */
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

/***/ }),

/***/ 5387:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ postprocess)
/* harmony export */ });
/* harmony import */ var micromark_util_subtokenize__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5586);
/**
 * @import {Event} from 'micromark-util-types'
 */



/**
 * @param {Array<Event>} events
 *   Events.
 * @returns {Array<Event>}
 *   Events.
 */
function postprocess(events) {
  while (!(0,micromark_util_subtokenize__WEBPACK_IMPORTED_MODULE_0__/* .subtokenize */ .w)(events)) {
    // Empty
  }
  return events;
}

/***/ }),

/***/ 2192:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ preprocess)
/* harmony export */ });
/**
 * @import {Chunk, Code, Encoding, Value} from 'micromark-util-types'
 */

/**
 * @callback Preprocessor
 *   Preprocess a value.
 * @param {Value} value
 *   Value.
 * @param {Encoding | null | undefined} [encoding]
 *   Encoding when `value` is a typed array (optional).
 * @param {boolean | null | undefined} [end=false]
 *   Whether this is the last chunk (default: `false`).
 * @returns {Array<Chunk>}
 *   Chunks.
 */

const search = /[\0\t\n\r]/g;

/**
 * @returns {Preprocessor}
 *   Preprocess a value.
 */
function preprocess() {
  let column = 1;
  let buffer = '';
  /** @type {boolean | undefined} */
  let start = true;
  /** @type {boolean | undefined} */
  let atCarriageReturn;
  return preprocessor;

  /** @type {Preprocessor} */
  // eslint-disable-next-line complexity
  function preprocessor(value, encoding, end) {
    value = buffer + (typeof value === 'string' ? value.toString() : new TextDecoder(encoding || undefined).decode(value));

    /** @type {Array<Chunk>} */
    const chunks = [];
    let startPosition = 0;
    buffer = '';
    if (start) {
      // To do: `markdown-rs` actually parses BOMs (byte order mark).
      if (value.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start = undefined;
    }
    while (startPosition < value.length) {
      search.lastIndex = startPosition;
      const match = search.exec(value);
      const endPosition = match && match.index !== undefined ? match.index : value.length;
      const code = value.charCodeAt(endPosition);
      if (!match) {
        buffer = value.slice(startPosition);
        break;
      }
      if (code === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = undefined;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = undefined;
        }
        if (startPosition < endPosition) {
          chunks.push(value.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code) {
          case 0:
            {
              chunks.push(65533);
              column++;
              break;
            }
          case 9:
            {
              const next = Math.ceil(column / 4) * 4;
              chunks.push(-2);
              while (column++ < next) {
                chunks.push(-1);
              }
              break;
            }
          case 10:
            {
              chunks.push(-4);
              column = 1;
              break;
            }
          default:
            {
              atCarriageReturn = true;
              column = 1;
            }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) {
        chunks.push(-5);
      }
      if (buffer) {
        chunks.push(buffer);
      }
      chunks.push(null);
    }
    return chunks;
  }
}

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/logger.ts
var core_logger = __nccwpck_require__(1227);
;// CONCATENATED MODULE: ./src/core/run-entry.ts


/**
 * The one top-level wrapper every entry uses: runs the action, turns any failure into a clear
 * message and a non-zero exit code, and never lets a rejection escape. User mistakes and refused
 * permissions print their message only; anything unexpected prints its stack in a collapsed group.
 */
async function runEntry(main, logger = (0,core_logger/* loggerFor */.WG)()) {
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/platforms/index.ts + 4 modules
var platforms = __nccwpck_require__(9163);
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
            throw new errors/* ConfigurationError */.j1(`Input required and not supplied: ${decl.name}`, {
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
            throw new errors/* ConfigurationError */.j1(`Input '${decl.name}' must be true or false, got '${value}'.`, {
                input: decl.name,
            });
        case 'number': {
            const n = Number(value);
            const t = decl.type;
            if (!Number.isFinite(n) || (t.integer && !Number.isInteger(n))) {
                throw new errors/* ConfigurationError */.j1(`Input '${decl.name}' must be ${t.integer ? 'a whole number' : 'a number'}, got '${value}'.`, { input: decl.name });
            }
            if ((t.min !== undefined && n < t.min) || (t.max !== undefined && n > t.max)) {
                throw new errors/* ConfigurationError */.j1(`Input '${decl.name}' must be between ${t.min ?? '-\u221e'} and ${t.max ?? '\u221e'}, got ${n}.`, { input: decl.name });
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
            throw new errors/* ConfigurationError */.j1(`Input '${decl.name}' must be one of ${decl.type.options.join(', ')}, got '${value}'.`, { input: decl.name });
    }
}

// EXTERNAL MODULE: ./src/forge/registry.ts + 12 modules
var registry = __nccwpck_require__(499);
;// CONCATENATED MODULE: ./src/forge/token.ts


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
        ...FORGE_KINDS.flatMap((k) => forgeInfo(k).tokenVariables),
    ];
    return [explicit, ...names.map((n) => env[n])].some((t) => t !== undefined && t.trim() !== '');
}
function readForgeToken(logger, forge, explicit, env = process.env) {
    const order = forge ? [forge, ...registry/* FORGE_KINDS */.Ij.filter((k) => k !== forge)] : registry/* FORGE_KINDS */.Ij;
    const candidates = [
        explicit,
        env.REPO_TOKEN,
        env.repo_token,
        ...order.flatMap((k) => (0,registry/* forgeInfo */.QF)(k).tokenVariables.map((name) => env[name])),
        readRawInput('github-token', env),
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

;// CONCATENATED MODULE: ./src/inputs/common.ts
/** Inputs several actions share; declared once so every action.yml says the same thing. */
const COMMON_INPUTS = [
    {
        name: 'token',
        type: { kind: 'string' },
        secret: true,
        description: 'Forge token. Defaults to REPO_TOKEN, repo_token, GITHUB_TOKEN or GITLAB_TOKEN from the environment, as CML reads them.',
        actions: ['report', 'metrics-diff', 'runner-provision', 'data-validate'],
    },
    {
        // The runner puts no token in a step's environment; this default hands the job's own
        // GITHUB_TOKEN over as the last fallback, after every token CML users set explicitly.
        name: 'github-token',
        type: { kind: 'string' },
        default: '${{ github.token }}',
        secret: true,
        platforms: ['github'],
        description: "The workflow's own token, used only when neither token nor REPO_TOKEN, repo_token or GITHUB_TOKEN is set. Leave the default.",
        actions: ['report', 'metrics-diff', 'runner-provision', 'data-validate'],
    },
    {
        name: 'fail-on-error',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'Fail the step when the report cannot be posted (for example a read-only token on a fork). Off: warn, keep the report in the job summary and on disk.',
        actions: ['report', 'metrics-diff', 'data-validate'],
    },
];

;// CONCATENATED MODULE: ./src/inputs/report.ts
/** Inputs of the report action (and its GitLab component). `token` and `fail-on-error` are in common.ts. */
const REPORT_INPUTS = [
    {
        name: 'file',
        type: { kind: 'string' },
        default: 'report.md',
        description: 'Markdown file of the report. Local images in it (image syntax, reference definitions, <img src>, data:image URIs) are published and their links rewritten. When plots, metrics or data are given and the default report.md does not exist, the report is made of them alone.',
        actions: ['report'],
    },
    {
        name: 'target',
        type: { kind: 'string' },
        default: 'auto',
        description: "Where the comment goes, in CML's syntax: auto (this run's PR/MR, else an open PR/MR whose head is this commit, else the commit), pr, pr/<number>, commit, commit/<sha> or issue/<number>.",
        actions: ['report'],
    },
    {
        name: 'watermark-title',
        type: { kind: 'string' },
        default: '{workflow}',
        description: 'Title of the hidden marker that makes the comment sticky; {workflow}, {run} and {job} are replaced. Reports with different titles are different comments.',
        actions: ['report'],
    },
    {
        name: 'update',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'Update the newest comment with the same watermark title written by the same token identity instead of adding a new comment (CML comment update).',
        actions: ['report'],
    },
    {
        name: 'section',
        type: { kind: 'string' },
        description: 'Name of the section of the comment this job owns (for example the matrix value); jobs with different sections share one comment. Empty: the job owns the whole comment.',
        actions: ['report'],
    },
    {
        name: 'plots',
        type: { kind: 'list' },
        description: 'Plot specs (.vl.json, .vg.json) or data files (csv, tsv, json, yaml), newline or comma separated, rendered to PNG and appended to the report.',
        actions: ['report'],
    },
    {
        name: 'metrics',
        type: { kind: 'list' },
        description: 'Metric files (json, yaml, csv), newline or comma separated, compared with the base revision; the table is appended to the report.',
        actions: ['report'],
    },
    {
        name: 'data',
        type: { kind: 'list' },
        description: 'Datasets (CSV, TSV, JSON Lines, Parquet; gzip too: files, globs or folders), newline or comma separated, profiled and compared with the base revision; the data section (schema changes, missing rates, drift, histograms of drifted columns) is appended to the report. dvc.yaml alone: the datasets its stages declare.',
        actions: ['report'],
    },
    {
        name: 'metrics-base',
        type: { kind: 'string' },
        description: "Base revision for the metrics table, the data section and plot overlays. Empty: the PR/MR's base, else HEAD.",
        actions: ['report'],
    },
    {
        name: 'publish',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'Publish local images: on GitHub as commits to the cml-assets branch (needs contents: write), on GitLab as project uploads. false leaves the links as written.',
        actions: ['report'],
    },
    {
        name: 'publish-url',
        type: { kind: 'string' },
        description: "Asset server using CML's protocol (POST the bytes, the answer is the URL) instead of the forge's storage.",
        actions: ['report'],
    },
    {
        name: 'output-dir',
        type: { kind: 'string' },
        default: 'cml-report',
        description: 'Folder where the full, untruncated report.md and copies of its images are written (keep it as an artifact).',
        actions: ['report'],
    },
    {
        name: 'summary',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'Also write the report to the GitHub job summary (within its 1 MiB limit).',
        actions: ['report'],
    },
    {
        name: 'dotenv-file',
        type: { kind: 'string' },
        description: 'File to write the outputs to as a dotenv report (CML_REPORT_COMMENT_URL, CML_REPORT_COMMENT_ID, CML_REPORT_RESULT, CML_REPORT_FILE). Empty: on GitLab $CML_DOTENV or cml-report.env, on GitHub none.',
        actions: ['report'],
    },
];

// EXTERNAL MODULE: ./src/inputs/plot-templates.ts
var plot_templates = __nccwpck_require__(7912);
;// CONCATENATED MODULE: ./src/inputs/plots.ts

/** Inputs of the plots action (and its GitLab component). */
const PLOTS_INPUTS = [
    {
        name: 'plots',
        type: { kind: 'list' },
        default: '',
        description: 'Vega-Lite/Vega spec files (.vl.json, .vg.json, .json), data files (csv, tsv, json, yaml), images or dvc.yaml plot ids, newline or comma separated. Empty: every plot in dvc.yaml (top level and per stage).',
        actions: ['plots'],
    },
    {
        name: 'out-dir',
        type: { kind: 'string' },
        default: 'plots',
        description: 'Folder the images are written to, relative to the working directory.',
        actions: ['plots'],
    },
    {
        name: 'format',
        type: { kind: 'enum', options: ['png', 'svg'] },
        default: 'png',
        description: 'Image format. PNG needs the bundled rasteriser (linux-x64, linux-arm64); elsewhere SVG is written with a warning.',
        actions: ['plots'],
    },
    {
        name: 'scale',
        type: { kind: 'number', min: 0.1, max: 10 },
        default: '1',
        description: 'Resolution scale factor (as vl2png -s).',
        actions: ['plots'],
    },
    {
        name: 'template',
        type: { kind: 'enum', options: plot_templates/* TEMPLATES */.Q },
        description: "Template for data files (DVC's names). Empty: dvc.yaml's template, else linear.",
        actions: ['plots'],
    },
    {
        name: 'x',
        type: { kind: 'string' },
        description: 'Field for the x axis of data plots. Empty: dvc.yaml\'s, else the row number ("step").',
        actions: ['plots'],
    },
    {
        name: 'y',
        type: { kind: 'list' },
        default: '',
        description: "Field(s) for the y axis of data plots. Empty: dvc.yaml's, else the last field.",
        actions: ['plots'],
    },
    {
        name: 'title',
        type: { kind: 'string' },
        description: 'Title of data plots.',
        actions: ['plots'],
    },
    {
        name: 'x-label',
        type: { kind: 'string' },
        description: 'x axis title of data plots.',
        actions: ['plots'],
    },
    {
        name: 'y-label',
        type: { kind: 'string' },
        description: 'y axis title of data plots.',
        actions: ['plots'],
    },
    {
        name: 'base-revision',
        type: { kind: 'string' },
        default: '',
        description: "Overlay each data plot (and single-view Vega-Lite spec with its own data) as it was at this git revision, coloured by revision. 'auto': the pull/merge request's base (else the default branch). Empty: no overlay.",
        actions: ['plots'],
    },
    {
        name: 'allowed-hosts',
        type: { kind: 'list' },
        default: '',
        description: 'Hosts plot specs may load data and images from (data.url, image marks), newline or comma separated: host, host:port or *.domain. Empty: no network at all. Link-local and cloud metadata addresses are refused even when listed; files are read only inside the workspace.',
        actions: ['plots', 'report'],
    },
    {
        name: 'dvc-file',
        type: { kind: 'string' },
        default: 'dvc.yaml',
        description: 'DVC pipeline file whose plots are rendered.',
        actions: ['plots'],
    },
];

;// CONCATENATED MODULE: ./src/inputs/metrics-diff.ts
/**
 * Inputs of the metrics-diff action (and its GitLab component). base, head, check and summary
 * mean the same for data-validate, which shares these declarations.
 */
const METRICS_DIFF_INPUTS = [
    {
        name: 'targets',
        type: { kind: 'list' },
        default: '',
        description: 'Metrics files to compare (JSON, YAML, TOML, CSV, TSV), one per line or comma-separated. Empty: the metrics declared in dvc.yaml (top level and per stage).',
        actions: ['metrics-diff'],
    },
    {
        name: 'params',
        type: { kind: 'list' },
        default: '',
        description: 'Params files to compare as well (params.yaml, params.toml, \u2026). Empty: the params declared in dvc.yaml, when there is one.',
        actions: ['metrics-diff'],
    },
    {
        name: 'base',
        type: { kind: 'string' },
        default: '',
        description: "Revision to compare against. Empty: the pull/merge request's base commit, else its base branch, else the default branch; fetched (depth 1) when a shallow clone lacks it.",
        actions: ['metrics-diff', 'data-validate'],
    },
    {
        name: 'head',
        type: { kind: 'string' },
        default: '',
        description: 'Revision to compare. Empty: the working tree (column "workspace", as in DVC).',
        actions: ['metrics-diff', 'data-validate'],
    },
    {
        name: 'all',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'Show unchanged metrics and params too (DVC --all).',
        actions: ['metrics-diff'],
    },
    {
        name: 'precision',
        type: { kind: 'number', integer: true, min: 0, max: 30 },
        default: '5',
        description: 'Decimal places floats are rounded to in the metrics table (DVC --precision).',
        actions: ['metrics-diff'],
    },
    {
        name: 'no-path',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'Leave the Path column out of the tables (DVC --no-path).',
        actions: ['metrics-diff'],
    },
    {
        name: 'all-rows',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'CSV/TSV files: compare every row (keys 0.col, 1.col, \u2026) instead of the last row only.',
        actions: ['metrics-diff'],
    },
    {
        name: 'rules',
        type: { kind: 'string' },
        default: '',
        description: "Quality gates, one per line: '<metric> >= 0.9' (>, <=, <, ==, != too), '<metric> may not drop', '<metric> may not rise by more than 2%' (or an absolute amount), '<metric> higher is better' (direction only). 'file:metric' limits a rule to one file; * matches any text. A violated rule fails the step.",
        actions: ['metrics-diff'],
    },
    {
        name: 'rules-file',
        type: { kind: 'string' },
        default: '',
        description: "YAML file of quality gates: 'rules:' (a list of rule lines) and/or 'metrics:' ({metric: {direction, min, max, max-drop, max-rise}}).",
        actions: ['metrics-diff'],
    },
    {
        name: 'check',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'Publish the result on the commit: a check run with the table and annotations on GitHub (needs checks: write), a commit status on GitLab. Needs a token.',
        actions: ['metrics-diff', 'data-validate'],
    },
    {
        name: 'check-name',
        type: { kind: 'string' },
        default: 'cml metrics-diff',
        description: 'Name of the check run (GitHub) or commit status (GitLab).',
        actions: ['metrics-diff'],
    },
    {
        name: 'summary',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'Also write the tables to the GitHub job summary.',
        actions: ['metrics-diff', 'data-validate'],
    },
    {
        name: 'dotenv-file',
        type: { kind: 'string' },
        default: '',
        description: 'File to write the outputs to as a dotenv report (CML_METRICS_CHANGED, CML_METRICS_PASSED, CML_METRICS_MARKDOWN_FILE, CML_METRICS_JSON_FILE). Empty: on GitLab $CML_DOTENV or cml-metrics-diff.env, on GitHub none.',
        actions: ['metrics-diff'],
    },
];

;// CONCATENATED MODULE: ./src/inputs/data-validate.ts
/**
 * Inputs of the data-validate action (and its GitLab component). token, github-token and
 * fail-on-error are in common.ts; base, head, check and summary are shared with metrics-diff
 * (metrics-diff.ts), as they mean the same there.
 */
const DATA_VALIDATE_INPUTS = [
    {
        name: 'targets',
        type: { kind: 'list' },
        default: '',
        description: 'Datasets to check (CSV, TSV, JSON Lines, Parquet; gzip too): files, globs or folders, one per line or comma-separated. Empty: the datasets the stages of dvc.yaml declare (deps and outs) and those tracked by .dvc files.',
        actions: ['data-validate'],
    },
    {
        name: 'compare',
        type: { kind: 'boolean' },
        default: 'true',
        description: 'Compare HEAD with the base revision: schema changes, row counts, missing rates and drift (cml data diff). false: check HEAD alone against the schema and rules (cml data validate).',
        actions: ['data-validate'],
    },
    {
        name: 'schema',
        type: { kind: 'string' },
        default: '',
        description: "YAML schema file: 'columns:', each column with its type, nullable, min, max and allowed values. A dataset that breaks it fails the step, annotated on the schema file.",
        actions: ['data-validate'],
    },
    {
        name: 'rules',
        type: { kind: 'string' },
        default: '',
        description: "Rules, one per line: 'missing(age) <= 1%', 'rows may not drop by more than 5%', 'psi(income) < 0.2' (ks() and js() too), 'schema may not change', 'range(price) within 0..10000'. A violated rule fails the step.",
        actions: ['data-validate'],
    },
    {
        name: 'rules-file',
        type: { kind: 'string' },
        default: '',
        description: "YAML file of rules: 'rules:', a list of rule lines as in the rules input; a violated rule is annotated on its line.",
        actions: ['data-validate'],
    },
    {
        name: 'all',
        type: { kind: 'boolean' },
        default: 'false',
        description: 'Show unchanged columns too (as --all).',
        actions: ['data-validate'],
    },
    {
        name: 'charts-dir',
        type: { kind: 'string' },
        default: '',
        description: "Folder to draw histograms of drifted columns into (PNG; base dashed, HEAD solid), linked from the markdown output: keep it as an artifact. Empty: no charts (the report action's data input draws and publishes them).",
        actions: ['data-validate'],
    },
    {
        name: 'check-name',
        type: { kind: 'string' },
        default: 'cml data-validate',
        description: 'Name of the check run (GitHub) or commit status (GitLab).',
        actions: ['data-validate'],
    },
    {
        name: 'dotenv-file',
        type: { kind: 'string' },
        default: '',
        description: 'File to write the outputs to as a dotenv report (CML_DATA_CHANGED, CML_DATA_PASSED, CML_DATA_MARKDOWN_FILE, CML_DATA_JSON_FILE). Empty: on GitLab $CML_DOTENV or cml-data-validate.env, on GitHub none.',
        actions: ['data-validate'],
    },
];

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

;// CONCATENATED MODULE: ./src/inputs/setup.ts
/** Inputs of the setup action (the root action.yml). */
const SETUP_INPUTS = [
    {
        name: 'version',
        type: { kind: 'string' },
        default: 'bundled',
        description: "Version of cml to put on PATH. 'bundled' (or 'latest', as setup-cml users write it) uses the copy shipped with this action: no download. Any other version is fetched once from the npm registry and kept in the tool cache.",
        actions: ['setup'],
    },
    {
        name: 'registry',
        type: { kind: 'string' },
        description: 'npm registry to fetch a non-bundled version from. Defaults to npm_config_registry from the environment, else https://registry.npmjs.org.',
        actions: ['setup'],
    },
    {
        name: 'dvc-version',
        type: { kind: 'string' },
        description: 'Install this exact DVC version (pip install dvc==X in a cached virtual environment) and put dvc on PATH. Empty: no DVC. The package index comes from PIP_INDEX_URL when set.',
        actions: ['setup'],
    },
    {
        name: 'dvc-extras',
        type: { kind: 'list' },
        description: 'DVC extras to install with it, comma or newline separated (for example s3, gs, azure), as in pip install dvc[s3]==X.',
        actions: ['setup'],
    },
];

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/inputs/gitlab-job.ts

const ALL = ['report', 'metrics-diff', 'runner-provision', 'plots', 'data-validate'];
/** One `job-name` per component: its default names the component's job. */
const jobNames = ALL.map((action) => ({
    name: 'job-name',
    type: { kind: 'string' },
    default: `cml-${action}`,
    description: 'Name of the job, so one pipeline can include the component more than once.',
    actions: [action],
    platforms: ['gitlab'],
}));
/**
 * Job plumbing of every GitLab component (templates/<name>.yml): where the job runs and how it
 * gets the CLI. GitLab only; the entries never read them (the job's script does).
 */
const GITLAB_JOB_INPUTS = [
    {
        name: 'stage',
        type: { kind: 'string' },
        default: 'test',
        description: 'Stage of the job (the component declares no stages: use one of your pipeline).',
        actions: ALL,
        platforms: ['gitlab'],
    },
    ...jobNames,
    {
        name: 'when',
        type: { kind: 'enum', options: ['on_success', 'on_failure', 'always', 'manual'] },
        default: 'on_success',
        description: 'When the job runs (GitLab `when:`): always for clean-up jobs such as runner-provision with mode stop, or to report failed trainings.',
        actions: ALL,
        platforms: ['gitlab'],
    },
    {
        name: 'job-image',
        type: { kind: 'string' },
        default: 'node:24-bookworm',
        description: 'Container image of the job (Docker or Kubernetes executors); it needs node 20 or later, git, npm and tar (glibc: the bundled image libraries are built for it).',
        actions: ALL,
        platforms: ['gitlab'],
    },
    {
        name: 'cml-version',
        type: { kind: 'string' },
        default: package_namespaceObject.rE,
        description: 'Version of @cml-ts/cml the job fetches from the npm registry (npm pack, cached in .cml-cache/); NPM_CONFIG_REGISTRY selects a mirror.',
        actions: ALL,
        platforms: ['gitlab'],
    },
    {
        name: 'cml-path',
        type: { kind: 'string' },
        default: '',
        description: 'Folder holding a built cml (a checkout or an unpacked package, with dist/ inside) to use instead of fetching cml-version: for air-gapped runners and tests.',
        actions: ALL,
        platforms: ['gitlab'],
    },
];

;// CONCATENATED MODULE: ./src/inputs/index.ts









/** The declarations with their literal types, which the Inputs type is computed from. */
const DECLARED = [
    ...COMMON_INPUTS,
    ...REPORT_INPUTS,
    ...PLOTS_INPUTS,
    ...METRICS_DIFF_INPUTS,
    ...DATA_VALIDATE_INPUTS,
    ...RUNNER_PROVISION_INPUTS,
    ...SETUP_INPUTS,
    ...GITLAB_JOB_INPUTS,
];
/** Every declared input. Each action's own file holds its declarations; shared ones are in common.ts. */
const ALL_INPUTS = DECLARED;
function inputsOf(action) {
    return ALL_INPUTS.filter((d) => d.actions.includes(action));
}
/** The declarations an entry reads (see ReadBy in types.ts: no GitLab job plumbing). */
function readDeclarations(action) {
    return inputsOf(action).filter((d) => !(d.platforms?.length === 1 && d.platforms[0] === 'gitlab'));
}
/**
 * Reads every input of one action into a typed object keyed by the real input names, so the
 * rest of the code never touches the environment. Secrets go to `mask` before parsing.
 */
function readInputs(action, mask, env = process.env) {
    const result = {};
    for (const decl of readDeclarations(action)) {
        const raw = readRawInput(decl.name, env);
        if (decl.secret && raw)
            mask(raw);
        result[decl.name] = parseInput(decl, raw);
    }
    // parseInput gives each kind the value InputValueOf names (types.ts); __tests__/inputs-types
    // checks that both agree for every declaration.
    return result;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/core/markdown-truncate.ts
/** Size limits of the places a report goes, in the unit each platform counts. */
const LIMITS = {
    /** GitHub issue/PR/commit comment body, characters (422 "body is too long" above). */
    githubComment: 65_536,
    /** GitHub check-run output.summary and output.text, characters each. */
    checkRunSummary: 65_535,
    /** $GITHUB_STEP_SUMMARY per step, bytes. */
    jobSummaryBytes: 1024 * 1024,
    /** GitLab note body, characters. */
    gitlabNote: 1_000_000,
};
/**
 * Cuts Markdown to fit `limit`, only at block boundaries: between top-level blocks, between
 * table rows (after the delimiter row) and between list items; never inside a code fence, an
 * HTML block or a row. A visible note saying where the full report is replaces the cut part.
 * Used for comments, job summaries and check-run summaries (metrics-diff). Async because the
 * parser that finds the boundaries (markdown-cuts.ts) is loaded on the first cut only: most
 * reports fit, and the data-validate and metrics-diff actions start ~10 ms sooner without it.
 */
async function truncateMarkdown(markdown, limit, options = {}) {
    const size = options.unit === 'bytes'
        ? (s) => Buffer.byteLength(s, 'utf8')
        : (s) => s.length;
    if (size(markdown) <= limit)
        return { text: markdown, truncated: false };
    const note = options.note ?? truncationNote(limit, options);
    const budget = limit - size(note) - 2;
    // The Markdown parser (a third of a small action's bundle) is loaded only when a cut is needed.
    const { cutPoints } = await Promise.all(/* import() */[__nccwpck_require__.e(446), __nccwpck_require__.e(90)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6090));
    const cuts = cutPoints(markdown, budget);
    // Sizes grow with the offset, so the last cut that fits is found by bisection.
    let lo = 0;
    let hi = cuts.length - 1;
    let best = 0;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = cuts[mid];
        if (size(markdown.slice(0, at).trimEnd()) <= budget) {
            best = at;
            lo = mid + 1;
        }
        else
            hi = mid - 1;
    }
    const kept = markdown.slice(0, best).trimEnd();
    const text = kept ? `${kept}\n\n${note}` : note;
    // A note longer than the limit itself (absurdly small limits) is cut bluntly as a last resort.
    return { text: size(text) <= limit ? text : text.slice(0, Math.max(0, limit)), truncated: true };
}
function truncationNote(limit, options = {}) {
    const unit = options.unit === 'bytes' ? 'bytes' : 'characters';
    const where = options.fullReport ? ` The full report is in ${options.fullReport}.` : '';
    return `> [!WARNING]\n> **Report truncated** to fit the limit of ${limit.toLocaleString('en-US')} ${unit}.${where}`;
}

;// CONCATENATED MODULE: ./src/core/outputs.ts





function writeStepOutputs(outputs, target) {
    if (target.githubOutputFile)
        writeGitHubOutputs(target.githubOutputFile, outputs);
    if (target.dotenv)
        writeDotenvOutputs(target.dotenv, outputs);
}
/** `name<<delimiter` heredocs, as the runner's file command parser reads them. */
function writeGitHubOutputs(file, outputs) {
    let text = '';
    for (const [name, value] of Object.entries(outputs)) {
        const delimiter = heredocDelimiter(name, value);
        if (/[\r\n]/.test(name))
            throw new Error(`Output name ${JSON.stringify(name)} holds a line break.`);
        text += `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
    }
    (0,external_node_fs_.appendFileSync)(file, text);
}
/**
 * A heredoc delimiter that occurs in neither the name nor the value. What keeps a value from
 * closing its heredoc is that check, not the delimiter being secret (the runner ends a value at
 * the first line equal to it), so a random suffix from Math.random does: node:crypto's
 * randomUUID, as @actions/core uses, would cost every action ~15 ms of start-up to load it.
 */
function heredocDelimiter(name, value, random = Math.random) {
    for (;;) {
        const suffix = Array.from({ length: 4 }, () => Math.floor(random() * 0x100000000)
            .toString(16)
            .padStart(8, '0')).join('');
        const delimiter = `ghadelimiter_${suffix}`;
        if (!name.includes(delimiter) && !value.includes(delimiter))
            return delimiter;
    }
}
/** `PREFIX_NAME=value` lines; names upper-cased with hyphens as underscores. */
function writeDotenvOutputs(dotenv, outputs) {
    if (/[\r\n\0]/.test(dotenv.file)) {
        throw new errors/* ConfigurationError */.j1(`The dotenv file path ${JSON.stringify(dotenv.file)}${dotenv.input ? ` (input ${dotenv.input})` : ''} holds a line break or NUL; give a plain relative path such as cml.env.`, dotenv.input ? { input: dotenv.input } : undefined);
    }
    const entries = Object.entries(outputs).filter(([name]) => !dotenv.names || name in dotenv.names);
    const lines = entries.map(([name, value]) => {
        const key = `${dotenv.prefix}${dotenv.names?.[name] ?? name.toUpperCase().replace(/-/g, '_')}`;
        if (/[\r\n\0]/.test(value)) {
            throw new errors/* ConfigurationError */.j1(`The ${key} output ${JSON.stringify(value.slice(0, 80))} holds a line break, which a dotenv report cannot carry; write it to a file and output the path.`);
        }
        return `${key}=${value}`;
    });
    const file = (0,external_node_path_.resolve)(dotenv.file);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    (dotenv.overwrite ? external_node_fs_.writeFileSync : external_node_fs_.appendFileSync)(file, `${lines.join('\n')}\n`);
}
/**
 * Appends Markdown (a report, a metrics table) to $GITHUB_STEP_SUMMARY within its 1 MiB per-step limit (counting what
 * earlier writes of this step left there); over it, truncated with a note.
 */
async function writeJobSummary(file, markdown, fullReport) {
    const used = (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.statSync)(file).size : 0;
    const room = Math.max(0, LIMITS.jobSummaryBytes - used - 2);
    const fitted = await truncateMarkdown(markdown, room, { unit: 'bytes', fullReport });
    (0,external_node_fs_.appendFileSync)(file, `${fitted.text.trimEnd()}\n\n`);
    return fitted.truncated;
}
/**
 * Puts a folder on PATH for this step (process.env) and the job's later steps (the runner's
 * GITHUB_PATH file, one folder a line), as @actions/core's addPath does.
 */
function addPath(folder, env = process.env) {
    if (env.GITHUB_PATH)
        appendFileSync(env.GITHUB_PATH, `${folder}${EOL}`);
    process.env.PATH = `${folder}${delimiter}${process.env.PATH}`;
}

// EXTERNAL MODULE: ./src/core/markdown-blocks.ts
var markdown_blocks = __nccwpck_require__(4013);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __nccwpck_require__(8198);
// EXTERNAL MODULE: ./src/core/workspace-file.ts
var workspace_file = __nccwpck_require__(6753);
;// CONCATENATED MODULE: ./src/core/media-types.ts

/** Content types by file extension, for what we publish (report images and CML's `publish`). */
const BY_EXTENSION = {
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.gif': 'image/gif',
    '.svg': 'image/svg+xml',
    '.webp': 'image/webp',
    '.bmp': 'image/bmp',
    '.avif': 'image/avif',
    '.mp4': 'video/mp4',
    '.webm': 'video/webm',
    '.html': 'text/html',
    '.htm': 'text/html',
    '.md': 'text/markdown',
    '.txt': 'text/plain',
    '.csv': 'text/csv',
    '.json': 'application/json',
    '.pdf': 'application/pdf',
};
function contentTypeOf(path) {
    return BY_EXTENSION[(0,external_node_path_.extname)(path).toLowerCase()] ?? 'application/octet-stream';
}
/** The usual extension of a content type (for files named by their hash), else `.bin`. */
function extensionOf(contentType) {
    const found = Object.entries(BY_EXTENSION).find(([, type]) => type === contentType);
    return found ? found[0] : '.bin';
}

// EXTERNAL MODULE: ./node_modules/micromark/lib/postprocess.js
var postprocess = __nccwpck_require__(5387);
// EXTERNAL MODULE: ./node_modules/micromark/lib/parse.js + 38 modules
var parse = __nccwpck_require__(4780);
// EXTERNAL MODULE: ./node_modules/micromark/lib/preprocess.js
var preprocess = __nccwpck_require__(2192);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-table/lib/syntax.js + 2 modules
var syntax = __nccwpck_require__(7749);
;// CONCATENATED MODULE: ./src/report/images/find-images.ts



/**
 * Every image and link target in the document, from micromark's token stream (so code blocks
 * and inline code are skipped and positions are exact), in document order: CML publishes the
 * local files behind images, links and reference definitions alike (src/cml.js, publishLocalFiles:
 * visit(tree, ['definition', 'image', 'link'])). `<img src>` is read from raw HTML.
 */
function findImages(markdown) {
    // Parsed piece by piece: one micromark parse of a large report is super-linear (see blocks.ts).
    return (0,markdown_blocks/* chunkMarkdown */.N)(markdown).flatMap((chunk) => findImagesIn(markdown.slice(chunk.start, chunk.end), chunk.start));
}
function findImagesIn(markdown, offset) {
    const events = (0,postprocess/* postprocess */._)((0,parse/* parse */.q)({ extensions: [(0,syntax/* gfmTable */.x)()] })
        .document()
        .write((0,preprocess/* preprocess */.v)()(markdown, undefined, true)));
    const refs = [];
    // Images and links nest (`[![](a.png)](a.csv)`, `![[x](y)](z)`): a destination belongs to the
    // innermost one open.
    const open = [];
    for (const [phase, token] of events) {
        if (token.type === 'image' || token.type === 'link') {
            if (phase === 'enter')
                open.push(token.type);
            else
                open.pop();
        }
        if (phase !== 'enter')
            continue;
        const start = token.start.offset;
        const end = token.end.offset;
        const at = (ref) => ({
            ...ref,
            start: ref.start + offset,
            end: ref.end + offset,
        });
        if (token.type === 'resourceDestinationString' && open.length > 0) {
            const kind = open[open.length - 1];
            refs.push(at({ start, end, target: markdown.slice(start, end), kind }));
        }
        else if (token.type === 'definitionDestinationString') {
            refs.push(at({ start, end, target: markdown.slice(start, end), kind: 'definition' }));
        }
        else if (token.type === 'htmlFlow' || token.type === 'htmlText') {
            refs.push(...imgSources(markdown.slice(start, end), start).map(at));
        }
    }
    return refs;
}
const TAG_START = /<(img|source)(?=[\s/>])/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/**
 * Image URLs in raw HTML: `<img src>`, and every candidate of `srcset` on `<img>` and on
 * `<picture>`'s `<source>` (responsive and dark-mode images), each at its exact offset.
 */
function imgSources(html, offset) {
    const refs = [];
    for (const tag of imgTags(html)) {
        const tagStart = offset + tag.index;
        const isImg = tag.name.toLowerCase() === 'img';
        // Attributes start after "<img"/"<source"; matching them one by one keeps `data-src` apart.
        const attributesFrom = 1 + tag.name.length;
        const text = tag.text;
        for (const m of text.slice(attributesFrom).matchAll(ATTRIBUTE)) {
            const name = m[1].toLowerCase();
            const value = m[2] ?? m[3] ?? m[4];
            if (value === undefined || (name !== 'srcset' && !(name === 'src' && isImg)))
                continue;
            const quoted = m[2] !== undefined || m[3] !== undefined;
            const valueStart = tagStart + attributesFrom + (m.index ?? 0) + m[0].length - value.length - (quoted ? 1 : 0);
            if (name === 'src') {
                refs.push({
                    start: valueStart,
                    end: valueStart + value.length,
                    target: value,
                    kind: 'html',
                });
            }
            else {
                for (const c of srcsetUrls(value)) {
                    const start = valueStart + c.at;
                    refs.push({ start, end: start + c.url.length, target: c.url, kind: 'html' });
                }
            }
        }
    }
    return refs;
}
/**
 * `<img>` and `<source>` tags in raw HTML, each up to the `>` that ends it as an HTML tokenizer
 * reads it: a `>` inside a quoted attribute value (`alt="a > b"`) does not end the tag, and a tag
 * that never ends takes the rest of the text with it. One pass over the text (a regular
 * expression with quoted alternatives rescans the rest of a long HTML block from every `<img`).
 */
function* imgTags(html) {
    const start = new RegExp(TAG_START.source, 'gi');
    for (let m = start.exec(html); m; m = start.exec(html)) {
        const end = tagEnd(html, m.index + m[0].length);
        if (end === -1)
            return;
        yield { index: m.index, name: m[1], text: html.slice(m.index, end + 1) };
        start.lastIndex = end + 1;
    }
}
/** Offset of the `>` closing a tag whose attributes start at `from`; -1 when it never closes. */
function tagEnd(html, from) {
    let quote;
    let afterEquals = false;
    for (let i = from; i < html.length; i++) {
        const c = html[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
        }
        else if (c === '>') {
            return i;
        }
        else if ((c === '"' || c === "'") && afterEquals) {
            // A quote opens a value only after `=`; elsewhere it is part of an attribute name.
            quote = c;
            afterEquals = false;
        }
        else if (c === '=') {
            afterEquals = true;
        }
        else if (!/\s/.test(c)) {
            afterEquals = false;
        }
    }
    return -1;
}
/**
 * The URLs of a srcset value with their offsets, as HTML parses it: candidates are separated
 * by commas, a URL runs to the next whitespace (so a data: URI keeps its comma) and loses
 * trailing commas; descriptors (`2x`, `480w`) follow it.
 */
function srcsetUrls(value) {
    const urls = [];
    let i = 0;
    while (i < value.length) {
        while (i < value.length && /[\s,]/.test(value[i]))
            i++;
        if (i >= value.length)
            break;
        const at = i;
        while (i < value.length && !/\s/.test(value[i]))
            i++;
        let url = value.slice(at, i);
        const bare = url.replace(/,+$/, '');
        if (bare !== url) {
            url = bare;
        }
        else {
            // Skip the descriptors up to the comma that ends this candidate.
            while (i < value.length && value[i] !== ',')
                i++;
        }
        if (url)
            urls.push({ url, at });
    }
    return urls;
}
/** Whether a target names a file of this repository rather than a web address. */
function isLocalTarget(target) {
    if (target === '' || target.startsWith('#'))
        return false;
    if (/^data:/i.test(target))
        return false;
    // Any URL scheme (http:, https:, attachment:, \u2026) or protocol-relative //host.
    return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('//');
}
function isDataImage(target) {
    return /^data:image\/[a-z0-9.+-]+;base64,/i.test(target.trim());
}
/**
 * Replaces targets by their positions (never by searching the text). `replacement` returns
 * undefined to keep a target.
 */
function rewriteTargets(markdown, refs, replacement) {
    // Built front to back from pieces: splicing one string per reference was quadratic.
    const ordered = [...refs].sort((a, b) => a.start - b.start);
    const pieces = [];
    let from = 0;
    for (const ref of ordered) {
        const next = replacement(ref);
        if (next === undefined || ref.start < from)
            continue;
        pieces.push(markdown.slice(from, ref.start), escapeTarget(next, ref.kind));
        from = ref.end;
    }
    pieces.push(markdown.slice(from));
    return pieces.join('');
}
function escapeTarget(url, kind) {
    // In srcset, whitespace and a trailing comma would end the URL.
    if (kind === 'html')
        return url
            .replace(/"/g, '%22')
            .replace(/'/g, '%27')
            .replace(/\s/g, (c) => encodeURIComponent(c))
            .replace(/,$/, '%2C');
    // Markdown destinations end at whitespace or an unbalanced parenthesis.
    return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

;// CONCATENATED MODULE: ./src/report/images/image-files.ts









/**
 * Finds and loads every local image of a report. Paths are relative to the Markdown file; a path
 * leaving the workspace (lexically or through a symlink) is refused and a missing file is named.
 * With `onProblem`, such a reference is reported there and left as written (the comment still
 * posts, as CML's did); without it, it is an error.
 */
function collectLocalImages(markdown, options) {
    const refs = findImages(markdown).filter((r) => isLocalTarget(r.target) || isDataImage(r.target));
    const files = new Map();
    const fileOfRef = new Map();
    // A report may use one image thousands of times: each target is checked and read once.
    const byTarget = new Map();
    const kept = [];
    for (const ref of refs) {
        let file = byTarget.get(ref.target);
        if (!byTarget.has(ref.target)) {
            try {
                file = isDataImage(ref.target)
                    ? fromDataUri(ref.target)
                    : fromPath(ref.target, options, ref.kind);
            }
            catch (error) {
                if (!options.onProblem || !(error instanceof errors/* ConfigurationError */.j1))
                    throw error;
                options.onProblem(error.message);
                file = undefined;
            }
            byTarget.set(ref.target, file);
        }
        if (!file)
            continue;
        if (!files.has(file.name))
            files.set(file.name, file);
        fileOfRef.set(ref, file.name);
        kept.push(ref);
    }
    return { refs: kept, files: [...files.values()], fileOfRef };
}
function fromDataUri(uri) {
    const match = /^data:(image\/[a-z0-9.+-]+);base64,(.*)$/is.exec(uri.trim());
    const contentType = (match?.[1] ?? 'image/png').toLowerCase();
    const bytes = Buffer.from((match?.[2] ?? '').replace(/\s+/g, ''), 'base64');
    const hash = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex').slice(0, 16);
    return { name: `data-uri-${hash}${extensionOf(contentType)}`, bytes, contentType };
}
/**
 * The workspace file a target names. Links and definitions may name a folder (`[src](src/)`):
 * not a file to publish, so it is kept as written without a word (undefined).
 */
function fromPath(target, options, kind) {
    const candidates = [target, safeDecode(target), target.replace(/[?#].*$/, '')];
    const paths = candidates.map((c) => ((0,external_node_path_.isAbsolute)(c) ? (0,external_node_path_.resolve)(c) : (0,external_node_path_.resolve)(options.baseDir, c)));
    const path = paths.find((p) => (0,external_node_fs_.existsSync)(p) || (0,workspace_file/* isSymlink */.wP)(p)) ?? paths[0];
    const linked = kind === 'link' || kind === 'definition';
    if (linked && (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isDirectory())
        return undefined;
    const what = linked ? 'Linked file' : 'Image';
    const generated = options.generatedDir ? (0,external_node_path_.resolve)(options.generatedDir) : undefined;
    // Plots we rendered ourselves are trusted even when the output folder is outside the workspace.
    const outside = generated && (0,workspace_file/* isInside */.FK)(generated, path) && !(0,workspace_file/* isInside */.FK)((0,external_node_path_.resolve)(options.workspace), path);
    const workspace = outside ? generated : (0,external_node_path_.resolve)(options.workspace);
    if (!(0,workspace_file/* isInside */.FK)(workspace, path)) {
        throw new errors/* ConfigurationError */.j1(`${what} '${target}' in ${options.source} is outside the workspace (${workspace}); only files of the workspace are published.`, { file: options.source });
    }
    const real = (0,workspace_file/* workspaceFile */.EJ)(path, workspace, `${what} '${target}' in ${options.source}`, options.source);
    // A pull request writes the report's links: `[x](.git/config)` would publish the checkout's
    // credentials (actions/checkout keeps the token there as an extraheader), and a file holding a
    // token this job read would publish it. Neither is published; the link stays as written.
    if ((0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(workspace), real).split(external_node_path_.sep).includes('.git')) {
        throw new errors/* ConfigurationError */.j1(`${what} '${target}' in ${options.source} is inside .git, which holds the checkout's credentials; not published.`, { file: options.source });
    }
    const bytes = (0,external_node_fs_.readFileSync)(real);
    if ((0,secrets/* holdsSecret */.hK)(bytes)) {
        throw new errors/* ConfigurationError */.j1(`${what} '${target}' in ${options.source} holds a secret this job read; not published.`, { file: options.source });
    }
    return {
        name: `${outside ? 'generated-plots/' : ''}${(0,external_node_path_.relative)(workspace, path).split(external_node_path_.sep).join('/')}`,
        bytes,
        contentType: contentTypeOf(path),
    };
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** A content-addressed file name for a published or copied asset: hash + original extension. */
function contentAddressedName(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(file.bytes).digest('hex').slice(0, 20);
    const ext = (0,external_node_path_.extname)(file.name) || extensionOf(file.contentType);
    return `${hash}${ext.toLowerCase()}`;
}

;// CONCATENATED MODULE: ./src/report/compose.ts




/**
 * The report's Markdown: the user's file, then the metrics table(s), the data section, then the
 * plots. The generators belong to the metrics-diff, data-validate and plots capabilities and are
 * loaded only when used.
 */
async function composeReport(options) {
    const parts = [];
    if (options.markdownFile !== undefined) {
        const path = (0,external_node_path_.resolve)(options.cwd, options.markdownFile);
        parts.push({
            text: (0,external_node_fs_.readFileSync)(reportFilePath(path, options), 'utf8'),
            baseDir: (0,external_node_path_.dirname)(path),
            source: options.markdownFile,
        });
    }
    if (options.metrics.length > 0) {
        const { embedMetricsDiff } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(712), __nccwpck_require__.e(191), __nccwpck_require__.e(289)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3289));
        const text = await generated('metrics', () => embedMetricsDiff({
            cwd: options.cwd,
            files: options.metrics,
            base: options.metricsBase,
            logger: options.logger,
        }));
        parts.push({ text, baseDir: options.cwd, source: 'the metrics table' });
    }
    if (options.data && options.data.targets.length > 0) {
        const data = options.data;
        const dataCwd = data.cwd ?? options.cwd;
        const { embedDataSection } = await Promise.all(/* import() */[__nccwpck_require__.e(712), __nccwpck_require__.e(742)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1742));
        const text = await generated('data section', () => embedDataSection({
            cwd: dataCwd,
            targets: data.targets,
            base: data.base,
            schemaFile: data.schemaFile,
            rulesFile: data.rulesFile,
            // The histograms go with the rendered plots: a folder of ours, published with the report.
            chartsDir: (0,external_node_path_.join)(options.plotsDir, 'data'),
            logger: options.logger,
        }));
        parts.push({ text, baseDir: dataCwd, source: 'the data section', generated: true });
    }
    if (options.plots.length > 0) {
        const { embedPlots } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(712), __nccwpck_require__.e(806), __nccwpck_require__.e(666)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1666));
        const text = await generated('plots', () => embedPlots({
            plots: options.plots,
            outDir: options.plotsDir,
            cwd: options.cwd,
            baseRevision: options.metricsBase,
            allowedHosts: options.plotsAllowedHosts,
        }, options.logger));
        parts.push({ text, baseDir: options.cwd, source: 'the plots', generated: true });
    }
    if (parts.length === 0) {
        throw new errors/* ConfigurationError */.j1('Nothing to report: give a Markdown file, plots, metrics or data.');
    }
    return parts;
}
/**
 * The file to read for the report. The path named in the workflow is trusted configuration; what
 * the repository holds there is not: inside the workspace, a symlink leading out of it is refused
 * (`report.md -> /proc/self/environ` once posted the job's token), as for images. Anywhere, only
 * a regular file is read (not a FIFO, a device or a folder).
 */
function reportFilePath(path, options) {
    const what = `Report file '${options.markdownFile}'`;
    const details = { file: options.markdownFile };
    const workspace = (0,external_node_path_.resolve)(options.workspace ?? options.cwd);
    if (!(0,external_node_fs_.existsSync)(path) && !(0,workspace_file/* isSymlink */.wP)(path)) {
        throw new errors/* ConfigurationError */.j1(`Report file not found: ${options.markdownFile} (looked for ${path}).`, details);
    }
    if ((0,workspace_file/* isInside */.FK)(workspace, path))
        return (0,workspace_file/* workspaceFile */.EJ)(path, workspace, what, options.markdownFile);
    if (!(0,external_node_fs_.statSync)(path).isFile()) {
        throw new errors/* ConfigurationError */.j1(`${what} is not a regular file (${path}).`, details);
    }
    return path;
}
async function generated(what, make) {
    try {
        return await make();
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        throw new Error(`Could not build the ${what} of the report: ${(0,errors/* errorMessage */.gJ)(error)}`, {
            cause: error,
        });
    }
}
function joinParts(texts) {
    return texts
        .map((t) => t.trim())
        .filter((t) => t !== '')
        .join('\n\n')
        .concat('\n');
}
function defaultPlotsDir(outputDir) {
    return (0,external_node_path_.join)(outputDir, 'plots');
}

;// CONCATENATED MODULE: ./src/report/images/local-copy.ts



/**
 * The no-forge publisher: copies images into <outDir>/assets/ under content-addressed names and
 * returns links relative to <outDir>/report.md, so the folder is a self-contained report.
 */
function copyAssets(outDir, files) {
    const urls = new Map();
    if (files.length === 0)
        return urls;
    const assets = (0,external_node_path_.join)(outDir, 'assets');
    (0,external_node_fs_.mkdirSync)(assets, { recursive: true });
    for (const file of files) {
        const name = contentAddressedName(file);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(assets, name), file.bytes);
        urls.set(file.name, `assets/${name}`);
    }
    return urls;
}

;// CONCATENATED MODULE: ./src/report/images/publish-url.ts
/**
 * CML's asset-server protocol (`--publish-url`): POST the file's bytes with its Content-Type
 * and an inline Content-Disposition naming it; the server answers with the URL as plain text.
 * For teams running their own asset server instead of the forge's storage.
 */
async function publishToUrl(endpoint, files) {
    const urls = new Map();
    for (const file of files) {
        const filename = file.name.split('/').pop() ?? 'file';
        const response = await fetch(endpoint, {
            method: 'POST',
            headers: {
                'Content-Type': file.contentType,
                'Content-Length': String(file.bytes.length),
                'Content-Disposition': `inline; filename="${filename.replace(/"/g, '')}"`,
            },
            body: file.bytes,
        });
        const text = (await response.text()).trim();
        if (!response.ok || !text) {
            throw new Error(`The asset server ${endpoint} refused ${file.name}: HTTP ${response.status}${text ? ` ${text.slice(0, 200)}` : ' with an empty answer'}.`);
        }
        urls.set(file.name, text);
    }
    return urls;
}

;// CONCATENATED MODULE: ./src/report/images/index.ts





/** Rewrites every local image reference to the URL its file was published at. */
function rewriteImages(markdown, images, urls) {
    return rewriteTargets(markdown, images.refs, (ref) => {
        const name = images.fileOfRef.get(ref);
        return name === undefined ? undefined : urls.get(name);
    });
}

;// CONCATENATED MODULE: ./src/report/limits.ts
/**
 * Budgets of the report capability (documented in docs/limits.md, "Report").
 *
 * Only the first `processedChars` of a part (the user's Markdown file, the metrics table, the
 * plots) are searched for images and rewritten; the rest is kept, as written, in the report file
 * on disk. Nothing past it can reach the forge anyway: the job summary holds 1 MiB and a GitLab
 * note 1,000,000 characters, a GitHub comment 65,536. Parsing costs ~1.2 s a MiB here, so a
 * report of any size is posted within a few seconds.
 */
const REPORT_LIMITS = {
    processedChars: 2 * 1024 * 1024,
};

;// CONCATENATED MODULE: ./src/report/marker.ts

/** Expands CML's {workflow}, {run} and {job} placeholders (unknown values become empty). */
function expandWatermarkTitle(title, values) {
    return title
        .replace(/\{workflow\}/g, values.workflow ?? '')
        .replace(/\{run\}/g, values.run ?? '')
        .replace(/\{job\}/g, values.job ?? '')
        .trim();
}
/** A stable key for the expanded title: what the marker carries and matching compares. */
function watermarkKey(expandedTitle) {
    return (0,external_node_crypto_.createHash)('sha256').update(`cml-report\0${expandedTitle}`).digest('hex').slice(0, 16);
}
/** HTML comments may not contain "--" nor end with "-"; titles are shown for humans only. */
function commentSafe(text) {
    return text.replace(/-{2,}/g, '-').replace(/[<>"]/g, '').replace(/-$/, '');
}
/**
 * The marker. `nonce` (a fresh random value per posting, see newNonce) makes the comment a
 * create produced recognisable when the forge applied the create but its answer was lost.
 */
function renderMarker(expandedTitle, nonce) {
    const title = commentSafe(expandedTitle);
    const marker = `<!-- cml-report id="${watermarkKey(expandedTitle)}"${title ? ` title="${title}"` : ''} -->`;
    // A comment of its own beside the marker, so the marker keeps its stable form.
    return nonce ? `${marker}\n<!-- cml-nonce ${nonce} -->` : marker;
}
/** A random value for one posting (128 bits, hex). */
function newNonce() {
    return (0,external_node_crypto_.randomBytes)(16).toString('hex');
}
const NONCE = /<!-- cml-nonce ([0-9a-f]{32}) -->/;
/** The nonce of the marker in a comment body, if it carries one. */
function nonceOf(body) {
    return NONCE.exec(body)?.[1];
}
const MARKER = /<!-- cml-report id="([0-9a-f]{16})"[^>]*-->/;
/** The key of the marker in a comment body, or undefined when it carries none. */
function markerKeyOf(body) {
    return MARKER.exec(body)?.[1];
}
/**
 * Whether a comment written by CML itself carries its watermark with this title, so the first
 * run after switching tools updates CML's old comment instead of adding a second one. We only
 * read this form, never write it. Current CML appends `![](https://cml.dev/watermark.png#<sha>
 * "CML watermark <title>")` (title Markdown-escaped as GitHub returns it); older releases
 * appended `![CML watermark](\u2026/assets/watermark.svg)`, which has no title (the default one).
 */
function isLegacyCmlWatermark(body, expandedTitle) {
    const title = `CML watermark ${expandedTitle}`
        .trim()
        .replace(/_/g, '\\_')
        .replace(/\*/g, '\\*')
        .replace(/\[/g, '\\[')
        .replace(/</g, '\\<');
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`!\\[[^\\]]*\\]\\([^)\\s]*watermark[^)\\s]*\\s+"${escaped}"\\)`).test(body)) {
        return true;
    }
    return expandedTitle.trim() === '' && /!\[CML watermark\]\([^)\s]*watermark[^)\s]*\)/.test(body);
}
const SECTION = /<!-- cml-section "([^"]*)" -->\n?([\s\S]*?)\n?<!-- cml-section-end "\1" -->/g;
function sectionName(name) {
    return commentSafe(name).replace(/"/g, '');
}
function parseBody(body) {
    const sections = [];
    const seen = new Set();
    const rest = body
        .replace(SECTION, (_all, name, text) => {
        // A duplicated section (two racing writers) keeps its first copy.
        if (!seen.has(name))
            sections.push({ name, body: text });
        seen.add(name);
        return '';
    })
        .replace(MARKER, '')
        .replace(NONCE, '')
        .trim();
    return { key: markerKeyOf(body), sections, rest };
}
function renderSection(section) {
    const name = sectionName(section.name);
    return `<!-- cml-section "${name}" -->\n${section.body.trim()}\n<!-- cml-section-end "${name}" -->`;
}
/** The normalized name a section is stored under (what parseBody gives back). */
function normalizeSectionName(name) {
    return sectionName(name);
}
/**
 * Merges sections: `ours` replaces the same-named section, everything else is kept. Sections are
 * ordered by name so every writer renders the same comment from the same set.
 */
function mergeSections(existing, ours) {
    const byName = new Map();
    for (const s of existing)
        if (!byName.has(s.name))
            byName.set(s.name, s);
    for (const s of ours)
        byName.set(normalizeSectionName(s.name), { ...s, name: normalizeSectionName(s.name) });
    return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** The full comment body: the marker, then either plain content or the sections. */
function renderBody(options) {
    const parts = [];
    if (options.content !== undefined)
        parts.push(options.content.trim());
    if (options.sections)
        parts.push(options.sections.map(renderSection).join('\n\n'));
    const text = parts.filter((p) => p !== '').join('\n\n');
    return options.marker ? `${text}\n\n${options.marker}\n` : `${text}\n`;
}

;// CONCATENATED MODULE: ./src/report/permissions.ts


/** The HTTP status of a forge error (octokit RequestError, gitbeaker's cause.response), if any. */
function httpStatusOf(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const e = error;
    if (typeof e.status === 'number')
        return e.status;
    if (typeof e.response?.status === 'number')
        return e.response.status;
    if (e.cause && e.cause !== error)
        return httpStatusOf(e.cause);
    return undefined;
}
/** What the user must grant so the write succeeds, in the words of the forge's own settings. */
function permissionHint(forge, kind, targetKind) {
    return (0,registry/* forgeInfo */.QF)(forge).permissionHint(kind, targetKind);
}
/** Whether an error means "not allowed" (or hidden from this token) rather than a bug or outage. */
function isPermissionFailure(error) {
    if (error instanceof errors/* PermissionError */.i_)
        return true;
    const status = httpStatusOf(error);
    return status === 401 || status === 403 || status === 404;
}

// EXTERNAL MODULE: ./src/forge/http.ts
var http = __nccwpck_require__(2847);
;// CONCATENATED MODULE: ./src/report/create-once.ts



/** How many of the newest comments are searched for the nonce (ours is the newest, or close). */
const SEARCH_DEPTH = 300;
async function createOnce(forge, target, body, logger, options = {}) {
    const budget = (0,http/* budgetFromEnv */.ZJ)();
    const attempts = options.attempts ?? budget.retries + 1;
    const unitMs = options.unitMs ?? budget.unitMs;
    const nonce = nonceOf(body);
    for (let attempt = 1;; attempt++) {
        try {
            return await forge.createComment(target, body);
        }
        catch (error) {
            if (!(0,http/* isAmbiguousError */.TK)(error))
                throw error;
            if (!nonce) {
                throw new Error(`The forge did not confirm the comment (${(0,errors/* errorMessage */.gJ)(error)}); it may have been posted. Without the hidden marker (--rm-watermark) it cannot be recognised, so it is not sent again.`, { cause: error });
            }
            let found;
            try {
                found = await findByNonce(forge, target, nonce);
            }
            catch (lookup) {
                throw new Error(`The forge did not confirm the comment (${(0,errors/* errorMessage */.gJ)(error)}), and looking for it failed too (${(0,errors/* errorMessage */.gJ)(lookup)}); it may have been posted.`, { cause: error });
            }
            if (found) {
                logger.info(`The forge applied the comment but its answer was lost (${(0,errors/* errorMessage */.gJ)(error)}); using comment ${found.id}.`);
                return found;
            }
            if (attempt >= attempts)
                throw error;
            const waitS = attempt ** 2;
            logger.info(`Posting the comment failed (${(0,errors/* errorMessage */.gJ)(error)}) and it was not applied; trying again in ${waitS} s (attempt ${attempt + 1} of ${attempts}).`);
            await (0,http/* sleep */.yy)(waitS * unitMs);
        }
    }
}
async function findByNonce(forge, target, nonce) {
    let seen = 0;
    for await (const comment of forge.listComments(target)) {
        if (nonceOf(comment.body) === nonce)
            return comment;
        if (++seen >= SEARCH_DEPTH)
            break;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/report/fit.ts


/**
 * Fits a comment body under the forge's limit. Plain reports are truncated at a Markdown
 * boundary; with sections, the space is shared fairly (small sections whole, the largest ones
 * cut to equal shares) so one job's huge output cannot push the others out of the comment.
 */
async function fitBody(options) {
    const whole = renderBody(options);
    if (whole.length <= options.limit)
        return { body: whole, truncated: false };
    // Everything but the content: markers, separators, and a little slack for trimming.
    const overhead = renderBody({
        ...options,
        content: options.content === undefined ? undefined : '',
        sections: options.sections?.map((s) => ({ ...s, body: '' })),
    }).length + 16;
    const budget = Math.max(0, options.limit - overhead);
    if (!options.sections) {
        const cut = await truncateMarkdown(options.content ?? '', budget, {
            fullReport: options.fullReport,
        });
        return { body: renderBody({ ...options, content: cut.text }), truncated: true };
    }
    const shares = shareOut(options.sections.map((s) => s.body.trim().length), budget);
    const sections = await Promise.all(options.sections.map(async (s, i) => ({
        ...s,
        body: (await truncateMarkdown(s.body.trim(), shares[i], { fullReport: options.fullReport }))
            .text,
    })));
    return { body: renderBody({ ...options, sections }), truncated: true };
}
/** Water-filling: every size gets min(size, equal share of what is left). */
function shareOut(sizes, budget) {
    const shares = new Array(sizes.length).fill(0);
    const order = sizes.map((size, i) => ({ size, i })).sort((a, b) => a.size - b.size);
    let left = budget;
    order.forEach(({ size, i }, k) => {
        const fair = Math.floor(left / (order.length - k));
        shares[i] = Math.min(size, fair);
        left -= shares[i];
    });
    return shares;
}

;// CONCATENATED MODULE: ./src/report/sticky.ts



/** Posts or updates the report comment and returns it. */
async function postComment(options) {
    const { forge, target, logger } = options;
    if (options.section !== undefined)
        return postSection(options);
    // The nonce lets a create whose answer was lost find its comment instead of posting twice.
    const marker = options.noMarker ? undefined : renderMarker(options.title, newNonce());
    const { body, truncated } = await fitBody({
        marker,
        content: options.content,
        limit: forge.commentLimit,
        fullReport: options.fullReport,
    });
    if (options.mode === 'create') {
        return { comment: await createOnce(forge, target, body, logger), action: 'created', truncated };
    }
    const matcher = new Matcher(options);
    const { newest, horizon } = await matcher.scan(target, { stopAtFirst: true });
    if (newest && forge.canEdit(target)) {
        const comment = await forge.updateComment(target, newest.id, body);
        return { comment, action: 'updated', truncated };
    }
    const created = await createOnce(forge, target, body, logger);
    // Two writers that both found nothing create two comments: the older one wins, the newer
    // writer moves its report there and removes its own, so the PR converges to one comment.
    const rivals = await matcher.since(target, horizon, created.id);
    const winner = rivals.filter((c) => c.id < created.id).sort((a, b) => a.id - b.id)[0];
    if (winner && forge.canEdit(target)) {
        const comment = await forge.updateComment(target, winner.id, body);
        await forge.deleteComment(target, created.id);
        options.logger.info(`Another job created the same report at the same time; kept comment ${winner.id}.`);
        return { comment, action: 'updated', truncated };
    }
    return { comment: created, action: 'created', truncated };
}
/** Finds comments carrying our marker and written by us, caching who "us" is. */
class Matcher {
    options;
    identity;
    key;
    constructor(options) {
        this.options = options;
        this.key = watermarkKey(options.title);
    }
    carriesMarker(comment) {
        if (markerKeyOf(comment.body) === this.key)
            return true;
        const legacy = this.options.legacyTitles ?? [this.options.title];
        return legacy.some((title) => isLegacyCmlWatermark(comment.body, title));
    }
    async matches(comment) {
        if (!this.carriesMarker(comment))
            return false;
        this.identity ??= this.options.forge.identity();
        const me = await this.identity;
        if (me.id !== undefined && comment.authorId !== undefined)
            return me.id === comment.authorId;
        return me.login.toLowerCase() === comment.author.toLowerCase();
    }
    /** Walks every comment newest first; the horizon is the newest id seen (0 for none). */
    async scan(target, options) {
        const all = [];
        let horizon = 0;
        for await (const comment of this.options.forge.listComments(target)) {
            horizon = Math.max(horizon, comment.id);
            if (await this.matches(comment)) {
                all.push(comment);
                if (options.stopAtFirst)
                    break;
            }
        }
        return { newest: all[0], all, horizon };
    }
    /** Our matching comments newer than the horizon (created while we worked), except `skip`. */
    async since(target, horizon, skip) {
        const found = [];
        for await (const comment of this.options.forge.listComments(target)) {
            if (comment.id <= horizon)
                break;
            if (comment.id !== skip && (await this.matches(comment)))
                found.push(comment);
        }
        return found;
    }
}
/** The GitHub driver's spacing between writes (octokit throttling), with a margin. */
const WRITE_SPACING_MS = 1100;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function jitter([min, max]) {
    return min + Math.random() * Math.max(0, max - min);
}
/**
 * One section of a shared comment. There is no compare-and-swap on comments, so concurrent
 * writers converge instead: merge into the oldest matching comment, fold duplicates into it,
 * then re-read after a jittered wait and write again if another writer's stale copy dropped our
 * section. Bounded by maxAttempts.
 */
async function postSection(options) {
    const { forge, target, logger } = options;
    const ours = {
        name: normalizeSectionName(options.section ?? ''),
        body: options.content.trim(),
    };
    const settle = options.settleMs ?? settleFromEnv();
    const maxAttempts = options.maxAttempts ?? 12;
    const matcher = new Matcher(options);
    // Creates carry a fresh nonce (create-once.ts); updates keep the nonce the comment has, so an
    // unchanged report is not written again.
    const render = (sections, nonce) => fitBody({
        marker: renderMarker(options.title, nonce),
        sections,
        limit: forge.commentLimit,
        fullReport: options.fullReport,
    });
    const create = async () => wrote(await createOnce(forge, target, (await render([ours], newNonce())).body, logger));
    if (!forge.canEdit(target)) {
        // Commit comments on GitLab cannot be edited: a section can only be a comment of its own.
        const { body, truncated } = await render([ours], newNonce());
        return { comment: await createOnce(forge, target, body, logger), action: 'created', truncated };
    }
    // The driver spaces writes about a second apart; reading only once that spacing has passed
    // keeps our read-modify-write window to one round trip, so the settle wait outlasts it.
    let lastWrite = 0;
    const wrote = (value) => {
        lastWrite = Date.now();
        return value;
    };
    const scan = await matcher.scan(target, { stopAtFirst: false });
    let candidates = scan.all;
    let action = 'updated';
    if (candidates.length === 0) {
        const created = await create();
        action = 'created';
        candidates = [created, ...(await matcher.since(target, scan.horizon, created.id))];
    }
    let winnerId = Math.min(...candidates.map((c) => c.id));
    let losers = candidates.filter((c) => c.id !== winnerId);
    let truncated = false;
    // A section counts as settled after two checks in a row, a settle wait apart, find it.
    let confirmations = 0;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        await sleep(Math.max(0, lastWrite + WRITE_SPACING_MS - Date.now()));
        const current = await forge.getComment(target, winnerId);
        if (!current) {
            // The comment we merge into was deleted (by a user, or folded by a racing writer): rescan.
            confirmations = 0;
            const again = await matcher.scan(target, { stopAtFirst: false });
            if (again.all.length === 0) {
                const created = await create();
                winnerId = created.id;
                losers = [];
                action = 'created';
                continue;
            }
            winnerId = Math.min(...again.all.map((c) => c.id));
            losers = again.all.filter((c) => c.id !== winnerId);
            continue;
        }
        const folded = losers.flatMap((c) => parseBody(c.body).sections);
        const existing = parseBody(current.body).sections;
        // Ours wins for our name; folded sections fill in names the winner lacks.
        const merged = mergeSections(mergeSections(folded, existing), [ours]);
        const fitted = await render(merged, nonceOf(current.body));
        truncated = fitted.truncated;
        let latest = current;
        if (fitted.body.trim() !== current.body.trim()) {
            latest = wrote(await forge.updateComment(target, winnerId, fitted.body));
        }
        await sleep(jitter(settle));
        const check = await forge.getComment(target, winnerId);
        const present = check ? parseBody(check.body).sections : [];
        const hasOurs = present.some((s) => s.name === ours.name && (truncated || s.body.trim() === ours.body.trim()));
        const hasFolded = folded.every((f) => present.some((s) => s.name === f.name));
        if (check && hasOurs && hasFolded) {
            if (++confirmations < 2)
                continue;
            for (const loser of losers) {
                await forge.deleteComment(target, loser.id).catch((error) => {
                    logger.debug(`Duplicate comment ${loser.id} already gone: ${String(error)}`);
                });
            }
            if (losers.length > 0)
                logger.info(`Folded ${losers.length} duplicate report comment(s) into comment ${winnerId}.`);
            return { comment: { ...latest, ...check }, action, truncated };
        }
        confirmations = 0;
        logger.info(`Section '${ours.name}' was overwritten by a concurrent writer; writing again (attempt ${attempt + 1}).`);
        // Pick up comments other writers created meanwhile, so they are folded too.
        const again = await matcher.scan(target, { stopAtFirst: false });
        if (again.all.length > 0) {
            winnerId = Math.min(...again.all.map((c) => c.id));
            losers = again.all.filter((c) => c.id !== winnerId);
        }
    }
    throw new Error(`Could not converge on one report comment after ${maxAttempts} attempts: other jobs kept overwriting section '${ours.name}'.`);
}
function settleFromEnv() {
    const raw = process.env.CML_SECTION_SETTLE_MS;
    // Longer than the driver's spacing between writes (1 s), which widens another writer's
    // read-modify-write window: a stale write must land before we look again.
    const ms = raw && /^\d+$/.test(raw) ? Number(raw) : 2000;
    return [ms, ms * 1.5];
}

;// CONCATENATED MODULE: ./src/report/targets.ts

const FORMS = 'auto, pr, pr/<number>, commit, commit/<sha> or issue/<number>';
function parseTarget(text, where = 'target') {
    const value = (text ?? 'auto').trim();
    if (value === '' || value === 'auto')
        return { kind: 'auto' };
    const [kind, arg, extra] = value.split('/');
    const bad = () => new errors/* ConfigurationError */.j1(`${where} '${value}' is not a comment target: expected ${FORMS}.`, {
        input: where,
    });
    if (extra !== undefined)
        throw bad();
    if (kind === 'pr' || kind === 'mr') {
        if (arg === undefined)
            return { kind: 'pr' };
        if (!/^[1-9]\d*$/.test(arg))
            throw bad();
        return { kind: 'pr', number: Number(arg) };
    }
    if (kind === 'issue') {
        if (arg === undefined || !/^[1-9]\d*$/.test(arg))
            throw bad();
        return { kind: 'issue', number: Number(arg) };
    }
    if (kind === 'commit') {
        if (arg === undefined)
            return { kind: 'commit' };
        if (!/^[0-9a-f]{4,64}$/i.test(arg))
            throw bad();
        return { kind: 'commit', sha: arg };
    }
    throw bad();
}
/**
 * Resolves a target the way CML does: `auto` is this run's PR/MR, else an open PR/MR whose head
 * is this commit, else a comment on the commit; `pr` requires a PR/MR.
 */
async function resolveTarget(spec, options) {
    switch (spec.kind) {
        case 'issue':
            return { kind: 'issue', number: spec.number };
        case 'commit':
            return { kind: 'commit', sha: requireSha(spec.sha ?? options.sha) };
        case 'pr': {
            if (spec.number !== undefined)
                return { kind: 'pr', number: spec.number };
            const found = await findPull(options);
            if (found === undefined) {
                throw new errors/* ConfigurationError */.j1(`target 'pr': this run is not for a pull/merge request and no open one has commit ${options.sha || '(unknown)'} as its head. Use target auto or commit to comment on the commit.`, { input: 'target' });
            }
            return { kind: 'pr', number: found };
        }
        case 'auto': {
            const found = await findPull(options);
            if (found !== undefined)
                return { kind: 'pr', number: found };
            return { kind: 'commit', sha: requireSha(options.sha) };
        }
    }
}
async function findPull(options) {
    if (options.pullNumber !== undefined)
        return options.pullNumber;
    if (!options.sha)
        return undefined;
    const pulls = await options.pulls.pullsForCommit(options.sha);
    return pulls.find((p) => p.state === 'open')?.number;
}
function requireSha(sha) {
    if (!sha) {
        throw new errors/* ConfigurationError */.j1('No commit to comment on: the commit sha is unknown (pass --commit-sha or run inside a git repository).');
    }
    return sha;
}
function describeTarget(target) {
    return target.kind === 'commit'
        ? `commit ${target.sha.slice(0, 12)}`
        : `${target.kind} #${target.number}`;
}

;// CONCATENATED MODULE: ./src/report/run-report.ts













/**
 * The report capability: compose the Markdown, keep a full copy on disk (images copied next to
 * it), publish images and post or update the sticky comment, write the job summary. When the
 * forge refuses the comment the report is still on disk and in the summary, with a warning that
 * names the missing permission; the step fails only with failOnError.
 */
async function runReport(request) {
    const { logger, context } = request;
    const outDir = (0,external_node_path_.resolve)(request.cwd, request.outputDir);
    const parts = await composeReport({
        cwd: request.cwd,
        markdownFile: request.markdownFile,
        plots: request.plots,
        metrics: request.metrics,
        metricsBase: request.metricsBase,
        data: request.data,
        plotsDir: defaultPlotsDir(outDir),
        plotsAllowedHosts: request.plotsAllowedHosts,
        workspace: context.workspace || request.cwd,
        logger,
    });
    const workspace = (0,external_node_path_.resolve)(context.workspace || request.cwd);
    // Missing or refused images are named and left as written; the report still posts (as CML's
    // did) unless fail-on-error, and even then only after the report is on disk and in the summary.
    const imageProblems = [];
    const plotsDir = defaultPlotsDir(outDir);
    const budgeted = parts.map((part) => withinBudget(part, logger));
    const images = budgeted.map(({ head }) => collect(head, workspace, plotsDir, (message) => imageProblems.push(message)));
    const allFiles = dedupe(images.flatMap((i) => i.files));
    for (const problem of imageProblems) {
        if (!request.failOnError)
            logger.warning(`${problem} It is left as written in the report.`);
    }
    (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
    const localUrls = copyAssets(outDir, allFiles);
    const localMarkdown = joinParts(budgeted.map((b, i) => rewriteImages(b.head.text, images[i], localUrls) + b.tail));
    const reportFile = (0,external_node_path_.join)(outDir, 'report.md');
    (0,external_node_fs_.writeFileSync)(reportFile, localMarkdown);
    const reportPath = (0,external_node_path_.relative)(request.cwd, reportFile) || reportFile;
    logger.info(`Report written to ${reportPath}${localUrls.size ? ` with ${localUrls.size} image(s)` : ''}.`);
    const fullReport = fullReportPointer(context, reportPath, request.summary);
    const outputs = {
        'comment-url': '',
        'comment-id': '',
        result: 'local',
        'report-file': reportPath,
        truncated: 'false',
    };
    // Only the processed head of each part goes to the forge: the rest could not fit anyway.
    let remoteMarkdown = joinParts(budgeted.map((b) => b.head.text));
    if (imageProblems.length > 0 && request.failOnError) {
        await writeSummary(request, request.forge ? remoteMarkdown : localMarkdown, fullReport);
        throw new errors/* ConfigurationError */.j1(imageProblems.join('\n'));
    }
    if (!request.forge) {
        await writeSummary(request, localMarkdown, fullReport);
        return outputs;
    }
    let forge;
    let target;
    /** Shown in the comment only (the summary and the file keep their own links). */
    let missingImagesNote = '';
    try {
        forge = await request.forge();
        if (request.publish && allFiles.length > 0) {
            try {
                const urls = await publishImages(forge, request, allFiles);
                remoteMarkdown = joinParts(budgeted.map((b, i) => rewriteImages(b.head.text, images[i], urls)));
            }
            catch (error) {
                // Images are an extra: a token that may comment but not store images (GitHub without
                // contents: write, as CML never needed) or an image store that fails (5xx, network)
                // still gets its comment, with the local references, a visible note and a warning.
                if (request.failOnError || (0,errors/* isConfigurationError */.p0)(error) || (0,errors/* isProgrammingError */.qK)(error))
                    throw error;
                const permission = !request.publishUrl && isPermissionFailure(error);
                const hint = permission ? permissionHint(forge.kind, 'assets') : '';
                const names = describeFiles(allFiles);
                const reason = failureReason(error);
                logger.warning(`${allFiles.length} image(s) could not be published (${names}): ${reason}${hint ? `\n${hint}` : ''}\nThe comment is posted without them; they are in ${reportPath}.`);
                missingImagesNote = `\n\n> **${allFiles.length} image(s) could not be published.** ${hint || `The image store failed: ${oneLine(reason)}.`} The report with its images was written to \`${reportPath}\` on the runner.\n`;
            }
        }
    }
    catch (error) {
        // User mistakes fail the step; refusals and outages leave the report on disk and warn. The
        // summary is written first either way: nothing the user made is lost.
        await writeSummary(request, remoteMarkdown, fullReport);
        // A bug (ours) fails the step with its stack (src/core/run-entry.ts), the report kept.
        if ((0,errors/* isConfigurationError */.p0)(error) || (0,errors/* isProgrammingError */.qK)(error))
            throw error;
        return failed(request, outputs, error, forge ? permissionHint(forge.kind, 'assets') : '');
    }
    await writeSummary(request, remoteMarkdown, fullReport);
    try {
        const spec = parseTarget(request.target);
        target = await resolveTarget(spec, {
            pulls: forge,
            pullNumber: spec.kind === 'commit' ? undefined : context.pullNumber,
            sha: request.sha ?? context.sha,
        });
        const title = expandWatermarkTitle(request.watermarkTitle, {
            workflow: context.workflow,
            run: context.runId,
            job: context.job,
        });
        const result = await postComment({
            forge,
            target,
            title,
            legacyTitles: request.adoptCmlDefaultWatermark ? [title, ''] : [title],
            content: missingImagesNote
                ? `${remoteMarkdown.trimEnd()}${missingImagesNote}`
                : remoteMarkdown,
            section: request.section,
            mode: request.mode,
            noMarker: request.noMarker,
            fullReport,
            logger,
        });
        logger.info(`Report ${result.action} on ${describeTarget(target)}: ${result.comment.url}`);
        if (result.truncated)
            logger.warning(`The comment was truncated to fit the forge's limit; ${fullReport}.`);
        return {
            ...outputs,
            'comment-url': result.comment.url,
            'comment-id': String(result.comment.id),
            result: result.action,
            truncated: String(result.truncated),
        };
    }
    catch (error) {
        // The summary and the file were written above: a bug may fail the step without losing them.
        if ((0,errors/* isConfigurationError */.p0)(error) || (0,errors/* isProgrammingError */.qK)(error))
            throw error;
        return failed(request, outputs, error, permissionHint(forge.kind, 'comment', target?.kind));
    }
}
function collect(part, workspace, plotsDir, onProblem) {
    return collectLocalImages(part.text, {
        workspace,
        baseDir: part.baseDir,
        source: part.source,
        generatedDir: part.generated ? plotsDir : undefined,
        onProblem,
    });
}
/**
 * A part cut at a piece boundary (blocks.ts) at most REPORT_LIMITS.processedChars in: the head
 * is processed (images, comment, summary), the tail only kept in the file on disk.
 */
function withinBudget(part, logger) {
    const limit = REPORT_LIMITS.processedChars;
    if (part.text.length <= limit)
        return { head: part, tail: '' };
    const starts = (0,markdown_blocks/* chunkMarkdown */.N)(part.text, undefined, limit).map((c) => c.start);
    const cut = starts.filter((s) => s > 0 && s <= limit).pop() ?? limit;
    logger.warning(`${part.source} is ${mebibytes(part.text.length)} MiB; only its first ${mebibytes(cut)} MiB are searched for images and posted (the comment and the job summary hold less anyway). The whole report is kept in the report file.`);
    return { head: { ...part, text: part.text.slice(0, cut) }, tail: part.text.slice(cut) };
}
function mebibytes(chars) {
    return (chars / 1024 / 1024).toFixed(1);
}
function describeFiles(files) {
    const shown = files.slice(0, 10).map((f) => f.name);
    return files.length > shown.length
        ? `${shown.join(', ')} and ${files.length - shown.length} more`
        : shown.join(', ');
}
/** The error's message, with the HTTP status in front when the message leaves it out. */
function failureReason(error) {
    const message = (0,errors/* errorMessage */.gJ)(error);
    const status = httpStatusOf(error);
    return status !== undefined && !message.includes(String(status))
        ? `HTTP ${status} ${message}`
        : message;
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}
function dedupe(files) {
    return [...new Map(files.map((f) => [f.name, f])).values()];
}
async function publishImages(forge, request, files) {
    if (request.publishUrl)
        return publishToUrl(request.publishUrl, files);
    return forge.publishAssets(files);
}
async function writeSummary(request, markdown, fullReport) {
    const file = request.context.summaryFile;
    if (!request.summary || !file)
        return;
    if (await writeJobSummary(file, markdown, fullReport)) {
        request.logger.warning('The job summary was truncated to its 1 MiB limit.');
    }
}
function failed(request, outputs, error, hint) {
    const message = `The report could not be posted: ${failureReason(error)}`;
    const fullHint = error instanceof errors/* PermissionError */.i_ ? error.hint : isPermissionFailure(error) ? hint : '';
    if (request.failOnError) {
        throw new errors/* PermissionError */.i_(message, `${fullHint} The report is in ${outputs['report-file']}${request.context.summaryFile ? ' and the job summary' : ''}.`.trim());
    }
    request.logger.warning(`${message}${fullHint ? `\n${fullHint}` : ''}\nThe report is in ${outputs['report-file']}${request.context.summaryFile && request.summary ? ' and in the job summary' : ''}; set fail-on-error to fail the step instead.`);
    return { ...outputs, result: 'failed' };
}
/** Where the untruncated report can be read, for truncation notes. */
function fullReportPointer(context, reportPath, summary) {
    const link = (0,platforms/* platformInfo */.UW)(context.platform).fullReportLink?.(context, reportPath, summary);
    if (link)
        return link;
    if (context.runUrl)
        return `\`${reportPath}\` of [this run](${context.runUrl})`;
    return `\`${reportPath}\``;
}

;// CONCATENATED MODULE: ./src/report/action.ts









/**
 * The report action (GitHub) and component (GitLab): both run dist/report/index.js with
 * INPUT_* variables. Outputs go to GITHUB_OUTPUT on GitHub and to a dotenv report on GitLab.
 */
async function runReportAction(logger, env = process.env) {
    const inputs = readInputs('report', (s) => logger.mask(s), env);
    const context = (0,platforms/* readContext */.yI)(env);
    const token = readForgeToken(logger, context.forge, inputs.token, env);
    const cwd = context.workspace || process.cwd();
    const outputs = await runReport({
        context,
        logger,
        cwd,
        markdownFile: reportFile(inputs.file, cwd, inputs.plots.length + inputs.metrics.length + inputs.data.length > 0),
        plots: inputs.plots,
        plotsAllowedHosts: inputs['allowed-hosts'],
        metrics: inputs.metrics,
        metricsBase: inputs['metrics-base'],
        data: { targets: inputs.data, base: inputs['metrics-base'] },
        target: inputs.target,
        watermarkTitle: inputs['watermark-title'],
        // Teams moving from `cml comment update report.md` (no title) keep their old comment.
        adoptCmlDefaultWatermark: inputs['watermark-title'] === '{workflow}',
        section: inputs.section,
        mode: inputs.update ? 'update' : 'create',
        publish: inputs.publish,
        publishUrl: inputs['publish-url'],
        outputDir: inputs['output-dir'],
        summary: inputs.summary,
        failOnError: inputs['fail-on-error'],
        // The drivers (octokit, gitbeaker) load only when a forge is used: cold start matters.
        forge: context.forge ? () => loadForge(context, token, logger) : undefined,
    });
    setOutputs(outputs, (0,platforms/* stepOutputFile */.U1)(context.platform, env), inputs['dotenv-file'] ?? (0,platforms/* defaultDotenvFile */.AQ)(context.platform, 'cml-report.env', env));
}
/**
 * Only this platform's driver is loaded (src/forge/registry.ts loads each driver on first use):
 * octokit and gitbeaker together cost ~100 ms of start.
 */
async function loadForge(context, token, logger) {
    try {
        return await (await __nccwpck_require__.e(/* import() */ 251).then(__nccwpck_require__.bind(__nccwpck_require__, 8251))).createForge({ context, token, logger });
    }
    catch (error) {
        // No token is a refusal like a read-only one: the report stays in the summary and on disk.
        if (!token && (0,errors/* isConfigurationError */.p0)(error)) {
            throw new errors/* PermissionError */.i_((0,errors/* errorMessage */.gJ)(error), (0,platforms/* platformInfo */.UW)(context.platform).missingTokenHint ?? (0,registry/* forgeInfo */.QF)(context.forge).missingToken);
        }
        throw error;
    }
}
/** The default report.md may be absent when plots, metrics or data make the report. */
function reportFile(file, cwd, generated) {
    if (file === 'report.md' && generated && !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, file)))
        return undefined;
    return file;
}
function setOutputs(outputs, outputFile, dotenv) {
    writeStepOutputs({ ...outputs }, {
        githubOutputFile: outputFile,
        dotenv: dotenv
            ? { file: dotenv, prefix: 'CML_REPORT_', input: 'dotenv-file', names: DOTENV_NAMES }
            : undefined,
    });
}
/** The dotenv report's variables (CML_REPORT_\u2026), as the include and component document them. */
const DOTENV_NAMES = {
    'comment-url': 'COMMENT_URL',
    'comment-id': 'COMMENT_ID',
    result: 'RESULT',
    'report-file': 'FILE',
};

;// CONCATENATED MODULE: ./src/main/report.ts
// Entry of the report action and GitLab component (dist/report/index.js).


void runEntry((logger) => runReportAction(logger));

module.exports = __webpack_exports__;
/******/ })()
;