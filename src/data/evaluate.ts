import { ConfigurationError } from '../core/errors';
import type { DatasetResult } from './compare';
import type { ColumnProfile } from './profile';
import { compare, type DataRule } from './rules';
import type { DataFailure } from './types';

/**
 * Checks every rule against every dataset. A rule naming a column no dataset has fails (a typo
 * must not pass silently); a drift rule in `validate` (no base) is an error of the rule.
 */
export function evaluateRules(
  rules: DataRule[],
  results: DatasetResult[],
  mode: 'diff' | 'validate',
): DataFailure[] {
  const failures: DataFailure[] = [];
  for (const rule of rules) {
    const fail = (dataset: string, message: string) =>
      failures.push({
        rule: rule.text,
        message: `${dataset}: ${message}`,
        file: rule.file ?? dataset,
        line: rule.file ? rule.line : undefined,
      });
    let matched = false;
    for (const r of results) {
      const head = r.head;
      const base = r.base;
      switch (rule.kind) {
        case 'schema':
          if (mode === 'validate') throw ruleNeedsBase(rule);
          matched = true;
          if (r.schema.length)
            fail(r.dataset, `schema changed: ${r.schema.map(schemaChangeText).join(', ')}`);
          else if (!base || !head) fail(r.dataset, base ? 'dataset removed' : 'dataset added');
          break;
        case 'rows-change': {
          if (mode === 'validate') throw ruleNeedsBase(rule);
          matched = true;
          // A side without the dataset has no rows: a removed dataset dropped 100%, an added
          // one rose from 0 (by more than any percentage of nothing).
          const [before, after] = [base?.rows ?? 0, head?.rows ?? 0];
          const delta = rule.forbid === 'drop' ? before - after : after - before;
          const allowed = rule.percent ? (before * rule.tolerance) / 100 : rule.tolerance;
          if (delta > allowed)
            fail(
              r.dataset,
              `${sideMissing(r, mode)}rows ${rule.forbid === 'drop' ? 'dropped' : 'rose'} from ${before} to ${after}${before ? ` (${pct(delta / before)})` : ''}, more than ${rule.tolerance}${rule.percent ? '%' : ''} allowed`,
            );
          break;
        }
        case 'rows': {
          // In a diff, a removed dataset has 0 rows at HEAD.
          matched = true;
          const rows = head?.rows ?? 0;
          if (!compare(rows, rule.op, rule.value))
            fail(
              r.dataset,
              `${sideMissing(r, mode)}${rows} rows, expected ${rule.op} ${rule.value}`,
            );
          break;
        }
        case 'duplicates': {
          // A removed dataset has no rows, so no duplicates.
          matched = true;
          const dups = head?.duplicates ?? 0;
          const rows = head?.rows ?? 0;
          const actual = rule.percent ? (rows ? (100 * dups) / rows : 0) : dups;
          if (!compare(actual, rule.op, rule.value))
            fail(
              r.dataset,
              `${sideMissing(r, mode)}${dups} duplicate rows${rule.percent ? ` (${actual.toFixed(2)}%)` : ''}, expected ${rule.op} ${rule.value}${rule.percent ? '%' : ''}`,
            );
          break;
        }
        case 'stat':
        case 'range': {
          if (!head) {
            // A removed dataset: a column rule on a column it had cannot hold at HEAD; it fails
            // once for the dataset, saying why, rather than passing unchecked.
            if (base && columnsNamed(base.columns, rule.column).length) {
              matched = true;
              fail(
                r.dataset,
                `dataset removed: ${rule.column === '*' ? 'its columns are' : `column ${rule.column} is`} not at HEAD to check`,
              );
            }
            break;
          }
          for (const col of columnsNamed(head.columns, rule.column)) {
            matched = true;
            const message =
              rule.kind === 'range' ? checkRange(rule, col) : checkStat(rule, col, r, mode);
            if (message) fail(r.dataset, message);
          }
          break;
        }
      }
    }
    if (!matched && (rule.kind === 'stat' || rule.kind === 'range'))
      failures.push({
        rule: rule.text,
        message: `no dataset has a column ${rule.column}`,
        file: rule.file,
        line: rule.line,
      });
  }
  return failures;
}

