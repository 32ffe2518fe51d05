// Golden tests on the structure of rendered SVG: which marks, axes, legends and titles each
// DVC template draws, and every text it writes. Coordinates are left out so antialiasing or
// float noise cannot break them; a template that loses its legend, axis title or a mark does.
// Regenerate after an intended change with UPDATE_GOLDEN=1.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDataFile, type Row } from '../src/plots/data-file';
import { PlotRenderer } from '../src/plots/render';
import { REV_FIELD, templateSpec, TEMPLATES, type TemplateOptions } from '../src/plots/templates';
import { FIXTURES } from './plots-helpers';

const GOLDEN = join(FIXTURES, 'svg-structure.json');

/** Marks in document order (type/role × item count), every text, and the size. */
export function svgStructure(svg: string) {
  const size = /<svg[^>]*width="([\d.]+)"[^>]*height="([\d.]+)"/.exec(svg);
  const marks: string[] = [];
  const re = /<g class="mark-(\w+) role-([\w-]+)[^"]*"[^>]*>/g;
  for (let m = re.exec(svg); m; m = re.exec(svg)) {
    // Items of a mark group are its direct children up to the group's closing tag: count the
    // element starts of that mark's own type until the next mark group starts.
    const rest = svg.slice(m.index + m[0].length);
    const next = rest.search(/<g class="mark-/);
    const body = next === -1 ? rest : rest.slice(0, next);
    const element =
      {
        symbol: '<path',
        line: '<path',
        area: '<path',
        rect: '<path',
        rule: '<line',
        text: '<text',
        group: '<g',
      }[m[1]!] ?? '<';
    const items = body.split(element).length - 1;
    marks.push(`${m[1]}/${m[2]}×${items}`);
  }
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]);
  return { width: Number(size?.[1]), height: Number(size?.[2]), marks, texts };
}

const train = (): Row[] =>
  parseDataFile(readFileSync(join(FIXTURES, 'train.csv'), 'utf8'), 'train.csv').map((r) => ({
    ...r,
    [REV_FIELD]: 'HEAD',
  }));
const classes = (): Row[] =>
  parseDataFile(readFileSync(join(FIXTURES, 'classes.tsv'), 'utf8'), 'classes.tsv').map((r) => ({
    ...r,
    [REV_FIELD]: 'HEAD',
  }));
const overlay = (): Row[] => [
  ...train().map((r) => ({ ...r, loss: Number((r as Row).loss) + 0.1, [REV_FIELD]: 'main' })),
  ...train(),
];

const CASES: Record<string, { rows: () => Row[]; options: TemplateOptions }> = {
  linear: { rows: train, options: { template: 'linear', x: 'epoch', y: 'loss', title: 'Loss' } },
  linear_overlay: {
    rows: overlay,
    options: { template: 'linear', x: 'epoch', y: 'loss', title: 'Loss vs main' },
  },
  linear_two_fields: { rows: train, options: { x: 'epoch', y: ['loss', 'acc'], y_label: 'value' } },
  simple: { rows: train, options: { template: 'simple', y: 'acc' } },
  scatter: {
    rows: train,
    options: { template: 'scatter', x: 'loss', y: 'acc', x_label: 'Loss', y_label: 'Accuracy' },
  },
  scatter_jitter: {
    rows: classes,
    options: { template: 'scatter_jitter', x: 'actual', y: 'predicted' },
  },
  smooth: { rows: overlay, options: { template: 'smooth', x: 'epoch', y: 'loss' } },
  bar: { rows: train, options: { template: 'bar', x: 'epoch', y: 'acc' } },
  bar_horizontal: { rows: train, options: { template: 'bar_horizontal', x: 'acc', y: 'epoch' } },
  bar_horizontal_sorted: {
    rows: train,
    options: { template: 'bar_horizontal_sorted', x: 'loss', y: 'epoch' },
  },
  confusion: {
    rows: classes,
    options: { template: 'confusion', x: 'actual', y: 'predicted', title: 'Confusion' },
  },
  bar_overlay: { rows: overlay, options: { template: 'bar', x: 'epoch', y: 'loss' } },
  confusion_overlay: {
    rows: () => [...classes().map((r) => ({ ...r, [REV_FIELD]: 'main' })), ...classes()],
    options: { template: 'confusion', x: 'actual', y: 'predicted' },
  },
  confusion_normalized: {
    rows: classes,
    options: { template: 'confusion_normalized', x: 'actual', y: 'predicted' },
  },
};

