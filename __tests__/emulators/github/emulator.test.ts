import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './index';
import { ACTIONS_BOT } from './identities';
import { acknowledgeViolations } from '../../support/violations';

let emulator: GitHubEmulator;
const call = async (
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
) => {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: {
      ...(options.token !== undefined ? { authorization: `token ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? JSON.parse(text) : undefined,
  };
};

beforeEach(async () => {
  emulator = await startGitHubEmulator({ repos: ['octo/repo'] });
  emulator.addToken('user-token', { login: 'alice', id: 1, type: 'User' });
  emulator.addToken('app-token', ACTIONS_BOT);
  emulator.addToken('ro-token', { ...ACTIONS_BOT, readOnly: true });
  emulator.seedIssue('octo/repo', { number: 1 });
});
// These tests provoke violations on purpose and assert on them; the shared hook need not.
afterEach(() => {
  acknowledgeViolations(emulator.violations);
  return emulator.close();
});

describe('OpenAPI validation', () => {
  test('a body that does not fit the requestBody schema is refused and recorded', async () => {
    const r = await call('POST', '/repos/octo/repo/issues/1/comments', {
      token: 'user-token',
      body: { text: 'hello' },
    });
    expect(r.status).toBe(422);
    expect(emulator.violations).toHaveLength(1);
    expect(emulator.violations[0]).toMatch(
      /issues\/\{issue_number\}\/comments: body must have required property 'body'/,
    );
    expect(emulator.state.repos.get('octo/repo')?.comments).toHaveLength(0);
  });

  test('a wrong type inside the body is refused', async () => {
    const r = await call('POST', '/repos/octo/repo/git/trees', {
      token: 'user-token',
      body: { tree: [{ path: 'a', mode: '644', type: 'blob', sha: 'x' }] },
    });
    expect(r.status).toBe(422);
    expect(emulator.violations.join('\n')).toMatch(
      /mode must be equal to one of the allowed values/,
    );
  });

  test('an unknown route and a method the route does not take are refused', async () => {
    expect(
      (await call('GET', '/repos/octo/repo/no-such-thing', { token: 'user-token' })).status,
    ).toBe(404);
    expect(
      (
        await call('PUT', '/repos/octo/repo/issues/1/comments', {
          token: 'user-token',
          body: { body: 'x' },
        })
      ).status,
    ).toBe(404);
    expect(emulator.violations).toEqual([
      'GET /repos/octo/repo/no-such-thing: no such route in the OpenAPI description',
      'PUT /repos/octo/repo/issues/1/comments: method not allowed by the OpenAPI description',
    ]);
  });

  test('an undeclared query parameter and a bad enum value are refused', async () => {
    expect(
      (await call('GET', '/repos/octo/repo/issues/1/comments?sort=desc', { token: 'user-token' }))
        .status,
    ).toBe(422);
    expect(
      (await call('GET', '/repos/octo/repo/pulls?state=merged', { token: 'user-token' })).status,
    ).toBe(422);
    expect(emulator.violations[0]).toMatch(/query parameter "sort" is not declared/);
    expect(emulator.violations[1]).toMatch(/query parameter "state"=merged not in/);
  });

  test('a valid request leaves no violation and records the author from the token', async () => {
    const r = await call('POST', '/repos/octo/repo/issues/1/comments', {
      token: 'app-token',
      body: { body: 'hi' },
    });
    expect(r.status).toBe(201);
    expect(r.json.user).toMatchObject({ login: 'github-actions[bot]', id: 41898282, type: 'Bot' });
    expect(emulator.violations).toEqual([]);
    expect(emulator.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/repos/octo/repo/issues/1/comments',
      status: 201,
      token: 'app-token',
      body: { body: 'hi' },
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    });
  });
});

describe('coverage of the emulator itself', () => {
  test('a described route the emulator does not answer is a violation, not a silent 404', async () => {
    const r = await call('GET', '/repos/octo/repo/releases', { token: 'user-token' });
    expect(r.status).toBe(404);
    expect(emulator.violations).toEqual([
      'GET /repos/{owner}/{repo}/releases: not emulated (add it to a route module)',
    ]);
  });

  test('a GraphQL query the emulator does not answer is a violation', async () => {
    const r = await call('POST', '/graphql', {
      token: 'user-token',
      body: { query: 'query { repository(owner: "o", name: "r") { id } }' },
    });
    expect(r.json.errors[0].type).toBe('UNSUPPORTED');
    expect(emulator.violations[0]).toMatch(
      /POST \/graphql: the emulator does not answer this query/,
    );
  });

  test("a GraphQL query GitHub's schema rejects is a violation", async () => {
    // Checked against @octokit/graphql-schema (GitHub's published schema): Viewer (a User)
    // has no field `loginName`, and mergeMethod takes a PullRequestMergeMethod, not a String.
    const bad = await call('POST', '/graphql', {
      token: 'user-token',
      body: { query: 'query { viewer { loginName } }' },
    });
    expect(bad.json.errors[0].message).toMatch(/Cannot query field "loginName" on type "User"/);
    const wrongType = await call('POST', '/graphql', {
      token: 'user-token',
      body: {
        query:
          'mutation($id: ID!, $m: String!) { enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $m }) { pullRequest { id } } }',
        variables: { id: 'x', m: 'MERGE' },
      },
    });
    expect(wrongType.json.errors[0].message).toMatch(/String!.*PullRequestMergeMethod/);
    expect(emulator.violations).toHaveLength(2);
    expect(emulator.violations[0]).toMatch(/not valid against GitHub's schema/);
    acknowledgeViolations(emulator.violations);
  });

  test('addRoutes lets a test add or replace a route', async () => {
    emulator.addRoutes({
      name: 'releases',
      routes: [
        {
          method: 'GET',
          path: '/repos/{owner}/{repo}/releases',
          handler: (ctx) => ctx.paginate(['v1', 'v2'], (tag) => ({ tag_name: tag })),
        },
      ],
    });
    const r = await call('GET', '/repos/octo/repo/releases?per_page=1', { token: 'user-token' });
    expect(r.json).toEqual([{ tag_name: 'v1' }]);
    expect(r.headers.get('link')).toContain('rel="last"');
    expect(emulator.violations).toEqual([]);
  });
});

describe('authentication', () => {
  test('no token and an unknown token answer 401', async () => {
    expect((await call('GET', '/repos/octo/repo')).status).toBe(401);
    const r = await call('GET', '/repos/octo/repo', { token: 'nope' });
    expect(r.status).toBe(401);
    expect(r.json.message).toBe('Bad credentials');
  });

  test('installation tokens get 403 on GET /user; user tokens get the user', async () => {
    const app = await call('GET', '/user', { token: 'app-token' });
    expect(app.status).toBe(403);
    expect(app.json.message).toBe('Resource not accessible by integration');
    const user = await call('GET', '/user', { token: 'user-token' });
    expect(user.json).toMatchObject({ login: 'alice', id: 1, type: 'User' });
  });

  test('read-only tokens read but cannot write', async () => {
    expect(
      (await call('GET', '/repos/octo/repo/issues/1/comments', { token: 'ro-token' })).status,
    ).toBe(200);
    const w = await call('POST', '/repos/octo/repo/issues/1/comments', {
      token: 'ro-token',
      body: { body: 'x' },
    });
    expect(w.status).toBe(403);
    expect(w.json.message).toBe('Resource not accessible by integration');
  });
});

describe('pagination', () => {
  test('per_page and page with a Link header as GitHub sends it', async () => {
    emulator.seedComments('octo/repo', 1, 250, { login: 'alice', id: 1 });
    const first = await call('GET', '/repos/octo/repo/issues/1/comments?per_page=100', {
      token: 'user-token',
    });
    expect(first.json).toHaveLength(100);
    expect(first.json[0].body).toBe('comment 0');
    const link = first.headers.get('link') ?? '';
    expect(link).toContain('page=2>; rel="next"');
    expect(link).toContain('page=3>; rel="last"');
    expect(link).not.toContain('rel="prev"');
    const last = await call('GET', '/repos/octo/repo/issues/1/comments?per_page=100&page=3', {
      token: 'user-token',
    });
    expect(last.json).toHaveLength(50);
    expect(last.json.at(-1).body).toBe('comment 249');
    const lastLink = last.headers.get('link') ?? '';
    expect(lastLink).toContain('page=2>; rel="prev"');
    expect(lastLink).toContain('page=1>; rel="first"');
    expect(lastLink).not.toContain('rel="next"');
    const defaults = await call('GET', '/repos/octo/repo/issues/1/comments', {
      token: 'user-token',
    });
    expect(defaults.json).toHaveLength(30);
    const capped = await call('GET', '/repos/octo/repo/issues/1/comments?per_page=500', {
      token: 'user-token',
    });
    expect(capped.json).toHaveLength(100);
  });

  test('a single page has no Link header', async () => {
    emulator.seedComments('octo/repo', 1, 3, { login: 'alice', id: 1 });
    const r = await call('GET', '/repos/octo/repo/issues/1/comments', { token: 'user-token' });
    expect(r.json).toHaveLength(3);
    expect(r.headers.get('link')).toBeNull();
  });
});

describe('failure injection', () => {
  test('failNext answers the given response for matching requests only, then recovers', async () => {
    emulator.failNext(2, { status: 502 }, { method: 'GET', path: /\/comments$/ });
    expect((await call('GET', '/repos/octo/repo', { token: 'user-token' })).status).toBe(200);
    expect(
      (await call('GET', '/repos/octo/repo/issues/1/comments', { token: 'user-token' })).status,
    ).toBe(502);
    expect(
      (await call('GET', '/repos/octo/repo/issues/1/comments', { token: 'user-token' })).status,
    ).toBe(502);
    expect(
      (await call('GET', '/repos/octo/repo/issues/1/comments', { token: 'user-token' })).status,
    ).toBe(200);
  });

  test('a secondary rate limit carries retry-after', async () => {
    emulator.failNext(1, {
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit.' },
    });
    const r = await call('GET', '/repos/octo/repo', { token: 'user-token' });
    expect(r.status).toBe(403);
    expect(r.headers.get('retry-after')).toBe('1');
  });
});

describe('git data', () => {
  test('ref updates must fast-forward unless forced', async () => {
    const token = 'user-token';
    const main = (await call('GET', '/repos/octo/repo/git/ref/heads%2Fmain', { token })).json.object
      .sha;
    const tree = (
      await call('POST', '/repos/octo/repo/git/trees', {
        token,
        body: { tree: [{ path: 'x.txt', mode: '100644', type: 'blob', content: 'x' }] },
      })
    ).json.sha;
    const orphan = (
      await call('POST', '/repos/octo/repo/git/commits', {
        token,
        body: { message: 'o', tree, parents: [] },
      })
    ).json.sha;
    const child = (
      await call('POST', '/repos/octo/repo/git/commits', {
        token,
        body: { message: 'c', tree, parents: [main] },
      })
    ).json.sha;
    const refused = await call('PATCH', '/repos/octo/repo/git/refs/heads%2Fmain', {
      token,
      body: { sha: orphan },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.message).toBe('Update is not a fast forward');
    expect(
      (
        await call('PATCH', '/repos/octo/repo/git/refs/heads%2Fmain', {
          token,
          body: { sha: child },
        })
      ).status,
    ).toBe(200);
    const web = await fetch(`${emulator.serverUrl}/octo/repo/blob/${child}/x.txt?raw=true`);
    expect(await web.text()).toBe('x');
    expect(emulator.violations).toEqual([]);
  });
});

describe('other areas', () => {
  test('check runs, statuses, runners, workflow runs and GraphQL answer', async () => {
    const token = 'user-token';
    const sha = 'b'.repeat(40);
    const check = await call('POST', '/repos/octo/repo/check-runs', {
      token,
      body: {
        name: 'cml',
        head_sha: sha,
        conclusion: 'success',
        output: { title: 't', summary: 's' },
      },
    });
    expect(check.json).toMatchObject({ status: 'completed', conclusion: 'success' });
    const tooLong = await call('PATCH', `/repos/octo/repo/check-runs/${check.json.id}`, {
      token,
      body: { output: { title: 't', summary: 'x'.repeat(65536) } },
    });
    expect(tooLong.status).toBe(422);
    // The description itself caps the summary (maxLength 65535), so this is a violation too.
    expect(emulator.violations).toEqual([
      expect.stringMatching(/output\/summary must NOT have more than 65535/),
    ]);
    acknowledgeViolations(emulator.violations);
    emulator.resetRecords();
    expect(
      (
        await call('POST', `/repos/octo/repo/statuses/${sha}`, {
          token,
          body: { state: 'success', context: 'cml' },
        })
      ).status,
    ).toBe(201);
    const jit = await call('POST', '/repos/octo/repo/actions/runners/generate-jitconfig', {
      token,
      body: { name: 'r1', runner_group_id: 1, labels: ['cml'] },
    });
    expect(jit.status).toBe(201);
    expect(jit.json.encoded_jit_config).toEqual(expect.any(String));
    expect(
      (
        await call('POST', '/repos/octo/repo/actions/runners/generate-jitconfig', {
          token,
          body: { name: 'r1', runner_group_id: 1, labels: ['cml'] },
        })
      ).status,
    ).toBe(409);
    const listed = await call('GET', '/repos/octo/repo/actions/runners?name=r1', { token });
    expect(listed.json.total_count).toBe(1);
    expect(
      (await call('DELETE', `/repos/octo/repo/actions/runners/${jit.json.runner.id}`, { token }))
        .status,
    ).toBe(204);
    expect(
      (await call('POST', '/repos/octo/repo/actions/runners/registration-token', { token })).json
        .token,
    ).toMatch(/^A/);
    emulator.seedWorkflowRun('octo/repo', { id: 77 });
    expect(
      (await call('POST', '/repos/octo/repo/actions/runs/77/rerun-failed-jobs', { token })).status,
    ).toBe(201);
    expect((await call('POST', '/repos/octo/repo/actions/runs/77/cancel', { token })).status).toBe(
      202,
    );
    expect(emulator.state.repos.get('octo/repo')?.workflowRuns.get(77)?.actions).toEqual([
      'rerun-failed-jobs',
      'cancel',
    ]);
    const viewer = await call('POST', '/graphql', {
      token: 'app-token',
      body: { query: 'query { viewer { login } }' },
    });
    expect(viewer.json.data.viewer.login).toBe('github-actions[bot]');
    expect(emulator.violations).toEqual([]);
  });
});
