// The DuckDB engine's SQL on files large enough to matter, called directly (not through the
// small-file dispatch), checked against statistics computed here from the same rows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultThreads, openEngine } from '../src/data/engine';
import { doubleLiteral, measureDrift } from '../src/data/drift';
import { profileFile } from '../src/data/profile';

const dir = mkdtempSync(join(tmpdir(), 'cml-data-engine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** mulberry32, so the rows are the same on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function normals(n: number, seed: number, shift: number): number[] {
  const rand = prng(seed);
  return Array.from({ length: n }, () => {
    const u = rand() || 1e-12;
    return Number(
      (shift + Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand())).toFixed(4),
    );
  });
}
/** Exact two-sample Kolmogorov–Smirnov D (the definition: max |F_b(x) − F_h(x)| over all x). */
function exactKs(b: number[], h: number[]): number {
  const xs = [...new Set([...b, ...h])].sort((x, y) => x - y);
  const sb = [...b].sort((x, y) => x - y);
  const sh = [...h].sort((x, y) => x - y);
  let i = 0;
  let j = 0;
  let d = 0;
  for (const x of xs) {
    while (i < sb.length && sb[i]! <= x) i++;
    while (j < sh.length && sh[j]! <= x) j++;
    d = Math.max(d, Math.abs(i / sb.length - j / sh.length));
  }
  return d;
}

describe('DuckDB engine', () => {
  it('runs a thread per core the process may use, at most 8, unless CML_DATA_THREADS says', async () => {
    expect([1, 2, 4, 8, 64, 0].map(defaultThreads)).toEqual([1, 2, 4, 8, 8, 1]);
    const threads = async () =>
      Number(
        (
          await (await openEngine()).runAndReadAll("SELECT current_setting('threads') AS t")
        ).getRowObjectsJson()[0]?.t,
      );
    expect(await threads()).toBe(defaultThreads(availableParallelism()));
    process.env.CML_DATA_THREADS = '1';
    try {
      expect(await threads()).toBe(1);
    } finally {
      delete process.env.CML_DATA_THREADS;
    }
  });

  it('reads every histogram edge back as the same double', async () => {
    const conn = await openEngine();
    // Values whose shortest decimal form DuckDB reads as a DECIMAL and rounds to a neighbour.
    const values = [0.3009478453455564, 0.1, 1 / 3, -2.220446049250313e-16, 123456.789, 5e-324];
    const rand = prng(7);
    for (let i = 0; i < 500; i++) values.push((rand() - 0.5) * 10 ** Math.floor(rand() * 12 - 4));
    const row = (
      await conn.runAndReadAll(`SELECT [${values.map(doubleLiteral).join(',')}]::DOUBLE[] AS v`)
    ).getRowObjectsJson()[0] as { v: unknown[] };
    expect(row.v.map(Number)).toEqual(values);
  });

  it('measures KS on a shifted normal column within 1% of the exact two-sample D', async () => {
    const b = normals(20000, 1, 0);
    const h = normals(20000, 2, 0.3);
    writeFileSync(join(dir, 'b.csv'), `score\n${b.join('\n')}\n`);
    writeFileSync(join(dir, 'h.csv'), `score\n${h.join('\n')}\n`);
    const conn = await openEngine();
    const base = await profileFile(conn, join(dir, 'b.csv'), 'b.csv');
    const head = await profileFile(conn, join(dir, 'h.csv'), 'h.csv');
    const [drift] = await measureDrift(
      conn,
      { path: join(dir, 'b.csv'), profile: base },
      { path: join(dir, 'h.csv'), profile: head },
    );
    const exact = exactKs(b, h);
    expect(exact).toBeGreaterThan(0.1);
    expect(Math.abs(drift!.ks! - exact)).toBeLessThan(0.01);
    expect(drift!.drifted).toBe(true);
  });
});
