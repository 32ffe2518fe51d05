// Commit comments (oldest first, paginated, no id and no edit: GitLab's API has neither) and
// the merge requests a commit belongs to.
import { asString, HttpError, type RouteModule } from '../router';
import { renderMergeRequest, renderUser } from '../render';
import type { CommitCommentRecord } from '../state';

const SHA = /^[0-9a-f]{7,64}$/;

export const commitRoutes: RouteModule = {
  name: 'commits',
  routes: [
    {
      method: 'GET',
      path: '/projects/:id/repository/commits/:sha/comments',
      paginated: true,
      handler(ctx) {
        const project = ctx.project();
        const sha = ctx.params.sha!;
        const comments = ctx.state.commitComments.filter(
          (c) => c.projectId === project.id && c.sha === sha,
        );
        return ctx.paginate(comments, (c: CommitCommentRecord) => ({
          note: c.note,
          author: renderUser(c.author, ctx.serverUrl),
          path: c.path,
          line: c.line,
          line_type: c.lineType,
          created_at: c.createdAt,
        }));
      },
    },
    {
      method: 'POST',
      path: '/projects/:id/repository/commits/:sha/comments',
      params: {
        note: { type: 'string', required: true },
        path: 'string',
        line: 'integer',
        line_type: { type: 'string', values: ['new', 'old'] },
      },
      handler(ctx) {
        const project = ctx.project();
        const sha = ctx.params.sha!;
        if (!SHA.test(sha)) throw new HttpError(404, { message: '404 Commit Not Found' });
        const note = asString(ctx.input.note) ?? '';
        if (!note) throw new HttpError(400, { error: 'note is missing' });
        if (note.length > 1_000_000)
          throw new HttpError(400, { message: { note: ['is too long'] } });
        const comment: CommitCommentRecord = {
          projectId: project.id,
          sha,
          note,
          author: { id: ctx.token.id, username: ctx.token.username, name: ctx.token.name },
          path: asString(ctx.input.path) ?? null,
          line: ctx.input.line === undefined ? null : Number(ctx.input.line),
          lineType: (asString(ctx.input.line_type) as 'new' | 'old' | undefined) ?? null,
          createdAt: ctx.state.now(),
        };
        ctx.state.commitComments.push(comment);
        return {
          status: 201,
          body: {
            note: comment.note,
            author: renderUser(comment.author, ctx.serverUrl),
            path: comment.path,
            line: comment.line,
            line_type: comment.lineType,
            created_at: comment.createdAt,
          },
        };
      },
    },
    {
      method: 'GET',
      path: '/projects/:id/repository/commits/:sha/merge_requests',
      paginated: true,
      params: { state: { type: 'string', values: ['opened', 'closed', 'locked', 'merged'] } },
      handler(ctx) {
        const project = ctx.project();
        const state = asString(ctx.input.state);
        const mrs = ctx.state.mergeRequests.filter(
          (m) =>
            m.projectId === project.id && m.sha === ctx.params.sha && (!state || m.state === state),
        );
        return ctx.paginate(mrs, (m) => renderMergeRequest(m, ctx.state, ctx.serverUrl));
      },
    },
  ],
};
