import { StepFailure } from '../core/errors';
import { compareNum, isFiniteNum, subtract, type Num } from './exact';
import { formatEntry, formatValue, pythonFloat } from './python-format';
import type { ChangeRule, Rule, ThresholdRule } from './rules';
import type { DiffResult, DiffRow, Direction, MetricEntry } from './types';

/** A violated quality gate: fails the step with the reasons (no stack trace: nothing is broken). */
export class QualityGateFailure extends StepFailure {
  override readonly name = 'QualityGateFailure';
}

/** The step's failure message: the first few violations in full, then how many more. */
export function gateFailureMessage(failed: GateResult[], shown = 5): string {
  const listed = failed.slice(0, shown).map((r) => `${r.rule.text} (${r.detail})`);
  if (failed.length > shown) listed.push(`and ${failed.length - shown} more`);
  return `${failed.length} quality gate${failed.length > 1 ? 's' : ''} failed: ${listed.join('; ')}`;
}

export interface GateResult {
  rule: Rule;
  passed: boolean;
  /** What was found: the value, the change, or why the rule could not be checked. */
  detail: string;
  /** The file and line of the metric the result is about, for annotations. */
  path?: string;
  line?: number;
}

export interface GateReport {
  results: GateResult[];
  passed: boolean;
}

/** A metric key pattern: exact, or with `*` matching any text. */
function matcher(pattern: string): (key: string) => boolean {
  if (!pattern.includes('*')) return (key) => key === pattern;
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return (key) => re.test(key);
}

