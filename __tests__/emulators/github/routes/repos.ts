/** Repository metadata. */
import { renderRepo } from '../render';
import type { RouteModule } from '../types';
import { repoOf, urlsOf } from './helpers';

export const reposRoutes: RouteModule = {
  name: 'repos',
  routes: [
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}',
      handler: (ctx) => ({
        status: 200,
        body: {
          ...renderRepo(repoOf(ctx), urlsOf(ctx)),
          permissions: ctx.identity.readOnly
            ? { admin: false, maintain: false, push: false, triage: false, pull: true }
            : { admin: false, maintain: false, push: true, triage: true, pull: true },
        },
      }),
    },
  ],
};
