"use strict";
exports.id = 194;
exports.ids = [194];
exports.modules = {

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubForge: () => (/* binding */ createGitHubForge)
});

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 22 modules
var dist_src = __webpack_require__(891);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
// EXTERNAL MODULE: ./src/forge/http.ts
var http = __webpack_require__(2847);
;// CONCATENATED MODULE: ./src/forge/github/retry.ts

/** POSTs that may be sent twice: reads over POST, content-addressed objects, last-wins writes. */
const REPEATABLE_POSTS = [
    /^\/graphql$/,
    /\/git\/(blobs|trees|commits)$/,
    /\/statuses\/\{sha\}$/,
    /\/actions\/runners\/(registration|remove)-token$/,
];
function isRepeatable(method, route) {
    if (method.toUpperCase() !== 'POST')
        return true;
    return REPEATABLE_POSTS.some((re) => re.test(route));
}
/** The throttling plugin refused to wait this long (seconds); set on options.request. */
const REFUSED_WAIT = 'cmlRefusedRetryAfter';
/** The throttling plugin already retried this request for a rate limit. */
const THROTTLED = 'cmlThrottled';
/** A rate limit whose wait is longer than we are willing to wait. */
class RetryAfterTooLongError extends Error {
    retryAfterS;
    cause;
    name = 'RetryAfterTooLongError';
    status = 429;
    constructor(message, retryAfterS, cause) {
        super(message);
        this.retryAfterS = retryAfterS;
        this.cause = cause;
    }
}
function installRetry(hook, budget, logger, forge = 'GitHub') {
    hook.wrap('request', async (request, options) => {
        const method = (options.method ?? 'GET').toUpperCase();
        const route = String(options.url ?? '');
        const repeatable = isRepeatable(method, route);
        for (let attempt = 0;; attempt++) {
            try {
                return await request(options);
            }
            catch (error) {
                const refused = options.request?.[REFUSED_WAIT];
                if (typeof refused === 'number')
                    throw tooLong(forge, method, route, refused, budget, error);
                const status = error.status;
                // The throttling plugin already waited and retried this rate limit.
                if (options.request?.[THROTTLED] && (status === 403 || status === 429))
                    throw error;
                const headers = error.response?.headers;
                const after = (0,http/* retryAfterSeconds */.C3)(headers?.['retry-after']);
                const limited = status === 429;
                if (!limited && !(repeatable && (0,http/* isAmbiguousFailure */.Jh)(status)))
                    throw error;
                if (!error.request && status === undefined)
                    throw error;
                if (after !== undefined && after > budget.maxRetryAfterS) {
                    throw tooLong(forge, method, route, after, budget, error);
                }
                if (attempt >= budget.retries)
                    throw error;
                const waitS = after ?? (attempt + 1) ** 2;
                logger.info(`${forge}: ${method} ${route} failed (${status ?? 'no answer'}: ${error.message}); retrying in ${waitS} s (attempt ${attempt + 2} of ${budget.retries + 1}).`);
                await (0,http/* sleep */.yy)(waitS * budget.unitMs);
            }
        }
    });
}
function tooLong(forge, method, route, seconds, budget, cause) {
    return new RetryAfterTooLongError(`${forge} rate-limited ${method} ${route} and asked to wait ${Math.ceil(seconds)} s; cml waits at most ${budget.maxRetryAfterS} s (CML_FORGE_MAX_RETRY_AFTER_S). Run again later, or spread out the jobs that write to ${forge}.`, seconds, cause);
}

;// CONCATENATED MODULE: ./src/forge/github/client.ts





const CmlOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* throttling */.A);
/** A Bottleneck-shaped limiter that never waits (the throttling plugin only calls key().schedule()). */
const NO_WAIT = {
    key: () => ({
        schedule: (_options, job, ...args) => job(...args),
    }),
};
/**
 * Octokit with the throttling plugin (primary and secondary rate limits, honouring retry-after
 * up to a cap) and our retry policy (src/forge/github/retry.ts: 5xx and lost answers retried
 * only where a second request is harmless). Every attempt has a client timeout. Retries are
 * bounded so a dead API fails the step in seconds-to-minutes, not hours.
 */
