import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { ConfigurationError } from '../core/errors';
import { ident, literal } from './engine';
import type { ColumnType, TableProfile } from './profile';
import { readExpression } from './source';
import { smallTable } from './small/choose-engine';
import { smallDisallowed } from './small/table-queries';
import type { DataFailure } from './types';

/**
 * A schema file:
 *
 *   columns:
 *     age: { type: integer, nullable: false, min: 0, max: 120 }
 *     city: { type: string, allowed: [paris, lyon] }
 *   strict: true        # optional: columns not listed are an error
 *
 * Types: integer, number (integer accepted), string, boolean, date, timestamp.
 */
export interface ColumnSpec {
  name: string;
  line?: number;
  type?: ColumnType;
  nullable?: boolean;
  min?: number;
  max?: number;
  allowed?: string[];
  /** The allowed list as numbers when every entry is one: numeric columns compare by value. */
  allowedNumbers?: number[];
}
export interface SchemaSpec {
  file: string;
  columns: ColumnSpec[];
  strict: boolean;
  line?: number;
}

const TYPES = ['integer', 'number', 'string', 'boolean', 'date', 'timestamp'];
const KEYS = ['type', 'nullable', 'min', 'max', 'allowed'];
const TOP_KEYS = ['columns', 'strict'];

/** A schema file, read and checked (the YAML parser loads only for one: runs without need none). */
export async function loadSchema(file: string, abs: string): Promise<SchemaSpec> {
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch {
    throw new ConfigurationError(`${file}: cannot read the schema file`, { file });
  }
  const { LineCounter, isMap, isScalar, parseDocument } = await import('yaml');
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lineOf = (node: { range?: [number, number, number] | null } | null | undefined) =>
    node?.range ? counter.linePos(node.range[0]).line : undefined;
  if (doc.errors.length)
    throw new ConfigurationError(
      `${file}: not valid YAML (${doc.errors[0]?.message.split('\n')[0] ?? ''})`,
      { file },
    );
  if (isMap(doc.contents)) {
    // A misspelt 'strict' would silently leave the schema open: every top-level key is checked.
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!TOP_KEYS.includes(key)) {
        const line = lineOf(pair.key as never) ?? 1;
        throw new ConfigurationError(
          `${file}:${line}: unknown key '${key}' (expected ${TOP_KEYS.join(', ')})`,
          { file, line },
        );
      }
    }
  }
  const columns = doc.get('columns', true);
  if (!isMap(columns))
    throw new ConfigurationError(
      `${file}: expected 'columns:', a map of column name to {type, nullable, min, max, allowed}`,
      { file },
    );
  const specs: ColumnSpec[] = [];
  for (const pair of columns.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineOf(pair.key as never);
    const where = `${file}:${line ?? 1}: column ${name}`;
    const raw = (isMap(pair.value) ? pair.value.toJSON() : pair.value === null ? {} : undefined) as
      Record<string, unknown> | undefined;
    if (!raw)
      throw new ConfigurationError(`${where}: expected a map of ${KEYS.join(', ')}`, {
        file,
        line,
      });
    for (const key of Object.keys(raw))
      if (!KEYS.includes(key))
        throw new ConfigurationError(
          `${where}: unknown key '${key}' (expected ${KEYS.join(', ')})`,
          { file, line },
        );
    if (raw.type !== undefined && !TYPES.includes(String(raw.type)))
      throw new ConfigurationError(
        `${where}: type '${String(raw.type)}' is not one of ${TYPES.join(', ')}`,
        { file, line },
      );
    for (const k of ['min', 'max'] as const)
      if (raw[k] !== undefined && typeof raw[k] !== 'number')
        throw new ConfigurationError(`${where}: ${k} must be a number`, { file, line });
    if (raw.nullable !== undefined && typeof raw.nullable !== 'boolean')
      throw new ConfigurationError(`${where}: nullable must be true or false`, { file, line });
    if (raw.allowed !== undefined && !Array.isArray(raw.allowed))
      throw new ConfigurationError(`${where}: allowed must be a list of values`, { file, line });
    specs.push({
      name,
      line,
      type: raw.type as ColumnType | undefined,
      nullable: raw.nullable as boolean | undefined,
      min: raw.min as number | undefined,
      max: raw.max as number | undefined,
      allowed: (raw.allowed as unknown[] | undefined)?.map(String),
      allowedNumbers: numbersOf(raw.allowed as unknown[] | undefined),
    });
  }
  const strict = doc.get('strict', true);
  if (strict !== undefined && !(isScalar(strict) && typeof strict.value === 'boolean')) {
    const line = lineOf(strict as never) ?? 1;
    throw new ConfigurationError(`${file}:${line}: strict must be true or false`, { file, line });
  }
  return { file, columns: specs, strict: isScalar(strict) && strict.value === true, line: 1 };
}

