// Tests written to kill hand-made bugs (mutants) in the report core that the other report tests
// let through: each `it` names the mutant it kills, and failed with that mutant applied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { collectingLogger, githubTestContext } from './emulators/github/test-driver';
import { HEAD_SHA, png, workspace } from './report-support';
import { createGitHubForge } from '../src/forge/github';
import { findImages } from '../src/report/images/find-images';
import { runReport } from '../src/report/run-report';

let gh: GitHubEmulator;
beforeAll(async () => {
  gh = await startGitHubEmulator({ repos: ['octo/repo'] });
  gh.addToken('app-token', {
    login: 'github-actions[bot]',
    id: 41898282,
    type: 'Bot',
    installation: true,
  });
  gh.seedPull('octo/repo', {
    number: 5,
    headRef: 'feature',
    headSha: HEAD_SHA,
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
  });
});
afterAll(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

describe('<img> whose quoted attribute holds ">" (issue 11: `alt="a > b"` was never published)', () => {
  it('finds the src after an attribute value with ">", in an HTML block and inline', () => {
    const md =
      '<img alt="a > b" src="x.png">\n\nText <img alt=\'c > d\' src="y.png" width=9> here.\n';
    const refs = findImages(md);
    expect(refs.map((r) => r.target)).toEqual(['x.png', 'y.png']);
    for (const r of refs) expect(md.slice(r.start, r.end)).toBe(r.target);
  });

  it('is uploaded to the forge and its src rewritten in the posted comment', async () => {
    const ws = workspace({
      'report.md': '# r\n\n<img alt="a > b" src="x.png">\n',
      'x.png': png('gt'),
    });
    const logger = collectingLogger();
    const context = githubTestContext(gh, 'octo/repo', {
      sha: HEAD_SHA,
      workspace: ws,
      pullNumber: 5,
    });
    const outputs = await runReport({
      context,
      logger,
      cwd: ws,
      markdownFile: 'report.md',
      plots: [],
      metrics: [],
      target: 'pr',
      watermarkTitle: '',
      mode: 'create',
      publish: true,
      outputDir: 'cml-report',
      summary: false,
      failOnError: true,
      forge: () => createGitHubForge(context, 'app-token', logger, { spaceWrites: false }),
    });
    expect(outputs.result).toBe('created');
    const repo = gh.state.repo('octo', 'repo');
    const assetsHead = repo.git.refs.get('heads/cml-assets');
    expect(assetsHead).toBeDefined();
    const [comment] = repo.comments.filter((c) => c.issueNumber === 5);
    expect(comment!.body).toMatch(
      new RegExp(
        `<img alt="a > b" src="${gh.serverUrl}/octo/repo/blob/${assetsHead}/[0-9a-f]{64}\\.png\\?raw=true">`,
      ),
    );
    // The copy on disk points at the image copied next to it.
    const local = readFileSync(join(ws, 'cml-report/report.md'), 'utf8');
    expect(local).toMatch(/<img alt="a > b" src="assets\/[0-9a-f]{20}\.png">/);
  });
});