function createGitHubClient(options) {
    const { logger } = options;
    // Masked in every logger before the first request, whoever built this client.
    (0,secrets/* registerSecret */.cl)(options.token);
    const budget = {
        ...(0,http/* budgetFromEnv */.ZJ)(),
        ...(options.retryAfterBaseValue !== undefined ? { unitMs: options.retryAfterBaseValue } : {}),
        ...options.budget,
    };
    const limiters = options.spaceWrites === false ? { write: NO_WAIT, notifications: NO_WAIT } : {};
    const onLimit = (kind) => (retryAfter, request, _o, retryCount) => {
        request.request ??= {};
        if (retryAfter > budget.maxRetryAfterS) {
            // Refuse; retry.ts turns the error into one that says why.
            request.request[REFUSED_WAIT] = retryAfter;
            return false;
        }
        if (retryCount >= budget.retries)
            return false;
        request.request[THROTTLED] = true;
        logger.warning(`GitHub ${kind} hit for ${request.method} ${request.url}; retrying in ${retryAfter} s.`);
        return true;
    };
    const client = new CmlOctokit({
        auth: options.token,
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        userAgent: 'cml-ts',
        request: {
            fetch: (0,http/* forgeFetch */.Sc)({ forge: 'GitHub', timeoutMs: budget.timeoutMs, secrets: [options.token] }),
        },
        log: {
            debug: (m) => logger.debug(m),
            info: (m) => logger.debug(m),
            warn: (m) => logger.warning(m),
            error: (m) => logger.debug(m),
        },
        throttle: {
            retryAfterBaseValue: budget.unitMs,
            ...limiters,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    });
    installRetry(client.hook, budget, logger);
    return client;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/forge/github/errors.ts
/**
 * Recognising GitHub's refusals. Octokit throws RequestError with a numeric `status`; the
 * drivers turn permission refusals into PermissionError (src/core/errors.ts) whose hint names
 * the workflow permission to add, so callers can warn instead of failing.
 */



/** Workflow `permissions:` each kind of write needs with GITHUB_TOKEN. */
const GITHUB_PERMISSIONS = {
    pr: 'pull-requests: write',
    issue: 'issues: write',
    commit: 'contents: write',
    assets: 'contents: write',
    pulls: 'pull-requests: write',
    checks: 'checks: write',
    statuses: 'statuses: write',
    actions: 'actions: write',
};
/** A refused write, naming the workflow permission that would allow it. */
class GitHubPermissionError extends errors/* PermissionError */.i_ {
    permission;
    constructor(message, 
    /** e.g. `pull-requests: write`, for the warning the caller prints. */
    permission, cause) {
        super(message, githubStatus(cause) === 401
            ? 'GitHub does not accept the token (401): check REPO_TOKEN / GITHUB_TOKEN, and that it has not expired.'
            : `The token needs \`permissions: ${permission}\` in the workflow. Pull requests from forks get a read-only GITHUB_TOKEN: use a token with write access there, or pull_request_target without running the fork's code.`);
        this.permission = permission;
        this.cause = cause;
    }
}
/** The HTTP status of a failed octokit request, if the error is one. */
function githubStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** 403/429 answers that are rate limits, not refusals (the plugins retry these a few times). */
function isRateLimited(error) {
    const status = githubStatus(error);
    if (status === 429)
        return true;
    if (status !== 403)
        return false;
    const e = error;
    return (/\bsecondary rate\b|\brate limit\b/i.test(String(e.message ?? '')) ||
        e.response?.headers?.['x-ratelimit-remaining'] === '0');
}
/**
 * GitHub refused the token: 401 (bad token), 403 that is not a rate limit ("Resource not
 * accessible by integration": a read-only token on a fork PR, or missing `permissions:`), a
 * GraphQL FORBIDDEN error, or a PermissionError the drivers already raised.
 */
function isPermissionDenied(error) {
    if (error instanceof errors/* PermissionError */.i_)
        return true;
    const status = githubStatus(error);
    if (status === 401)
        return true;
    if (status === 403)
        return !isRateLimited(error);
    const graphqlErrors = error?.errors;
    return Array.isArray(graphqlErrors) && graphqlErrors.some((e) => e.type === 'FORBIDDEN');
}
/** 404: missing things, and private repositories the token cannot see. */
function isNotFound(error) {
    return githubStatus(error) === 404;
}
/**
 * Runs a write; a permission refusal becomes a PermissionError naming the permission to add
 * (the original error stays as `cause`). Anything else passes through unchanged.
 */
async function withPermission(permission, what, write) {
    try {
        return await write();
    }
    catch (error) {
        if (!isPermissionDenied(error) || error instanceof errors/* PermissionError */.i_)
            throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new GitHubPermissionError(`GitHub refused to ${what}: ${reason}`, permission, error);
    }
}
/**
 * Runs a request; a 404 becomes a ForgeNotFoundError naming what is missing. GitHub also answers
 * 404 for a private repository the token cannot see, so the repository is checked: if it is
 * invisible too, the message says both (missing, or hidden from this token).
 */
async function explainNotFound(what, repository, repoVisible, request) {
    try {
        return await request();
    }
    catch (error) {
        if (!isNotFound(error))
            throw error;
        let visible = true;
        try {
            visible = await repoVisible();
        }
        catch {
            // Could not tell: name the thing asked for.
        }
        throw new http/* ForgeNotFoundError */.lv(visible
            ? `GitHub has no ${what} in ${repository} (404 Not Found).`
            : `GitHub answers 404 for the repository ${repository}: it does not exist, or the token cannot see it (GitHub answers 404, not 403, for private repositories a token has no access to). Check the repository name, and that the token can read it.`, error);
    }
}

;// CONCATENATED MODULE: ./src/forge/github/repo.ts

/** owner and repo from the context's owner/name, as octokit's route parameters want them. */
function repoParams(context) {
    const [owner, repo, extra] = context.repository.split('/');
    if (!owner || !repo || extra !== undefined) {
        throw new errors.ConfigurationError(`The GitHub repository '${context.repository}' is not owner/name: set GITHUB_REPOSITORY or pass --repo owner/name.`);
    }
    return { owner, repo };
}
/** The page number of a Link header's rel (GitHub's pagination), if present. */
function linkPage(link, rel) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="([^"]+)"/.exec(part.trim());
        if (m?.[2] !== rel || !m[1])
            continue;
        const page = new URL(m[1]).searchParams.get('page');
        return page === null ? undefined : Number(page);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/forge/github/comments.ts


