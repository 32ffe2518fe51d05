// `cml workflow rerun` (and CML's `cml rerun-workflow`) against the GitHub and GitLab emulators:
// a finished run is re-run; a running one is cancelled, waited for (bounded) and re-run.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator, type WorkflowRun } from './emulators/github';
import { startGitLabEmulator, type GitLabEmulator, HttpError } from './emulators/gitlab';
import { makeRepo, runCml } from './cli-helpers';

const TOKEN = 'ghp_rerunner123456';

describe('cml workflow rerun on GitHub', () => {
  let gh: GitHubEmulator;
  let cwd: string;
  beforeEach(async () => {
    gh = await startGitHubEmulator({ repos: ['octo/repo'] });
    gh.addToken(TOKEN, { login: 'alice', id: 7, type: 'User' });
    cwd = makeRepo().work;
  });
  afterEach(() => gh.close());

  const env = (extra: Record<string, string> = {}) => ({
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: gh.serverUrl,
    GITHUB_RUN_ID: '555',
    REPO_TOKEN: TOKEN,
    CML_RERUN_POLL_MS: '100',
    ...extra,
  });
  const run = (id: number) => gh.state.repos.get('octo/repo')!.workflowRuns.get(id)!;

  it('re-runs a completed run named by --id', async () => {
    gh.seedWorkflowRun('octo/repo', { id: 77, status: 'completed', conclusion: 'failure' });
    const r = await runCml(['workflow', 'rerun', '--id', '77'], { cwd, env: env() });
    expect(r.stderr).not.toContain('::error');
    expect(r.code).toBe(0);
    expect(run(77).actions).toEqual(['rerun']);
    expect(gh.violations).toEqual([]);
  });

  it('defaults to this run (GITHUB_RUN_ID); legacy rerun-workflow and CML_WORKFLOW_ID work', async () => {
    gh.seedWorkflowRun('octo/repo', { id: 555, status: 'completed', conclusion: 'success' });
    gh.seedWorkflowRun('octo/repo', { id: 556, status: 'completed', conclusion: 'success' });
    expect((await runCml(['workflow', 'rerun'], { cwd, env: env() })).code).toBe(0);
    expect(run(555).actions).toEqual(['rerun']);
    const legacy = await runCml(['rerun-workflow'], { cwd, env: env({ CML_WORKFLOW_ID: '556' }) });
    expect(legacy.code).toBe(0);
    expect(run(556).actions).toEqual(['rerun']);
  });

  it('cancels a run in progress, waits until it has stopped, then re-runs it', async () => {
    gh.seedWorkflowRun('octo/repo', { id: 88, status: 'in_progress', conclusion: null });
    slowCancel(run(88), 600);
    const r = await runCml(['workflow', 'rerun', '--id', '88'], { cwd, env: env() });
    expect(r.stderr).not.toContain('::error');
    expect(r.code).toBe(0);
    expect(run(88).actions).toEqual(['cancel', 'rerun']);
    const polls = gh.requests.filter((q) => q.method === 'GET' && q.path.endsWith('/runs/88'));
    expect(polls.length).toBeGreaterThan(2);
  });

  it('gives up after the bounded wait with a clear message', async () => {
    gh.seedWorkflowRun('octo/repo', { id: 99, status: 'in_progress', conclusion: null });
    slowCancel(run(99), Number.POSITIVE_INFINITY);
    const r = await runCml(['workflow', 'rerun', '--id', '99'], {
      cwd,
      env: env({ CML_RERUN_TIMEOUT_MS: '800' }),
    });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('was cancelled but is still in_progress');
    expect(run(99).actions).toEqual(['cancel']);
  });

  it('--job-id re-runs the run that job belongs to (CML drivers take a jobId)', async () => {
    gh.seedWorkflowRun('octo/repo', { id: 120, status: 'completed', conclusion: 'failure' });
    gh.addRoutes({
      name: 'jobs',
      routes: [
        {
          method: 'GET',
          path: '/repos/{owner}/{repo}/actions/jobs/{job_id}',
          handler: (ctx) =>
            ctx.params.job_id === '4001'
              ? { status: 200, body: { id: 4001, run_id: 120, status: 'completed' } }
              : { status: 404, body: { message: 'Not Found' } },
        },
      ],
    });
    const r = await runCml(['workflow', 'rerun', '--job-id', '4001'], { cwd, env: env() });
    expect(r.stderr).not.toContain('::error');
    expect(r.code).toBe(0);
    expect(run(120).actions).toEqual(['rerun']);
    expect(run(555)?.actions ?? []).toEqual([]);
    expect(gh.violations).toEqual([]);
    const bad = await runCml(['workflow', 'rerun', '--job-id', 'x1'], { cwd, env: env() });
    expect(bad.code).toBe(1);
    expect(bad.stdout + bad.stderr).toContain("--job-id must be a job id (a number), got 'x1'");
  });

  it('rejects an --id that is not a run id', async () => {
    const r = await runCml(['workflow', 'rerun', '--id', 'abc'], { cwd, env: env() });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain("--id must be a workflow run id (a number), got 'abc'");
  });
});

