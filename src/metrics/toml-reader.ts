import { parse, TomlError } from 'smol-toml';
import { ConfigurationError } from '../core/errors';
import { METRICS_LIMITS, ReadBudget } from './limits';
import { normalizeInt } from './exact';
import type { FlatMetrics, MetricEntry } from './types';

/**
 * Reads TOML (DVC reads params.toml and TOML metrics) into flattened keys. Integers are parsed
 * as BigInt so `1.0` (a float, printed `1.0` by DVC) stays apart from `1`; lines come from a
 * light scan of table headers and `key =` lines, good enough to point annotations at a key.
 */
export function readTomlMetrics(text: string, file: string): FlatMetrics {
  let data: Record<string, unknown>;
  try {
    data = parse(text, { integersAsBigInt: true, maxDepth: METRICS_LIMITS.depth }) as Record<
      string,
      unknown
    >;
  } catch (error) {
    if (error instanceof TomlError) {
      const message = error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
      throw new ConfigurationError(
        `${file}:${error.line}:${error.column}: invalid TOML: ${message}`,
        { file, line: error.line },
      );
    }
    throw error;
  }
  const lines = keyLines(text);
  const budget = new ReadBudget(file);
  const out: FlatMetrics = new Map();
  const set = (key: string, value: MetricEntry) => {
    budget.key(key, value.line);
    out.set(key, value);
  };
  walk(data, '', { set }, lines, budget, 0);
  return out;
}

function walk(
  value: unknown,
  prefix: string,
  out: { set(key: string, entry: MetricEntry): void },
  lines: Map<string, number>,
  budget: ReadBudget,
  depth: number,
) {
  if (Array.isArray(value)) {
    budget.enter(depth + 1);
    if (value.length === 0) out.set(prefix, { ...entry('[]', prefix, lines), shape: 'empty-list' });
    value.forEach((item, i) =>
      walk(item, prefix === '' ? String(i) : `${prefix}.${i}`, out, lines, budget, depth + 1),
    );
    return;
  }
  if (isTable(value)) {
    // Dotted keys and [a.b.c] headers nest without the parser's inline-depth limit.
    if (prefix !== '') budget.enter(depth + 1, lines.get(prefix));
    const keys = Object.keys(value);
    if (keys.length === 0 && prefix !== '') {
      out.set(prefix, { ...entry('{}', prefix, lines), shape: 'empty-map' });
    }
    for (const key of keys) {
      walk(value[key], prefix === '' ? key : `${prefix}.${key}`, out, lines, budget, depth + 1);
    }
    return;
  }
  if (typeof value === 'bigint') {
    out.set(prefix, entry(normalizeInt(value), prefix, lines));
    return;
  }
  if (typeof value === 'number') {
    out.set(prefix, { ...entry(value, prefix, lines), float: true });
    return;
  }
  if (typeof value === 'string' || typeof value === 'boolean') {
    out.set(prefix, entry(value, prefix, lines));
    return;
  }
  // Dates and times compare as their text (TOML's own form: a local date stays 2024-05-01).
  const text =
    value instanceof Date ? value.toISOString() : value === null ? 'None' : String(value);
  // DVC's metrics reader drops dates (not int, float or str); params show them as text.
  const shape = value instanceof Date ? { shape: 'date' as const } : {};
  out.set(prefix, { ...entry(text, prefix, lines), ...shape });
}

function isTable(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function entry(value: MetricEntry['value'], key: string, lines: Map<string, number>): MetricEntry {
  // The key's own line, else the line of the nearest table or key above it (array items).
  for (let k = key; k !== ''; k = k.includes('.') ? k.slice(0, k.lastIndexOf('.')) : '') {
    const line = lines.get(k);
    if (line !== undefined) return { value, line };
  }
  return { value };
}

/** Dotted key → 1-based line, for bare and simply quoted keys. */
function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let table = '';
  const key = String.raw`(?:[A-Za-z0-9_-]+|"[^"\\]*"|'[^']*')`;
  const dotted = new RegExp(String.raw`^\s*(${key}(?:\s*\.\s*${key})*)`);
  const clean = (k: string) =>
    splitDotted(k)
      .map((part) => part.trim().replace(/^["']|["']$/g, ''))
      .join('.');
  text.split(/\r?\n/).forEach((raw, index) => {
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?/.exec(raw);
    if (header) {
      table = clean(header[1]!);
      if (!lines.has(table)) lines.set(table, index + 1);
      return;
    }
    const assignment = dotted.exec(raw);
    if (assignment && raw.slice(assignment[0].length).trimStart().startsWith('=')) {
      const full = table ? `${table}.${clean(assignment[1]!)}` : clean(assignment[1]!);
      if (!lines.has(full)) lines.set(full, index + 1);
    }
  });
  return lines;
}

/**
 * Splits a dotted key at the dots outside quotes, in one pass (a look-ahead regex for "outside
 * quotes" rescans the rest of the line at every dot: quadratic on a long header).
 */
function splitDotted(key: string): string[] {
  const parts: string[] = [];
  let quote = '';
  let start = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '.') {
      parts.push(key.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(key.slice(start));
  return parts;
}