/** GitHub refuses comment bodies over 65,536 characters (422 "body is too long"). */
const COMMENT_LIMIT = 65536;
const PER_PAGE = 100;
/** GITHUB_TOKEN's author when nothing better can be learnt. */
const ACTIONS_BOT = { login: 'github-actions[bot]' };
/**
 * Users are matched by id (it survives renames). App bots by login alone: `<slug>[bot]` names
 * cannot be taken by users, and this avoids relying on GraphQL's databaseId of a Bot being the
 * id REST shows on its comments.
 */
function identityOf(login, id) {
    return login.endsWith('[bot]') || typeof id !== 'number' ? { login } : { login, id };
}
function toComment(c) {
    return {
        id: c.id,
        body: c.body ?? '',
        author: c.user?.login ?? '',
        authorId: c.user?.id,
        url: c.html_url,
        createdAt: c.created_at,
    };
}
/**
 * Comments on pull requests and issues (the issues endpoints: a PR's conversation comments are
 * issue comments) and on commits (the commit comment endpoints).
 */
function githubComments(client, context, logger) {
    const repo = () => repoParams(context);
    let identity;
    const permissionFor = (target) => target.kind === 'pr'
        ? GITHUB_PERMISSIONS.pr
        : target.kind === 'issue'
            ? GITHUB_PERMISSIONS.issue
            : GITHUB_PERMISSIONS.commit;
    const describe = (target) => target.kind === 'commit' ? `commit ${target.sha}` : `${target.kind} #${target.number}`;
    const missing = (target) => target.kind === 'commit'
        ? `commit ${target.sha}`
        : `${target.kind === 'pr' ? 'pull request' : 'issue'} or ${target.kind === 'pr' ? 'issue' : 'pull request'} #${target.number}`;
    const repoVisible = async () => {
        try {
            await client.rest.repos.get(repo());
            return true;
        }
        catch (error) {
            if (isNotFound(error))
                return false;
            throw error;
        }
    };
    /** A write whose 404 says what is missing instead of hinting at permissions. */
    const write = (target, request) => explainNotFound(missing(target), context.repository, repoVisible, request);
    /**
     * One page of comments, oldest first within the page (GitHub lists oldest first). The issues
     * and commit-comments routes page the same way.
     */
    async function page(target, n) {
        const response = target.kind === 'commit'
            ? await client.rest.repos.listCommentsForCommit({
                ...repo(),
                commit_sha: target.sha,
                per_page: PER_PAGE,
                page: n,
            })
            : await client.rest.issues.listComments({
                ...repo(),
                issue_number: target.number,
                per_page: PER_PAGE,
                page: n,
            });
        return { comments: response.data, link: response.headers.link };
    }
    /**
     * Newest first, lazily: page 1 tells the last page (Link rel="last"), then the walk goes from
     * the last page back to page 2 and ends with page 1 already in hand. A hit on the newest page
     * costs two requests; a full walk over N comments costs ceil(N/100).
     */
    async function* listComments(target) {
        const first = await page(target, 1);
        const last = linkPage(first.link, 'last') ?? 1;
        // Deletions during the walk shift items to earlier pages; never yield one twice.
        const seen = new Set();
        for (let n = last; n >= 1; n--) {
            const comments = n === 1 ? first.comments : (await page(target, n)).comments;
            for (let i = comments.length - 1; i >= 0; i--) {
                const c = comments[i];
                if (seen.has(c.id))
                    continue;
                seen.add(c.id);
                yield toComment(c);
            }
        }
    }
    /**
     * Who writes our comments. GraphQL `viewer { login databaseId }` answers for every kind of
     * token in one request, including installation tokens (GITHUB_TOKEN, GitHub Apps: login
     * `<app-slug>[bot]`), for which REST GET /user answers 403. Should GraphQL be unavailable,
     * GET /user is asked, and a 403 there means an installation token: GITHUB_TOKEN's
     * github-actions[bot].
     */
    async function resolveIdentity() {
        try {
            const result = await client.graphql('query { viewer { login databaseId } }');
            return identityOf(result.viewer.login, result.viewer.databaseId);
        }
        catch (error) {
            logger.debug(`GraphQL viewer failed (${String(error)}); asking GET /user.`);
        }
        try {
            const { data } = await client.rest.users.getAuthenticated();
            return identityOf(data.login, data.id);
        }
        catch (error) {
            // 403 (not a rate limit) on GET /user is what an installation token gets.
            if (githubStatus(error) === 403 && !isRateLimited(error))
                return ACTIONS_BOT;
            throw error;
        }
    }
    return {
        commentLimit: COMMENT_LIMIT,
        identity: () => (identity ??= resolveIdentity()),
        listComments,
        async getComment(target, id) {
            try {
                const { data } = target.kind === 'commit'
                    ? await client.rest.repos.getCommitComment({ ...repo(), comment_id: id })
                    : await client.rest.issues.getComment({ ...repo(), comment_id: id });
                return toComment(data);
            }
            catch (error) {
                if (isNotFound(error))
                    return undefined;
                throw error;
            }
        },
        async createComment(target, body) {
            checkLength(body);
            return withPermission(permissionFor(target), `comment on ${describe(target)}`, () => write(target, async () => {
                const { data } = target.kind === 'commit'
                    ? await client.rest.repos.createCommitComment({
                        ...repo(),
                        commit_sha: target.sha,
                        body,
                    })
                    : await client.rest.issues.createComment({
                        ...repo(),
                        issue_number: target.number,
                        body,
                    });
                return toComment(data);
            }));
        },
        async updateComment(target, id, body) {
            checkLength(body);
            return withPermission(permissionFor(target), `update a comment on ${describe(target)}`, async () => {
                const { data } = target.kind === 'commit'
                    ? await client.rest.repos.updateCommitComment({ ...repo(), comment_id: id, body })
                    : await client.rest.issues.updateComment({ ...repo(), comment_id: id, body });
                return toComment(data);
            });
        },
        async deleteComment(target, id) {
            await withPermission(permissionFor(target), `delete a comment on ${describe(target)}`, () => target.kind === 'commit'
                ? client.rest.repos.deleteCommitComment({ ...repo(), comment_id: id })
                : client.rest.issues.deleteComment({ ...repo(), comment_id: id }));
        },
        // GitHub edits every kind of comment (GitLab's commit comments are the exception).
        canEdit: () => true,
    };
}
function checkLength(body) {
    if (body.length > COMMENT_LIMIT) {
        throw new Error(`The comment is ${body.length} characters long; GitHub accepts at most ${COMMENT_LIMIT}. Truncate it first.`);
    }
}

