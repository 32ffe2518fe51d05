import type { DiffResult, DiffRow, FlatMetrics, MetricEntry, Scalar } from './types';

/**
 * DVC's diff: for every file, every key of either side, `diff` = new − old when both are numbers
 * (booleans count, as in Python). Rows whose values are equal are kept but marked `unchanged`
 * (tables drop them unless --all; quality gates still see them). A file missing on one side is
 * an empty side, so its keys read as new or deleted.
 */
export function diffMetrics(
  files: { path: string; old: FlatMetrics | undefined; new: FlatMetrics | undefined }[],
): DiffResult {
  const result: DiffResult = new Map();
  for (const file of files) {
    const rows = diffOne(file.old ?? new Map(), file.new ?? new Map());
    if (rows.length > 0) result.set(file.path, rows);
  }
  return result;
}

/** The rows a table shows: changed ones, or all of them with --all; files with none are left out. */
export function visibleRows(result: DiffResult, all: boolean): DiffResult {
  if (all) return result;
  const out: DiffResult = new Map();
  for (const [path, rows] of result) {
    const changed = rows.filter((r) => !r.unchanged);
    if (changed.length > 0) out.set(path, changed);
  }
  return out;
}

function diffOne(old: FlatMetrics, next: FlatMetrics): DiffRow[] {
  const rows: DiffRow[] = [];
  const add = (key: string, a: MetricEntry | undefined, b: MetricEntry | undefined) => {
    const row: DiffRow = { key };
    if (same(a?.value ?? null, b?.value ?? null)) row.unchanged = true;
    if (a && a.value !== null) row.old = a;
    if (b && b.value !== null) row.new = b;
    const x = numeric(a?.value);
    const y = numeric(b?.value);
    if (x !== undefined && y !== undefined) {
      row.diff = y - x;
      if (a?.float || b?.float || !Number.isInteger(row.diff)) row.diffFloat = true;
    }
    rows.push(row);
  };
  for (const [key, a] of old) add(key, a, next.get(key));
  for (const [key, b] of next) if (!old.has(key)) add(key, undefined, b);
  rows.sort((p, q) => (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));
  return rows;
}

function numeric(value: Scalar | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}

/** Python's ==: 1 == 1.0 == True; NaN differs from itself. */
function same(a: Scalar, b: Scalar): boolean {
  const x = numeric(a);
  const y = numeric(b);
  if (x !== undefined && y !== undefined) return x === y;
  return a === b;
}
