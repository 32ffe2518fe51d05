import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findImages, rewriteTargets } from '../src/report/images/find-images';
import { collectLocalImages } from '../src/report/images/image-files';
import { rewriteImages } from '../src/report/images';
import { LIMITS, truncateMarkdown } from '../src/core/markdown-truncate';
import { fitBody, shareOut } from '../src/report/fit';
import {
  expandWatermarkTitle,
  isLegacyCmlWatermark,
  markerKeyOf,
  mergeSections,
  parseBody,
  renderBody,
  renderMarker,
  watermarkKey,
} from '../src/report/marker';
import { parseTarget, resolveTarget } from '../src/report/targets';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

describe('finding images in Markdown', () => {
  const doc = [
    '# Report',
    '',
    '![loss](plots/loss.png "Loss") and ![web](https://example.com/x.png)',
    '',
    '![ref][cm]',
    '',
    '[cm]: <confusion matrix.png>',
    '[docs]: ./README.md',
    '',
    '<p align="center"><img width="200" src="inline.png" alt="x"></p>',
    '',
    "Text <img src='span.png'> inline.",
    '',
    '```md',
    '![not an image](in-code.png)',
    '```',
    '',
    '`![inline code](nope.png)`',
    '',
    '| model | plot |',
    '|---|---|',
    '| a | ![a](a.png) |',
    '',
    `<img src="data:image/png;base64,${PNG.toString('base64')}">`,
  ].join('\n');

  // Every reference definition counts, not only images': CML publishes the files behind
  // definitions, images and links alike (CML 0.20.6 src/cml.js: visit(tree, ['definition',
  // 'image', 'link'])).
  it('locates image syntax, definitions, <img src> and data URIs, skipping code', () => {
    const refs = findImages(doc);
    expect(refs.map((r) => [r.kind, r.target])).toEqual([
      ['image', 'plots/loss.png'],
      ['image', 'https://example.com/x.png'],
      ['definition', 'confusion matrix.png'],
      ['definition', './README.md'],
      ['html', 'inline.png'],
      ['html', 'span.png'],
      ['image', 'a.png'],
      ['html', `data:image/png;base64,${PNG.toString('base64')}`],
    ]);
    for (const r of refs) expect(doc.slice(r.start, r.end)).toBe(r.target);
  });

  it('finds srcset candidates on <img> and <picture> sources, and leaves data-src alone', () => {
    const html = [
      '<picture>',
      '  <source media="(prefers-color-scheme: dark)" srcset="dark.png">',
      '  <img data-src="lazy.png" src=\'light.png\' srcset="small.png 480w,big.png 2x, data:image/png;base64,AAAA 3x">',
      '</picture>',
      '',
      '<img srcset="a.png, b.png 2x" alt=x>',
    ].join('\n');
    const refs = findImages(html);
    expect(refs.map((r) => r.target)).toEqual([
      'dark.png',
      'light.png',
      'small.png',
      'big.png',
      'data:image/png;base64,AAAA',
      'a.png',
      'b.png',
    ]);
    for (const r of refs) expect(html.slice(r.start, r.end)).toBe(r.target);
    const out = rewriteTargets(html, refs, (r) => `https://cdn/${r.target.length} x.png`);
    expect(out).toContain(
      'srcset="https://cdn/9%20x.png 480w,https://cdn/7%20x.png 2x, https://cdn/26%20x.png 3x"',
    );
    expect(out).toContain('data-src="lazy.png"');
    expect(out).toContain('<img srcset="https://cdn/5%20x.png, https://cdn/5%20x.png 2x" alt=x>');
  });

  it('rewrites by position only, leaving the same text elsewhere untouched', () => {
    const text = 'a.png is mentioned here: ![a](a.png) and `a.png` in code';
    const out = rewriteTargets(text, findImages(text), () => 'https://cdn/x y.png');
    expect(out).toBe('a.png is mentioned here: ![a](https://cdn/x%20y.png) and `a.png` in code');
  });

  it('loads local files and data URIs, rewrites them, and leaves web images alone', () => {
    const ws = mkdtempSync(join(tmpdir(), 'cml-report-img-'));
    mkdirSync(join(ws, 'plots'));
    for (const f of ['plots/loss.png', 'confusion matrix.png', 'inline.png', 'span.png', 'a.png']) {
      writeFileSync(join(ws, f), Buffer.concat([PNG, Buffer.from(f)]));
    }
    writeFileSync(join(ws, 'README.md'), '# readme\n');
    const images = collectLocalImages(doc, { workspace: ws, baseDir: ws, source: 'report.md' });
    expect(images.files.map((f) => f.name).sort()).toEqual([
      'README.md',
      'a.png',
      'confusion matrix.png',
      expect.stringMatching(/^data-uri-[0-9a-f]{16}\.png$/),
      'inline.png',
      'plots/loss.png',
      'span.png',
    ]);
    const dataFile = images.files.find((f) => f.name.startsWith('data-uri-'))!;
    expect(dataFile.bytes.equals(PNG)).toBe(true);
    expect(dataFile.contentType).toBe('image/png');
    const urls = new Map(
      images.files.map((f) => [f.name, `https://assets/${encodeURIComponent(f.name)}`]),
    );
    const out = rewriteImages(doc, images, urls);
    expect(out).toContain('![loss](https://assets/plots%2Floss.png "Loss")');
    expect(out).toContain('![web](https://example.com/x.png)');
    expect(out).toContain('[cm]: <https://assets/confusion%20matrix.png>');
    expect(out).toContain('[docs]: https://assets/README.md');
    expect(out).toContain('src="https://assets/inline.png"');
    expect(out).toContain("src='https://assets/span.png'");
    expect(out).toContain('![not an image](in-code.png)');
    expect(out).not.toContain('data:image');
  });

  it('refuses paths outside the workspace and symlinks leading out, and names missing images', () => {
    const ws = mkdtempSync(join(tmpdir(), 'cml-report-ws-'));
    const outside = mkdtempSync(join(tmpdir(), 'cml-report-out-'));
    writeFileSync(join(outside, 'secret.png'), PNG);
    symlinkSync(join(outside, 'secret.png'), join(ws, 'link.png'));
    const opts = { workspace: ws, baseDir: ws, source: 'report.md' };
    expect(() =>
      collectLocalImages(`![x](../${outside.split('/').pop()}/secret.png)`, opts),
    ).toThrow(/outside the workspace/);
    expect(() => collectLocalImages(`![x](${join(outside, 'secret.png')})`, opts)).toThrow(
      /outside the workspace/,
    );
    expect(() => collectLocalImages('![x](link.png)', opts)).toThrow(
      /symlink leading out of the workspace/,
    );
    expect(() => collectLocalImages('![x](missing.png)', opts)).toThrow(
      /Image 'missing\.png' in report\.md was not found/,
    );
  });
});