;// CONCATENATED MODULE: ./src/forge/github/pulls.ts


function toPull(p) {
    return {
        number: p.number,
        url: p.html_url,
        headRef: p.head.ref,
        headSha: p.head.sha,
        baseRef: p.base.ref,
        baseSha: p.base.sha,
        state: p.merged || p.merged_at ? 'merged' : p.state === 'open' ? 'open' : 'closed',
        nodeId: p.node_id,
    };
}
const MERGE_METHODS = { merge: 'MERGE', squash: 'SQUASH', rebase: 'REBASE' };
function githubPulls(client, context, _logger) {
    const repo = () => repoParams(context);
    let defaultBranch;
    const getPull = async (number) => toPull((await client.rest.pulls.get({ ...repo(), pull_number: number })).data);
    return {
        /**
         * Open PRs whose head is this very commit. GitHub also lists PRs that merely contain it
         * (and closed ones); CML's `auto` target wants the PR this commit is the tip of.
         */
        async pullsForCommit(sha) {
            try {
                const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
                    ...repo(),
                    commit_sha: sha,
                    per_page: 100,
                });
                return data
                    .filter((p) => p.state === 'open' && p.head.sha === sha)
                    .map(toPull);
            }
            catch (error) {
                // 422 "No commit found for SHA": a commit GitHub has not seen has no PRs.
                if (githubStatus(error) === 422 || githubStatus(error) === 404)
                    return [];
                throw error;
            }
        },
        getPull,
        async findOpenPull(head, base) {
            const qualified = head.includes(':') ? head : `${repo().owner}:${head}`;
            const { data } = await client.rest.pulls.list({
                ...repo(),
                state: 'open',
                head: qualified,
                ...(base ? { base } : {}),
                per_page: 100,
            });
            const first = data[0];
            return first ? toPull(first) : undefined;
        },
        async createPull({ head, base, title, body }) {
            return withPermission(GITHUB_PERMISSIONS.pulls, `open a pull request from ${head}`, async () => toPull((await client.rest.pulls.create({ ...repo(), head, base, title, body }))
                .data));
        },
        /** GraphQL only: REST has no auto-merge endpoint. Needs the PR's node id. */
        async enableAutoMerge(pull, method) {
            const nodeId = pull.nodeId ?? (await getPull(pull.number)).nodeId;
            await withPermission(GITHUB_PERMISSIONS.pulls, `enable auto-merge on pull request #${pull.number}`, () => client.graphql(`mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
              enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
                pullRequest { id }
              }
            }`, 
            // octokit reserves `method` (and query, url, headers) as option names.
            { pullRequestId: nodeId, mergeMethod: MERGE_METHODS[method] }));
        },
        defaultBranch() {
            defaultBranch ??= context.defaultBranch
                ? Promise.resolve(context.defaultBranch)
                : client.rest.repos.get(repo()).then(({ data }) => data.default_branch);
            return defaultBranch;
        },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/forge/github/assets.ts





