// The cml CLI bundle in a Bitbucket Pipelines step: BITBUCKET_* default variables (Atlassian,
// "Variables and secrets": BITBUCKET_BUILD_NUMBER, BITBUCKET_COMMIT, BITBUCKET_WORKSPACE,
// BITBUCKET_REPO_SLUG, BITBUCKET_BRANCH, BITBUCKET_PR_ID, BITBUCKET_PR_DESTINATION_BRANCH,
// BITBUCKET_CLONE_DIR, BITBUCKET_GIT_HTTP_ORIGIN) plus the user's secured BITBUCKET_TOKEN, against
// the Bitbucket emulator (requests checked against Bitbucket's swagger). Pipelines sets no API
// root, so CML_API_URL points cml at the emulator, as a proxy would.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  startBitbucketEmulator,
  type BitbucketEmulator,
  type RepoRecord,
} from './emulators/bitbucket';
import { ALICE, BOT, BOT_TOKEN } from './emulators/bitbucket/driver-fixture';
import { bareRef, git, makeRepo, runCml, type TestRepo } from './cli-helpers';
import { parseBody, renderMarker } from '../src/report/marker';
import { png } from './report-support';

let bb: BitbucketEmulator;
let repo: TestRepo;
let record: RepoRecord;

beforeEach(async () => {
  bb = await startBitbucketEmulator();
  bb.addAccessToken(BOT_TOKEN, BOT, ['account', 'pullrequest:write', 'repository:write']);
  repo = makeRepo();
  record = bb.state.addRepo({ workspace: 'ml-team', slug: 'model', mainbranch: 'main' });
  record.commits.add(repo.sha);
  // Branches are whatever the bare repository holds, so a PR opens only for a pushed branch.
  const own = record.branches.get.bind(record.branches);
  record.branches.get = (name: string) => bareRef(repo.bare, `heads/${name}`) ?? own(name);
  record.pulls.set(5, {
    id: 5,
    title: 'Try a bigger model',
    description: '',
    state: 'OPEN',
    source: { branch: 'exp', commit: repo.sha },
    destination: { branch: 'main', commit: repo.sha },
    author: ALICE,
    createdOn: bb.state.now(),
  });
  record.nextPullId = 6;
});
afterEach(() => bb.close());

/** A pull request pipeline's variables for PR 5 (drop BITBUCKET_PR_ID for a branch pipeline). */
function pipelineEnv(extra: Record<string, string | undefined> = {}) {
  return {
    CI: 'true',
    BITBUCKET_BUILD_NUMBER: '42',
    BITBUCKET_COMMIT: repo.sha,
    BITBUCKET_WORKSPACE: 'ml-team',
    BITBUCKET_REPO_SLUG: 'model',
    BITBUCKET_REPO_FULL_NAME: 'ml-team/model',
    BITBUCKET_BRANCH: 'exp',
    BITBUCKET_PR_ID: '5',
    BITBUCKET_PR_DESTINATION_BRANCH: 'main',
    BITBUCKET_CLONE_DIR: repo.work,
    BITBUCKET_GIT_HTTP_ORIGIN: 'http://bitbucket.org/ml-team/model',
    BITBUCKET_TOKEN: BOT_TOKEN,
    CML_API_URL: bb.url,
    ...extra,
  };
}

const prComments = () => record.comments.filter((c) => c.on === 'pr:5' && !c.deleted);