describe('truncation at Markdown boundaries', () => {
  it('keeps whole table rows and a note pointing at the full report', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `| ${i} | ${'x'.repeat(40)} |`);
    const md = `# Metrics\n\n| n | v |\n|---|---|\n${rows.join('\n')}\n`;
    const { text, truncated } = await truncateMarkdown(md, 2000, {
      fullReport: '[the run](https://run)',
    });
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(2000);
    const body = text.slice(0, text.indexOf('> [!WARNING]')).trimEnd();
    expect(body.split('\n').at(-1)).toMatch(/^\| \d+ \| x{40} \|$/);
    expect(text).toContain('|---|---|');
    expect(text).toContain('The full report is in [the run](https://run).');
  });

  it('never cuts inside a code fence or an HTML block', async () => {
    const md = `intro\n\n\`\`\`\n${'line\n'.repeat(500)}\`\`\`\n\n<details>\n\n${'y'.repeat(100)}\n\n</details>\n`;
    const { text } = await truncateMarkdown(md, 300);
    expect(text.startsWith('intro\n\n> [!WARNING]')).toBe(true);
    expect(text).not.toContain('```');
    const html = `<table>\n${'<tr><td>1</td></tr>\n'.repeat(200)}</table>\n\nend`;
    const cut = await truncateMarkdown(`para\n\n${html}`, 1000);
    expect(cut.text).not.toContain('<table>');
  });

  it('counts bytes for job summaries and leaves short texts alone', async () => {
    const md = `${'é'.repeat(100)}\n\n${'é'.repeat(100)}\n`;
    expect((await truncateMarkdown(md, 1000, { unit: 'bytes' })).truncated).toBe(false);
    const r = await truncateMarkdown(md, 350, { unit: 'bytes' });
    expect(Buffer.byteLength(r.text)).toBeLessThanOrEqual(350);
    expect(r.text).toContain('350 bytes');
    expect(LIMITS).toEqual({
      githubComment: 65536,
      checkRunSummary: 65535,
      jobSummaryBytes: 1048576,
      gitlabNote: 1000000,
    });
  });

  it('shares the limit fairly between sections', async () => {
    expect(shareOut([10, 1000, 1000], 610)).toEqual([10, 300, 300]);
    const sections = [
      { name: 'a', body: 'small' },
      { name: 'b', body: Array.from({ length: 3000 }, (_, i) => `- item ${i}`).join('\n') },
    ];
    const { body, truncated } = await fitBody({ marker: renderMarker('t'), sections, limit: 5000 });
    expect(truncated).toBe(true);
    expect(body.length).toBeLessThanOrEqual(5000);
    const parsed = parseBody(body);
    expect(parsed.sections.map((s) => s.name)).toEqual(['a', 'b']);
    expect(parsed.sections[0]!.body).toBe('small');
    expect(parsed.key).toBe(watermarkKey('t'));
  });
});