/** The branch that holds report images (never merged; an orphan history of its own). */
const ASSETS_BRANCH = 'cml-assets';
/** Lost ref-update races (concurrent jobs publishing at once) are retried this many times. */
const ATTEMPTS = 8;
const EXTENSIONS = {
    'image/png': '.png',
    'image/jpeg': '.jpg',
    'image/gif': '.gif',
    'image/svg+xml': '.svg',
    'image/webp': '.webp',
    'text/html': '.html',
    'application/json': '.json',
};
/** Content-addressed name: sha256 of the bytes plus the file's extension (lower-cased). */
function assetPath(file) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(file.bytes).digest('hex');
    const ext = external_node_path_default().extname(file.name).toLowerCase() || EXTENSIONS[file.contentType] || '';
    return `${digest}${ext}`;
}
/** The git blob id of some bytes, to skip uploading what the branch already holds. */
function gitBlobSha(bytes) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/**
 * GitHub has no API for comment images. The files are committed to the `cml-assets` branch of
 * the same repository with the git data API (blobs, one tree, one commit, one ref update per
 * call) and linked as `${serverUrl}/${repo}/blob/${commit}/${path}?raw=true`, the form GitHub
 * renders inline for everyone who can read the repository, private ones included (see
 * docs/github-images.md). Linking the commit, not the branch, keeps old reports' images stable.
 */
function githubAssets(client, context, logger) {
    const repo = () => repoParams(context);
    const link = (commit, file) => `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}/blob/${commit}/${file}?raw=true`;
    async function branchHead() {
        try {
            const { data: ref } = await client.rest.git.getRef({
                ...repo(),
                ref: `heads/${ASSETS_BRANCH}`,
            });
            const { data: commit } = await client.rest.git.getCommit({
                ...repo(),
                commit_sha: ref.object.sha,
            });
            return { commit: commit.sha, tree: commit.tree.sha };
        }
        catch (error) {
            if (githubStatus(error) === 404)
                return undefined;
            throw error;
        }
    }
    /** Paths (and their blob ids) at the top of the branch's tree. */
    async function treeEntries(tree) {
        const { data } = await client.rest.git.getTree({ ...repo(), tree_sha: tree });
        return new Map(data.tree.map((e) => [e.path ?? '', e.sha ?? '']));
    }
    async function publish(files) {
        const byPath = new Map();
        const pathOf = new Map();
        for (const file of files) {
            const p = assetPath(file);
            byPath.set(p, file);
            pathOf.set(file.name, p);
        }
        const uploaded = new Map();
        for (let attempt = 1;; attempt++) {
            const head = await branchHead();
            const existing = head ? await treeEntries(head.tree) : new Map();
            const missing = [...byPath].filter(([p, file]) => existing.get(p) !== gitBlobSha(file.bytes));
            if (head && missing.length === 0) {
                logger.debug(`All ${byPath.size} assets are already on ${ASSETS_BRANCH}; no commit.`);
                return linksAt(head.commit);
            }
            for (const [p, file] of missing) {
                if (uploaded.has(p))
                    continue;
                const { data } = await client.rest.git.createBlob({
                    ...repo(),
                    content: file.bytes.toString('base64'),
                    encoding: 'base64',
                });
                uploaded.set(p, data.sha);
            }
            const { data: tree } = await client.rest.git.createTree({
                ...repo(),
                ...(head ? { base_tree: head.tree } : {}),
                tree: missing.map(([p]) => ({
                    path: p,
                    mode: '100644',
                    type: 'blob',
                    sha: uploaded.get(p),
                })),
            });
            const { data: commit } = await client.rest.git.createCommit({
                ...repo(),
                message: `cml: publish ${missing.length} report asset${missing.length === 1 ? '' : 's'}`,
                tree: tree.sha,
                parents: head ? [head.commit] : [],
            });
            try {
                if (head) {
                    await client.rest.git.updateRef({
                        ...repo(),
                        ref: `heads/${ASSETS_BRANCH}`,
                        sha: commit.sha,
                        force: false,
                    });
                }
                else {
                    await client.rest.git.createRef({
                        ...repo(),
                        ref: `refs/heads/${ASSETS_BRANCH}`,
                        sha: commit.sha,
                    });
                }
                return linksAt(commit.sha);
            }
            catch (error) {
                // 422: another job moved (or created) the branch first. Rebuild on its new head. A
                // lost answer (5xx, reset, timeout) may hide a ref write that was applied: the next
                // round reads the branch again and finds the files there (no commit), or writes again.
                const lost = (0,http/* isAmbiguousError */.TK)(error);
                if ((githubStatus(error) !== 422 && !lost) || attempt >= ATTEMPTS)
                    throw error;
                const wait = Math.round(50 * attempt * (1 + Math.random()));
                logger.debug(lost
                    ? `Writing ${ASSETS_BRANCH} got no clear answer (${String(error)}); checking it again in ${wait} ms.`
                    : `${ASSETS_BRANCH} moved under us (attempt ${attempt}); retrying in ${wait} ms.`);
                await new Promise((resolve) => setTimeout(resolve, wait));
            }
        }
        function linksAt(commit) {
            const links = new Map();
            for (const [name, p] of pathOf)
                links.set(name, link(commit, p));
            return links;
        }
    }
    return {
        async publishAssets(files) {
            if (files.length === 0)
                return new Map();
            return withPermission(GITHUB_PERMISSIONS.assets, `commit report images to the ${ASSETS_BRANCH} branch`, () => publish(files));
        },
    };
}

