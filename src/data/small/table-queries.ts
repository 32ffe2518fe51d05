import type { SmallTable } from './read-table';
import { compareBytes } from './text-order';

/**
 * What DuckDB's histogram(x, edges) counts, over a small table's column, aligned as alignBins
 * aligns it: per edge the values at or below it and above the previous one, then those above
 * the last edge. Missing values (NaN) are not counted.
 */
export function smallGridCounts(table: SmallTable, column: string, edges: number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  const numbers = table.columns.find((c) => c.name === column)?.numbers;
  if (!numbers) return counts;
  for (const x of numbers) {
    if (Number.isNaN(x)) continue;
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((edges[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    counts[lo] = (counts[lo] as number) + 1;
  }
  return counts;
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
