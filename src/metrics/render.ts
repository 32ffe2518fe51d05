import type { GateReport } from './gate';
import { formatEntry, formatValue } from './python-format';
import { renderTable } from './table';
import type { DiffResult, Direction } from './types';

export interface TableOptions {
  kind: 'metrics' | 'params';
  oldLabel: string;
  newLabel: string;
  markdown: boolean;
  noPath: boolean;
  /** Decimal places for floats (DVC metrics default 5; params print values unrounded). */
  precision?: number;
  directionOf?: (path: string, key: string) => Direction | undefined;
}

export const BETTER = '🟢';
export const WORSE = '🔴';

/**
 * DVC's diff table: Path | Metric | <old> | <new> | Change (params: Param, no Change), rows
 * in the given order (files as discovered, keys sorted). When a metric's direction is known, the
 * Change cell gets a marker: 🟢 better, 🔴 worse.
 */
export function renderDiffTable(result: DiffResult, options: TableOptions): string {
  const title = options.kind === 'params' ? 'Param' : 'Metric';
  const headers = ['Path', title, options.oldLabel, options.newLabel, 'Change'];
  const rows: string[][] = [];
  for (const [path, fileRows] of result) {
    for (const row of fileRows) {
      let change = formatValue(row.diff, row.diffFloat, options.precision);
      const direction = options.directionOf?.(path, row.key);
      if (direction && row.diff !== undefined && row.diff !== 0 && !Number.isNaN(row.diff)) {
        const better = direction === 'higher' ? row.diff > 0 : row.diff < 0;
        change += ` ${better ? BETTER : WORSE}`;
      }
      rows.push([
        path,
        row.key,
        formatEntry(row.old, options.precision),
        formatEntry(row.new, options.precision),
        change,
      ]);
    }
  }
  let keep = headers.map((_, i) => i);
  if (options.noPath) keep = keep.filter((i) => i !== 0);
  if (options.kind === 'params') keep = keep.filter((i) => i !== 4);
  return renderTable(
    keep.map((i) => headers[i]!),
    rows.map((r) => keep.map((i) => r[i]!)),
    options.markdown,
  );
}

/** DVC's --json: {path: {key: {old, new, diff}}}; diff only when both sides are numbers. */
export function diffToJson(result: DiffResult): Record<string, Record<string, DvcJsonRow>> {
  const out: Record<string, Record<string, DvcJsonRow>> = {};
  for (const [path, rows] of result) {
    const file: Record<string, DvcJsonRow> = {};
    for (const row of rows) {
      const entry: DvcJsonRow = { old: row.old?.value ?? null, new: row.new?.value ?? null };
      if (row.diff !== undefined) entry.diff = row.diff;
      file[row.key] = entry;
    }
    out[path] = file;
  }
  return out;
}

export interface DvcJsonRow {
  old: unknown;
  new: unknown;
  diff?: number;
}

/** JSON.stringify that writes NaN and ±Infinity as Python's json module does, not as null. */
export function stringifyDvcJson(value: unknown, indent?: number): string {
  const marker = '\u0000cml-float:';
  const text = JSON.stringify(
    value,
    (_key, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v) ? `${marker}${String(v)}` : v,
    indent,
  );
  return text.replace(/"\\u0000cml-float:(-?Infinity|NaN)"/g, '$1');
}

/** The quality-gate results as a Markdown section. */
export function renderGateMarkdown(report: GateReport): string {
  if (report.results.length === 0) return '';
  const failed = report.results.filter((r) => !r.passed).length;
  const heading = failed
    ? `**Quality gates: ${failed} of ${report.results.length} failed**`
    : `**Quality gates: all ${report.results.length} passed**`;
  const rows = report.results.map((r) => [
    r.passed ? '✅' : '❌',
    `\`${r.rule.text}\``,
    escapeCell(r.detail),
  ]);
  return `${heading}\n\n${renderTable(['', 'Rule', 'Result'], rows, true)}`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
