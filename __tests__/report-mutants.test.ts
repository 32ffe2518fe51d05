// Tests written to kill hand-made bugs (mutants) in the report core that the other report tests
// let through: each `it` names the mutant it kills, and failed with that mutant applied.
// Mutation pass (issue 11). Before: report-markdown, report-workflow-commands (in-process; the
// other report tests run the committed bundle). Mutant | file:line | killed before | after (here)
// B1 pieces cut before indented lines | blocks.ts:60        | no              | yes
// B2 parts joined without blank line  | compose.ts:121      | no              | yes
// B3 canEdit not checked on update    | sticky.ts:79        | no              | yes
// B4 newer racing comment kept        | sticky.ts:87        | no              | yes
// B5 create attempts `>=`→`>`         | create-once.ts:62   | no              | yes
// B6 spaces kept in Markdown URL      | find-images.ts:216  | yes (report-markdown) | yes
// B7 `--` kept in watermark title     | marker.ts:37        | yes (report-markdown) | yes
// B8 %-encoded path not decoded       | image-files.ts:71   | no              | yes
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { collectingLogger, githubTestContext } from './emulators/github/test-driver';
import { HEAD_SHA, png, workspace } from './report-support';
import { createGitHubForge } from '../src/forge/github';
import type { CommentTarget, ForgeComment } from '../src/forge/types';
import { joinParts } from '../src/report/compose';
import { createOnce } from '../src/report/create-once';
import { collectLocalImages } from '../src/report/images/image-files';
import { findImages, rewriteTargets } from '../src/report/images/find-images';
import { renderMarker } from '../src/report/marker';
import { postComment, type CommentDriver } from '../src/report/sticky';
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

/**
 * An in-memory comment store with the driver's interface (no forge traffic: the logic under
 * test is the report's own). Listing is newest first, as the drivers list.
 */
function memoryForge(options: { canEdit?: boolean; beforeCreate?: () => void } = {}) {
  const comments: ForgeComment[] = [];
  let nextId = 100;
  const calls: string[] = [];
  const me = { login: 'bot', id: 1 };
  const add = (body: string): ForgeComment => {
    const c = { id: nextId++, body, author: me.login, authorId: me.id, url: `u/${nextId}` };
    comments.push(c);
    return c;
  };
  const forge: CommentDriver = {
    identity: () => Promise.resolve(me),
    async *listComments() {
      for (const c of [...comments].reverse()) yield c;
    },
    getComment: (_t: CommentTarget, id: number) =>
      Promise.resolve(comments.find((c) => c.id === id)),
    createComment: (_t: CommentTarget, body: string) => {
      calls.push('create');
      options.beforeCreate?.();
      return Promise.resolve(add(body));
    },
    updateComment: (_t: CommentTarget, id: number, body: string) => {
      calls.push(`update ${id}`);
      const c = comments.find((x) => x.id === id)!;
      c.body = body;
      return Promise.resolve(c);
    },
    deleteComment: (_t: CommentTarget, id: number) => {
      calls.push(`delete ${id}`);
      comments.splice(
        comments.findIndex((c) => c.id === id),
        1,
      );
      return Promise.resolve();
    },
    canEdit: () => options.canEdit ?? true,
    commentLimit: 65_536,
  } as CommentDriver;
  return { forge, comments, calls, add };
}

const commit: CommentTarget = { kind: 'commit', sha: HEAD_SHA };

describe('sticky comments', () => {
  it('update where comments cannot be edited adds a comment (mutant B3: canEdit not checked)', async () => {
    const m = memoryForge({ canEdit: false });
    const first = await postComment({
      forge: m.forge,
      target: commit,
      title: 'T',
      content: 'one',
      mode: 'create',
      logger: collectingLogger(),
    });
    const second = await postComment({
      forge: m.forge,
      target: commit,
      title: 'T',
      content: 'two',
      mode: 'update',
      logger: collectingLogger(),
    });
    expect(second.action).toBe('created');
    expect(second.comment.id).not.toBe(first.comment.id);
    expect(m.calls).toEqual(['create', 'create']);
  });

  it('two writers that both created: the older comment is kept (mutant B4: the newer kept)', async () => {
    // Another job creates the same report just before ours lands.
    let raced = false;
    const m = memoryForge({
      beforeCreate: () => {
        if (raced) return;
        raced = true;
        m.add(`${renderMarker('T', 'f'.repeat(32))}\nrival`);
      },
    });
    const result = await postComment({
      forge: m.forge,
      target: commit,
      title: 'T',
      content: 'ours',
      mode: 'update',
      logger: collectingLogger(),
    });
    expect(result.action).toBe('updated');
    expect(result.comment.id).toBe(100);
    expect(m.comments.map((c) => c.id)).toEqual([100]);
    expect(m.comments[0]!.body).toContain('ours');
    expect(m.calls).toEqual(['create', 'update 100', 'delete 101']);
  });

  it('an ambiguous create is tried exactly `attempts` times (mutant B5: `>=` read as `>`)', async () => {
    let creates = 0;
    const lost = Object.assign(new Error('bad gateway'), { status: 502 });
    const forge = {
      createComment: () => {
        creates++;
        return Promise.reject(lost);
      },
      async *listComments() {},
    };
    const body = `${renderMarker('T', 'a'.repeat(32))}\nreport`;
    await expect(
      createOnce(forge, commit, body, collectingLogger(), { attempts: 2, unitMs: 0 }),
    ).rejects.toBe(lost);
    expect(creates).toBe(2);
  });

  it('a watermark title cannot end the HTML comment early (mutant B7: `--` kept)', () => {
    expect(renderMarker('train -- eval -->')).toMatch(
      /^<!-- cml-report id="[0-9a-f]{16}" title="train - eval " -->$/,
    );
  });
});

describe('report text and images', () => {
  it('an image in a list item after a blank line is found (mutant B1: pieces cut before indented lines)', () => {
    const md = '1. first\n\n    ![plot](a.png)\n\n- b\n\n  ![two](b.png)\n';
    expect(findImages(md).map((r) => r.target)).toEqual(['a.png', 'b.png']);
  });

  it('parts are joined by a blank line, so a table does not swallow the next part (mutant B2)', () => {
    expect(joinParts(['# r\n\n| a |\n|---|\n| 1 |\n', '\n#### Metrics\n', ''])).toBe(
      '# r\n\n| a |\n|---|\n| 1 |\n\n#### Metrics\n',
    );
  });

  it('a published URL with spaces stays one Markdown destination (mutant B6: spaces kept)', () => {
    const md = '![a](x.png) [d]: y.png';
    const out = rewriteTargets(md, findImages(md), () => 'https://cdn/a b (1).png');
    expect(out).toBe('![a](https://cdn/a%20b%20%281%29.png) [d]: y.png');
  });

  it('a percent-encoded image path names the file (mutant B8: not decoded)', () => {
    const ws = workspace({ 'my plot.png': png('space') });
    const images = collectLocalImages('![p](my%20plot.png)\n', {
      workspace: ws,
      baseDir: ws,
      source: 'report.md',
    });
    expect(images.files.map((f) => f.name)).toEqual(['my plot.png']);
  });
});
