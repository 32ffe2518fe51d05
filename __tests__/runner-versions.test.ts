// The forge runner version and checksum, resolved in the action before launch: actions/runner
// from the GitHub releases API (the loopback emulator), gitlab-runner from gitlab.com's releases
// API and the download bucket's release.sha256 (a loopback server).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkResponse } from './emulators/github/openapi';
import { seedRelease } from './emulators/github/routes/releases';
import { shaFromReleaseNotes } from '../src/forge/github/runner-release';
import { shaFromChecksumList } from '../src/forge/gitlab/runner-release';
import { clearRunnerPinCache, resolveRunnerPin } from '../src/runners/versions';
import {
  GITHUB_TOKEN,
  RUNNER_RELEASES,
  runnerReleaseNotes,
  startWorld,
  type World,
} from './runner-support';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world.close();
});
beforeEach(() => {
  clearRunnerPinCache();
  world.github.resetRecords();
});

const github = () => ({
  githubApi: world.github.url,
  githubToken: GITHUB_TOKEN,
  gitlabApi: world.gitlabReleases.api,
  gitlabDownloads: world.gitlabReleases.downloads,
});

describe('actions/runner', () => {
  it('reads the newest release and its per-platform sha256 from the release notes, once per run', async () => {
    const { version, x64, arm64 } = RUNNER_RELEASES.github;
    const pin = await resolveRunnerPin('github', {}, github());
    expect(pin).toEqual({
      version,
      url: `https://github.com/actions/runner/releases/download/v${version}/actions-runner-linux-@ARCH@-${version}.tar.gz`,
      sha256: { x64, arm64 },
    });
    // Cached: a start launching several runners asks once.
    await resolveRunnerPin('github', {}, github());
    const asked = world.github.requests.filter((r) => r.path.endsWith('/releases/latest'));
    expect(asked).toHaveLength(1);
    expect(asked[0]!.token).toBe(GITHUB_TOKEN);
  });

  it('answers in the shape GitHub documents (@octokit/openapi `release`)', async () => {
    const response = await fetch(`${world.github.url}/repos/actions/runner/releases/latest`, {
      headers: { authorization: `Bearer ${GITHUB_TOKEN}` },
    });
    const problems = checkResponse(
      'GET',
      '/repos/{owner}/{repo}/releases/latest',
      200,
      await response.json(),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('pins runner-version, reading its hash from that release; refuses a version with no release', async () => {
    seedRelease(world.github.state, 'actions/runner', {
      tag: 'v2.331.0',
      body: runnerReleaseNotes('2.331.0', 'e'.repeat(64), 'f'.repeat(64)),
    });
    const pin = await resolveRunnerPin('github', { version: '2.331.0' }, github());
    expect(pin.sha256).toEqual({ x64: 'e'.repeat(64), arm64: 'f'.repeat(64) });
    await expect(resolveRunnerPin('github', { version: '2.399.0' }, github())).rejects.toThrow(
      "Input 'runner-version': actions/runner has no release v2.399.0",
    );
  });

  it('takes runner-sha256 as given for the machine types’ architecture, without a lookup', async () => {
    const pin = await resolveRunnerPin(
      'github',
      { version: '2.332.0', sha256: 'A'.repeat(64), arch: 'arm64' },
      github(),
    );
    expect(pin.sha256).toEqual({ x64: '', arm64: 'a'.repeat(64) });
    expect(world.github.requests).toEqual([]);
  });

  it('reads the markers of the real release notes layout, never another 64-hex string', () => {
    // actions/runner releaseNote.md: `- actions-runner-linux-x64-<v>.tar.gz <!-- BEGIN SHA linux-x64 --><sha><!-- END SHA linux-x64 -->`.
    const body = runnerReleaseNotes('2.330.0', '1'.repeat(64), '2'.repeat(64));
    expect(shaFromReleaseNotes(body, 'linux-x64')).toBe('1'.repeat(64));
    expect(shaFromReleaseNotes(body, 'linux-arm64')).toBe('2'.repeat(64));
    expect(shaFromReleaseNotes(body, 'linux-arm')).toBe('7'.repeat(64));
    expect(shaFromReleaseNotes('no markers', 'linux-x64')).toBeUndefined();
  });
});

describe('gitlab-runner', () => {
  it('reads the newest release from gitlab.com and the hashes from its release.sha256', async () => {
    const { version, x64, arm64 } = RUNNER_RELEASES.gitlab;
    const pin = await resolveRunnerPin('gitlab', {}, github());
    expect(pin).toEqual({
      version,
      url: `${world.gitlabReleases.downloads}/v${version}/binaries/gitlab-runner-linux-@ARCH@`,
      sha256: { x64, arm64 },
    });
    expect(world.gitlabReleases.requests).toContain(
      '/api/v4/projects/gitlab-org%2Fgitlab-runner/releases/permalink/latest',
    );
  });

  it('refuses a pinned version the bucket does not have, naming the input', async () => {
    await expect(resolveRunnerPin('gitlab', { version: '9.9.9' }, github())).rejects.toThrow(
      "Input 'runner-version': gitlab-runner v9.9.9 has no release.sha256",
    );
  });

  it('reads release.sha256 in sha256sum’s text and binary modes', () => {
    const list = `${'a'.repeat(64)} *binaries/gitlab-runner-linux-amd64\n${'b'.repeat(64)}  binaries/gitlab-runner-linux-arm64\n`;
    expect(shaFromChecksumList(list, 'gitlab-runner-linux-amd64')).toBe('a'.repeat(64));
    expect(shaFromChecksumList(list, 'gitlab-runner-linux-arm64')).toBe('b'.repeat(64));
    expect(shaFromChecksumList(list, 'gitlab-runner-linux-386')).toBeUndefined();
  });
});
