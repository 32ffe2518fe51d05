"use strict";
exports.id = 847;
exports.ids = [847];
exports.modules = {

/***/ 2847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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
        body = `${body.slice(0, MAX_ERROR_CHARS)}… (${body.length} characters)`;
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
    const shown = text && text.length > 120 ? `${text.slice(0, 120)}…` : text;
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


/***/ })

};
;