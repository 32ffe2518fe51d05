exports.id = 550;
exports.ids = [550,251];
exports.modules = {

/***/ 1884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ createGitLabClient)
/* harmony export */ });
/* unused harmony export retryAfterMs */
/* harmony import */ var _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7582);
/* harmony import */ var _gitbeaker_requester_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3888);
/* harmony import */ var _core_secrets__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8198);
/* harmony import */ var _http__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2847);




/** The defaults, with the CML_FORGE_* overrides of src/forge/http.ts (docs/limits.md). */
function defaultRetry() {
    const budget = (0,_http__WEBPACK_IMPORTED_MODULE_3__/* .budgetFromEnv */ .ZJ)();
    return {
        retries: budget.retries,
        baseDelayMs: budget.unitMs,
        maxDelayMs: budget.maxRetryAfterS * 1000,
        timeoutMs: budget.timeoutMs,
    };
}
/**
 * A gitbeaker client for this instance's API root. gitbeaker builds its URL as
 * `${host}/api/v4`, so it cannot take an arbitrary CI_API_V4_URL (a reverse proxy may mount the
 * API elsewhere), and its own request handler retries only 429 and 502, ignores Retry-After and
 * backs off by fractions of a millisecond. So we give it our requester: same request options
 * and error type (GitbeakerRequestError with cause.response), our URL root and retry policy.
 */
function createGitLabClient(options) {
    const apiUrl = options.apiUrl.replace(/\/+$/, '');
    // Masked in every logger before the first request, whoever built this client.
    (0,_core_secrets__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(options.token);
    const policy = { ...defaultRetry(), ...options.retry };
    const fetcher = (0,_http__WEBPACK_IMPORTED_MODULE_3__/* .forgeFetch */ .Sc)({
        forge: 'GitLab',
        timeoutMs: policy.timeoutMs,
        secrets: [options.token],
    });
    const requesterFn = (0,_gitbeaker_requester_utils__WEBPACK_IMPORTED_MODULE_1__/* .createRequesterFn */ .PD)(
    // gitbeaker's resource URL is `${host}/api/v4/<resource prefix>`; with host = apiUrl, cut
    // the `/api/v4` it inserted and keep the resource prefix (e.g. `projects`).
    (service, request) => Promise.resolve({
        ...request,
        prefixUrl: apiUrl + service.url.slice(`${apiUrl}/api/v4`.length),
    }), (endpoint, request) => send(endpoint, (request ?? {}), policy, options.logger, fetcher));
    return new _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_0__/* .Gitlab */ .mJr({ host: apiUrl, token: options.token, requesterFn });
}
/**
 * Statuses worth another try. A POST is retried only after 429 (a rate limit refuses before
 * doing anything): after a 5xx it may have been applied (a 504 from a proxy whose upstream
 * created the note), and a second one would post it twice. src/report/create-once.ts looks
 * for what a lost create made before trying again.
 */
function retryable(status, method) {
    if (status === 429)
        return true;
    if (method === 'POST')
        return false;
    return status === 500 || status === 502 || status === 503 || status === 504;
}
/** Retry-After in milliseconds (seconds or an HTTP date), if the server sent one. */
function retryAfterMs(header, now = Date.now()) {
    const seconds = (0,_http__WEBPACK_IMPORTED_MODULE_3__/* .retryAfterSeconds */ .C3)(header, now);
    return seconds === undefined ? undefined : seconds * 1000;
}
async function send(endpoint, request, policy, logger, fetcher) {
    const { prefixUrl, searchParams, method = 'GET', asStream, headers, body, signal } = request;
    const url = new URL(endpoint, prefixUrl.endsWith('/') ? prefixUrl : `${prefixUrl}/`);
    url.search = searchParams ?? '';
    for (let attempt = 0;; attempt++) {
        const req = new Request(url, {
            method,
            headers: headers,
            body: body,
            signal,
        });
        let response;
        try {
            response = await fetcher(req, signal ? { signal } : undefined);
        }
        catch (error) {
            if (signal?.aborted)
                throw error;
            const failure = networkError(method, url, error);
            // Connection reset or refused, or no answer in time: retry idempotent requests only (a
            // POST may have arrived).
            if (attempt >= policy.retries || method === 'POST')
                throw failure;
            await sleep(backoff(attempt, policy), `${method} ${url.pathname}: ${failure.message}`, logger);
            continue;
        }
        if (response.ok) {
            return {
                status: response.status,
                headers: Object.fromEntries(response.headers.entries()),
                body: asStream ? response.body : await readBody(response),
            };
        }
        if (attempt < policy.retries && retryable(response.status, method)) {
            const asked = retryAfterMs(response.headers.get('retry-after'));
            if (asked !== undefined && asked > policy.maxDelayMs) {
                throw tooLong(await requestError(req, response), method, url, asked, policy);
            }
            await response.body?.cancel();
            await sleep(asked ?? backoff(attempt, policy), `${method} ${url.pathname}: ${response.status}`, logger);
            continue;
        }
        throw await requestError(req, response);
    }
}
/** A failure without an answer, saying what was asked and what went wrong. */
function networkError(method, url, error) {
    const cause = error.cause;
    if (cause instanceof _http__WEBPACK_IMPORTED_MODULE_3__/* .ForgeTimeoutError */ .dT)
        return Object.assign(new _http__WEBPACK_IMPORTED_MODULE_3__/* .ForgeNetworkError */ .IL(cause.message), { cause: error });
    const detail = cause instanceof Error
        ? `${cause.code ?? cause.name}: ${cause.message}`
        : String(error.message ?? error);
    return Object.assign(new _http__WEBPACK_IMPORTED_MODULE_3__/* .ForgeNetworkError */ .IL(`GitLab: ${method} ${url.pathname} got no answer (${detail})`), { cause: error });
}
function tooLong(error, method, url, askedMs, policy) {
    error.message = `GitLab rate-limited ${method} ${url.pathname} and asked to wait ${Math.ceil(askedMs / 1000)} s; cml waits at most ${policy.maxDelayMs / 1000} s (CML_FORGE_MAX_RETRY_AFTER_S). Run again later, or spread out the jobs that write to GitLab.`;
    return error;
}
function backoff(attempt, policy) {
    return Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs);
}
async function sleep(ms, what, logger) {
    logger.info(`GitLab: ${what}; retrying in ${Math.round(ms / 100) / 10} s`);
    await new Promise((resolve) => setTimeout(resolve, ms));
}
async function readBody(response) {
    if (response.status === 204)
        return null;
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    if (type === 'application/json')
        return (await response.json()) || {};
    if (type.startsWith('text/'))
        return response.text();
    return response.blob();
}
/** The same error gitbeaker's own handler throws, so callers read `cause.response.status`. */
async function requestError(request, response) {
    const text = await response.text();
    let description = text;
    if (response.headers.get('content-type')?.includes('application/json')) {
        try {
            const parsed = JSON.parse(text);
            const detail = parsed?.error ?? parsed?.message ?? '';
            description = typeof detail === 'string' ? detail : JSON.stringify(detail);
        }
        catch {
            // Not JSON after all: keep the text.
        }
    }
    return new _gitbeaker_rest__WEBPACK_IMPORTED_MODULE_0__/* .GitbeakerRequestError */ .UNz(description, {
        cause: { description, request, response: Object.assign(response, { text: async () => text }) },
    });
}


