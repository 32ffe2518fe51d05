import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { ConfigurationError } from '../core/errors';
import { checkDepth, PLOT_LIMITS } from './limits';

export type Row = Record<string, unknown>;

/** Data file formats plots are made from, by extension (DVC's set). */
export const DATA_EXTENSIONS = ['.csv', '.tsv', '.json', '.yaml', '.yml'];

export function isDataFile(path: string): boolean {
  return DATA_EXTENSIONS.includes(extname(path).toLowerCase());
}

/**
 * Parses a data file into rows. CSV/TSV need a header line; numbers become numbers. JSON/YAML
 * may hold a list of objects, or an object whose first list of objects is the data (as DVC and
 * dvclive write them, e.g. {"train": [{"step": 0, "loss": 1.2}, ...]}).
 */
export function parseDataFile(text: string, name: string): Row[] {
  const rows = parseRows(text, name);
  if (rows.length > PLOT_LIMITS.maxRows) throw tooManyRowsIn(name);
  return rows;
}

function parseRows(text: string, name: string): Row[] {
  const ext = extname(name).toLowerCase();
  if (Buffer.byteLength(text) > PLOT_LIMITS.maxDataBytes) throw tooLarge(name);
  if (ext === '.csv' || ext === '.tsv') {
    try {
      return parseCsv(text, {
        to: PLOT_LIMITS.maxRows + 1,
        columns: true,
        delimiter: ext === '.tsv' ? '\t' : ',',
        skip_empty_lines: true,
        trim: true,
        cast: (value) => (value !== '' && Number.isFinite(Number(value)) ? Number(value) : value),
      }) as Row[];
    } catch (error) {
      throw new ConfigurationError(
        `${name}: cannot parse ${ext.slice(1).toUpperCase()}: ${(error as Error).message}`,
      );
    }
  }
  let parsed: unknown;
  try {
    // maxAliasCount: a YAML alias bomb expands to gigabytes; plot data needs no aliases.
    parsed = ext === '.json' ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigurationError(
      `${name}: cannot parse ${ext === '.json' ? 'JSON' : 'YAML'}: ${(error as Error).message}`,
    );
  }
  checkDepth(parsed, name);
  const rows = findRows(parsed);
  if (!rows) {
    throw new ConfigurationError(
      `${name}: expected a list of records (e.g. [{"step": 0, "loss": 1.2}]) or an object holding one`,
    );
  }
  return rows;
}

function findRows(value: unknown): Row[] | undefined {
  if (Array.isArray(value)) {
    return value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))
      ? (value as Row[])
      : undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) {
      const rows = findRows(v);
      if (rows) return rows;
    }
  }
  return undefined;
}

/** Every field any row has, in first-seen order. */
export function fieldsOf(rows: Row[]): string[] {
  const fields = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) fields.add(k);
  return [...fields];
}

/** Refuses a data file over the byte budget before it is read. */
export function checkFileSize(path: string, name: string): void {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return; // the reader reports a missing file in its own words
  }
  if (size > PLOT_LIMITS.maxDataBytes) throw tooLarge(name, size);
}

function tooLarge(name: string, size?: number): ConfigurationError {
  const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  return new ConfigurationError(
    `${name}: ${size === undefined ? 'larger than' : `${mb(size)}, over`} the ${mb(PLOT_LIMITS.maxDataBytes)} budget for one data file`,
  );
}

function tooManyRowsIn(name: string): ConfigurationError {
  return new ConfigurationError(
    `${name}: more than ${PLOT_LIMITS.maxRows.toLocaleString('en-US')} rows, the budget for one data file`,
  );
}
