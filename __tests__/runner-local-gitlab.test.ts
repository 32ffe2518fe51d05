// `cml runner launch` without --cloud on GitLab: the real CLI creates this machine's runner
// through the GitLab emulator (POST /user/runners → glrt- token, DELETE /runners/:id; GitLab's
// REST docs for runners), installs the fake gitlab-runner binary from the loopback bucket after
// checking it against release.sha256, and runs `gitlab-runner run-single` with a config.toml it
// wrote. CML's behaviour: bin/cml/runner/launch.js and src/drivers/gitlab.js (iterative/cml 0.20.6).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  GITLAB_PAT,
  GITLAB_VERSION,
  launchCli,
  startLocalWorld,
  type LocalWorld,
} from './runner-local-support';

let world: LocalWorld;
/** Credentials in the environment that are not the one cml uses (CML's _CML_RUNNER_SENSITIVE_ENV names more). */
const OTHER_CREDENTIALS = {
  REPO_TOKEN: 'glpat-someoneElsesToken00000',
  GITLAB_TOKEN: 'glpat-anotherTokenNotUsed000',
  CI_JOB_TOKEN: 'glcbt-jobTokenNotForRunners',
  MY_DATASET_KEY: 'dataset-key-0123456789',
};

beforeEach(async () => {
  world = await startLocalWorld();
});
afterEach(async () => {
  await world.close();
});

const runners = () => world.gitlab.state.runners;
const creations = () =>
  world.gitlab.requests.filter((r) => r.method === 'POST' && r.path === '/user/runners');

function launch(args: string[], env: Record<string, string> = {}) {
  return launchCli(
    world,
    ['--driver', 'gitlab', '--repo', `${world.gitlab.serverUrl}/group/ml`, ...args],
    { REPO_TOKEN: GITLAB_PAT, GITLAB_TOKEN: GITLAB_PAT, CML_API_URL: world.gitlab.url, ...env },
  );
}