/**
 * The allowed list as numbers when every entry is a YAML number: `allowed: [1.0, 2.5]` must
 * accept the value 1.0 however the engine spells it (YAML reads 1.0 as the number 1).
 */
function numbersOf(list: unknown[] | undefined): number[] | undefined {
  if (!list?.length || !list.every((v) => typeof v === 'number' && Number.isFinite(v)))
    return undefined;
  return list as number[];
}

/** The schema's violations by one dataset's HEAD profile (allowed values need one query). */
export async function checkSchema(
  conn: DuckDBConnection,
  schema: SchemaSpec,
  profile: TableProfile,
  path: string,
): Promise<DataFailure[]> {
  const failures: DataFailure[] = [];
  const fail = (spec: ColumnSpec | undefined, message: string) =>
    failures.push({
      rule: `schema ${schema.file}`,
      message: `${profile.dataset}: ${message}`,
      file: schema.file,
      line: spec?.line ?? schema.line,
    });
  for (const spec of schema.columns) {
    const col = profile.columns.find((c) => c.name === spec.name);
    if (!col) {
      fail(spec, `column ${spec.name} is missing`);
      continue;
    }
    if (spec.type && spec.type !== col.type && !(spec.type === 'number' && col.type === 'integer'))
      fail(spec, `column ${spec.name} is ${col.type}, expected ${spec.type}`);
    if (spec.nullable === false && col.missing > 0)
      fail(spec, `column ${spec.name} has ${col.missing} missing values, expected none`);
    if (spec.min !== undefined && typeof col.min === 'number' && col.min < spec.min)
      fail(spec, `column ${spec.name} has minimum ${col.min}, below ${spec.min}`);
    if (spec.max !== undefined && typeof col.max === 'number' && col.max > spec.max)
      fail(spec, `column ${spec.name} has maximum ${col.max}, above ${spec.max}`);
    if (
      (spec.min !== undefined || spec.max !== undefined) &&
      col.type !== 'integer' &&
      col.type !== 'number' &&
      spec.type === undefined
    )
      fail(spec, `column ${spec.name} is ${col.type}, a range needs numbers`);
    if (spec.allowed) {
      const numeric = (col.type === 'integer' || col.type === 'number') && spec.allowedNumbers;
      const rows = await disallowedValues(conn, path, profile.dataset, spec.name, {
        text: spec.allowed,
        numbers: numeric ? spec.allowedNumbers : undefined,
      });
      if (rows.length)
        fail(
          spec,
          `column ${spec.name} has values outside the allowed list: ${rows.map((r) => `${String(r.v)} (${String(r.n)})`).join(', ')}`,
        );
    }
  }
  if (schema.strict) {
    for (const col of profile.columns)
      if (!schema.columns.some((s) => s.name === col.name))
        fail(undefined, `column ${col.name} is not in the schema (strict)`);
  }
  return failures;
}

/** The most frequent values of a column outside the allowed list (small files: no DuckDB). */
async function disallowedValues(
  conn: DuckDBConnection,
  path: string,
  dataset: string,
  column: string,
  allowed: { text: string[]; numbers?: number[] },
): Promise<Record<string, unknown>[]> {
  const small = smallTable(path, dataset);
  if (small) return smallDisallowed(small, column, allowed);
  const v = `CAST(${ident(column)} AS VARCHAR)`;
  // Numbers as DOUBLE literals (exponent form, exact), so 1.0 in the file and 1 in the list match.
  const test = allowed.numbers
    ? `${ident(column)} NOT IN (${allowed.numbers.map((n) => `${n.toExponential()}::DOUBLE`).join(', ')})`
    : `${v} NOT IN (${allowed.text.map(literal).join(', ') || 'NULL'})`;
  const source = readExpression(path, dataset).replace('store_rejects=true', 'ignore_errors=true');
  return (
    await conn.runAndReadAll(
      `SELECT ${v} AS v, count(*) AS n FROM ${source} WHERE ${ident(column)} IS NOT NULL AND ${test} GROUP BY 1 ORDER BY n DESC, v LIMIT 5`,
    )
  ).getRowObjectsJson();
}
