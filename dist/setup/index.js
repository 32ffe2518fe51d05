/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = require("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

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
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
;// CONCATENATED MODULE: ./src/core/errors.ts
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

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: ./src/core/secrets.ts
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

;// CONCATENATED MODULE: ./src/core/logger.ts


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
        this.out.write(withoutCommands(redactSecrets(message)) + external_node_os_namespaceObject.EOL);
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
        registerSecret(secret);
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
        const data = name === 'add-mask' ? message : redactSecrets(message);
        this.out.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(data)}${external_node_os_namespaceObject.EOL}`);
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
    return `::stop-commands::${token}${external_node_os_namespaceObject.EOL}${text}${external_node_os_namespaceObject.EOL}::${token}::`;
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
        registerSecret(secret);
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
        result = redactSecrets(result);
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
    const message = errorMessage(error);
    if (error instanceof PermissionError) {
        logger.error(`${message}\n${error.hint}`);
    }
    else if (error instanceof StepFailure) {
        logger.error(message);
    }
    else if (isConfigurationError(error)) {
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/core/version.ts
// The package version, inlined at build time by the bundler from package.json.

const CLI_VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/core/markdown-truncate.ts
/** Size limits of the places a report goes, in the unit each platform counts. */
const markdown_truncate_LIMITS = {
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
async function markdown_truncate_truncateMarkdown(markdown, limit, options = {}) {
    const size = options.unit === 'bytes'
        ? (s) => Buffer.byteLength(s, 'utf8')
        : (s) => s.length;
    if (size(markdown) <= limit)
        return { text: markdown, truncated: false };
    const note = options.note ?? truncationNote(limit, options);
    const budget = limit - size(note) - 2;
    // The Markdown parser (a third of a small action's bundle) is loaded only when a cut is needed.
    const { cutPoints } = await Promise.all(/* import() */[__nccwpck_require__.e(690), __nccwpck_require__.e(14)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8014));
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
        text += `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`;
    }
    (0,external_node_fs_namespaceObject.appendFileSync)(file, text);
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
        throw new ConfigurationError(`The dotenv file path ${JSON.stringify(dotenv.file)}${dotenv.input ? ` (input ${dotenv.input})` : ''} holds a line break or NUL; give a plain relative path such as cml.env.`, dotenv.input ? { input: dotenv.input } : undefined);
    }
    const entries = Object.entries(outputs).filter(([name]) => !dotenv.names || name in dotenv.names);
    const lines = entries.map(([name, value]) => {
        const key = `${dotenv.prefix}${dotenv.names?.[name] ?? name.toUpperCase().replace(/-/g, '_')}`;
        if (/[\r\n\0]/.test(value)) {
            throw new ConfigurationError(`The ${key} output ${JSON.stringify(value.slice(0, 80))} holds a line break, which a dotenv report cannot carry; write it to a file and output the path.`);
        }
        return `${key}=${value}`;
    });
    const file = (0,external_node_path_namespaceObject.resolve)(dotenv.file);
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(file), { recursive: true });
    (dotenv.overwrite ? external_node_fs_namespaceObject.writeFileSync : external_node_fs_namespaceObject.appendFileSync)(file, `${lines.join('\n')}\n`);
}
/**
 * Appends Markdown (a report, a metrics table) to $GITHUB_STEP_SUMMARY within its 1 MiB per-step limit (counting what
 * earlier writes of this step left there); over it, truncated with a note.
 */
async function writeJobSummary(file, markdown, fullReport) {
    const used = existsSync(file) ? statSync(file).size : 0;
    const room = Math.max(0, LIMITS.jobSummaryBytes - used - 2);
    const fitted = await truncateMarkdown(markdown, room, { unit: 'bytes', fullReport });
    appendFileSync(file, `${fitted.text.trimEnd()}\n\n`);
    return fitted.truncated;
}
/**
 * Puts a folder on PATH for this step (process.env) and the job's later steps (the runner's
 * GITHUB_PATH file, one folder a line), as @actions/core's addPath does.
 */
function addPath(folder, env = process.env) {
    if (env.GITHUB_PATH)
        (0,external_node_fs_namespaceObject.appendFileSync)(env.GITHUB_PATH, `${folder}${external_node_os_namespaceObject.EOL}`);
    process.env.PATH = `${folder}${external_node_path_namespaceObject.delimiter}${process.env.PATH}`;
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

;// CONCATENATED MODULE: ./src/inputs/plot-templates.ts
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
        type: { kind: 'enum', options: TEMPLATES },
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = require("node:child_process");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = require("node:fs/promises");
;// CONCATENATED MODULE: ./src/setup/dvc.ts





const VERSION = /^[0-9]+(\.[0-9A-Za-z]+)*$/;
const EXTRA = /^[A-Za-z0-9_-]+$/;
/** Validates dvc-version and dvc-extras (before anything is installed); returns the extras sorted. */
function checkDvcInputs(version, extrasIn) {
    if (!VERSION.test(version)) {
        throw new ConfigurationError(`Input 'dvc-version' must be an exact DVC release such as 3.55.2, got '${version}'.`, { input: 'dvc-version' });
    }
    const extras = [...new Set(extrasIn)].sort();
    const bad = extras.find((e) => !EXTRA.test(e));
    if (bad !== undefined) {
        throw new ConfigurationError(`Input 'dvc-extras': '${bad}' is not a pip extra name.`, {
            input: 'dvc-extras',
        });
    }
    return extras;
}
/**
 * Installs an exact DVC release in a Python virtual environment kept in the tool cache, so a
 * self-hosted runner pays for it once. The venv is built in place (a venv cannot be moved:
 * its scripts hold absolute paths), using the tool cache's own layout and `.complete` marker
 * so `find` recognises it. pip reads PIP_INDEX_URL / PIP_EXTRA_INDEX_URL from the environment.
 */
async function installDvc(options) {
    const { version, logger } = options;
    const extras = checkDvcInputs(version, options.extras);
    const tool = extras.length ? `dvc-${extras.join('-')}` : 'dvc';
    const tc = await __nccwpck_require__.e(/* import() */ 991).then(__nccwpck_require__.bind(__nccwpck_require__, 5991));
    const found = tc.find(tool, version);
    if (found && (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(found, 'cml-bin', 'dvc'))) {
        logger.info(`DVC ${version} found in the tool cache: ${found}`);
        return { version: await installedVersion(found), binDir: (0,external_node_path_namespaceObject.join)(found, 'cml-bin'), cached: true };
    }
    const cacheRoot = process.env.RUNNER_TOOL_CACHE ?? '';
    const dir = (0,external_node_path_namespaceObject.join)(cacheRoot, tool, version, process.arch);
    await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
    await (0,promises_namespaceObject.rm)(`${dir}.complete`, { force: true });
    await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
    const python = options.python ?? 'python3';
    try {
        await run(python, ['-m', 'venv', dir]);
    }
    catch (error) {
        throw new ConfigurationError(`dvc-version needs ${python} with the venv module (Debian/Ubuntu: apt-get install python3-venv): ${errorMessage(error)}`, { input: 'dvc-version' });
    }
    const spec = `dvc${extras.length ? `[${extras.join(',')}]` : ''}==${version}`;
    logger.info(`Installing ${spec} into ${dir}`);
    try {
        await run((0,external_node_path_namespaceObject.join)(dir, 'bin', 'python'), [
            '-m',
            'pip',
            'install',
            '--disable-pip-version-check',
            '--no-input',
            spec,
        ]);
    }
    catch (error) {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
        throw new Error(`pip install ${spec} failed: ${errorMessage(error)}`);
    }
    if (!(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(dir, 'bin', 'dvc'))) {
        throw new Error(`pip installed ${spec} but it has no dvc executable in ${dir}/bin.`);
    }
    const binDir = (0,external_node_path_namespaceObject.join)(dir, 'cml-bin');
    await (0,promises_namespaceObject.mkdir)(binDir, { recursive: true });
    await (0,promises_namespaceObject.symlink)((0,external_node_path_namespaceObject.join)(dir, 'bin', 'dvc'), (0,external_node_path_namespaceObject.join)(binDir, 'dvc'));
    await (0,promises_namespaceObject.writeFile)(`${dir}.complete`, '');
    return { version: await installedVersion(dir), binDir, cached: false };
}
/** The version pip actually installed, from the package metadata. */
async function installedVersion(dir) {
    const out = await run((0,external_node_path_namespaceObject.join)(dir, 'bin', 'python'), [
        '-c',
        'import importlib.metadata as m; print(m.version("dvc"))',
    ]);
    return out.trim();
}
function run(file, args) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_namespaceObject.execFile)(file, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error) {
                const tail = String(stderr || stdout)
                    .trim()
                    .split('\n')
                    .slice(-15)
                    .join('\n');
                reject(new Error(`${error.message.split('\n')[0]}\n${tail}`));
            }
            else
                resolve(String(stdout));
        });
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/setup/fetch-release.ts





/** Tool-cache name of fetched releases (not "cml": that name may belong to other setups). */
const RELEASE_TOOL = 'cml-ts';
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
/**
 * A published release of this package, from the tool cache or else from the npm registry
 * (metadata \u2192 tarball \u2192 integrity check \u2192 extract \u2192 cache). Returns the package root, which
 * holds dist/cml/index.js exactly as the bundled copy does.
 */
async function fetchRelease(options) {
    const { packageName, version, logger } = options;
    if (!SEMVER.test(version)) {
        throw new ConfigurationError(`Input 'version' must be 'bundled', 'latest' or an exact release such as 1.2.3, got '${version}'.`, { input: 'version' });
    }
    // Imported here so the common case (the bundled version) never loads the download stack.
    const tc = await __nccwpck_require__.e(/* import() */ 991).then(__nccwpck_require__.bind(__nccwpck_require__, 5991));
    const cached = tc.find(RELEASE_TOOL, version);
    if (cached && (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(cached, 'dist/cml/index.js'))) {
        logger.info(`cml ${version} found in the tool cache: ${cached}`);
        return cached;
    }
    const registry = options.registry.replace(/\/+$/, '');
    const metaUrl = `${registry}/${packageName.replace('/', '%2f')}`;
    const meta = await getMetadata(metaUrl);
    const release = meta.versions?.[version];
    const tarball = release?.dist?.tarball;
    if (!release || !tarball) {
        const known = Object.keys(meta.versions ?? {}).slice(-10);
        throw new ConfigurationError(`Input 'version': ${packageName}@${version} is not published on ${registry}` +
            (known.length ? ` (latest releases there: ${known.join(', ')}).` : '.'), { input: 'version' });
    }
    logger.info(`Downloading ${packageName}@${version} from ${registry}`);
    let archive;
    try {
        archive = await tc.downloadTool(tarball);
    }
    catch (error) {
        throw new Error(`Cannot download ${tarball}: ${errorMessage(error)}`);
    }
    await verifyIntegrity(archive, release, tarball);
    const extracted = await tc.extractTar(archive);
    const root = (0,external_node_path_namespaceObject.join)(extracted, 'package');
    if (!(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(root, 'dist/cml/index.js'))) {
        throw new Error(`${packageName}@${version} from ${tarball} has no dist/cml/index.js`);
    }
    return tc.cacheDir(root, RELEASE_TOOL, version);
}
async function getMetadata(url) {
    let response;
    try {
        response = await fetch(url, {
            headers: { accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8' },
        });
    }
    catch (error) {
        throw new Error(`Cannot reach the npm registry at ${url}: ${errorMessage(error)}`);
    }
    if (response.status === 404) {
        throw new ConfigurationError(`The npm registry has no package at ${url}.`, {
            input: 'registry',
        });
    }
    if (!response.ok) {
        throw new Error(`The npm registry answered ${response.status} for ${url}.`);
    }
    return (await response.json());
}
/** Checks the tarball against the registry's integrity (sha512 SRI) or legacy sha1 shasum. */
async function verifyIntegrity(file, release, url) {
    const bytes = await (0,promises_namespaceObject.readFile)(file);
    const integrity = release.dist?.integrity;
    if (integrity) {
        const candidates = integrity.split(/\s+/).filter((s) => s.includes('-'));
        const ok = candidates.some((entry) => {
            const dash = entry.indexOf('-');
            const algorithm = entry.slice(0, dash);
            const expected = entry.slice(dash + 1);
            if (!['sha512', 'sha384', 'sha256', 'sha1'].includes(algorithm))
                return false;
            return (0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('base64') === expected;
        });
        if (!ok)
            throw new Error(`Integrity check failed for ${url}: expected ${integrity}.`);
        return;
    }
    const shasum = release.dist?.shasum;
    if (shasum && (0,external_node_crypto_.createHash)('sha1').update(bytes).digest('hex') !== shasum) {
        throw new Error(`Integrity check failed for ${url}: expected sha1 ${shasum}.`);
    }
}

;// CONCATENATED MODULE: ./src/setup/shims.ts


const LEGACY_SHIM_NAMES = [
    'cml-send-comment',
    'cml-publish',
    'cml-send-github-check',
    'cml-pr',
    'cml-runner',
];
const PLOT_SHIM_NAMES = ['vl2png', 'vl2svg', 'vl2vg', 'vg2png', 'vg2svg'];
const SHIMS = [
    { name: 'cml', words: [] },
    ...LEGACY_SHIM_NAMES.map((name) => ({ name, invokedAs: name, words: [] })),
    ...PLOT_SHIM_NAMES.map((name) => ({ name, words: [name] })),
];
/** Single-quotes a word for POSIX sh (paths may hold spaces or quotes). */
function shQuote(word) {
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
/**
 * The wrapper script for one shim: exec the given Node on the CLI bundle. CML_INVOKED_AS is
 * set for legacy names and cleared otherwise, so a `cml` started from inside a legacy command
 * (or a user's script run by one) is never mistaken for the legacy binary.
 */
function shimScript(shim, node, entry) {
    const env = shim.invokedAs
        ? `CML_INVOKED_AS=${shQuote(shim.invokedAs)}\nexport CML_INVOKED_AS`
        : 'unset CML_INVOKED_AS';
    const words = [node, entry, ...shim.words].map(shQuote).join(' ');
    return [
        '#!/bin/sh',
        '# Written by the cml setup action: runs the bundled cml CLI with the Node that ran the action.',
        env,
        `exec ${words} "$@"`,
        '',
    ].join('\n');
}
/** Writes every shim into `dir` (created if missing), executable, and returns their paths. */
async function writeShims(dir, node, entry) {
    await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
    const written = [];
    for (const shim of SHIMS) {
        const path = (0,external_node_path_namespaceObject.join)(dir, shim.name);
        await (0,promises_namespaceObject.writeFile)(path, shimScript(shim, node, entry));
        await (0,promises_namespaceObject.chmod)(path, 0o755);
        written.push(path);
    }
    return written;
}

;// CONCATENATED MODULE: ./src/setup/run-setup.ts










const PACKAGE_NAME = '@cml-ts/cml';
const DEFAULT_REGISTRY = 'https://registry.npmjs.org';
/**
 * The setup action: puts `cml`, the legacy CML binaries and the chart converters on PATH as
 * small sh wrappers around the CLI bundle, run by the Node that runs this action (no npm
 * install, no native build, no network). Another version is fetched from the npm registry into
 * the tool cache; DVC, when pinned, goes into a cached virtual environment.
 */
async function runSetup(options) {
    const { logger, actionRoot } = options;
    const env = options.env ?? process.env;
    const inputs = readInputs('setup', (s) => logger.mask(s), env);
    // Self-hosted runners and local runs may lack these; the tool cache needs both.
    const temp = env.RUNNER_TEMP || (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'cml-setup-'));
    process.env.RUNNER_TEMP = temp;
    process.env.RUNNER_TOOL_CACHE = env.RUNNER_TOOL_CACHE || (0,external_node_path_namespaceObject.join)(temp, 'cml-tool-cache');
    const dvcRequested = inputs['dvc-version'];
    const dvcExtras = inputs['dvc-extras'];
    if (dvcRequested)
        checkDvcInputs(dvcRequested, dvcExtras);
    const requested = inputs.version;
    const bundled = ['bundled', 'latest', CLI_VERSION].includes(requested);
    const root = bundled
        ? actionRoot
        : await fetchRelease({
            packageName: PACKAGE_NAME,
            version: requested,
            registry: inputs.registry ?? env.npm_config_registry ?? DEFAULT_REGISTRY,
            logger,
        });
    const version = bundled ? CLI_VERSION : requested;
    const entry = (0,external_node_path_namespaceObject.join)(root, 'dist', 'cml', 'index.js');
    if (!(0,external_node_fs_namespaceObject.existsSync)(entry)) {
        throw new ConfigurationError(`The cml CLI bundle is missing at ${entry}: the action must be used from a release (or a checkout with dist/ built).`);
    }
    const binDir = (0,external_node_path_namespaceObject.join)(temp, 'cml-setup', version, 'bin');
    await writeShims(binDir, process.execPath, entry);
    addPath(binDir, env);
    // Written before DVC installs: a failed install still leaves cml's own outputs.
    writeStepOutputs({ version, 'bin-dir': binDir }, { githubOutputFile: env.GITHUB_OUTPUT });
    logger.info(`cml ${version} (${bundled ? 'bundled with this action' : 'from the tool cache'}) on PATH: ${SHIMS.map((s) => s.name).join(', ')} in ${binDir}`);
    let dvcVersion;
    if (dvcRequested) {
        const dvc = await installDvc({
            version: dvcRequested,
            extras: dvcExtras,
            logger,
        });
        addPath(dvc.binDir, env);
        dvcVersion = dvc.version;
        logger.info(`DVC ${dvc.version} on PATH${dvc.cached ? ' (tool cache)' : ''}: ${dvc.binDir}`);
    }
    writeStepOutputs({ 'dvc-version': dvcVersion ?? '' }, { githubOutputFile: env.GITHUB_OUTPUT });
    return { version, binDir, dvcVersion };
}

;// CONCATENATED MODULE: ./src/main/setup.ts
// Entry of the setup action (root action.yml): dist/setup/index.js, so the action root is ../..



void runEntry(async (logger) => {
    await runSetup({ logger, actionRoot: (0,external_node_path_namespaceObject.join)(__dirname, '..', '..') });
});

module.exports = __webpack_exports__;
/******/ })()
;