/** Makes a cancelled run report in_progress for `ms` more, as GitHub does while jobs wind down. */
function slowCancel(run: WorkflowRun, ms: number): void {
  let status = run.status;
  let cancelledAt: number | undefined;
  Object.defineProperty(run, 'status', {
    get: () =>
      cancelledAt !== undefined && Date.now() - cancelledAt < ms ? 'in_progress' : status,
    set: (value: string) => {
      if (value === 'completed' && cancelledAt === undefined && run.actions.includes('cancel')) {
        cancelledAt = Date.now();
      }
      status = value;
    },
  });
}

describe('cml workflow rerun on GitLab', () => {
  let gl: GitLabEmulator;
  let cwd: string;
  const cancelled: number[] = [];
  beforeEach(async () => {
    gl = await startGitLabEmulator();
    gl.seedProject({ id: 42, path: 'group/project' });
    gl.addToken('glpat-rerun1234567', { username: 'alice', id: 7, scopes: ['api'] });
    // POST …/pipelines/:id/cancel, which the built-in routes do not offer.
    gl.addRoutes({
      name: 'pipeline-cancel',
      routes: [
        {
          method: 'POST',
          path: '/projects/:id/pipelines/:pipeline_id/cancel',
          handler(ctx) {
            const p = ctx.state.pipelines.find((x) => x.id === Number(ctx.params.pipeline_id));
            if (!p) throw new HttpError(404, { message: '404 Not found' });
            p.status = 'canceled';
            cancelled.push(p.id);
            return { status: 200, body: { id: p.id, status: p.status } };
          },
        },
      ],
    });
    cwd = makeRepo().work;
  });
  afterEach(() => gl.close());

  const env = {
    GITLAB_CI: 'true',
    CI_API_V4_URL: '',
    CI_PROJECT_ID: '42',
    CI_PROJECT_PATH: 'group/project',
    CI_PIPELINE_ID: '300',
    GITLAB_TOKEN: 'glpat-rerun1234567',
  };

  it('retries a failed pipeline (this one by default)', async () => {
    gl.seedPipeline(42, { id: 300, sha: 'a'.repeat(40), ref: 'main', status: 'failed' });
    const r = await runCml(['workflow', 'rerun'], { cwd, env: { ...env, CI_API_V4_URL: gl.url } });
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(gl.state.pipelines[0]).toMatchObject({ status: 'pending', retries: 1 });
    expect(gl.violations).toEqual([]);
  });

  it('--job-id retries the pipeline that job belongs to', async () => {
    gl.seedPipeline(42, { id: 302, sha: 'c'.repeat(40), ref: 'main', status: 'failed' });
    gl.addRoutes({
      name: 'jobs',
      routes: [
        {
          method: 'GET',
          path: '/projects/:id/jobs/:job_id',
          handler: (ctx) => ({
            status: 200,
            body: { id: Number(ctx.params.job_id), status: 'failed', pipeline: { id: 302 } },
          }),
        },
      ],
    });
    const r = await runCml(['workflow', 'rerun', '--job-id', '9001'], {
      cwd,
      env: { ...env, CI_API_V4_URL: gl.url },
    });
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(gl.state.pipelines[0]).toMatchObject({ id: 302, status: 'pending', retries: 1 });
    expect(gl.violations).toEqual([]);
  });

  it('cancels a running pipeline before retrying it', async () => {
    gl.seedPipeline(42, { id: 301, sha: 'b'.repeat(40), ref: 'main', status: 'running' });
    const r = await runCml(['workflow', 'rerun', '--id', '301'], {
      cwd,
      env: { ...env, CI_API_V4_URL: gl.url },
    });
    expect(r.code).toBe(0);
    expect(cancelled).toContain(301);
    expect(gl.state.pipelines[0]).toMatchObject({ status: 'pending', retries: 1 });
  });
});
