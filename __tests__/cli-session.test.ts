// How CML's --driver / --repo / --token resolve into the forge's coordinates.
import { describe, expect, it } from 'vitest';
import { readContext } from '../src/platforms';
import { withRepo } from '../src/compat/session';

const local = readContext({});

describe('--repo resolution', () => {
  it('a github.com URL outside CI uses the public API', () => {
    const c = withRepo(local, { driver: 'github', repo: 'https://github.com/octo/repo.git' }, {});
    expect(c).toMatchObject({
      repository: 'octo/repo',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
    });
  });

  it('a GitHub Enterprise URL uses its /api/v3, a GitLab URL its /api/v4 and keeps subgroups', () => {
    expect(
      withRepo(local, { driver: 'github', repo: 'https://ghe.example/o/r' }, {}),
    ).toMatchObject({
      forge: 'github',
      serverUrl: 'https://ghe.example',
      apiUrl: 'https://ghe.example/api/v3',
    });
    // A host name does not say which forge answers there: no forge until --driver names one.
    expect(withRepo(local, { repo: 'https://ghe.example/o/r' }, {}).forge).toBeUndefined();
    expect(
      withRepo(local, { driver: 'gitlab', repo: 'https://gitlab.example/g/sub/p' }, {}),
    ).toMatchObject({ repository: 'g/sub/p', apiUrl: 'https://gitlab.example/api/v4' });
  });

  it('a slug keeps the platform server in CI and drops a project id of another project', () => {
    const ci = readContext({
      GITLAB_CI: 'true',
      CI_SERVER_URL: 'https://gl.example',
      CI_API_V4_URL: 'https://gl.example/api/v4',
      CI_PROJECT_PATH: 'g/p',
      CI_PROJECT_ID: '9',
    });
    expect(withRepo(ci, { repo: 'g/other' }, {})).toMatchObject({
      repository: 'g/other',
      apiUrl: 'https://gl.example/api/v4',
      projectId: undefined,
    });
    expect(withRepo(ci, { repo: 'g/p' }, {}).projectId).toBe('9');
  });

  it("a slug outside CI goes to the named driver's public server", () => {
    expect(withRepo(local, { driver: 'gitlab', repo: 'g/p' }, {})).toMatchObject({
      serverUrl: 'https://gitlab.com',
      apiUrl: 'https://gitlab.com/api/v4',
    });
  });

  it('a bitbucket.org URL is Bitbucket Cloud, with its API at api.bitbucket.org/2.0', () => {
    expect(withRepo(local, { repo: 'https://bitbucket.org/ml-team/model.git' }, {})).toMatchObject({
      forge: 'bitbucket',
      repository: 'ml-team/model',
      serverUrl: 'https://bitbucket.org',
      apiUrl: 'https://api.bitbucket.org/2.0',
    });
    expect(withRepo(local, { driver: 'bitbucket', repo: 'ml-team/model' }, {})).toMatchObject({
      forge: 'bitbucket',
      serverUrl: 'https://bitbucket.org',
      apiUrl: 'https://api.bitbucket.org/2.0',
    });
    // Bitbucket Data Center speaks another API: another host is refused, not guessed.
    expect(() =>
      withRepo(local, { driver: 'bitbucket', repo: 'https://git.example/ws/repo' }, {}),
    ).toThrow(/only supported at bitbucket\.org/);
  });

  it('CML_API_URL replaces the public API root (proxies; tests point it at emulators)', () => {
    expect(
      withRepo(
        local,
        { repo: 'https://gitlab.com/g/p' },
        { CML_API_URL: 'http://127.0.0.1:9/api/v4' },
      ).apiUrl,
    ).toBe('http://127.0.0.1:9/api/v4');
  });
});

describe('platform detection', () => {
  it('Bitbucket Pipelines: BITBUCKET_* variables give repository, commit, PR and workspace', () => {
    // Variable names and meanings: Atlassian, "Variables and secrets" (default variables).
    const c = readContext({
      CI: 'true',
      BITBUCKET_BUILD_NUMBER: '42',
      BITBUCKET_COMMIT: 'c'.repeat(40),
      BITBUCKET_WORKSPACE: 'ml-team',
      BITBUCKET_REPO_SLUG: 'model',
      BITBUCKET_BRANCH: 'exp',
      BITBUCKET_PR_ID: '5',
      BITBUCKET_PR_DESTINATION_BRANCH: 'main',
      BITBUCKET_CLONE_DIR: '/opt/atlassian/pipelines/agent/build',
      BITBUCKET_GIT_HTTP_ORIGIN: 'http://bitbucket.org/ml-team/model',
    });
    expect(c).toMatchObject({
      platform: 'bitbucket',
      forge: 'bitbucket',
      repository: 'ml-team/model',
      sha: 'c'.repeat(40),
      ref: 'exp',
      pullNumber: 5,
      baseRef: 'main',
      runId: '42',
      apiUrl: 'https://api.bitbucket.org/2.0',
      serverUrl: 'https://bitbucket.org',
      runUrl: 'https://bitbucket.org/ml-team/model/pipelines/results/42',
      workspace: '/opt/atlassian/pipelines/agent/build',
    });
  });

  it('CI=true alone is no platform; each platform names its own forge', () => {
    expect(readContext({ CI: 'true' }).platform).toBe('local');
    expect(readContext({ CI: 'true' }).forge).toBeUndefined();
    expect(readContext({ GITHUB_ACTIONS: 'true' }).forge).toBe('github');
    expect(readContext({ GITLAB_CI: 'true' }).forge).toBe('gitlab');
  });
});
