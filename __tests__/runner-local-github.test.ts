// `cml runner launch` without --cloud on GitHub: the real CLI registers this machine through the
// GitHub emulator (generate-jitconfig, list, delete: @octokit/openapi), installs the fake
// actions/runner package from the loopback download server after checking its sha256 against
// the release notes, and runs it in the foreground until the idle timeout, one job with
// --single, or a signal. CML's behaviour: bin/cml/runner/launch.js and src/drivers/github.js
// (iterative/cml 0.20.6).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  GITHUB_VERSION,
  launchCli,
  PAT,
  startLocalWorld,
  type LocalWorld,
} from './runner-local-support';

const ARCH = process.arch === 'arm64' ? 'ARM64' : 'X64';
let world: LocalWorld;

beforeEach(async () => {
  world = await startLocalWorld();
});
afterEach(async () => {
  await world.close();
});

/** The repository's runners as the emulator holds them. */
const runners = () => world.github.state.repo('octo', 'repo').runners;
const jitRequests = () =>
  world.github.requests.filter((r) => r.path.endsWith('/actions/runners/generate-jitconfig'));

function launch(args: string[], env: Record<string, string> = {}) {
  return launchCli(world, ['--repo', 'https://github.com/octo/repo', ...args], {
    REPO_TOKEN: PAT,
    // The forge token under a name cml does not know: it must not reach the runner either.
    SOME_COPY_OF_THE_TOKEN: PAT,
    CML_API_URL: world.github.url,
    ...env,
  });
}

describe('cml runner launch without --cloud (GitHub)', () => {
  it('registers this machine by its exact name and labels, runs jobs, and unregisters when idle', async () => {
    const cli = launch(['--name', 'lab-box', '--labels', 'gpu,big', '--idle-timeout', '6']);
    await cli.waitFor(/Listening for Jobs/);
    expect(
      runners().map((r) => ({ name: r.name, labels: r.labels, ephemeral: r.ephemeral })),
    ).toEqual([
      { name: 'lab-box', labels: ['self-hosted', 'Linux', ARCH, 'gpu', 'big'], ephemeral: true },
    ]);
    const firstId = runners()[0]!.id;
    // The runner got the JIT configuration of that registration (the emulator encodes the name).
    const config = cli.reports('jitconfig-')[0]!;
    expect(JSON.parse(config)).toMatchObject({ runner: 'lab-box', repo: 'octo/repo' });
    // Installed, verified, under the default workdir ~/.cml/<name>.
    const installed = join(cli.home, '.cml/lab-box/runner', `github-${GITHUB_VERSION}`);
    expect(readFileSync(join(installed, '.cml-sha256'), 'utf8').trim()).toBe(world.sha.github);

    cli.giveJob('train');
    await cli.waitFor(/runner status: job_started \(train\)/);
    await cli.waitFor(/runner status: job_ended \(success\)/);
    // A JIT runner takes one job: a fresh registration, same exact name, takes the next.
    await cli.waitFor(/Listening for Jobs[\s\S]*Listening for Jobs/);
    expect(runners().map((r) => r.name)).toEqual(['lab-box']);
    expect(runners()[0]!.id).not.toBe(firstId);
    expect(jitRequests()).toHaveLength(2);

    expect(await cli.exited).toBe(0);
    const out = cli.output();
    expect(out).toContain('Unregistering runner lab-box...');
    expect(out).toContain('runner status: terminated (reason: timeout:6)');
    expect(runners()).toEqual([]);
    expect(cli.reports('jobs-done')).toEqual(['train\n']);
    expect(cli.reports('stopped-')).toHaveLength(1);

    // The JIT configuration is masked in what cml streams; the forge token reaches the runner
    // neither in its environment nor on its command line.
    expect(out).toContain('debug: jit configuration ***');
    expect(out).not.toContain(Buffer.from(config).toString('base64'));
    expect(out).not.toContain(PAT);
    const seen = [...cli.reports('env-'), ...cli.reports('argv-')];
    expect(cli.reports('env-')).toHaveLength(2);
    for (const text of seen) {
      expect(text).not.toContain(PAT);
      expect(text).not.toMatch(/^REPO_TOKEN=/m);
      expect(text).not.toContain(Buffer.from(config).toString('base64'));
    }
    expect(world.github.violations).toEqual([]);
  });

  it('with --single ends after one job: one registration, deleted, exit 0', async () => {
    const cli = launch(['--single', '--idle-timeout', 'never', '--docker-volumes', '/data:/data']);
    await cli.waitFor(/Listening for Jobs/);
    const name = runners()[0]!.name;
    // CML's default name: cml- and a random id.
    expect(name).toMatch(/^cml-[0-9a-f]{8}$/);
    expect(runners()[0]!.labels).toEqual(['self-hosted', 'Linux', ARCH, 'cml']);
    cli.giveJob('eval');
    expect(await cli.exited).toBe(0);
    expect(cli.output()).toContain('runner status: terminated (reason: single job)');
    expect(cli.output()).toContain(
      'warning: ignoring --docker-volumes: it applies to GitLab’s docker executor (--gitlab-executor docker) only.',
    );
    expect(jitRequests()).toHaveLength(1);
    expect(runners()).toEqual([]);
    expect(cli.reports('jobs-done')).toEqual(['eval\n']);
  });

  it('on SIGTERM stops the runner, deletes the registration and exits 143', async () => {
    const cli = launch(['--name', 'sig-box', '--idle-timeout', 'never']);
    await cli.waitFor(/Listening for Jobs/);
    expect(runners().map((r) => r.name)).toEqual(['sig-box']);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(143);
    expect(cli.output()).toContain('runner status: terminated (reason: SIGTERM)');
    expect(cli.reports('stopped-')).toHaveLength(1);
    expect(runners()).toEqual([]);
    expect(
      world.github.requests.filter(
        (r) => r.method === 'DELETE' && r.path.includes('/actions/runners/'),
      ),
    ).toHaveLength(1);
  });

  it('on SIGINT in the middle of a job cancels it, deletes the registration and exits 130', async () => {
    const cli = launch(['--name', 'int-box'], { FAKE_JOB_SECONDS: '30' });
    await cli.waitFor(/Listening for Jobs/);
    cli.giveJob('long');
    await cli.waitFor(/runner status: job_started/);
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(130);
    expect(cli.reports('jobs-done')).toEqual([]);
    expect(cli.reports('stopped-')).toHaveLength(1);
    expect(runners()).toEqual([]);
  });

  it('reuses the verified runner a previous launch installed in the same workdir', async () => {
    const first = launch(['--name', 'cache-box', '--idle-timeout', '1']);
    expect(await first.exited).toBe(0);
    const downloads = world.downloaded.filter((u) => u.startsWith('/github/')).length;
    expect(downloads).toBe(1);
    const second = launchCli(
      world,
      ['--repo', 'https://github.com/octo/repo', '--name', 'cache-box', '--idle-timeout', '1'],
      { REPO_TOKEN: PAT, CML_API_URL: world.github.url, HOME: first.home },
    );
    expect(await second.exited).toBe(0);
    expect(second.output()).toContain('Using the cached runner');
    expect(world.downloaded.filter((u) => u.startsWith('/github/'))).toHaveLength(1);
  });
});

