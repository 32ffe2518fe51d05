// Handlers keyed by `METHOD <template>`, the template exactly as the description spells it.
// Requests reach them only after swagger.ts found nothing wrong.
import { paginate } from './pagination';
import { renderComment, renderPull, renderRepo, renderUser } from './render';
import type { CommentRecord, RepoRecord } from './state';
import { HttpError, type Handler, type RouteContext } from './types';

const R = '/repositories/{workspace}/{repo_slug}';

function commentTarget(ctx: RouteContext, repo: RepoRecord): string {
  const { pull_request_id: pr, commit, issue_id: issue } = ctx.params;
  if (pr !== undefined) {
    if (!repo.pulls.has(Number(pr))) throw new HttpError(404, 'No such pull request');
    return `pr:${pr}`;
  }
  if (commit !== undefined) {
    if (!repo.commits.has(commit)) throw new HttpError(404, `Commit not found: ${commit}`);
    return `commit:${commit}`;
  }
  if (!repo.issues.has(Number(issue))) throw new HttpError(404, 'No such issue');
  return `issue:${issue}`;
}

function rawOf(body: unknown): string {
  const raw = (body as { content?: { raw?: unknown } } | undefined)?.content?.raw;
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw new HttpError(400, 'Bad request', 'content.raw: This field is required.');
  }
  return raw;
}

function findComment(ctx: RouteContext, repo: RepoRecord): CommentRecord {
  const on = commentTarget(ctx, repo);
  const id = Number(ctx.params.comment_id);
  const comment = repo.comments.find((c) => c.id === id && c.on === on);
  if (!comment) throw new HttpError(404, 'No such comment');
  return comment;
}

const listComments: Handler = (ctx) => {
  const repo = ctx.repo();
  const on = commentTarget(ctx, repo);
  const rendered = repo.comments
    .filter((c) => c.on === on)
    .map((c) => renderComment(repo, c, ctx.urls));
  return { body: paginate(rendered, ctx.url) };
};

const createComment: Handler = (ctx) => {
  const repo = ctx.repo();
  const on = commentTarget(ctx, repo);
  const raw = rawOf(ctx.body);
  const now = ctx.state.now();
  const comment: CommentRecord = {
    id: ctx.state.nextCommentId++,
    on,
    raw,
    user: ctx.credential.user,
    createdOn: now,
    updatedOn: now,
    deleted: false,
  };
  repo.comments.push(comment);
  const body = renderComment(repo, comment, ctx.urls);
  return { status: 201, body, headers: { location: body.links.self.href } };
};

const getComment: Handler = (ctx) => {
  const repo = ctx.repo();
  return { body: renderComment(repo, findComment(ctx, repo), ctx.urls) };
};

const updateComment =
  (status: number): Handler =>
  (ctx) => {
    const repo = ctx.repo();
    const comment = findComment(ctx, repo);
    if (comment.deleted) throw new HttpError(404, 'No such comment');
    if (comment.user.uuid !== ctx.credential.user.uuid) {
      throw new HttpError(403, 'You may only edit your own comments');
    }
    comment.raw = rawOf(ctx.body);
    comment.updatedOn = ctx.state.now();
    return { status, body: renderComment(repo, comment, ctx.urls) };
  };

const deleteComment: Handler = (ctx) => {
  const repo = ctx.repo();
  const comment = findComment(ctx, repo);
  if (comment.user.uuid !== ctx.credential.user.uuid) {
    throw new HttpError(403, 'You may only delete your own comments');
  }
  // Bitbucket keeps deleted comments in the list, flagged `deleted` with empty content.
  comment.deleted = true;
  return { status: 204 };
};

const pullsOf = (ctx: RouteContext, repo: RepoRecord, states: string[]) =>
  [...repo.pulls.values()]
    .filter((p) => states.includes(p.state))
    .map((p) => renderPull(repo, p, ctx.urls));