describe('markers and sections', () => {
  it('expands placeholders and keys the marker by the expanded title', () => {
    const title = expandWatermarkTitle('{workflow} #{run} ({job})', {
      workflow: 'CI',
      run: '12',
      job: 'train',
    });
    expect(title).toBe('CI #12 (train)');
    const body = renderBody({ marker: renderMarker(title), content: '# hi' });
    expect(markerKeyOf(body)).toBe(watermarkKey('CI #12 (train)'));
    expect(markerKeyOf(body)).not.toBe(watermarkKey('CI #13 (train)'));
    expect(body).not.toMatch(/!\[/);
    // An HTML comment cannot contain "--": titles are made safe.
    expect(renderMarker('a -- b -->')).toMatch(
      /^<!-- cml-report id="[0-9a-f]{16}" title="a - b " -->$/,
    );
  });

  it('recognizes CML’s own watermark with the same title', () => {
    const cml = 'report\n\n![](https://cml.dev/watermark.png#abc123 "CML watermark my\\_title")';
    expect(isLegacyCmlWatermark(cml, 'my_title')).toBe(true);
    expect(isLegacyCmlWatermark(cml, 'other')).toBe(false);
    expect(isLegacyCmlWatermark(cml, '')).toBe(false);
    const untitled = 'report\n\n![](https://cml.dev/watermark.png#abc123 "CML watermark")';
    expect(isLegacyCmlWatermark(untitled, '')).toBe(true);
    expect(isLegacyCmlWatermark(untitled, 'my_title')).toBe(false);
    // Older CML releases: an image with alt text and no title, i.e. the default watermark.
    const old =
      'report \n\n  ![CML watermark](https://raw.githubusercontent.com/iterative/cml/master/assets/watermark.svg)';
    expect(isLegacyCmlWatermark(old, '')).toBe(true);
    expect(isLegacyCmlWatermark(old, 'my_title')).toBe(false);
    // An ordinary image is not a watermark.
    expect(isLegacyCmlWatermark('![CML watermark](plot.png)', '')).toBe(false);
  });

  it('merges sections by name, replacing ours and keeping the others in a stable order', () => {
    const body = renderBody({
      marker: renderMarker('x'),
      sections: [
        { name: 'b', body: 'old b' },
        { name: 'a', body: 'A' },
      ],
    });
    const parsed = parseBody(body);
    const merged = mergeSections(parsed.sections, [
      { name: 'b', body: 'new b' },
      { name: 'c', body: 'C' },
    ]);
    expect(merged).toEqual([
      { name: 'a', body: 'A' },
      { name: 'b', body: 'new b' },
      { name: 'c', body: 'C' },
    ]);
  });
});

describe('targets', () => {
  it('parses CML target syntax and rejects anything else by name', () => {
    expect(parseTarget('auto')).toEqual({ kind: 'auto' });
    expect(parseTarget('pr')).toEqual({ kind: 'pr' });
    expect(parseTarget('pr/42')).toEqual({ kind: 'pr', number: 42 });
    expect(parseTarget('commit')).toEqual({ kind: 'commit' });
    expect(parseTarget('commit/abc1234')).toEqual({ kind: 'commit', sha: 'abc1234' });
    expect(parseTarget('issue/7')).toEqual({ kind: 'issue', number: 7 });
    expect(() => parseTarget('issue')).toThrow(/target 'issue' is not a comment target/);
    expect(() => parseTarget('pr/x')).toThrow(/expected auto, pr, pr\/<number>/);
  });

  it('resolves auto to the run PR, then a PR whose head is the commit, then the commit', async () => {
    const none = { pullsForCommit: async () => [] };
    const one = {
      pullsForCommit: async () => [
        { number: 5, url: '', headRef: 'f', headSha: 's', baseRef: 'main', state: 'open' as const },
      ],
    };
    expect(await resolveTarget({ kind: 'auto' }, { pulls: none, pullNumber: 3, sha: 's' })).toEqual(
      { kind: 'pr', number: 3 },
    );
    expect(await resolveTarget({ kind: 'auto' }, { pulls: one, sha: 's' })).toEqual({
      kind: 'pr',
      number: 5,
    });
    expect(await resolveTarget({ kind: 'auto' }, { pulls: none, sha: 's' })).toEqual({
      kind: 'commit',
      sha: 's',
    });
    await expect(resolveTarget({ kind: 'pr' }, { pulls: none, sha: 's' })).rejects.toThrow(
      /target 'pr'/,
    );
  });
});
