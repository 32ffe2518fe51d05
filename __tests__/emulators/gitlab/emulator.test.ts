// The emulator itself: it must refuse what GitLab would refuse, or driver tests prove nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitLabEmulator, type GitLabEmulator } from './index';
import { acknowledgeViolations } from '../../support/violations';

let e: GitLabEmulator;
const H = { 'PRIVATE-TOKEN': 'tok', 'content-type': 'application/json' };

beforeEach(async () => {
  e = await startGitLabEmulator();
  e.addToken('tok', { username: 'bot', id: 7 });
  e.seedProject({ id: 1, path: 'group/project' });
  e.seedMergeRequest(1, { iid: 4, sourceBranch: 'f', targetBranch: 'main', sha: 'abcdef1' });
});
// These tests provoke violations on purpose and assert on them; the shared hook need not.
afterEach(() => {
  acknowledgeViolations(e.violations);
  return e.close();
});

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = H,
) {
  const response = await fetch(`${e.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? (JSON.parse(text) as unknown) : undefined,
  };
}

describe('GitLab emulator route table', () => {
  it('refuses an unknown route or method and records a violation', async () => {
    expect((await call('GET', '/projects/1/merge_request/4/notes')).status).toBe(404);
    expect(
      (await call('PATCH', '/projects/1/merge_requests/4/notes/1', { body: 'x' })).status,
    ).toBe(405);
    expect(e.violations).toHaveLength(2);
    expect(e.violations[0]).toMatch(/no such route/);
  });

  it('refuses unknown, missing and invalid parameters', async () => {
    expect((await call('POST', '/projects/1/merge_requests/4/notes', { note: 'x' })).status).toBe(
      400,
    );
    expect(e.violations.join('\n')).toMatch(/unknown parameter "note".*body is missing/);
    expect((await call('GET', '/projects/1/merge_requests/4/notes?sort=newest')).status).toBe(400);
    expect((await call('GET', '/projects/1/merge_requests/4/notes?per_page=ten')).status).toBe(400);
    expect(e.violations).toHaveLength(3);
    expect(e.state.notes).toHaveLength(0);
  });

  it('addresses projects by id or URL-encoded path', async () => {
    expect((await call('GET', '/projects/group%2Fproject')).json).toMatchObject({
      id: 1,
      path_with_namespace: 'group/project',
    });
    expect((await call('GET', '/projects/1')).json).toMatchObject({ default_branch: 'main' });
    expect((await call('GET', '/projects/group%2Fother')).status).toBe(404);
    expect(e.violations).toEqual([]);
  });

  it('checks tokens: unknown 401, Bearer accepted, read-only and read_api 403 on writes', async () => {
    e.addToken('ro', { username: 'viewer', id: 8, readOnly: true });
    e.addToken('reader', { username: 'reader', id: 9, scopes: ['read_api'] });
    expect((await call('GET', '/user', undefined, { 'PRIVATE-TOKEN': 'nope' })).status).toBe(401);
    expect((await call('GET', '/user', undefined, {})).status).toBe(401);
    expect(
      (await call('GET', '/user', undefined, { authorization: 'Bearer tok' })).json,
    ).toMatchObject({ username: 'bot' });
    const write = (token: string) =>
      call(
        'POST',
        '/projects/1/merge_requests/4/notes',
        { body: 'x' },
        { ...H, 'PRIVATE-TOKEN': token },
      );
    expect((await write('ro')).status).toBe(403);
    expect((await write('reader')).status).toBe(403);
    expect(
      (
        await call('GET', '/projects/1/merge_requests/4/notes', undefined, {
          'PRIVATE-TOKEN': 'ro',
        })
      ).status,
    ).toBe(200);
    expect((await write('tok')).status).toBe(201);
    expect(e.requests.map((r) => r.token)).toContain('ro');
  });

  it('paginates with GitLab headers, 20 by default and at most 100 a page', async () => {
    e.seedNotes(1, 4, 250, { username: 'bot', id: 7 });
    const first = await call('GET', '/projects/1/merge_requests/4/notes');
    expect((first.json as unknown[]).length).toBe(20);
    expect(first.headers.get('x-total')).toBe('250');
    expect(first.headers.get('x-total-pages')).toBe('13');
    expect(first.headers.get('x-next-page')).toBe('2');
    const big = await call(
      'GET',
      '/projects/1/merge_requests/4/notes?per_page=500&page=3&sort=asc',
    );
    expect((big.json as { body: string }[]).map((n) => n.body)).toEqual(
      Array.from({ length: 50 }, (_, i) => `note ${200 + i}`),
    );
    expect(big.headers.get('x-next-page')).toBe('');
    expect(big.headers.get('link')).toMatch(/page=2&?.*rel="prev"/);
    expect(big.headers.get('link')).not.toMatch(/rel="next"/);
  });

  it('answers a queued failure, then serves normally', async () => {
    e.failNext(
      1,
      { status: 429, headers: { 'retry-after': '7' } },
      { method: 'GET', path: /^\/user$/ },
    );
    const limited = await call('GET', '/user');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect((await call('GET', '/user')).status).toBe(200);
  });

  it('refuses notes over 1,000,000 characters and edits by others', async () => {
    expect(
      (await call('POST', '/projects/1/merge_requests/4/notes', { body: 'x'.repeat(1_000_001) }))
        .status,
    ).toBe(400);
    e.seedNotes(1, 4, 1, { username: 'alice', id: 3 });
    const id = e.state.notes[0]!.id;
    expect(
      (await call('PUT', `/projects/1/merge_requests/4/notes/${id}`, { body: 'mine now' })).status,
    ).toBe(403);
  });

  it('creates runners with glrt- tokens for create_runner or api scope, lists and deletes them', async () => {
    e.addToken('runner-only', { username: 'ops', id: 11, scopes: ['create_runner'] });
    const created = await call(
      'POST',
      '/user/runners',
      {
        runner_type: 'project_type',
        project_id: 1,
        description: 'cml-gpu',
        tag_list: ['gpu', 'cml'],
        run_untagged: false,
      },
      { ...H, 'PRIVATE-TOKEN': 'runner-only' },
    );
    expect(created.status).toBe(201);
    const { id, token } = created.json as { id: number; token: string };
    expect(token).toMatch(/^glrt-/);
    expect((await call('GET', `/runners/${id}`)).json).toMatchObject({
      description: 'cml-gpu',
      tag_list: ['gpu', 'cml'],
      run_untagged: false,
    });
    expect((await call('GET', '/projects/1/runners?type=project_type')).json).toHaveLength(1);
    expect((await call('POST', '/user/runners', { runner_type: 'project_type' })).status).toBe(400);
    expect((await call('DELETE', `/runners/${id}`)).status).toBe(204);
    expect((await call('GET', `/runners/${id}`)).status).toBe(404);
  });

  it('records commit statuses and retries failed pipelines', async () => {
    const status = await call('POST', '/projects/1/statuses/abcdef1', {
      state: 'success',
      name: 'cml',
      description: 'ok',
    });
    expect(status.status).toBe(201);
    expect((await call('POST', '/projects/1/statuses/abcdef1', { state: 'done' })).status).toBe(
      400,
    );
    e.seedPipeline(1, { id: 90, sha: 'abcdef1', ref: 'main', status: 'failed' });
    expect((await call('POST', '/projects/1/pipelines/90/retry')).json).toMatchObject({
      status: 'pending',
    });
    expect(e.state.pipelines[0]!.retries).toBe(1);
    expect((await call('POST', '/projects/1/pipelines/91/retry')).status).toBe(404);
  });

  it('merges immediately without a running pipeline and refuses a closed merge request', async () => {
    expect(
      (await call('PUT', '/projects/1/merge_requests/4/merge', { auto_merge: true })).json,
    ).toMatchObject({ state: 'merged' });
    expect((await call('PUT', '/projects/1/merge_requests/4/merge', {})).status).toBe(405);
    expect(
      (await call('PUT', '/projects/1/merge_requests/4/merge', { merge_method: 'rebase' })).status,
    ).toBe(400);
  });
});