;// CONCATENATED MODULE: ./src/forge/github/checks.ts

/** GitHub's limits on a check run's output (FIELD-NOTES: 65,535 characters; 50 annotations a request). */
const CHECK_TEXT_LIMIT = 65_535;
const ANNOTATIONS_PER_REQUEST = 50;
/** Commit status descriptions longer than this are refused. */
const STATUS_DESCRIPTION_LIMIT = 140;
/**
 * Check runs and commit statuses. A check run's annotations go 50 at a time: the first batch
 * with the create call, the rest with updates of the same run (GitHub appends them).
 */
function githubChecks(client, context, logger) {
    const [owner = '', repo = ''] = context.repository.split('/');
    return {
        async createCheck(options) {
            const status = options.status ?? 'completed';
            const annotations = (options.annotations ?? []).map(toGitHubAnnotation);
            const output = {
                title: truncate(options.title, 1000),
                summary: truncate(options.summary, CHECK_TEXT_LIMIT),
                ...(options.text !== undefined ? { text: truncate(options.text, CHECK_TEXT_LIMIT) } : {}),
            };
            const created = await withPermission('checks: write', 'create a check run', () => client.rest.checks.create({
                owner,
                repo,
                name: options.name,
                head_sha: options.sha,
                status,
                ...(status === 'completed'
                    ? { conclusion: options.conclusion, completed_at: new Date().toISOString() }
                    : {}),
                ...(options.detailsUrl ? { details_url: options.detailsUrl } : {}),
                output: { ...output, annotations: annotations.slice(0, ANNOTATIONS_PER_REQUEST) },
            }));
            const id = created.data.id;
            for (let at = ANNOTATIONS_PER_REQUEST; at < annotations.length; at += ANNOTATIONS_PER_REQUEST) {
                await withPermission('checks: write', 'add annotations to a check run', () => client.rest.checks.update({
                    owner,
                    repo,
                    check_run_id: id,
                    output: {
                        title: output.title,
                        summary: output.summary,
                        annotations: annotations.slice(at, at + ANNOTATIONS_PER_REQUEST),
                    },
                }));
            }
            logger.debug(`Check run ${id} created with ${annotations.length} annotation(s).`);
            return { id, url: created.data.html_url ?? undefined };
        },
        async setCommitStatus(options) {
            await withPermission('statuses: write', 'set a commit status', () => client.rest.repos.createCommitStatus({
                owner,
                repo,
                sha: options.sha,
                state: options.state,
                context: options.context,
                description: truncate(options.description, STATUS_DESCRIPTION_LIMIT),
                ...(options.targetUrl ? { target_url: options.targetUrl } : {}),
            }));
        },
    };
}
function toGitHubAnnotation(a) {
    return {
        path: a.path,
        start_line: a.line,
        end_line: a.line,
        annotation_level: a.level,
        message: truncate(a.message, CHECK_TEXT_LIMIT),
        ...(a.title ? { title: truncate(a.title, 255) } : {}),
    };
}
/** Cuts text to a limit, saying so at the end (the cut never splits a surrogate pair). */
function truncate(text, limit) {
    if (text.length <= limit)
        return text;
    const note = '\n\n\u2026 (truncated)';
    let cut = limit - note.length;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut--;
    return text.slice(0, Math.max(0, cut)) + note;
}

