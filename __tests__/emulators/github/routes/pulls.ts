/** Pull requests: list, get, create, and the pulls associated with a commit. */
import { renderPull } from '../render';
import { HttpError, type IssueState, type RouteContext, type RouteModule } from '../types';
import { bodyOf, param, intParam, repoOf, urlsOf, userOf, validationFailed } from './helpers';

function pullsOf(ctx: RouteContext): IssueState[] {
  return [...repoOf(ctx).issues.values()].filter((i) => i.pull).sort((a, b) => a.number - b.number);
}

function render(ctx: RouteContext, issue: IssueState) {
  return renderPull(repoOf(ctx), issue, urlsOf(ctx), ctx.state.repos);
}

export const pullsRoutes: RouteModule = {
  name: 'pulls',
  routes: [
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/pulls',
      handler: (ctx) => {
        const { state = 'open', head, base, direction } = ctx.query;
        let items = pullsOf(ctx).filter((p) => state === 'all' || p.state === state);
        if (head) {
          // head is "owner:branch" (GitHub ignores a bare branch name without the owner).
          const colon = head.indexOf(':');
          const owner = colon < 0 ? undefined : head.slice(0, colon).toLowerCase();
          const ref = head.slice(colon + 1);
          items = items.filter(
            (p) =>
              owner !== undefined &&
              p.pull?.headRef === ref &&
              p.pull.headRepo.toLowerCase().startsWith(`${owner}/`),
          );
        }
        if (base) items = items.filter((p) => p.pull?.baseRef === base);
        // Default sort is created, descending.
        if (direction !== 'asc') items = [...items].reverse();
        return ctx.paginate(items, (p) => render(ctx, p));
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/pulls/{pull_number}',
      handler: (ctx) => {
        const issue = repoOf(ctx).issues.get(intParam(ctx, 'pull_number'));
        if (!issue?.pull) throw new HttpError(404, 'Not Found');
        return { status: 200, body: render(ctx, issue) };
      },
    },
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/pulls',
      handler: (ctx) => {
        const repo = repoOf(ctx);
        const input = bodyOf(ctx);
        if (typeof input.head !== 'string' || typeof input.base !== 'string') {
          throw validationFailed('PullRequest', 'head', 'missing_field');
        }
        const headInput = input.head;
        const colon = headInput.indexOf(':');
        const headOwner = colon < 0 ? repo.owner : headInput.slice(0, colon);
        const headRef = headInput.slice(colon + 1);
        const headRepo =
          headOwner.toLowerCase() === repo.owner.toLowerCase()
            ? repo
            : ctx.state.repos.get(`${headOwner}/${repo.name}`.toLowerCase());
        const headSha = headRepo?.git.refs.get(`heads/${headRef}`);
        if (!headRepo || !headSha) throw validationFailed('PullRequest', 'head', 'invalid');
        const baseSha = repo.git.refs.get(`heads/${input.base}`);
        if (!baseSha) throw validationFailed('PullRequest', 'base', 'invalid');
        const duplicate = [...repo.issues.values()].find(
          (i) =>
            i.state === 'open' &&
            i.pull?.headRef === headRef &&
            i.pull?.baseRef === input.base &&
            i.pull?.headRepo === headRepo.fullName,
        );
        if (duplicate) {
          throw validationFailed(
            'PullRequest',
            '',
            'custom',
            `A pull request already exists for ${headOwner}:${headRef}.`,
          );
        }
        const number = Math.max(0, ...repo.issues.keys()) + 1;
        const id = ctx.state.nextId();
        const issue: IssueState = {
          number,
          id,
          nodeId: `PR_kw${Buffer.from(String(id)).toString('base64url')}`,
          title: String(input.title ?? ''),
          body: typeof input.body === 'string' ? input.body : '',
          state: 'open',
          user: userOf(ctx.identity),
          createdAt: ctx.state.now(),
          pull: {
            headRef,
            headSha,
            headRepo: headRepo.fullName,
            baseRef: input.base,
            baseSha,
            merged: false,
            draft: input.draft === true,
          },
        };
        repo.issues.set(number, issue);
        return { status: 201, body: render(ctx, issue) };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
      handler: (ctx) => {
        const sha = param(ctx, 'commit_sha').toLowerCase();
        // GitHub lists PRs that contain the commit, open and closed; the emulator knows heads only.
        const items = pullsOf(ctx).filter((p) => p.pull?.headSha.toLowerCase().startsWith(sha));
        return ctx.paginate(items, (p) => render(ctx, p));
      },
    },
  ],
};
