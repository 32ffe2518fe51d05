import { afterEach, beforeEach, expect, test } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { githubTestDriver } from './emulators/github/test-driver';
import { isPermissionDenied, isRateLimited } from '../src/forge/github/errors';
import type { CommentTarget } from '../src/forge/types';
import { ACTIONS_BOT } from './emulators/github/identities';

const REPO = 'octo/repo';
const PR: CommentTarget = { kind: 'pr', number: 1 };
let emulator: GitHubEmulator;

beforeEach(async () => {
  emulator = await startGitHubEmulator({ repos: [REPO] });
  emulator.addToken('user-token', { login: 'alice', id: 1, type: 'User' });
  emulator.addToken('ro-token', { ...ACTIONS_BOT, readOnly: true });
  emulator.seedPull(REPO, {
    number: 1,
    headRef: 'f',
    headSha: 'c'.repeat(40),
    baseRef: 'main',
    baseSha: 'd'.repeat(40),
  });
});
afterEach(async () => {
  expect(emulator.violations).toEqual([]);
  await emulator.close();
});

const statuses = (method: string) =>
  emulator.requests.filter((r) => r.method === method).map((r) => r.status);

test('502 on a read: retried', async () => {
  emulator.failNext(1, { status: 502, body: { message: 'Server Error' } }, { method: 'GET' });
  const driver = githubTestDriver(emulator, 'user-token', REPO);
  expect(await driver.defaultBranch()).toBe('main');
  expect(statuses('GET')).toEqual([502, 200]);
});

test('502 on a comment POST: not sent again blindly (it may have been applied)', async () => {
  // @octokit/plugin-retry would send it again (any status >= 400 outside 400/401/403/404/410/
  // 422/451, whatever the method: dist-src/error-request.js); a repeat can duplicate the
  // comment. src/report/create-once.ts looks for it first.
  emulator.failNext(1, { status: 502, body: { message: 'Server Error' } }, { method: 'POST' });
  const driver = githubTestDriver(emulator, 'user-token', REPO);
  await expect(driver.createComment(PR, 'after a 502')).rejects.toMatchObject({ status: 502 });
  expect(statuses('POST')).toEqual([502]);
});

test('503 on a read: retried', async () => {
  emulator.failNext(2, { status: 503 }, { method: 'GET' });
  const driver = githubTestDriver(emulator, 'user-token', REPO);
  expect(await driver.defaultBranch()).toBe('main');
  expect(statuses('GET')).toEqual([503, 503, 200]);
});

test('403 secondary rate limit with retry-after: retried after the wait', async () => {
  emulator.failNext(
    1,
    {
      status: 403,
      headers: { 'retry-after': '2' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
    },
    { method: 'POST' },
  );
  const driver = githubTestDriver(emulator, 'user-token', REPO);
  await driver.createComment(PR, 'after a secondary limit');
  expect(statuses('POST')).toEqual([403, 201]);
  expect(driver.logger.lines.join('\n')).toMatch(
    /secondary rate limit hit for POST .* retrying in 2 s/,
  );
});

test('429 too many requests: retried', async () => {
  emulator.failNext(
    1,
    { status: 429, headers: { 'retry-after': '1' }, body: { message: 'Too Many Requests' } },
    { method: 'PATCH' },
  );
  const driver = githubTestDriver(emulator, 'user-token', REPO);
  const c = await driver.createComment(PR, 'one');
  await driver.updateComment(PR, c.id, 'two');
  expect(statuses('PATCH')).toEqual([429, 200]);
  expect(emulator.state.repos.get(REPO)?.comments[0]?.body).toBe('two');
});

test('a 5xx that never ends fails after a bounded number of retries', async () => {
  emulator.failNext(100, { status: 500 }, { method: 'GET' });
  const driver = githubTestDriver(emulator, 'user-token', REPO);
  await expect(driver.getComment(PR, 1)).rejects.toMatchObject({ status: 500 });
  expect(statuses('GET')).toEqual([500, 500, 500, 500]);
});

test('a read-only token: the 403 is not retried and is recognisable', async () => {
  const driver = githubTestDriver(emulator, 'ro-token', REPO);
  const error = await driver.createComment(PR, 'x').catch((e: unknown) => e);
  expect(isPermissionDenied(error)).toBe(true);
  expect(isRateLimited(error)).toBe(false);
  expect(statuses('POST')).toEqual([403]);
});

test('a secondary rate limit is not mistaken for a permission refusal', () => {
  const limited = Object.assign(new Error('You have exceeded a secondary rate limit'), {
    status: 403,
  });
  expect(isRateLimited(limited)).toBe(true);
  expect(isPermissionDenied(limited)).toBe(false);
});

test('an unknown token: 401 is recognised and the hint points at the token, not a permission', async () => {
  const driver = githubTestDriver(emulator, 'expired-token', REPO);
  const error = await driver.createComment(PR, 'x').catch((e: unknown) => e);
  expect(isPermissionDenied(error)).toBe(true);
  expect((error as { hint: string }).hint).toMatch(/does not accept the token \(401\)/);
  expect(statuses('POST')).toEqual([401]);
});