export const handlers: Record<string, Handler> = {
  'GET /user': (ctx) => ({ body: renderUser(ctx.credential.user, ctx.urls) }),

  [`GET ${R}`]: (ctx) => ({ body: renderRepo(ctx.repo(), ctx.urls) }),

  [`GET ${R}/pullrequests`]: (ctx) => {
    const repo = ctx.repo();
    const states = ctx.url.searchParams.getAll('state');
    return { body: paginate(pullsOf(ctx, repo, states.length ? states : ['OPEN']), ctx.url) };
  },

  [`POST ${R}/pullrequests`]: (ctx) => {
    const repo = ctx.repo();
    const body = (ctx.body ?? {}) as {
      title?: string;
      summary?: { raw?: string };
      source?: { branch?: { name?: string } };
      destination?: { branch?: { name?: string } };
    };
    if (!body.title) throw new HttpError(400, 'Bad request', 'title: This field is required.');
    const source = body.source?.branch?.name;
    const destination = body.destination?.branch?.name ?? repo.mainbranch;
    const sourceSha = source ? repo.branches.get(source) : undefined;
    const destinationSha = repo.branches.get(destination);
    if (!source || !sourceSha) {
      throw new HttpError(400, 'Bad request', `source: branch not found: ${source}`);
    }
    if (!destinationSha) {
      throw new HttpError(400, 'Bad request', `destination: branch not found: ${destination}`);
    }
    if (source === destination) {
      throw new HttpError(400, 'Bad request', 'source and destination branches are the same');
    }
    const pull = {
      id: repo.nextPullId++,
      title: body.title,
      description: body.summary?.raw ?? '',
      state: 'OPEN' as const,
      source: { branch: source, commit: sourceSha },
      destination: { branch: destination, commit: destinationSha },
      author: ctx.credential.user,
      createdOn: ctx.state.now(),
    };
    repo.pulls.set(pull.id, pull);
    return { status: 201, body: renderPull(repo, pull, ctx.urls) };
  },

  [`GET ${R}/pullrequests/{pull_request_id}`]: (ctx) => {
    const repo = ctx.repo();
    const pull = repo.pulls.get(Number(ctx.params.pull_request_id));
    if (!pull) throw new HttpError(404, 'No such pull request');
    return { body: renderPull(repo, pull, ctx.urls) };
  },

  [`GET ${R}/commit/{commit}/pullrequests`]: (ctx) => {
    const repo = ctx.repo();
    if (!repo.commitLinksIndexed) {
      // The description: 404 "pull request commit links have not yet been indexed".
      throw new HttpError(404, 'Pull request commit links have not yet been indexed');
    }
    const sha = ctx.params.commit!;
    const rendered = [...repo.pulls.values()]
      .filter((p) => p.source.commit === sha)
      .map((p) => renderPull(repo, p, ctx.urls));
    return { body: paginate(rendered, ctx.url, 30) };
  },

  [`GET ${R}/pullrequests/{pull_request_id}/comments`]: listComments,
  [`POST ${R}/pullrequests/{pull_request_id}/comments`]: createComment,
  [`GET ${R}/pullrequests/{pull_request_id}/comments/{comment_id}`]: getComment,
  [`PUT ${R}/pullrequests/{pull_request_id}/comments/{comment_id}`]: updateComment(200),
  [`DELETE ${R}/pullrequests/{pull_request_id}/comments/{comment_id}`]: deleteComment,
  [`GET ${R}/commit/{commit}/comments`]: listComments,
  [`POST ${R}/commit/{commit}/comments`]: createComment,
  [`GET ${R}/commit/{commit}/comments/{comment_id}`]: getComment,
  // The description answers 201 to a commit comment update.
  [`PUT ${R}/commit/{commit}/comments/{comment_id}`]: updateComment(201),
  [`DELETE ${R}/commit/{commit}/comments/{comment_id}`]: deleteComment,
  [`GET ${R}/issues/{issue_id}/comments`]: listComments,
  [`POST ${R}/issues/{issue_id}/comments`]: createComment,
  [`GET ${R}/issues/{issue_id}/comments/{comment_id}`]: getComment,
  [`PUT ${R}/issues/{issue_id}/comments/{comment_id}`]: updateComment(200),
  [`DELETE ${R}/issues/{issue_id}/comments/{comment_id}`]: deleteComment,

  [`PUT ${R}/commit/{commit}/reports/{reportId}`]: (ctx) => {
    const repo = ctx.repo();
    const sha = ctx.params.commit!;
    if (!repo.commits.has(sha)) throw new HttpError(404, `Commit not found: ${sha}`);
    const body = ctx.body as Record<string, unknown>;
    for (const field of ['title', 'report_type']) {
      if (body[field] === undefined)
        throw new HttpError(400, 'Bad request', `${field} is required`);
    }
    if (Array.isArray(body.data) && body.data.length > 10) {
      // report.data: "Maximum 10" (definition `report`).
      throw new HttpError(400, 'Bad request', 'data: at most 10 elements');
    }
    const key = `${sha}/${ctx.params.reportId}`;
    const existing = repo.reports.get(key);
    const createdOn = existing?.createdOn ?? ctx.state.now();
    // A PUT replaces the report; Bitbucket drops the old report's annotations with it.
    repo.reports.set(key, { body, annotations: new Map(), createdOn });
    return {
      body: {
        ...body,
        type: 'report',
        uuid: `{${key}}`,
        external_id: ctx.params.reportId,
        created_on: createdOn,
      },
    };
  },

  [`GET ${R}/commit/{commit}/reports/{reportId}`]: (ctx) => {
    const report = ctx.repo().reports.get(`${ctx.params.commit}/${ctx.params.reportId}`);
    if (!report) throw new HttpError(404, 'No such report');
    return { body: { ...report.body, type: 'report', external_id: ctx.params.reportId } };
  },

  [`POST ${R}/commit/{commit}/reports/{reportId}/annotations`]: (ctx) => {
    const report = ctx.repo().reports.get(`${ctx.params.commit}/${ctx.params.reportId}`);
    if (!report) throw new HttpError(404, 'No such report');
    const items = ctx.body as Record<string, unknown>[];
    for (const item of items) {
      const id = item.external_id;
      if (typeof id !== 'string' || !id) {
        throw new HttpError(400, 'Bad request', 'external_id is required on every annotation');
      }
      report.annotations.set(id, { ...item, type: 'report_annotation' });
    }
    // "a report can contain up to 1000 annotations" (POST …/annotations description).
    if (report.annotations.size > 1000) {
      throw new HttpError(400, 'Bad request', 'A report can contain up to 1000 annotations');
    }
    return { body: items.map((i) => ({ ...i, type: 'report_annotation' })) };
  },

  [`POST ${R}/commit/{commit}/statuses/build`]: (ctx) => {
    const repo = ctx.repo();
    const sha = ctx.params.commit!;
    if (!repo.commits.has(sha)) throw new HttpError(404, `Commit not found: ${sha}`);
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    for (const field of ['key', 'state', 'url']) {
      if (body[field] === undefined) {
        throw new HttpError(400, 'Bad request', `${field}: This field is required.`);
      }
    }
    const status = { ...body, type: 'build', created_on: ctx.state.now() };
    repo.statuses.set(`${sha}/${String(body.key)}`, status);
    return { status: 201, body: status };
  },

  [`POST ${R}/downloads`]: (ctx) => {
    const repo = ctx.repo();
    // "perform a multipart/form-data POST containing one or more `files` fields".
    const files = ctx.files.filter((f) => f.field === 'files');
    if (files.length === 0 || files.length !== ctx.files.length) {
      ctx.violation('POST downloads: expected one or more multipart `files` fields');
      throw new HttpError(400, 'Bad request', 'files: expected multipart files fields');
    }
    for (const f of files) {
      repo.downloads.set(f.filename, {
        bytes: f.bytes,
        contentType: f.contentType,
        uploadedBy: ctx.credential.user,
      });
    }
    return { status: 201 };
  },
};

/** Scopes each scope grants besides itself (the description's "Bitbucket OAuth 2.0 scopes"). */
const IMPLIES: Record<string, string[]> = {
  project: ['repository'],
  'repository:write': ['repository'],
  pullrequest: ['repository'],
  'pullrequest:write': ['pullrequest', 'repository', 'repository:write'],
  'issue:write': ['issue'],
  'account:write': ['account'],
};

export function grants(scopes: string[], required: string): boolean {
  return scopes.some((s) => s === required || IMPLIES[s]?.includes(required));
}
