import type { DuckDBConnection } from '@duckdb/node-api';
import { isNumeric, type ColumnProfile, type TableProfile } from './profile';
export { doubleLiteral } from './drift-sketch';
import {
  cumulativeFromQuantiles,
  EXACT_ROWS,
  numericGrid,
  sketchOf,
  sketchPass,
  type DriftSketch,
  type SketchRequest,
} from './drift-sketch';
import { categoryBin } from './small/sketch-table';
import { MAX_CATEGORIES } from './sketch-sizes';
import {
  categoricalPsi,
  cumulative,
  jensenShannon,
  ksFromCumulative,
  psi,
  rebin,
} from './drift-stats';

/** Above these a column is reported as drifted (stated in the table's legend). */
export const THRESHOLDS = { psi: 0.2, ks: 0.1, js: 0.1 };
export { MAX_CATEGORIES } from './sketch-sizes';

export interface ColumnDrift {
  column: string;
  method: 'psi+ks' | 'js+psi' | 'skipped';
  psi?: number;
  ks?: number;
  js?: number;
  drifted: boolean;
  note?: string;
  /** Histogram for the chart: bin upper edges and each side's share. */
  bins?: { label: string; base: number; head: number }[];
}

interface Plan {
  column: string;
  kind: 'numeric' | 'categorical';
  /** Numeric: the base's grid (numericGrid). */
  edges: number[];
}

/**
 * Drift of every column both sides have, from the sketches gathered with the profiles
 * (drift-sketch.ts): HEAD counted on the base's grid, the base read off its quantiles (counted
 * when small). A profile made without a sketch (a caller that profiled the sides on their own)
 * costs one more pass over that side.
 */
export async function measureDrift(
  conn: DuckDBConnection,
  base: { path: string; profile: TableProfile },
  head: { path: string; profile: TableProfile },
): Promise<ColumnDrift[]> {
  const plans: Plan[] = [];
  const results: ColumnDrift[] = [];
  for (const h of head.profile.columns) {
    const b = base.profile.columns.find((c) => c.name === h.name);
    if (!b) continue;
    if (isNumeric(b.type) && isNumeric(h.type)) {
      // Both sides' quantiles, mins and maxes (whole numbers for an integer column).
      const edges = [...new Set([...numericGrid(b), ...numericGrid(h)])].sort((x, y) => x - y);
      if (edges.length) plans.push({ column: h.name, kind: 'numeric', edges });
    } else if (!isNumeric(b.type) && !isNumeric(h.type)) {
      if (Math.max(b.distinct, h.distinct) > MAX_CATEGORIES) {
        results.push({
          column: h.name,
          method: 'skipped',
          drifted: false,
          note: `more than ${MAX_CATEGORIES} distinct values`,
        });
      } else plans.push({ column: h.name, kind: 'categorical', edges: [] });
    } else {
      results.push({
        column: h.name,
        method: 'skipped',
        drifted: false,
        note: `type changed: ${b.type} → ${h.type}`,
      });
    }
  }
  if (!plans.length) return results;
  const numeric = plans.filter((p) => p.kind === 'numeric');
  const categorical = plans.filter((p) => p.kind === 'categorical').map((p) => p.column);
  const edges = new Map(numeric.map((p) => [p.column, p.edges]));
  const categories = categorical.length > 0;
  // A side's numbers are counted on the grid when it is small (one more, cheap, pass), else
  // read off its quantile table (drift-sketch.ts cumulativeFromQuantiles).
  // Both sides are read the same way: counted when either is small, else both off their
  // quantiles. Mixing the two (one side counted, the other read off a t-digest that spreads a
  // repeated value or an infinity) showed identical columns with ties as drifting (KS 0.03,
  // PSI 0.16 where the exact figures were 0.002 and 0.0001).
  const count = numeric.length > 0 && Math.min(base.profile.rows, head.profile.rows) <= EXACT_ROWS;
  const need: SketchRequest = { categories, ...(count ? { edges } : {}) };
  const baseSketch = await sketchFor(conn, base, need, categorical);
  const headSketch = await sketchFor(conn, head, need, categorical);
  const shares = (sketch: DriftSketch, column: ColumnProfile, grid: number[]) =>
    sketch.numeric.get(column.name)?.counts ?? steps(cumulativeFromQuantiles(column, grid));
  plans.forEach((plan) => {
    const bp = base.profile.columns.find((c) => c.name === plan.column) as ColumnProfile;
    if (plan.kind === 'numeric') {
      const hp = head.profile.columns.find((c) => c.name === plan.column) as ColumnProfile;
      const bf = shares(baseSketch, bp, plan.edges);
      const hf = shares(headSketch, hp, plan.edges);
      const bt = bf.reduce((a, c) => a + c, 0);
      const ht = hf.reduce((a, c) => a + c, 0);
      const ks = ksFromCumulative(cumulative(bf), cumulative(hf), bt, ht);
      // PSI bins: the base's deciles.
      const deciles = [
        ...new Set([9, 19, 29, 39, 49, 59, 69, 79, 89].map((k) => bp.quantiles?.[k] as number)),
      ].filter(Number.isFinite);
      const bc = rebin(bf, plan.edges, deciles);
      const hc = rebin(hf, plan.edges, deciles);
      const p = psi(bc, hc);
      const labels = [
        ...deciles.map((d) => `≤ ${short(d)}`),
        `> ${short(deciles[deciles.length - 1] ?? 0)}`,
      ];
      results.push({
        column: plan.column,
        method: 'psi+ks',
        psi: p,
        ks,
        drifted: p >= THRESHOLDS.psi || ks >= THRESHOLDS.ks,
        bins: labels.map((label, j) => ({
          label,
          base: bt ? (bc[j] ?? 0) / bt : 0,
          head: ht ? (hc[j] ?? 0) / ht : 0,
        })),
      });
    } else {
      const bm = keyed(baseSketch.categories.get(plan.column));
      const hm = keyed(headSketch.categories.get(plan.column));
      const js = jensenShannon(bm, hm);
      const p = categoricalPsi(bm, hm);
      const bt = [...bm.values()].reduce((a, c) => a + c, 0);
      const ht = [...hm.values()].reduce((a, c) => a + c, 0);
      // Bins are named by the most frequent values of either side that fall in them.
      const names = new Map<string, string>();
      for (const value of [
        ...(headSketch.names.get(plan.column) ?? []),
        ...(baseSketch.names.get(plan.column) ?? []),
      ]) {
        const bin = String(categoryBin(value));
        if (!names.has(bin)) names.set(bin, value);
      }
      const keys = [...new Set([...bm.keys(), ...hm.keys()])]
        .sort(
          (x, y) =>
            (bm.get(y) ?? 0) + (hm.get(y) ?? 0) - (bm.get(x) ?? 0) - (hm.get(x) ?? 0) ||
            (names.get(x) ?? '\uffff').localeCompare(names.get(y) ?? '\uffff'),
        )
        .slice(0, 12);
      results.push({
        column: plan.column,
        method: 'js+psi',
        js,
        psi: p,
        drifted: js >= THRESHOLDS.js || p >= THRESHOLDS.psi,
        bins: keys.map((k) => ({
          label: names.get(k) ?? 'other',
          base: bt ? (bm.get(k) ?? 0) / bt : 0,
          head: ht ? (hm.get(k) ?? 0) / ht : 0,
        })),
      });
    }
  });
  return results;
}

