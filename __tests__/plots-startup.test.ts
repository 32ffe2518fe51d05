// What makes one chart's whole process (`vl2png plot.json`) start fast, and that none of it
// changes a chart: Vega and Vega-Lite come from one prebuilt CommonJS script beside each bundle
// (src/plots/vega-modules.ts, scripts/vega-bundle/), the chart commands load only their own CLI
// commands (src/cli/index.ts), and output files are written without node:crypto.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ConsoleLogger } from '../src/core/logger';
import { fontDirectory } from '../src/plots/fonts';
import { fontWidthMeasure } from '../src/plots/text-metrics';
import { VEGA_BUNDLE_FILE, loadVegaModules } from '../src/plots/vega-modules';
import { runVegaCommand } from '../src/plots/vega-cli';
import { writeFileAtomic } from '../src/plots/write-atomic';
import { ROOT } from './support/dist';
import { copyDist, FIXTURES, PNG_SIGNATURE, runNode } from './plots-helpers';

// Records whether the CLI loaded its full command list (src/cli/commands/index.ts).
const loads = vi.hoisted(() => ({ all: 0 }));
vi.mock('../src/cli/commands/index', async (importOriginal) => {
  loads.all++;
  return importOriginal();
});

function quietLogger(): ConsoleLogger {
  const logger = new ConsoleLogger();
  logger.warning = () => undefined;
  logger.info = () => undefined;
  return logger;
}

/** A 1,000-point line chart, the benchmark's kind (scripts/bench/plots.mjs). */
function lineSpec(): unknown {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Line',
    data: {
      values: Array.from({ length: 1000 }, (_, x) => ({ x, y: Math.sin(x / 40) + (x % 7) / 30 })),
    },
    mark: 'line',
    encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
  };
}

let dist: string;
let work: string;

beforeAll(() => {
  dist = copyDist(['cml', 'node_modules', 'fonts']);
  work = mkdtempSync(join(tmpdir(), 'cml-plots-startup-'));
  cpSync(FIXTURES, work, { recursive: true });
  writeFileSync(join(work, 'line.vl.json'), JSON.stringify(lineSpec()));
});

