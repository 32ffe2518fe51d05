/**
 * Workflow runs: get, re-run, re-run failed jobs, cancel. Seed runs with
 * emulator.seedWorkflowRun; each call is recorded in run.actions.
 */
import { HttpError, type RouteContext, type RouteModule, type WorkflowRun } from '../types';
import { intParam, repoOf } from './helpers';

function runOf(ctx: RouteContext): WorkflowRun {
  const run = repoOf(ctx).workflowRuns.get(intParam(ctx, 'run_id'));
  if (!run) throw new HttpError(404, 'Not Found');
  return run;
}

function rerun(ctx: RouteContext, kind: string) {
  const run = runOf(ctx);
  if (run.status !== 'completed') {
    throw new HttpError(403, `This workflow run is not completed and cannot be re-run.`);
  }
  if (kind === 'rerun-failed-jobs' && run.conclusion === 'success') {
    throw new HttpError(403, 'This workflow run has no failed jobs to re-run.');
  }
  run.actions.push(kind);
  run.runAttempt += 1;
  run.status = 'queued';
  run.conclusion = null;
  return { status: 201, body: {} };
}

export const workflowsRoutes: RouteModule = {
  name: 'workflows',
  routes: [
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/actions/runs/{run_id}',
      handler: (ctx) => {
        const run = runOf(ctx);
        const repo = repoOf(ctx);
        return {
          status: 200,
          body: {
            id: run.id,
            name: run.name,
            status: run.status,
            conclusion: run.conclusion,
            head_sha: run.headSha,
            head_branch: run.headBranch,
            run_attempt: run.runAttempt,
            url: `${ctx.baseUrl}/repos/${repo.fullName}/actions/runs/${run.id}`,
            html_url: `${ctx.webUrl}/${repo.fullName}/actions/runs/${run.id}`,
          },
        };
      },
    },
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun',
      handler: (ctx) => rerun(ctx, 'rerun'),
    },
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs',
      handler: (ctx) => rerun(ctx, 'rerun-failed-jobs'),
    },
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/actions/runs/{run_id}/cancel',
      handler: (ctx) => {
        const run = runOf(ctx);
        if (run.status === 'completed') {
          throw new HttpError(409, 'Cannot cancel a workflow run that is completed.');
        }
        run.actions.push('cancel');
        run.status = 'completed';
        run.conclusion = 'cancelled';
        return { status: 202, body: {} };
      },
    },
  ],
};
