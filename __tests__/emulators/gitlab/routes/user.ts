import type { RouteModule } from '../router';
import { renderUser } from '../render';

export const userRoutes: RouteModule = {
  name: 'user',
  routes: [
    {
      method: 'GET',
      path: '/user',
      // Any valid token may read who it is (read_user, read_api, api, create_runner…).
      scopes: ['read_user', 'create_runner'],
      handler: (ctx) => ({
        body: {
          ...renderUser(ctx.token, ctx.serverUrl),
          email: `${ctx.token.username}@example.test`,
        },
      }),
    },
  ],
};
