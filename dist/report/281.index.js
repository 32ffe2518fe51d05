exports.id = 281;
exports.ids = [281];
exports.modules = {

/***/ 5482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitLabForge: () => (/* binding */ createGitLabForge)
});

// EXTERNAL MODULE: ./node_modules/@gitbeaker/rest/dist/index.mjs + 1 modules
var dist = __webpack_require__(7582);
// EXTERNAL MODULE: ./node_modules/@gitbeaker/requester-utils/dist/index.mjs
var requester_utils_dist = __webpack_require__(3888);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
// EXTERNAL MODULE: ./src/forge/http.ts
var http = __webpack_require__(2847);
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
    if (cause instanceof http/* ForgeTimeoutError */.dT)
        return Object.assign(new http/* ForgeNetworkError */.IL(cause.message), { cause: error });
    const detail = cause instanceof Error
        ? `${cause.code ?? cause.name}: ${cause.message}`
        : String(error.message ?? error);
    return Object.assign(new http/* ForgeNetworkError */.IL(`GitLab: ${method} ${url.pathname} got no answer (${detail})`), { cause: error });
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
function isPermissionDenied(error) {
    const status = gitlabStatus(error);
    return status === 401 || status === 403;
}
/** 404: GitLab's answer for missing things and for private projects the token cannot see. */
function isNotFound(error) {
    return gitlabStatus(error) === 404;
}
/** What to tell the user when GitLab refuses a write. */
const GITLAB_PERMISSION_HINT = 'use a project or personal access token with the api scope (and at least the Reporter role to comment, Developer to open merge requests) in REPO_TOKEN or GITLAB_TOKEN; CI_JOB_TOKEN cannot write notes';

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/forge/gitlab/project.ts

function projectRef(client, context) {
    if (!context.projectId && !context.repository) {
        // Without either, every request goes to `/projects/` and GitLab answers a bare 404.
        throw new errors/* ConfigurationError */.j1(context.platform === 'gitlab'
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
const PER_PAGE = 100;
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
            perPage: PER_PAGE,
            page,
            showExpanded: true,
        };
        const request = target.kind === 'pr'
            ? client.MergeRequestNotes.all(project.id, target.number, options)
            : client.IssueNotes.all(project.id, target.number, options);
        return request;
    };
    const commitPage = (sha, page, perPage = PER_PAGE) => 
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
                    yield fromCommitComment(target, data[i], (page - 1) * PER_PAGE + i + 1);
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
            if (isNotFound(e))
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
                if (isNotFound(error))
                    return undefined;
                throw error;
            }
        },
        async createComment(target, body) {
            try {
                return await create(target, body);
            }
            catch (error) {
                if (!isNotFound(error))
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

function toPull(mr) {
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
                .map(toPull)
                .sort((a, b) => Number(b.headSha === sha) - Number(a.headSha === sha));
        },
        async getPull(number) {
            return toPull((await client.MergeRequests.show(project.id, number)));
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
            return first ? toPull(first) : undefined;
        },
        async createPull({ head, base, title, body }) {
            const mr = await client.MergeRequests.create(project.id, head, base, title, {
                description: body,
            });
            return toPull(mr);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
            if (isPermissionDenied(error)) {
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
        : `${oneLine.slice(0, DESCRIPTION_LIMIT - 1)}\u2026`;
}

;// CONCATENATED MODULE: ./src/forge/gitlab/runners.ts


function toRunner(r) {
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
                    throw new errors/* ConfigurationError */.j1('Project runners need the numeric project id (CI_PROJECT_ID).');
                }
                extra.projectId = projectId;
            }
            else if (scopeLevel === 'group') {
                const groupId = Number(options.scope?.owner);
                if (!Number.isInteger(groupId)) {
                    throw new errors/* ConfigurationError */.j1('Group runners need the numeric group id (the runner-scope-id input).', {
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
            return (await list(scope)).map(toRunner);
        },
        async findRunners(name, scope) {
            return (await list(scope)).filter((r) => r.description === name).map(toRunner);
        },
        async getRunner(id) {
            try {
                return toRunner((await client.Runners.show(id)));
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
                throw new errors/* ConfigurationError */.j1(`Input 'run-id': expected a pipeline id, got '${pipelineId}'.`, {
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
                throw new errors/* ConfigurationError */.j1(`--id must be a pipeline id (a number), got '${runId}'.`);
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
                throw new errors/* ConfigurationError */.j1(`--job-id must be a job id (a number), got '${jobId}'.`);
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