import { parse, TomlError } from 'smol-toml';
import { ConfigurationError } from '../core/errors';
import type { FlatMetrics, MetricEntry } from './types';

/**
 * Reads TOML (DVC reads params.toml and TOML metrics) into flattened keys. Integers are parsed
 * as BigInt so `1.0` (a float, printed `1.0` by DVC) stays apart from `1`; lines come from a
 * light scan of table headers and `key =` lines, good enough to point annotations at a key.
 */
export function readTomlMetrics(text: string, file: string): FlatMetrics {
  let data: Record<string, unknown>;
  try {
    data = parse(text, { integersAsBigInt: true }) as Record<string, unknown>;
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
  const out: FlatMetrics = new Map();
  walk(data, '', out, lines);
  return out;
}

function walk(value: unknown, prefix: string, out: FlatMetrics, lines: Map<string, number>) {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(prefix, entry('[]', prefix, lines));
    value.forEach((item, i) =>
      walk(item, prefix === '' ? String(i) : `${prefix}.${i}`, out, lines),
    );
    return;
  }
  if (isTable(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0 && prefix !== '') out.set(prefix, entry('{}', prefix, lines));
    for (const key of keys) walk(value[key], prefix === '' ? key : `${prefix}.${key}`, out, lines);
    return;
  }
  if (typeof value === 'bigint') {
    out.set(prefix, entry(Number(value), prefix, lines));
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
  out.set(prefix, entry(text, prefix, lines));
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
    k
      .split(/\s*\.\s*(?=(?:[^"']|"[^"]*"|'[^']*')*$)/)
      .map((part) => part.replace(/^["']|["']$/g, ''))
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
