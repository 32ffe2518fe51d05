import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { ConfigurationError } from '../core/errors';

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
  const ext = extname(name).toLowerCase();
  if (ext === '.csv' || ext === '.tsv') {
    try {
      return parseCsv(text, {
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
    parsed = ext === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ConfigurationError(
      `${name}: cannot parse ${ext === '.json' ? 'JSON' : 'YAML'}: ${(error as Error).message}`,
    );
  }
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
