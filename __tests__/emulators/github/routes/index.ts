/**
 * The route modules the emulator registers at start. Each area owns one file; add yours to this
 * list (or call emulator.addRoutes(module) from a test).
 */
import type { RouteModule } from '../types';
import { checksRoutes } from './checks';
import { commitCommentsRoutes } from './commit-comments';
import { gitDataRoutes } from './git-data';
import { graphqlRoutes } from './graphql';
import { issuesRoutes } from './issues';
import { pullsRoutes } from './pulls';
import { releasesRoutes } from './releases';
import { reposRoutes } from './repos';
import { runnersRoutes } from './runners';
import { statusesRoutes } from './statuses';
import { usersRoutes } from './users';
import { workflowsRoutes } from './workflows';

export const defaultRouteModules: RouteModule[] = [
  reposRoutes,
  releasesRoutes,
  usersRoutes,
  issuesRoutes,
  commitCommentsRoutes,
  pullsRoutes,
  gitDataRoutes,
  checksRoutes,
  statusesRoutes,
  runnersRoutes,
  workflowsRoutes,
  graphqlRoutes,
];
