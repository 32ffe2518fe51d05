// "Use it with Jenkins or any CI": the cml bundle from a plain shell, no CI variables at all,
// given only --repo (the repository's public web URL) and --token. The forge comes from the
// host (github.com, gitlab.com, bitbucket.org, as CML's inferDriver reads it), the target is the
// open PR/MR whose head is HEAD, else the commit. The same test runs for every forge; each
// forge's public API root is replaced by its emulator through CML_API_URL (the override proxies
// use), the one variable set besides PATH and git's identity.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { startGitLabEmulator, type GitLabEmulator } from './emulators/gitlab';
import { startBitbucketEmulator, type BitbucketEmulator } from './emulators/bitbucket';
import { ALICE, BOT, BOT_TOKEN } from './emulators/bitbucket/driver-fixture';
import { ACTIONS_BOT } from './emulators/github/identities';
import { git, makeRepo, runCml } from './cli-helpers';

let gh: GitHubEmulator;
let gl: GitLabEmulator;
let bb: BitbucketEmulator;
const GH_TOKEN = 'ghp_anyci0000000000000000';
const GL_TOKEN = 'glpat-anyci000000000000';

beforeAll(async () => {
  gh = await startGitHubEmulator({ repos: ['octo/repo'] });
  gh.addToken(GH_TOKEN, ACTIONS_BOT);
  gl = await startGitLabEmulator();
  gl.seedProject({ id: 8, path: 'team/model' });
  gl.addToken(GL_TOKEN, { username: 'bob', id: 70, scopes: ['api'] });
  bb = await startBitbucketEmulator();
  bb.addAccessToken(BOT_TOKEN, BOT, ['account', 'pullrequest:write', 'repository:write']);
  bb.state.addRepo({ workspace: 'ml-team', slug: 'model' });
});
afterAll(async () => {
  await gh.close();
  await gl.close();
  await bb.close();
});

interface ForgeCase {
  name: string;
  repoUrl: string;
  token: string;
  api: () => string;
  /** The commit was pushed: the forge knows it (Bitbucket's emulator refuses unknown commits). */
  pushed?(sha: string): void;
  /** Opens PR/MR `number` whose head is `sha`. */
  openPull(number: number, sha: string): void;
  /** Bodies of the comments on PR/MR `number`. */
  pullComments(number: number): string[];
  /** Bodies of the comments on commit `sha`. */
  commitComments(sha: string): string[];
}

const bbRepo = () => bb.state.repo('ml-team', 'model')!;

const FORGES: ForgeCase[] = [
  {
    name: 'GitHub',
    repoUrl: 'https://github.com/octo/repo',
    token: GH_TOKEN,
    api: () => gh.url,
    openPull: (number, sha) =>
      gh.seedPull('octo/repo', {
        number,
        headRef: `topic-${number}`,
        headSha: sha,
        baseRef: 'main',
        baseSha: 'b'.repeat(40),
      }),
    pullComments: (n) =>
      gh.state
        .repo('octo', 'repo')
        .comments.filter((c) => c.issueNumber === n)
        .map((c) => c.body),
    commitComments: (sha) =>
      gh.state
        .repo('octo', 'repo')
        .commitComments.filter((c) => c.commitId === sha)
        .map((c) => c.body),
  },
  {
    name: 'GitLab',
    repoUrl: 'https://gitlab.com/team/model',
    token: GL_TOKEN,
    api: () => gl.url,
    openPull: (iid, sha) =>
      gl.seedMergeRequest(8, { iid, sourceBranch: `topic-${iid}`, targetBranch: 'main', sha }),
    pullComments: (iid) =>
      gl.state.notes
        .filter((n) => n.noteableIid === iid && n.noteableType === 'MergeRequest')
        .map((n) => n.body),
    commitComments: (sha) =>
      gl.state.commitComments.filter((c) => c.sha === sha).map((c) => c.note),
  },
  {
    name: 'Bitbucket Cloud',
    repoUrl: 'https://bitbucket.org/ml-team/model',
    token: BOT_TOKEN,
    api: () => bb.url,
    pushed: (sha) => bbRepo().commits.add(sha),
    openPull: (id, sha) => {
      const repo = bbRepo();
      repo.commits.add(sha);
      repo.pulls.set(id, {
        id,
        title: `PR ${id}`,
        description: '',
        state: 'OPEN',
        source: { branch: `topic-${id}`, commit: sha },
        destination: { branch: 'main', commit: 'b'.repeat(40) },
        author: ALICE,
        createdOn: bb.state.now(),
      });
    },
    pullComments: (id) =>
      bbRepo()
        .comments.filter((c) => c.on === `pr:${id}`)
        .map((c) => c.raw),
    commitComments: (sha) =>
      bbRepo()
        .comments.filter((c) => c.on === `commit:${sha}`)
        .map((c) => c.raw),
  },
];

describe.each(FORGES)('a plain shell with only --repo and --token: $name', (forge) => {
  it('comments on the open PR/MR whose head is HEAD, else on the commit', async () => {
    const { work, sha } = makeRepo();
    // No origin on the forge: only --repo says where the repository lives.
    git(work, 'remote', 'remove', 'origin');
    forge.pushed?.(sha);
    writeFileSync(join(work, 'report.md'), `# from Jenkins (${forge.name})\n`);
    const args = [
      'comment',
      'create',
      'report.md',
      '--repo',
      forge.repoUrl,
      '--token',
      forge.token,
    ];
    const env = { CML_API_URL: forge.api() };

    const lone = await runCml(args, { cwd: work, env });
    expect(lone.stderr).not.toMatch(/error|warning/i);
    expect(lone.code).toBe(0);
    expect(forge.commitComments(sha)).toEqual([expect.stringContaining('# from Jenkins')]);

    forge.openPull(31, sha);
    const onPull = await runCml(args, { cwd: work, env });
    expect(onPull.stderr).not.toMatch(/error|warning/i);
    expect(onPull.code).toBe(0);
    expect(forge.pullComments(31)).toEqual([expect.stringContaining('# from Jenkins')]);
    expect(lone.stdout + lone.stderr + onPull.stdout + onPull.stderr).not.toContain(forge.token);
  });
});

describe('the forge from the origin remote', () => {
  it('a bitbucket.org origin (scp-style) with BITBUCKET_TOKEN selects Bitbucket Cloud', async () => {
    const { work, sha } = makeRepo();
    git(work, 'remote', 'set-url', 'origin', 'git@bitbucket.org:ml-team/model.git');
    bbRepo().commits.add(sha);
    writeFileSync(join(work, 'report.md'), '# from origin\n');
    const r = await runCml(['comment', 'create', 'report.md'], {
      cwd: work,
      env: { CML_API_URL: bb.url, BITBUCKET_TOKEN: BOT_TOKEN },
    });
    expect(r.stderr).not.toMatch(/error|warning/i);
    expect(r.code).toBe(0);
    expect(FORGES[2]!.commitComments(sha)).toEqual([expect.stringContaining('# from origin')]);
  });

  it('a host no forge is known at asks for --driver, naming the three', async () => {
    const { work } = makeRepo();
    writeFileSync(join(work, 'report.md'), '# x\n');
    const r = await runCml(
      ['check', 'create', 'report.md', '--repo', 'https://git.example/o/r', '--token', 't'],
      { cwd: work },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--driver github|gitlab|bitbucket');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
