import { terminalSafe } from '../core/logger';
import { relative } from 'node:path';
import type { DatasetResult } from './compare';
import { THRESHOLDS } from './drift';
import { pct } from './evaluate';
import type { ColumnProfile, TableProfile } from './profile';
import { profileMoves } from './profile-moves';
import type { DataChart, DataFailure } from './types';

export interface ChangeRow {
  /** 0 rule failed, 1 schema, 2 drift, 3 missing rate, 4 rows, 5 profile, 6 unchanged. */
  severity: number;
  dataset: string;
  column: string;
  change: string;
  base: string;
  head: string;
  drift: string;
}

const BADGE = ['❌ fail', '🟥 schema', '🟧 drift', '🟨 missing', '🟨 rows', '🟦 profile', '·'];
/** The severity of a column that did not change (shown only with `all`). */
export const UNCHANGED = 6;

/** Rows of what changed, most severe first (then dataset, then column). */
export function changeRows(
  results: DatasetResult[],
  failures: DataFailure[],
  all: boolean,
): ChangeRow[] {
  const rows: ChangeRow[] = [];
  for (const r of results) {
    const failed = (column: string) =>
      failures.some(
        (f) =>
          f.message.startsWith(`${r.dataset}:`) &&
          (f.message.includes(` ${column} `) || f.message.includes(`(${column})`)),
      );
    if (!r.base || !r.head) {
      rows.push({
        severity: 1,
        dataset: r.dataset,
        column: '(table)',
        change: r.base ? 'dataset removed' : 'dataset added',
        base: r.base ? `${r.base.rows} rows` : '-',
        head: r.head ? `${r.head.rows} rows` : '-',
        drift: '',
      });
      continue;
    }
    if (r.base.rows !== r.head.rows || all) {
      const d = r.head.rows - r.base.rows;
      rows.push({
        severity: r.base.rows !== r.head.rows ? 4 : UNCHANGED,
        dataset: r.dataset,
        column: '(rows)',
        change: d ? `${d > 0 ? '+' : ''}${d} (${pct(d / (r.base.rows || 1))})` : 'same',
        base: String(r.base.rows),
        head: String(r.head.rows),
        drift: '',
      });
    }
    if (r.base.duplicates !== r.head.duplicates) {
      rows.push({
        severity: 4,
        dataset: r.dataset,
        column: '(duplicates)',
        change: `${r.head.duplicates - r.base.duplicates > 0 ? '+' : ''}${r.head.duplicates - r.base.duplicates}`,
        base: String(r.base.duplicates),
        head: String(r.head.duplicates),
        drift: '',
      });
    }
    for (const s of r.schema) {
      rows.push({
        severity: 1,
        dataset: r.dataset,
        column: s.column,
        change: s.kind,
        base: s.from ?? '-',
        head: s.to ?? '-',
        drift: '',
      });
    }
    for (const h of r.head.columns) {
      const b = r.base.columns.find((c) => c.name === h.name);
      if (!b) continue;
      const d = r.drift.find((x) => x.column === h.name);
      const missingMoved = Math.abs(h.missingRate - b.missingRate) >= 0.001;
      // Values that moved without drifting (a new maximum, a shifted mean): a low-severity
      // "profile" row naming what moved, so the table shows every change `changed` counts.
      const moves = d?.drifted || missingMoved ? [] : profileMoves(b, h);
      let severity = d?.drifted ? 2 : missingMoved ? 3 : moves.length ? 5 : UNCHANGED;
      if (failed(h.name)) severity = 0;
      if (severity === UNCHANGED && !all) continue;
      rows.push({
        severity,
        dataset: r.dataset,
        column: h.name,
        change: missingMoved
          ? `missing ${pct(b.missingRate)} → ${pct(h.missingRate)}`
          : d?.drifted
            ? 'distribution'
            : moves.join(', '),
        base: summary(b),
        head: summary(h),
        drift: d ? driftText(d) : '',
      });
    }
  }
  return rows.sort(
    (a, b) => a.severity - b.severity || byName(a.dataset, b.dataset) || byName(a.column, b.column),
  );
}

function driftText(d: DatasetResult['drift'][number]): string {
  if (d.method === 'skipped') return `not measured: ${d.note}`;
  const parts = [];
  if (d.psi !== undefined) parts.push(`PSI ${d.psi.toFixed(3)}`);
  if (d.ks !== undefined) parts.push(`KS ${d.ks.toFixed(3)}`);
  if (d.js !== undefined) parts.push(`JS ${d.js.toFixed(3)}`);
  return parts.join(', ');
}

export function summary(c: ColumnProfile): string {
  if (typeof c.mean === 'number') return `${c.type}, mean ${fmt(c.mean)} ± ${fmt(c.std ?? 0)}`;
  return `${c.type}, ${c.distinct} distinct${c.top?.length ? `, top ${c.top.slice(0, 2).join(', ')}` : ''}`;
}

function fmt(n: number): string {
  return Math.abs(n) >= 1000 ? n.toFixed(0) : Number(n.toPrecision(4)).toString();
}

/**
 * A table cell or line from the data: `|` escaped, line breaks as spaces, and control characters
 * (ESC, CR) shown as escapes, as metrics tables do, so a dataset's values can neither rewrite a
 * terminal nor forge a CI log's markers.
 */
