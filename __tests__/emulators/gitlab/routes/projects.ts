import type { RouteModule } from '../router';
import { renderProject } from '../render';

export const projectRoutes: RouteModule = {
  name: 'projects',
  routes: [
    {
      method: 'GET',
      path: '/projects/:id',
      params: { license: 'boolean', statistics: 'boolean', with_custom_attributes: 'boolean' },
      handler: (ctx) => ({ body: renderProject(ctx.project(), ctx.serverUrl) }),
    },
  ],
};
