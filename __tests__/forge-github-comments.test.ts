import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { githubTestDriver } from './emulators/github/test-driver';
import { isPermissionDenied, GitHubPermissionError } from '../src/forge/github/errors';
import type { CommentTarget, ForgeComment } from '../src/forge/types';

const REPO = 'octo/repo';
const USER = { login: 'alice', id: 1, type: 'User' as const };
const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const };
const PR: CommentTarget = { kind: 'pr', number: 7 };

let emulator: GitHubEmulator;

beforeEach(async () => {
  emulator = await startGitHubEmulator({ repos: [REPO] });
  emulator.addToken('user-token', USER);
  emulator.addToken('app-token', { ...BOT, installation: true });
  emulator.addToken('ro-token', { ...BOT, installation: true, readOnly: true });
  emulator.seedPull(REPO, {
    number: 7,
    headRef: 'feature',
    headSha: 'c'.repeat(40),
    baseRef: 'main',
    baseSha: 'd'.repeat(40),
  });
});
afterEach(async () => {
  expect(emulator.violations).toEqual([]);
  await emulator.close();
});

/** Takes comments newest first until `stop` says so, like a sticky look-up does. */
async function findFirst(
  iterable: AsyncIterable<ForgeComment>,
  stop: (c: ForgeComment) => boolean,
) {
  let seen = 0;
  for await (const c of iterable) {
    seen++;
    if (stop(c)) return { found: c, seen };
  }
  return { found: undefined, seen };
}

const listRequests = () =>
  emulator.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments')).length;

describe('listComments', () => {
  test('yields all 250 comments newest first', async () => {
    emulator.seedComments(REPO, 7, 250, USER);
    const driver = githubTestDriver(emulator, 'user-token', REPO);
    const bodies: string[] = [];
    for await (const c of driver.listComments(PR)) bodies.push(c.body);
    expect(bodies).toHaveLength(250);
    expect(bodies[0]).toBe('comment 249');
    expect(bodies[249]).toBe('comment 0');
    expect(new Set(bodies).size).toBe(250);
    // page 1 (for rel="last"), then 3 and 2; page 1 is not asked twice.
    expect(listRequests()).toBe(3);
  });

  test('is lazy: a hit on the newest page costs two requests', async () => {
    emulator.seedComments(REPO, 7, 1000, USER);
    const driver = githubTestDriver(emulator, 'user-token', REPO);
    const { found, seen } = await findFirst(
      driver.listComments(PR),
      (c) => c.body === 'comment 990',
    );
    expect(found?.body).toBe('comment 990');
    expect(seen).toBe(10);
    expect(listRequests()).toBe(2);
  });

  test('a sticky update of a report among the oldest of 1,000 comments takes at most 12 requests', async () => {
    const marker = '<!-- cml watermark -->';
    emulator.seedComments(REPO, 7, 1000, USER, (i) =>
      i === 3 ? `old report\n${marker}` : `comment ${i}`,
    );
    const driver = githubTestDriver(emulator, 'user-token', REPO);
    const me = await driver.identity();
    const { found } = await findFirst(
      driver.listComments(PR),
      (c) => c.body.includes(marker) && c.authorId === me.id,
    );
    expect(found).toBeDefined();
    await driver.updateComment(PR, found?.id as number, `new report\n${marker}`);
    const total = emulator.requests.length;
    expect(total).toBeLessThanOrEqual(12);
    expect(total).toBe(12); // identity 1, pages 1, 10..2 (10), update 1
    const stored = emulator.state.repos.get(REPO)?.comments;
    expect(stored).toHaveLength(1000);
    expect(stored?.[3]?.body).toBe(`new report\n${marker}`);
  });

  test('an empty PR yields nothing after one request', async () => {
    const driver = githubTestDriver(emulator, 'user-token', REPO);
    const all: ForgeComment[] = [];
    for await (const c of driver.listComments(PR)) all.push(c);
    expect(all).toEqual([]);
    expect(listRequests()).toBe(1);
  });
});

