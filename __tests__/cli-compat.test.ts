// CML CLI compatibility beyond single commands: `--help` of every command, CML's global and
// legacy environment variables (CML_TOKEN, CML_SEND_COMMENT_*, RUNNER_*), --driver-token,
// and the npm package installed globally from its tarball.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliasLegacyEnvironment } from '../src/cli/legacy-env';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { git, makeRepo, runCml } from './cli-helpers';
import { cleanEnv, node24, ROOT } from './support/dist';

/** Every command and subcommand a CML workflow may call, and the usage line its help starts with. */
const HELP_CASES: [string[], string][] = [
  [['comment'], 'cml comment <command>'],
  [['comment', 'create'], 'cml comment create <markdownfile>'],
  [['comment', 'update'], 'cml comment update <markdownfile>'],
  [['send-comment'], 'cml send-comment <markdownfile>'],
  [['pr'], 'cml pr'],
  [['pr', 'create'], 'cml pr create [paths..]'],
  [['check'], 'cml check'],
  [['check', 'create'], 'cml check create <markdownfile>'],
  [['send-github-check'], 'cml send-github-check <markdownfile>'],
  [['asset'], 'cml asset'],
  [['asset', 'publish'], 'cml asset publish [asset]'],
  [['publish'], 'cml publish [asset]'],
  [['repo'], 'cml repo'],
  [['repo', 'prepare'], 'cml repo prepare'],
  [['ci'], 'cml ci'],
  [['workflow'], 'cml workflow'],
  [['workflow', 'rerun'], 'cml workflow rerun'],
  [['rerun-workflow'], 'cml rerun-workflow'],
  [['runner'], 'cml runner'],
  [['runner', 'launch'], 'cml runner launch'],
  [['metrics', 'diff'], 'cml metrics diff [a_rev] [b_rev]'],
  [['params', 'diff'], 'cml params diff [a_rev] [b_rev]'],
];

