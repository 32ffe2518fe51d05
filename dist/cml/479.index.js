exports.id = 479;
exports.ids = [479];
exports.modules = {

/***/ 9929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createForge: () => (/* binding */ createForge)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
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
    const note = '\n\n… (truncated)';
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

// EXTERNAL MODULE: ./node_modules/@gitbeaker/rest/dist/index.mjs + 1 modules
var dist = __webpack_require__(7582);
// EXTERNAL MODULE: ./node_modules/@gitbeaker/requester-utils/dist/index.mjs
var requester_utils_dist = __webpack_require__(3888);
;// CONCATENATED MODULE: ./src/forge/gitlab/client.ts




/** The defaults, with the CML_FORGE_* overrides of src/forge/http.ts (docs/limits.md). */
function defaultRetry() {
    const budget = (0,http/* budgetFromEnv */.ZJ)();
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
    (0,secrets/* registerSecret */.cl)(options.token);
    const policy = { ...defaultRetry(), ...options.retry };
    const fetcher = (0,http/* forgeFetch */.Sc)({
        forge: 'GitLab',
        timeoutMs: policy.timeoutMs,
        secrets: [options.token],
    });
    const requesterFn = (0,requester_utils_dist/* createRequesterFn */.PD)(
    // gitbeaker's resource URL is `${host}/api/v4/<resource prefix>`; with host = apiUrl, cut
    // the `/api/v4` it inserted and keep the resource prefix (e.g. `projects`).
    (service, request) => Promise.resolve({
        ...request,
        prefixUrl: apiUrl + service.url.slice(`${apiUrl}/api/v4`.length),
    }), (endpoint, request) => send(endpoint, (request ?? {}), policy, options.logger, fetcher));
    return new dist/* Gitlab */.mJr({ host: apiUrl, token: options.token, requesterFn });
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
    const seconds = (0,http/* retryAfterSeconds */.C3)(header, now);
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
                throw client_tooLong(await requestError(req, response), method, url, asked, policy);
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
    if (cause instanceof http/* ForgeTimeoutError */.dT)
        return Object.assign(new http/* ForgeNetworkError */.IL(cause.message), { cause: error });
    const detail = cause instanceof Error
        ? `${cause.code ?? cause.name}: ${cause.message}`
        : String(error.message ?? error);
    return Object.assign(new http/* ForgeNetworkError */.IL(`GitLab: ${method} ${url.pathname} got no answer (${detail})`), { cause: error });
}
function client_tooLong(error, method, url, askedMs, policy) {
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
    return new dist/* GitbeakerRequestError */.UNz(description, {
        cause: { description, request, response: Object.assign(response, { text: async () => text }) },
    });
}

;// CONCATENATED MODULE: ./src/forge/gitlab/errors.ts
/** The HTTP status of a failed gitbeaker request, if the error is one. */
function gitlabStatus(error) {
    if (!(error instanceof Error))
        return undefined;
    const cause = error.cause;
    const status = cause?.response?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * GitLab refused the token: 401 (unknown or expired token) or 403 (a read-only token, a
 * missing `api` scope, or CI_JOB_TOKEN, which cannot write notes). Callers turn this into a
 * warning that names the missing permission instead of failing the job.
 */
function errors_isPermissionDenied(error) {
    const status = gitlabStatus(error);
    return status === 401 || status === 403;
}
/** 404: GitLab's answer for missing things and for private projects the token cannot see. */
function errors_isNotFound(error) {
    return gitlabStatus(error) === 404;
}
/** What to tell the user when GitLab refuses a write. */
const GITLAB_PERMISSION_HINT = 'use a project or personal access token with the api scope (and at least the Reporter role to comment, Developer to open merge requests) in REPO_TOKEN or GITLAB_TOKEN; CI_JOB_TOKEN cannot write notes';

;// CONCATENATED MODULE: ./src/forge/gitlab/project.ts

function projectRef(client, context) {
    if (!context.projectId && !context.repository) {
        // Without either, every request goes to `/projects/` and GitLab answers a bare 404.
        throw new errors.ConfigurationError(context.platform === 'gitlab'
            ? 'CI_PROJECT_ID is not set (nor CI_PROJECT_PATH): cannot tell which GitLab project to use. GitLab CI sets both in every job; set CI_PROJECT_ID to the numeric project id if this job clears them.'
            : 'No GitLab project: pass --repo (group/project or its web URL).', { input: 'CI_PROJECT_ID' });
    }
    const id = context.projectId && /^\d+$/.test(context.projectId)
        ? Number(context.projectId)
        : context.repository;
    let path = context.repository
        ? Promise.resolve(context.repository)
        : undefined;
    const resolve = () => (path ??= client.Projects.show(id).then((p) => String(p.path_with_namespace)));
    return {
        id,
        path: resolve,
        webUrl: async () => `${context.serverUrl}/${await resolve()}`,
    };
}

;// CONCATENATED MODULE: ./src/forge/gitlab/comments.ts



/** GitLab's note body limit, in characters. */
const GITLAB_NOTE_LIMIT = 1_000_000;
const comments_PER_PAGE = 100;
/**
 * Comments on merge requests and issues (notes) and on commits. Notes are listed newest first
 * (`sort=desc&order_by=created_at`), 100 a page, fetched only as the caller iterates, and
 * system notes ("added 1 commit") are skipped. Commit comments have no id, no sort and cannot
 * be edited: they are walked from the last page backwards and numbered by position.
 */
function gitlabComments(client, context, _logger) {
    const project = projectRef(client, context);
    let identity;
    const noteUrl = async (target, id) => {
        const web = await project.webUrl();
        if (target.kind === 'pr')
            return `${web}/-/merge_requests/${target.number}#note_${id}`;
        if (target.kind === 'issue')
            return `${web}/-/issues/${target.number}#note_${id}`;
        return `${web}/-/commit/${target.sha}`;
    };
    const fromNote = async (target, note) => ({
        id: note.id,
        body: note.body,
        author: note.author.username,
        authorId: note.author.id,
        url: await noteUrl(target, note.id),
        createdAt: note.created_at,
    });
    const fromCommitComment = async (target, comment, id) => ({
        id,
        body: comment.note,
        author: comment.author.username,
        authorId: comment.author.id,
        url: await noteUrl(target, id),
        createdAt: typeof comment.created_at === 'string' ? comment.created_at : undefined,
    });
    const notesPage = (target, page) => {
        const options = {
            sort: 'desc',
            orderBy: 'created_at',
            perPage: comments_PER_PAGE,
            page,
            showExpanded: true,
        };
        const request = target.kind === 'pr'
            ? client.MergeRequestNotes.all(project.id, target.number, options)
            : client.IssueNotes.all(project.id, target.number, options);
        return request;
    };
    const commitPage = (sha, page, perPage = comments_PER_PAGE) => 
    // gitbeaker's types omit pagination for this endpoint; GitLab paginates it like any list.
    client.Commits.allComments(project.id, sha, {
        showExpanded: true,
        ...{ page, perPage },
    });
    async function* listComments(target) {
        if (target.kind === 'commit') {
            const first = await commitPage(target.sha, 1);
            const pages = Math.max(1, first.paginationInfo.totalPages || 1);
            for (let page = pages; page >= 1; page--) {
                const { data } = page === 1 ? first : await commitPage(target.sha, page);
                for (let i = data.length - 1; i >= 0; i--) {
                    yield fromCommitComment(target, data[i], (page - 1) * comments_PER_PAGE + i + 1);
                }
            }
            return;
        }
        for (let page = 1;;) {
            const { data, paginationInfo } = await notesPage(target, page);
            for (const note of data)
                if (!note.system)
                    yield fromNote(target, note);
            if (!paginationInfo.next || data.length === 0)
                return;
            page = paginationInfo.next;
        }
    }
    async function create(target, body) {
        if (target.kind === 'commit') {
            const created = await client.Commits.createComment(project.id, target.sha, body);
            // Commit comments carry no id: ours is the last one, so its position is the total.
            const { paginationInfo } = await commitPage(target.sha, 1, 1);
            return fromCommitComment(target, created, paginationInfo.total);
        }
        const note = target.kind === 'pr'
            ? await client.MergeRequestNotes.create(project.id, target.number, body)
            : await client.IssueNotes.create(project.id, target.number, body);
        return fromNote(target, note);
    }
    /** A 404 that names what is missing: the project, or the merge request / issue / commit. */
    async function notFound(target, error) {
        let projectVisible = true;
        try {
            await client.Projects.show(project.id);
        }
        catch (e) {
            if (errors_isNotFound(e))
                projectVisible = false;
        }
        const what = target.kind === 'commit'
            ? `commit ${target.sha}`
            : `${target.kind === 'pr' ? 'merge request' : 'issue'} !${target.number}`.replace(/^issue !/, 'issue #');
        const message = projectVisible
            ? `GitLab has no ${what} in project ${project.id} (404 Not Found).`
            : `GitLab answers 404 for project ${project.id}: it does not exist, or the token cannot see it (GitLab answers 404 for private projects a token has no access to). Check CI_PROJECT_ID / --repo, and that the token can read the project.`;
        return new http/* ForgeNotFoundError */.lv(message, error);
    }
    return {
        commentLimit: GITLAB_NOTE_LIMIT,
        identity() {
            identity ??= client.Users.showCurrentUser().then((user) => ({
                login: String(user.username),
                id: Number(user.id),
            }));
            return identity;
        },
        listComments,
        async getComment(target, id) {
            if (target.kind === 'commit') {
                for await (const comment of listComments(target))
                    if (comment.id === id)
                        return comment;
                return undefined;
            }
            try {
                const note = target.kind === 'pr'
                    ? await client.MergeRequestNotes.show(project.id, target.number, id)
                    : await client.IssueNotes.show(project.id, target.number, id);
                return fromNote(target, note);
            }
            catch (error) {
                if (errors_isNotFound(error))
                    return undefined;
                throw error;
            }
        },
        async createComment(target, body) {
            try {
                return await create(target, body);
            }
            catch (error) {
                if (!errors_isNotFound(error))
                    throw error;
                throw await notFound(target, error);
            }
        },
        async updateComment(target, id, body) {
            if (target.kind === 'commit')
                throw new Error('GitLab commit comments cannot be edited');
            const note = target.kind === 'pr'
                ? await client.MergeRequestNotes.edit(project.id, target.number, id, { body })
                : await client.IssueNotes.edit(project.id, target.number, id, { body });
            return fromNote(target, note);
        },
        async deleteComment(target, id) {
            if (target.kind === 'commit')
                throw new Error('GitLab commit comments cannot be deleted');
            if (target.kind === 'pr')
                await client.MergeRequestNotes.remove(project.id, target.number, id);
            else
                await client.IssueNotes.remove(project.id, target.number, id);
        },
        canEdit: (target) => target.kind !== 'commit',
    };
}

;// CONCATENATED MODULE: ./src/forge/gitlab/pulls.ts

function pulls_toPull(mr) {
    return {
        number: mr.iid,
        url: mr.web_url,
        headRef: mr.source_branch,
        headSha: mr.sha ?? '',
        baseRef: mr.target_branch,
        baseSha: mr.diff_refs?.base_sha ?? undefined,
        state: mr.state === 'opened' ? 'open' : mr.state === 'merged' ? 'merged' : 'closed',
    };
}
/** Merge requests as the driver's pull requests (number = iid). */
function gitlabPulls(client, context, logger) {
    const project = projectRef(client, context);
    return {
        async pullsForCommit(sha) {
            // GitLab lists every MR that contains the commit; keep the open ones, heads first.
            const mrs = (await client.Commits.allMergeRequests(project.id, sha));
            return mrs
                .filter((mr) => mr.state === 'opened')
                .map(pulls_toPull)
                .sort((a, b) => Number(b.headSha === sha) - Number(a.headSha === sha));
        },
        async getPull(number) {
            return pulls_toPull((await client.MergeRequests.show(project.id, number)));
        },
        async findOpenPull(head, base) {
            const mrs = (await client.MergeRequests.all({
                projectId: project.id,
                sourceBranch: head,
                ...(base ? { targetBranch: base } : {}),
                state: 'opened',
                perPage: 20,
                maxPages: 1,
            }));
            const first = mrs[0];
            return first ? pulls_toPull(first) : undefined;
        },
        async createPull({ head, base, title, body }) {
            const mr = await client.MergeRequests.create(project.id, head, base, title, {
                description: body,
            });
            return pulls_toPull(mr);
        },
        async enableAutoMerge(pull, method) {
            if (method === 'rebase') {
                logger.warning('GitLab merges with the project\'s merge method (Settings > Merge requests); "rebase" cannot be chosen per merge request.');
            }
            // auto_merge replaced merge_when_pipeline_succeeds in GitLab 17.11; older instances
            // ignore the parameter they do not know, so send both. `sha` guards against a push
            // landing between our commit and this call.
            await client.MergeRequests.merge(project.id, pull.number, {
                autoMerge: true,
                mergeWhenPipelineSucceeds: true,
                ...(method === 'squash' ? { squash: true } : {}),
                ...(pull.headSha ? { sha: pull.headSha } : {}),
            });
        },
        async defaultBranch() {
            if (context.defaultBranch)
                return context.defaultBranch;
            const info = await client.Projects.show(project.id);
            return String(info.default_branch);
        },
    };
}

;// CONCATENATED MODULE: ./src/forge/gitlab/assets.ts



const CONCURRENCY = 4;
/**
 * Images go to the project's Markdown uploads. GitLab answers with a project-relative URL
 * (`/uploads/<secret>/<name>`), which renders in notes of that project only; we return it
 * absolute (`${CI_SERVER_URL}/<project path>/uploads/<secret>/<name>`), the form GitLab itself
 * expands it to, so the same report also works in the job artifact and anywhere else.
 * Identical files are uploaded once.
 */
function gitlabAssets(client, context, logger) {
    const project = projectRef(client, context);
    return {
        async publishAssets(files) {
            const urls = new Map();
            const byContent = new Map();
            const webUrl = await project.webUrl();
            const upload = async (file) => {
                const created = await client.ProjectMarkdownUploads.create(project.id, {
                    content: new Blob([file.bytes], { type: file.contentType }),
                    filename: (0,external_node_path_.basename)(file.name),
                });
                logger.debug(`uploaded ${file.name} as ${created.url}`);
                return `${webUrl}${String(created.url)}`;
            };
            const queue = [...files];
            const worker = async () => {
                for (let file = queue.shift(); file; file = queue.shift()) {
                    const key = (0,external_node_crypto_.createHash)('sha256')
                        .update(file.bytes)
                        .update((0,external_node_path_.basename)(file.name))
                        .digest('hex');
                    let url = byContent.get(key);
                    if (!url) {
                        url = upload(file);
                        byContent.set(key, url);
                    }
                    urls.set(file.name, await url);
                }
            };
            await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
            return urls;
        },
    };
}

;// CONCATENATED MODULE: ./src/forge/gitlab/checks.ts



/** GitLab keeps commit status descriptions short; longer ones are cut. */
const DESCRIPTION_LIMIT = 255;
/**
 * GitLab has no check runs: a "check" is a commit status (POST /projects/:id/statuses/:sha)
 * named after the check, whose description carries the title and whose link points at the job.
 * The summary and annotations have nowhere to go (the job log and report carry them).
 */
function gitlabChecks(client, context, logger) {
    const project = projectRef(client, context);
    const pipelineId = /^\d+$/.test(context.runId ?? '') ? Number(context.runId) : undefined;
    const post = async (sha, state, options) => {
        try {
            return (await client.Commits.editStatus(project.id, sha, state, {
                name: options.name,
                description: cut(options.description),
                ...(options.targetUrl ? { targetUrl: options.targetUrl } : {}),
                // Attach the status to this pipeline rather than an external one GitLab would create.
                ...(pipelineId ? { pipelineId } : {}),
                ...(context.ref ? { ref: context.ref } : {}),
            }));
        }
        catch (error) {
            if (errors_isPermissionDenied(error)) {
                throw new errors/* PermissionError */.i_(`GitLab refused to set the commit status '${options.name}': ${error.message}`, `The token needs to write commit statuses: ${GITLAB_PERMISSION_HINT}.`);
            }
            throw error;
        }
    };
    return {
        async createCheck(options) {
            const state = checkState(options.conclusion, options.status);
            const status = await post(options.sha, state, {
                name: options.name,
                description: options.title,
                targetUrl: options.detailsUrl ?? context.runUrl,
            });
            if (options.annotations?.length) {
                logger.debug(`GitLab commit statuses carry no annotations; ${options.annotations.length} left in the job log.`);
            }
            return { id: Number(status.id ?? 0), url: status.target_url ?? undefined };
        },
        async setCommitStatus(options) {
            const state = options.state === 'error' || options.state === 'failure' ? 'failed' : options.state;
            await post(options.sha, state, {
                name: options.context,
                description: options.description,
                targetUrl: options.targetUrl,
            });
        },
    };
}
function checkState(conclusion, status) {
    if (status === 'queued')
        return 'pending';
    if (status === 'in_progress')
        return 'running';
    if (conclusion === 'success' || conclusion === 'neutral' || conclusion === 'skipped')
        return 'success';
    if (conclusion === 'cancelled')
        return 'canceled';
    return 'failed';
}
function cut(text) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length <= DESCRIPTION_LIMIT
        ? oneLine
        : `${oneLine.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}

;// CONCATENATED MODULE: ./src/forge/gitlab/runners.ts


function runners_toRunner(r) {
    return {
        id: r.id,
        name: r.description ?? '',
        status: r.status ?? (r.online ? 'online' : 'offline'),
        labels: r.tag_list ?? [],
    };
}
const RUNNER_TYPES = {
    project: 'project_type',
    group: 'group_type',
    instance: 'instance_type',
};
/**
 * Runners created with POST /user/runners (a personal access token with create_runner): the
 * answer's glrt- token is per runner, its tags and flags live on the server, and the runner is
 * deleted with DELETE /runners/:id at teardown. Registration tokens (disabled since GitLab 17.0)
 * are never used.
 */
function gitlabRunners(client, context, logger) {
    function level(scope) {
        const l = scope?.level ?? 'project';
        if (l === 'repository')
            return 'project';
        if (l === 'organization')
            return 'group';
        return l;
    }
    async function list(scope) {
        const l = level(scope);
        const where = l === 'project'
            ? { projectId: context.projectId ?? scope?.owner }
            : l === 'group'
                ? { groupId: scope?.owner }
                : { type: 'instance_type' };
        return (await client.Runners.all(where));
    }
    const api = {
        async registerRunner(options) {
            const scopeLevel = level(options.scope);
            const extra = {
                description: options.name,
                tagList: options.labels,
                runUntagged: options.runUntagged ?? false,
                locked: options.locked ?? true,
            };
            if (scopeLevel === 'project') {
                const projectId = Number(context.projectId ?? options.scope?.owner);
                if (!Number.isInteger(projectId)) {
                    throw new errors.ConfigurationError('Project runners need the numeric project id (CI_PROJECT_ID).');
                }
                extra.projectId = projectId;
            }
            else if (scopeLevel === 'group') {
                const groupId = Number(options.scope?.owner);
                if (!Number.isInteger(groupId)) {
                    throw new errors.ConfigurationError('Group runners need the numeric group id (the runner-scope-id input).', {
                        input: 'runner-scope-id',
                    });
                }
                extra.groupId = groupId;
            }
            const budget = (0,http/* budgetFromEnv */.ZJ)();
            for (let attempt = 1;; attempt++) {
                try {
                    const created = (await client.Users.createCIRunner(RUNNER_TYPES[scopeLevel], extra));
                    logger.mask(created.token);
                    return { id: created.id, secret: created.token, kind: 'gitlab-runner-token' };
                }
                catch (error) {
                    if (!(0,http/* isAmbiguousError */.TK)(error))
                        throw error;
                    // The runner may have been created and its answer (with its only copy of the glrt-
                    // token) lost: delete what the lost request made, then create it again, so no
                    // orphan runner is left behind.
                    const orphans = (await list(options.scope)).filter((r) => r.description === options.name);
                    for (const orphan of orphans)
                        await api.deleteRunner(orphan.id, options.scope);
                    if (attempt > budget.retries) {
                        throw new Error(`GitLab did not answer the creation of runner '${options.name}' after ${attempt} attempts (${(0,errors/* errorMessage */.gJ)(error)})${orphans.length ? `; removed ${orphans.length} runner(s) the lost requests created` : ''}.`, { cause: error });
                    }
                    logger.info(`Creating runner '${options.name}' failed (${(0,errors/* errorMessage */.gJ)(error)}); trying again in ${attempt ** 2} s.`);
                    await (0,http/* sleep */.yy)(attempt ** 2 * budget.unitMs);
                }
            }
        },
        async listRunners(scope) {
            return (await list(scope)).map(runners_toRunner);
        },
        async findRunners(name, scope) {
            return (await list(scope)).filter((r) => r.description === name).map(runners_toRunner);
        },
        async getRunner(id) {
            try {
                return runners_toRunner((await client.Runners.show(id)));
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return undefined;
                throw error;
            }
        },
        async retryFailedJobs(pipelineId) {
            const id = Number(pipelineId);
            if (!Number.isInteger(id) || id <= 0) {
                throw new errors.ConfigurationError(`Input 'run-id': expected a pipeline id, got '${pipelineId}'.`, {
                    input: 'run-id',
                });
            }
            await client.Pipelines.retry(context.projectId ?? context.repository, id);
        },
        async deleteRunner(id) {
            try {
                await client.Runners.remove({ runnerId: id });
            }
            catch (error) {
                if (statusOf(error) !== 404)
                    throw error;
            }
        },
    };
    return api;
}
function statusOf(error) {
    const e = error;
    return e.cause?.response?.status ?? e.status;
}

;// CONCATENATED MODULE: ./src/forge/gitlab/workflows.ts

const RUNNING = new Set(['created', 'waiting_for_resource', 'preparing', 'pending', 'running']);
/**
 * Retries a pipeline (its failed and cancelled jobs) as CML's `workflow rerun` does on GitLab;
 * a pipeline still running is cancelled first, since retry only touches finished jobs.
 */
function gitlabWorkflows(client, context, logger) {
    const project = context.projectId ?? context.repository;
    return {
        async rerun(runId) {
            const id = Number(runId);
            if (!Number.isInteger(id) || id <= 0) {
                throw new errors.ConfigurationError(`--id must be a pipeline id (a number), got '${runId}'.`);
            }
            const pipeline = await client.Pipelines.show(project, id);
            if (RUNNING.has(String(pipeline.status))) {
                logger.info(`Pipeline ${id} is ${pipeline.status}; cancelling it before the retry.`);
                await client.Pipelines.cancel(project, id);
            }
            await client.Pipelines.retry(project, id);
            logger.info(`Retrying pipeline ${id}.`);
        },
        async runOfJob(jobId) {
            const id = Number(jobId);
            if (!Number.isInteger(id) || id <= 0) {
                throw new errors.ConfigurationError(`--job-id must be a job id (a number), got '${jobId}'.`);
            }
            const job = await client.Jobs.show(project, id);
            return String(job.pipeline?.id ?? '');
        },
    };
}

;// CONCATENATED MODULE: ./src/forge/gitlab/index.ts







/**
 * The GitLab driver: one client shared by every capability. Each capability factory returns a
 * plain object of functions (no class instances: spreading would drop their prototype methods).
 */
function createGitLabForge(context, token, logger) {
    const client = createGitLabClient({ token, apiUrl: context.apiUrl, logger });
    return {
        kind: 'gitlab',
        commitUrl: (sha) => `${context.serverUrl}/${context.repository}/-/commit/${sha}`,
        ...gitlabComments(client, context, logger),
        ...gitlabPulls(client, context, logger),
        ...gitlabAssets(client, context, logger),
        ...gitlabChecks(client, context, logger),
        ...gitlabRunners(client, context, logger),
        ...gitlabWorkflows(client, context, logger),
    };
}

;// CONCATENATED MODULE: ./src/forge/index.ts



/**
 * The driver for the forge this run talks to. The kind comes from the platform (or an explicit
 * --driver), never from the host name, so GitHub Enterprise and self-managed GitLab work.
 */
function createForge(options) {
    const kind = options.kind ?? (options.context.platform === 'local' ? undefined : options.context.platform);
    if (!kind) {
        throw new errors.ConfigurationError('Cannot tell which forge to use outside GitHub Actions or GitLab CI: pass --driver github|gitlab (and --repo) or write the report locally.');
    }
    if (!options.token) {
        throw new errors.ConfigurationError(kind === 'github'
            ? 'No GitHub token: set the token input, or REPO_TOKEN / GITHUB_TOKEN in the environment.'
            : 'No GitLab token: set the token input, or REPO_TOKEN / GITLAB_TOKEN (a project or personal access token with api scope; CI_JOB_TOKEN cannot write notes).');
    }
    return kind === 'github'
        ? createGitHubForge(options.context, options.token, options.logger)
        : createGitLabForge(options.context, options.token, options.logger);
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