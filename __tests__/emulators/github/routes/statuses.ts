/** Commit statuses: create, and list for a ref. */
import { renderUser } from '../render';
import type { CommitStatus, RouteContext, RouteModule } from '../types';
import { bodyOf, param, repoOf, urlsOf, userOf } from './helpers';

function render(ctx: RouteContext, s: CommitStatus) {
  return {
    id: s.id,
    node_id: Buffer.from(`011:StatusContext${s.id}`).toString('base64'),
    url: `${ctx.baseUrl}/repos/${repoOf(ctx).fullName}/statuses/${s.sha}`,
    state: s.state,
    context: s.context,
    description: s.description ?? null,
    target_url: s.targetUrl ?? null,
    creator: renderUser(s.creator, urlsOf(ctx)),
    created_at: s.createdAt,
    updated_at: s.createdAt,
  };
}

export const statusesRoutes: RouteModule = {
  name: 'statuses',
  routes: [
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/statuses/{sha}',
      handler: (ctx) => {
        const input = bodyOf(ctx) as {
          state: string;
          context?: string;
          description?: string;
          target_url?: string;
        };
        const status: CommitStatus = {
          id: ctx.state.nextId(),
          sha: param(ctx, 'sha'),
          state: input.state,
          context: input.context ?? 'default',
          description: input.description ?? undefined,
          targetUrl: input.target_url ?? undefined,
          creator: userOf(ctx.identity),
          createdAt: ctx.state.now(),
        };
        repoOf(ctx).statuses.push(status);
        return { status: 201, body: render(ctx, status) };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/commits/{ref}/statuses',
      handler: (ctx) => {
        const repo = repoOf(ctx);
        const sha = repo.git.refs.get(`heads/${param(ctx, 'ref')}`) ?? param(ctx, 'ref');
        // Newest first, as GitHub lists them.
        const items = repo.statuses.filter((s) => s.sha === sha).reverse();
        return ctx.paginate(items, (s) => render(ctx, s));
      },
    },
  ],
};
