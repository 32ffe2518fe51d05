// Budgets for hostile specs: the pixel budget is checked from the view's size before anything that
// big is drawn (width/height 100000 once reached 21 GB; 5000×5000 at scale 10 wrote a 50620×50490
// PNG using 20 GB), data is capped per URL/file in bytes and rows, numeric options are checked,
// and a spec nested deep enough to overflow the stack is refused with its name.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleLogger } from '../src/core/logger';
import { parseDataFile } from '../src/plots/data-file';
import type { DataAccess } from '../src/plots/data-access';
import { PLOT_LIMITS } from '../src/plots/limits';
import { PlotRenderer } from '../src/plots/render';
import { renderPlots } from '../src/plots/render-plots';
import { runVegaCommand } from '../src/plots/vega-cli';
import { PNG_SIGNATURE } from './plots-helpers';

let ws: string;
let renderer: PlotRenderer;
let server: Server;
let port: number;

function quietLogger() {
  const logger = new ConsoleLogger();
  logger.warning = () => undefined;
  logger.info = () => undefined;
  return logger;
}

beforeAll(async () => {
  ws = mkdtempSync(join(tmpdir(), 'cml-plots-budgets-'));
  mkdirSync(join(ws, 'data'));
  renderer = await PlotRenderer.create();
  // Declares a body over the byte budget; sends a few bytes only.
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-length': String(PLOT_LIMITS.maxDataBytes + 1) });
    res.write('a,b\n');
    setTimeout(() => res.destroy(), 50);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => server?.close());

const access = (allowedHosts: string[] = []): DataAccess => ({
  roots: [ws],
  allowedHosts,
  allowHint: '--allow-host HOST',
});

const bars = (extra: object = {}) => ({
  spec: {
    data: { values: [{ a: 'x', b: 1 }] },
    mark: 'bar',
    encoding: {
      x: { field: 'a', type: 'nominal' },
      y: { field: 'b', type: 'quantitative' },
    },
    ...extra,
  },
  kind: 'vega-lite' as const,
  name: 'big.vl.json',
  baseURL: `${ws}/`,
});

describe('pixel budget', () => {
  it('refuses width/height 100000 before drawing, fast and without the memory', async () => {
    const rss = process.memoryUsage().rss;
    const started = Date.now();
    await expect(
      renderer.toSvg(bars({ width: 100000, height: 100000 }), { output: 'png', access: access() }),
    ).rejects.toThrow(
      /^big\.vl\.json: the image would be 100,\d{3}×100,\d{3} at scale 1 = .* pixels; each side may be at most 32,767 pixels/,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(500 * 1024 * 1024);
  });

  it('refuses 5000×5000 at scale 10 as PNG and as SVG, naming the numbers', async () => {
    const spec = bars({ width: 5000, height: 5000 });
    await expect(renderer.toSvg(spec, { scale: 10, access: access() })).rejects.toThrow(
      /big\.vl\.json: the image would be 5,\d{3}×5,\d{3} at scale 10 = 5\d,\d{3}×5\d,\d{3} pixels/,
    );
    await expect(renderer.toSvg(spec, { scale: 2, access: access() })).rejects.toThrow(
      /big\.vl\.json: the PNG would be 5,\d{3}×5,\d{3} at scale 2 = 10,\d{3}×10,\d{3} = 10\d megapixels; the budget is 50 megapixels/,
    );
    // An SVG at that size is only numbers in a file: its budget is larger, still bounded.
    await expect(
      renderer.toSvg(spec, { scale: 2, output: 'svg', access: access() }),
    ).resolves.toMatch(/^<svg/);
    await expect(
      renderer.toSvg(bars({ width: 20000, height: 20000 }), { output: 'svg', access: access() }),
    ).rejects.toThrow(/the SVG would be .* megapixels; the budget is 400 megapixels/);
  });

  it('a chart within the budget renders at a high scale', async () => {
    const svg = await renderer.toSvg(bars({ width: 200, height: 100 }), {
      scale: 8,
      access: access(),
    });
    const png = await renderer.toPng(svg, 'small.vl.json');
    expect(Buffer.isBuffer(png) && png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });

  it('the rasteriser refuses an SVG over the budget however it was made', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="100000"></svg>';
    await expect(renderer.toPng(svg, 'hand-made.svg')).rejects.toThrow(
      /hand-made\.svg: the image would be 100,000×100,000/,
    );
  });
});

describe('data budget', () => {
  const chart = (url: string) => ({
    spec: { data: { url }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } },
    kind: 'vega-lite' as const,
    name: 'rows.vl.json',
    baseURL: `${ws}/`,
  });

  it('refuses a CSV with more rows than the budget, naming the file', async () => {
    writeFileSync(join(ws, 'data/many.csv'), 'a\n' + '1\n'.repeat(PLOT_LIMITS.maxRows + 1));
    await expect(renderer.toSvg(chart('data/many.csv'), { access: access() })).rejects.toThrow(
      /^rows\.vl\.json: "data\/many\.csv" has more than 1,000,000 rows, the budget for one data file/,
    );
  });

  it('refuses a JSON array with more rows than the budget', async () => {
    writeFileSync(
      join(ws, 'data/many.json'),
      '[' +
        Array(PLOT_LIMITS.maxRows + 1)
          .fill('{"a":1}')
          .join(',') +
        ']',
    );
    await expect(renderer.toSvg(chart('data/many.json'), { access: access() })).rejects.toThrow(
      /rows\.vl\.json: "data\/many\.json" has more than 1,000,000 rows/,
    );
  });

  it('refuses a file over the byte budget without reading it', async () => {
    const path = join(ws, 'data/huge.csv');
    writeFileSync(path, 'a\n');
    truncateSync(path, PLOT_LIMITS.maxDataBytes + 1); // sparse: no 100 MB written
    await expect(renderer.toSvg(chart('data/huge.csv'), { access: access() })).rejects.toThrow(
      /rows\.vl\.json: "data\/huge\.csv" is 100 MB, over the 100 MB budget for one data file/,
    );
    await expect(
      renderPlots({ targets: ['data/huge.csv'], cwd: ws, outDir: 'out' }, quietLogger()),
    ).rejects.toThrow(/over the 100 MB budget/);
  });

  it('refuses an answer that declares more bytes than the budget', async () => {
    await expect(
      renderer.toSvg(chart(`http://127.0.0.1:${port}/big.csv`), {
        access: access([`127.0.0.1:${port}`]),
      }),
    ).rejects.toThrow(/rows\.vl\.json: ".*big\.csv" is 100 MB, over the 100 MB budget/);
  });

  it('refuses a sequence generator that would make a billion rows', async () => {
    const spec = {
      data: { sequence: { start: 0, stop: 1e9 } },
      mark: 'point',
      encoding: { x: { field: 'data', type: 'quantitative' } },
    };
    await expect(
      renderer.toSvg({ spec, kind: 'vega-lite', name: 'seq.vl.json' }, { access: access() }),
    ).rejects.toThrow(
      /^seq\.vl\.json: a sequence from 0 to 1000000000 by 1 makes more than 1,000,000 rows/,
    );
  });

  it('a data plot (template) over the row budget names its file', () => {
    expect(() =>
      parseDataFile('a\n' + '1\n'.repeat(PLOT_LIMITS.maxRows + 1), 'logs/loss.csv'),
    ).toThrow(/^logs\/loss\.csv: more than 1,000,000 rows/);
  });
});

describe('numeric options', () => {
  const spec = join(__dirname, 'fixtures/plots/bar.vl.json');
  it.each([
    ['abc', /-s\/--scale must be a number greater than 0 and at most 100; got "abc"/],
    ['0', /got "0"/],
    ['-2', /got "-2"/],
    ['Infinity', /got "Infinity"/],
    ['1000', /got "1000"/],
  ])('vl2png -s %s is refused, naming the option and the value', async (scale, message) => {
    await expect(
      runVegaCommand('vl2png', { input: spec, output: join(ws, 's.png'), scale }, quietLogger()),
    ).rejects.toThrow(message);
  });

  it('--seed must be a number; cml plot / the action check the scale too', async () => {
    await expect(
      runVegaCommand(
        'vl2svg',
        { input: spec, output: join(ws, 's.svg'), seed: 'x' },
        quietLogger(),
      ),
    ).rejects.toThrow(/--seed must be a number; got "x"/);
    await expect(
      renderPlots({ targets: [spec], cwd: ws, outDir: 'out', scale: Number.NaN }, quietLogger()),
    ).rejects.toThrow(/scale must be a number greater than 0 and at most 100; got NaN/);
  });
});

describe('deeply nested input', () => {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

  it('a spec nested 100,000 deep is refused with its file name, not a stack overflow', async () => {
    const file = join(ws, 'deep.vl.json');
    writeFileSync(file, `{"mark":"bar","data":{"values":${deep(100_000)}}}`);
    await expect(
      runVegaCommand('vl2svg', { input: file, output: join(ws, 'deep.svg') }, quietLogger()),
    ).rejects.toThrow(/deep\.vl\.json: nested more than 200 levels deep/);
    await expect(
      renderPlots({ targets: ['deep.vl.json'], cwd: ws, outDir: 'out' }, quietLogger()),
    ).rejects.toThrow(/deep\.vl\.json: nested more than 200 levels deep/);
    const spec = { mark: 'bar', encoding: JSON.parse(`{"x":${deep(50_000)}}`) };
    await expect(
      renderer.toSvg({ spec, kind: 'vega-lite', name: 'inline.vl.json' }, { access: access() }),
    ).rejects.toThrow(/^inline\.vl\.json: nested more than 200 levels deep/);
  });

  it('a deeply nested data file is refused with its name', () => {
    expect(() => parseDataFile(`{"a":${deep(100_000)}}`, 'deep.json')).toThrow(
      /^deep\.json: nested more than 200 levels deep/,
    );
  });
});