describe('cml runner launch without --cloud (GitLab)', () => {
  it('creates the runner with its name and tags, serves jobs with the shell executor, and deletes it when idle', async () => {
    // The token comes from --token; other credentials in the environment must not reach jobs.
    const cli = launchCli(
      world,
      [
        '--driver',
        'gitlab',
        '--repo',
        `${world.gitlab.serverUrl}/group/ml`,
        '--token',
        GITLAB_PAT,
        '--name',
        'lab-box',
        '--labels',
        'gpu,big',
        '--idle-timeout',
        '5',
      ],
      {
        CML_API_URL: world.gitlab.url,
        REPO_TOKEN: OTHER_CREDENTIALS.REPO_TOKEN,
        GITLAB_TOKEN: OTHER_CREDENTIALS.GITLAB_TOKEN,
        CI_JOB_TOKEN: OTHER_CREDENTIALS.CI_JOB_TOKEN,
        _CML_RUNNER_SENSITIVE_ENV: 'MY_DATASET_KEY',
        MY_DATASET_KEY: OTHER_CREDENTIALS.MY_DATASET_KEY,
      },
    );
    await cli.waitFor(/runner status: ready/);
    expect(runners()).toHaveLength(1);
    const runner = runners()[0]!;
    // CML's registration (src/drivers/gitlab.js): locked to the project, untagged jobs too.
    expect(runner).toMatchObject({
      description: 'lab-box',
      tagList: ['gpu', 'big'],
      runnerType: 'project_type',
      projectIds: [42],
      runUntagged: true,
      locked: true,
    });
    // The glrt- token is in config.toml (mode 600) only: not on the command line, not in the
    // environment the shell executor hands to jobs.
    const config = parse(cli.reports('config-')[0]!) as {
      concurrent: number;
      runners: Record<string, unknown>[];
    };
    const home = join(cli.home, '.cml/lab-box');
    expect(config).toEqual({
      concurrent: 1,
      runners: [
        {
          name: 'lab-box',
          url: world.gitlab.serverUrl,
          token: runner.token,
          executor: 'shell',
          builds_dir: join(home, 'builds'),
          cache_dir: join(home, 'cache'),
          shell: 'bash',
        },
      ],
    });
    expect(cli.reports('config-mode-')).toEqual(['600\n']);
    const argv = cli.reports('argv-')[0]!;
    expect(argv).toBe(
      `${join(home, 'runner', `gitlab-${GITLAB_VERSION}`, 'gitlab-runner')} --log-format json run-single --config ${join(home, 'gitlab/config.toml')} --runner lab-box\n`,
    );
    const env = cli.reports('env-')[0]!;
    expect(env).not.toContain(runner.token);
    expect(env).not.toContain(GITLAB_PAT);
    for (const [name, value] of Object.entries(OTHER_CREDENTIALS)) {
      expect(env).not.toContain(value);
      expect(env).not.toMatch(new RegExp(`^${name}=`, 'm'));
    }
    // Everything else passes through (the runner's jobs need PATH, HOME …).
    expect(env).toMatch(/^HOME=/m);

    cli.giveJob();
    await cli.waitFor(/runner status: job_started \(4000\)/);
    await cli.waitFor(/runner status: job_ended \(success\)/);
    cli.giveJob();
    await cli.waitFor(/runner status: job_started \(4001\)/);
    expect(await cli.exited).toBe(0);
    const out = cli.output();
    expect(out).toContain('runner status: terminated (reason: timeout:5)');
    expect(cli.reports('jobs-done')).toEqual(['4000\n4001\n']);
    // One runner for the whole session (run-single keeps serving), deleted at the end.
    expect(creations()).toHaveLength(1);
    expect(runners()).toEqual([]);
    expect(existsSync(join(home, 'gitlab/config.toml'))).toBe(false);
    // The fake runner printed the whole token: cml masked it.
    expect(out).toContain('with token *** ...');
    expect(out).not.toContain(runner.token);
    expect(out).not.toContain(GITLAB_PAT);
    expect(world.gitlab.violations).toEqual([]);
  });

  it('with --single runs one job (run-single --max-builds 1) and deletes the runner', async () => {
    const cli = launch([
      '--single',
      '--gitlab-executor',
      'docker',
      '--docker-volumes',
      '/data:/data',
    ]);
    await cli.waitFor(/runner status: ready/);
    expect(cli.reports('argv-')[0]).toMatch(/ --max-builds 1\n$/);
    const config = parse(cli.reports('config-')[0]!) as { runners: Record<string, unknown>[] };
    expect(config.runners[0]).toMatchObject({
      executor: 'docker',
      docker: { image: 'ubuntu:24.04', volumes: ['/data:/data'] },
    });
    expect(config.runners[0]!.shell).toBeUndefined();
    cli.giveJob();
    expect(await cli.exited).toBe(0);
    expect(cli.output()).toContain('runner status: terminated (reason: single job)');
    expect(runners()).toEqual([]);
  });

  it('on SIGTERM stops gitlab-runner, deletes the runner and its config.toml, and exits 143', async () => {
    const cli = launch(['--name', 'sig-box', '--idle-timeout', 'never']);
    await cli.waitFor(/runner status: ready/);
    expect(runners().map((r) => r.description)).toEqual(['sig-box']);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(143);
    expect(cli.reports('stopped-')).toHaveLength(1);
    expect(runners()).toEqual([]);
    expect(existsSync(join(cli.home, '.cml/sig-box/gitlab/config.toml'))).toBe(false);
    expect(
      world.gitlab.requests.filter((r) => r.method === 'DELETE' && r.path.startsWith('/runners/')),
    ).toHaveLength(1);
  });

  it('refuses a gitlab-runner binary whose sha256 is not the one release.sha256 lists', async () => {
    await world.close();
    world = await startLocalWorld({ gitlabSha: 'e'.repeat(64) });
    const cli = launch(['--name', 'bad-box']);
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toContain(
      `error: Checksum mismatch for ${world.downloads}/gitlab/v${GITLAB_VERSION}/binaries/gitlab-runner-linux-${process.arch === 'arm64' ? 'arm64' : 'amd64'}: the release says sha256 ${'e'.repeat(64)}, the download is ${world.sha.gitlab}; refusing to run it.`,
    );
    expect(creations()).toEqual([]);
    expect(cli.reports('env-')).toEqual([]);
  });
});
