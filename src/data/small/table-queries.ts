import type { SmallTable } from './read-table';
import { compareBytes } from './text-order';

export interface HistogramPlan {
  column: string;
  kind: 'numeric' | 'categorical';
  edges: number[];
}
type Histogram = { key: unknown; value: unknown }[];

/**
 * What drift.ts's histogram query returns, from a small table: DuckDB's histogram(x, edges)
 * gives one entry per edge (values ≤ that edge and above the previous one) and an `Infinity`
 * entry only when values lie above the last edge; histogram(text) one entry per value, in
 * byte order of the values. Counts are strings, as DuckDB's BIGINTs come out of the JSON rows.
 */
export function smallHistograms(table: SmallTable, plans: HistogramPlan[]): Histogram[] {
  return plans.map((plan) => {
    const column = table.columns.find((c) => c.name === plan.column);
    if (!column) return [];
    if (plan.kind === 'numeric') {
      const numbers = column.numbers;
      if (!numbers) return [];
      const counts = new Array<number>(plan.edges.length + 1).fill(0);
      let any = false;
      for (const x of numbers) {
        if (Number.isNaN(x)) continue;
        any = true;
        let lo = 0;
        let hi = plan.edges.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if ((plan.edges[mid] as number) < x) lo = mid + 1;
          else hi = mid;
        }
        counts[lo] = (counts[lo] as number) + 1;
      }
      if (!any) return [];
      const out: Histogram = plan.edges.map((edge, i) => ({ key: edge, value: String(counts[i]) }));
      const over = counts[plan.edges.length] as number;
      if (over) out.push({ key: 'Infinity', value: String(over) });
      return out;
    }
    const counts = valueCounts(column.text);
    return [...counts.keys()]
      .sort(compareBytes)
      .map((key) => ({ key, value: String(counts.get(key)) }));
  });
}

/**
 * schema.ts's allowed-values query: the values of `column` outside `allowed`, most frequent
 * first then in byte order, at most five, with their counts.
 */
export function smallDisallowed(
  table: SmallTable,
  column: string,
  allowed: { text: string[]; numbers?: number[] },
): { v: string; n: string }[] {
  const col = table.columns.find((c) => c.name === column);
  if (!col) return [];
  // A numeric column against a list of numbers compares values (1.0 in the file is 1 in YAML).
  const numbers = allowed.numbers ? new Set(allowed.numbers) : undefined;
  const ok = new Set(allowed.text);
  const isAllowed = (t: string) => (numbers ? numbers.has(Number(t)) : ok.has(t));
  const counts = valueCounts(col.text.filter((t) => t !== null && !isAllowed(t)));
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || compareBytes(a[0], b[0]))
    .slice(0, 5)
    .map(([v, n]) => ({ v, n: String(n) }));
}

function valueCounts(texts: (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) if (t !== null) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}
