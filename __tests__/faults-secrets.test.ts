// A forge that echoes the token in its error body (as a misconfigured proxy or an API error
// that quotes the request can): the token must appear nowhere in what the bundles write:
// stdout, stderr, the job summary, step outputs. The report action (GitHub, GitLab CI) and the
// CLI (GitHub Actions, GitLab CI, a local run), with and without --fail-on-error (the failure
// path prints through the CLI's top-level logger, which used to know no secret).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import { ActionsLogger, ConsoleLogger } from '../src/core/logger';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startGitHubEmulator, HttpError, type GitHubEmulator } from './emulators/github';
import {
  startGitLabEmulator,
  HttpError as GitLabHttpError,
  type GitLabEmulator,
} from './emulators/gitlab';
import { noteRoutes } from './emulators/gitlab/routes/notes';
import { cleanEnv, distEntry, node24, parseRunnerFile, runAction } from './support/dist';
import { inputVariable } from '../src/inputs/parse';
import { pullRequestEvent, HEAD_SHA, workspace } from './report-support';

const GH_TOKEN = 'ghp_EchoedSecret0123456789abcdefABCDEF';
const GL_TOKEN = 'glpat-EchoedSecret0123456789';
let gh: GitHubEmulator;
let gl: GitLabEmulator;

beforeAll(async () => {
  gh = await startGitHubEmulator({ repos: ['octo/repo'] });
  gh.addToken(GH_TOKEN, { login: 'alice', id: 7, type: 'User' });
  gh.seedPull('octo/repo', {
    number: 7,
    headRef: 'feature',
    headSha: HEAD_SHA,
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
  });
  // The comment write answers an error quoting the Authorization header and a URL with the
  // token in it.
  gh.addRoutes({
    name: 'echo',
    routes: [
      {
        method: 'POST',
        path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        handler: (ctx) => {
          const token = /\S+$/.exec(String(ctx.headers.authorization))?.[0];
          throw new HttpError(
            422,
            `Validation failed for header "${String(ctx.headers.authorization)}" at https://x-access-token:${token}@github.example/octo/repo.git`,
          );
        },
      },
    ],
  });

  gl = await startGitLabEmulator();
  gl.addToken(GL_TOKEN, { username: 'cml-bot', id: 77 });
  gl.seedProject({ id: 42, path: 'ml/model' });
  gl.seedMergeRequest(42, { iid: 5, sourceBranch: 'exp', targetBranch: 'main', sha: HEAD_SHA });
  const create = noteRoutes.routes.find(
    (r) => r.method === 'POST' && r.path.includes('merge_requests'),
  )!;
  gl.addRoutes({
    name: 'echo',
    routes: [
      {
        ...create,
        handler: () => {
          throw new GitLabHttpError(400, {
            message: `token ${GL_TOKEN} is not allowed here; see ${gl.serverUrl}/ml/model.git?private_token=${GL_TOKEN}`,
          });
        },
      },
    ],
  });
});
afterAll(async () => {
  await gh.close();
  await gl.close();
});

/** Everything a run wrote, minus the `::add-mask::` commands that register the secret. */
function written(run: { stdout: string; stderr: string; summary?: string; outputs?: unknown }) {
  return [
    run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    run.stderr
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    run.summary ?? '',
    JSON.stringify(run.outputs ?? {}),
  ].join('\n');
}

function expectNoToken(text: string, token: string) {
  expect(text).not.toContain(token);
  expect(text).not.toContain(encodeURIComponent(token));
  // The error itself is still reported, with the token cut out.
  expect(text).toMatch(/\*\*\*/);
}

