/** Commit comments: listed per commit, edited and deleted by id. */
import { renderCommitComment } from '../render';
import { HttpError, type CommitComment, type RouteContext, type RouteModule } from '../types';
import { bodyOf, param, intParam, repoOf, urlsOf, userOf, validationFailed } from './helpers';
import { COMMENT_LIMIT } from './issues';

function commitShaOf(ctx: RouteContext): string {
  const sha = param(ctx, 'commit_sha');
  // Any full or abbreviated hex sha is accepted: tests comment on commits the emulator never saw.
  if (!/^[0-9a-f]{7,40}$/i.test(sha))
    throw validationFailed('CommitComment', 'commit_id', 'invalid');
  return sha.toLowerCase();
}

function commentOf(ctx: RouteContext): { comment: CommitComment; index: number } {
  const repo = repoOf(ctx);
  const id = intParam(ctx, 'comment_id');
  const index = repo.commitComments.findIndex((c) => c.id === id);
  if (index < 0) throw new HttpError(404, 'Not Found');
  return { comment: repo.commitComments[index] as CommitComment, index };
}

function checkLength(body: string): void {
  if (body.length > COMMENT_LIMIT) {
    throw validationFailed(
      'CommitComment',
      'body',
      'custom',
      `body is too long (maximum is ${COMMENT_LIMIT} characters)`,
    );
  }
}

export const commitCommentsRoutes: RouteModule = {
  name: 'commit-comments',
  routes: [
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/commits/{commit_sha}/comments',
      handler: (ctx) => {
        const repo = repoOf(ctx);
        const sha = commitShaOf(ctx);
        const items = repo.commitComments.filter((c) => c.commitId.startsWith(sha));
        return ctx.paginate(items, (c) => renderCommitComment(repo, c, urlsOf(ctx)));
      },
    },
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/commits/{commit_sha}/comments',
      handler: (ctx) => {
        const repo = repoOf(ctx);
        const input = bodyOf(ctx);
        const body = String(input.body);
        checkLength(body);
        const when = ctx.state.now();
        const comment: CommitComment = {
          id: ctx.state.nextId(),
          commitId: commitShaOf(ctx),
          body,
          path: typeof input.path === 'string' ? input.path : undefined,
          position: typeof input.position === 'number' ? input.position : undefined,
          line: typeof input.line === 'number' ? input.line : undefined,
          user: userOf(ctx.identity),
          createdAt: when,
          updatedAt: when,
        };
        repo.commitComments.push(comment);
        return { status: 201, body: renderCommitComment(repo, comment, urlsOf(ctx)) };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/comments/{comment_id}',
      handler: (ctx) => ({
        status: 200,
        body: renderCommitComment(repoOf(ctx), commentOf(ctx).comment, urlsOf(ctx)),
      }),
    },
    {
      method: 'PATCH',
      path: '/repos/{owner}/{repo}/comments/{comment_id}',
      handler: (ctx) => {
        const { comment } = commentOf(ctx);
        if (comment.user.id !== ctx.identity.id)
          throw new HttpError(403, 'Must have admin rights to Repository.');
        const body = String(bodyOf(ctx).body);
        checkLength(body);
        comment.body = body;
        comment.updatedAt = ctx.state.now();
        return { status: 200, body: renderCommitComment(repoOf(ctx), comment, urlsOf(ctx)) };
      },
    },
    {
      method: 'DELETE',
      path: '/repos/{owner}/{repo}/comments/{comment_id}',
      handler: (ctx) => {
        const { comment, index } = commentOf(ctx);
        if (comment.user.id !== ctx.identity.id)
          throw new HttpError(403, 'Must have admin rights to Repository.');
        repoOf(ctx).commitComments.splice(index, 1);
        return { status: 204 };
      },
    },
  ],
};
