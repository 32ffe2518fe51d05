import type { DuckDBConnection } from '@duckdb/node-api';
import { ident } from './engine';
import { isNumeric, type ColumnProfile, type TableProfile } from './profile';
import { readExpression } from './source';
import { smallTable } from './small/choose-engine';
import { smallHistograms } from './small/table-queries';
import {
  alignBins,
  categoricalPsi,
  cumulative,
  jensenShannon,
  ksFromCumulative,
  psi,
  rebin,
} from './drift-stats';

/** Above these a column is reported as drifted (stated in the table's legend). */
export const THRESHOLDS = { psi: 0.2, ks: 0.1, js: 0.1 };
/** Categories beyond this many distinct values are not compared value by value. */
export const MAX_CATEGORIES = 1000;

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
  edges: number[];
}

/** One pass over each side counting the common columns on a shared grid, then the statistics. */
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
      const edges = [
        ...new Set([...(b.quantiles ?? []), ...(h.quantiles ?? []), b.min, h.min, b.max, h.max]),
      ]
        .filter((e): e is number => typeof e === 'number' && Number.isFinite(e))
        .sort((x, y) => x - y);
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
  const [baseHist, headHist] = [
    await histograms(conn, base.path, base.profile.dataset, plans),
    await histograms(conn, head.path, head.profile.dataset, plans),
  ];
  plans.forEach((plan, i) => {
    const bp = base.profile.columns.find((c) => c.name === plan.column) as ColumnProfile;
    if (plan.kind === 'numeric') {
      const bf = alignBins(plan.edges, baseHist[i] ?? []);
      const hf = alignBins(plan.edges, headHist[i] ?? []);
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
      const toMap = (h: { key: unknown; value: unknown }[]) =>
        new Map(h.map((e) => [String(e.key), Number(e.value)]));
      const bm = toMap(baseHist[i] ?? []);
      const hm = toMap(headHist[i] ?? []);
      const js = jensenShannon(bm, hm);
      const p = categoricalPsi(bm, hm);
      const bt = [...bm.values()].reduce((a, c) => a + c, 0);
      const ht = [...hm.values()].reduce((a, c) => a + c, 0);
      const keys = [...new Set([...bm.keys(), ...hm.keys()])]
        .sort((x, y) => (bm.get(y) ?? 0) + (hm.get(y) ?? 0) - (bm.get(x) ?? 0) - (hm.get(x) ?? 0))
        .slice(0, 12);
      results.push({
        column: plan.column,
        method: 'js+psi',
        js,
        psi: p,
        drifted: js >= THRESHOLDS.js || p >= THRESHOLDS.psi,
        bins: keys.map((k) => ({
          label: k,
          base: bt ? (bm.get(k) ?? 0) / bt : 0,
          head: ht ? (hm.get(k) ?? 0) / ht : 0,
        })),
      });
    }
  });
  return results;
}

async function histograms(conn: DuckDBConnection, path: string, dataset: string, plans: Plan[]) {
  const small = smallTable(path, dataset);
  if (small) return smallHistograms(small, plans);
  const source = readExpression(path, dataset).replace('store_rejects=true', 'ignore_errors=true');
  const parts = plans.map((p, i) =>
    p.kind === 'numeric'
      ? `histogram(CAST(${ident(p.column)} AS DOUBLE), [${p.edges.map(doubleLiteral).join(',')}]::DOUBLE[]) AS h${i}`
      : `histogram(CAST(${ident(p.column)} AS VARCHAR)) AS h${i}`,
  );
  const row =
    (
      await conn.runAndReadAll(`SELECT ${parts.join(', ')} FROM ${source}`)
    ).getRowObjectsJson()[0] ?? {};
  return plans.map((_, i) => (row[`h${i}`] as { key: unknown; value: unknown }[] | null) ?? []);
}

/**
 * A DOUBLE literal that DuckDB reads back as exactly `n`. Its histogram keys are matched to the
 * edges by equality (alignBins), so an edge must round-trip: a plain decimal literal such as
 * `0.30094784534555640` is read as a DECIMAL and then rounded to a neighbouring double (about 1 in
 * 10 of a numeric grid did), which sent those bins' counts to the overflow bin. Exponent notation
 * is parsed as a DOUBLE directly, with the shortest round-trip digits JavaScript prints.
 */
export function doubleLiteral(n: number): string {
  return n.toExponential();
}

function short(n: number): string {
  return Math.abs(n) >= 1000 || Number.isInteger(n) ? String(Math.round(n)) : n.toPrecision(3);
}
