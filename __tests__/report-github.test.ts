import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { ROOT, runAction } from './support/dist';
import { HEAD_SHA, png, pullRequestEvent, REPORT, workspace } from './report-support';

// dist/report/index.js run as the Actions runner runs it, against the GitHub API emulator.
let gh: GitHubEmulator;
const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const };

beforeAll(async () => {
  gh = await startGitHubEmulator({ repos: ['octo/repo'] });
  gh.addToken('app-token', { ...BOT, installation: true });
  gh.addToken('ro-token', { ...BOT, installation: true, readOnly: true });
  gh.addToken('alice-token', { login: 'alice', id: 7, type: 'User' });
  gh.addToken('pr-only-token', { ...BOT, installation: true, noContentsWrite: true });
});
afterAll(() => gh.close());
beforeEach(() => gh.resetRecords());

const repo = () => gh.state.repo('octo', 'repo');
const commentsOn = (n: number) => repo().comments.filter((c) => c.issueNumber === n);

function run(
  ws: string,
  opts: { event?: unknown; eventName?: string; inputs?: Record<string, string>; token?: string },
) {
  return runAction('report', {
    cwd: ws,
    apiUrl: gh.url,
    event: opts.event ?? {},
    eventName: opts.eventName ?? 'push',
    inputs: opts.inputs,
    env: {
      GITHUB_TOKEN: opts.token ?? 'app-token',
      GITHUB_SHA: HEAD_SHA,
      GITHUB_SERVER_URL: gh.serverUrl,
    },
  });
}

