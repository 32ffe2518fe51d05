import { compareNum, subtract, type Num } from './exact';
import type { DiffResult, DiffRow, FlatMetrics, Scalar } from './types';

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
  // Sorting the keys alone with the default comparison (no JS callback) is the fast path in V8;
  // its UTF-16 order is Python's code point order for every key outside the astral planes.
  const keys = [...old.keys()];
  for (const key of next.keys()) if (!old.has(key)) keys.push(key);
  keys.sort();
  const rows: DiffRow[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const a = old.get(key);
    const b = next.get(key);
    const oldValue = a?.value ?? null;
    const newValue = b?.value ?? null;
    const x = numeric(oldValue);
    const y = numeric(newValue);
    const floats = a?.float === true || b?.float === true;
    const diff = x !== undefined && y !== undefined ? subtract(y, x, floats) : undefined;
    // One object shape for every row (all fields set, some undefined) keeps V8 on its fast path.
    const row: DiffRow = {
      key,
      old: oldValue === null ? undefined : a,
      new: newValue === null ? undefined : b,
      diff,
      diffFloat:
        diff !== undefined && (floats || (typeof diff === 'number' && !Number.isInteger(diff))),
      unchanged: same(oldValue, newValue),
    };
    rows[i] = row;
  }
  return rows;
}

function numeric(value: Scalar | undefined): Num | undefined {
  if (typeof value === 'number' || typeof value === 'bigint') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}

/** Python's ==: 1 == 1.0 == True; NaN differs from itself. */
function same(a: Scalar, b: Scalar): boolean {
  const x = numeric(a);
  const y = numeric(b);
  if (x !== undefined && y !== undefined) return compareNum(x, y) === 0;
  return a === b;
}
