// The GitHub driver behind a fault proxy (__tests__/support/fault-proxy.ts) in front of the
// GitHub emulator: 5xx, resets before and after the request is applied, hangs, 429/403 with
// retry-after. Each case asserts on what the emulator holds afterwards (one comment, no orphan
// runner) and on the result or message. Budgets are shortened to milliseconds through the
// client options (the same knobs as CML_FORGE_* in production, docs/limits.md).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { collectingLogger, githubTestContext } from './emulators/github/test-driver';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy';
import { createGitHubClient } from '../src/forge/github/client';
import { githubComments } from '../src/forge/github/comments';
import { githubRunners } from '../src/forge/github/runners';
import { githubAssets } from '../src/forge/github/assets';
import { postComment } from '../src/report/sticky';
import type { CommentTarget } from '../src/forge/types';

const REPO = 'octo/repo';
const PR: CommentTarget = { kind: 'pr', number: 1 };
const USER = { login: 'alice', id: 1, type: 'User' as const };
let gh: GitHubEmulator;
let proxy: FaultProxy;

beforeEach(async () => {
  // Waits of one "second" last 1 ms here; the client timeout is 300 ms.
  process.env.CML_FORGE_RETRY_UNIT_MS = '1';
  gh = await startGitHubEmulator({ repos: [REPO] });
  gh.addToken('user-token', USER);
  gh.seedPull(REPO, {
    number: 1,
    headRef: 'f',
    headSha: 'c'.repeat(40),
    baseRef: 'main',
    baseSha: 'd'.repeat(40),
  });
  proxy = await startFaultProxy(gh.url);
});
afterEach(async () => {
  delete process.env.CML_FORGE_RETRY_UNIT_MS;
  await proxy.close();
  await gh.close();
});

function driver(timeoutMs = 300) {
  const logger = collectingLogger();
  const apiUrl = proxy.urlFor(gh.url);
  const context = githubTestContext(gh, REPO, { apiUrl });
  const client = createGitHubClient({
    token: 'user-token',
    apiUrl,
    logger,
    retryAfterBaseValue: 1,
    spaceWrites: false,
    budget: { timeoutMs },
  });
  return {
    logger,
    ...githubComments(client, context, logger),
    ...githubRunners(client, context, logger),
    ...githubAssets(client, context, logger),
  };
}

const comments = () => gh.state.repos.get(REPO)!.comments.filter((c) => c.issueNumber === 1);
const runners = () => gh.state.repos.get(REPO)!.runners;
const COMMENT_POST = { method: 'POST', path: /\/issues\/1\/comments$/ };

async function post(
  d: ReturnType<typeof driver>,
  mode: 'create' | 'update',
  content = 'report',
  section?: string,
) {
  return postComment({
    forge: d,
    target: PR,
    title: 'CI',
    content,
    mode,
    section,
    logger: d.logger,
    settleMs: [1, 2],
  });
}

describe('create mode (update: false, cml comment create): exactly one comment', () => {
  test.each([
    ['504 after the POST was applied', { kind: 'status-after', status: 504 } as const],
    ['connection reset after the POST was applied', { kind: 'reset-after' } as const],
    ['connection reset before the POST arrived', { kind: 'reset-before' } as const],
    ['502 before the POST arrived', { kind: 'status', status: 502 } as const],
    ['no answer (hang) before the POST arrived', { kind: 'hang' } as const],
  ])('%s', async (_name, fault) => {
    proxy.inject({ ...COMMENT_POST, fault });
    const d = driver();
    const result = await post(d, 'create');
    expect(comments()).toHaveLength(1);
    expect(result.action).toBe('created');
    expect(result.comment.id).toBe(comments()[0]!.id);
    expect(proxy.faults()).toHaveLength(1);
  });

  test('each create still makes its own comment (the nonce is per posting)', async () => {
    const d = driver();
    await post(d, 'create', 'one');
    proxy.inject({ ...COMMENT_POST, fault: { kind: 'status-after', status: 504 } });
    await post(d, 'create', 'one');
    expect(comments()).toHaveLength(2);
  });

  test('a POST that keeps failing before it arrives ends in an error, and no comment', async () => {
    proxy.inject({ ...COMMENT_POST, times: Infinity, fault: { kind: 'status', status: 503 } });
    const d = driver();
    await expect(post(d, 'create')).rejects.toMatchObject({ status: 503 });
    expect(comments()).toHaveLength(0);
    // Four attempts (the budget's three retries), each checked for first.
    expect(proxy.faults()).toHaveLength(4);
  });
});

describe('sticky update', () => {
  test('first report: a lost create answer is found, not posted twice', async () => {
    proxy.inject({ ...COMMENT_POST, fault: { kind: 'reset-after' } });
    const result = await post(driver(), 'update', 'v1');
    expect(comments()).toHaveLength(1);
    expect(result.comment.id).toBe(comments()[0]!.id);
  });

  test('an update whose answer is lost is sent again (PATCH is idempotent)', async () => {
    const d = driver();
    await post(d, 'update', 'v1');
    proxy.inject({ method: 'PATCH', fault: { kind: 'reset-after' } });
    const result = await post(d, 'update', 'v2');
    expect(result.action).toBe('updated');
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toContain('v2');
  });

  test('a section whose create answer is lost: one comment holding the section', async () => {
    proxy.inject({ ...COMMENT_POST, fault: { kind: 'status-after', status: 504 } });
    await post(driver(), 'update', 'linux part', 'linux');
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toContain('linux part');
  });

  test('a hung read fails over to a retry within the client timeout', async () => {
    proxy.inject({ method: 'GET', path: /\/issues\/1\/comments/, fault: { kind: 'hang' } });
    const started = Date.now();
    await post(driver(200), 'update', 'v1');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(comments()).toHaveLength(1);
  });
});

