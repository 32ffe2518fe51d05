// `cml plot` with many charts draws one chart while the previous ones rasterise off the main
// thread (issue 11's speed goal). Whatever order the images finish in, the plots come back in
// the order asked for, failures are named in that order, and the same input gives the same
// pictures (Vega's random seed is global, so drawing must stay one chart at a time).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConsoleLogger } from '../src/core/logger';
import { renderEveryPlot } from '../src/plots/render-plots';
import { PNG_SIGNATURE } from './plots-helpers';

function logger() {
  const l = new ConsoleLogger();
  l.warning = () => undefined;
  l.info = () => undefined;
  return l;
}

/** A 1,000-point jittered scatter (slow to rasterise) or three jittered bars (fast). */
function spec(i: number): object {
  const jitter = [{ calculate: 'datum.y + random() * 10', as: 'jy' }];
  if (i % 2 === 1) {
    return {
      data: {
        values: [
          { a: 'x', y: 1 },
          { a: 'y', y: 2 },
          { a: 'z', y: i },
        ],
      },
      transform: jitter,
      mark: 'bar',
      encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'jy', type: 'quantitative' } },
    };
  }
  return {
    // Data from a file: loading it is an await inside the render, where another chart could run.
    data: { url: 'points.csv' },
    transform: jitter,
    mark: 'point',
    encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'jy', type: 'quantitative' } },
  };
}

describe('rendering many plots in one process', () => {
  it('returns them in the order asked for, failures too, each the picture it makes alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cml-plots-pipeline-'));
    const rows = Array.from({ length: 1000 }, (_, x) => `${x % 37},${(x * 7919) % 101}`);
    writeFileSync(join(dir, 'points.csv'), `x,y\n${rows.join('\n')}\n`);
    const targets: string[] = [];
    for (let i = 0; i < 8; i++) {
      writeFileSync(join(dir, `c${i}.vl.json`), JSON.stringify(spec(i)));
      const bars = [
        { a: 'x', y: 1 },
        { a: 'y', y: 2 },
        { a: 'z', y: i },
      ];
      writeFileSync(join(dir, `bars${i}.json`), JSON.stringify(bars));
      targets.push(`c${i}.vl.json`);
    }
    writeFileSync(join(dir, 'bad.vl.json'), JSON.stringify({ mark: 'pointz' }));
    targets.splice(3, 0, 'bad.vl.json');
    targets.splice(6, 0, 'gone.vl.json');

    const run = async (outDir: string) => renderEveryPlot({ targets, cwd: dir, outDir }, logger());
    const first = await run('out');
    expect(first.plots.map((p) => p.id)).toEqual(targets.filter((t) => t.startsWith('c')));
    expect(first.failures.map((f) => f.id)).toEqual(['bad.vl.json', 'gone.vl.json']);
    for (const p of first.plots) {
      expect(p.format).toBe('png');
      expect(readFileSync(p.path).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    }
    // Each chart as drawn alone: the same picture (its random() sequence was its own).
    for (const [i, p] of first.plots.entries()) {
      const alone = await renderEveryPlot(
        { targets: [p.id], cwd: dir, outDir: `alone${i}` },
        logger(),
      );
      expect(readFileSync(alone.plots[0]!.path).equals(readFileSync(p.path)), p.id).toBe(true);
    }
  }, 120_000);
});