function matches(rule: Rule, result: DiffResult): { path: string; row: DiffRow }[] {
  const keyMatches = matcher(rule.metric);
  const out: { path: string; row: DiffRow }[] = [];
  for (const [path, rows] of result) {
    if (rule.file !== undefined && path !== rule.file.replace(/^\.\//, '')) continue;
    for (const row of rows) if (keyMatches(row.key)) out.push({ path, row });
  }
  return out;
}

/**
 * Checks every rule against the full comparison (unchanged metrics included). A rule whose
 * metric exists nowhere fails: a typo must not pass a gate silently. Change rules pass for a
 * metric the base does not have (nothing to compare with).
 */
export function evaluateGates(
  rules: Rule[],
  result: DiffResult,
  labels: { old: string; new: string },
  unreadable: ReadonlyMap<string, { old?: string; new?: string }> = new Map(),
): GateReport {
  const results: GateResult[] = [];
  for (const rule of rules) {
    if (rule.kind === 'direction') continue;
    // A file that could not be read on a side the rule needs: the rule cannot be checked.
    const blocked = [...unreadable].filter(
      ([path, sides]) =>
        (rule.file === undefined || path === rule.file.replace(/^\.\//, '')) &&
        (sides.new !== undefined || (rule.kind === 'change' && sides.old !== undefined)),
    );
    if (blocked.length > 0) {
      for (const [path, sides] of blocked) {
        const side = sides.new !== undefined ? labels.new : labels.old;
        results.push({
          rule,
          passed: false,
          path,
          detail: `${path} could not be read at ${side}, so the rule cannot be checked: ${sides.new ?? sides.old}`,
        });
      }
      continue;
    }
    const found = matches(rule, result);
    if (found.length === 0) {
      results.push({
        rule,
        passed: false,
        detail: `no metric '${rule.metric}'${rule.file ? ` in ${rule.file}` : ''} at ${labels.new} or ${labels.old}`,
      });
      continue;
    }
    for (const { path, row } of found) {
      const place = { path, line: row.new?.line ?? row.old?.line };
      const check =
        rule.kind === 'threshold' ? threshold(rule, row, labels) : change(rule, row, labels);
      results.push({ rule, ...check, ...place, detail: `${path}: ${check.detail}` });
    }
  }
  return { results, passed: results.every((r) => r.passed) };
}

function threshold(
  rule: ThresholdRule,
  row: DiffRow,
  labels: { new: string },
): { passed: boolean; detail: string } {
  const value = numberOf(row.new);
  if (value === undefined) {
    return {
      passed: false,
      detail: row.new
        ? `${row.key} = ${formatEntry(row.new)} is not a number`
        : `${row.key} is missing at ${labels.new}`,
    };
  }
  if (!isFiniteNum(value)) return notFinite(row, 'new', labels.new);
  const ok = compare(value, rule.op, rule.value);
  const shown = formatEntry(row.new);
  return {
    passed: ok,
    detail: ok
      ? `${row.key} = ${shown}`
      : `${row.key} = ${shown}, but the rule requires ${rule.op} ${rule.value}`,
  };
}

function change(
  rule: ChangeRule,
  row: DiffRow,
  labels: { old: string; new: string },
): { passed: boolean; detail: string } {
  const before = numberOf(row.old);
  const after = numberOf(row.new);
  if (after === undefined) {
    return {
      passed: false,
      detail: row.new
        ? `${row.key} = ${formatEntry(row.new)} is not a number`
        : `${row.key} is missing at ${labels.new}`,
    };
  }
  // inf − inf is NaN and every comparison with NaN is false, so a movement to or from a
  // non-finite value could pass any tolerance: such a value fails every rule it is in.
  if (!isFiniteNum(after)) return notFinite(row, 'new', labels.new);
  if (before === undefined) {
    return {
      passed: true,
      detail: `${row.key} is new (no number at ${labels.old} to compare with)`,
    };
  }
  if (!isFiniteNum(before)) return notFinite(row, 'old', labels.old);
  // Integers move exactly (2^53 + 1 → 2^53 + 2 is a rise of 1, not of 0); floats as doubles.
  const floats = row.old?.float === true || row.new?.float === true;
  const movement =
    rule.forbid === 'drop' ? subtract(before, after, floats) : subtract(after, before, floats);
  const base = Number(before);
  const allowed = rule.percent ? (Math.abs(base) * rule.tolerance) / 100 : rule.tolerance;
  // Rounding noise in a float subtraction must not fail a gate that allows "no change".
  const epsilon =
    typeof movement === 'bigint' || (Number.isInteger(movement) && !floats)
      ? 0
      : 1e-12 * Math.max(1, Math.abs(base), Math.abs(Number(after)));
  const passed =
    epsilon === 0 ? compareNum(movement, allowed) <= 0 : Number(movement) <= allowed + epsilon;
  const verb = rule.forbid === 'drop' ? 'dropped' : 'rose';
  const transition = `${formatEntry(row.old)} → ${formatEntry(row.new)}`;
  if (compareNum(movement, 0) <= 0 || Number(movement) <= epsilon) {
    return { passed, detail: `${row.key}: ${transition}` };
  }
  const relative =
    base !== 0
      ? ` (${pythonFloat(Math.round((Number(movement) / Math.abs(base)) * 1e4) / 100)} %)`
      : '';
  const tolerated = rule.tolerance
    ? `at most ${formatValue(rule.tolerance, false, undefined)}${rule.percent ? ' %' : ''}`
    : 'none';
  return {
    passed,
    detail: passed
      ? `${row.key} ${verb} by ${shownMovement(movement, floats)}${relative}: ${transition}`
      : `${row.key} ${verb} by ${shownMovement(movement, floats)}${relative}: ${transition}; the rule allows ${tolerated}`,
  };
}

function notFinite(
  row: DiffRow,
  side: 'old' | 'new',
  label: string,
): { passed: false; detail: string } {
  const transition =
    row.old && row.new ? ` (${formatEntry(row.old)} → ${formatEntry(row.new)})` : '';
  return {
    passed: false,
    detail: `${row.key} is ${formatEntry(row[side])} at ${label}${transition}, not a finite number: no rule can pass on it`,
  };
}

/** A movement as the messages show it: between integers an int, else a float rounded to 5 places. */
function shownMovement(movement: Num, floats: boolean): string {
  return typeof movement === 'bigint' || (!floats && Number.isInteger(movement))
    ? String(movement)
    : formatValue(movement, true, 5);
}

function numberOf(entry: MetricEntry | undefined): Num | undefined {
  const value = entry?.value;
  return typeof value === 'number' || typeof value === 'bigint' ? value : undefined;
}

function compare(a: Num, op: ThresholdRule['op'], b: Num): boolean {
  const order = compareNum(a, b);
  switch (op) {
    case '>=':
      return order >= 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    case '<':
      return order < 0;
    case '==':
      return order === 0;
    case '!=':
      return order !== 0;
  }
}

/**
 * Which way is better for a metric, from the rules: declared directly, or implied (a minimum or
 * "may not drop" means higher is better; a maximum or "may not rise" means lower is better).
 * Declared directions win over implied ones.
 */
export function directionsFrom(
  rules: Rule[],
): (path: string, key: string) => Direction | undefined {
  const declared = rules.filter((r) => r.kind === 'direction');
  const implied = rules.filter((r) => r.kind !== 'direction');
  const ordered = [...declared, ...implied].map((rule) => ({
    rule,
    test: matcher(rule.metric),
    direction: directionOf(rule),
  }));
  return (path, key) => {
    for (const { rule, test, direction } of ordered) {
      if (direction && test(key) && (rule.file === undefined || rule.file === path))
        return direction;
    }
    return undefined;
  };
}

function directionOf(rule: Rule): Direction | undefined {
  switch (rule.kind) {
    case 'direction':
      return rule.direction;
    case 'change':
      return rule.forbid === 'drop' ? 'higher' : 'lower';
    case 'threshold':
      if (rule.op === '>=' || rule.op === '>') return 'higher';
      if (rule.op === '<=' || rule.op === '<') return 'lower';
      return undefined;
  }
}
