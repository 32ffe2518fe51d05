"use strict";
exports.id = 49;
exports.ids = [49];
exports.modules = {

/***/ 2049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BITBUCKET_API_URL: () => (/* binding */ BITBUCKET_API_URL),
  createBitbucketForge: () => (/* binding */ createBitbucketForge)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/forge/bitbucket/errors.ts
/**
 * Bitbucket's refusals as the project's errors. Bitbucket answers `{"type": "error", "error":
 * {"message", "detail"}}`; a 403 for a missing scope also names the scopes the operation accepts
 * in `X-Accepted-OAuth-Scopes`, which the message repeats so the user knows what to add.
 */

class BitbucketRequestError extends Error {
    method;
    path;
    body;
    name = 'BitbucketRequestError';
    status;
    /** Scopes the refused operation accepts (X-Accepted-OAuth-Scopes), when Bitbucket says. */
    acceptedScopes;
    constructor(method, path, response, body) {
        const error = body?.error;
        const detail = typeof error?.detail === 'string' ? ` (${error.detail})` : '';
        const message = typeof error?.message === 'string' ? error.message : response.statusText;
        super(`${method} ${path} answered ${response.status}: ${message}${detail}`);
        this.method = method;
        this.path = path;
        this.body = body;
        this.status = response.status;
        this.acceptedScopes = response.headers.get('x-accepted-oauth-scopes') ?? undefined;
    }
}
function bitbucketStatus(error) {
    return error instanceof BitbucketRequestError ? error.status : undefined;
}
const isNotFound = (error) => bitbucketStatus(error) === 404;
const TOKEN_HINT = 'Set BITBUCKET_TOKEN (or REPO_TOKEN) to a repository, project or workspace access token, or to `username:app-password`; check it has not expired or been revoked.';
/**
 * Runs a request; 401/403 become a PermissionError naming what was refused and the scope to
 * add, 404 a ConfigurationError naming what was not found (Bitbucket also answers 404 for a
 * private repository the token cannot see). Anything else passes through unchanged.
 */
async function refusals(what, call) {
    try {
        return await call();
    }
    catch (error) {
        const status = bitbucketStatus(error);
        const reason = error instanceof Error ? error.message : String(error);
        if (status === 401) {
            throw new errors/* PermissionError */.i_(`Bitbucket did not accept the token when asked to ${what.action} (401).`, TOKEN_HINT);
        }
        if (status === 403) {
            const accepted = error.acceptedScopes;
            throw new errors/* PermissionError */.i_(`Bitbucket refused to ${what.action}: ${reason}`, `The token needs the ${accepted ?? what.scope} scope (an access token's or app password's permissions), and the account write access to the repository.`);
        }
        if (status === 404 && what.notFound) {
            throw new errors/* ConfigurationError */.j1(`Bitbucket found no ${what.notFound} (404), or the token cannot read the repository: ${reason}`);
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/forge/bitbucket/client.ts

const DEFAULT_RETRY = {
    retries: 3,
    baseDelayMs: 1000,
    maxDelayMs: 60_000,
    timeoutMs: 30_000,
};
/**
 * `username:app-password` (or `email:api-token`) goes as Basic; anything else is an access
 * token (repository, project or workspace) or OAuth token, sent as Bearer.
 */
function authorization(token) {
    return token.includes(':')
        ? `Basic ${Buffer.from(token, 'utf8').toString('base64')}`
        : `Bearer ${token}`;
}
function createBitbucketClient(options) {
    const apiUrl = options.apiUrl.replace(/\/+$/, '');
    const origin = new URL(apiUrl).origin;
    const policy = { ...DEFAULT_RETRY, ...options.retry };
    const auth = authorization(options.token);
    async function send(method, url, options2) {
        const headers = { authorization: auth, accept: 'application/json' };
        let body;
        if (options2.form)
            body = options2.form;
        else if (options2.json !== undefined) {
            headers['content-type'] = 'application/json';
            body = JSON.stringify(options2.json);
        }
        // POSTs create things: a 5xx may have created it already, so only 429 (refused before any
        // work) is retried for them; reads, PUTs and DELETEs are idempotent and retry on 5xx too.
        const idempotent = method !== 'POST';
        for (let attempt = 0;; attempt++) {
            let response;
            try {
                response = await fetch(url, {
                    method,
                    headers,
                    body,
                    redirect: 'manual',
                    signal: AbortSignal.timeout(policy.timeoutMs),
                });
            }
            catch (error) {
                if (!idempotent || attempt >= policy.retries)
                    throw error;
                await wait(attempt, undefined);
                continue;
            }
            const retryable = response.status === 429 || (idempotent && response.status >= 500);
            if (!retryable || attempt >= policy.retries)
                return response;
            options.logger.warning(`Bitbucket answered ${response.status} to ${method} ${new URL(url).pathname}; retrying.`);
            await response.arrayBuffer();
            await wait(attempt, response.headers.get('retry-after'));
        }
    }
    function wait(attempt, retryAfter) {
        const seconds = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
        const ms = Math.min(policy.maxDelayMs, seconds !== undefined ? seconds * 1000 : policy.baseDelayMs * 2 ** attempt);
        return new Promise((r) => setTimeout(r, ms));
    }
    async function request(method, path, o = {}) {
        const url = path.startsWith('http') ? new URL(path) : new URL(`${apiUrl}${path}`);
        // A `next` link is followed as given, but never to another host: it carries our token.
        if (url.origin !== origin) {
            throw new Error(`Bitbucket pointed at ${url.origin}, not ${origin}; refusing to send the token there.`);
        }
        for (const [name, value] of Object.entries(o.query ?? {})) {
            for (const v of Array.isArray(value) ? value : [value])
                url.searchParams.append(name, v);
        }
        const response = await send(method, url.toString(), o);
        const text = await response.text();
        let data = undefined;
        if (text && (response.headers.get('content-type') ?? '').includes('json')) {
            try {
                data = JSON.parse(text);
            }
            catch {
                data = text;
            }
        }
        if (response.status >= 400) {
            throw new BitbucketRequestError(method, url.pathname.replace(/^.*?\/2\.0/, ''), response, data);
        }
        return { status: response.status, data: data };
    }
    async function* pages(path, query) {
        let next;
        let first = true;
        while (first || next) {
            const { data } = await request('GET', first ? path : next, first ? { query } : {});
            first = false;
            for (const item of data?.values ?? [])
                yield item;
            next = data?.next;
        }
    }
    return { apiUrl, request, pages };
}

;// CONCATENATED MODULE: ./src/forge/bitbucket/repo.ts

/**
 * `/repositories/{workspace}/{repo_slug}` for this run's repository (`workspace/slug`, as
 * BITBUCKET_REPO_FULL_NAME gives it). Both parts are path segments, encoded as such.
 */
function repoPath(context) {
    const parts = context.repository.split('/');
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
        throw new errors/* ConfigurationError */.j1(`Bitbucket repository '${context.repository}': expected workspace/repo_slug (BITBUCKET_REPO_FULL_NAME, or --repo).`);
    }
    return `/repositories/${encodeURIComponent(parts[0])}/${encodeURIComponent(parts[1])}`;
}
/** Web URL of the repository, e.g. https://bitbucket.org/workspace/slug */
function repoWebUrl(context) {
    return `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}`;
}

;// CONCATENATED MODULE: ./src/forge/bitbucket/comments.ts


/**
 * Bitbucket Cloud documents no comment size limit. Bitbucket Server/Data Center refuses
 * 32,768 characters and more ("Please enter a non-empty value less than 32768 characters",
 * jfrog/froggit-go#133); tools that post to Cloud cap below that too (pr-agent's Bitbucket
 * provider: 31,000). We keep under Server's figure: a longer report is cut with a link to
 * the full one rather than refused.
 */
const BITBUCKET_COMMENT_LIMIT = 32_767;
/** The narrative "pagination": at most 100 items a page. */
const PAGELEN = '100';
/**
 * Who wrote a comment, as one stable string: the account uuid (every account has one, access
 * tokens' bot accounts included), else the Atlassian account id. Identity and comments use the
 * same key, so only our own comments match.
 */
function authorKey(user) {
    return user?.uuid ?? user?.account_id ?? '';
}
/** Comments on pull requests, issues (the repository issue tracker) and commits. */
function bitbucketComments(client, context, logger) {
    let identity;
    const base = (target) => {
        const repo = repoPath(context);
        if (target.kind === 'pr')
            return `${repo}/pullrequests/${target.number}/comments`;
        if (target.kind === 'issue')
            return `${repo}/issues/${target.number}/comments`;
        return `${repo}/commit/${encodeURIComponent(target.sha)}/comments`;
    };
    const describe = (target) => target.kind === 'commit' ? `commit ${target.sha}` : `${target.kind} #${target.number}`;
    // The scopes the description's `security` entries ask for: issue comments are written with
    // issue:write, pull request comments with pullrequest, commit comments with repository.
    const scope = (target, write = false) => target.kind === 'pr'
        ? 'pullrequest'
        : target.kind === 'issue'
            ? write
                ? 'issue:write'
                : 'issue'
            : 'repository';
    const web = (target, id) => {
        const root = `${context.serverUrl}/${context.repository}`;
        if (target.kind === 'pr')
            return `${root}/pull-requests/${target.number}#comment-${id}`;
        if (target.kind === 'issue')
            return `${root}/issues/${target.number}#comment-${id}`;
        return `${root}/commits/${target.sha}#comment-${id}`;
    };
    const toComment = (target, c) => ({
        id: c.id,
        body: c.content?.raw ?? '',
        author: authorKey(c.user),
        url: c.links?.html?.href ?? web(target, c.id),
        createdAt: c.created_on,
    });
    /**
     * Newest first in one pass: the comment lists take `sort=-created_on` (the "filtering and
     * sorting" narrative) and `pagelen=100`, and pages are fetched only as the caller iterates,
     * following Bitbucket's opaque `next` links. A report among the newest 100 costs one request;
     * one behind 1,000 newer comments costs ten. Deleted comments stay listed (flagged `deleted`,
     * content emptied) and are skipped.
     */
    async function* listComments(target) {
        const seen = new Set();
        const pages = client.pages(base(target), { sort: '-created_on', pagelen: PAGELEN });
        const iterator = pages[Symbol.asyncIterator]();
        for (;;) {
            const next = await refusals({
                action: `list the comments on ${describe(target)}`,
                scope: scope(target),
                notFound: describe(target),
            }, () => iterator.next());
            if (next.done)
                return;
            const c = next.value;
            // A comment posted during the walk shifts the pages: never yield one twice.
            if (c.deleted || seen.has(c.id))
                continue;
            seen.add(c.id);
            yield toComment(target, c);
        }
    }
    return {
        commentLimit: BITBUCKET_COMMENT_LIMIT,
        /**
         * GET /user (scope `account`). Repository access tokens cannot hold that scope (the
         * description's list of their scopes has no `account`); the refusal says what to use.
         */
        identity: () => (identity ??= refusals({
            action: 'say who the token belongs to (GET /user, needed to find our own comments)',
            scope: 'account',
        }, async () => {
            const { data } = await client.request('GET', '/user');
            const key = authorKey(data);
            logger.debug(`Bitbucket identity: ${data.display_name ?? ''} ${key}`);
            return { login: key };
        })),
        listComments,
        async getComment(target, id) {
            try {
                const { data } = await client.request('GET', `${base(target)}/${id}`);
                return data.deleted ? undefined : toComment(target, data);
            }
            catch (error) {
                if (isNotFound(error))
                    return undefined;
                throw error;
            }
        },
        async createComment(target, body) {
            checkLength(body);
            return refusals({
                action: `comment on ${describe(target)}`,
                scope: scope(target, true),
                notFound: describe(target),
            }, async () => {
                const { data } = await client.request('POST', base(target), {
                    json: { content: { raw: body } },
                });
                return toComment(target, data);
            });
        },
        async updateComment(target, id, body) {
            checkLength(body);
            return refusals({
                action: `update comment ${id} on ${describe(target)}`,
                scope: scope(target, true),
                notFound: `comment ${id} on ${describe(target)}`,
            }, async () => {
                const { data } = await client.request('PUT', `${base(target)}/${id}`, {
                    json: { content: { raw: body } },
                });
                return toComment(target, data);
            });
        },
        async deleteComment(target, id) {
            await refusals({ action: `delete comment ${id} on ${describe(target)}`, scope: scope(target, true) }, () => client.request('DELETE', `${base(target)}/${id}`));
        },
        // Bitbucket edits pull request, issue and commit comments alike.
        canEdit: () => true,
    };
}
function checkLength(body) {
    if (body.length > BITBUCKET_COMMENT_LIMIT) {
        throw new Error(`The comment is ${body.length} characters long; cml sends Bitbucket at most ${BITBUCKET_COMMENT_LIMIT}. Truncate it first.`);
    }
}

;// CONCATENATED MODULE: ./src/forge/bitbucket/pulls.ts



function toPull(p, context) {
    return {
        number: p.id,
        url: p.links?.html?.href ?? `${context.serverUrl}/${context.repository}/pull-requests/${p.id}`,
        headRef: p.source?.branch?.name ?? '',
        headSha: p.source?.commit?.hash ?? '',
        baseRef: p.destination?.branch?.name ?? '',
        baseSha: p.destination?.commit?.hash ?? undefined,
        state: p.state === 'OPEN' ? 'open' : p.state === 'MERGED' ? 'merged' : 'closed',
    };
}
/** Filter values are double-quoted strings in Bitbucket's query language. */
const quoted = (value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
/** A short hash from a pull request matches the full sha it abbreviates. */
const sameCommit = (short, sha) => short.length >= 7 && sha.toLowerCase().startsWith(short.toLowerCase());
function bitbucketPulls(client, context, logger) {
    const repo = () => repoPath(context);
    const where = () => `repository ${context.repository}`;
    async function openPullsAt(sha) {
        const found = [];
        for await (const p of client.pages(`${repo()}/pullrequests`, {
            state: 'OPEN',
            pagelen: '50',
        })) {
            if (sameCommit(p.source?.commit?.hash ?? '', sha))
                found.push({ ...toPull(p, context), headSha: sha });
        }
        return found;
    }
    return {
        /**
         * GET /commit/{sha}/pullrequests answers only once the Pull Request Commit Links app is
         * installed and has indexed the repository (202 while indexing, 404 before, per the
         * description); then we list the open pull requests and keep those whose source is `sha`.
         */
        async pullsForCommit(sha) {
            return refusals({
                action: `list the pull requests of commit ${sha}`,
                scope: 'pullrequest',
                notFound: where(),
            }, async () => {
                try {
                    const { status, data } = await client.request('GET', `${repo()}/commit/${encodeURIComponent(sha)}/pullrequests`, { query: { pagelen: '50' } });
                    if (status === 200) {
                        return (data.values ?? [])
                            .filter((p) => p.state === 'OPEN')
                            .map((p) => toPull(p, context))
                            .map((p) => (sameCommit(p.headSha, sha) ? { ...p, headSha: sha } : p))
                            .sort((a, b) => Number(b.headSha === sha) - Number(a.headSha === sha));
                    }
                    logger.debug(`Bitbucket is still indexing pull request links (${status}); listing open pull requests.`);
                }
                catch (error) {
                    if (bitbucketStatus(error) !== 404)
                        throw error;
                    logger.debug('Pull request commit links are not indexed (the app is not installed); listing open pull requests.');
                }
                return openPullsAt(sha);
            });
        },
        async getPull(number) {
            return refusals({
                action: `read pull request #${number}`,
                scope: 'pullrequest',
                notFound: `pull request #${number} in ${where()}`,
            }, async () => toPull((await client.request('GET', `${repo()}/pullrequests/${number}`)).data, context));
        },
        async findOpenPull(head, base) {
            const q = [
                `source.branch.name = ${quoted(head)}`,
                ...(base ? [`destination.branch.name = ${quoted(base)}`] : []),
            ];
            return refusals({ action: 'list pull requests', scope: 'pullrequest', notFound: where() }, async () => {
                const { data } = await client.request('GET', `${repo()}/pullrequests`, {
                    query: { state: 'OPEN', q: q.join(' AND '), pagelen: '10' },
                });
                const first = data.values?.[0];
                return first ? toPull(first, context) : undefined;
            });
        },
        async createPull({ head, base, title, body }) {
            return refusals({
                action: `open a pull request from ${head} into ${base}`,
                scope: 'pullrequest:write',
                notFound: where(),
            }, async () => {
                const { data } = await client.request('POST', `${repo()}/pullrequests`, {
                    json: {
                        title,
                        // The description's pullrequest has `summary` (raw/markup/html), not `description`.
                        summary: { raw: body },
                        source: { branch: { name: head } },
                        destination: { branch: { name: base } },
                    },
                });
                return toPull(data, context);
            });
        },
        async enableAutoMerge(pull) {
            throw new errors/* ConfigurationError */.j1(`Bitbucket Cloud has no auto-merge: pull request #${pull.number} was opened but will not merge itself. Drop --auto-merge, or merge it from a later pipeline step (POST \u2026/pullrequests/${pull.number}/merge).`);
        },
        async defaultBranch() {
            if (context.defaultBranch)
                return context.defaultBranch;
            return refusals({ action: `read ${where()}`, scope: 'repository', notFound: where() }, async () => {
                const { data } = await client.request('GET', repo());
                const name = data.mainbranch?.name;
                if (!name)
                    throw new errors/* ConfigurationError */.j1(`Bitbucket ${where()} has no main branch yet (an empty repository?).`);
                return name;
            });
        },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/forge/bitbucket/assets.ts




const CONCURRENCY = 4;
/**
 * Images go to the repository's Downloads (POST /downloads, multipart `files`), readable by
 * whoever can read the repository and by nobody else, with no commit in the history (why not a
 * cml-assets branch: docs/bitbucket.md). A download with an existing name is replaced, so each
 * file is named after its content (`cml-<sha256 prefix>-<name>`): identical images are stored
 * once and a report never points at a file that a later run overwrote.
 */
function bitbucketAssets(client, context, logger) {
    return {
        async publishAssets(files) {
            const urls = new Map();
            const byName = new Map();
            const upload = async (file, name) => {
                const form = new FormData();
                form.append('files', new Blob([file.bytes], { type: file.contentType }), name);
                await refusals({
                    action: `upload ${file.name} to the repository's Downloads`,
                    scope: 'repository:write',
                    notFound: `repository ${context.repository}`,
                }, () => client.request('POST', `${repoPath(context)}/downloads`, { form }));
                const url = `${repoWebUrl(context)}/downloads/${encodeURIComponent(name)}`;
                logger.debug(`uploaded ${file.name} as ${url}`);
                return url;
            };
            const queue = [...files];
            const worker = async () => {
                for (let file = queue.shift(); file; file = queue.shift()) {
                    const hash = (0,external_node_crypto_.createHash)('sha256').update(file.bytes).digest('hex').slice(0, 16);
                    const name = `cml-${hash}-${(0,external_node_path_.basename)(file.name).replace(/[^\w.-]+/g, '_')}`;
                    let url = byName.get(name);
                    if (!url) {
                        url = upload(file, name);
                        byName.set(name, url);
                    }
                    urls.set(file.name, await url);
                }
            };
            await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
            return urls;
        },
    };
}

;// CONCATENATED MODULE: ./src/forge/bitbucket/checks.ts



/** POST \u2026/annotations takes 1 to 100 items (`maxItems: 100` in the description). */
const ANNOTATIONS_PER_REQUEST = 100;
/** "a report can contain up to 1000 annotations" (the same operation's description). */
const ANNOTATIONS_PER_REPORT = 1000;
/**
 * The description gives no length limits for report details or annotation summaries; these
 * conservative caps keep long metric tables from being refused (the full text is in the
 * report comment and the job log).
 */
const DETAILS_LIMIT = 2000;
const SUMMARY_LIMIT = 450;
/** Build status keys are identifiers; long ones are shortened with a hash to stay unique. */
const KEY_LIMIT = 40;
/**
 * Bitbucket has no check runs: a check is a Code Insights report on the commit (shown in the
 * pull request's Reports, annotations on the diff) plus a build status with the same key, so
 * it also counts among the pull request's builds ("require passing builds" merge checks).
 */
function bitbucketChecks(client, context, logger) {
    const commit = (sha) => `${repoPath(context)}/commit/${encodeURIComponent(sha)}`;
    const fallbackUrl = (sha) => context.runUrl ?? `${repoWebUrl(context)}/commits/${sha}`;
    async function postStatus(sha, status) {
        await refusals({
            action: `set the build status '${status.name}' on commit ${sha}`,
            scope: 'repository',
            notFound: `commit ${sha} in ${context.repository}`,
        }, () => client.request('POST', `${commit(sha)}/statuses/build`, {
            json: { ...status, ...(context.ref ? { refname: context.ref } : {}) },
        }));
    }
    return {
        async createCheck(options) {
            const reportId = identifier(`cml-${options.name}`, 50);
            const result = reportResult(options.conclusion, options.status);
            const details = cut([options.title, options.summary].filter(Boolean).join('\n\n'), DETAILS_LIMIT);
            const where = {
                action: `publish the Code Insights report '${options.name}' on commit ${options.sha}`,
                scope: 'repository',
                notFound: `commit ${options.sha} in ${context.repository}`,
            };
            await refusals(where, () => client.request('PUT', `${commit(options.sha)}/reports/${reportId}`, {
                json: {
                    title: cut(options.name, 255),
                    details,
                    report_type: 'TEST',
                    reporter: 'cml',
                    result,
                    ...(options.detailsUrl ? { link: options.detailsUrl } : {}),
                },
            }));
            const all = options.annotations ?? [];
            const annotations = all.slice(0, ANNOTATIONS_PER_REPORT).map((a, i) => toAnnotation(a, i));
            if (all.length > annotations.length) {
                logger.warning(`Bitbucket keeps at most ${ANNOTATIONS_PER_REPORT} annotations per report; ${all.length - annotations.length} left in the job log.`);
            }
            for (let at = 0; at < annotations.length; at += ANNOTATIONS_PER_REQUEST) {
                await refusals(where, () => client.request('POST', `${commit(options.sha)}/reports/${reportId}/annotations`, {
                    json: annotations.slice(at, at + ANNOTATIONS_PER_REQUEST),
                }));
            }
            const url = options.detailsUrl ?? fallbackUrl(options.sha);
            await postStatus(options.sha, {
                key: identifier(reportId, KEY_LIMIT),
                state: result === 'PASSED' ? 'SUCCESSFUL' : result === 'FAILED' ? 'FAILED' : 'INPROGRESS',
                name: cut(options.name, 255),
                description: cut(options.title, 255),
                url,
            });
            logger.debug(`Code Insights report ${reportId} with ${annotations.length} annotation(s).`);
            // Reports are named by their key, not a number.
            return { id: 0, url };
        },
        async setCommitStatus(options) {
            await postStatus(options.sha, {
                key: identifier(options.context, KEY_LIMIT),
                state: options.state === 'pending'
                    ? 'INPROGRESS'
                    : options.state === 'success'
                        ? 'SUCCESSFUL'
                        : 'FAILED',
                name: cut(options.context, 255),
                description: cut(options.description, 255),
                url: options.targetUrl ?? fallbackUrl(options.sha),
            });
        },
    };
}
function reportResult(conclusion, status) {
    if (status === 'queued' || status === 'in_progress')
        return 'PENDING';
    return conclusion === 'success' || conclusion === 'neutral' || conclusion === 'skipped'
        ? 'PASSED'
        : 'FAILED';
}
function toAnnotation(a, index) {
    return {
        external_id: `cml-${index + 1}`,
        annotation_type: a.level === 'failure' ? 'BUG' : 'CODE_SMELL',
        severity: a.level === 'failure' ? 'HIGH' : a.level === 'warning' ? 'MEDIUM' : 'LOW',
        ...(a.level === 'failure' ? { result: 'FAILED' } : {}),
        summary: cut(a.title ? `${a.title}: ${a.message}` : a.message, SUMMARY_LIMIT),
        ...(a.message.length > SUMMARY_LIMIT ? { details: cut(a.message, DETAILS_LIMIT) } : {}),
        path: a.path,
        ...(a.line >= 1 ? { line: a.line } : {}),
    };
}
/** A key Bitbucket takes in a path segment: word characters, dots and dashes, bounded. */
function identifier(text, limit) {
    const clean = text.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'cml';
    if (clean.length <= limit)
        return clean;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 8);
    return `${clean.slice(0, limit - 9)}-${hash}`;
}
function cut(text, limit) {
    return text.length <= limit ? text : `${text.slice(0, limit - 1)}\u2026`;
}

;// CONCATENATED MODULE: ./src/forge/bitbucket/unsupported.ts

const NO_RUNNERS = 'Self-hosted runners on Bitbucket (Bitbucket Pipelines runners) are not supported by cml: runner-provision works with GitHub and GitLab only.';
/** Runners: Bitbucket Pipelines runners are out of scope; every call says so. */
function bitbucketRunners() {
    const refuse = async () => {
        throw new errors/* ConfigurationError */.j1(NO_RUNNERS);
    };
    return {
        registerRunner: refuse,
        findRunners: refuse,
        listRunners: refuse,
        getRunner: refuse,
        deleteRunner: refuse,
    };
}
/** Workflows: re-running a Bitbucket pipeline is not supported. */
function bitbucketWorkflows() {
    return {
        async rerun(runId) {
            throw new errors/* ConfigurationError */.j1(`Re-running Bitbucket pipelines is not supported (pipeline '${runId}'): re-run it from the Pipelines page.`);
        },
    };
}

;// CONCATENATED MODULE: ./src/forge/bitbucket/index.ts






/** Bitbucket Cloud's REST API root, when the context gives none. */
const BITBUCKET_API_URL = 'https://api.bitbucket.org/2.0';
/**
 * The Bitbucket Cloud driver: one fetch-based client shared by every capability.
 * `context.repository` is `workspace/repo_slug`, `context.apiUrl` the REST root
 * (https://api.bitbucket.org/2.0), `context.serverUrl` the web root (https://bitbucket.org).
 * The token is an access token (Bearer) or `username:app-password` (Basic).
 */
function createBitbucketForge(context, token, logger, 
/** Tests shorten retry waits; production passes nothing. */
retry) {
    // The password half of `username:app-password` is the secret that must not show.
    logger.mask(token);
    if (token.includes(':'))
        logger.mask(token.slice(token.indexOf(':') + 1));
    const client = createBitbucketClient({
        token,
        apiUrl: context.apiUrl || BITBUCKET_API_URL,
        logger,
        retry,
    });
    return {
        kind: 'bitbucket',
        commitUrl: (sha) => `${context.serverUrl}/${context.repository}/commits/${sha}`,
        ...bitbucketComments(client, context, logger),
        ...bitbucketPulls(client, context, logger),
        ...bitbucketAssets(client, context, logger),
        ...bitbucketChecks(client, context, logger),
        ...bitbucketRunners(),
        ...bitbucketWorkflows(),
    };
}


/***/ })

};
;