/**
 * The side's sketch, with a pass over the side for only what it lacks: the grid counts of a side
 * counted exactly (its categories already came with its profile), or everything for a profile
 * made without a sketch.
 */
async function sketchFor(
  conn: DuckDBConnection,
  side: { path: string; profile: TableProfile },
  need: SketchRequest,
  categorical: string[],
): Promise<DriftSketch> {
  const have = sketchOf(side.profile);
  const numericHere = (column: string) =>
    side.profile.columns.some((c) => c.name === column && isNumeric(c.type));
  const missingCategories =
    need.categories === true && categorical.some((column) => !have?.categories.has(column));
  const missingCounts = [...(need.edges ?? [])].some(([column, edges]) => {
    const counted = have?.numeric.get(column);
    return numericHere(column) && (counted === undefined || !sameEdges(counted.edges, edges));
  });
  if (have && !missingCategories && !missingCounts) return have;
  const more = await sketchPass(conn, side.path, side.profile.dataset, {
    categories: missingCategories,
    ...(missingCounts ? { edges: need.edges } : {}),
  });
  if (!have) return more;
  return {
    categories: missingCategories ? more.categories : have.categories,
    names: missingCategories ? more.names : have.names,
    numeric: missingCounts ? more.numeric : have.numeric,
  };
}

function sameEdges(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Per-bin shares from cumulative shares. */
function steps(cumulativeShares: number[]): number[] {
  return cumulativeShares.map((c, i) => c - (i ? (cumulativeShares[i - 1] as number) : 0));
}

/** Bins in ascending order, so sums run in one order whichever engine counted them. */
function keyed(bins: Map<number, number> | undefined): Map<string, number> {
  return new Map(
    [...(bins ?? [])].sort((a, b) => a[0] - b[0]).map(([bin, count]) => [String(bin), count]),
  );
}

function short(n: number): string {
  return Math.abs(n) >= 1000 || Number.isInteger(n) ? String(Math.round(n)) : n.toPrecision(3);
}
