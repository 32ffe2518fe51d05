/**
 * The runner lifecycle (start, stop, sweep, never-online, cancel) on one of the registry's newer
 * clouds, against the GitHub and GitLab emulators: shared by clouds-azure-lifecycle.test.ts and
 * clouds-alibaba-lifecycle.test.ts. `boot` is called with each launched instance's start-up
 * script; it play-acts what the script would do (bring its runner online) unless `silent`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCloud } from '../../../src/clouds';
import { createGitHubForge } from '../../../src/forge/github';
import { createGitLabForge } from '../../../src/forge/gitlab';
import { startRunners } from '../../../src/runners/start';
import { stopRunners, sweepRunners } from '../../../src/runners/stop';
import { startGitHubEmulator, type GitHubEmulator } from '../github';
import { startGitLabEmulator, type GitLabEmulator } from '../gitlab';
import { ACTIONS_BOT } from '../github/identities';
import {
  GITHUB_TOKEN,
  GITLAB_TOKEN,
  captureLogger,
  configFrom,
  githubContext,
  gitlabContext,
  scriptValue,
  type World,
} from '../../runner-support';

export interface CloudUnderTest {
  name: string;
  inputs: Record<string, string>;
  /** Starts the cloud emulator, sets the environment, and calls `boot` for each launch. */
  start(boot: (script: string) => void): Promise<void>;
  /** What of ours is left in the cloud emulator (names or ids); must end empty. */
  left(): string[];
  /** Secrets that must appear in no start-up script and no log line. */
  secrets: string[];
  close(): Promise<void>;
}

export function lifecycleSuite(cloud: CloudUnderTest): void {
  let github: GitHubEmulator;
  let gitlab: GitLabEmulator;
  let silent = false;
  const scripts: string[] = [];
  const saved = { ...process.env };

  function boot(script: string) {
    scripts.push(script);
    if (silent) return;
    setTimeout(() => {
      const name = scriptValue(script, 'CML_RUNNER_NAME');
      if (scriptValue(script, 'CML_FORGE') === 'github') {
        const runner = github.state.repo('octo', 'repo').runners.find((r) => r.name === name);
        if (runner) runner.status = 'online';
      } else {
        const runner = gitlab.state.runners.find(
          (r) => r.token === scriptValue(script, 'CML_SECRET'),
        );
        if (runner) runner.status = 'online';
      }
    }, 30);
  }

  beforeAll(async () => {
    github = await startGitHubEmulator({ repos: ['octo/repo'] });
    github.addToken(GITHUB_TOKEN, ACTIONS_BOT);
    gitlab = await startGitLabEmulator();
    gitlab.addToken(GITLAB_TOKEN, { username: 'ml-bot', id: 77, scopes: ['api', 'create_runner'] });
    gitlab.seedProject({ id: 42, path: 'group/ml' });
    await cloud.start(boot);
  });
  afterAll(async () => {
    process.env = saved;
    await Promise.all([github.close(), gitlab.close(), cloud.close()]);
  });

  // Only the emulators' URLs are read from the world by the context helpers.
  const world = () => ({ github, gitlab }) as unknown as World;

  async function setUp(forgeKind: 'github' | 'gitlab', inputs: Record<string, string> = {}) {
    const log = captureLogger();
    // A pinned runner: the start looks up no release (the forge emulators serve none).
    const pin = { 'runner-version': '2.330.0', 'runner-sha256': 'a'.repeat(64) };
    const config = configFrom({ ...pin, ...cloud.inputs, ...inputs });
    const context = forgeKind === 'github' ? githubContext(world()) : gitlabContext(world());
    const forge =
      forgeKind === 'github'
        ? createGitHubForge(context, GITHUB_TOKEN, log.logger)
        : createGitLabForge(context, GITLAB_TOKEN, log.logger);
    const driver = await createCloud(config.cloud, log.logger);
    return { log, config, context, forge, cloud: driver };
  }

  describe(`runner lifecycle on ${cloud.name}`, () => {
    it('GitHub: starts JIT runners, waits until online, stops them by id; nothing left', async () => {
      silent = false;
      const deps = await setUp('github', { count: '2' });
      const result = await startRunners({ ...deps, logger: deps.log.logger });
      expect(result.runners).toHaveLength(2);
      for (const s of scripts) for (const secret of cloud.secrets) expect(s).not.toContain(secret);
      // The real start-up script reached the instance whole (the emulators refuse oversized
      // custom/user data as the clouds do: Azure 64 KiB, ECS 32 KiB).
      expect(scripts.at(-1)).toMatch(/^#!\/bin\/bash/);
      console.info(`${cloud.name}: start-up script ${Buffer.byteLength(scripts.at(-1)!)} bytes`);
      for (const secret of cloud.secrets) expect(deps.log.text()).not.toContain(secret);
      const stop = await stopRunners({
        ...deps,
        config: configFrom({
          ...cloud.inputs,
          mode: 'stop',
          'instance-ids': JSON.stringify(result.runners.map((r) => r.instanceId)),
          'runner-ids': JSON.stringify(result.runners.map((r) => r.runnerId)),
        }),
        logger: deps.log.logger,
      });
      expect(stop.terminated.sort()).toEqual(result.runners.map((r) => r.instanceId).sort());
      expect(github.state.repo('octo', 'repo').runners).toEqual([]);
      expect(cloud.left()).toEqual([]);
    });

    it('GitLab: a project runner, and the stop finds its instance by tags; nothing left', async () => {
      silent = false;
      const deps = await setUp('gitlab');
      const result = await startRunners({ ...deps, logger: deps.log.logger });
      expect(result.runners).toHaveLength(1);
      await stopRunners({
        ...deps,
        config: { ...deps.config, mode: 'stop' },
        logger: deps.log.logger,
      });
      expect(
        gitlab.state.runners.find((r) => r.id === result.runners[0]!.runnerId),
      ).toBeUndefined();
      expect(cloud.left()).toEqual([]);
    });

    it('never online: the start fails with the console shown and leaves nothing', async () => {
      silent = true;
      const deps = await setUp('github');
      deps.config.launchTimeoutSeconds = 1;
      const error = await startRunners({ ...deps, logger: deps.log.logger }).catch((e: Error) => e);
      expect(error).toMatchObject({ name: 'LaunchError' });
      expect(deps.log.text()).toMatch(/Console output of/);
      expect(cloud.left()).toEqual([]);
      expect(github.state.repo('octo', 'repo').runners).toEqual([]);
    });

    it('cancelled during the start: what was launched is removed', async () => {
      silent = true;
      const deps = await setUp('github', { count: '2' });
      const controller = new AbortController();
      const started = startRunners({ ...deps, logger: deps.log.logger, signal: controller.signal });
      setTimeout(() => controller.abort(), 300);
      expect(await started.catch((e: Error) => e)).toMatchObject({ name: 'CancelledError' });
      expect(cloud.left()).toEqual([]);
    });

    it('sweep ends what is past its maximum lifetime', async () => {
      silent = false;
      const deps = await setUp('github', { 'max-lifetime': '600' });
      await startRunners({ ...deps, logger: deps.log.logger });
      const swept = await sweepRunners({
        ...deps,
        config: { ...deps.config, mode: 'sweep' },
        logger: deps.log.logger,
        now: new Date(Date.now() + 3600_000),
      });
      expect(swept.terminated).toHaveLength(1);
      expect(cloud.left()).toEqual([]);
    });
  });
}