;// CONCATENATED MODULE: ./src/forge/github/runners.ts




function toRunner(r) {
    return {
        id: r.id,
        name: r.name,
        status: r.status,
        busy: r.busy,
        labels: (r.labels ?? []).map((l) => l.name),
    };
}
/**
 * Self-hosted runners of the run's repository or of an organisation. Ephemeral runners get a
 * just-in-time configuration (single use, removed by GitHub after its job); reusable ones a
 * registration token. Secrets are masked the moment they arrive. API errors (auth, rate limit)
 * propagate: a failed poll is never read as "not online yet".
 */
function githubRunners(client, context, logger) {
    function repoParts() {
        const [owner, repo] = context.repository.split('/');
        if (!owner || !repo) {
            throw new errors.ConfigurationError(`Cannot tell the repository for runners (GITHUB_REPOSITORY='${context.repository}').`);
        }
        return { owner, repo };
    }
    function orgOf(scope) {
        const org = scope.owner ?? repoParts().owner;
        return org;
    }
    const isOrg = (scope) => scope?.level === 'organization';
    /** Deletes the runners named `name` (what a lost registration made); returns how many. */
    async function removeOrphans(name, scope) {
        const found = await api.findRunners(name, scope);
        for (const runner of found)
            await api.deleteRunner(runner.id, scope);
        return found.length;
    }
    const api = {
        async registerRunner(options) {
            const scope = options.scope;
            if (options.reuse || !options.ephemeral) {
                const { data } = isOrg(scope)
                    ? await client.rest.actions.createRegistrationTokenForOrg({ org: orgOf(scope) })
                    : await client.rest.actions.createRegistrationTokenForRepo(repoParts());
                logger.mask(data.token);
                return { secret: data.token, kind: 'github-registration-token' };
            }
            const body = {
                name: options.name,
                runner_group_id: options.runnerGroupId ?? 1,
                labels: options.labels,
                work_folder: '_work',
            };
            const generate = () => isOrg(scope)
                ? client.rest.actions.generateRunnerJitconfigForOrg({ org: orgOf(scope), ...body })
                : client.rest.actions.generateRunnerJitconfigForRepo({ ...repoParts(), ...body });
            const budget = (0,http/* budgetFromEnv */.ZJ)();
            for (let attempt = 1;; attempt++) {
                try {
                    const { data } = await generate();
                    logger.mask(data.encoded_jit_config);
                    return { id: data.runner.id, secret: data.encoded_jit_config, kind: 'github-jit' };
                }
                catch (error) {
                    if (!(0,http/* isAmbiguousError */.TK)(error)) {
                        if (githubStatus(error) === 409) {
                            throw new Error(`GitHub already has a runner named '${options.name}' (409): runner names are unique per ${isOrg(scope) ? 'organisation' : 'repository'}. Remove it or choose another name.`, { cause: error });
                        }
                        throw error;
                    }
                    // The registration may have been made and its answer lost: the runner exists, its
                    // JIT configuration is gone with the answer, and registering the same name again
                    // answers 409. Delete what the lost request made before trying again (and before
                    // giving up, so no orphan is left behind).
                    const removed = await removeOrphans(options.name, scope);
                    if (attempt > budget.retries) {
                        throw new Error(`GitHub did not answer the JIT registration of runner '${options.name}' after ${attempt} attempts (${(0,errors/* errorMessage */.gJ)(error)})${removed ? `; removed ${removed} runner(s) the lost requests registered` : ''}.`, { cause: error });
                    }
                    logger.info(`Registering runner '${options.name}' failed (${(0,errors/* errorMessage */.gJ)(error)})${removed ? `; removed the runner the lost request registered` : ''}; trying again in ${attempt ** 2} s.`);
                    await (0,http/* sleep */.yy)(attempt ** 2 * budget.unitMs);
                }
            }
        },
        async findRunners(name, scope) {
            const { data } = isOrg(scope)
                ? await client.rest.actions.listSelfHostedRunnersForOrg({
                    org: orgOf(scope),
                    name,
                    per_page: 100,
                })
                : await client.rest.actions.listSelfHostedRunnersForRepo({
                    ...repoParts(),
                    name,
                    per_page: 100,
                });
            return data.runners.filter((r) => r.name === name).map(toRunner);
        },
        async listRunners(scope) {
            const runners = isOrg(scope)
                ? await client.paginate(client.rest.actions.listSelfHostedRunnersForOrg, {
                    org: orgOf(scope),
                    per_page: 100,
                })
                : await client.paginate(client.rest.actions.listSelfHostedRunnersForRepo, {
                    ...repoParts(),
                    per_page: 100,
                });
            return runners.map(toRunner);
        },
        async getRunner(id, scope) {
            try {
                const { data } = isOrg(scope)
                    ? await client.rest.actions.getSelfHostedRunnerForOrg({
                        org: orgOf(scope),
                        runner_id: id,
                    })
                    : await client.rest.actions.getSelfHostedRunnerForRepo({ ...repoParts(), runner_id: id });
                return toRunner(data);
            }
            catch (error) {
                if (error.status === 404)
                    return undefined;
                throw error;
            }
        },
        async deleteRunner(id, scope) {
            try {
                if (isOrg(scope)) {
                    await client.rest.actions.deleteSelfHostedRunnerFromOrg({
                        org: orgOf(scope),
                        runner_id: id,
                    });
                }
                else {
                    await client.rest.actions.deleteSelfHostedRunnerFromRepo({
                        ...repoParts(),
                        runner_id: id,
                    });
                }
            }
            catch (error) {
                // Already gone (GitHub removes used JIT runners itself): nothing to do.
                if (error.status !== 404)
                    throw error;
            }
        },
    };
    return api;
}

