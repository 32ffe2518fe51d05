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
