/** The authenticated user. Installation tokens (GITHUB_TOKEN) get 403, as on GitHub. */
import { renderUser } from '../render';
import { HttpError, type RouteModule } from '../types';
import { urlsOf, userOf } from './helpers';

export const usersRoutes: RouteModule = {
  name: 'users',
  routes: [
    {
      method: 'GET',
      path: '/user',
      handler: (ctx) => {
        if (ctx.identity.installation) {
          throw new HttpError(403, 'Resource not accessible by integration');
        }
        return { status: 200, body: renderUser(userOf(ctx.identity), urlsOf(ctx)) };
      },
    },
  ],
};