/***/ }),

/***/ 2847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 8251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createForge: () => (/* binding */ createForge),
/* harmony export */   unknownForgeError: () => (/* binding */ unknownForgeError)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _registry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4045);


/** No --driver, no CI platform and no repository URL on a forge's public host. */
function unknownForgeError() {
    return new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`Cannot tell which forge to use outside a known CI platform: pass --driver ${_registry__WEBPACK_IMPORTED_MODULE_1__/* .FORGE_KINDS */ .Ij.join('|')} (and --repo) or write the report locally.`);
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
    const info = (0,_registry__WEBPACK_IMPORTED_MODULE_1__/* .forgeInfo */ .QF)(kind);
    if (!options.token)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(info.missingToken);
    const create = await info.load();
    return create(options.context, options.token, options.logger);
}


/***/ }),

/***/ 5498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  launchLocalRunner: () => (/* binding */ launchLocalRunner)
});

// UNUSED EXPORTS: localOptions

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/platforms/index.ts + 4 modules
var platforms = __webpack_require__(9163);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/forge/index.ts
var src_forge = __webpack_require__(8251);
// EXTERNAL MODULE: ./src/forge/registry.ts + 11 modules
var registry = __webpack_require__(4045);
// EXTERNAL MODULE: ./src/forge/token.ts
var forge_token = __webpack_require__(3522);
;// CONCATENATED MODULE: ./src/runners/reuse.ts
/**
 * CML's --reuse (an online runner carries every requested label: launch nothing) and --reuse-idle (only an
 * idle one counts).
 */
async function reusable(forge, labels, scope, mode, logger) {
    if (mode !== 'reuse' && mode !== 'reuse-idle')
        return false;
    const runners = await forge.listRunners(scope);
    const match = runners.find((r) => r.status === 'online' &&
        (mode === 'reuse' || !r.busy) &&
        // CML's runnersByLabels: a runner counts when it carries every requested label.
        labels.every((l) => r.labels.includes(l)));
    if (match)
        logger.info(`Reusing runner ${match.name} (online with labels ${match.labels.join(', ')}); launching nothing.`);
    return Boolean(match);
}

// EXTERNAL MODULE: ./src/forge/runner-release.ts
var runner_release = __webpack_require__(6917);
;// CONCATENATED MODULE: ./src/runners/versions.ts


/**
 * The forge runner each instance installs, resolved in the action before anything is launched:
 * the machine gets one version and its sha256 per architecture, and refuses a download whose
 * hash differs. Each forge looks its own runner up (src/forge/<forge>/runner-release.ts:
 * actions/runner from its release notes, gitlab-runner from release.sha256); `runner-sha256`
 * with `runner-version` skips the lookup (the hash is for the architecture the machine types
 * run). Each lookup is made once per process (one start launches every runner from one
 * resolution).
 */

const cache = new Map();
/** Forgets cached resolutions (tests). */
function clearRunnerPinCache() {
    cache.clear();
}
function resolveRunnerPin(forge, request, sources = runner_release/* DEFAULT_RELEASE_SOURCES */.R, fetchImpl = fetch) {
    // Every source is in the key (whichever forge reads it): a mirror or a token changed between
    // two starts of one process is asked again.
    const key = JSON.stringify([forge, request, sources]);
    let pending = cache.get(key);
    if (!pending) {
        pending = (0,registry/* runnerSupport */.Ox)(forge).release(request, sources, fetchImpl);
        // A failed lookup is not cached: the next start asks again.
        pending.catch(() => cache.delete(key));
        cache.set(key, pending);
    }
    return pending;
}

;// CONCATENATED MODULE: ./src/runners/resolve-pin.ts


// Kept apart from start.ts and config.ts, which reach the cloud drivers: `cml runner launch`
// without --cloud resolves the runner too, and the cml bundle must not carry any cloud SDK.
/**
 * Where runner releases are read: the defaults, or CML_RUNNER_*_RELEASES_API and
 * CML_RUNNER_*_DOWNLOADS (mirrors, and the loopback servers of the tests).
 */
