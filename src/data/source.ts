import { existsSync, statSync } from 'node:fs';
import { ConfigurationError } from '../core/errors';
import { literal } from './engine';

export type DataFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet';

export const FORMATS_TEXT =
  'CSV (.csv), TSV (.tsv), JSON Lines (.jsonl, .ndjson) or Parquet (.parquet), optionally gzipped (.gz)';

/** The format a file name declares (after removing .gz), or undefined. */
export function formatOf(path: string): DataFormat | undefined {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.tsv') || name.endsWith('.tab')) return 'tsv';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (name.endsWith('.parquet') || name.endsWith('.pq')) return 'parquet';
  return undefined;
}

export function isDataFile(path: string): boolean {
  return formatOf(path) !== undefined;
}

/**
 * The DuckDB table expression that reads one file. CSV/TSV/JSONL skip malformed rows and
 * record them (store_rejects) so they are counted and reported with line numbers, never fatal.
 * `display` is the name the user knows the file by (the temp copy of a base has another path).
 */
export function readExpression(path: string, display: string): string {
  const format = formatOf(display) ?? formatOf(path);
  if (!format) {
    throw new ConfigurationError(`${display}: unknown data format; expected ${FORMATS_TEXT}`, {
      file: display,
    });
  }
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new ConfigurationError(`${display}: no such file`, { file: display });
  }
  const p = literal(path);
  switch (format) {
    case 'csv':
      return `read_csv(${p}, header=true, store_rejects=true, sample_size=20480)`;
    case 'tsv':
      return `read_csv(${p}, header=true, delim='\t', store_rejects=true, sample_size=20480)`;
    case 'jsonl':
      return `read_json(${p}, format='newline_delimited', ignore_errors=true)`;
    case 'parquet':
      return `read_parquet(${p})`;
  }
}