describe('rate limits: retry-after obeyed up to the cap', () => {
  test('429 with retry-after 1 on the create: waited, then one comment', async () => {
    proxy.inject({
      ...COMMENT_POST,
      fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
    });
    await post(driver(), 'create');
    expect(comments()).toHaveLength(1);
  });

  test.each([
    [
      '403 secondary rate limit',
      403,
      { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' },
    ],
    ['429 too many requests', 429, { message: 'Too Many Requests' }],
  ])('%s asking for 600 s fails at once with a clear message', async (_n, status, body) => {
    proxy.inject({
      ...COMMENT_POST,
      fault: { kind: 'status', status, headers: { 'retry-after': '600' }, body },
    });
    const started = Date.now();
    const error = (await post(driver(), 'create').catch((e: unknown) => e)) as Error;
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error.message).toMatch(/asked to wait 600 s; cml waits at most 60 s/);
    expect(comments()).toHaveLength(0);
    expect(proxy.log.filter((e) => e.method === 'POST')).toHaveLength(1);
  });
});

describe('JIT runner registration (generate-jitconfig)', () => {
  const JIT = { method: 'POST', path: /generate-jitconfig$/ };
  const register = (d: ReturnType<typeof driver>) =>
    d.registerRunner({ name: 'cml-abc', labels: ['cml'], ephemeral: true });

  test.each([
    ['504 after it was applied', { kind: 'status-after', status: 504 } as const],
    ['connection reset after it was applied', { kind: 'reset-after' } as const],
    ['no answer (hang) before it arrived', { kind: 'hang' } as const],
  ])('%s: the lost runner is deleted, the retry succeeds, one runner', async (_n, fault) => {
    proxy.inject({ ...JIT, fault });
    const registration = await register(driver());
    expect(runners()).toHaveLength(1);
    expect(runners()[0]!.id).toBe(registration.id);
    expect(registration.secret).toBe(runners()[0]!.jitConfig);
    expect(proxy.log.filter((e) => /generate-jitconfig/.test(e.path))).toHaveLength(2);
  });

  test('answers lost every time: fails with a message, leaves no orphan runner', async () => {
    proxy.inject({ ...JIT, times: Infinity, fault: { kind: 'reset-after' } });
    const error = (await register(driver()).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/did not answer the JIT registration of runner 'cml-abc'/);
    expect(runners()).toHaveLength(0);
  });

  test('a name taken by another runner is a clear 409, and that runner is left alone', async () => {
    const d = driver();
    await register(d);
    const error = (await register(d).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/already has a runner named 'cml-abc' \(409\)/);
    expect(runners()).toHaveLength(1);
    expect(proxy.log.filter((e) => /generate-jitconfig/.test(e.path))).toHaveLength(2);
  });
});

describe('asset publishing (cml-assets branch)', () => {
  const file = { name: 'plot.png', bytes: Buffer.from('png bytes'), contentType: 'image/png' };
  test.each([
    ['the ref creation answered 504 after it was applied', /\/git\/refs$/, 'status-after'],
    ['the ref creation was reset after it was applied', /\/git\/refs$/, 'reset-after'],
    ['a blob upload got a 502', /\/git\/blobs$/, 'status'],
  ] as const)('%s: published once, links point at the branch head', async (_n, path, kind) => {
    proxy.inject({
      method: 'POST',
      path,
      fault: kind === 'reset-after' ? { kind } : { kind, status: kind === 'status' ? 502 : 504 },
    });
    const links = await driver().publishAssets([file]);
    const head = gh.state.repos.get(REPO)!.git.refs.get('heads/cml-assets');
    expect(head).toBeDefined();
    expect(links.get('plot.png')).toContain(`/blob/${head}/`);
  });
});

describe('messages', () => {
  test('a missing pull request: says what is missing, no permission hint', async () => {
    const d = driver();
    const error = (await d
      .createComment({ kind: 'pr', number: 999 }, 'x')
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(
      'GitHub has no pull request or issue #999 in octo/repo (404 Not Found).',
    );
    expect(error.message).not.toMatch(/permission/);
    expect((error as { status?: number }).status).toBeUndefined();
  });

  test('a repository the token cannot see: says both (missing or private)', async () => {
    const logger = collectingLogger();
    const apiUrl = proxy.urlFor(gh.url);
    const client = createGitHubClient({ token: 'user-token', apiUrl, logger, spaceWrites: false });
    const c = githubComments(client, githubTestContext(gh, 'octo/secret', { apiUrl }), logger);
    const error = (await c.createComment(PR, 'x').catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(
      /404 for the repository octo\/secret: it does not exist, or the token cannot see it/,
    );
  });

  test('an HTML error page from a proxy is summarised: status and title, one short line', async () => {
    const html = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>${'x{}'.repeat(
      500,
    )}</style></head><body><h1>Bad Gateway</h1>${'<p>filler</p>'.repeat(200)}</body></html>`;
    expect(html.length).toBeGreaterThan(3000);
    proxy.inject({
      method: 'GET',
      times: Infinity,
      fault: { kind: 'status', status: 502, body: html },
    });
    const error = (await driver()
      .getComment(PR, 1)
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(
      'HTTP 502 from an HTML error page (a proxy or load balancer, not the API): "502 Bad Gateway"',
    );
  });
});