function spawnNode(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const child = spawn(node24(), args, { cwd, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((res) =>
    child.on('close', (code) => res({ code, stdout, stderr })),
  );
}

const gitlabCiEnv = (ws: string, extra: Record<string, string> = {}) =>
  cleanEnv({
    GITLAB_CI: 'true',
    CI: 'true',
    CI_API_V4_URL: gl.url,
    CI_SERVER_URL: gl.serverUrl,
    CI_PROJECT_ID: '42',
    CI_PROJECT_PATH: 'ml/model',
    CI_PROJECT_DIR: ws,
    CI_COMMIT_SHA: HEAD_SHA,
    CI_MERGE_REQUEST_IID: '5',
    GITLAB_TOKEN: GL_TOKEN,
    ...extra,
  });

describe('a token echoed by the forge is masked everywhere', () => {
  test.each([false, true])('report action on GitHub (fail-on-error %s)', async (failOnError) => {
    const ws = workspace({ 'report.md': '# report\n' });
    const run = await runAction('report', {
      cwd: ws,
      apiUrl: gh.url,
      event: pullRequestEvent(7),
      eventName: 'pull_request',
      inputs: { 'fail-on-error': String(failOnError) },
      env: { GITHUB_TOKEN: GH_TOKEN, GITHUB_SHA: HEAD_SHA },
    });
    expect(run.code).toBe(failOnError ? 1 : 0);
    expect(run.stdout).toContain(`::add-mask::${GH_TOKEN}`);
    expect(written(run)).toMatch(/Validation failed/);
    expectNoToken(written(run), GH_TOKEN);
  });

  test.each([false, true])('report action on GitLab CI (fail-on-error %s)', async (failOnError) => {
    const ws = workspace({ 'report.md': '# report\n' });
    const env = gitlabCiEnv(ws, {
      [inputVariable('fail-on-error')]: String(failOnError),
      [inputVariable('file')]: 'report.md',
    });
    const run = await spawnNode([distEntry('report')], ws, env);
    expect(run.code).toBe(failOnError ? 1 : 0);
    expect(written(run)).toMatch(/is not allowed here/);
    expectNoToken(written(run), GL_TOKEN);
    const dotenv = join(ws, 'cml-report.env');
    if (existsSync(dotenv)) expect(readFileSync(dotenv, 'utf8')).not.toContain(GL_TOKEN);
  });

  test.each([false, true])(
    'cml comment create under GitLab CI (--fail-on-error %s)',
    async (failOnError) => {
      const ws = workspace({ 'report.md': '# report\n' });
      const args = [distEntry('cml'), 'comment', 'create', 'report.md'];
      if (failOnError) args.push('--fail-on-error');
      const run = await spawnNode(args, ws, gitlabCiEnv(ws));
      expect(run.code).toBe(failOnError ? 1 : 0);
      expect(written(run)).toMatch(/is not allowed here/);
      expectNoToken(written(run), GL_TOKEN);
    },
  );

  test('cml comment create on a developer machine (--driver gitlab --token)', async () => {
    const ws = workspace({ 'report.md': '# report\n' });
    const run = await spawnNode(
      [
        distEntry('cml'),
        'comment',
        'create',
        'report.md',
        '--driver',
        'gitlab',
        '--repo',
        `${gl.serverUrl}/ml/model`,
        '--token',
        GL_TOKEN,
        '--target',
        'pr/5',
        '--commit-sha',
        HEAD_SHA,
        '--fail-on-error',
      ],
      ws,
      cleanEnv({ CML_API_URL: gl.url }),
    );
    expect(run.code).toBe(1);
    expect(written(run)).toMatch(/is not allowed here/);
    expectNoToken(written(run), GL_TOKEN);
  });

  test('cml comment create in a GitHub Actions step (--fail-on-error)', async () => {
    const ws = workspace({ 'report.md': '# report\n' });
    const dir = mkdtempSync(join(tmpdir(), 'cml-secrets-'));
    const eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify(pullRequestEvent(7)));
    const summary = join(dir, 'summary');
    const output = join(dir, 'output');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const run = await spawnNode(
      [distEntry('cml'), 'comment', 'create', 'report.md', '--fail-on-error'],
      ws,
      cleanEnv({
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_REPOSITORY: 'octo/repo',
        GITHUB_API_URL: gh.url,
        GITHUB_SERVER_URL: gh.serverUrl,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_OUTPUT: output,
        GITHUB_WORKSPACE: ws,
        GITHUB_SHA: HEAD_SHA,
        GITHUB_TOKEN: GH_TOKEN,
      }),
    );
    expect(run.code).toBe(1);
    const all = written({
      ...run,
      summary: readFileSync(summary, 'utf8'),
      outputs: parseRunnerFile(readFileSync(output, 'utf8')),
    });
    expect(all).toMatch(/Validation failed/);
    expectNoToken(all, GH_TOKEN);
  });
});

describe('masks are process-wide', () => {
  test('a secret masked through one logger is cut from every other (Console, Actions)', () => {
    const lines: string[] = [];
    const sink = new PassThrough();
    sink.on('data', (c: Buffer) => lines.push(c.toString()));
    const first = new ConsoleLogger(sink, sink, false, false);
    first.mask('tok-process-wide-1234');
    // A second logger, as the CLI's top-level one that reports failures.
    const second = new ConsoleLogger(sink, sink, false, false);
    second.error('forge said: bad token tok-process-wide-1234 (tok-process-wide-1234)');
    new ActionsLogger(sink).warning('echo https://x:tok-process-wide-1234@host/');
    expect(lines.join('')).not.toContain('tok-process-wide-1234');
    expect(lines.join('')).toContain('bad token *** (***)');
    expect(lines.join('')).toContain('https://x:***@host/');
  });
});