describe('cml runner launch without --cloud refuses', () => {
  it('a download whose sha256 is not the release’s, before registering anything', async () => {
    await world.close();
    world = await startLocalWorld({ githubSha: 'f'.repeat(64) });
    const cli = launch(['--name', 'bad-box']);
    expect(await cli.exited).toBe(1);
    const out = cli.output();
    expect(out).toMatch(
      new RegExp(
        `error: Checksum mismatch for ${world.downloads}/github/v${GITHUB_VERSION}/actions-runner-linux-(x64|arm64)-${GITHUB_VERSION}\\.tar\\.gz: the release says sha256 f{64}, the download is ${world.sha.github}; refusing to run it\\.`,
      ),
    );
    expect(out).not.toMatch(/^\s+at /m);
    expect(jitRequests()).toEqual([]);
    expect(runners()).toEqual([]);
    expect(
      existsSync(join(cli.home, '.cml/bad-box/runner', `github-${GITHUB_VERSION}`, 'run.sh')),
    ).toBe(false);
    expect(cli.reports('env-')).toEqual([]);
  });

  it('a name already registered, as CML did', async () => {
    world.github.state.repo('octo', 'repo').runners.push({
      id: 9001,
      name: 'taken',
      os: 'Linux',
      status: 'online',
      busy: false,
      ephemeral: false,
      labels: ['self-hosted', 'cml'],
      runnerGroupId: 1,
    });
    const cli = launch(['--name', 'taken']);
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toContain(
      'error: Runner name taken is already in use. Please change the name or terminate the existing runner.',
    );
    expect(jitRequests()).toEqual([]);
  });
});