function columnsNamed(columns: ColumnProfile[], name: string): ColumnProfile[] {
  return name === '*' ? columns : columns.filter((c) => c.name === name);
}

function checkRange(
  rule: Extract<DataRule, { kind: 'range' }>,
  col: ColumnProfile,
): string | undefined {
  if (typeof col.min !== 'number' || typeof col.max !== 'number')
    return col.rows - col.missing === 0
      ? undefined
      : `column ${col.name} is ${col.type}, not numbers`;
  if (col.min < rule.low || col.max > rule.high)
    return `${col.name} spans ${col.min}..${col.max}, outside ${rule.low}..${rule.high}`;
  return undefined;
}

function checkStat(
  rule: Extract<DataRule, { kind: 'stat' }>,
  col: ColumnProfile,
  r: DatasetResult,
  mode: 'diff' | 'validate',
): string | undefined {
  let actual: number | undefined;
  let shown: string;
  const expected = rule.percent ? rule.value / 100 : rule.value;
  switch (rule.stat) {
    case 'missing':
      actual = col.missingRate;
      shown = pct(actual);
      break;
    case 'psi':
    case 'ks':
    case 'js': {
      if (mode === 'validate') throw ruleNeedsBase(rule);
      const d = r.drift.find((x) => x.column === col.name);
      if (!r.base || !r.base.columns.some((c) => c.name === col.name)) return undefined; // new column: no drift to measure
      actual = d?.[rule.stat];
      if (actual === undefined)
        return `${rule.stat} is not measured for ${col.name} (${d?.note ?? (d?.method === 'js+psi' ? 'a categorical column: use js() or psi()' : 'numbers: use psi() or ks()')})`;
      shown = actual.toFixed(4);
      break;
    }
    case 'distinct':
      actual = col.distinct;
      shown = String(actual);
      break;
    default: {
      const v = col[rule.stat];
      if (typeof v !== 'number')
        return `${rule.stat}(${col.name}) needs numbers; ${col.name} is ${col.type}`;
      actual = v;
      shown = String(v);
    }
  }
  if (compare(actual, rule.op, expected)) return undefined;
  return `${rule.stat}(${col.name}) is ${shown}, expected ${rule.op} ${rule.value}${rule.percent ? '%' : ''}`;
}

function ruleNeedsBase(rule: DataRule): Error {
  const where = rule.file ? `${rule.file}${rule.line ? `:${rule.line}` : ''}: ` : '';
  return new ConfigurationError(
    `${where}data rule '${rule.text}' compares with a base: use it with cml data diff, not validate`,
    { file: rule.file, line: rule.line },
  );
}

/** `dataset removed: ` / `dataset added: ` before a reason, when one side lacks the dataset. */
function sideMissing(r: DatasetResult, mode: 'diff' | 'validate'): string {
  if (mode === 'validate') return '';
  if (r.base && !r.head) return 'dataset removed: ';
  if (r.head && !r.base) return 'dataset added: ';
  return '';
}

export function pct(x: number): string {
  return `${(100 * x).toFixed(2)}%`;
}

/** `age retyped (integer→string)`, `label removed (was integer)`, `city added (string)`. */
function schemaChangeText(c: { column: string; kind: string; from?: string; to?: string }): string {
  if (c.from && c.to) return `${c.column} ${c.kind} (${c.from}→${c.to})`;
  if (c.from) return `${c.column} ${c.kind} (was ${c.from})`;
  if (c.to) return `${c.column} ${c.kind} (${c.to})`;
  return `${c.column} ${c.kind}`;
}
