// `cml repo prepare` and CML's `cml ci`: commit identity, the token remote (and removal of
// actions/checkout's persisted header), --unshallow and --fetch-depth, on real git checkouts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, makeRepo, runCml } from './cli-helpers';

const TOKEN = 'ghp_repoprepare12345';

/** A shallow clone (depth 1) of a bare repository holding three commits. */
function shallowCheckout() {
  const repo = makeRepo();
  for (const n of [2, 3]) {
    writeFileSync(join(repo.work, `f${n}.txt`), `${n}\n`);
    git(repo.work, 'add', '.');
    git(repo.work, 'commit', '-q', '-m', `commit ${n}`);
  }
  git(repo.work, 'push', '-q', 'origin', 'main');
  const shallow = join(repo.work, '..', 'shallow');
  git(repo.work, 'clone', '-q', '--depth', '1', `file://${repo.bare}`, shallow);
  return shallow;
}

describe('cml repo prepare / cml ci', () => {
  it("sets CML's commit identity by default, or the one given (also from CML_REPO_*)", async () => {
    const { work } = makeRepo();
    const r = await runCml(['repo', 'prepare'], { cwd: work });
    expect(r.code).toBe(0);
    expect(git(work, 'config', '--local', 'user.name')).toBe('Olivaw[bot]');
    expect(git(work, 'config', '--local', 'user.email')).toBe('olivaw@iterative.ai');
    const custom = await runCml(['repo', 'prepare', '--user-name', 'Bot'], {
      cwd: work,
      env: { CML_REPO_USER_EMAIL: 'bot@example.invalid' },
    });
    expect(custom.code).toBe(0);
    expect(git(work, 'config', '--local', 'user.name')).toBe('Bot');
    expect(git(work, 'config', '--local', 'user.email')).toBe('bot@example.invalid');
  });

  it("points an HTTPS remote of this forge at the token and drops checkout's auth header", async () => {
    const { work } = makeRepo();
    git(work, 'remote', 'set-url', 'origin', 'https://github.example/octo/repo');
    git(
      work,
      'config',
      '--local',
      'http.https://github.example/.extraheader',
      'AUTHORIZATION: basic eA==',
    );
    const r = await runCml(['ci'], {
      cwd: work,
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'octo/repo',
        GITHUB_SERVER_URL: 'https://github.example',
        REPO_TOKEN: TOKEN,
      },
    });
    expect(r.code).toBe(0);
    expect(git(work, 'remote', 'get-url', 'origin')).toBe(
      `https://x-access-token:${TOKEN}@github.example/octo/repo.git`,
    );
    expect(() =>
      git(work, 'config', '--local', '--get', 'http.https://github.example/.extraheader'),
    ).toThrow();
    const logged = (r.stdout + r.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(logged.join('\n')).not.toContain(TOKEN);
  });

  it('uses oauth2 for GitLab and leaves remotes of other hosts and local paths alone', async () => {
    const { work, bare } = makeRepo();
    git(work, 'remote', 'add', 'gl', 'https://gitlab.example/group/project.git');
    git(work, 'remote', 'add', 'other', 'https://elsewhere.example/x/y.git');
    const env = {
      GITLAB_CI: 'true',
      CI_SERVER_URL: 'https://gitlab.example',
      CI_PROJECT_PATH: 'group/project',
      GITLAB_TOKEN: 'glpat-repoprepare123',
    };
    expect((await runCml(['repo', 'prepare', '--remote', 'gl'], { cwd: work, env })).code).toBe(0);
    expect(git(work, 'remote', 'get-url', 'gl')).toBe(
      'https://oauth2:glpat-repoprepare123@gitlab.example/group/project.git',
    );
    expect((await runCml(['repo', 'prepare', '--remote', 'other'], { cwd: work, env })).code).toBe(
      0,
    );
    expect(git(work, 'remote', 'get-url', 'other')).toBe('https://elsewhere.example/x/y.git');
    expect((await runCml(['repo', 'prepare'], { cwd: work, env })).code).toBe(0);
    expect(git(work, 'remote', 'get-url', 'origin')).toBe(bare);
  });

  it('--unshallow (cml ci) and --fetch-depth 0 (repo prepare) fetch the whole history', async () => {
    const a = shallowCheckout();
    expect(git(a, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const r = await runCml(['ci', '--unshallow'], { cwd: a });
    expect(r.code).toBe(0);
    expect(git(a, 'rev-parse', '--is-shallow-repository')).toBe('false');
    expect(git(a, 'rev-list', '--count', 'HEAD')).toBe('3');

    const b = shallowCheckout();
    expect((await runCml(['repo', 'prepare', '--fetch-depth', '0'], { cwd: b })).code).toBe(0);
    expect(git(b, 'rev-list', '--count', 'HEAD')).toBe('3');
  });

  it('--fetch-depth 2 deepens to two commits', async () => {
    const c = shallowCheckout();
    expect((await runCml(['repo', 'prepare', '--fetch-depth', '2'], { cwd: c })).code).toBe(0);
    expect(git(c, 'rev-list', '--count', 'HEAD')).toBe('2');
  });

  it('outside a git repository says so, without a stack trace', async () => {
    const { work } = makeRepo();
    const outside = join(work, '..');
    const r = await runCml(['repo', 'prepare'], { cwd: outside });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not a git repository');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