describe('create, read, update, delete', () => {
  test('on a pull request, through the issues endpoints', async () => {
    const driver = githubTestDriver(emulator, 'user-token', REPO);
    const created = await driver.createComment(PR, 'first');
    expect(created).toMatchObject({ body: 'first', author: 'alice', authorId: 1 });
    expect(created.url).toBe(`${emulator.serverUrl}/${REPO}/pull/7#issuecomment-${created.id}`);
    const updated = await driver.updateComment(PR, created.id, 'second');
    expect(updated.body).toBe('second');
    expect((await driver.getComment(PR, created.id))?.body).toBe('second');
    await driver.deleteComment(PR, created.id);
    expect(await driver.getComment(PR, created.id)).toBeUndefined();
    expect(emulator.requests.map((r) => `${r.method} ${r.template}`)).toEqual([
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      'GET /repos/{owner}/{repo}/issues/comments/{comment_id}',
      'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
      'GET /repos/{owner}/{repo}/issues/comments/{comment_id}',
    ]);
    expect(driver.commentLimit).toBe(65536);
    expect(driver.canEdit(PR)).toBe(true);
  });

  test('on an issue', async () => {
    emulator.seedIssue(REPO, { number: 3 });
    const driver = githubTestDriver(emulator, 'user-token', REPO);
    const c = await driver.createComment({ kind: 'issue', number: 3 }, 'on issue');
    expect(c.url).toContain('/issues/3#issuecomment-');
    expect(emulator.state.repos.get(REPO)?.comments[0]?.issueNumber).toBe(3);
  });

  test('on a commit, through the commit comment endpoints, newest first', async () => {
    const target: CommentTarget = { kind: 'commit', sha: 'e'.repeat(40) };
    const driver = githubTestDriver(emulator, 'app-token', REPO);
    for (let i = 0; i < 105; i++) await driver.createComment(target, `c${i}`);
    const bodies: string[] = [];
    for await (const c of driver.listComments(target)) bodies.push(c.body);
    expect(bodies.slice(0, 2)).toEqual(['c104', 'c103']);
    expect(bodies).toHaveLength(105);
    const first = (await driver.getComment(
      target,
      emulator.state.repos.get(REPO)?.commitComments[0]?.id as number,
    )) as ForgeComment;
    expect(first).toMatchObject({ body: 'c0', author: 'github-actions[bot]', authorId: 41898282 });
    await driver.updateComment(target, first.id, 'edited');
    expect(emulator.state.repos.get(REPO)?.commitComments[0]?.body).toBe('edited');
    await driver.deleteComment(target, first.id);
    expect(emulator.state.repos.get(REPO)?.commitComments).toHaveLength(104);
    expect(
      emulator.requests.some(
        (r) => r.template === '/repos/{owner}/{repo}/commits/{commit_sha}/comments',
      ),
    ).toBe(true);
  });

  test('a body over 65,536 characters is refused before sending', async () => {
    const driver = githubTestDriver(emulator, 'user-token', REPO);
    await expect(driver.createComment(PR, 'x'.repeat(65537))).rejects.toThrow(/at most 65536/);
    expect(emulator.requests).toHaveLength(0);
  });
});

describe('identity', () => {
  test('a user token is the user', async () => {
    const driver = githubTestDriver(emulator, 'user-token', REPO);
    expect(await driver.identity()).toEqual({ login: 'alice', id: 1 });
    // Cached: a second call asks nothing.
    await driver.identity();
    expect(emulator.requests).toHaveLength(1);
  });

  test('an installation token (GET /user answers 403) is its bot', async () => {
    const driver = githubTestDriver(emulator, 'app-token', REPO);
    expect(await driver.identity()).toEqual({ login: 'github-actions[bot]' });
  });

  test('another app installation token is that app bot', async () => {
    emulator.addToken('other-app', {
      login: 'my-app[bot]',
      id: 555,
      type: 'Bot',
      installation: true,
    });
    const driver = githubTestDriver(emulator, 'other-app', REPO);
    expect(await driver.identity()).toEqual({ login: 'my-app[bot]' });
  });

  test('without GraphQL, a 403 from GET /user means GITHUB_TOKEN: github-actions[bot]', async () => {
    emulator.failNext(10, { status: 404, body: { message: 'Not Found' } }, { path: /^\/graphql$/ });
    const driver = githubTestDriver(emulator, 'app-token', REPO);
    expect(await driver.identity()).toEqual({ login: 'github-actions[bot]' });
    const user = emulator.requests.find((r) => r.path === '/user');
    expect(user?.status).toBe(403);
  });
});

test('an unknown token is an error, not mistaken for GITHUB_TOKEN', async () => {
  const driver = githubTestDriver(emulator, 'no-such-token', REPO);
  await expect(driver.identity()).rejects.toMatchObject({ status: 401 });
});

describe('refusals', () => {
  test('a read-only token (fork PR) gives an error callers recognise, naming the permission', async () => {
    const driver = githubTestDriver(emulator, 'ro-token', REPO);
    const error = await driver.createComment(PR, 'hello').catch((e: unknown) => e);
    expect(isPermissionDenied(error)).toBe(true);
    expect(error).toBeInstanceOf(GitHubPermissionError);
    expect((error as GitHubPermissionError).permission).toBe('pull-requests: write');
    expect((error as Error).message).toMatch(/Resource not accessible by integration/);
    // Reading still works with that token.
    for await (const _ of driver.listComments(PR)) break;
    expect(emulator.state.repos.get(REPO)?.comments).toHaveLength(0);
  });

  test('a commit comment refused names contents: write', async () => {
    const driver = githubTestDriver(emulator, 'ro-token', REPO);
    const error = await driver
      .createComment({ kind: 'commit', sha: 'f'.repeat(40) }, 'x')
      .catch((e: unknown) => e);
    expect((error as GitHubPermissionError).permission).toBe('contents: write');
  });
});