const esc = (s: string) => terminalSafe(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The report section for `data diff`. */
export function diffMarkdown(
  results: DatasetResult[],
  failures: DataFailure[],
  charts: DataChart[],
  all: boolean,
  cwd: string,
  warnings: string[],
): string {
  const rows = changeRows(results, failures, all);
  const lines = ['## Data', ''];
  lines.push(
    verdict(
      failures,
      rows.some((r) => r.severity < UNCHANGED),
    ),
    '',
  );
  if (rows.length) {
    lines.push(
      '| | Dataset | Column | Change | Base | HEAD | Drift |',
      '|---|---|---|---|---|---|---|',
    );
    for (const r of rows)
      lines.push(
        `| ${BADGE[r.severity]} | ${esc(r.dataset)} | ${esc(r.column)} | ${esc(r.change)} | ${esc(r.base)} | ${esc(r.head)} | ${esc(r.drift)} |`,
      );
    lines.push('');
    lines.push(
      `Drift: numbers by PSI over the base's 10 deciles and Kolmogorov–Smirnov D (at both sides' 1%–99% quantiles; when both sides pass 100,000 rows, each side's shares are read off its quantiles); categories by Jensen–Shannon divergence (log₂) and PSI over values. Drifted when PSI ≥ ${THRESHOLDS.psi}, KS ≥ ${THRESHOLDS.ks} or JS ≥ ${THRESHOLDS.js}. Distinct counts are HyperLogLog estimates.`,
      '',
    );
  }
  lines.push(
    ...failureLines(failures),
    ...chartLines(charts, cwd),
    ...malformedLines(results.map((r) => r.head).filter(Boolean) as TableProfile[]),
    ...warningLines(warnings),
  );
  return lines.join('\n');
}

/** The report section for `data validate`: a profile per dataset. */
export function validateMarkdown(
  profiles: TableProfile[],
  failures: DataFailure[],
  warnings: string[],
): string {
  const lines = ['## Data', '', verdict(failures, false), ''];
  for (const p of profiles) {
    lines.push(
      `**${esc(p.dataset)}**: ${count(p.rows, 'row')}, ${count(p.columns.length, 'column')}, ${count(p.duplicates, 'duplicate row')}`,
      '',
    );
    lines.push(
      '| Column | Type | Missing | Distinct | Min | Max | Mean | Std | Median | Top values |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const c of p.columns) {
      const n = (v: unknown) =>
        typeof v === 'number' ? fmt(v) : v === undefined ? '' : esc(String(v));
      lines.push(
        `| ${esc(c.name)} | ${c.type} | ${pct(c.missingRate)} | ~${c.distinct} | ${n(c.min)} | ${n(c.max)} | ${n(c.mean)} | ${n(c.std)} | ${n(c.quantiles?.[49])} | ${esc((c.top ?? []).join(', '))} |`,
      );
    }
    lines.push('');
  }
  lines.push(...failureLines(failures), ...malformedLines(profiles), ...warningLines(warnings));
  return lines.join('\n');
}

function verdict(failures: DataFailure[], changed: boolean): string {
  if (failures.length)
    return `❌ ${failures.length} data rule${failures.length === 1 ? '' : 's'} failed.`;
  return changed ? '✅ Data rules pass; the data changed.' : '✅ Data rules pass.';
}

function failureLines(failures: DataFailure[]): string[] {
  if (!failures.length) return [];
  return [
    '**Failed rules**',
    '',
    ...failures.slice(0, 20).map((f) => `- \`${esc(f.rule)}\`: ${esc(f.message)}`),
    ...(failures.length > 20 ? [`- … and ${failures.length - 20} more`] : []),
    '',
  ];
}

function chartLines(charts: DataChart[], cwd: string): string[] {
  return charts.length
    ? [
        ...charts.map(
          (c) =>
            `![${esc(c.dataset)}: ${esc(c.column)} (base dashed, HEAD solid)](${relative(cwd, c.path).split('\\').join('/')})`,
        ),
        '',
      ]
    : [];
}

function malformedLines(profiles: TableProfile[]): string[] {
  const out: string[] = [];
  for (const p of profiles) {
    if (!p.malformed.count) continue;
    const lines = p.malformed.first
      .slice(0, 5)
      .map((m) => m.line)
      .join(', ');
    out.push(
      `⚠️ ${esc(p.dataset)}: ${p.malformed.count} malformed row${p.malformed.count === 1 ? '' : 's'} skipped (line${p.malformed.first.length === 1 ? '' : 's'} ${lines}${p.malformed.count > 5 ? ', …' : ''})`,
      '',
    );
  }
  return out;
}

function warningLines(warnings: string[]): string[] {
  return warnings.length ? warnings.map((w) => `⚠️ ${esc(w)}`).concat('') : [];
}

/**
 * Names in a stable, case-insensitive order (then by code point, so 'Age' and 'age' keep one
 * order): not localeCompare, whose first call loads ICU's collator, a tenth of a small file's
 * whole run, for an order no reader depends on beyond "alphabetical".
 */
function byName(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `1 column`, `2 columns`. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
