import type { ColumnProfile } from '../src/data/profile';
import { cumulativeFromQuantiles } from '../src/data/drift-sketch';
import { describe, expect, it } from 'vitest';
import {
  alignBins,
  categoricalPsi,
  cumulative,
  jensenShannon,
  ksFromCumulative,
  psi,
  PSI_EPSILON,
  rebin,
} from '../src/data/drift-stats';

// Expected values computed by hand from the definitions:
//   PSI = Σ (h_i − b_i)·ln(h_i / b_i) over shares; KS D = max |F_b − F_h|;
//   JS = ½ KL(p‖m) + ½ KL(q‖m), m = (p+q)/2, log base 2.
describe('drift statistics', () => {
  it('PSI of two count vectors', () => {
    // (0.25−0.5)·ln(0.5) + (0.75−0.5)·ln(1.5) = 0.173287 + 0.101366
    expect(psi([50, 50], [25, 75])).toBeCloseTo(0.274653, 6);
    expect(psi([10, 20, 30], [1, 2, 3])).toBeCloseTo(0, 12);
  });
  it('PSI floors an empty bin at the epsilon instead of dividing by zero', () => {
    // (0.5−1)·ln(0.5) + (0.5−1e-4)·ln(0.5/1e-4) = 0.346574 + 0.4999·8.517193
    expect(PSI_EPSILON).toBe(1e-4);
    expect(psi([100, 0], [50, 50])).toBeCloseTo(4.604319, 5);
  });
  it('KS from cumulative counts', () => {
    // F_b = .25 .5 .75 1, F_h = 0 0 .5 1 → D = 0.5
    expect(ksFromCumulative([1, 2, 3, 4], [0, 0, 2, 4], 4, 4)).toBeCloseTo(0.5, 12);
    expect(ksFromCumulative(cumulative([3, 3]), cumulative([1, 1]), 6, 2)).toBe(0);
  });
  it('Jensen–Shannon divergence in bits', () => {
    const m = (o: Record<string, number>) => new Map(Object.entries(o));
    expect(jensenShannon(m({ a: 1 }), m({ b: 1 }))).toBeCloseTo(1, 12);
    expect(jensenShannon(m({ a: 2, b: 2 }), m({ a: 5, b: 5 }))).toBeCloseTo(0, 12);
    // 0.75·log2(1.5) + 0.25·log2(0.5) = 0.438722 − 0.25
    expect(jensenShannon(m({ a: 3, b: 1 }), m({ a: 1, b: 3 }))).toBeCloseTo(0.188722, 6);
    // categorical PSI: one bin per value
    expect(categoricalPsi(m({ a: 50, b: 50 }), m({ a: 25, b: 75 }))).toBeCloseTo(0.274653, 6);
  });
  it("aligns DuckDB's histogram bins and re-bins fine counts into coarse ones", () => {
    const bins = alignBins(
      [1, 2, 3],
      [
        { key: 1, value: '2' },
        { key: 3, value: '1' },
        { key: 'Infinity', value: '4' },
      ],
    );
    expect(bins).toEqual([2, 0, 1, 4]);
    // fine bins (≤1, ≤2, ≤3, >3) into (≤2, >2)
    expect(rebin(bins, [1, 2, 3], [2])).toEqual([2, 5]);
  });
});

describe('a side read off its quantile table (cumulativeFromQuantiles)', () => {
  const levels = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
  const column = (over: Partial<ColumnProfile>): ColumnProfile => ({
    name: 'x',
    type: 'number',
    engineType: 'DOUBLE',
    rows: 1000,
    missing: 0,
    missingRate: 0,
    distinct: 1000,
    min: 0,
    max: 100,
    // Uniform on 0..100: the level-k quantile is 100·k.
    quantiles: levels.map((l) => 100 * l),
    ...over,
  });

  it('interpolates between quantiles and is 1 from the maximum on', () => {
    const shares = cumulativeFromQuantiles(column({}), [-5, 0.5, 25, 50.5, 99.5, 100, 150]);
    expect(shares.map((s) => Number(s.toFixed(6)))).toEqual([
      0, 0.005, 0.25, 0.505, 0.995, 1, 1, 1,
    ]);
  });

  it('reads a whole-number column at n + 0.5', () => {
    const shares = cumulativeFromQuantiles(column({ type: 'integer', engineType: 'BIGINT' }), [25]);
    expect(shares[0]).toBeCloseTo(0.255, 6);
  });

  it('stays a share between 0 and 1 when the file holds -inf and inf', () => {
    const shares = cumulativeFromQuantiles(
      column({ min: -Infinity, max: Infinity }),
      [-1e9, 0.5, 50, 99.5, 1e9],
    );
    for (const s of shares) expect(s >= 0 && s <= 1).toBe(true);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares[2]).toBeCloseTo(0.5, 6);
  });
});
