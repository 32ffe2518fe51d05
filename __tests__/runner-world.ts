/**
 * The runner tests' emulated world: forge and cloud emulators plus a play-acted instance (what
 * the startup script would do: bring its runner online, or not). No src/ imports, so the bench
 * can load it too.
 */
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
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

export interface World {
  github: GitHubEmulator;
  gitlab: GitLabEmulator;
  ec2: Ec2Emulator;
  gce: GceEmulator;
  /** What a launched instance does: 'online' (default) brings its runner online, 'silent' never. */
  behaviour: 'online' | 'silent';
  /** Startup scripts seen, in launch order. */
  scripts: string[];
  close(): Promise<void>;
}

export async function startWorld(): Promise<World> {
  const github = await startGitHubEmulator({ repos: ['octo/repo'] });
  github.addToken(GITHUB_TOKEN, ACTIONS_BOT);
  const gitlab = await startGitLabEmulator();
  gitlab.addToken(GITLAB_TOKEN, { username: 'ml-bot', id: 77, scopes: ['api', 'create_runner'] });
  gitlab.seedProject({ id: 42, path: 'group/ml' });
  const ec2 = await startEc2Emulator();
  const gce = await startGceEmulator();
  const world: World = {
    github,
    gitlab,
    ec2,
    gce,
    behaviour: 'online',
    scripts: [],
    close: async () => {
      await Promise.all([github.close(), gitlab.close(), ec2.close(), gce.close()]);
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
