import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '../src/core/errors';
import { BITBUCKET_COMMENT_LIMIT } from '../src/forge/bitbucket/comments';
import { renderMarker } from '../src/report/marker';
import { postComment } from '../src/report/sticky';
import { acknowledgeViolations } from './support/violations';
import {
  ALICE,
  ALICE_APP_PASSWORD,
  BOT,
  collect,
  driverFixture,
  HEAD,
  seedComments,
  seedPull,
  type DriverFixture,
} from './emulators/bitbucket/driver-fixture';

// The Bitbucket Cloud driver's comments against the loopback emulator, whose every request is
// checked against Bitbucket's published description (__tests__/emulators/bitbucket/swagger.ts).
let f: DriverFixture;
const PR = { kind: 'pr' as const, number: 5 };

beforeEach(async () => {
  f = await driverFixture();
  seedPull(f);
});
afterEach(async () => {
  await f.emulator.close();
});

const commentGets = () =>
  f.emulator.requests.filter(
    (r) => r.method === 'GET' && /\/pullrequests\/5\/comments$/.test(r.path),
  );

describe('Bitbucket comments driver', () => {
  it('learns who it writes as from GET /user, once, keyed by account uuid', async () => {
    const forge = f.forge();
    expect(await forge.identity()).toEqual({ login: BOT.uuid });
    await forge.identity();
    expect(f.emulator.requests.filter((r) => r.path === '/2.0/user')).toHaveLength(1);
    expect(f.emulator.requests[0]!.scheme).toBe('Bearer');
    // No documented Cloud limit; we stay under Bitbucket Server's 32,768 (comments.ts).
    expect(forge.commentLimit).toBeLessThan(32_768);
  });

  it('sends an app password as Basic auth and matches its user', async () => {
    const forge = f.forge(ALICE_APP_PASSWORD);
    expect(await forge.identity()).toEqual({ login: ALICE.uuid });
    expect(f.emulator.requests[0]!.scheme).toBe('Basic');
    expect(f.output()).not.toContain('ATBB-app-password');
  });

  it('walks 1,000 comments newest first, 100 a page, only as far as needed', async () => {
    seedComments(f, 'pr:5', 1000, ALICE, (i) => `comment ${i}`);
    const forge = f.forge();
    const newest = await collect(forge.listComments(PR), 1);
    expect(newest[0]!.body).toBe('comment 999');
    expect(commentGets()).toHaveLength(1);
    expect(Object.fromEntries(commentGets()[0]!.query)).toEqual({
      sort: '-created_on',
      pagelen: '100',
    });
    f.emulator.requests.length = 0;
    const all = await collect(forge.listComments(PR));
    expect(all).toHaveLength(1000);
    expect(all.at(-1)!.body).toBe('comment 0');
    expect(commentGets()).toHaveLength(10);
    expect(all[0]).toMatchObject({ author: ALICE.uuid });
    expect(all[0]!.url).toBe(
      `${f.emulator.serverUrl}/ml-team/model/pull-requests/5#comment-${all[0]!.id}`,
    );
  });

  it('updates the sticky report found behind 999 newer comments: 10 pages + GET /user + PUT', async () => {
    const marker = renderMarker('train');
    seedComments(f, 'pr:5', 1, BOT, () => `${marker}\nold report`);
    seedComments(f, 'pr:5', 999, ALICE);
    const result = await postComment({
      forge: f.forge(),
      target: PR,
      title: 'train',
      content: 'new report',
      mode: 'update',
      logger: f.logger,
    });
    expect(result.action).toBe('updated');
    const ours = f.repo.comments.filter((c) => c.user.uuid === BOT.uuid);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.raw).toContain('new report');
    const counts = f.emulator.requests.reduce<Record<string, number>>((acc, r) => {
      const key = `${r.method} ${r.path.replace(/\d+$/, ':id')}`;
      acc[key] = (acc[key] ?? 0) + 1;
      return acc;
    }, {});
    expect(counts).toEqual({
      'GET /2.0/repositories/ml-team/model/pullrequests/5/comments': 10,
      'GET /2.0/user': 1,
      'PUT /2.0/repositories/ml-team/model/pullrequests/5/comments/:id': 1,
    });
  });

  it('updates a report among the newest 100 comments in 3 requests', async () => {
    seedComments(f, 'pr:5', 999, ALICE);
    seedComments(f, 'pr:5', 1, BOT, () => `${renderMarker('train')}\nold report`);
    await postComment({
      forge: f.forge(),
      target: PR,
      title: 'train',
      content: 'new report',
      mode: 'update',
      logger: f.logger,
    });
    expect(f.emulator.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'PUT']);
  });

  it('matches only its own comments: a newer copy of the marker by someone else is left alone', async () => {
    const marker = renderMarker('train');
    seedComments(f, 'pr:5', 1, BOT, () => `${marker}\nours`);
    seedComments(f, 'pr:5', 1, ALICE, () => `${marker}\nquoted by Alice`);
    await postComment({
      forge: f.forge(),
      target: PR,
      title: 'train',
      content: 'fresh',
      mode: 'update',
      logger: f.logger,
    });
    const [ours, alices] = f.repo.comments;
    expect(ours!.raw).toContain('fresh');
    expect(ours!.raw).not.toContain('ours');
    expect(alices!.raw).toBe(`${marker}\nquoted by Alice`);
  });

  it('keeps named sections of one comment (matrix jobs)', async () => {
    const forge = f.forge();
    for (const section of ['cnn', 'rnn']) {
      await postComment({
        forge,
        target: PR,
        title: 'train',
        content: `${section} metrics`,
        section,
        mode: 'update',
        logger: f.logger,
        settleMs: [1, 2],
      });
    }
    const live = f.repo.comments.filter((c) => !c.deleted);
    expect(live).toHaveLength(1);
    expect(live[0]!.raw).toContain('cnn metrics');
    expect(live[0]!.raw).toContain('rnn metrics');
  });

  it('creates, reads, updates and deletes PR, issue and commit comments', async () => {
    f.repo.issues.add(9);
    const forge = f.forge();
    for (const target of [
      PR,
      { kind: 'issue' as const, number: 9 },
      { kind: 'commit' as const, sha: HEAD },
    ]) {
      const created = await forge.createComment(target, 'first');
      expect(created.author).toBe(BOT.uuid);
      expect(forge.canEdit(target)).toBe(true);
      expect((await forge.updateComment(target, created.id, 'second')).body).toBe('second');
      expect((await forge.getComment(target, created.id))?.body).toBe('second');
      await forge.deleteComment(target, created.id);
      // Bitbucket keeps a deleted comment, flagged; the driver no longer sees it.
      expect(await forge.getComment(target, created.id)).toBeUndefined();
      expect(await collect(forge.listComments(target))).toEqual([]);
    }
    const post = f.emulator.requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({ content: { raw: 'first' } });
    const commitComment = f.emulator.requests.find(
      (r) => r.method === 'POST' && r.path.includes('/commit/'),
    );
    expect(commitComment?.path).toBe(`/2.0/repositories/ml-team/model/commit/${HEAD}/comments`);
  });

  it('lists commit comments newest first', async () => {
    seedComments(f, `commit:${HEAD}`, 150, ALICE);
    const all = await collect(f.forge().listComments({ kind: 'commit', sha: HEAD }));
    expect(all.map((c) => c.body).slice(0, 2)).toEqual(['comment 149', 'comment 148']);
    expect(all[0]!.url).toContain(`/commits/${HEAD}#comment-`);
  });

  it('refuses a body over the limit before sending it', async () => {
    await expect(
      f.forge().createComment(PR, 'x'.repeat(BITBUCKET_COMMENT_LIMIT + 1)),
    ).rejects.toThrow(/at most/);
    expect(f.emulator.requests).toHaveLength(0);
  });

  it('names the account scope when a repository access token cannot call GET /user', async () => {
    // Repository access tokens cannot hold `account` (the description's authentication narrative).
    f.emulator.addAccessToken('repo-token', { uuid: '{r}', display_name: 'repo token' }, [
      'pullrequest:write',
    ]);
    const error = await f
      .forge('repo-token')
      .identity()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as Error).message).toMatch(/GET \/user/);
    expect((error as PermissionError).hint).toMatch(/\baccount\b/);
  });

  it('turns 401 into a PermissionError and 403 into one naming the scope', async () => {
    const bad = await f
      .forge('not-a-token')
      .createComment(PR, 'x')
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(PermissionError);
    expect((bad as Error).message).toMatch(/did not accept the token.*comment on pr #5/);
    f.emulator.addAccessToken('read-only', BOT, ['repository']);
    const refused = await f
      .forge('read-only')
      .createComment(PR, 'x')
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PermissionError);
    expect((refused as PermissionError).hint).toMatch(/pullrequest/);
  });

  it('follows `next` links but never sends the token to another host', async () => {
    f.emulator.failNext(
      1,
      {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: { values: [], next: 'https://attacker.example/2.0/page2' },
      },
      { method: 'GET', path: /comments$/ },
    );
    await expect(collect(f.forge().listComments(PR))).rejects.toThrow(
      /refusing to send the token there/,
    );
    expect(f.emulator.requests).toHaveLength(1);
  });

  it('retries reads after 5xx and 429, never a create after 5xx', async () => {
    const forge = f.forge();
    f.emulator.failNext(2, { status: 503 }, { method: 'GET', path: /comments$/ });
    expect(await collect(forge.listComments(PR))).toEqual([]);
    f.emulator.failNext(1, { status: 502 }, { method: 'POST' });
    await expect(forge.createComment(PR, 'x')).rejects.toThrow(/502/);
    f.emulator.failNext(1, { status: 429, headers: { 'retry-after': '0' } }, { method: 'POST' });
    expect((await forge.createComment(PR, 'x')).body).toBe('x');
    expect(f.repo.comments).toHaveLength(1);
  });
});

describe('Bitbucket emulator strictness', () => {
  it('records requests the description does not allow', async () => {
    const auth = { authorization: 'Bearer ATCTT3xFfGN0-bot-token' };
    const base = `${f.emulator.url}/repositories/ml-team/model/pullrequests/5/comments`;
    expect((await fetch(`${base}?pagelen=101`, { headers: auth })).status).toBe(400);
    expect((await fetch(`${base}?per_page=100`, { headers: auth })).status).toBe(400);
    const post = (json: unknown) =>
      fetch(base, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(json),
      });
    expect((await post({ content: { raw: 'x' }, bodyy: 'typo' })).status).toBe(400);
    expect((await post({ content: { text: 'x' } })).status).toBe(400);
    expect(
      (await fetch(`${f.emulator.url}/repositories/ml-team/model/nope`, { headers: auth })).status,
    ).toBe(404);
    expect(f.emulator.violations).toEqual([
      expect.stringContaining('maximum page length is 100'),
      expect.stringContaining('"per_page" is not declared'),
      expect.stringContaining('body.bodyy is not described'),
      expect.stringContaining('must NOT have additional properties'),
      expect.stringContaining('no such path'),
    ]);
    acknowledgeViolations(f.emulator.violations);
  });
});