describe('report action on GitHub (bundle, Node 24)', () => {
  it('pull_request: posts one sticky comment with published images, then updates it', async () => {
    gh.seedPull('octo/repo', {
      number: 7,
      headRef: 'feature',
      headSha: HEAD_SHA,
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
    });
    const ws = workspace({ 'report.md': REPORT, 'plots/cm.png': png('cm') });
    const first = await run(ws, { event: pullRequestEvent(7), eventName: 'pull_request' });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.outputs.result).toBe('created');
    const [comment] = commentsOn(7);
    expect(commentsOn(7)).toHaveLength(1);
    expect(first.outputs['comment-id']).toBe(String(comment!.id));
    expect(first.outputs['comment-url']).toMatch(/issuecomment/);
    expect(comment!.body).toContain('| acc | 0.91 |');
    expect(comment!.body).toMatch(/<!-- cml-report id="[0-9a-f]{16}" title="CI" -->/);
    // The image went to the cml-assets branch, linked at its commit in the form GitHub renders.
    const assetsHead = repo().git.refs.get('heads/cml-assets');
    expect(assetsHead).toBeDefined();
    expect(comment!.body).toMatch(
      new RegExp(
        `!\\[confusion\\]\\(${gh.serverUrl}/octo/repo/blob/${assetsHead}/[0-9a-f]{64}\\.png\\?raw=true\\)`,
      ),
    );
    // Job summary and the output folder hold the report too; the folder is self-contained.
    expect(first.summary).toContain('| acc | 0.91 |');
    expect(first.summary).toContain(`/blob/${assetsHead}/`);
    const local = readFileSync(join(ws, 'cml-report/report.md'), 'utf8');
    expect(local).toMatch(/!\[confusion\]\(assets\/[0-9a-f]{20}\.png\)/);
    const asset = /assets\/([0-9a-f]{20}\.png)/.exec(local)![1]!;
    expect(readFileSync(join(ws, 'cml-report/assets', asset)).equals(png('cm'))).toBe(true);

    // Second push: same comment updated, no second comment, no second assets commit.
    const second = await run(ws, { event: pullRequestEvent(7), eventName: 'pull_request' });
    expect(second.code).toBe(0);
    expect(second.outputs.result).toBe('updated');
    expect(second.outputs['comment-id']).toBe(String(comment!.id));
    expect(commentsOn(7)).toHaveLength(1);
    expect(repo().git.refs.get('heads/cml-assets')).toBe(assetsHead);
    expect(gh.violations).toEqual([]);
  });

  it('push: comments on the open PR whose head is the commit, else on the commit', async () => {
    const sha = 'd'.repeat(40);
    gh.seedPull('octo/repo', {
      number: 9,
      headRef: 'topic',
      headSha: sha,
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
    });
    const ws = workspace({ 'report.md': '# push report\n' });
    const onPr = await runAction('report', {
      cwd: ws,
      apiUrl: gh.url,
      eventName: 'push',
      env: { GITHUB_TOKEN: 'app-token', GITHUB_SHA: sha, GITHUB_SERVER_URL: gh.serverUrl },
    });
    expect(onPr.code).toBe(0);
    expect(commentsOn(9).map((c) => c.body)).toEqual([expect.stringContaining('# push report')]);

    const lone = 'e'.repeat(40);
    const onCommit = await runAction('report', {
      cwd: ws,
      apiUrl: gh.url,
      eventName: 'push',
      env: { GITHUB_TOKEN: 'app-token', GITHUB_SHA: lone, GITHUB_SERVER_URL: gh.serverUrl },
    });
    expect(onCommit.code).toBe(0);
    expect(onCommit.outputs.result).toBe('created');
    const commitComments = repo().commitComments.filter((c) => c.commitId === lone);
    expect(commitComments).toHaveLength(1);
    expect(commitComments[0]!.body).toContain('# push report');
    expect(gh.violations).toEqual([]);
  });

  it('fork pull_request with a read-only token: warns with the permission, keeps summary and file, exits 0', async () => {
    gh.seedPull('octo/repo', {
      number: 11,
      headRef: 'feature',
      headSha: HEAD_SHA,
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
      headRepo: 'forker/repo',
    });
    const ws = workspace({ 'report.md': REPORT, 'plots/cm.png': png('fork') });
    const r = await run(ws, {
      event: pullRequestEvent(11, { fork: true }),
      eventName: 'pull_request',
      token: 'ro-token',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::.*could not be posted/);
    expect(r.stdout).toContain('contents: write');
    expect(r.outputs.result).toBe('failed');
    expect(r.summary).toContain('| acc | 0.91 |');
    expect(existsSync(join(ws, 'cml-report/report.md'))).toBe(true);
    expect(commentsOn(11)).toHaveLength(0);

    // Without images the comment itself is refused: the warning names pull-requests: write.
    const plain = workspace({ 'report.md': '# no images\n' });
    const r2 = await run(plain, {
      event: pullRequestEvent(11, { fork: true }),
      eventName: 'pull_request',
      token: 'ro-token',
    });
    expect(r2.code).toBe(0);
    expect(r2.stdout).toContain('permissions: pull-requests: write');
    expect(r2.summary).toContain('# no images');

    const strict = await run(plain, {
      event: pullRequestEvent(11, { fork: true }),
      eventName: 'pull_request',
      token: 'ro-token',
      inputs: { 'fail-on-error': 'true' },
    });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('pull-requests: write');
    expect(strict.stdout).not.toMatch(/\n\s+at /);
    expect(gh.violations).toEqual([]);
  });

  it('a token with pull-requests: write but not contents: write still posts the comment, with a note and a warning', async () => {
    gh.seedPull('octo/repo', {
      number: 13,
      headRef: 'feature',
      headSha: HEAD_SHA,
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
    });
    const ws = workspace({ 'report.md': REPORT, 'plots/cm.png': png('pr-only') });
    const event = pullRequestEvent(13);
    const assetsBefore = repo().git.refs.get('heads/cml-assets');
    const strict = await run(ws, {
      event,
      eventName: 'pull_request',
      token: 'pr-only-token',
      inputs: { 'fail-on-error': 'true' },
    });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('contents: write');
    expect(commentsOn(13)).toHaveLength(0);

    const r = await run(ws, { event, eventName: 'pull_request', token: 'pr-only-token' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::1 image\(s\) could not be published/);
    expect(r.outputs.result).toBe('created');
    expect(commentsOn(13)).toHaveLength(1);
    const body = commentsOn(13)[0]!.body;
    expect(body).toContain('| acc | 0.91 |');
    expect(body).toMatch(
      /> \*\*1 image\(s\) could not be published\.\*\* .*`permissions: contents: write`/,
    );
    expect(body).toContain('`cml-report/report.md`');
    expect(repo().git.refs.get('heads/cml-assets')).toBe(assetsBefore);
    expect(r.summary).not.toContain('could not be published');
    expect(gh.violations).toEqual([]);
  });

  it('1,000 comments with the old report among the oldest: updated, not duplicated, in at most 12 requests', async () => {
    gh.seedPull('octo/repo', {
      number: 20,
      headRef: 'big',
      headSha: HEAD_SHA,
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
    });
    const ws = workspace({ 'report.md': '# old report\n' });
    const first = await run(ws, { event: pullRequestEvent(20), eventName: 'pull_request' });
    expect(first.outputs.result).toBe('created');
    // Someone else's comment that quotes our marker must not be taken for ours.
    const stolen = commentsOn(20)[0]!.body;
    gh.seedComments('octo/repo', 20, 5, { login: 'alice', id: 7 }, () => stolen);
    gh.seedComments('octo/repo', 20, 994, { login: 'alice', id: 7 });
    expect(commentsOn(20)).toHaveLength(1000);
    gh.resetRecords();
    const ws2 = workspace({ 'report.md': '# new report\n' });
    const second = await run(ws2, { event: pullRequestEvent(20), eventName: 'pull_request' });
    expect(second.code).toBe(0);
    expect(second.outputs.result).toBe('updated');
    expect(second.outputs['comment-id']).toBe(first.outputs['comment-id']);
    expect(commentsOn(20)).toHaveLength(1000);
    const ours = commentsOn(20).filter((c) => c.user.login === BOT.login);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('# new report');
    console.log(
      'requests for the 1,000-comment update:',
      gh.requests
        .map((r) => `${r.method} ${r.path}${r.query.page ? '?page=' + r.query.page : ''}`)
        .join(', '),
    );
    expect(gh.requests.length).toBeLessThanOrEqual(12);
    expect(gh.violations).toEqual([]);
  });

  it("migrating from CML: updates CML's own report comment (its watermark, same identity) instead of adding one", async () => {
    gh.seedPull('octo/repo', {
      number: 21,
      headRef: 'migrate',
      headSha: HEAD_SHA,
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
    });
    // What `cml comment update report.md` left on the PR, and the same text quoted by a person.
    const cmlBody = '# cml report\n\n![](https://cml.dev/watermark.png#0123abcd "CML watermark")';
    gh.seedComments('octo/repo', 21, 1, { login: 'alice', id: 7 }, () => cmlBody);
    gh.seedComments('octo/repo', 21, 1, BOT, () => cmlBody);
    gh.seedComments('octo/repo', 21, 3, { login: 'alice', id: 7 });
    const cmlComment = commentsOn(21)[1]!;
    const ws = workspace({ 'report.md': '# migrated report\n' });
    const result = await run(ws, { event: pullRequestEvent(21), eventName: 'pull_request' });
    expect(result.code).toBe(0);
    expect(result.outputs.result).toBe('updated');
    expect(result.outputs['comment-id']).toBe(String(cmlComment.id));
    expect(commentsOn(21)).toHaveLength(5);
    const updated = commentsOn(21).find((c) => c.id === cmlComment.id)!;
    expect(updated.body).toContain('# migrated report');
    // Only our hidden marker is written, never CML's image watermark.
    expect(updated.body).toMatch(/<!-- cml-report id="[0-9a-f]{16}" title="CI" -->/);
    expect(updated.body).not.toContain('cml.dev/watermark');
    expect(commentsOn(21)[0]!.body).toBe(cmlBody);

    // A CML watermark with another title is another report: left alone.
    gh.seedComments('octo/repo', 21, 1, BOT, () =>
      cmlBody.replace('watermark"', 'watermark nightly"'),
    );
    const again = await run(workspace({ 'report.md': '# third\n' }), {
      event: pullRequestEvent(21),
      eventName: 'pull_request',
    });
    expect(again.outputs['comment-id']).toBe(String(cmlComment.id));
    expect(commentsOn(21).at(-1)!.body).toContain('CML watermark nightly');
    expect(gh.violations).toEqual([]);
  });

  it('truncates an oversized report at a boundary, keeping the full one in the summary and on disk', async () => {
    gh.seedPull('octo/repo', {
      number: 30,
      headRef: 'huge',
      headSha: HEAD_SHA,
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
    });
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `| step ${i} | ${(i / 3000).toFixed(6)} |`,
    ).join('\n');
    const ws = workspace({ 'report.md': `# Huge\n\n| step | loss |\n|---|---|\n${rows}\n` });
    const r = await run(ws, { event: pullRequestEvent(30), eventName: 'pull_request' });
    expect(r.code).toBe(0);
    expect(r.outputs.truncated).toBe('true');
    const body = commentsOn(30)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65536);
    expect(body).toContain('Report truncated');
    expect(body).toContain(
      'https://github.com/octo/repo/actions/runs/1001'.replace('https://github.com', gh.serverUrl),
    );
    expect(body).toMatch(/\| step \d+ \| [\d.]+ \|\n\n> \[!WARNING\]/);
    expect(body).toMatch(/<!-- cml-report id=/);
    expect(r.summary).toContain('| step 2999 |');
    expect(readFileSync(join(ws, 'cml-report/report.md'), 'utf8')).toContain('| step 2999 |');
    expect(gh.violations).toEqual([]);
  });

  it('a missing image or one outside the workspace is a warning naming it; the comment still posts (fail-on-error: an error)', async () => {
    // Issue 11: CML posted such a report with the reference as written; so do we, with a warning.
    gh.seedPull('octo/repo', {
      number: 40,
      headRef: 'bad',
      headSha: HEAD_SHA,
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
    });
    const event = pullRequestEvent(40);
    const missing = await run(workspace({ 'report.md': '# m\n\n![x](plots/nope.png)\n' }), {
      event,
      eventName: 'pull_request',
    });
    expect(missing.code).toBe(0);
    expect(missing.stdout).toMatch(
      /::warning::Image 'plots\/nope\.png' in report\.md was not found/,
    );
    expect(missing.outputs.result).toBe('created');
    expect(commentsOn(40)).toHaveLength(1);
    expect(commentsOn(40)[0]!.body).toContain('![x](plots/nope.png)');

    const outside = await run(workspace({ 'report.md': '# o\n\n![x](/etc/hostname)\n' }), {
      event,
      eventName: 'pull_request',
      inputs: { update: 'false' },
    });
    expect(outside.code).toBe(0);
    expect(outside.stdout).toMatch(
      /::warning::Image '\/etc\/hostname' in report\.md is outside the workspace/,
    );
    expect(commentsOn(40)).toHaveLength(2);
    // Nothing was read from outside: the reference is left as written, nothing was published.
    expect(commentsOn(40)[1]!.body).toContain('![x](/etc/hostname)');

    const ws = workspace({ 'report.md': '# strict\n\n![x](plots/nope.png)\n' });
    const strict = await run(ws, {
      event,
      eventName: 'pull_request',
      inputs: { 'fail-on-error': 'true', update: 'false' },
    });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/::error.*Image 'plots\/nope\.png' in report\.md was not found/);
    expect(commentsOn(40)).toHaveLength(2);
    // Failing still keeps what the user made: the summary and the file.
    expect(strict.summary).toContain('# strict');
    expect(readFileSync(join(ws, 'cml-report/report.md'), 'utf8')).toContain('# strict');
    expect(gh.violations).toEqual([]);
  });

  it(
    'plots and metrics inputs: rendered chart and metrics table in the comment, output folder outside the workspace',
    { timeout: 120_000 },
    async () => {
      gh.seedPull('octo/repo', {
        number: 60,
        headRef: 'plots',
        headSha: HEAD_SHA,
        baseRef: 'main',
        baseSha: 'b'.repeat(40),
      });
      const ws = workspace({
        'report.md': '# With plots\n',
        'metrics.json': readFileSync(join(ROOT, 'examples/metrics.json')),
        'loss.csv': readFileSync(join(ROOT, 'examples/loss.csv')),
        'loss.vl.json': readFileSync(join(ROOT, 'examples/loss.vl.json')),
      });
      const gitEnv = {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
      };
      execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: ws, env: gitEnv });
      execFileSync('git', ['commit', '-q', '--allow-empty', '-m', 'base'], {
        cwd: ws,
        env: gitEnv,
      });
      const out = mkdtempSync(join(tmpdir(), 'cml-report-out-'));
      const r = await run(ws, {
        event: pullRequestEvent(60),
        eventName: 'pull_request',
        inputs: {
          plots: 'loss.vl.json',
          metrics: 'metrics.json',
          'metrics-base': 'main',
          'output-dir': out,
        },
      });
      expect(r.code).toBe(0);
      expect(r.outputs.result).toBe('created');
      const body = commentsOn(60)[0]!.body;
      expect(body).toContain('# With plots');
      expect(body).toMatch(/\| metrics\.json +\| accuracy +\| - +\| 0\.9124/);
      expect(body).toMatch(
        /!\[Training and validation loss\]\(\S+\/blob\/[0-9a-f]{40}\/[0-9a-f]{64}\.png\?raw=true\)/,
      );
      expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(
        /!\[Training and validation loss\]\(assets\/[0-9a-f]{20}\.png\)/,
      );
      expect(gh.violations).toEqual([]);
    },
  );

  it('no token at all: warns how to pass one, keeps the summary, exits 0', async () => {
    const ws = workspace({ 'report.md': '# tokenless\n' });
    const r = await runAction('report', {
      cwd: ws,
      apiUrl: gh.url,
      eventName: 'push',
      env: { GITHUB_SHA: HEAD_SHA, GITHUB_SERVER_URL: gh.serverUrl },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::.*No GitHub token/);
    expect(r.stdout).toContain('token: ${{ github.token }}');
    expect(r.outputs.result).toBe('failed');
    expect(r.summary).toContain('# tokenless');
    expect(gh.requests).toEqual([]);
  });

  it('rejects a malformed input by name', async () => {
    const r = await run(workspace({ 'report.md': 'x\n' }), { inputs: { update: 'yes' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Input 'update' must be true or false, got 'yes'");
  });
});
