/**
 * The runner tests' emulated world: forge and cloud emulators plus a play-acted instance (what
 * the startup script would do: bring its runner online, or not). No src/ imports, so the bench
 * can load it too.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { seedRelease } from './emulators/github/routes/releases';
import { startGitLabEmulator, type GitLabEmulator } from './emulators/gitlab';
import { startEc2Emulator, type Ec2Emulator } from './emulators/ec2';
import { startGceEmulator, type GceEmulator } from './emulators/gce';
import { ACTIONS_BOT } from './emulators/github/identities';

export const GITHUB_TOKEN = 'ghs_runnerTestToken0123456789abcdef';
export const GITLAB_TOKEN = 'glpat-runnerTestToken0123456789';
export const FAKE_AWS = {
  AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKE0001',
  AWS_SECRET_ACCESS_KEY: 'fakeSecretKeyDoNotUse/0123456789abcdefghij',
};
export const FAKE_GCP_TOKEN = 'ya29.fake-access-token-for-tests';

/** The value of VAR='…' in a rendered startup script. */
export function scriptValue(script: string, name: string): string | undefined {
  const m = new RegExp(`^${name}='((?:[^']|'"'"')*)'$`, 'm').exec(script);
  return m?.[1]?.replace(/'"'"'/g, "'");
}

/** The forge runner releases the world serves (actions/runner on the GitHub emulator). */
export const RUNNER_RELEASES = {
  github: {
    version: '2.330.0',
    x64: '1'.repeat(64),
    arm64: '2'.repeat(64),
  },
  gitlab: {
    version: '18.3.0',
    x64: '3'.repeat(64),
    arm64: '4'.repeat(64),
  },
};

/**
 * Release notes as actions/runner's release workflow writes them (releaseNote.md: each package
 * with its sha256 between BEGIN/END SHA markers).
 */
export function runnerReleaseNotes(version: string, x64: string, arm64: string): string {
  return [
    "## What's Changed",
    '- Runner changes',
    '',
    '## SHA-256 Checksums',
    '',
    'The SHA-256 checksums for the packages included in this build are shown below:',
    '',
    `- actions-runner-win-x64-${version}.zip <!-- BEGIN SHA win-x64 -->${'9'.repeat(64)}<!-- END SHA win-x64 -->`,
    `- actions-runner-osx-x64-${version}.tar.gz <!-- BEGIN SHA osx-x64 -->${'8'.repeat(64)}<!-- END SHA osx-x64 -->`,
    `- actions-runner-linux-x64-${version}.tar.gz <!-- BEGIN SHA linux-x64 -->${x64}<!-- END SHA linux-x64 -->`,
    `- actions-runner-linux-arm64-${version}.tar.gz <!-- BEGIN SHA linux-arm64 -->${arm64}<!-- END SHA linux-arm64 -->`,
    `- actions-runner-linux-arm-${version}.tar.gz <!-- BEGIN SHA linux-arm -->${'7'.repeat(64)}<!-- END SHA linux-arm -->`,
  ].join('\n');
}

/**
 * Environment pointing the gitlab-runner lookups (gitlab.com's releases API and the download
 * bucket) at the newest started world's loopback server; configFrom adds it.
 */
export const RELEASES_ENV: Record<string, string> = {};

export interface World {
  github: GitHubEmulator;
  gitlab: GitLabEmulator;
  ec2: Ec2Emulator;
  gce: GceEmulator;
  /** What a launched instance does: 'online' (default) brings its runner online, 'silent' never. */
  behaviour: 'online' | 'silent';
  /** Startup scripts seen, in launch order. */
  scripts: string[];
  /** gitlab.com's releases API and the gitlab-runner download bucket, on loopback. */
  gitlabReleases: { api: string; downloads: string; requests: string[] };
  close(): Promise<void>;
}

async function startGitLabReleases(): Promise<{
  server: Server;
  api: string;
  downloads: string;
  requests: string[];
}> {
  const { version, x64, arm64 } = RUNNER_RELEASES.gitlab;
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(url);
    if (url === '/api/v4/projects/gitlab-org%2Fgitlab-runner/releases/permalink/latest') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ tag_name: `v${version}`, name: `v${version}` }));
    } else if (url === `/downloads/v${version}/release.sha256`) {
      res.end(
        [
          `${x64} *binaries/gitlab-runner-linux-amd64`,
          `${arm64} *binaries/gitlab-runner-linux-arm64`,
          `${'5'.repeat(64)} *binaries/gitlab-runner-windows-amd64.exe`,
          '',
        ].join('\n'),
      );
    } else {
      // S3 answers 403 AccessDenied for keys that do not exist in a bucket one cannot list.
      res.writeHead(403);
      res.end('<Error><Code>AccessDenied</Code></Error>');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, api: `${base}/api/v4`, downloads: `${base}/downloads`, requests };
}

