import { terminalSafe } from '../core/logger';
import type { GateReport } from './gate';
import { formatEntry, formatValue, pythonFloat } from './python-format';
import { compareNum } from './exact';
import { renderTable } from './table';
import type { DiffResult, Direction, Scalar } from './types';

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
      const sign = row.diff === undefined ? NaN : compareNum(row.diff, 0);
      if (direction && sign !== 0 && !Number.isNaN(sign)) {
        const better = direction === 'higher' ? sign > 0 : sign < 0;
        change += ` ${better ? BETTER : WORSE}`;
      }
      rows.push([
        cellText(path),
        cellText(row.key),
        cellText(formatEntry(row.old, options.precision)),
        cellText(formatEntry(row.new, options.precision)),
        change,
      ]);
    }
  }
  // DVC (ui.table) prints nothing for an empty plain table; Markdown keeps the header rows.
  if (rows.length === 0 && !options.markdown) return '';
  let keep = headers.map((_, i) => i);
  if (options.noPath) keep = keep.filter((i) => i !== 0);
  if (options.kind === 'params') keep = keep.filter((i) => i !== 4);
  return renderTable(
    keep.map((i) => headers[i]!),
    rows.map((r) => keep.map((i) => r[i]!)),
    options.markdown,
  );
}

/**
 * A key, path or text value as a table cell: one line, no control characters (a newline would
 * end the row; \r and ESC would rewrite a terminal or forge a CI log's markers), shown as
 * escapes. DVC prints them raw; only hostile names differ.
 */
function cellText(text: string): string {
  return terminalSafe(text).replace(/\n/g, '\\n');
}

/**
 * DVC's --json, byte for byte as DVC writes it when piped: Python's json.dumps of
 * {path: {key: {old, new, diff}}} (", " and ": " separators, floats in Python's repr so `1.0`
 * stays `1.0`, NaN and Infinity as Python writes them); `diff` only when both sides are numbers.
 */
export function dvcJson(result: DiffResult): string {
  const files: string[] = [];
  for (const [path, rows] of result) {
    const entries = rows.map((row) => {
      const fields = [
        `"old": ${jsonValue(row.old?.value, row.old?.float)}`,
        `"new": ${jsonValue(row.new?.value, row.new?.float)}`,
      ];
      if (row.diff !== undefined) fields.push(`"diff": ${jsonValue(row.diff, row.diffFloat)}`);
      return `${pythonJsonString(row.key)}: {${fields.join(', ')}}`;
    });
    files.push(`${pythonJsonString(path)}: {${entries.join(', ')}}`);
  }
  return `{${files.join(', ')}}`;
}

/**
 * A string as Python's json.dumps writes it (ensure_ascii: every character outside printable
 * ASCII as a lowercase \uXXXX escape, DEL included), with one addition: the `[` of `##[` is
 * escaped too (`##\u005b`, the same string to any JSON reader), because the Actions runner reads
 * `##[` anywhere in an output line as a workflow command (legacy ActionCommand.TryParse).
 */
export function pythonJsonString(text: string): string {
  return JSON.stringify(text)
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/##\[/g, '##\\u005b');
}

function jsonValue(value: Scalar | undefined, float: boolean | undefined): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return pythonJsonString(value);
  if (typeof value === 'bigint') return String(value);
  if (typeof value !== 'number') return JSON.stringify(value);
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  return float || !Number.isInteger(value) ? pythonFloat(value) : String(value);
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
  return terminalSafe(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
