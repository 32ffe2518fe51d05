// Runners: create with an authentication token (POST /user/runners → glrt-…), get, delete and
// the runner lists (GET /runners, GET /projects/:id/runners).
import { randomBytes } from 'node:crypto';
import {
  asArray,
  asBool,
  asInt,
  asString,
  HttpError,
  notFound,
  type RouteContext,
  type RouteModule,
} from '../router';
import type { RunnerRecord } from '../state';

const RUNNER_TYPES = ['instance_type', 'group_type', 'project_type'];
const STATUSES = ['online', 'offline', 'stale', 'never_contacted', 'active', 'paused'];

function renderBrief(r: RunnerRecord) {
  return {
    id: r.id,
    description: r.description,
    ip_address: null,
    active: !r.paused,
    paused: r.paused,
    is_shared: r.runnerType === 'instance_type',
    runner_type: r.runnerType,
    name: 'gitlab-runner',
    online: r.status === 'online',
    status: r.status,
  };
}

function renderFull(r: RunnerRecord, ctx: RouteContext) {
  return {
    ...renderBrief(r),
    tag_list: r.tagList,
    run_untagged: r.runUntagged,
    locked: r.locked,
    access_level: r.accessLevel,
    maximum_timeout: r.maximumTimeout,
    contacted_at: null,
    maintenance_note: null,
    projects: r.projectIds.map((id) => {
      const p = ctx.state.projects.find((x) => x.id === id);
      return { id, path_with_namespace: p?.path ?? '', name: p?.path.split('/').pop() ?? '' };
    }),
    groups: [],
  };
}

function filtered(list: RunnerRecord[], input: Record<string, unknown>): RunnerRecord[] {
  const type = asString(input.type);
  const status = asString(input.status);
  const paused = asBool(input.paused);
  const tags = asArray(input.tag_list);
  return list.filter(
    (r) =>
      (!type || r.runnerType === type) &&
      (!status ||
        r.status === status ||
        (status === 'paused' && r.paused) ||
        (status === 'active' && !r.paused)) &&
      (paused === undefined || r.paused === paused) &&
      (!tags || tags.every((t) => r.tagList.includes(t))),
  );
}

const LIST_PARAMS = {
  scope: 'string' as const,
  type: { type: 'string' as const, values: RUNNER_TYPES },
  status: { type: 'string' as const, values: STATUSES },
  paused: 'boolean' as const,
  tag_list: 'array' as const,
  version_prefix: 'string' as const,
};

function findRunner(ctx: RouteContext): RunnerRecord {
  const runner = ctx.state.runners.find((r) => r.id === Number(ctx.params.id));
  if (!runner) throw notFound('404 Runner Not Found');
  return runner;
}

export const runnerRoutes: RouteModule = {
  name: 'runners',
  routes: [
    {
      method: 'POST',
      path: '/user/runners',
      scopes: ['create_runner'],
      params: {
        runner_type: { type: 'string', required: true, values: RUNNER_TYPES },
        group_id: 'integer',
        project_id: 'integer',
        description: 'string',
        paused: 'boolean',
        locked: 'boolean',
        run_untagged: 'boolean',
        tag_list: 'array',
        access_level: { type: 'string', values: ['not_protected', 'ref_protected'] },
        maximum_timeout: 'integer',
        maintenance_note: 'string',
      },
      handler(ctx) {
        const type = asString(ctx.input.runner_type) as RunnerRecord['runnerType'];
        const projectId = asInt(ctx.input.project_id);
        const groupId = asInt(ctx.input.group_id);
        if (type === 'project_type' && projectId === undefined) {
          throw new HttpError(400, { message: 'project_id is missing' });
        }
        if (type === 'group_type' && groupId === undefined)
          throw new HttpError(400, { message: 'group_id is missing' });
        if (projectId !== undefined && !ctx.state.projects.some((p) => p.id === projectId)) {
          throw new HttpError(403, { message: '403 Forbidden' });
        }
        const runner: RunnerRecord = {
          id: ctx.state.nextId(),
          token: `glrt-${randomBytes(15).toString('base64url')}`,
          tokenExpiresAt: null,
          runnerType: type,
          projectIds: projectId !== undefined ? [projectId] : [],
          groupId: groupId ?? null,
          description: asString(ctx.input.description) ?? '',
          tagList: asArray(ctx.input.tag_list) ?? [],
          runUntagged: asBool(ctx.input.run_untagged) ?? true,
          locked: asBool(ctx.input.locked) ?? false,
          paused: asBool(ctx.input.paused) ?? false,
          accessLevel:
            (asString(ctx.input.access_level) as RunnerRecord['accessLevel']) ?? 'not_protected',
          maximumTimeout: asInt(ctx.input.maximum_timeout) ?? null,
          status: 'never_contacted',
          ownerId: ctx.token.id,
          createdAt: ctx.state.now(),
        };
        ctx.state.runners.push(runner);
        return {
          status: 201,
          body: { id: runner.id, token: runner.token, token_expires_at: runner.tokenExpiresAt },
        };
      },
    },
    {
      method: 'GET',
      path: '/runners/:id',
      handler: (ctx) => ({ body: renderFull(findRunner(ctx), ctx) }),
    },
    {
      method: 'DELETE',
      path: '/runners/:id',
      handler(ctx) {
        const runner = findRunner(ctx);
        ctx.state.runners.splice(ctx.state.runners.indexOf(runner), 1);
        return { status: 204 };
      },
    },
    {
      method: 'GET',
      path: '/runners',
      paginated: true,
      params: LIST_PARAMS,
      handler: (ctx) =>
        ctx.paginate(
          filtered(
            ctx.state.runners.filter((r) => r.ownerId === ctx.token.id),
            ctx.input,
          ),
          renderBrief,
        ),
    },
    {
      method: 'GET',
      path: '/projects/:id/runners',
      paginated: true,
      params: LIST_PARAMS,
      handler(ctx) {
        const project = ctx.project();
        const list = ctx.state.runners.filter(
          (r) => r.runnerType === 'instance_type' || r.projectIds.includes(project.id),
        );
        return ctx.paginate(filtered(list, ctx.input), renderBrief);
      },
    },
  ],
};
