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
/* harmony export */   pH: () => (/* binding */ StepFailure)
/* harmony export */ });
/* unused harmony export isProgrammingError */
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

/***/ 8198:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony exports holdsSecret, clearSecrets */
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

/***/ 9163:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  AQ: () => (/* binding */ defaultDotenvFile),
  UW: () => (/* binding */ platformInfo),
  yI: () => (/* binding */ readContext),
  U1: () => (/* binding */ stepOutputFile)
});

// UNUSED EXPORTS: PLATFORM_VARIABLE_PREFIXES, detectPlatform, platformWorkspaces

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
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __nccwpck_require__(8198);
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
        this.out.write(withoutCommands((0,secrets/* redactSecrets */.fp)(message)) + external_node_os_namespaceObject.EOL);
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
        (0,secrets/* registerSecret */.cl)(secret);
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
        const data = name === 'add-mask' ? message : (0,secrets/* redactSecrets */.fp)(message);
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
        (0,secrets/* registerSecret */.cl)(secret);
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
        result = (0,secrets/* redactSecrets */.fp)(result);
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
const registry_FORGE_KINDS = Object.keys(FORGES);
function registry_forgeInfo(kind) {
    return FORGES[kind];
}
/** The forge named by --driver / CML_DRIVER, or a one-line error listing the known ones. */
function parseForgeKind(name, what = '--driver') {
    if (name in FORGES)
        return name;
    throw new ConfigurationError(`${what} '${name}' is not a forge cml drives: use ${registry_FORGE_KINDS.join(', ')}.`);
}
/** The forge whose public service is at this host name, if any. */
function forgeOfHost(host) {
    const h = host.toLowerCase();
    return registry_FORGE_KINDS.find((k) => FORGES[k].publicHosts.includes(h));
}
/** Runner support of the forge, or a one-line refusal naming the forges cml provisions on. */
function runnerSupport(kind) {
    const support = registry_forgeInfo(kind).runners;
    if (support?.startup)
        return support;
    const able = registry_FORGE_KINDS.filter((k) => registry_forgeInfo(k).runners?.startup).map((k) => FORGES[k].title);
    throw new ConfigurationError(`runner-provision: cml registers no self-hosted runners on ${registry_forgeInfo(kind).title}; it works with ${able.join(' and ')}.`);
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
    const order = forge ? [forge, ...registry_FORGE_KINDS.filter((k) => k !== forge)] : registry_FORGE_KINDS;
    const candidates = [
        explicit,
        env.REPO_TOKEN,
        env.repo_token,
        ...order.flatMap((k) => registry_forgeInfo(k).tokenVariables.map((name) => env[name])),
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

;// CONCATENATED MODULE: ./src/forge/index.ts


/** No --driver, no CI platform and no repository URL on a forge's public host. */
function unknownForgeError() {
    return new errors/* ConfigurationError */.j1(`Cannot tell which forge to use outside a known CI platform: pass --driver ${registry_FORGE_KINDS.join('|')} (and --repo) or write the report locally.`);
}
/**
 * The driver for the forge this run talks to. The kind is explicit (--driver), else the
 * context's (the platform's forge, or the repository's host), never guessed from a host name
 * here, so GitHub Enterprise and self-managed GitLab work.
 */
async function createForge(options) {
    const kind = options.kind ?? options.context.forge;
    if (!kind)
        throw unknownForgeError();
    const info = registry_forgeInfo(kind);
    if (!options.token)
        throw new errors/* ConfigurationError */.j1(info.missingToken);
    const create = await info.load();
    return create(options.context, options.token, options.logger);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = require("node:child_process");
;// CONCATENATED MODULE: ./src/git/run-git.ts

/**
 * Runs git without a shell and returns its output as bytes (files may be binary). Never throws
 * for a non-zero exit: callers decide what a failure means (a missing file is not an error).
 */
function runGit(args, cwd, env) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', args, { cwd, env: env ?? process.env, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
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

;// CONCATENATED MODULE: ./src/git/ensure-revision.ts




/** Whether `revision` names a commit this clone has. */
async function hasCommit(revision, cwd) {
    const r = await runGit(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], cwd);
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
        throw new errors/* ConfigurationError */.j1(`Invalid revision '${revision}': a revision cannot start with '-'.`);
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
        fetched = await runGit(['fetch', '--no-tags', '--depth=1', '--quiet', remote, refspec], cwd, {
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
    throw new errors/* ConfigurationError */.j1(`Unknown ${what} '${revision}': this clone does not have it${reason ? ` and 'git fetch ${remote} ${revision}' failed (${reason})` : ''}. Fetch the history it needs: actions/checkout with 'fetch-depth: 0' on GitHub, ` +
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
    const r = await runGit(['rev-parse', '--show-prefix'], cwd);
    if (r.code !== 0) {
        throw new errors/* ConfigurationError */.j1(`${cwd} is not inside a git repository: metrics are compared between git revisions (${r.stderr.trim()}).`);
    }
    return r.stdout.toString('utf8').trim();
}
function prefixFromDotGit(cwd) {
    if (process.env.GIT_DIR || process.env.GIT_WORK_TREE)
        return undefined;
    let dir;
    try {
        dir = (0,external_node_fs_.realpathSync)(cwd);
    }
    catch {
        return undefined;
    }
    const parts = [];
    for (;;) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git'))) {
            return parts.length ? `${parts.reverse().join('/')}/` : '';
        }
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            return undefined;
        // Inside the .git folder itself git has no prefix to give: let it answer.
        if ((0,external_node_path_.basename)(dir) === '.git')
            return undefined;
        parts.push((0,external_node_path_.basename)(dir));
        dir = parent;
    }
}

;// CONCATENATED MODULE: ./src/git/base-revision.ts




/**
 * The revision this run's metrics are compared against: an explicit one when given, else the
 * PR's base commit (GitHub payload base sha, GitLab CI_MERGE_REQUEST_DIFF_BASE_SHA), else its
 * base branch (GITHUB_BASE_REF, CI_MERGE_REQUEST_TARGET_BRANCH_NAME,
 * BITBUCKET_PR_DESTINATION_BRANCH), else the default branch.
 */
async function resolveBaseRevision(options) {
    const { context, cwd, logger, explicit } = options;
    const pick = await chooseBase(context, cwd, explicit);
    const revision = await ensureRevision(pick.revision, cwd, logger);
    logger.debug(`Base revision: ${pick.revision} (${pick.source}), read as ${revision}`);
    return { ...pick, revision };
}
async function chooseBase(context, cwd, explicit) {
    if (explicit)
        return { revision: explicit, label: explicit, source: 'given' };
    if (context.baseSha) {
        const source = (0,platforms/* platformInfo */.UW)(context.platform).baseSources?.sha ?? 'pull request base';
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
            source: (0,platforms/* platformInfo */.UW)(context.platform).baseSources?.ref ?? 'pull request base branch',
        };
    }
    const branch = context.defaultBranch ?? (await defaultBranchFromGit(cwd));
    if (!branch) {
        throw new errors/* ConfigurationError */.j1('Cannot tell which revision to compare against: this is not a pull/merge request and the default branch is unknown. Name the base revision (the base input, or cml metrics diff <a_rev>).');
    }
    return { revision: branch, label: branch, source: 'default branch' };
}
/** origin/HEAD's branch, else main or master when this clone knows one of them. */
async function defaultBranchFromGit(cwd) {
    const head = await runGit(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], cwd);
    if (head.code === 0) {
        const name = head.stdout
            .toString('utf8')
            .trim()
            .replace(/^origin\//, '');
        if (name)
            return name;
    }
    for (const name of ['main', 'master']) {
        if ((await hasCommit(name, cwd)) || (await hasCommit(`refs/remotes/origin/${name}`, cwd))) {
            return name;
        }
    }
    return undefined;
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

;// CONCATENATED MODULE: ./src/forge/publish-check.ts


/** What each way of publishing a check is called in the log. */
const CHECK_WORDS = {
    'check-run': 'check run',
    'commit-status': 'commit status',
    'code-insights': 'Code Insights report',
};
/**
 * Puts a capability's verdict on the commit the way its forge keeps checks (a GitHub check run
 * with annotations, a GitLab commit status, a Bitbucket Code Insights report): metrics-diff's
 * gates and data-validate's rules share it. No sha in the environment, or a refused write (a
 * read-only token on a fork), warns unless failOnError; returns the check's URL when posted.
 */
async function publishVerdictCheck(options) {
    const { forge, context, logger, name, title } = options;
    if (!context.sha) {
        logger.warning('No commit sha in the environment: the check was not published.');
        return undefined;
    }
    try {
        const check = await forge.createCheck({
            name,
            sha: context.sha,
            conclusion: options.failed ? 'failure' : 'success',
            title,
            summary: options.markdown,
            annotations: options.annotations,
            detailsUrl: context.runUrl,
        });
        logger.info(`Published ${CHECK_WORDS[registry_forgeInfo(forge.kind).checksKind]} '${name}': ${title}.`);
        return check.url;
    }
    catch (error) {
        if (options.failOnError)
            throw error;
        const hint = error instanceof errors/* PermissionError */.i_ ? `\n${error.hint}` : '';
        logger.warning(`Could not publish the check '${name}': ${(0,errors/* errorMessage */.gJ)(error)}${hint}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/data/action-check.ts

/** What the check says in one line: the verdict users see in the PR's checks list. */
function checkTitle(outcome, compared) {
    const failed = outcome.failures.length;
    if (failed > 0)
        return `${failed} data rule${failed > 1 ? 's' : ''} failed`;
    if (!compared)
        return 'The data passed every check';
    return outcome.changed ? 'The data changed; every rule passed' : 'No data changed';
}
/**
 * Puts the data-validate result on the commit, as metrics-diff does its gates: the check's
 * summary is the section and its annotations point at the rule, schema or data line of each
 * violation. A refused write (a read-only token on a fork) warns unless failOnError.
 */
async function publishDataCheck(options) {
    const { outcome } = options;
    // A failure without a file (a dataset that could not be read at all) is in the summary only:
    // an annotation needs a path.
    const annotations = outcome.failures
        .filter((f) => f.file !== undefined)
        .map((f) => ({
        path: options.prefix + f.file,
        line: f.line ?? 1,
        level: 'failure',
        title: `Data rule: ${f.rule}`,
        message: f.message,
    }));
    return publishVerdictCheck({
        ...options,
        title: checkTitle(outcome, options.compared),
        failed: outcome.failures.length > 0 || !outcome.passed,
        annotations,
    });
}

;// CONCATENATED MODULE: ./src/data/action-outputs.ts




/** The most a GitHub step output may hold (the runner refuses more). */
const OUTPUT_LIMIT = 1_000_000;
/**
 * GitHub: step outputs; a value over 1 MB (the JSON, which a cut would break) goes to a file
 * named by `<name>-file`. GitLab (or any run given a dotenv file): a dotenv report whose values
 * are single lines, so the Markdown and JSON go to files next to it and the report names them.
 */
function writeDataOutputs(outputs, target, logger, tempDir = process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)()) {
    if (target.githubOutputFile) {
        const values = {};
        for (const [name, value] of Object.entries(outputs)) {
            const bytes = Buffer.byteLength(value, 'utf8');
            if (bytes <= OUTPUT_LIMIT) {
                values[name] = value;
                continue;
            }
            const file = (0,external_node_path_.join)(tempDir, `cml-data-validate-${name}.txt`);
            (0,external_node_fs_.writeFileSync)(file, value);
            values[name] = '';
            values[`${name}-file`] = file;
            logger.warning(`The ${name} output is ${bytes} bytes, over the 1 MB a step output may hold: it is in ${file} (output ${name}-file).`);
        }
        writeGitHubOutputs(target.githubOutputFile, values);
    }
    if (!target.dotenv)
        return;
    const dotenv = (0,external_node_path_.resolve)(target.cwd, target.dotenv);
    const dir = (0,external_node_path_.dirname)(dotenv);
    const markdownFile = (0,external_node_path_.join)(dir, 'cml-data-validate.md');
    const jsonFile = (0,external_node_path_.join)(dir, 'cml-data-validate.json');
    // The report first: it refuses a path holding a line break before anything is written.
    writeDotenvOutputs({ file: dotenv, prefix: 'CML_DATA_', input: 'dotenv-file' }, {
        changed: outputs.changed,
        passed: outputs.passed,
        'markdown-file': (0,external_node_path_.relative)(target.cwd, markdownFile),
        'json-file': (0,external_node_path_.relative)(target.cwd, jsonFile),
    });
    (0,external_node_fs_.writeFileSync)(markdownFile, outputs.markdown);
    (0,external_node_fs_.writeFileSync)(jsonFile, outputs.json);
}

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
    const { PlotRenderer } = await __nccwpck_require__.e(/* import() */ 29).then(__nccwpck_require__.bind(__nccwpck_require__, 6029));
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

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_);
;// CONCATENATED MODULE: ./src/core/scratch-dir.ts



/**
 * A fresh folder under the OS temp folder that is removed when the process exits, however it
 * exits normally (end of work, process.exit, an error turned into an exit code). What goes there
 * can be large (a dataset's base version, DuckDB's spill files), and self-hosted runners keep
 * their temp folder between jobs, so nothing may be left behind.
 */
function scratchDir(prefix) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_namespaceObject.tmpdir)(), prefix));
    process.once('exit', () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }));
    return dir;
}

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
    return (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_namespaceObject.homedir)(), '.cache'), 'cml', 'duckdb');
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
    const { createHash } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7598, 23));
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
        (0,external_node_child_process_namespaceObject.execFileSync)('tar', ['-xzf', 'package.tgz', ...FILES.map((f) => `package/${f}`)], {
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
        threads: setting('CML_DATA_THREADS', String(defaultThreads((0,external_node_os_namespaceObject.availableParallelism)())), /^[1-9]\d{0,3}$/, 'a whole number of threads, 1 or more'),
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
            : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6262, 23));
    }
    catch (bundled) {
        try {
            return (0,external_node_module_.createRequire)(__nccwpck_require__.ab + "package.json")('@duckdb/node-api');
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

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/CsvError.js
class CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== undefined) {
      Error.captureStackTrace(this, CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value)
          ? value.toString(options.encoding)
          : value == null
            ? value
            : JSON.parse(JSON.stringify(value));
      }
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/is_object.js
const is_object = function (obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_columns_array.js



const normalize_columns_array = function (columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === undefined || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal",
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`,
      ]);
    }
  }
  return normalizedColumns;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/ResizeableBuffer.js
class ResizeableBuffer {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.slice(0, this.length).toString(encoding);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
}

/* harmony default export */ const utils_ResizeableBuffer = (ResizeableBuffer);

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/init_state.js


// white space characters
// https://en.wikipedia.org/wiki/Whitespace_character
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Regular_Expressions/Character_Classes#Types
// \f\n\r\t\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff
const np = 12;
const cr = 13; // `\r`, carriage return, 0x0D in hexad\u00e9cimal, 13 in decimal
const nl = 10; // `\n`, newline, 0x0A in hexadecimal, 10 in decimal
const space = 32;
const tab = 9;

const init_state = function (options) {
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    // Current error encountered by a record
    error: undefined,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote:
      Buffer.isBuffer(options.escape) &&
      Buffer.isBuffer(options.quote) &&
      Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns)
      ? options.columns.length
      : undefined,
    field: new utils_ResizeableBuffer(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      // Skip if the remaining buffer can be delimiter
      ...options.delimiter.map((delimiter) => delimiter.length),
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
    ),
    previousBuf: undefined,
    quoting: false,
    stop: false,
    rawBuffer: new utils_ResizeableBuffer(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength:
      options.record_delimiter.length === 0
        ? 0
        : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("\t", options.encoding)[0],
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: [
      Buffer.from(Buffer.from([cr], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([nl], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([np], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([space], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([tab], "utf8").toString(), options.encoding),
    ],
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/underscore.js
const underscore = function (str) {
  return str.replace(/([A-Z])/g, function (_, match) {
    return "_" + match.toLowerCase();
  });
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_options.js




const normalize_options = function (opts) {
  const options = {};
  // Merge with user options
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  // Normalize option `encoding`
  // Note: defined first because other options depends on it
  // to convert chars/strings into buffers.
  if (options.encoding === undefined || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (
    typeof options.encoding !== "string" &&
    options.encoding !== null
  ) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`,
      ],
      options,
    );
  }
  // Normalize option `bom`
  if (
    options.bom === undefined ||
    options.bom === null ||
    options.bom === false
  ) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`,
      ],
      options,
    );
  }
  // Normalize option `cast`
  options.cast_function = null;
  if (
    options.cast === undefined ||
    options.cast === null ||
    options.cast === false ||
    options.cast === ""
  ) {
    options.cast = undefined;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`,
      ],
      options,
    );
  }
  // Normalize option `cast_date`
  if (
    options.cast_date === undefined ||
    options.cast_date === null ||
    options.cast_date === false ||
    options.cast_date === ""
  ) {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function (value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`,
      ],
      options,
    );
  }
  // Normalize option `columns`
  options.cast_first_line_to_header = undefined;
  if (options.columns === true) {
    // Fields in the first line are converted as-is to columns
    options.cast_first_line_to_header = undefined;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (
    options.columns === undefined ||
    options.columns === null ||
    options.columns === false
  ) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`,
      ],
      options,
    );
  }
  // Normalize option `group_columns_by_name`
  if (
    options.group_columns_by_name === undefined ||
    options.group_columns_by_name === null ||
    options.group_columns_by_name === false
  ) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`,
      ],
      options,
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated.",
      ],
      options,
    );
  }
  // Normalize option `comment`
  if (
    options.comment === undefined ||
    options.comment === null ||
    options.comment === false ||
    options.comment === ""
  ) {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `comment_no_infix`
  if (
    options.comment_no_infix === undefined ||
    options.comment_no_infix === null ||
    options.comment_no_infix === false
  ) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`,
      ],
      options,
    );
  }
  // Normalize option `delimiter`
  const delimiter_json = JSON.stringify(options.delimiter);
  if (!Array.isArray(options.delimiter))
    options.delimiter = [options.delimiter];
  if (options.delimiter.length === 0) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER",
      [
        "Invalid option delimiter:",
        "delimiter must be a non empty string or buffer or array of string|buffer,",
        `got ${delimiter_json}`,
      ],
      options,
    );
  }
  options.delimiter = options.delimiter.map(function (delimiter) {
    if (delimiter === undefined || delimiter === null || delimiter === false) {
      return Buffer.from(",", options.encoding);
    }
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`,
        ],
        options,
      );
    }
    return delimiter;
  });
  // Normalize option `escape`
  if (options.escape === undefined || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`,
      );
    }
  }
  // Normalize option `from`
  if (options.from === undefined || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`,
      );
    }
  }
  // Normalize option `from_line`
  if (options.from_line === undefined || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (
      typeof options.from_line === "string" &&
      /\d+/.test(options.from_line)
    ) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`,
      );
    }
  }
  // Normalize options `ignore_last_delimiters`
  if (
    options.ignore_last_delimiters === undefined ||
    options.ignore_last_delimiters === null
  ) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`,
      ],
      options,
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option",
      ],
      options,
    );
  }
  // Normalize option `info`
  if (
    options.info === undefined ||
    options.info === null ||
    options.info === false
  ) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`,
    );
  }
  // Normalize option `max_record_size`
  if (
    options.max_record_size === undefined ||
    options.max_record_size === null ||
    options.max_record_size === false
  ) {
    options.max_record_size = 0;
  } else if (
    Number.isInteger(options.max_record_size) &&
    options.max_record_size >= 0
  ) {
    // Great, nothing to do
  } else if (
    typeof options.max_record_size === "string" &&
    /\d+/.test(options.max_record_size)
  ) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`,
    );
  }
  // Normalize option `objname`
  if (
    options.objname === undefined ||
    options.objname === null ||
    options.objname === false
  ) {
    options.objname = undefined;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
      // Don't call `toString`, leave objname as a buffer
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
    // Great, nothing to do
  } else if (typeof options.objname === "number") {
    // if(options.objname.length === 0){
    //   throw new Error(`Invalid Option: objname must be a non empty string`);
    // }
    // Great, nothing to do
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`,
    );
  }
  if (options.objname !== undefined) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field",
        );
      }
    } else {
      // A string or a buffer
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index",
        );
      }
    }
  }
  // Normalize option `on_record`
  if (options.on_record === undefined || options.on_record === null) {
    options.on_record = undefined;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`,
      ],
      options,
    );
  }
  // Normalize option `on_skip`
  // options.on_skip ??= (err, chunk) => {
  //   this.emit('skip', err, chunk);
  // };
  if (
    options.on_skip !== undefined &&
    options.on_skip !== null &&
    typeof options.on_skip !== "function"
  ) {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`,
    );
  }
  // Normalize option `quote`
  if (
    options.quote === null ||
    options.quote === false ||
    options.quote === ""
  ) {
    options.quote = null;
  } else {
    if (options.quote === undefined || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`,
      );
    }
  }
  // Normalize option `raw`
  if (
    options.raw === undefined ||
    options.raw === null ||
    options.raw === false
  ) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`,
    );
  }
  // Normalize option `record_delimiter`
  if (options.record_delimiter === undefined) {
    options.record_delimiter = [];
  } else if (
    typeof options.record_delimiter === "string" ||
    Buffer.isBuffer(options.record_delimiter)
  ) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`,
        ],
        options,
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`,
      ],
      options,
    );
  }
  options.record_delimiter = options.record_delimiter.map(function (rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  // Normalize option `relax_column_count`
  if (typeof options.relax_column_count === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count === undefined ||
    options.relax_column_count === null
  ) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`,
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_less === undefined ||
    options.relax_column_count_less === null
  ) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`,
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_more === undefined ||
    options.relax_column_count_more === null
  ) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`,
    );
  }
  // Normalize option `relax_quotes`
  if (typeof options.relax_quotes === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_quotes === undefined ||
    options.relax_quotes === null
  ) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`,
    );
  }
  // Normalize option `skip_empty_lines`
  if (typeof options.skip_empty_lines === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_empty_lines === undefined ||
    options.skip_empty_lines === null
  ) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`,
    );
  }
  // Normalize option `skip_records_with_empty_values`
  if (typeof options.skip_records_with_empty_values === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_empty_values === undefined ||
    options.skip_records_with_empty_values === null
  ) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`,
    );
  }
  // Normalize option `skip_records_with_error`
  if (typeof options.skip_records_with_error === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_error === undefined ||
    options.skip_records_with_error === null
  ) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`,
    );
  }
  // Normalize option `rtrim`
  if (
    options.rtrim === undefined ||
    options.rtrim === null ||
    options.rtrim === false
  ) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`,
    );
  }
  // Normalize option `ltrim`
  if (
    options.ltrim === undefined ||
    options.ltrim === null ||
    options.ltrim === false
  ) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`,
    );
  }
  // Normalize option `trim`
  if (
    options.trim === undefined ||
    options.trim === null ||
    options.trim === false
  ) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`,
    );
  }
  // Normalize options `trim`, `ltrim` and `rtrim`
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  // Normalize option `to`
  if (options.to === undefined || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`,
      );
    }
  }
  // Normalize option `to_line`
  if (options.to_line === undefined || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`,
      );
    }
  }
  return options;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/index.js





const isRecordEmpty = function (record) {
  return record.every(
    (field) =>
      field == null || (field.toString && field.toString().trim() === ""),
  );
};

const api_cr = 13; // `\r`, carriage return, 0x0D in hexad\u00e9cimal, 13 in decimal
const api_nl = 10; // `\n`, newline, 0x0A in hexadecimal, 10 in decimal

const boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254]),
};

const transform = function (original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0,
  };
  const options = normalize_options(original_options);
  return {
    info: info,
    original_options: original_options,
    options: options,
    state: init_state(options),
    __needMoreData: function (i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } =
        this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0
          ? Buffer.from("\r\n", encoding).length
          : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0,
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function (nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line,
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const { bomSkipped, previousBuf, rawBuffer, escapeIsQuote } = this.state;
      let buf;
      if (previousBuf === undefined) {
        if (nextBuf === undefined) {
          // Handle empty string
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== undefined && nextBuf === undefined) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      // Handle UTF BOM
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          // No enough data
          if (end === false) {
            // Wait for more data
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding in boms) {
            if (boms[encoding].compare(buf, 0, boms[encoding].length) === 0) {
              // Skip BOM
              const bomLength = boms[encoding].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              // Renormalize original options with the new encoding
              const options = normalize_options({
                ...this.original_options,
                encoding: encoding,
              });
              // Properties are merged with the existing options instance
              for (const key in options) {
                this.options[key] = options[key];
              }
              // Options will re-evaluate the Buffer with the new encoding
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        // Ensure we get enough space to look ahead
        // There should be a way to move this out of the loop
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        // Auto discovery of record_delimiter, unix, mac and windows supported
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos,
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if (
          (chr === api_cr || chr === api_nl) &&
          this.state.wasRowDelimiter === false
        ) {
          this.state.wasRowDelimiter = true;
        }
        // Previous char was a valid escape char
        // treat the current char as a regular char
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          // Escape is only active inside quoted fields
          // We are quoting, the char is an escape chr and there is a chr to escape
          // if(escape !== null && this.state.quoting === true && chr === escape && pos + 1 < bufLen){
          if (
            escape !== null &&
            this.state.quoting === true &&
            this.__isEscape(buf, pos, chr) &&
            pos + escape.length < bufLen
          ) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          // Not currently escaping and chr is a quote
          // TODO: need to compare bytes instead of single char
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable =
                rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment =
                comment !== null &&
                this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr,
              );
              const isNextChrRecordDelimiter =
                record_delimiter.length === 0
                  ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length)
                  : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              // Escape a quote
              // Treat next char as a regular character
              if (
                escape !== null &&
                this.__isEscape(buf, pos, chr) &&
                this.__isQuote(buf, pos + escape.length)
              ) {
                pos += escape.length - 1;
              } else if (
                !nextChr ||
                isNextChrDelimiter ||
                isNextChrRecordDelimiter ||
                isNextChrComment ||
                isNextChrTrimable
              ) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment",
                    ],
                    this.options,
                    this.__infoField(),
                  ),
                );
                if (err !== undefined) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                // In relax_quotes mode, treat opening quote preceded by chrs as regular
                if (relax_quotes === false) {
                  const info = this.__infoField();
                  const bom = Object.keys(boms)
                    .map((b) =>
                      boms[b].equals(this.state.field.toString()) ? b : false,
                    )
                    .filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info.column)} at line ${info.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom ? `(${bom} bom)` : undefined,
                      ],
                      this.options,
                      info,
                      {
                        field: this.state.field,
                      },
                    ),
                  );
                  if (err !== undefined) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos,
            );
            if (recordDelimiterLength !== 0) {
              // Do not emit comments which take a full line
              const skipCommentLine =
                this.state.commenting &&
                this.state.wasQuoting === false &&
                this.state.record.length === 0 &&
                this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
                // Skip full comment line
              } else {
                // Activate records emission if above from_line
                if (
                  this.state.enabled === false &&
                  this.info.lines +
                    (this.state.wasRowDelimiter === true ? 1 : 0) >=
                    from_line
                ) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                // Skip if line is empty and skip_empty_lines activated
                if (
                  skip_empty_lines === true &&
                  this.state.wasQuoting === false &&
                  this.state.record.length === 0 &&
                  this.state.field.length === 0
                ) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== undefined) return errField;
                this.info.bytes =
                  this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== undefined) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (
              comment !== null &&
              (comment_no_infix === false ||
                (this.state.record.length === 0 &&
                  this.state.field.length === 0))
            ) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== undefined) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (
            max_record_size !== 0 &&
            this.state.record_length + this.state.field.length > max_record_size
          ) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
              ),
            );
          }
        }
        const lappend =
          ltrim === false ||
          this.state.quoting === true ||
          this.state.field.length !== 0 ||
          !this.__isCharTrimable(buf, pos);
        // rtrim in non quoting is handle in __onField
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        // Ensure we are not ending in a quoting state
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
          if (err !== undefined) return err;
        } else {
          // Skip last line if it has no characters
          if (
            this.state.wasQuoting === true ||
            this.state.record.length !== 0 ||
            this.state.field.length !== 0
          ) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== undefined) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== undefined) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function (push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values,
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      // Convert the first line into column names
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err =
          columns === false
            ? new CsvError(
                "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
                [
                  "Invalid Record Length:",
                  `expect ${this.state.expectedRecordLength},`,
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              )
            : new CsvError(
                "CSV_RECORD_INCONSISTENT_COLUMNS",
                [
                  "Invalid Record Length:",
                  `columns length is ${columns.length},`, // rename columns
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              );
        if (
          relax_column_count === true ||
          (relax_column_count_less === true &&
            recordLength < this.state.expectedRecordLength) ||
          (relax_column_count_more === true &&
            recordLength > this.state.expectedRecordLength)
        ) {
          this.info.invalid_field_length++;
          this.state.error = err;
          // Error is undefined with skip_records_with_error
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        // With columns, records are object
        if (columns !== false) {
          const obj = {};
          // Transform record array to an object
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === undefined || columns[i].disabled) continue;
            // Turn duplicate columns into an array
            if (
              group_columns_by_name === true &&
              obj[columns[i].name] !== undefined
            ) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              obj[columns[i].name] = record[i];
            }
          }
          // Without objname (default)
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [obj[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? obj : [obj[objname], obj],
              push,
            );
            if (err) {
              return err;
            }
          }
          // Without columns, records are array
        } else {
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: record },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [record[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? record : [record[objname], record],
              push,
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function (record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers =
          firstLineToHeaders === undefined
            ? record
            : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`,
              ],
              this.options,
              this.__infoField(),
              {
                headers: headers,
              },
            ),
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function () {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = undefined;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function () {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      // Short circuit for the from_line options
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== undefined) return err;
        field = f;
      }
      this.state.record.push(field);
      // Increment record length if record size must not exceed a limit
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function () {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function (record, push) {
      const { on_record } = this.options;
      if (on_record !== undefined) {
        const info = this.__infoRecord();
        try {
          record = on_record.call(null, record, info);
        } catch (err) {
          return err;
        }
        if (record === undefined || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function (field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      // Dont loose time calling cast
      // because the final record is an object
      // and this field can't be associated to a key present in columns
      if (
        isColumns === true &&
        relax_column_count &&
        this.options.columns.length <= this.state.record.length
      ) {
        return [undefined, undefined];
      }
      if (this.state.castField !== null) {
        try {
          const info = this.__infoField();
          return [undefined, this.state.castField.call(null, field, info)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [undefined, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info = this.__infoField();
        return [undefined, this.options.cast_date.call(null, field, info)];
      }
      return [undefined, field];
    },
    // Helper to test if a character is a space or a line delimiter
    __isCharTrimable: function (buf, pos) {
      const isTrim = (buf, pos) => {
        const { timchars } = this.state;
        loop1: for (let i = 0; i < timchars.length; i++) {
          const timchar = timchars[i];
          for (let j = 0; j < timchar.length; j++) {
            if (timchar[j] !== buf[pos + j]) continue loop1;
          }
          return timchar.length;
        }
        return 0;
      };
      return isTrim(buf, pos);
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isFloat: function (value) {
      return value - parseFloat(value) + 1 >= 0; // Borrowed from jquery
    },
    __compareBytes: function (sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    __isDelimiter: function (buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (
        ignore_last_delimiters === true &&
        this.state.record.length === this.options.columns.length - 1
      ) {
        return 0;
      } else if (
        ignore_last_delimiters !== false &&
        typeof ignore_last_delimiters === "number" &&
        this.state.record.length === ignore_last_delimiters - 1
      ) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isRecordDelimiter: function (chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __isEscape: function (buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isQuote: function (buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __autoDiscoverRecordDelimiter: function (buf, pos) {
      const { encoding } = this.options;
      // Note, we don't need to cache this information in state,
      // It is only called on the first line until we find out a suitable
      // record delimiter.
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding),
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function (msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== undefined) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : undefined,
            );
          } catch (err) {
            return err;
          }
        }
        // this.emit('skip', err, raw ? this.state.rawBuffer.toString(encoding) : undefined);
        return undefined;
      } else {
        return err;
      }
    },
    __infoDataSet: function () {
      return {
        ...this.info,
        columns: this.options.columns,
      };
    },
    __infoRecord: function () {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : undefined,
      };
    },
    __infoField: function () {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      // Bytes records are only incremented when all records'fields are parsed
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records: bytes_records,
        column:
          isColumns === true
            ? columns.length > this.state.record.length
              ? columns[this.state.record.length].name
              : null
            : this.state.record.length,
        quoting: this.state.wasQuoting,
      };
    },
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/sync.js


const parse = function (data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? {} : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === undefined) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {};
  const error = parser.parse(data, true, push, close);
  if (error !== undefined) throw error;
  // 250606: `parser.parse` was implemented as 2 calls:
  // const err1 = parser.parse(data, false, push, close);
  // if (err1 !== undefined) throw err1;
  // const err2 = parser.parse(undefined, true, push, close);
  // if (err2 !== undefined) throw err2;
  return records;
};

// export default parse



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
        const { gunzipSync } = __nccwpck_require__(8522);
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
        const plain = parse(text, options);
        const width = plain[0]?.length ?? 0;
        records = plain.some((r) => r.length !== width)
            ? parse(text, { ...options, raw: true })
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
async function profileFile(conn, path, dataset, revision, 
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
        ? await (await __nccwpck_require__.e(/* import() */ 838).then(__nccwpck_require__.bind(__nccwpck_require__, 838))).malformedJsonLines(path, /\.gz$/i.test(dataset) || /\.gz$/i.test(path), !(columns.length === 1 && columns[0]?.engineType === 'JSON'), empty)
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
function lazyConnection() {
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
async function loadDataRules(lines, rulesFile, readPath) {
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
        const { LineCounter, parseDocument, isSeq, isScalar } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
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
function evaluateRules(rules, results, mode) {
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
                        fail(r.dataset, `${sideMissing(r, mode)}rows ${rule.forbid === 'drop' ? 'dropped' : 'rose'} from ${before} to ${after}${before ? ` (${pct(delta / before)})` : ''}, more than ${rule.tolerance}${rule.percent ? '%' : ''} allowed`);
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
            shown = pct(actual);
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
function pct(x) {
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
                change: d ? `${d > 0 ? '+' : ''}${d} (${pct(d / (r.base.rows || 1))})` : 'same',
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
                    ? `missing ${pct(b.missingRate)} \u2192 ${pct(h.missingRate)}`
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
const esc = (s) => terminalSafe(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
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
function validateMarkdown(profiles, failures, warnings) {
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
            return hasCommit(revision, this.cwd);
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
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', ['cat-file', '--batch'], {
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
    const asked = 'fd' in q ? blobByProcess(cwd, q.spec, q.target) : hasCommit(q.revision, cwd);
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
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', ['cat-file', 'blob', spec], {
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
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
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
function forgetTrees() {
    trees.clear();
}
async function listTree(cwd, revision) {
    const result = await runGit(['ls-tree', '-r', '-z', revision], cwd);
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
    const { parse } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
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
async function fileAtRevision(cwd, path, revision, warn = () => undefined, objects) {
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
    const { cachedDataset } = await __nccwpck_require__.e(/* import() */ 649).then(__nccwpck_require__.bind(__nccwpck_require__, 1030));
    const cached = await cachedDataset(cwd, lookup);
    if ('path' in cached)
        return cached.path;
    if ('absent' in cached)
        return undefined;
    // A refused entry is said where the run goes on (the report's warnings) or in the error.
    const refused = 'rejected' in cached ? `the DVC cache entry ${cached.rejected}` : undefined;
    const { md5, path: folder } = lookup.record;
    if ((0,external_node_child_process_namespaceObject.spawnSync)('dvc', ['--version'], { cwd, encoding: 'utf8' }).status === 0) {
        const target = (0,external_node_path_.join)(revision_file_scratchDir(), `${md5}-${(0,external_node_path_.basename)(path)}`);
        const got = (0,external_node_child_process_namespaceObject.spawnSync)('dvc', ['get', '.', path, '--rev', revision, '-o', target], {
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
async function loadSchema(file, abs) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${file}: cannot read the schema file`, { file });
    }
    const { LineCounter, isMap, isScalar, parseDocument } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
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
async function checkSchema(conn, schema, profile, path) {
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
var workspace_file = __nccwpck_require__(6753);
;// CONCATENATED MODULE: ./src/data/targets.ts





const IGNORE = ['**/.git/**', '**/.dvc/**', '**/node_modules/**'];
/**
 * tinyglobby, loaded when a target needs matching: datasets named as files (a small file's
 * `cml data diff --targets f.csv`, issue 14's 300 ms cold start) need no matcher.
 */
async function glob(patterns, options) {
    return (await __nccwpck_require__.e(/* import() */ 448).then(__nccwpck_require__.bind(__nccwpck_require__, 6448))).glob(patterns, options);
}
/**
 * The datasets to profile, relative to cwd, sorted: the targets as given (files, globs,
 * directories), or with none, the data files declared in dvc.yaml (stage deps and outs) and
 * tracked by *.dvc files. Explicit files are kept even when absent (a dataset the change removed).
 * With a base revision (diff), globs and folders are expanded there too (one `git ls-tree`, only
 * when a target needs it) and the union kept, so a dataset the change deleted is compared too.
 */
async function resolveTargets(cwd, targets, baseRev) {
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
    const { parse } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
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
    forgetTrees(); // revisions are listed afresh for each run (revision-tree.ts)
    const abs = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(options.cwd, p));
    const rules = await loadDataRules(options.rules, options.rulesFile, abs);
    const schema = options.schemaFile
        ? await loadSchema(options.schemaFile, abs(options.schemaFile))
        : undefined;
    const baseRev = options.baseRev ?? 'HEAD';
    const datasets = await resolveTargets(options.cwd, options.targets, baseRev);
    const conn = lazyConnection();
    const results = [];
    const failures = [];
    const warnings = [];
    const warn = warnOnce(warnings);
    for (const dataset of datasets) {
        await logger.group(`data diff ${dataset}`, async () => {
            const basePath = await fileAtRevision(options.cwd, dataset, baseRev, warn, objects);
            const headPath = options.headRev
                ? await fileAtRevision(options.cwd, dataset, options.headRev, warn, objects)
                : workspaceDataset(options.cwd, dataset);
            if (!basePath && !headPath) {
                throw new errors/* ConfigurationError */.j1(`${dataset}: not found in the workspace${options.headRev ? ` at ${options.headRev}` : ''} nor at ${baseRev}`, { file: dataset });
            }
            // Each side is read once: its pass also counts its categories for drift (drift-sketch.ts).
            const sketch = basePath && headPath ? { categories: true } : undefined;
            const base = basePath
                ? await profileFile(conn, basePath, dataset, baseRev, sketch)
                : undefined;
            const head = headPath
                ? await profileFile(conn, headPath, dataset, options.headRev, sketch)
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
                failures.push(...(await checkSchema(conn, schema, head, headPath)));
            reportMalformed(head, logger);
            results.push(result);
        });
    }
    failures.push(...evaluateRules(rules, results, 'diff'));
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
    const abs = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(options.cwd, p));
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
                throw new errors/* ConfigurationError */.j1(`${dataset}: no such file`, { file: dataset });
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

;// CONCATENATED MODULE: ./src/data/failure.ts

/** Violated data rules: the step fails with the reasons, in one message and no stack trace. */
class DataRuleFailure extends errors/* StepFailure */.pH {
    name = 'DataRuleFailure';
}

;// CONCATENATED MODULE: ./src/data/action.ts














/** GitHub shows only the first 10 error annotations of a step; the check run carries them all. */
const STEP_ANNOTATIONS = 10;

/**
 * The data-validate action (GitHub) and component (GitLab): profiles the datasets at HEAD and,
 * unless compare is off, at the base revision; writes the outputs and the job summary; annotates
 * and publishes every violated rule; then fails the step, after everything is written.
 */
async function runDataValidateAction(logger, env = process.env, cwd = process.cwd()) {
    const inputs = readInputs('data-validate', (s) => logger.mask(s), env);
    const context = (0,platforms/* readContext */.yI)(env);
    const token = readForgeToken(logger, context.forge, inputs.token, env);
    const compared = inputs.compare;
    const chartsDir = inputs['charts-dir'];
    const options = {
        cwd,
        targets: inputs.targets,
        schemaFile: inputs.schema,
        rules: ruleLines(inputs.rules),
        rulesFile: inputs['rules-file'],
        all: inputs.all,
        chartsDir: chartsDir ? (0,external_node_path_.resolve)(cwd, chartsDir) : undefined,
        ...(compared ? await revisions(context, cwd, logger, inputs.base, inputs.head) : {}),
    };
    const outcome = compared
        ? await runDataDiff(options, logger)
        : await runDataValidate(options, logger);
    for (const warning of outcome.warnings)
        logger.warning(warning);
    // A step output is capped at 1 MB by the runner; the job summary and check run have their own
    // limits. The JSON output stays whole (a cut would not parse): over 1 MB it goes to a file.
    const markdown = (await truncateMarkdown(outcome.markdown, OUTPUT_LIMIT, {
        fullReport: 'the JSON output',
        unit: 'bytes',
    })).text;
    logger.info(markdown);
    const failed = !outcome.passed || outcome.failures.length > 0;
    writeDataOutputs({
        markdown,
        json: JSON.stringify(outcome.json),
        changed: String(outcome.changed),
        passed: String(!failed),
    }, {
        githubOutputFile: (0,platforms/* stepOutputFile */.U1)(context.platform, env),
        dotenv: inputs['dotenv-file'] ?? (0,platforms/* defaultDotenvFile */.AQ)(context.platform, 'cml-data-validate.env', env),
        cwd,
    }, logger);
    if (inputs.summary && context.summaryFile) {
        await writeJobSummary(context.summaryFile, markdown, 'the JSON output');
    }
    const prefix = await pathPrefix(cwd, logger);
    annotate(outcome.failures, prefix, logger);
    if (inputs.check && context.forge) {
        if (!token) {
            logger.warning('No token (the token input, REPO_TOKEN, GITHUB_TOKEN or GITLAB_TOKEN): the check was not published.');
        }
        else {
            await publishDataCheck({
                forge: await createForge({ context, token, logger }),
                context,
                logger,
                name: inputs['check-name'] ?? 'cml data-validate',
                markdown: (await truncateMarkdown(outcome.markdown, LIMITS.checkRunSummary, {
                    fullReport: 'the job summary',
                })).text,
                outcome,
                compared,
                prefix,
                failOnError: inputs['fail-on-error'],
            });
        }
    }
    if (failed)
        throw new DataRuleFailure(failureMessage(outcome.failures));
}
/** The rules input holds one rule a line; blank lines and `#` comments are skipped. */
function ruleLines(text) {
    return (text ?? '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** The base (explicit, else the PR's base, else the default branch) and HEAD git can read. */
async function revisions(context, cwd, logger, base, head) {
    const resolved = await resolveBaseRevision({ context, cwd, logger, explicit: base });
    const from = resolved.source === 'given' ? '' : ` (the base, from the ${resolved.source})`;
    const headRev = head && head !== 'workspace'
        ? await ensureRevision(head, cwd, logger, 'origin', 'revision')
        : undefined;
    logger.info(`Comparing the data at ${resolved.label}${from} with ${head ?? 'the workspace'}.`);
    return { baseRev: resolved.revision, headRev };
}
/** Each violation is a workflow annotation at its file and line (GitLab and local: file:line). */
function annotate(failures, prefix, logger) {
    for (const f of failures.slice(0, STEP_ANNOTATIONS)) {
        logger.error(`Data rule failed: ${f.rule}: ${f.message}`, {
            file: f.file !== undefined ? prefix + f.file : undefined,
            line: f.line,
            title: 'Data rule',
        });
    }
    if (failures.length > STEP_ANNOTATIONS) {
        logger.info(`${failures.length - STEP_ANNOTATIONS} more failed data rules are in the check and the job summary.`);
    }
}
/** The step's failure message: the first few violations in full, then how many more. */
function failureMessage(failures, shown = 5) {
    if (failures.length === 0)
        return 'The data check failed (see the report above).';
    const listed = failures.slice(0, shown).map((f) => `${f.rule} (${f.message})`);
    if (failures.length > shown)
        listed.push(`and ${failures.length - shown} more`);
    return `${failures.length} data rule${failures.length > 1 ? 's' : ''} failed: ${listed.join('; ')}`;
}
/**
 * Annotation paths are repository-relative. Validating HEAD alone needs no repository, so outside
 * one the paths stay relative to the working directory.
 */
async function pathPrefix(cwd, logger) {
    try {
        return await repositoryPrefix(cwd);
    }
    catch (error) {
        logger.debug(`Annotation paths relative to ${cwd}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return '';
    }
}

;// CONCATENATED MODULE: ./src/main/data-validate.ts
// Entry of the data-validate action bundle (dist/data-validate/index.js); the logic lives in src/data.


void runEntry((logger) => runDataValidateAction(logger));

module.exports = __webpack_exports__;
/******/ })()
;