export async function startWorld(): Promise<World> {
  const github = await startGitHubEmulator({ repos: ['octo/repo'] });
  github.addToken(GITHUB_TOKEN, ACTIONS_BOT);
  const gitlab = await startGitLabEmulator();
  gitlab.addToken(GITLAB_TOKEN, { username: 'ml-bot', id: 77, scopes: ['api', 'create_runner'] });
  gitlab.seedProject({ id: 42, path: 'group/ml' });
  const ec2 = await startEc2Emulator();
  const gce = await startGceEmulator();
  const { version, x64, arm64 } = RUNNER_RELEASES.github;
  seedRelease(github.state, 'actions/runner', {
    tag: `v${version}`,
    body: runnerReleaseNotes(version, x64, arm64),
    assets: [
      `actions-runner-linux-x64-${version}.tar.gz`,
      `actions-runner-linux-arm64-${version}.tar.gz`,
    ],
  });
  const releases = await startGitLabReleases();
  RELEASES_ENV.CML_RUNNER_GITLAB_RELEASES_API = releases.api;
  RELEASES_ENV.CML_RUNNER_GITLAB_DOWNLOADS = releases.downloads;
  const world: World = {
    github,
    gitlab,
    ec2,
    gce,
    behaviour: 'online',
    scripts: [],
    gitlabReleases: {
      api: releases.api,
      downloads: releases.downloads,
      requests: releases.requests,
    },
    close: async () => {
      await Promise.all([
        github.close(),
        gitlab.close(),
        ec2.close(),
        gce.close(),
        new Promise((r) => releases.server.close(r)),
      ]);
    },
  };
  const play = (script: string) => {
    world.scripts.push(script);
    if (world.behaviour !== 'online') return;
    // The runner registers a moment after boot, as on a real machine.
    setTimeout(() => {
      const name = scriptValue(script, 'CML_RUNNER_NAME');
      if (scriptValue(script, 'CML_FORGE') === 'github') {
        const repo = github.state.repo('octo', 'repo');
        if (scriptValue(script, 'CML_REGISTRATION') === 'github-registration-token') {
          // config.sh registers the reusable runner with the registration token.
          if (!repo.registrationTokens.includes(scriptValue(script, 'CML_SECRET') ?? '')) return;
          repo.runners.push({
            id: github.state.nextId(),
            name: name ?? '',
            os: 'Linux',
            status: 'offline',
            busy: false,
            ephemeral: scriptValue(script, 'CML_SINGLE') === 'true',
            labels: (scriptValue(script, 'CML_RUNNER_LABELS') ?? '').split(','),
            runnerGroupId: 1,
          });
        }
        const runner = repo.runners.find((r) => r.name === name);
        if (runner) runner.status = 'online';
      } else {
        const token = scriptValue(script, 'CML_SECRET');
        const runner = gitlab.state.runners.find((r) => r.token === token);
        if (runner) runner.status = 'online';
      }
    }, 30);
  };
  ec2.onLaunch((i) => play(i.userData));
  gce.onInsert((i) => play(i.metadata['startup-script'] ?? ''));
  return world;
}