describe('template SVG structure (golden)', () => {
  let renderer: PlotRenderer;
  const actual: Record<string, unknown> = {};
  beforeAll(async () => {
    renderer = await PlotRenderer.create((w) => {
      throw new Error(`unexpected warning: ${w}`);
    });
  });

  it('covers every template', () => {
    const used = new Set(Object.values(CASES).map((c) => c.options.template ?? 'linear'));
    expect([...TEMPLATES].filter((t) => !used.has(t))).toEqual([]);
  });

  for (const [name, c] of Object.entries(CASES)) {
    it(`${name} draws the expected marks and texts`, async () => {
      const spec = templateSpec(c.rows(), c.options, name);
      const svg = await renderer.toSvg({ spec, kind: 'vega-lite', name });
      const structure = svgStructure(svg);
      actual[name] = structure;
      if (process.env.UPDATE_GOLDEN === '1') {
        const all = existsSync(GOLDEN) ? JSON.parse(readFileSync(GOLDEN, 'utf8')) : {};
        all[name] = structure;
        writeFileSync(GOLDEN, JSON.stringify(all, null, 1) + '\n');
      }
      const golden = JSON.parse(readFileSync(GOLDEN, 'utf8'))[name];
      expect(golden, `no golden for ${name}: run with UPDATE_GOLDEN=1 once`).toBeDefined();
      expect(structure).toEqual(golden);
    });
  }

  it('overlays are coloured by revision: a legend names both revisions', () => {
    const texts = (actual.linear_overlay as { texts: string[] }).texts;
    expect(texts).toEqual(expect.arrayContaining(['main', 'HEAD']));
    expect((actual.linear as { texts: string[] }).texts).not.toContain('HEAD');
  });

  it('axis titles and plot titles come from the options', () => {
    expect((actual.scatter as { texts: string[] }).texts).toEqual(
      expect.arrayContaining(['Loss', 'Accuracy']),
    );
    expect((actual.confusion as { texts: string[] }).texts).toEqual(
      expect.arrayContaining(['Confusion', 'actual', 'predicted']),
    );
    expect((actual.confusion_normalized as { texts: string[] }).texts).toEqual(
      expect.arrayContaining(['50%', '100%']),
    );
  });
});

describe('what a reader sees in the legends and the jitter', () => {
  let renderer: PlotRenderer;
  beforeAll(async () => {
    renderer = await PlotRenderer.create();
  });
  const svgOf = (rows: Row[], options: TemplateOptions) =>
    renderer.toSvg({ spec: templateSpec(rows, options, 'plot'), kind: 'vega-lite', name: 'plot' });
  const legendSymbols = (svg: string) =>
    [...svg.matchAll(/<g class="mark-symbol role-legend-symbol[^"]*"[^>]*>(<path[^>]*>)/g)].map(
      (m) => m[1]!,
    );

  it('two series over two revisions: the revision legend draws its dashes (base dashed, HEAD solid)', async () => {
    const svg = await svgOf(overlay(), { x: 'epoch', y: ['loss', 'acc'] });
    const symbols = legendSymbols(svg);
    // Two colour entries, then main and HEAD as visible strokes: before, both were the same dot.
    expect(symbols).toHaveLength(4);
    const [main, head] = symbols.slice(2);
    expect(main).toMatch(/stroke="#555"/);
    expect(main).toMatch(/stroke-dasharray="4,3"/);
    expect(head).toMatch(/stroke="#555"/);
    expect(head).toMatch(/stroke-dasharray="1,0"/);
  });

  it('smooth: the legend is drawn at full strength, not as faint as the raw lines', async () => {
    const svg = await svgOf(overlay(), { template: 'smooth', x: 'epoch', y: 'loss' });
    const symbols = legendSymbols(svg);
    expect(symbols).toHaveLength(2);
    for (const s of symbols) expect(s).not.toMatch(/opacity="0\.\d+"/);
    // The raw lines stay faint behind the smoothed ones.
    expect(svg).toMatch(/stroke-opacity="0.25"/);
  });

  it('scatter_jitter spreads the points of one cell apart, the same way on every render', async () => {
    const many = (): Row[] =>
      Array.from({ length: 40 }, (_, i) => ({
        actual: i % 2 ? 'cat' : 'dog',
        predicted: i % 3 ? 'cat' : 'dog',
        [REV_FIELD]: 'HEAD',
      }));
    const options: TemplateOptions = { template: 'scatter_jitter', x: 'actual', y: 'predicted' };
    const svg = await svgOf(many(), options);
    const points = [
      ...svg.matchAll(/<g class="mark-symbol role-mark[^"]*"[^>]*>(.*?)<\/g>/g),
    ].flatMap((g) => [...g[1]!.matchAll(/translate\(([\d.]+),([\d.]+)\)/g)].map((t) => t[0]));
    expect(points).toHaveLength(40);
    // 4 cells; without jitter they would be 4 positions.
    expect(new Set(points).size).toBeGreaterThan(30);
    expect(await svgOf(many(), options)).toBe(svg);
  });
});