describe('cml in a Bitbucket Pipelines pull request pipeline', () => {
  it('comment create posts the report to the PR with its image in Downloads; update keeps one comment', async () => {
    writeFileSync(join(repo.work, 'report.md'), '# Report\n\n![loss](loss.png)\n');
    writeFileSync(join(repo.work, 'loss.png'), png('bitbucket'));
    const first = await runCml(['comment', 'create', 'report.md'], {
      cwd: repo.work,
      env: pipelineEnv(),
    });
    expect(first.stderr).not.toMatch(/error|warning/i);
    expect(first.code).toBe(0);
    expect(prComments()).toHaveLength(1);
    const [name] = [...record.downloads.keys()];
    expect(name).toMatch(/^cml-[0-9a-f]{16}-loss\.png$/);
    expect(prComments()[0]!.raw).toContain(
      `![loss](https://bitbucket.org/ml-team/model/downloads/${name})`,
    );
    // stdout is the comment's URL, as CML prints it.
    expect(first.output.startsWith(`${bb.serverUrl}/ml-team/model/pull-requests/5#comment-`)).toBe(
      true,
    );
    // The token never shows, not even in the runner commands.
    expect(first.stdout + first.stderr).not.toContain(BOT_TOKEN);

    writeFileSync(join(repo.work, 'report.md'), '# Report v2\n');
    for (let i = 0; i < 2; i++) {
      const update = await runCml(['comment', 'update', 'report.md'], {
        cwd: repo.work,
        env: pipelineEnv(),
      });
      expect(update.code).toBe(0);
    }
    expect(prComments()).toHaveLength(1);
    expect(prComments()[0]!.raw).toContain('# Report v2');
    expect(bb.violations).toEqual([]);
  });

  it('matrix jobs write sections of one comment', async () => {
    for (const job of ['model-a', 'model-b', 'model-a']) {
      writeFileSync(join(repo.work, 'report.md'), `### ${job}\n\nrun ${job}\n`);
      const r = await runCml(['comment', 'update', 'report.md', '--section', job], {
        cwd: repo.work,
        env: pipelineEnv(),
      });
      expect(r.stderr).not.toMatch(/error/i);
      expect(r.code).toBe(0);
    }
    expect(prComments()).toHaveLength(1);
    expect(parseBody(prComments()[0]!.raw).sections.map((s) => s.name)).toEqual([
      'model-a',
      'model-b',
    ]);
  });

  it('finds its sticky report behind 1,000 newer comments and updates it', async () => {
    const marker = renderMarker('');
    const now = bb.state.now();
    const seed = (user: typeof BOT, raw: string) =>
      record.comments.push({
        id: bb.state.nextCommentId++,
        on: 'pr:5',
        raw,
        user,
        createdOn: now,
        updatedOn: now,
        deleted: false,
      });
    seed(BOT, `${marker}\nold report`);
    for (let i = 0; i < 1000; i++) seed(ALICE, `review ${i}`);
    writeFileSync(join(repo.work, 'report.md'), '# new report\n');
    const r = await runCml(['comment', 'update', 'report.md'], {
      cwd: repo.work,
      env: pipelineEnv(),
    });
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const ours = prComments().filter((c) => c.user.uuid === BOT.uuid);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.raw).toContain('# new report');
    expect(prComments()).toHaveLength(1001);
  });

  it('a branch pipeline comments on the open PR whose head is the commit, else on the commit', async () => {
    writeFileSync(join(repo.work, 'report.md'), '# branch pipeline\n');
    const env = pipelineEnv({
      BITBUCKET_PR_ID: undefined,
      BITBUCKET_PR_DESTINATION_BRANCH: undefined,
    });
    const r = await runCml(['comment', 'create', 'report.md'], { cwd: repo.work, env });
    expect(r.code).toBe(0);
    expect(prComments().map((c) => c.raw)).toEqual([expect.stringContaining('# branch pipeline')]);
    record.pulls.get(5)!.state = 'MERGED';
    const lone = await runCml(['comment', 'create', 'report.md'], { cwd: repo.work, env });
    expect(lone.code).toBe(0);
    expect(record.comments.filter((c) => c.on === `commit:${repo.sha}`)).toHaveLength(1);
  });

  it('check create publishes a Code Insights report and a build status on the commit', async () => {
    writeFileSync(join(repo.work, 'gate.md'), '1 of 3 quality gates failed\n');
    const r = await runCml(
      ['check', 'create', 'gate.md', '--title', 'metrics gate', '--conclusion', 'failure'],
      { cwd: repo.work, env: pipelineEnv() },
    );
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const [key, report] = [...record.reports.entries()][0]!;
    expect(key.startsWith(`${repo.sha}/`)).toBe(true);
    expect(report.body).toMatchObject({ title: 'metrics gate', result: 'FAILED' });
    expect([...record.statuses.values()][0]).toMatchObject({ state: 'FAILED' });
  });

  it('asset publish (cml publish) uploads to Downloads and prints the link', async () => {
    writeFileSync(join(repo.work, 'plot.png'), png('publish'));
    const r = await runCml(['publish', 'plot.png', '--md', '--title', 'Loss'], {
      cwd: repo.work,
      env: pipelineEnv(),
    });
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    expect(r.output).toMatch(
      /^!\[\]\(https:\/\/bitbucket\.org\/ml-team\/model\/downloads\/cml-[0-9a-f]{16}-plot\.png "Loss"\)$/,
    );
    expect(record.downloads.size).toBe(1);
  });

  it('pr create pushes a branch and opens a pull request (--md names it a Pull Request)', async () => {
    writeFileSync(join(repo.work, 'metrics.json'), '{"acc": 0.9}\n');
    const r = await runCml(['pr', 'create', '--md', 'metrics.json'], {
      cwd: repo.work,
      env: pipelineEnv({ BITBUCKET_BRANCH: 'main', BITBUCKET_PR_ID: undefined }),
    });
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const branch = `main-cml-pr-${repo.sha.slice(0, 8)}`;
    const tip = bareRef(repo.bare, `heads/${branch}`)!;
    expect(git(repo.bare, 'show', '--name-only', '--format=', tip)).toBe('metrics.json');
    const pull = record.pulls.get(6)!;
    expect(pull).toMatchObject({
      state: 'OPEN',
      source: { branch },
      destination: { branch: 'main' },
    });
    expect(r.output).toBe(`[CML's Pull Request](${bb.serverUrl}/ml-team/model/pull-requests/6)`);
  });

  it('without BITBUCKET_TOKEN (or REPO_TOKEN) says which token to set', async () => {
    writeFileSync(join(repo.work, 'gate.md'), 'x\n');
    const r = await runCml(['check', 'create', 'gate.md'], {
      cwd: repo.work,
      env: pipelineEnv({ BITBUCKET_TOKEN: undefined }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('No Bitbucket token: set BITBUCKET_TOKEN');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
