// How CML's --driver / --repo / --token resolve into the forge's coordinates.
import { describe, expect, it } from 'vitest';
import { readContext } from '../src/core/context';
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
    expect(withRepo(local, { repo: 'https://ghe.example/o/r' }, {})).toMatchObject({
      serverUrl: 'https://ghe.example',
      apiUrl: 'https://ghe.example/api/v3',
    });
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
});
