import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitlabComments } from '../src/forge/gitlab/comments';
import { createGitLabForge } from '../src/forge/gitlab';
import { isPermissionDenied } from '../src/forge/gitlab/errors';
import {
  BOT,
  collect,
  driverFixture,
  PROJECT,
  TOKEN,
  type DriverFixture,
} from './emulators/gitlab/driver-fixture';

const SHA = 'c'.repeat(40);
let f: DriverFixture;

beforeEach(async () => {
  f = await driverFixture();
  f.emulator.seedMergeRequest(PROJECT.id, {
    iid: 5,
    sourceBranch: 'exp',
    targetBranch: 'main',
    sha: SHA,
  });
  f.emulator.seedIssue(PROJECT.id, { iid: 9 });
});

afterEach(async () => {
  expect(f.emulator.violations).toEqual([]);
  await f.emulator.close();
});

const notesRequests = () =>
  f.emulator.requests.filter(
    (r) => r.method === 'GET' && /\/merge_requests\/5\/notes$/.test(r.path),
  );

describe('GitLab comments driver', () => {
  it('knows who it writes as from GET /user, once', async () => {
    const api = gitlabComments(f.client(), f.context, f.logger);
    expect(await api.identity()).toEqual({ login: BOT.username, id: BOT.id });
    await api.identity();
    expect(f.emulator.requests.filter((r) => r.path === '/user')).toHaveLength(1);
    expect(api.commentLimit).toBe(1_000_000);
  });

  it('pages through 1,000 notes newest first, lazily, 100 a page', async () => {
    f.emulator.seedNotes(PROJECT.id, 5, 1000, BOT, (i) =>
      i === 0 ? 'OLDEST <!-- marker -->' : `note ${i}`,
    );
    const api = gitlabComments(f.client(), f.context, f.logger);

    const newest = await collect(api.listComments({ kind: 'pr', number: 5 }), 1);
    expect(newest[0]!.body).toBe('note 999');
    expect(notesRequests()).toHaveLength(1);
    expect(notesRequests()[0]!.query).toMatchObject({
      sort: 'desc',
      order_by: 'created_at',
      per_page: '100',
      page: '1',
    });

    f.emulator.requests.length = 0;
    let found: { id: number; body: string } | undefined;
    for await (const c of api.listComments({ kind: 'pr', number: 5 })) {
      if (c.body.includes('marker')) {
        found = c;
        break;
      }
    }
    expect(found?.body).toBe('OLDEST <!-- marker -->');
    expect(notesRequests()).toHaveLength(10);
    expect(notesRequests().map((r) => r.query.page)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
  });

  it('skips system notes and maps authors and links', async () => {
    f.emulator.seedNotes(PROJECT.id, 5, 2, { username: 'alice', id: 3 }, (i) => `human ${i}`);
    f.emulator.seedNotes(PROJECT.id, 5, 3, { username: 'alice', id: 3 }, () => 'added 1 commit', {
      system: true,
    });
    const api = gitlabComments(f.client(), f.context, f.logger);
    const all = await collect(api.listComments({ kind: 'pr', number: 5 }));
    expect(all.map((c) => c.body)).toEqual(['human 1', 'human 0']);
    expect(all[0]).toMatchObject({ author: 'alice', authorId: 3 });
    expect(all[0]!.url).toBe(
      `${f.emulator.serverUrl}/${PROJECT.path}/-/merge_requests/5#note_${all[0]!.id}`,
    );
  });

  it('creates, reads, updates and deletes MR and issue notes', async () => {
    const api = gitlabComments(f.client(), f.context, f.logger);
    for (const target of [
      { kind: 'pr' as const, number: 5 },
      { kind: 'issue' as const, number: 9 },
    ]) {
      const created = await api.createComment(target, 'first');
      expect(created.author).toBe(BOT.username);
      expect(api.canEdit(target)).toBe(true);
      const updated = await api.updateComment(target, created.id, 'second');
      expect(updated.body).toBe('second');
      expect((await api.getComment(target, created.id))?.body).toBe('second');
      await api.deleteComment(target, created.id);
      expect(await api.getComment(target, created.id)).toBeUndefined();
    }
    expect(f.emulator.state.notes).toHaveLength(0);
    const put = f.emulator.requests.find((r) => r.method === 'PUT');
    expect(put?.body).toEqual({ body: 'second' });
    expect(put?.path).toMatch(/^\/projects\/42\/merge_requests\/5\/notes\/\d+$/);
  });

  it('lists commit comments newest first from the last page back; they cannot be edited', async () => {
    const api = gitlabComments(f.client(), f.context, f.logger);
    const target = { kind: 'commit' as const, sha: SHA };
    for (let i = 0; i < 250; i++) {
      f.emulator.state.commitComments.push({
        projectId: PROJECT.id,
        sha: SHA,
        note: `c${i}`,
        author: { ...BOT, name: BOT.username },
        path: null,
        line: null,
        lineType: null,
        createdAt: f.emulator.state.now(),
      });
    }
    const created = await api.createComment(target, 'newest');
    expect(created.id).toBe(251);
    expect(created.url).toBe(`${f.emulator.serverUrl}/${PROJECT.path}/-/commit/${SHA}`);
    f.emulator.requests.length = 0;
    const all = await collect(api.listComments(target));
    expect(all).toHaveLength(251);
    expect(all.slice(0, 3).map((c) => c.body)).toEqual(['newest', 'c249', 'c248']);
    expect(all.at(-1)).toMatchObject({ body: 'c0', id: 1 });
    expect(f.emulator.requests.map((r) => r.query.page)).toEqual(['1', '3', '2']);
    expect((await api.getComment(target, 251))?.body).toBe('newest');
    expect(api.canEdit(target)).toBe(false);
    await expect(api.updateComment(target, 1, 'x')).rejects.toThrow(/cannot be edited/);
  });

  it('reports a read-only token as permission denied (403) and an unknown one too (401)', async () => {
    f.emulator.addToken('glpat-read-only', { username: 'viewer', id: 8, readOnly: true });
    const readOnly = gitlabComments(f.client({}, 'glpat-read-only'), f.context, f.logger);
    const error = await readOnly
      .createComment({ kind: 'pr', number: 5 }, 'x')
      .catch((e: unknown) => e);
    expect(isPermissionDenied(error)).toBe(true);
    const unknown = gitlabComments(f.client({}, 'glpat-nobody'), f.context, f.logger);
    const error401 = await unknown.identity().catch((e: unknown) => e);
    expect(isPermissionDenied(error401)).toBe(true);
    expect(isPermissionDenied(new Error('plain'))).toBe(false);
    expect(f.emulator.state.notes).toHaveLength(0);
  });

  it('works through the assembled forge with the project addressed by path', async () => {
    const forge = createGitLabForge({ ...f.context, projectId: undefined }, TOKEN, f.logger);
    const note = await forge.createComment({ kind: 'pr', number: 5 }, 'via forge');
    expect(note.body).toBe('via forge');
    expect(f.emulator.requests.at(-1)!.path).toBe(
      '/projects/ml-team%2Fsub%2Fmodel/merge_requests/5/notes',
    );
    expect(forge.commitUrl('abc')).toBe(`${f.emulator.serverUrl}/${PROJECT.path}/-/commit/abc`);
  });
});