describe('cml help', () => {
  it('cml --help gives every command a one-line description', async () => {
    const r = await runCml(['--help'], { cwd: tmpdir() });
    expect(r.code).toBe(0);
    const rows = [...r.output.matchAll(/^ {2}cml ([a-z0-9-]+)\S*(?: \S+)*? {2,}(\S.*)$/gm)];
    const described = new Map(rows.map((m) => [m[1], m[2]]));
    for (const command of ['comment', 'pr', 'check', 'asset', 'publish', 'repo', 'ci']) {
      expect(described.get(command), command).toMatch(/\w{4,}/);
    }
    for (const command of ['workflow', 'rerun-workflow', 'runner', 'send-comment']) {
      expect(described.get(command), command).toMatch(/\w{4,}/);
    }
  });

  it.each(HELP_CASES)('cml %j --help prints its usage and exits 0', async (words, usage) => {
    const r = await runCml([...words, '--help'], { cwd: tmpdir() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.output.split('\n')[0]).toBe(usage);
    expect(r.output).toContain('--help');
  });

  it('a misspelt command names the likely one and what exists, exit 1', async () => {
    const r = await runCml(['commnet', 'create', 'report.md'], { cwd: tmpdir() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Unknown command. Did you mean comment?');
    expect(r.stderr).toMatch(/Commands: .*\bpr\b.*\bworkflow\b/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('wraps help text on word boundaries (no word cut across lines)', async () => {
    const r = await runCml(['pr', 'create', '--help'], { cwd: tmpdir() });
    // Each option of FORGE_OPTIONS ends its description with this phrase; a naive wrap at a
    // fixed column cut it ("env\n   ironment").
    expect(r.output.match(/inferred from the\s+environment/g)?.length).toBe(3);
    expect(r.output).toMatch(/--token, --driver-token/);
  });
});

describe('aliasLegacyEnvironment', () => {
  it('maps legacy prefixes, global options and RUNNER_* onto the modern names', () => {
    const env = aliasLegacyEnvironment({
      CML_SEND_COMMENT_WATCH: 'true',
      CML_CI_USER_NAME: 'Old',
      CML_PUBLISH_MIME_TYPE: 'text/csv',
      CML_RERUN_WORKFLOW_ID: '9',
      CML_SEND_GITHUB_CHECK_TITLE: 'T',
      CML_TOKEN: 'tok',
      CML_DRIVER: 'gitlab',
      RUNNER_LABELS: 'gpu',
      RUNNER_NAME: 'ignored: GitHub sets it for its own runner',
    });
    expect(env).toMatchObject({
      CML_COMMENT_WATCH: 'true',
      CML_REPO_USER_NAME: 'Old',
      CML_ASSET_MIME_TYPE: 'text/csv',
      CML_WORKFLOW_ID: '9',
      CML_CHECK_TITLE: 'T',
      CML_PR_TOKEN: 'tok',
      CML_COMMENT_TOKEN: 'tok',
      CML_RUNNER_TOKEN: 'tok',
      CML_WORKFLOW_DRIVER: 'gitlab',
      CML_RUNNER_LABELS: 'gpu',
    });
    expect(env.CML_RUNNER_NAME).toBeUndefined();
  });

  it('never overrides a modern variable the user set', () => {
    const env = aliasLegacyEnvironment({
      CML_CI_USER_NAME: 'Old',
      CML_REPO_USER_NAME: 'New',
      CML_TOKEN: 'global',
      CML_PR_TOKEN: 'pr-only',
      RUNNER_LABELS: 'old',
      CML_RUNNER_LABELS: 'new',
    });
    expect(env).toMatchObject({
      CML_REPO_USER_NAME: 'New',
      CML_PR_TOKEN: 'pr-only',
      CML_CHECK_TOKEN: 'global',
      CML_RUNNER_LABELS: 'new',
    });
  });
});

describe("CML's environment variables reach the commands (GitHub emulator)", () => {
  const TOKEN = 'ghp_compatenv123456';
  let gh: GitHubEmulator;
  beforeAll(async () => {
    gh = await startGitHubEmulator({ repos: ['octo/repo'] });
    gh.addToken(TOKEN, { login: 'alice', id: 7, type: 'User' });
  });
  afterAll(() => gh.close());
  const env = (extra: Record<string, string>) => ({
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: gh.serverUrl,
    ...extra,
  });
  const actions = (id: number) => gh.state.repos.get('octo/repo')!.workflowRuns.get(id)!.actions;

  it('CML_TOKEN (global) and CML_RERUN_WORKFLOW_ID (legacy prefix) drive workflow rerun', async () => {
    gh.seedWorkflowRun('octo/repo', { id: 301, status: 'completed', conclusion: 'failure' });
    const { work } = makeRepo();
    const r = await runCml(['workflow', 'rerun'], {
      cwd: work,
      env: env({ CML_TOKEN: TOKEN, CML_RERUN_WORKFLOW_ID: '301' }),
    });
    expect(r.stderr).not.toContain('::error');
    expect(r.code).toBe(0);
    expect(actions(301)).toEqual(['rerun']);
    // The token is masked the moment it is read, whichever name carried it.
    expect(r.stdout + r.stderr).toContain(`::add-mask::${TOKEN}`);
  });

  it('--driver-token and CML_DRIVER_TOKEN work as --token', async () => {
    gh.seedWorkflowRun('octo/repo', { id: 302, status: 'completed', conclusion: 'failure' });
    gh.seedWorkflowRun('octo/repo', { id: 303, status: 'completed', conclusion: 'failure' });
    const { work } = makeRepo();
    const flag = await runCml(['workflow', 'rerun', '--id', '302', '--driver-token', TOKEN], {
      cwd: work,
      env: env({}),
    });
    expect(flag.code).toBe(0);
    const variable = await runCml(['rerun-workflow', '--id', '303'], {
      cwd: work,
      env: env({ CML_DRIVER_TOKEN: TOKEN }),
    });
    expect(variable.code).toBe(0);
    expect([actions(302), actions(303)]).toEqual([['rerun'], ['rerun']]);
    const none = await runCml(['workflow', 'rerun', '--id', '302'], { cwd: work, env: env({}) });
    expect(none.code).toBe(1);
  });

  it('cml ci reads CML_REPO_* like repo prepare, and the legacy CML_CI_* too', async () => {
    const { work } = makeRepo();
    const modern = await runCml(['ci'], { cwd: work, env: { CML_REPO_USER_NAME: 'Modern' } });
    expect(modern.code).toBe(0);
    expect(git(work, 'config', '--local', 'user.name')).toBe('Modern');
    const legacy = await runCml(['repo', 'prepare'], {
      cwd: work,
      env: { CML_CI_USER_NAME: 'Legacy' },
    });
    expect(legacy.code).toBe(0);
    expect(git(work, 'config', '--local', 'user.name')).toBe('Legacy');
  });
});

describe('npm install --global of the packed package', () => {
  it('installs offline with no dependencies, and cml, cml-pr and vl2png run from its bin', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
      dependencies?: Record<string, string>;
    };
    // dist/ is bundled and self-contained: a runtime dependency would make every global
    // install download (and build) it for nothing.
    expect(pkg.dependencies ?? {}).toEqual({});
    const dir = mkdtempSync(join(tmpdir(), 'cml-npm-global-'));
    const npmEnv = {
      ...process.env,
      npm_config_cache: join(dir, 'cache'),
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], {
      cwd: ROOT,
      env: npmEnv,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop()!;
    const prefix = join(dir, 'prefix');
    execFileSync('npm', ['install', '--global', '--prefix', prefix, join(dir, tarball)], {
      cwd: dir,
      env: npmEnv,
      stdio: 'pipe',
    });
    const env = cleanEnv({
      PATH: [join(prefix, 'bin'), dirname(node24()), '/usr/bin', '/bin'].join(':'),
    });
    const run = (cmd: string, args: string[]) =>
      execFileSync(join(prefix, 'bin', cmd), args, { cwd: dir, env, encoding: 'utf8' });
    expect(run('cml', ['--version']).trim()).toBe(pkg.version);
    expect(run('cml-pr', ['--help'])).toContain('cml pr create');
    writeFileSync(
      join(dir, 'bar.json'),
      JSON.stringify({
        data: { values: [{ a: 'x', b: 2 }] },
        mark: 'bar',
        encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
      }),
    );
    const png = execFileSync(join(prefix, 'bin', 'vl2png'), [join(dir, 'bar.json')], {
      cwd: dir,
      env,
    });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  }, 180_000);
});

describe('cml runner launch on a forge without self-hosted runners', () => {
  // Found by an outside review: --driver refused bitbucket with yargs' choices error, and without
  // --driver the cloud's inputs (a kubeconfig) were asked for before the forge was refused.
  it.each([[['--driver', 'bitbucket']], [[]]])(
    'is refused in one line naming Bitbucket, before any cloud input (%j)',
    async (driver) => {
      const r = await runCml(
        [
          'runner',
          'launch',
          '--cloud',
          'kubernetes',
          ...driver,
          '--repo',
          'https://bitbucket.org/a/b',
          '--token',
          'x',
        ],
        { cwd: tmpdir() },
      );
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(
        'error: runner-provision: cml registers no self-hosted runners on Bitbucket; it works with GitHub and GitLab.',
      );
    },
  );
});
