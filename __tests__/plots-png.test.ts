// PNG checks that can fail: sizes follow the scale, label regions hold ink, and the picture
// stays within a tolerance of a small reference image (while a changed chart does not).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PngUnavailable } from '../src/plots/rasterise';
import { PlotRenderer } from '../src/plots/render';
import { decodePng, differingShare, FIXTURES, inkIn, PNG_SIGNATURE } from './plots-helpers';

const REFERENCE = join(FIXTURES, 'reference-bar.png');
const barSpec = () =>
  JSON.parse(readFileSync(join(FIXTURES, 'bar.vl.json'), 'utf8')) as Record<string, unknown>;
const source = (spec: unknown) => ({
  spec,
  kind: 'vega-lite' as const,
  name: 'bar.vl.json',
  baseURL: `${FIXTURES}/`,
});

async function png(renderer: PlotRenderer, spec: unknown, scale = 1): Promise<Buffer> {
  const svg = await renderer.toSvg(source(spec), { scale });
  const out = await renderer.toPng(svg);
  if (out instanceof PngUnavailable) throw new Error(out.reason);
  return out;
}

describe('PNG rendering (resvg, shipped font)', () => {
  let renderer: PlotRenderer;
  beforeAll(async () => {
    delete process.env.CML_PLOTS_RASTERISER;
    renderer = await PlotRenderer.create();
  });

  it('uses resvg, the rasteriser the benchmark chose', async () => {
    expect(await renderer.rasteriserName()).toBe('resvg');
  });

  it('writes a PNG whose size follows the scale factor', async () => {
    const one = await decodePng(await png(renderer, barSpec(), 1));
    const two = await png(renderer, barSpec(), 2);
    expect(two.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const twice = await decodePng(two);
    expect(one.width).toBeGreaterThan(160);
    expect(twice.width).toBe(one.width * 2);
    expect(twice.height).toBe(one.height * 2);
  });

  it('draws the title, the axis labels and the axis titles (ink where text goes, none in empty margins)', async () => {
    const img = await decodePng(await png(renderer, barSpec(), 2));
    // Title: the top band. x labels and title: the bottom third below the bars. y title: left edge.
    expect(inkIn(img, { x0: 0.2, y0: 0, x1: 0.8, y1: 0.08 })).toBeGreaterThan(40);
    expect(inkIn(img, { x0: 0.1, y0: 0.62, x1: 1, y1: 1 })).toBeGreaterThan(200);
    expect(inkIn(img, { x0: 0, y0: 0.1, x1: 0.08, y1: 0.5 })).toBeGreaterThan(40);
    // Control: the right margin beside the title holds nothing.
    expect(inkIn(img, { x0: 0.92, y0: 0, x1: 1, y1: 0.05 })).toBe(0);
  });

  it('stays within tolerance of the reference image, and a changed chart does not', async () => {
    const rendered = await png(renderer, barSpec(), 1);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(REFERENCE, rendered);
    const reference = await decodePng(readFileSync(REFERENCE));
    const actual = await decodePng(rendered);
    expect([actual.width, actual.height]).toEqual([reference.width, reference.height]);
    expect(differingShare(actual, reference)).toBeLessThan(0.005);

    const changed = barSpec();
    changed.title = 'Loss by model';
    (changed.encoding as { y: { title: string } }).y.title = 'Loss';
    const other = await decodePng(await png(renderer, changed, 1));
    expect(differingShare(other, reference)).toBeGreaterThan(0.005);
  });
});