function releaseSources(env) {
    return {
        // Unset: the forge's own API (start.ts), which is api.github.com on github.com.
        githubApi: env.CML_RUNNER_GITHUB_RELEASES_API || undefined,
        gitlabApi: env.CML_RUNNER_GITLAB_RELEASES_API || runner_release/* DEFAULT_RELEASE_SOURCES */.R.gitlabApi,
        gitlabDownloads: env.CML_RUNNER_GITLAB_DOWNLOADS || runner_release/* DEFAULT_RELEASE_SOURCES */.R.gitlabDownloads,
        githubDownloads: env.CML_RUNNER_GITHUB_DOWNLOADS || undefined,
    };
}
/**
 * The forge runner to install, resolved once per start before anything launches, so every
 * machine gets one version and its checksum. Where releases are read and which releases the
 * forge accepts are the forge's own (src/forge/<forge>/runner-support.ts).
 */
async function resolvePin(config, context, forge, arch, logger) {
    const support = (0,registry/* runnerSupport */.Ox)(forge);
    const sources = support.releaseSources?.(config.releases, context.apiUrl) ?? config.releases;
    const pin = await resolveRunnerPin(forge, { version: config.runnerVersion, sha256: config.runnerSha256, arch }, sources);
    support.checkPin?.(pin, sources, logger);
    logger.info(`${support.packageName} ${pin.version} (${config.runnerVersion ? 'pinned' : 'newest release'}), sha256 ${pin.sha256[arch] || pin.sha256.x64 || pin.sha256.arm64}.`);
    return pin;
}

// EXTERNAL MODULE: ./src/forge/gitlab/client.ts
var gitlab_client = __webpack_require__(1884);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(3802);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
;// CONCATENATED MODULE: ./src/runners/local/child.ts



/**
 * Starts the forge runner in its own process group (run.sh starts Runner.Listener, which starts a
 * Runner.Worker per job; gitlab-runner starts the job's shell), so a stop reaches all of them.
 * Every line it prints goes to `out` with every secret this process knows masked, and to
 * `onLine` for job tracking.
 */
function startRunnerProcess(options) {
    const out = options.out ?? process.stdout;
    const child = (0,external_node_child_process_.spawn)(options.program, options.args, {
        cwd: options.cwd,
        env: options.env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
        (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
            out.write(`${(0,secrets/* redactSecrets */.fp)(line)}\n`);
            options.onLine(line);
        });
    }
    const exited = new Promise((resolve) => {
        child.on('error', (error) => {
            out.write(`${(0,secrets/* redactSecrets */.fp)(`Could not start ${options.program}: ${error.message}`)}\n`);
            resolve(127);
        });
        child.on('close', (code, signal) => resolve(code ?? 128 + (signal ? (signalNumbers[signal] ?? 1) : 1)));
    });
    const group = (signal) => {
        try {
            if (child.pid)
                process.kill(-child.pid, signal);
        }
        catch {
            // The group is gone already.
        }
    };
    return {
        exited,
        // SIGINT, as CML stopped its runner (bin/cml/runner/launch.js: RUNNER.kill('SIGINT')):
        // actions/runner's listener cancels its job and exits; gitlab-runner aborts the build.
        async stop(graceMs = 10_000) {
            group('SIGINT');
            const timer = setTimeout(() => group('SIGKILL'), graceMs);
            try {
                return await exited;
            }
            finally {
                clearTimeout(timer);
            }
        },
    };
}
const signalNumbers = {
    SIGHUP: 1,
    SIGINT: 2,
    SIGQUIT: 3,
    SIGKILL: 9,
    SIGTERM: 15,
};

;// CONCATENATED MODULE: ./src/runners/local/child-env.ts
/**
 * Variables that hold forge or cloud credentials cml may have read. A runner hands its own
 * environment to the jobs it runs (gitlab-runner's shell executor, executors/shell/shell.go;
 * actions/runner passes it to every step), so none of them may reach it.
 */
const CREDENTIAL_VARIABLES = [
    'REPO_TOKEN',
    'repo_token',
    'GITHUB_TOKEN',
    'GITLAB_TOKEN',
    'BITBUCKET_TOKEN',
    'CML_TOKEN',
    'CML_DRIVER_TOKEN',
    'CML_RUNNER_TOKEN',
    'CML_RUNNER_DRIVER_TOKEN',
    'CI_JOB_TOKEN',
    'INPUT_TOKEN',
    'INPUT_GITHUB-TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
];
/**
 * The environment of the runner process: this process's, without credentials. As CML did
 * (src/cml.js startRunner), `_CML_RUNNER_SENSITIVE_ENV` names more variables to leave out
 * (colon-separated); cml also drops every variable whose value is one of `secrets` (the forge
 * token under any other name), and any ACTIONS_RUNNER_INPUT_* it did not set itself.
 */
function runnerEnvironment(env, secrets, extra = {}) {
    const sensitive = new Set([
        ...CREDENTIAL_VARIABLES,
        '_CML_RUNNER_SENSITIVE_ENV',
        ...(env._CML_RUNNER_SENSITIVE_ENV ?? '').split(':').filter(Boolean),
    ]);
    const values = new Set(secrets.filter((s) => s.length >= 4));
    const out = {};
    for (const [key, value] of Object.entries(env)) {
        if (value === undefined || sensitive.has(key) || values.has(value))
            continue;
        if (key.toUpperCase().startsWith('ACTIONS_RUNNER_INPUT_'))
            continue;
        out[key] = value;
    }
    return { ...out, ...extra };
}

;// CONCATENATED MODULE: ./src/runners/local/github-session.ts


/**
 * This machine as a GitHub runner: each runner process gets a fresh just-in-time configuration
 * (POST \u2026/actions/runners/generate-jitconfig; single use, one job), so no registration token ever
 * lands on disk and no `config.sh --token` is needed. Without --single, a fresh configuration
 * with the same exact name is registered after each job, until the idle timeout.
 *
 * What actions/runner requires: the configuration reaches run.sh through its environment, as
 * ACTIONS_RUNNER_INPUT_JITCONFIG, never on the command line (where `ps` shows it); the runner
 * masks it and removes it from its environment before any job starts
 * (src/Runner.Listener/CommandSettings.cs). The forge token is never handed over.
 */