;// CONCATENATED MODULE: ./src/forge/github/workflows.ts

const DEFAULT_TIMING = { pollMs: 5_000, timeoutMs: 5 * 60_000 };
/**
 * Re-runs a workflow run as CML's `workflow rerun` does: GitHub refuses to re-run a run that is
 * still going, so a queued or in-progress run is cancelled first and re-run once it has
 * stopped, waiting a bounded time (CML waited forever).
 */
function githubWorkflows(client, context, logger, timing = timingFromEnv()) {
    const [owner = '', repo = ''] = context.repository.split('/');
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
    return {
        async rerun(runId) {
            const run_id = Number(runId);
            if (!Number.isInteger(run_id) || run_id <= 0) {
                throw new errors.ConfigurationError(`--id must be a workflow run id (a number), got '${runId}'.`);
            }
            let { status } = (await client.rest.actions.getWorkflowRun({ owner, repo, run_id })).data;
            if (status !== 'completed') {
                logger.info(`Run ${run_id} is ${status}; cancelling it before the re-run.`);
                await client.rest.actions.cancelWorkflowRun({ owner, repo, run_id });
                const deadline = Date.now() + timing.timeoutMs;
                while (status !== 'completed') {
                    if (Date.now() > deadline) {
                        throw new Error(`Run ${run_id} was cancelled but is still ${status} after ${Math.round(timing.timeoutMs / 1000)} s; re-run it later.`);
                    }
                    await sleep(timing.pollMs);
                    ({ status } = (await client.rest.actions.getWorkflowRun({ owner, repo, run_id })).data);
                }
            }
            await client.rest.actions.reRunWorkflow({ owner, repo, run_id });
            logger.info(`Re-running workflow run ${run_id}.`);
        },
        async runOfJob(jobId) {
            const job_id = Number(jobId);
            if (!Number.isInteger(job_id) || job_id <= 0) {
                throw new errors.ConfigurationError(`--job-id must be a job id (a number), got '${jobId}'.`);
            }
            const { data } = await client.rest.actions.getJobForWorkflowRun({ owner, repo, job_id });
            return String(data.run_id);
        },
    };
}
/** Tests shorten the wait with CML_RERUN_POLL_MS / CML_RERUN_TIMEOUT_MS. */
function timingFromEnv(env = process.env) {
    const poll = Number(env.CML_RERUN_POLL_MS);
    const timeout = Number(env.CML_RERUN_TIMEOUT_MS);
    return {
        pollMs: poll > 0 ? poll : DEFAULT_TIMING.pollMs,
        timeoutMs: timeout > 0 ? timeout : DEFAULT_TIMING.timeoutMs,
    };
}

;// CONCATENATED MODULE: ./src/forge/github/index.ts







/**
 * The GitHub driver: one client shared by every capability. Each capability factory returns a
 * plain object of functions (no class instances: spreading would drop their prototype methods).
 */
function createGitHubForge(context, token, logger, 
/** Tests shorten retry waits and turn off write spacing; production passes nothing. */
clientOptions = {}) {
    const client = createGitHubClient({ ...clientOptions, token, apiUrl: context.apiUrl, logger });
    return {
        kind: 'github',
        commitUrl: (sha) => `${context.serverUrl}/${context.repository}/commit/${sha}`,
        ...githubComments(client, context, logger),
        ...githubPulls(client, context, logger),
        ...githubAssets(client, context, logger),
        ...githubChecks(client, context, logger),
        ...githubRunners(client, context, logger),
        ...githubWorkflows(client, context, logger),
    };
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


/***/ })

};
;