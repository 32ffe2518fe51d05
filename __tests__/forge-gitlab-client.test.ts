import { afterEach, describe, expect, it } from 'vitest';
import { retryAfterMs } from '../src/forge/gitlab/client';
import { gitlabComments } from '../src/forge/gitlab/comments';
import { gitlabStatus } from '../src/forge/gitlab/errors';
import { driverFixture, PROJECT, type DriverFixture } from './emulators/gitlab/driver-fixture';
import { acknowledgeViolations } from './support/violations';

let f: DriverFixture | undefined;
afterEach(async () => {
  if (!f) return;
  expect(f.emulator.violations).toEqual([]);
  await f.emulator.close();
  f = undefined;
});

describe('GitLab client (gitbeaker with our requester)', () => {
  it('honours Retry-After on 429 and retries 5xx with backoff', async () => {
    f = await driverFixture();
    f.emulator.failNext(2, { status: 429, headers: { 'retry-after': '1' } }, { path: /^\/user$/ });
    const api = gitlabComments(f.client(), f.context, f.logger);
    expect((await api.identity()).login).toBe('cml-bot');
    expect(f.emulator.requests.map((r) => r.status)).toEqual([429, 429, 200]);
    expect(f.output()).toMatch(/GET \/api\/v4\/user: 429; retrying in 1 s/);

    f.emulator.requests.length = 0;
    f.emulator.seedMergeRequest(PROJECT.id, {
      iid: 1,
      sourceBranch: 'a',
      targetBranch: 'main',
      sha: 'a'.repeat(40),
    });
    f.emulator.failNext(1, { status: 502 }, { method: 'GET' });
    f.emulator.failNext(1, { status: 503 }, { method: 'GET' });
    const notes = api.listComments({ kind: 'pr', number: 1 });
    for await (const _ of notes) break;
    expect(f.emulator.requests.map((r) => r.status)).toEqual([502, 503, 200]);

    // A POST is not sent again after a 5xx: it may have been applied (create-once.ts looks
    // for it first). A 429 refuses before doing anything, so it is retried.
    f.emulator.requests.length = 0;
    f.emulator.failNext(1, { status: 502 }, { method: 'POST' });
    const error = await api.createComment({ kind: 'pr', number: 1 }, 'x').catch((e: unknown) => e);
    expect(gitlabStatus(error)).toBe(502);
    f.emulator.failNext(1, { status: 429, headers: { 'retry-after': '0' } }, { method: 'POST' });
    const note = await api.createComment({ kind: 'pr', number: 1 }, 'after outages');
    expect(note.body).toBe('after outages');
    expect(f.emulator.requests.map((r) => r.status)).toEqual([502, 429, 201]);
    expect(f.emulator.state.notes).toHaveLength(1);
  });

  it('gives up after a bounded number of retries with the last status', async () => {
    f = await driverFixture();
    f.emulator.failNext(100, { status: 503 });
    const api = gitlabComments(f.client({ retries: 3, baseDelayMs: 5 }), f.context, f.logger);
    const error = await api.identity().catch((e: unknown) => e);
    expect(gitlabStatus(error)).toBe(503);
    expect(f.emulator.requests).toHaveLength(4);
  });

  it('does not retry a POST that failed with 500 (it may have been applied)', async () => {
    f = await driverFixture();
    f.emulator.seedMergeRequest(PROJECT.id, {
      iid: 1,
      sourceBranch: 'a',
      targetBranch: 'main',
      sha: 'a'.repeat(40),
    });
    f.emulator.failNext(
      1,
      { status: 500, body: { message: '500 Internal Server Error' } },
      { method: 'POST' },
    );
    const api = gitlabComments(f.client(), f.context, f.logger);
    const error = await api.createComment({ kind: 'pr', number: 1 }, 'x').catch((e: unknown) => e);
    expect(gitlabStatus(error)).toBe(500);
    expect((error as Error).message).toBe('500 Internal Server Error');
    expect(f.emulator.requests).toHaveLength(1);
  });

  it('reaches an instance under a relative URL root (CI_API_V4_URL with a path prefix)', async () => {
    f = await driverFixture({ relativeRoot: '/gitlab' });
    expect(f.emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/gitlab\/api\/v4$/);
    f.emulator.seedMergeRequest(PROJECT.id, {
      iid: 3,
      sourceBranch: 'a',
      targetBranch: 'main',
      sha: 'a'.repeat(40),
    });
    const api = gitlabComments(f.client(), f.context, f.logger);
    const note = await api.createComment({ kind: 'pr', number: 3 }, 'hello');
    expect(note.url).toBe(
      `${f.emulator.serverUrl}/${PROJECT.path}/-/merge_requests/3#note_${note.id}`,
    );
    expect(note.url).toContain('/gitlab/ml-team/');
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('validation reaches the driver', () => {
  it('a request GitLab would not accept fails and is recorded as a violation', async () => {
    const g = await driverFixture();
    const client = g.client();
    const error = await client.MergeRequestNotes.all(PROJECT.id, 1, {
      ...({ orderBy: 'newest' } as object),
    }).catch((e: unknown) => e);
    expect(gitlabStatus(error)).toBe(400);
    expect(g.emulator.violations[0]).toMatch(/order_by/);
    acknowledgeViolations(g.emulator.violations);
    await g.emulator.close();
  });
});