function githubSession(deps) {
    const { forge, runner, name, labels, logger } = deps;
    let registered;
    const session = {
        forge: 'github',
        oneJobPerProcess: true,
        async start(onLine) {
            // A JIT runner that took its job is removed by GitHub, but not at once: the next
            // registration under the same name would answer 409.
            if (registered !== undefined)
                await session.unregister();
            const registration = await forge.registerRunner({ name, labels, ephemeral: true });
            registered = registration.id;
            logger.info(`Registered runner ${name} (id ${registered}) with labels ${labels.join(', ')}.`);
            return startRunnerProcess({
                program: runner.program,
                args: [],
                cwd: runner.dir,
                env: runnerEnvironment(deps.env, [deps.token], {
                    ACTIONS_RUNNER_INPUT_JITCONFIG: registration.secret,
                }),
                onLine,
            });
        },
        async unregister() {
            if (registered === undefined)
                return;
            const id = registered;
            await forge.deleteRunner(id);
            registered = undefined;
        },
    };
    return session;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/runners/local/gitlab-session.ts





/**
 * This machine as a GitLab runner: created once with POST /user/runners (its glrt- token is
 * this runner's alone), run with `gitlab-runner run-single` until the idle timeout or, with
 * --single, one job (`--max-builds 1`), then deleted with DELETE /runners/:id.
 *
 * What gitlab-runner requires: the token, on the command line (`--token`), in CI_SERVER_TOKEN,
 * or in a config file. cml writes it to `<workdir>/gitlab/config.toml` (mode 0600, removed at
 * the end) and runs `run-single --config \u2026 --runner <name>` (commands/single.go loads the runner
 * by name from that file), so it is in neither the argv `ps` shows nor the environment the
 * shell executor hands to every job (executors/shell/shell.go).
 */
function gitlabSession(deps) {
    const { forge, runner, options, logger } = deps;
    const dir = (0,external_node_path_.join)(options.workdir, 'gitlab');
    const configFile = (0,external_node_path_.join)(dir, 'config.toml');
    let registered;
    return {
        forge: 'gitlab',
        oneJobPerProcess: false,
        async start(onLine) {
            // CML's registration (src/drivers/gitlab.js registerRunner): locked to the project, and
            // taking untagged jobs as well as those tagged with its labels.
            const registration = await forge.registerRunner({
                name: options.name,
                labels: options.labels,
                ephemeral: options.single,
                runUntagged: true,
                locked: true,
            });
            registered = registration.id;
            logger.info(`Registered runner ${options.name} (id ${registered}) with tags ${options.labels.join(', ')}.`);
            await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
            // A file left by an earlier launch keeps its mode through writeFile: start afresh.
            await (0,promises_.rm)(configFile, { force: true });
            await (0,promises_.writeFile)(configFile, runnerConfig(options, deps.serverUrl, registration.secret), {
                mode: 0o600,
            });
            return startRunnerProcess({
                program: runner.program,
                args: [
                    '--log-format',
                    'json',
                    'run-single',
                    '--config',
                    configFile,
                    '--runner',
                    options.name,
                    ...(options.single ? ['--max-builds', '1'] : []),
                ],
                cwd: options.workdir,
                env: runnerEnvironment(deps.env, [deps.token]),
                onLine,
            });
        },
        async unregister() {
            await (0,promises_.rm)(configFile, { force: true });
            if (registered === undefined)
                return;
            await forge.deleteRunner(registered);
            registered = undefined;
        },
    };
}
/**
 * The config.toml of one runner (gitlab-runner's common/config.go: [[runners]] with name, url,
 * token, executor, builds_dir, cache_dir, shell; [runners.docker] image and volumes).
 */
function runnerConfig(options, url, token) {
    const runner = {
        name: options.name,
        url,
        token,
        executor: options.gitlabExecutor,
        builds_dir: (0,external_node_path_.join)(options.workdir, 'builds'),
        cache_dir: (0,external_node_path_.join)(options.workdir, 'cache'),
    };
    if (options.gitlabExecutor === 'shell')
        runner.shell = 'bash';
    else
        runner.docker = { image: options.gitlabImage, volumes: options.dockerVolumes };
    return (0,dist/* stringify */.As)({ concurrent: 1, runners: [runner] });
}

;// CONCATENATED MODULE: ./src/runners/local/forges.ts




// CML warned the same way: host volumes are an option of GitLab's docker executor.
const ignoredVolumes = (logger) => logger.warning('ignoring --docker-volumes: it applies to GitLab\u2019s docker executor (--gitlab-executor docker) only.');
const LOCAL_RUNNERS = {
    github: {
        async prepare({ token, options, releases, logger }) {
            if (options.dockerVolumes.length)
                ignoredVolumes(logger);
            // actions/runner releases are read from the forge's own API with its token (60 anonymous
            // calls an hour), as the provision action does.
            if (!releases.githubApi)
                releases.githubToken = token;
        },
        session: ({ forge, runner, options, machine, token, env, logger }) => githubSession({
            forge,
            runner,
            name: options.name,
            labels: [...new Set([...machine.defaultLabels, ...options.labels])],
            token,
            env,
            logger,
        }),
    },
    gitlab: {
        async prepare({ context, token, options, logger }) {
            await resolveProjectId(context, token, logger);
            if (options.dockerVolumes.length && options.gitlabExecutor !== 'docker') {
                ignoredVolumes(logger);
            }
        },
        session: ({ forge, runner, options, context, token, env, logger }) => gitlabSession({ forge, runner, options, serverUrl: context.serverUrl, token, env, logger }),
    },
};
/**
 * GitLab creates project runners by numeric project id: outside GitLab CI (no CI_PROJECT_ID)
 * it is looked up from the project path --repo gave (GET /projects/:path).
 */
async function resolveProjectId(context, token, logger) {
    if (context.projectId)
        return;
    if (!context.repository) {
        throw new errors.ConfigurationError('No GitLab project: pass --repo (its web URL or group/project).');
    }
    const client = (0,gitlab_client/* createGitLabClient */.j)({ token, apiUrl: context.apiUrl, logger });
    const project = (await client.Projects.show(context.repository));
    context.projectId = String(project.id);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/runners/local/install.ts










/** A download whose sha256 is not the release's: never run. */
class ChecksumMismatchError extends errors.ConfigurationError {
}
/**
 * The forge runner of `pin` for this machine, under `<workdir>/runner/<forge>-<version>`: reused
 * when a previous launch verified it (its sha256 is recorded next to it and must match the
 * release's), else downloaded, checked against the release's sha256 before anything is
 * unpacked or made executable, and unpacked (actions/runner's tarball, with the system's tar as
 * actions/runner's own docs do) or installed (gitlab-runner's single binary).
 */
async function installRunner(options) {
    const { forge, pin, arch, workdir, logger } = options;
    const support = (0,registry/* runnerSupport */.Ox)(forge);
    const expected = pin.sha256[arch];
    if (!expected) {
        throw new errors.ConfigurationError(`${support.packageName} ${pin.version} publishes no sha256 for linux ${arch}: refusing to install an unverified runner.`);
    }
    const url = pin.url.replace('@ARCH@', support.packageArch(arch));
    const dir = (0,external_node_path_.join)(workdir, 'runner', `${forge}-${pin.version}`);
    const program = (0,external_node_path_.join)(dir, support.localPackage.program);
    const stamp = (0,external_node_path_.join)(dir, '.cml-sha256');
    if ((await (0,promises_.readFile)(stamp, 'utf8').catch(() => '')).trim() === expected) {
        logger.info(`Using the cached runner ${pin.version} in ${dir} (sha256 ${expected}).`);
        return { dir, program, version: pin.version };
    }
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.mkdir)(dir, { recursive: true });
    const download = (0,external_node_path_.join)(workdir, 'runner', `.download-${process.pid}`);
    try {
        logger.info(`Downloading ${url}`);
        const actual = await fetchWithSha256(url, download);
        if (actual !== expected) {
            throw new ChecksumMismatchError(`Checksum mismatch for ${url}: the release says sha256 ${expected}, the download is ${actual}; refusing to run it.`);
        }
        if (support.localPackage.unpack === 'tar') {
            await (0,external_node_util_.promisify)(external_node_child_process_.execFile)('tar', ['-xzf', download, '-C', dir]);
        }
        else {
            await (0,promises_.rename)(download, program);
            await (0,promises_.chmod)(program, 0o755);
        }
        await (0,promises_.writeFile)(stamp, `${expected}\n`);
        logger.info(`Runner ${pin.version} verified (sha256 ${expected}) and installed in ${dir}.`);
        return { dir, program, version: pin.version };
    }
    catch (error) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        if (error instanceof ChecksumMismatchError)
            throw error;
        throw new Error(`Could not install the runner from ${url}: ${(0,errors/* errorMessage */.gJ)(error)}`, {
            cause: error,
        });
    }
    finally {
        await (0,promises_.rm)(download, { force: true });
    }
}
/** Streams `url` to `file` and returns the sha256 of what arrived. */
async function fetchWithSha256(url, file) {
    const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(600_000) });
    if (!response.ok || !response.body)
        throw new Error(`HTTP ${response.status}`);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const body = external_node_stream_.Readable.fromWeb(response.body);
    body.on('data', (chunk) => hash.update(chunk));
    await (0,external_node_stream_promises_.pipeline)(body, (0,external_node_fs_.createWriteStream)(file, { mode: 0o600 }));
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./src/runners/local/machine.ts

