// The DuckDB engine's SQL on files large enough to matter, called directly (not through the
// small-file dispatch), checked against statistics computed here from the same rows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultThreads, openEngine } from '../src/data/engine';
import { doubleLiteral, measureDrift } from '../src/data/drift';
import { profileFile } from '../src/data/profile';
import { EXACT_ROWS, sketchOf } from '../src/data/drift-sketch';

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

/**
 * Past EXACT_ROWS a side's numbers are read off its own quantile table (one pass a side; see
 * src/data/drift-sketch.ts), and categories come from hashed bins counted in the profile's pass.
 * Checked here against the exact statistics of the same rows.
 */
describe('drift of large sides, from the profile pass alone', () => {
  const rows = EXACT_ROWS + 50_000;
  const ages = (seed: number, shift: number) =>
    normals(rows, seed, 0).map((z) => Math.round(40 + shift + 12 * z));
  const cities = (seed: number, skew: number) => {
    const rand = prng(seed);
    // 800 categories, so hashed bins are shared now and then.
    return Array.from({ length: rows }, () => `c${Math.floor(rand() ** skew * 800)}`);
  };
  function exactJs(b: string[], h: string[]): number {
    const count = (xs: string[]) => {
      const m = new Map<string, number>();
      for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
      return m;
    };
    const [bm, hm] = [count(b), count(h)];
    let js = 0;
    for (const k of new Set([...bm.keys(), ...hm.keys()])) {
      const p = (bm.get(k) ?? 0) / b.length;
      const q = (hm.get(k) ?? 0) / h.length;
      const m = (p + q) / 2;
      if (p) js += 0.5 * p * Math.log2(p / m);
      if (q) js += 0.5 * q * Math.log2(q / m);
    }
    return js;
  }
  async function diff(
    base: Record<string, (number | string)[]>,
    head: Record<string, (number | string)[]>,
    sketch = true,
  ) {
    const csv = (t: Record<string, (number | string)[]>) => {
      const names = Object.keys(t);
      const n = (t[names[0]!] ?? []).length;
      const lines = [names.join(',')];
      for (let r = 0; r < n; r++) lines.push(names.map((c) => t[c]![r]).join(','));
      return `${lines.join('\n')}\n`;
    };
    writeFileSync(join(dir, 'big-b.csv'), csv(base));
    writeFileSync(join(dir, 'big-h.csv'), csv(head));
    const conn = await openEngine();
    const request = sketch ? { categories: true } : undefined;
    const b = await profileFile(conn, join(dir, 'big-b.csv'), 'big.csv', undefined, request);
    const h = await profileFile(conn, join(dir, 'big-h.csv'), 'big.csv', undefined, request);
    const drift = await measureDrift(
      conn,
      { path: join(dir, 'big-b.csv'), profile: b },
      { path: join(dir, 'big-h.csv'), profile: h },
    );
    return { drift, b, h };
  }

  it('KS of continuous and whole-number columns within 0.5% of the exact D, shifted or not', async () => {
    const score = [normals(rows, 11, 0), normals(rows, 12, 0.3)] as const;
    const same = [ages(13, 0), ages(14, 0)] as const;
    const moved = [ages(15, 0), ages(16, 3)] as const;
    const { drift, b } = await diff(
      { score: score[0], age: same[0], older: moved[0] },
      { score: score[1], age: same[1], older: moved[1] },
    );
    expect(b.rows).toBeGreaterThan(EXACT_ROWS);
    const ks = (column: string) => drift.find((d) => d.column === column)?.ks as number;
    // Within 0.2% each when written (read without interpolating between quantiles: 0.6% off).
    expect(Math.abs(ks('score') - exactKs(...score))).toBeLessThan(0.005);
    expect(Math.abs(ks('age') - exactKs(...same))).toBeLessThan(0.005);
    expect(Math.abs(ks('older') - exactKs(...moved))).toBeLessThan(0.005);
    expect(drift.find((d) => d.column === 'score')?.drifted).toBe(true);
    expect(drift.find((d) => d.column === 'age')?.drifted).toBe(false);
  });

  it('KS of a column of a few whole numbers (each a large share) within 0.1% of the exact D', async () => {
    // 0..4 with shares that move: the t-digest spreads each value over half a unit either side,
    // which the continuity correction in cumulativeFromQuantiles undoes.
    const pick = (seed: number, weights: number[]) => {
      const rand = prng(seed);
      return Array.from({ length: rows }, () => {
        let u = rand();
        let i = 0;
        while (i < weights.length - 1 && u >= (weights[i] as number)) u -= weights[i++] as number;
        return i;
      });
    };
    const items = [
      pick(41, [0.1, 0.3, 0.3, 0.2, 0.1]),
      pick(42, [0.1, 0.25, 0.3, 0.25, 0.1]),
    ] as const;
    const { drift } = await diff({ items: items[0] }, { items: items[1] });
    const ks = drift.find((d) => d.column === 'items')?.ks as number;
    // Within 0.1% here (0.0003 when written); read without the correction it was 0.0022 off.
    expect(Math.abs(ks - exactKs(...items))).toBeLessThan(0.001);
  });

  it('JS of a column of 800 categories within 1% of the exact value; a many-valued column is not counted', async () => {
    const city = [cities(21, 1), cities(22, 1.4)] as const;
    const id = Array.from({ length: rows }, (_, i) => `id${i}`);
    const { drift, b, h } = await diff({ city: city[0], id }, { city: city[1], id });
    const js = drift.find((d) => d.column === 'city')?.js as number;
    expect(Math.abs(js - exactJs(...city))).toBeLessThan(0.01);
    // Bins are named by the most frequent values (c0 leads HEAD's skewed mix).
    expect(drift.find((d) => d.column === 'city')?.bins?.[0]?.label).toBe('c0');
    // The id column (a value a row) was left out of the category counts, as drift skips it.
    expect(sketchOf(b)?.categories.has('id')).toBe(false);
    expect(sketchOf(h)?.categories.has('city')).toBe(true);
    expect(drift.find((d) => d.column === 'id')?.method).toBe('skipped');
  });

  it('reads both sides the same way when one is small: identical columns with ties do not drift', async () => {
    // One side past EXACT_ROWS and one below: 30% zeros and spikes at 0.5/1.5/2.5 (an outside
    // review saw KS 0.03 and PSI 0.16 here when the small side was counted and the large one read
    // off its quantiles).
    const column = (seed: number, n: number) => {
      const rand = prng(seed);
      return Array.from({ length: n }, () => {
        const u = rand();
        return u < 0.3
          ? 0
          : u < 0.5
            ? 0.5
            : u < 0.7
              ? 1.5
              : u < 0.8
                ? 2.5
                : Number((u * 10).toFixed(3));
      });
    };
    const b = column(51, EXACT_ROWS - 1000);
    const h = column(52, EXACT_ROWS + 50_000);
    const { drift } = await diff({ spikes: b }, { spikes: h });
    const d = drift.find((x) => x.column === 'spikes');
    expect(Math.abs((d?.ks as number) - exactKs(b, h))).toBeLessThan(0.005);
    expect(d?.psi as number).toBeLessThan(0.01);
    expect(d?.drifted).toBe(false);
  });

  it('gives the same figures when the profiles were made without a sketch (one more pass a side)', async () => {
    const score = [normals(rows, 31, 0), normals(rows, 32, 0.2)] as const;
    const city = [cities(33, 1), cities(34, 1.2)] as const;
    const withSketch = await diff(
      { score: score[0], city: city[0] },
      { score: score[1], city: city[1] },
    );
    const without = await diff(
      { score: score[0], city: city[0] },
      { score: score[1], city: city[1] },
      false,
    );
    expect(sketchOf(without.b)).toBeUndefined();
    expect(without.drift).toEqual(withSketch.drift);
  });
});
