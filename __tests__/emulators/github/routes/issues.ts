/** Issues and their comments (pull request conversation comments use these endpoints too). */
import { renderIssue, renderIssueComment } from '../render';
import { HttpError, type IssueComment, type RouteContext, type RouteModule } from '../types';
import { bodyOf, intParam, repoOf, urlsOf, userOf, validationFailed } from './helpers';

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65536;

function checkBodyLength(body: string): void {
  if (body.length > COMMENT_LIMIT) {
    throw validationFailed(
      'IssueComment',
      'data',
      'custom',
      `body is too long (maximum is ${COMMENT_LIMIT} characters)`,
    );
  }
}

function issueOf(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const issue = repo.issues.get(intParam(ctx, 'issue_number'));
  if (!issue) throw new HttpError(404, 'Not Found');
  return { repo, issue };
}

function commentOf(ctx: RouteContext): { comment: IssueComment; index: number } {
  const repo = repoOf(ctx);
  const id = intParam(ctx, 'comment_id');
  const index = repo.comments.findIndex((c) => c.id === id);
  if (index < 0) throw new HttpError(404, 'Not Found');
  return { comment: repo.comments[index] as IssueComment, index };
}

export const issuesRoutes: RouteModule = {
  name: 'issues',
  routes: [
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/issues/{issue_number}',
      handler: (ctx) => {
        const { repo, issue } = issueOf(ctx);
        return { status: 200, body: renderIssue(repo, issue, urlsOf(ctx)) };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      handler: (ctx) => {
        const { repo, issue } = issueOf(ctx);
        const since = ctx.query.since;
        // Oldest first, as GitHub lists them.
        const items = repo.comments.filter(
          (c) => c.issueNumber === issue.number && (!since || c.updatedAt >= since),
        );
        return ctx.paginate(items, (c) => renderIssueComment(repo, c, urlsOf(ctx)));
      },
    },
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      handler: (ctx) => {
        const { repo, issue } = issueOf(ctx);
        const body = String(bodyOf(ctx).body);
        checkBodyLength(body);
        const when = ctx.state.now();
        const comment: IssueComment = {
          id: ctx.state.nextId(),
          issueNumber: issue.number,
          body,
          user: userOf(ctx.identity),
          createdAt: when,
          updatedAt: when,
        };
        repo.comments.push(comment);
        return { status: 201, body: renderIssueComment(repo, comment, urlsOf(ctx)) };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      handler: (ctx) => {
        const { comment } = commentOf(ctx);
        return { status: 200, body: renderIssueComment(repoOf(ctx), comment, urlsOf(ctx)) };
      },
    },
    {
      method: 'PATCH',
      path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      handler: (ctx) => {
        const { comment } = commentOf(ctx);
        // Stricter than GitHub (where write access may edit anyone's comment), on purpose: a
        // sticky update that touches another author's comment fails loudly in tests.
        if (comment.user.id !== ctx.identity.id)
          throw new HttpError(403, 'Must have admin rights to Repository.');
        const body = String(bodyOf(ctx).body);
        checkBodyLength(body);
        comment.body = body;
        comment.updatedAt = ctx.state.now();
        return { status: 200, body: renderIssueComment(repoOf(ctx), comment, urlsOf(ctx)) };
      },
    },
    {
      method: 'DELETE',
      path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      handler: (ctx) => {
        const { comment, index } = commentOf(ctx);
        if (comment.user.id !== ctx.identity.id)
          throw new HttpError(403, 'Must have admin rights to Repository.');
        repoOf(ctx).comments.splice(index, 1);
        return { status: 204 };
      },
    },
  ],
};