/**
 * Linux on x64 or arm64: the packages whose sha256 cml reads from each release (actions/runner's
 * release notes, gitlab-runner's release.sha256; src/runners/versions.ts). Elsewhere nothing
 * verified could be installed, so the launch is refused before anything is registered.
 */
function thisMachine(platform = process.platform, arch = process.arch) {
    if (platform !== 'linux' || (arch !== 'x64' && arch !== 'arm64')) {
        throw new errors.ConfigurationError(`cml runner launch without --cloud registers Linux x64 and arm64 machines (this one is ${platform} ${arch}); run it on such a machine, or launch one with --cloud.`);
    }
    return { arch, defaultLabels: ['self-hosted', 'Linux', arch === 'x64' ? 'X64' : 'ARM64'] };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/clouds/types.ts
/** A launch failed for lack of capacity or quota: try the next type, zone or market. */
class CapacityError extends Error {
    code;
    name = 'CapacityError';
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
/** Our tag names; EC2 keeps them as written, GCE labels use the same keys. */
const types_TAGS = {
    marker: 'cml-runner',
    repository: 'cml-repository',
    runId: 'cml-run-id',
    attempt: 'cml-run-attempt',
    expiresAt: 'cml-expires-at',
    forge: 'cml-forge',
    forgeRunnerId: 'cml-forge-runner-id',
};

;// CONCATENATED MODULE: ./src/runners/naming.ts



/**
 * A runner and instance name: the prefix made safe for every cloud (GCE: lowercase letters,
 * digits and hyphens, starting with a letter, 63 at most) plus a random suffix.
 */
function runnerName(prefix) {
    return `${safeName(prefix).slice(0, 40) || 'cml'}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/**
 * CML's exact `--name`: kept as given when every cloud accepts it, the n-th of several runners
 * numbered (`name-2`); a name no cloud would take is refused rather than silently changed.
 */
function exactRunnerName(name, index, count) {
    const safe = safeName(name).slice(0, 60);
    if (safe !== name) {
        throw new ConfigurationError(`--name ${JSON.stringify(name)}: runner and instance names must be lowercase letters, digits and hyphens, starting with a letter (at most 60 characters); for example ${JSON.stringify(safe || 'cml-runner')}.`);
    }
    return count > 1 ? `${safe}-${index + 1}` : safe;
}
function safeName(prefix) {
    return prefix
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^[^a-z]+/, '')
        .replace(/-+$/, '');
}
/** A label only this start's runners carry, so the job lands on them and nowhere else. */
function uniqueLabel(context) {
    const run = context.runId ? `${context.runId}-${context.runAttempt ?? '1'}-` : '';
    return `cml-${run}${randomBytes(3).toString('hex')}`;
}
/**
 * The run a stop or re-run is about: the one named by the run-id input, or, in a workflow
 * triggered by `workflow_run` (the GitHub way to clean up and re-run after a run has finished),
 * the run that triggered it, or else this run. A named run has no attempt: its instances are
 * found across attempts.
 */
function targetRun(context, runId) {
    if (runId)
        return { runId, attempt: undefined, own: runId === context.runId };
    const triggering = context.eventName === 'workflow_run' ? context.event?.workflow_run : undefined;
    const run = triggering;
    if (run?.id !== undefined) {
        return { runId: String(run.id), attempt: String(run.run_attempt ?? 1), own: false };
    }
    return { runId: context.runId, attempt: context.runAttempt ?? '1', own: true };
}
/**
 * The run's identity tags: what stop finds instances by when start's outputs are missing.
 * `anyAttempt` leaves the attempt out, so every attempt of the run matches.
 */
function runTags(context, anyAttempt = false) {
    const tags = {
        [TAGS.marker]: 'true',
        [TAGS.repository]: context.repository || 'local',
        [TAGS.runId]: context.runId ?? 'local',
    };
    if (!anyAttempt)
        tags[TAGS.attempt] = context.runAttempt ?? '1';
    return tags;
}
function instanceTags(config, context, forge, now = new Date()) {
    return {
        ...config.metadata,
        ...runTags(context),
        [TAGS.forge]: forge,
        // max-lifetime 0 means no limit: the sweep must not read "expired now".
        [TAGS.expiresAt]: config.maxLifetimeSeconds > 0
            ? String(Math.floor(now.getTime() / 1000) + config.maxLifetimeSeconds)
            : 'never',
    };
}

;// CONCATENATED MODULE: ./src/runners/local/options.ts




/** Jobs without `image:` on the docker executor (the runner-provision default). */
const LOCAL_GITLAB_IMAGE = 'ubuntu:24.04';
function localOptions(args, home = (0,external_node_os_.homedir)()) {
    const name = args.name ?? runnerName('cml');
    // The name is also the default working directory's last part (CML: ~/.cml/<name>), and the
    // forges take names of at most 64 characters without spaces (GitHub) or line breaks.
    if (!/^[\w.-]{1,64}$/.test(name) || name === '.' || name === '..') {
        throw new errors.ConfigurationError(`--name ${JSON.stringify(name)}: a runner name is 1 to 64 letters, digits, dots, hyphens or underscores.`);
    }
    const labels = args.labels
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean);
    if (!labels.length) {
        throw new errors.ConfigurationError('--labels: give one or more comma-separated labels.');
    }
    const executor = args.gitlabExecutor ?? 'shell';
    if (executor !== 'shell' && executor !== 'docker') {
        throw new errors.ConfigurationError(`--gitlab-executor ${executor}: give shell or docker.`);
    }
    return {
        name,
        labels,
        idleSeconds: args.idleSeconds,
        single: args.single === true,
        reuse: args.reuseIdle ? 'reuse-idle' : args.reuse ? 'reuse' : undefined,
        workdir: (0,external_node_path_.resolve)(args.workdir ?? (0,external_node_path_.join)(home, '.cml', name)),
        gitlabExecutor: executor,
        gitlabImage: LOCAL_GITLAB_IMAGE,
        dockerVolumes: args.dockerVolumes ?? [],
    };
}

;// CONCATENATED MODULE: ./src/runners/local/job-events.ts

/**
 * What a line of the runner's output says about its jobs: each forge reads its own runner's log
 * format (src/forge/<forge>/runner-events.ts), anchored so a job's own output cannot fake it.
 */
function runnerEvent(forge, line) {
    return (0,registry/* runnerSupport */.Ox)(forge).runnerEvent(line.trim());
}

;// CONCATENATED MODULE: ./src/runners/local/supervise.ts


/** The signals that end a runner, and the shell's exit code for each (128 + the number). */
const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143 };
/** How long a `single` runner may take to exit by itself after its job's end. */
const SINGLE_JOB_GRACE_MS = 15_000;
/**
 * Runs the session's runner in the foreground until it should end, as CML's launch did
 * (bin/cml/runner/launch.js runLocal and shutdown):
 * - no job for `idleSeconds` (0: never): `timeout:<seconds>`, exit 0;
 * - with `single`, the first job's end: `single job`, exit 0. The runner gets
 *   `SINGLE_JOB_GRACE_MS` to exit by itself first: it still reports the job's result and, as a
 *   JIT or run-single runner, leaves on its own; stopping it at the log line could cut that short;
 * - SIGINT or SIGTERM: exit 130 or 143 (CML exited 0 on every signal; the shell's 128 + n tells
 *   a caller that the runner was stopped, not finished);
 * - the runner process ending by itself, other than after a job that a fresh JIT runner follows:
 *   exit 0 when it ended well, else 1.
 * Each way, the runner process is stopped first (a job still running is cancelled) and then its
 * registration is deleted from the forge.
 */
async function superviseRunner(deps) {
    const { session, idleSeconds, single, logger } = deps;
    const signals = deps.signals ?? process;
    let ending;
    let resolveEnding;
    const ended = new Promise((r) => (resolveEnding = r));
    const end = (e) => {
        if (ending)
            return;
        ending = e;
        resolveEnding(e);
    };
    const onSignal = (signal) => () => end({ reason: signal, code: SIGNAL_CODES[signal] });
    const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') };
    signals.on('SIGINT', handlers.SIGINT);
    signals.on('SIGTERM', handlers.SIGTERM);
    let busy = false;
    let idleFor = 0;
    // CML's watcher: one tick a second, counting idle seconds, reset by any job.
    const watcher = idleSeconds > 0
        ? setInterval(() => {
            idleFor = busy ? 0 : idleFor + 1;
            if (idleFor >= idleSeconds)
                end({ reason: `timeout:${idleSeconds}`, code: 0 });
        }, 1000)
        : undefined;
    let runner;
    let singleGrace;
    try {
        while (!ending) {
            let jobEnded = false;
            let jobFailed = false;
            runner = await session.start((line) => {
                const event = runnerEvent(session.forge, line);
                if (!event)
                    return;
                if (event.kind === 'ready')
                    logger.info('runner status: ready');
                if (event.kind === 'job-started') {
                    busy = true;
                    idleFor = 0;
                    logger.info(`runner status: job_started${event.job ? ` (${event.job})` : ''}`);
                }
                if (event.kind === 'job-ended') {
                    busy = false;
                    idleFor = 0;
                    jobEnded = true;
                    jobFailed = !event.success;
                    logger.info(`runner status: job_ended (${event.success ? 'success' : 'failure'})`);
                    if (single && !singleGrace) {
                        singleGrace = setTimeout(() => end({ reason: 'single job', code: 0 }), deps.singleGraceMs ?? SINGLE_JOB_GRACE_MS);
                    }
                }
            });
            if (ending)
                break;
            const code = await Promise.race([runner.exited, ended.then(() => undefined)]);
            if (code === undefined || ending)
                break;
            runner = undefined;
            busy = false;
            if (jobEnded && single) {
                end({ reason: 'single job', code: 0 });
                break;
            }
            if (jobEnded && session.oneJobPerProcess) {
                logger.info(`Job done${jobFailed ? ' (failed)' : ''}; registering a fresh runner.`);
                continue;
            }
            end({ reason: `runner closed with exit code ${code}`, code: code === 0 ? 0 : 1 });
        }
    }
    catch (error) {
        end({ reason: `error: ${(0,errors/* errorMessage */.gJ)(error)}`, code: 1 });
        logger.error((0,errors/* errorMessage */.gJ)(error));
    }
    finally {
        if (watcher)
            clearInterval(watcher);
        if (singleGrace)
            clearTimeout(singleGrace);
    }
    // Further signals while cleaning up change nothing: the runner is being removed already.
    if (runner)
        await runner.stop();
    const result = ending;
    logger.info(`Unregistering runner ${deps.name}...`);
    try {
        await session.unregister();
        logger.info('\tSuccess');
    }
    catch (error) {
        logger.error(`\tFailed to unregister the runner: ${(0,errors/* errorMessage */.gJ)(error)}`);
        if (result.code === 0)
            result.code = 1;
    }
    signals.off('SIGINT', handlers.SIGINT);
    signals.off('SIGTERM', handlers.SIGTERM);
    logger.info(`runner status: terminated (reason: ${result.reason})`);
    return result;
}

;// CONCATENATED MODULE: ./src/runners/local/index.ts














/**
 * `cml runner launch` without `--cloud`: this machine becomes a self-hosted runner of the
 * repository (GitHub) or project (GitLab), in the foreground, as CML's launch did. Returns the
 * exit code (see supervise.ts).
 */
async function launchLocalRunner(args, env, logger) {
    const machine = thisMachine();
    const options = localOptions(args);
    const context = (0,platforms/* readContext */.yI)(env);
    const kind = forgeKind(args.driver, context);
    const token = (0,forge_token/* readForgeToken */.j)(logger, kind, args.token, env);
    if (!token) {
        throw new errors.ConfigurationError(`No ${(0,registry/* forgeInfo */.QF)(kind).title} token: pass --token (or set REPO_TOKEN): registering runners takes a personal access token (GitHub: repo scope or "Administration: write"; GitLab: create_runner and api).`);
    }
    // What this forge's local runner needs first (src/runners/local/forges.ts).
    const local = LOCAL_RUNNERS[kind];
    const releases = releaseSources(env);
    await local.prepare({ context, token, options, releases, logger });
    const forge = (0,registry/* runnerForge */.Ik)(await (0,src_forge.createForge)({ context, token, logger, kind }));
    // CML: a runner of that name already there is an error, or with --reuse, the runner to use.
    const existing = await forge.findRunners(options.name);
    if (existing.length) {
        if (options.reuse === 'reuse') {
            logger.info(`Reusing existing runner named ${options.name}...`);
            return 0;
        }
        throw new errors.ConfigurationError(`Runner name ${options.name} is already in use. Please change the name or terminate the existing runner.`);
    }
    if (await reusable(forge, options.labels, undefined, options.reuse, logger))
        return 0;
    const pin = await resolvePin({ releases }, context, kind, machine.arch, logger);
    logger.info(`Launching ${kind} runner`);
    logger.info(`Preparing workdir ${options.workdir}...`);
    await (0,promises_.mkdir)(options.workdir, { recursive: true, mode: 0o700 });
    const runner = await installRunner({
        forge: kind,
        pin,
        arch: machine.arch,
        workdir: options.workdir,
        logger,
    });
    const session = local.session({ forge, runner, options, machine, context, token, env, logger });
    const ending = await superviseRunner({
        session,
        name: options.name,
        idleSeconds: options.idleSeconds,
        single: options.single,
        logger,
    });
    return ending.code;
}
/** --driver, else the CI platform's forge; outside CI one of them must say. */
function forgeKind(driver, context) {
    const kind = driver ? (0,registry/* parseForgeKind */.dG)(driver, '--driver') : context.forge;
    if (kind)
        return (0,registry/* runnerForge */.Ik)({ kind }).kind;
    throw new errors.ConfigurationError('Cannot tell the forge outside GitHub Actions or GitLab CI: pass --repo with the repository URL (github.com and gitlab.com are recognised) or --driver github|gitlab.');
}


/***/ }),

/***/ 5407:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./BurstyRateLimiter": [
		5860
	],
	"./BurstyRateLimiter.js": [
		5860
	],
	"./ExpressBruteFlexible": [
		3966,
		966
	],
	"./ExpressBruteFlexible.js": [
		3966,
		966
	],
	"./RLWrapperBlackAndWhite": [
		7383
	],
	"./RLWrapperBlackAndWhite.js": [
		7383
	],
	"./RLWrapperTimeouts": [
		4016
	],
	"./RLWrapperTimeouts.js": [
		4016
	],
	"./RateLimiterAbstract": [
		8569
	],
	"./RateLimiterAbstract.js": [
		8569
	],
	"./RateLimiterCluster": [
		565
	],
	"./RateLimiterCluster.js": [
		565
	],
	"./RateLimiterDrizzle": [
		673
	],
	"./RateLimiterDrizzle.js": [
		673
	],
	"./RateLimiterDrizzleNonAtomic": [
		5347
	],
	"./RateLimiterDrizzleNonAtomic.js": [
		5347
	],
	"./RateLimiterDynamo": [
		2309
	],
	"./RateLimiterDynamo.js": [
		2309
	],
	"./RateLimiterEtcd": [
		6481
	],
	"./RateLimiterEtcd.js": [
		6481
	],
	"./RateLimiterEtcdNonAtomic": [
		5299
	],
	"./RateLimiterEtcdNonAtomic.js": [
		5299
	],
	"./RateLimiterInsuredAbstract": [
		3847
	],
	"./RateLimiterInsuredAbstract.js": [
		3847
	],
	"./RateLimiterMemcache": [
		3250
	],
	"./RateLimiterMemcache.js": [
		3250
	],
	"./RateLimiterMemory": [
		4544
	],
	"./RateLimiterMemory.js": [
		4544
	],
	"./RateLimiterMongo": [
		8439
	],
	"./RateLimiterMongo.js": [
		8439
	],
	"./RateLimiterMySQL": [
		7793
	],
	"./RateLimiterMySQL.js": [
		7793
	],
	"./RateLimiterPostgres": [
		3740
	],
	"./RateLimiterPostgres.js": [
		3740
	],
	"./RateLimiterPrisma": [
		6323
	],
	"./RateLimiterPrisma.js": [
		6323
	],
	"./RateLimiterQueue": [
		2860
	],
	"./RateLimiterQueue.js": [
		2860
	],
	"./RateLimiterRedis": [
		4336
	],
	"./RateLimiterRedis.js": [
		4336
	],
	"./RateLimiterRes": [
		449
	],
	"./RateLimiterRes.js": [
		449
	],
	"./RateLimiterSQLite": [
		3283
	],
	"./RateLimiterSQLite.js": [
		3283
	],
	"./RateLimiterStoreAbstract": [
		5140
	],
	"./RateLimiterStoreAbstract.js": [
		5140
	],
	"./RateLimiterUnion": [
		244
	],
	"./RateLimiterUnion.js": [
		244
	],
	"./RateLimiterValkey": [
		2193
	],
	"./RateLimiterValkey.js": [
		2193
	],
	"./RateLimiterValkeyGlide": [
		3756
	],
	"./RateLimiterValkeyGlide.js": [
		3756
	],
	"./component/BlockedKeys": [
		8830
	],
	"./component/BlockedKeys/": [
		8830
	],
	"./component/BlockedKeys/BlockedKeys": [
		5202
	],
	"./component/BlockedKeys/BlockedKeys.js": [
		5202
	],
	"./component/BlockedKeys/index": [
		8830
	],
	"./component/BlockedKeys/index.js": [
		8830
	],
	"./component/MemoryStorage": [
		8178,
		178
	],
	"./component/MemoryStorage/": [
		8178,
		178
	],
	"./component/MemoryStorage/MemoryStorage": [
		1534
	],
	"./component/MemoryStorage/MemoryStorage.js": [
		1534
	],
	"./component/MemoryStorage/Record": [
		749
	],
	"./component/MemoryStorage/Record.js": [
		749
	],
	"./component/MemoryStorage/index": [
		8178,
		178
	],
	"./component/MemoryStorage/index.js": [
		8178,
		178
	],
	"./component/RateLimiterEtcdTransactionFailedError": [
		3184
	],
	"./component/RateLimiterEtcdTransactionFailedError.js": [
		3184
	],
	"./component/RateLimiterQueueError": [
		7948
	],
	"./component/RateLimiterQueueError.js": [
		7948
	],
	"./component/RateLimiterSetupError": [
		2922
	],
	"./component/RateLimiterSetupError.js": [
		2922
	],
	"./constants": [
		3880,
		880
	],
	"./constants.js": [
		3880,
		880
	]
};
function webpackAsyncContext(req) {
	if(!__webpack_require__.o(map, req)) {
		return Promise.resolve().then(() => {
			var e = new Error("Cannot find module '" + req + "'");
			e.code = 'MODULE_NOT_FOUND';
			throw e;
		});
	}

	var ids = map[req], id = ids[0];
	return Promise.all(ids.slice(1).map(__webpack_require__.e)).then(() => {
		return __webpack_require__.t(id, 7 | 16);
	});
}
webpackAsyncContext.keys = () => (Object.keys(map));
webpackAsyncContext.id = 5407;
module.exports = webpackAsyncContext;

/***/ })

};
;