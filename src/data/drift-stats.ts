/**
 * Drift statistics, pure functions over bin counts (no engine), so tests check them against
 * hand-computed values.
 */

/** Floor for an empty bin's share in PSI, so ln(0) never appears (a common convention). */
export const PSI_EPSILON = 1e-4;

/** Population stability index of two count vectors over the same bins: Σ (h−b)·ln(h/b). */
export function psi(base: number[], head: number[]): number {
  const bt = sum(base);
  const ht = sum(head);
  if (!bt || !ht) return 0;
  let total = 0;
  for (let i = 0; i < base.length; i++) {
    const b = Math.max((base[i] ?? 0) / bt, PSI_EPSILON);
    const h = Math.max((head[i] ?? 0) / ht, PSI_EPSILON);
    total += (h - b) * Math.log(h / b);
  }
  return total;
}

/**
 * Kolmogorov–Smirnov statistic D = max |F_base − F_head| from cumulative counts of both sides at
 * the same ascending grid of points (exact at those points; the grid is both sides' 1%..99%
 * quantiles, so D is within about 1% of the exact two-sample statistic).
 */
export function ksFromCumulative(
  base: number[],
  head: number[],
  baseTotal: number,
  headTotal: number,
): number {
  if (!baseTotal || !headTotal) return 0;
  let d = 0;
  for (let i = 0; i < base.length; i++)
    d = Math.max(d, Math.abs((base[i] ?? 0) / baseTotal - (head[i] ?? 0) / headTotal));
  return d;
}

/** Jensen–Shannon divergence (log base 2, so 0..1) of two value→count maps. */
export function jensenShannon(base: Map<string, number>, head: Map<string, number>): number {
  const bt = sum([...base.values()]);
  const ht = sum([...head.values()]);
  if (!bt || !ht) return 0;
  let js = 0;
  for (const key of new Set([...base.keys(), ...head.keys()])) {
    const p = (base.get(key) ?? 0) / bt;
    const q = (head.get(key) ?? 0) / ht;
    const m = (p + q) / 2;
    if (p > 0) js += 0.5 * p * Math.log2(p / m);
    if (q > 0) js += 0.5 * q * Math.log2(q / m);
  }
  return js;
}

/** PSI of two value→count maps, one bin per value. */
export function categoricalPsi(base: Map<string, number>, head: Map<string, number>): number {
  const keys = [...new Set([...base.keys(), ...head.keys()])];
  return psi(
    keys.map((k) => base.get(k) ?? 0),
    keys.map((k) => head.get(k) ?? 0),
  );
}

/**
 * Counts per bin from DuckDB's histogram(x, edges): bin i holds (edge[i-1], edge[i]], plus a
 * last bin for values above the last edge. Returns counts aligned to edges + overflow.
 */
export function alignBins(edges: number[], hist: { key: unknown; value: unknown }[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const { key, value } of hist) {
    const k = Number(key);
    const i = Number.isFinite(k) ? edges.indexOf(k) : edges.length;
    const at = i === -1 ? edges.length : i;
    counts[at] = (counts[at] ?? 0) + Number(value);
  }
  return counts;
}

/** Re-bin fine counts (aligned to `fine` edges + overflow) into coarse bins at `coarse` edges. */
export function rebin(fine: number[], fineEdges: number[], coarse: number[]): number[] {
  const out = new Array<number>(coarse.length + 1).fill(0);
  fine.forEach((count, i) => {
    const upper = fineEdges[i] ?? Infinity;
    let j = coarse.findIndex((c) => upper <= c);
    if (j === -1) j = coarse.length;
    out[j] = (out[j] ?? 0) + count;
  });
  return out;
}

export function cumulative(counts: number[]): number[] {
  let run = 0;
  return counts.map((c) => (run += c));
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
