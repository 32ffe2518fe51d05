// The GitLab driver (gitbeaker with our requester) behind a fault proxy in front of the GitLab
// emulator: lost answers on note creation, hangs, 429 with retry-after, and the messages for a
// missing project or merge request. Asserts on the notes the emulator holds afterwards.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PassThrough } from 'node:stream';
import { startGitLabEmulator, type GitLabEmulator } from './emulators/gitlab';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy';
import { createGitLabClient } from '../src/forge/gitlab/client';
import { gitlabComments } from '../src/forge/gitlab/comments';
import { gitlabRunners } from '../src/forge/gitlab/runners';
import { ConsoleLogger } from '../src/core/logger';
import { postComment } from '../src/report/sticky';
import { isConfigurationError } from '../src/core/errors';
import type { RunContext } from '../src/core/context';

const TOKEN = 'glpat-faults-token';
const BOT = { username: 'cml-bot', id: 77 };
const MR = { kind: 'pr', number: 5 } as const;
let gl: GitLabEmulator;
let proxy: FaultProxy;

beforeEach(async () => {
  process.env.CML_FORGE_RETRY_UNIT_MS = '1';
  gl = await startGitLabEmulator();
  gl.addToken(TOKEN, { ...BOT, scopes: ['api', 'create_runner'] });
  gl.seedProject({ id: 42, path: 'ml/model' });
  gl.seedMergeRequest(42, {
    iid: 5,
    sourceBranch: 'exp',
    targetBranch: 'main',
    sha: 'c'.repeat(40),
  });
  proxy = await startFaultProxy(gl.serverUrl);
});
afterEach(async () => {
  delete process.env.CML_FORGE_RETRY_UNIT_MS;
  await proxy.close();
  await gl.close();
});

function driver(context: Partial<RunContext> = {}, timeoutMs = 300) {
  const sink = new PassThrough();
  let text = '';
  sink.on('data', (c: Buffer) => (text += c.toString()));
  const logger = new ConsoleLogger(sink, sink, true, false);
  const apiUrl = proxy.urlFor(gl.url);
  const client = createGitLabClient({
    token: TOKEN,
    apiUrl,
    logger,
    retry: { baseDelayMs: 1, timeoutMs },
  });
  const full: RunContext = {
    platform: 'gitlab',
    repository: 'ml/model',
    projectId: '42',
    sha: 'a'.repeat(40),
    apiUrl,
    serverUrl: proxy.origin,
    workspace: process.cwd(),
    ...context,
  };
  return {
    logger,
    output: () => text,
    ...gitlabComments(client, full, logger),
    ...gitlabRunners(client, full, logger),
  };
}

const notes = () => gl.state.notes.filter((n) => n.noteableIid === 5);
const NOTE_POST = { method: 'POST', path: /\/merge_requests\/5\/notes$/ };

const post = (d: ReturnType<typeof driver>, mode: 'create' | 'update', content = 'report') =>
  postComment({
    forge: d,
    target: MR,
    title: 'CI',
    content,
    mode,
    logger: d.logger,
    settleMs: [1, 2],
  });

describe('GitLab notes: exactly one note', () => {
  test.each([
    ['504 after the POST was applied', { kind: 'status-after', status: 504 } as const],
    ['connection reset after the POST was applied', { kind: 'reset-after' } as const],
    ['connection reset before the POST arrived', { kind: 'reset-before' } as const],
    ['502 before the POST arrived', { kind: 'status', status: 502 } as const],
    ['no answer (hang) before the POST arrived', { kind: 'hang' } as const],
  ])('create mode, %s', async (_n, fault) => {
    proxy.inject({ ...NOTE_POST, fault });
    const d = driver();
    const result = await post(d, 'create');
    expect(notes()).toHaveLength(1);
    expect(result.comment.id).toBe(notes()[0]!.id);
    expect(d.output()).not.toMatch(/failed: fetch failed/);
  });

  test('update mode, first report, answer lost after it was applied', async () => {
    proxy.inject({ ...NOTE_POST, fault: { kind: 'reset-after' } });
    await post(driver(), 'update');
    expect(notes()).toHaveLength(1);
  });

  test('a lost note answer is no longer reported as "fetch failed"', async () => {
    // The driver alone (no create-once): the error says what was asked and why it failed.
    proxy.inject({ ...NOTE_POST, fault: { kind: 'reset-after' } });
    const error = (await driver()
      .createComment(MR, 'x')
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(
      /^GitLab: POST \/api\/v4\/projects\/42\/merge_requests\/5\/notes got no answer \(/,
    );
    expect(notes()).toHaveLength(1);
  });

  test('a hung read is cut by the client timeout and retried', async () => {
    proxy.inject({ method: 'GET', path: /\/notes/, fault: { kind: 'hang' } });
    const started = Date.now();
    await post(driver({}, 200), 'update');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(notes()).toHaveLength(1);
  });

  test('429 asking for 600 s fails at once with a clear message; 429 asking for 1 s is waited', async () => {
    proxy.inject({
      ...NOTE_POST,
      fault: { kind: 'status', status: 429, headers: { 'retry-after': '600' } },
    });
    const started = Date.now();
    const error = (await post(driver(), 'create').catch((e: unknown) => e)) as Error;
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error.message).toMatch(/asked to wait 600 s; cml waits at most 60 s/);
    expect(notes()).toHaveLength(0);

    proxy.inject({
      ...NOTE_POST,
      fault: { kind: 'status', status: 429, headers: { 'retry-after': '0.01' } },
    });
    await post(driver(), 'create');
    expect(notes()).toHaveLength(1);
  });
});

describe('runner creation (POST /user/runners)', () => {
  const RUNNERS = { method: 'POST', path: /\/user\/runners$/ };
  const register = (d: ReturnType<typeof driver>) =>
    d.registerRunner({ name: 'cml-xyz', labels: ['cml'], ephemeral: true });

  test.each([
    ['504 after it was applied', { kind: 'status-after', status: 504 } as const],
    ['connection reset after it was applied', { kind: 'reset-after' } as const],
  ])('%s: the lost runner is deleted, the retry succeeds, one runner', async (_n, fault) => {
    proxy.inject({ ...RUNNERS, fault });
    const registration = await register(driver());
    expect(gl.state.runners).toHaveLength(1);
    expect(gl.state.runners[0]!.id).toBe(registration.id);
  });

  test('answers lost every time: fails with a message, leaves no orphan runner', async () => {
    proxy.inject({ ...RUNNERS, times: Infinity, fault: { kind: 'reset-after' } });
    const error = (await register(driver()).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(
      /did not answer the creation of runner 'cml-xyz' after 4 attempts/,
    );
    expect(gl.state.runners).toHaveLength(0);
  });
});

describe('messages', () => {
  test('a missing merge request says so, without a permission hint', async () => {
    const error = (await driver()
      .createComment({ kind: 'pr', number: 999 }, 'x')
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toBe('GitLab has no merge request !999 in project 42 (404 Not Found).');
  });

  test('a project the token cannot see says both (missing or private)', async () => {
    const error = (await driver({ projectId: '4242', repository: 'ml/other' })
      .createComment(MR, 'x')
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(
      /404 for project 4242: it does not exist, or the token cannot see it/,
    );
  });

  test('CI_PROJECT_ID missing names the variable instead of "404 Not Found"', () => {
    let error: unknown;
    try {
      driver({ projectId: undefined, repository: '' });
    } catch (e) {
      error = e;
    }
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^CI_PROJECT_ID is not set/);
    expect(proxy.log).toHaveLength(0);
  });
});
