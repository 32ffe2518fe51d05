import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { runAction } from './support/dist';
import { HEAD_SHA, png, pullRequestEvent, workspace } from './report-support';
import { chunkMarkdown } from '../src/core/markdown-blocks';
import { findImages } from '../src/report/images/find-images';
import { LIMITS, truncateMarkdown } from '../src/core/markdown-truncate';

// Issue 9: a 10 MB report died after ~220 s with nothing written (no file, no summary, no
// comment); a 1 MB report took 20 s and 2.3 GB. micromark parses a large document in
// super-linear time, and image targets were spliced into the text one string copy each.
let gh: GitHubEmulator;
const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const };

beforeAll(async () => {
  gh = await startGitHubEmulator({ repos: ['octo/repo'] });
  gh.addToken('app-token', { ...BOT, installation: true });
  gh.seedPull('octo/repo', {
    number: 90,
    headRef: 'big',
    headSha: HEAD_SHA,
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
  });
});
afterAll(() => gh.close());

/** Sections of headings, prose, a 5,000-character line, a table with images, lists, code. */
function bigReport(bytes: number): string {
  const out: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const rows = Array.from(
      { length: 50 },
      (_, i) => `| ${i} | ${(i / 7).toFixed(4)} | ![i](plots/p${i % 5}.png) |`,
    );
    const section = [
      `## Section ${k}\n`,
      `Some text ${'lorem ipsum '.repeat(20)} with *emphasis* and \`code\`.\n`,
      `${'x'.repeat(5000)}\n`,
      `| step | loss | plot |\n|---|---|---|\n${rows.join('\n')}\n`,
      `![plot ${k}](plots/p${k % 5}.png)\n`,
      '- item a\n- item b [link](https://example.com)\n',
      '```\n![not an image](in/code.png)\n\ncode block\n```\n',
      '<!--\n\n![in a comment](in/comment.png)\n\n-->\n',
    ].join('\n');
    out.push(section);
    size += section.length + 1;
  }
  return `${out.join('\n')}\nTHE END\n`;
}

describe('large reports', () => {
  it('pieces: every image found at its exact offset, none in code or comments; cuts between blocks', async () => {
    const md = bigReport(120_000);
    const chunks = chunkMarkdown(md, 4096);
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks[0]!.start).toBe(0);
    expect(chunks.at(-1)!.end).toBe(md.length);
    const refs = findImages(md);
    // Images in code blocks and HTML comments (which hold blank lines) are not images.
    expect(refs.some((r) => r.target.startsWith('in/'))).toBe(false);
    expect(refs.filter((r) => r.kind === 'image')).toHaveLength(
      (md.match(/!\[[^\]]*\]\(plots/g) ?? []).length,
    );
    for (const ref of refs) expect(md.slice(ref.start, ref.end)).toBe(ref.target);
    const cut = await truncateMarkdown(md, 30_000);
    expect(cut.text.length).toBeLessThanOrEqual(30_000);
    const kept = cut.text.slice(0, cut.text.indexOf('> [!WARNING]'));
    // Cut between blocks: never inside a fence or an HTML comment holding blank lines.
    expect((kept.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect((kept.match(/<!--/g) ?? []).length).toBe((kept.match(/-->/g) ?? []).length);
    expect(kept.length).toBeGreaterThan(20_000);
  });

  it(
    'a 10 MB report posts its truncated comment in seconds, with the full file and the summary',
    { timeout: 180_000 },
    async () => {
      const md = bigReport(10 * 1000 * 1000);
      const files: Record<string, string | Buffer> = { 'report.md': md };
      for (let i = 0; i < 5; i++) files[`plots/p${i}.png`] = png(`big-${i}`);
      const ws = workspace(files);
      const started = Date.now();
      const r = await runAction('report', {
        cwd: ws,
        apiUrl: gh.url,
        event: pullRequestEvent(90),
        eventName: 'pull_request',
        env: { GITHUB_TOKEN: 'app-token', GITHUB_SHA: HEAD_SHA, GITHUB_SERVER_URL: gh.serverUrl },
      });
      const seconds = (Date.now() - started) / 1000;
      console.log(`10 MB report: ${seconds.toFixed(1)} s for the whole action run`);
      expect(r.code).toBe(0);
      expect(r.outputs.result).toBe('created');
      expect(r.outputs.truncated).toBe('true');
      expect(r.stdout).toMatch(/::warning::report\.md is 9\.\d MiB; only its first 2\.0 MiB/);
      // The comment: within GitHub's limit, cut at a boundary with the note, images published.
      const comments = gh.state.repo('octo', 'repo').comments.filter((c) => c.issueNumber === 90);
      expect(comments).toHaveLength(1);
      const body = comments[0]!.body;
      expect(body.length).toBeLessThanOrEqual(LIMITS.githubComment);
      expect(body.length).toBeGreaterThan(LIMITS.githubComment / 2);
      expect(body).toContain('Report truncated');
      expect(body).toMatch(/\/blob\/[0-9a-f]{40}\/[0-9a-f]{64}\.png\?raw=true/);
      // The file on disk holds all of it; the summary is written, within its 1 MiB.
      const onDisk = readFileSync(join(ws, 'cml-report/report.md'), 'utf8');
      expect(onDisk.length).toBeGreaterThanOrEqual(md.length - 1);
      expect(onDisk.endsWith('THE END\n')).toBe(true);
      expect(onDisk).toMatch(/!\[plot 0\]\(assets\/[0-9a-f]{20}\.png\)/);
      const summaryBytes = statSync(join(r.dir, 'summary')).size;
      expect(summaryBytes).toBeGreaterThan(LIMITS.jobSummaryBytes / 2);
      expect(summaryBytes).toBeLessThanOrEqual(LIMITS.jobSummaryBytes);
      expect(r.summary).toContain('Report truncated');
      // A safety net only (the measured figure is in the log above): it once took ~220 s and died.
      expect(seconds).toBeLessThan(60);
      expect(gh.violations).toEqual([]);
    },
  );
});