describe('Vega and Vega-Lite from the prebuilt script', () => {
  it('the bundle draws the same PNG bytes as the sources (Vega as ES modules from node_modules)', async () => {
    for (const [command, spec] of [
      ['vl2png', 'line.vl.json'],
      ['vl2png', 'bar.vl.json'],
      ['vg2png', 'bar.vg.json'],
    ] as const) {
      const fromBundle = join(work, `${spec}.bundle.png`);
      const run = await runNode([join(dist, 'cml', 'index.js'), command, spec, fromBundle], {
        cwd: work,
      });
      expect(run.stderr, spec).toBe('');
      expect(run.code, spec).toBe(0);
      const fromSources = join(work, `${spec}.sources.png`);
      await runVegaCommand(
        command,
        { input: join(work, spec), output: fromSources },
        quietLogger(),
      );
      const a = readFileSync(fromBundle);
      expect(a.subarray(0, 8).equals(PNG_SIGNATURE), spec).toBe(true);
      expect(a.equals(readFileSync(fromSources)), `${spec}: bundle and sources differ`).toBe(true);
    }
  });

  it('the bundle loads Vega from the script beside it (a broken script breaks the chart)', async () => {
    const broken = copyDist(['cml', 'node_modules', 'fonts']);
    writeFileSync(
      join(broken, 'cml', VEGA_BUNDLE_FILE),
      "throw new Error('the prebuilt Vega script was loaded');\n",
    );
    const run = await runNode([join(broken, 'cml', 'index.js'), 'vl2svg', 'bar.vl.json'], {
      cwd: work,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the prebuilt Vega script was loaded');
  });

  it('every bundle that draws charts carries the script, and no other file of theirs holds Vega', () => {
    // An error message of Vega's parser: it exists once, in Vega's code.
    const marker = 'Unrecognized transform type';
    for (const entry of ['cml', 'plots', 'report']) {
      const folder = join(ROOT, 'dist', entry);
      if (!existsSync(folder)) continue;
      expect(existsSync(join(folder, VEGA_BUNDLE_FILE)), `dist/${entry}`).toBe(true);
      expect(readFileSync(join(folder, VEGA_BUNDLE_FILE), 'utf8')).toContain(marker);
      const others = readdirSync(folder).filter(
        (f) => f.endsWith('.js') && readFileSync(join(folder, f), 'utf8').includes(marker),
      );
      expect(others, `dist/${entry}: Vega bundled twice`).toEqual([]);
    }
  });

  it('draws every spec of the Vega-Lite example corpus exactly as the ES modules do', async () => {
    type Modules = { vega: typeof import('vega'); vl: typeof import('vega-lite') };
    const script = createRequire(__filename)(join(ROOT, 'dist', 'cml', VEGA_BUNDLE_FILE)) as {
      vega: Modules['vega'];
      vegaLite: Modules['vl'];
    };
    const built: Modules = { vega: script.vega, vl: script.vegaLite };
    const esm: Modules = { vega: await import('vega'), vl: await import('vega-lite') };
    expect(built.vega).not.toBe(esm.vega);
    // Text widths from the shipped font, as PlotRenderer.create sets them, on both.
    const width = fontWidthMeasure(fontDirectory()!);
    for (const { vega } of [built, esm]) {
      (vega as unknown as { textMetrics: { width: unknown } }).textMetrics.width = width;
    }
    const draw = async ({ vega, vl }: Modules, spec: unknown): Promise<string> => {
      // Vega's random source is exported but not in its type declarations.
      const random = vega as unknown as {
        setRandom(r: () => number): void;
        randomLCG(seed: number): () => number;
      };
      random.setRandom(random.randomLCG(1));
      const view = new vega.View(vega.parse(vl.compile(spec as never).spec), {
        renderer: 'none',
        loader: vega.loader({ baseURL: `${join(ROOT, 'node_modules/vega-datasets')}/` }),
      });
      try {
        return await view.toSVG();
      } catch (error) {
        return `failed: ${(error as Error).message}`;
      } finally {
        view.finalize();
      }
    };
    const corpus = join(FIXTURES, 'vega-lite-examples');
    const files = readdirSync(corpus).filter((f) => f.endsWith('.vl.json'));
    expect(files.length).toBeGreaterThan(100);
    const differ: string[] = [];
    for (const f of files) {
      const spec = JSON.parse(readFileSync(join(corpus, f), 'utf8')) as unknown;
      const a = await draw(esm, spec);
      expect(a, f).toMatch(/^<svg/);
      if ((await draw(built, spec)) !== a) differ.push(f);
    }
    expect(differ).toEqual([]);
  }, 180_000);

  it('from the sources, Vega and Vega-Lite are the ES modules of node_modules, loaded once', async () => {
    const first = await loadVegaModules();
    expect(first.vega).toBe(await import('vega'));
    expect(first.vl).toBe(await import('vega-lite'));
    expect((await loadVegaModules()).vega).toBe(first.vega);
  });
});

describe('the chart commands load only their own CLI commands', () => {
  it('vl2svg parses with the five chart commands; other words still get every command', async () => {
    const { runCli } = await import('../src/cli/index');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      loads.all = 0;
      const out = join(work, 'lean.svg');
      expect(await runCli(['vl2svg', join(work, 'bar.vl.json'), out])).toBe(0);
      expect(readFileSync(out, 'utf8')).toMatch(/^<svg/);
      // The same parser: strict options, the same one-line error.
      expect(await runCli(['vl2png', join(work, 'bar.vl.json'), '--bogus'])).toBe(1);
      expect(stderr.mock.calls.join('')).toContain('Unknown argument: bogus');
      expect(loads.all).toBe(0);
      expect(await runCli(['no-such-command'])).toBe(1);
      expect(loads.all).toBe(1);
      expect(stderr.mock.calls.join('')).toContain('Unknown command: no-such-command');
    } finally {
      stderr.mockRestore();
      stdout.mockRestore();
    }
  });
});

describe('writing the output file', () => {
  it('takes the next temporary name when an earlier process with the same id left one behind', () => {
    const target = join(work, 'atomic.png');
    const leftovers = Array.from({ length: 50 }, (_, i) =>
      join(work, `.atomic.png.${process.pid}.${i}.tmp`),
    );
    for (const f of leftovers) writeFileSync(f, 'left behind');
    writeFileAtomic(target, 'new bytes');
    expect(readFileSync(target, 'utf8')).toBe('new bytes');
    for (const f of leftovers) expect(readFileSync(f, 'utf8')).toBe('left behind');
    expect(readdirSync(work).filter((f) => f.startsWith('.atomic.png.'))).toHaveLength(50);
  });
});
