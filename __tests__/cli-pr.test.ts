// `cml pr create` (and `cml pr`, `cml-pr`) against the GitHub and GitLab emulators, pushing to
// a bare repository on disk. The emulator's branch table reads that bare repository, so a PR
// can only be opened for a branch the command really pushed.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { startGitLabEmulator, type GitLabEmulator } from './emulators/gitlab';
import { bareRef, git, makeRepo, runCml, type TestRepo } from './cli-helpers';

const TOKEN = 'ghp_prtesttoken1234';

describe('cml pr create on GitHub', () => {
  let gh: GitHubEmulator;
  let repo: TestRepo;

  beforeEach(async () => {
    gh = await startGitHubEmulator({ repos: ['octo/repo'] });
    gh.addToken(TOKEN, { login: 'alice', id: 7, type: 'User' });
    repo = makeRepo();
    // Branches of octo/repo are whatever the bare repository holds.
    const refs = gh.state.repos.get('octo/repo')!.git.refs;
    const own = refs.get.bind(refs);
    refs.get = (name: string) => bareRef(repo.bare, name) ?? own(name);
  });
  afterEach(() => gh.close());

  const env = (extra: Record<string, string> = {}) => ({
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_API_URL: gh.url,
    GITHUB_GRAPHQL_URL: gh.graphqlUrl,
    GITHUB_SERVER_URL: gh.serverUrl,
    GITHUB_SHA: repo.sha,
    GITHUB_REF_NAME: 'main',
    GITHUB_WORKSPACE: repo.work,
    REPO_TOKEN: TOKEN,
    ...extra,
  });
  const pulls = () => [...gh.state.repos.get('octo/repo')!.issues.values()].filter((i) => i.pull);

  it('commits the named files to <base>-cml-pr-<sha8>, pushes and opens the PR', async () => {
    writeFileSync(join(repo.work, 'metrics.json'), '{"acc": 0.9}\n');
    writeFileSync(join(repo.work, 'unrelated.txt'), 'not committed\n');
    const r = await runCml(['pr', 'create', 'metrics.json'], { cwd: repo.work, env: env() });
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const short = repo.sha.slice(0, 8);
    const branch = `main-cml-pr-${short}`;
    const tip = bareRef(repo.bare, `heads/${branch}`)!;
    expect(tip).toBeDefined();
    expect(git(repo.bare, 'rev-parse', `${tip}^`)).toBe(repo.sha);
    expect(git(repo.bare, 'log', '-1', '--format=%s', tip)).toBe(`CML PR for ${short} [skip ci]`);
    expect(git(repo.bare, 'show', '--name-only', '--format=', tip)).toBe('metrics.json');
    expect(git(repo.bare, 'log', '-1', '--format=%an <%ae>', tip)).toBe(
      'Test Author <author@example.invalid>',
    );
    const [pull] = pulls();
    expect(pull?.title).toBe(`CML PR for main ${short}`);
    expect(pull?.body).toContain(`/octo/repo/commit/${repo.sha}`);
    expect(pull?.pull).toMatchObject({ headRef: branch, baseRef: 'main', headSha: tip });
    expect(r.output).toBe(`${gh.serverUrl}/octo/repo/pull/${pull!.number}`);
    // The user's checkout is untouched: same HEAD, the files still uncommitted there.
    expect(git(repo.work, 'rev-parse', 'HEAD')).toBe(repo.sha);
    expect(git(repo.work, 'status', '--porcelain')).toContain('?? metrics.json');
    // Identity as CML sets it, for later commits of the job.
    expect(git(repo.work, 'config', 'user.name')).toBe('Olivaw[bot]');
    expect(gh.violations).toEqual([]);
    // Only the runner's mask command may carry the token.
    const logged = (r.stdout + r.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(logged.join('\n')).not.toContain(TOKEN);
    expect(r.stderr).toContain(`::add-mask::${TOKEN}`);
  });

  it('fails clearly when the PR already exists, and --reuse prints it instead', async () => {
    writeFileSync(join(repo.work, 'model.txt'), 'v1\n');
    const first = await runCml(['pr', 'create', 'model.txt'], { cwd: repo.work, env: env() });
    expect(first.code).toBe(0);
    const again = await runCml(['pr', 'create', 'model.txt'], { cwd: repo.work, env: env() });
    expect(again.code).toBe(1);
    expect(again.stderr + again.stdout).toContain('already exists');
    expect(again.stderr + again.stdout).toContain('--reuse');
    expect(again.stderr + again.stdout).not.toMatch(/\n\s+at /);
    const reused = await runCml(['pr', 'create', '--reuse', 'model.txt'], {
      cwd: repo.work,
      env: env(),
    });
    expect(reused.code).toBe(0);
    expect(reused.output).toBe(first.output);
    expect(pulls()).toHaveLength(1);
  });

  it('--squash with --branch, --message, --title, --body and --md; env prefix CML_PR_*', async () => {
    writeFileSync(join(repo.work, 'a.json'), '1\n');
    writeFileSync(join(repo.work, 'b.json'), '2\n');
    const r = await runCml(
      [
        'pr',
        'create',
        '--squash',
        '--branch',
        'results',
        '--message',
        'Add results',
        '--md',
        '*.json',
      ],
      { cwd: repo.work, env: env({ CML_PR_TITLE: 'From the env', CML_PR_BODY: 'Body text' }) },
    );
    expect(r.code).toBe(0);
    const tip = bareRef(repo.bare, 'heads/results')!;
    // A message of the user's own and a merge request: CI runs on it (no [skip ci]).
    expect(git(repo.bare, 'log', '-1', '--format=%s', tip)).toBe('Add results');
    expect(git(repo.bare, 'show', '--name-only', '--format=', tip).split('\n').sort()).toEqual([
      'a.json',
      'b.json',
    ]);
    const [pull] = pulls();
    expect(pull).toMatchObject({ title: 'From the env', body: 'Body text' });
    expect(pull?.pull?.autoMerge?.mergeMethod).toBe('SQUASH');
    expect(r.output).toBe(`[CML's Pull Request](${gh.serverUrl}/octo/repo/pull/${pull!.number})`);
  });

  it('--skip-ci keeps [skip ci] even with a message; --auto-merge means merge', async () => {
    writeFileSync(join(repo.work, 'c.txt'), '3\n');
    const r = await runCml(
      ['pr', 'create', '--auto-merge', '--skip-ci', '--message', 'Msg', 'c.txt'],
      { cwd: repo.work, env: env() },
    );
    expect(r.code).toBe(0);
    const tip = bareRef(repo.bare, `heads/main-cml-pr-${repo.sha.slice(0, 8)}`)!;
    expect(git(repo.bare, 'log', '-1', '--format=%s', tip)).toBe('Msg [skip ci]');
    expect(pulls()[0]?.pull?.autoMerge?.mergeMethod).toBe('MERGE');
  });

  it('does nothing (exit 0, a warning) when the named files did not change', async () => {
    const r = await runCml(['pr', 'create', 'train.py'], { cwd: repo.work, env: env() });
    expect(r.code).toBe(0);
    expect(r.output).toBe('');
    expect(r.stdout + r.stderr).toContain('Input files are not affected');
    expect(pulls()).toHaveLength(0);
  });

  it('without paths proposes the commits the job made (CML: create [glob path...])', async () => {
    const none = await runCml(['pr', 'create'], { cwd: repo.work, env: env() });
    expect(none.code).toBe(0);
    expect(none.stdout + none.stderr).toContain('HEAD has no commits beyond the triggering commit');
    expect(pulls()).toHaveLength(0);

    writeFileSync(join(repo.work, 'e.txt'), '5\n');
    git(repo.work, 'add', 'e.txt');
    git(repo.work, 'commit', '-q', '-m', 'Retrain');
    const head = git(repo.work, 'rev-parse', 'HEAD');
    const r = await runCml(['pr', 'create'], { cwd: repo.work, env: env() });
    expect(r.stderr).not.toContain('::error');
    expect(r.code).toBe(0);
    expect(bareRef(repo.bare, `heads/main-cml-pr-${repo.sha.slice(0, 8)}`)).toBe(head);
    expect(pulls()).toHaveLength(1);
    expect(r.output).toBe(`${gh.serverUrl}/octo/repo/pull/${pulls()[0]!.number}`);
  });

  it('refuses a --target-branch the remote does not have', async () => {
    writeFileSync(join(repo.work, 'd.txt'), '4\n');
    const r = await runCml(['pr', 'create', '--target-branch', 'nope', 'd.txt'], {
      cwd: repo.work,
      env: env(),
    });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain("branch 'nope' does not exist on remote origin");
  });

  it("CML's older `cml pr <path>` and the legacy cml-pr binary work the same", async () => {
    writeFileSync(join(repo.work, 'e.txt'), '5\n');
    const old = await runCml(['pr', '--branch', 'old-form', 'e.txt'], {
      cwd: repo.work,
      env: env(),
    });
    expect(old.code).toBe(0);
    expect(bareRef(repo.bare, 'heads/old-form')).toBeDefined();
    const legacy = await runCml(['--branch', 'legacy-form', 'e.txt'], {
      cwd: repo.work,
      env: env(),
      binary: 'cml-pr',
    });
    expect(legacy.stderr).not.toContain('error');
    expect(legacy.code).toBe(0);
    expect(bareRef(repo.bare, 'heads/legacy-form')).toBeDefined();
    expect(
      pulls()
        .map((p) => p.pull?.headRef)
        .sort(),
    ).toEqual(['legacy-form', 'old-form']);
  });

  it('names the missing token instead of failing in the API', async () => {
    writeFileSync(join(repo.work, 'f.txt'), '6\n');
    const r = await runCml(['pr', 'create', 'f.txt'], {
      cwd: repo.work,
      env: { ...env(), REPO_TOKEN: '' },
    });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('No GitHub token');
    expect(existsSync(join(repo.work, 'f.txt'))).toBe(true);
  });
});

describe('cml pr create on GitLab', () => {
  let gl: GitLabEmulator;
  beforeAll(async () => {
    gl = await startGitLabEmulator();
    gl.seedProject({ id: 42, path: 'group/project', defaultBranch: 'main' });
    gl.addToken('glpat-prtest123456', { username: 'alice', id: 7, scopes: ['api'] });
  });
  afterAll(() => gl.close());

  it('opens a merge request and prints a Markdown link with --md', async () => {
    const repo = makeRepo();
    writeFileSync(join(repo.work, 'metrics.json'), '{}\n');
    const r = await runCml(['pr', 'create', '--md', 'metrics.json'], {
      cwd: repo.work,
      env: {
        GITLAB_CI: 'true',
        CI_API_V4_URL: gl.url,
        CI_SERVER_URL: gl.serverUrl,
        CI_PROJECT_ID: '42',
        CI_PROJECT_PATH: 'group/project',
        CI_COMMIT_SHA: repo.sha,
        CI_COMMIT_REF_NAME: 'main',
        REPO_TOKEN: 'glpat-prtest123456',
      },
    });
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const branch = `main-cml-pr-${repo.sha.slice(0, 8)}`;
    expect(bareRef(repo.bare, `heads/${branch}`)).toBeDefined();
    const [mr] = gl.state.mergeRequests;
    expect(mr).toMatchObject({ sourceBranch: branch, targetBranch: 'main' });
    expect(r.output).toMatch(
      /^\[CML's Merge Request\]\(http:\/\/127\.0\.0\.1:\d+\/group\/project\/-\/merge_requests\/1\)$/,
    );
    expect(gl.violations).toEqual([]);
  });

  it('--squash asks GitLab to auto-merge (squashed) once the pipeline succeeds', async () => {
    const repo = makeRepo();
    writeFileSync(join(repo.work, 'model.txt'), 'weights\n');
    // The emulator's merge requests carry the seeded branch tip (none here: all zeros); a
    // pipeline still running on that commit makes GitLab wait instead of merging at once.
    gl.seedPipeline(42, { id: 900, sha: '0'.repeat(40), ref: 'x', status: 'running' });
    const r = await runCml(['pr', 'create', '--squash', '--branch', 'auto-merge', 'model.txt'], {
      cwd: repo.work,
      env: {
        GITLAB_CI: 'true',
        CI_API_V4_URL: gl.url,
        CI_SERVER_URL: gl.serverUrl,
        CI_PROJECT_ID: '42',
        CI_PROJECT_PATH: 'group/project',
        CI_COMMIT_SHA: repo.sha,
        CI_COMMIT_REF_NAME: 'main',
        REPO_TOKEN: 'glpat-prtest123456',
      },
    });
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const mr = gl.state.mergeRequests.find((m) => m.sourceBranch === 'auto-merge');
    expect(mr).toMatchObject({ state: 'opened', autoMerge: true, squash: true });
    const merges = gl.requests.filter((q) => q.method === 'PUT' && q.path.endsWith('/merge'));
    expect(merges).toHaveLength(1);
    expect(gl.violations).toEqual([]);
  });
});
