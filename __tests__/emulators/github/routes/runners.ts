/**
 * Repository self-hosted runners: registration tokens, JIT configurations, list (with the
 * `name` filter), get and delete. A runner name is unique per repository (409 otherwise).
 */
import { randomBytes } from 'node:crypto';
import { pageOf } from '../pagination';
import { HttpError, type Runner, type RouteContext, type RouteModule } from '../types';
import { bodyOf, intParam, repoOf } from './helpers';

function render(r: Runner) {
  return {
    id: r.id,
    name: r.name,
    os: r.os,
    status: r.status,
    busy: r.busy,
    ephemeral: r.ephemeral,
    runner_group_id: r.runnerGroupId,
    labels: r.labels.map((name, i) => ({
      id: i + 1,
      name,
      type: ['self-hosted', 'linux', 'x64', 'Linux', 'X64'].includes(name) ? 'read-only' : 'custom',
    })),
  };
}

function runnerOf(ctx: RouteContext): { runner: Runner; index: number } {
  const id = intParam(ctx, 'runner_id');
  const runners = repoOf(ctx).runners;
  const index = runners.findIndex((r) => r.id === id);
  if (index < 0) throw new HttpError(404, 'Not Found');
  return { runner: runners[index] as Runner, index };
}

const expiresAt = () => new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

export const runnersRoutes: RouteModule = {
  name: 'runners',
  routes: [
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/actions/runners/registration-token',
      handler: (ctx) => {
        const token = `A${randomBytes(14).toString('hex').toUpperCase()}`;
        repoOf(ctx).registrationTokens.push(token);
        return { status: 201, body: { token, expires_at: expiresAt() } };
      },
    },
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/actions/runners/generate-jitconfig',
      handler: (ctx) => {
        const repo = repoOf(ctx);
        const input = bodyOf(ctx) as {
          name: string;
          runner_group_id: number;
          labels: string[];
          work_folder?: string;
        };
        if (input.labels.length < 1 || input.labels.length > 100) {
          throw new HttpError(422, 'labels must hold between 1 and 100 entries');
        }
        if (repo.runners.some((r) => r.name === input.name)) {
          throw new HttpError(409, 'Already exists - A runner with the same name already exists.');
        }
        const runner: Runner = {
          id: ctx.state.nextId(),
          name: input.name,
          os: 'unknown',
          status: 'offline',
          busy: false,
          ephemeral: true,
          labels: input.labels,
          runnerGroupId: input.runner_group_id,
          jitConfig: Buffer.from(
            JSON.stringify({
              runner: input.name,
              repo: repo.fullName,
              secret: randomBytes(8).toString('hex'),
            }),
          ).toString('base64'),
        };
        repo.runners.push(runner);
        return {
          status: 201,
          body: { runner: render(runner), encoded_jit_config: runner.jitConfig },
        };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/actions/runners',
      handler: (ctx) => {
        const repo = repoOf(ctx);
        const items = repo.runners.filter((r) => !ctx.query.name || r.name === ctx.query.name);
        const page = pageOf({ baseUrl: ctx.baseUrl, path: ctx.path, query: ctx.query }, items);
        return {
          status: 200,
          body: { total_count: items.length, runners: page.items.map(render) },
          headers: page.link ? { link: page.link } : undefined,
        };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/actions/runners/{runner_id}',
      handler: (ctx) => ({ status: 200, body: render(runnerOf(ctx).runner) }),
    },
    {
      method: 'DELETE',
      path: '/repos/{owner}/{repo}/actions/runners/{runner_id}',
      handler: (ctx) => {
        const { runner, index } = runnerOf(ctx);
        if (runner.busy)
          throw new HttpError(
            422,
            'Bad request - Runner "' + runner.name + '" is still running a job"',
          );
        repoOf(ctx).runners.splice(index, 1);
        return { status: 204 };
      },
    },
  ],
};
