"use strict";
exports.id = 503;
exports.ids = [503];
exports.modules = {

/***/ 4013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 7407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ contentTypeOf),
/* harmony export */   j: () => (/* binding */ extensionOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

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
    return BY_EXTENSION[(0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(path).toLowerCase()] ?? 'application/octet-stream';
}
/** The usual extension of a content type (for files named by their hash), else `.bin`. */
function extensionOf(contentType) {
    const found = Object.entries(BY_EXTENSION).find(([, type]) => type === contentType);
    return found ? found[0] : '.bin';
}


/***/ }),

/***/ 6753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ workspaceFile),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   wP: () => (/* binding */ isSymlink)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



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
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(isSymlink(path)
            ? `${what} is a broken symlink (${path}).`
            : `${what} was not found (looked for ${path}).`, details);
    }
    const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    if (!isInside((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace), real)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(`${what} is a symlink leading out of the workspace (to ${real}); refused.`, details);
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(real).isFile()) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(`${what} is not a regular file (${path}).`, details);
    }
    return real;
}


/***/ }),

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

/***/ 4503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ runReport)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/markdown-blocks.ts
var markdown_blocks = __webpack_require__(4013);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
// EXTERNAL MODULE: ./src/core/workspace-file.ts
var workspace_file = __webpack_require__(6753);
// EXTERNAL MODULE: ./src/core/media-types.ts
var media_types = __webpack_require__(7407);
// EXTERNAL MODULE: ./node_modules/micromark/lib/postprocess.js
var postprocess = __webpack_require__(5387);
// EXTERNAL MODULE: ./node_modules/micromark/lib/parse.js + 38 modules
var parse = __webpack_require__(4780);
// EXTERNAL MODULE: ./node_modules/micromark/lib/preprocess.js
var preprocess = __webpack_require__(2192);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-table/lib/syntax.js + 2 modules
var syntax = __webpack_require__(7749);
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
                if (!options.onProblem || !(error instanceof errors.ConfigurationError))
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
    return { name: `data-uri-${hash}${(0,media_types/* extensionOf */.j)(contentType)}`, bytes, contentType };
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
        throw new errors.ConfigurationError(`${what} '${target}' in ${options.source} is outside the workspace (${workspace}); only files of the workspace are published.`, { file: options.source });
    }
    const real = (0,workspace_file/* workspaceFile */.EJ)(path, workspace, `${what} '${target}' in ${options.source}`, options.source);
    // A pull request writes the report's links: `[x](.git/config)` would publish the checkout's
    // credentials (actions/checkout keeps the token there as an extraheader), and a file holding a
    // token this job read would publish it. Neither is published; the link stays as written.
    if ((0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(workspace), real).split(external_node_path_.sep).includes('.git')) {
        throw new errors.ConfigurationError(`${what} '${target}' in ${options.source} is inside .git, which holds the checkout's credentials; not published.`, { file: options.source });
    }
    const bytes = (0,external_node_fs_.readFileSync)(real);
    if ((0,secrets/* holdsSecret */.hK)(bytes)) {
        throw new errors.ConfigurationError(`${what} '${target}' in ${options.source} holds a secret this job read; not published.`, { file: options.source });
    }
    return {
        name: `${outside ? 'generated-plots/' : ''}${(0,external_node_path_.relative)(workspace, path).split(external_node_path_.sep).join('/')}`,
        bytes,
        contentType: (0,media_types/* contentTypeOf */.J)(path),
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
    const ext = (0,external_node_path_.extname)(file.name) || (0,media_types/* extensionOf */.j)(file.contentType);
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
        const { embedMetricsDiff } = await Promise.all(/* import() */[__webpack_require__.e(712), __webpack_require__.e(815), __webpack_require__.e(292), __webpack_require__.e(904), __webpack_require__.e(764)]).then(__webpack_require__.bind(__webpack_require__, 1764));
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
        const { embedDataSection } = await Promise.all(/* import() */[__webpack_require__.e(712), __webpack_require__.e(697), __webpack_require__.e(134)]).then(__webpack_require__.bind(__webpack_require__, 4134));
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
        const { embedPlots } = await Promise.all(/* import() */[__webpack_require__.e(712), __webpack_require__.e(815), __webpack_require__.e(77), __webpack_require__.e(279), __webpack_require__.e(585)]).then(__webpack_require__.bind(__webpack_require__, 5585));
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
        throw new errors.ConfigurationError('Nothing to report: give a Markdown file, plots, metrics or data.');
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
        throw new errors.ConfigurationError(`Report file not found: ${options.markdownFile} (looked for ${path}).`, details);
    }
    if ((0,workspace_file/* isInside */.FK)(workspace, path))
        return (0,workspace_file/* workspaceFile */.EJ)(path, workspace, what, options.markdownFile);
    if (!(0,external_node_fs_.statSync)(path).isFile()) {
        throw new errors.ConfigurationError(`${what} is not a regular file (${path}).`, details);
    }
    return path;
}
async function generated(what, make) {
    try {
        return await make();
    }
    catch (error) {
        if (error instanceof errors.ConfigurationError)
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
    const { cutPoints } = await Promise.all(/* import() */[__webpack_require__.e(446), __webpack_require__.e(90)]).then(__webpack_require__.bind(__webpack_require__, 6090));
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
        text += `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
    }
    appendFileSync(file, text);
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
    const file = resolve(dotenv.file);
    mkdirSync(dirname(file), { recursive: true });
    (dotenv.overwrite ? writeFileSync : appendFileSync)(file, `${lines.join('\n')}\n`);
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

// EXTERNAL MODULE: ./src/forge/registry.ts + 11 modules
var registry = __webpack_require__(4045);
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

// EXTERNAL MODULE: ./src/platforms/index.ts + 4 modules
var platforms = __webpack_require__(9163);
// EXTERNAL MODULE: ./src/forge/http.ts
var http = __webpack_require__(2847);
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
    const bad = () => new errors.ConfigurationError(`${where} '${value}' is not a comment target: expected ${FORMS}.`, {
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
                throw new errors.ConfigurationError(`target 'pr': this run is not for a pull/merge request and no open one has commit ${options.sha || '(unknown)'} as its head. Use target auto or commit to comment on the commit.`, { input: 'target' });
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
        throw new errors.ConfigurationError('No commit to comment on: the commit sha is unknown (pass --commit-sha or run inside a git repository).');
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
        throw new errors.ConfigurationError(imageProblems.join('\n'));
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


/***/ })

};
;