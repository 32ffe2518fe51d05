import { existsSync, statSync } from 'node:fs';
import { ConfigurationError } from '../../core/errors';
import { formatOf } from '../source';
import { Declined, readSmallTable, type SmallTable } from './read-table';

/**
 * Files up to this size (bytes, after gunzip) are profiled in plain JavaScript instead of
 * DuckDB. Measured (scripts/bench/data-validate.mjs, docs/data-validate.md): loading DuckDB costs
 * about 0.5 s of CPU before the first row, and the JS path profiles about 1 MB of 20-column CSV in
 * that time, so the two cross near 2 MB; 1 MB keeps the JS path well on the faster side.
 */
export const SMALL_FILE_BYTES = 1024 * 1024;
/** DuckDB sniffs types on the first 20,480 rows (sample_size); the JS path types every row. */
const MAX_ROWS = 20_000;

export type EngineChoice = 'auto' | 'js' | 'duckdb';

/** CML_DATA_ENGINE: `auto` (default), or `js` / `duckdb` to force one (tests, bench). */
export function engineChoice(env: NodeJS.ProcessEnv = process.env): EngineChoice {
  const v = (env.CML_DATA_ENGINE ?? '').trim().toLowerCase() || 'auto';
  if (v === 'auto' || v === 'js' || v === 'duckdb') return v;
  throw new ConfigurationError(
    `CML_DATA_ENGINE: '${env.CML_DATA_ENGINE}' is not one of auto, js, duckdb`,
  );
}

const tables = new Map<string, SmallTable | null>();

/**
 * The file read as a small table when the JS engine profiles it, else undefined (DuckDB does).
 * Profile, histograms and schema checks of one file ask here, so they always agree on the engine;
 * a file is read once per process.
 */
export function smallTable(path: string, dataset: string): SmallTable | undefined {
  const choice = engineChoice();
  if (choice === 'duckdb') return undefined;
  const key = `${path}\0${dataset}`;
  const cached = tables.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const result = read(path, dataset, choice);
  if (result instanceof Declined) {
    if (choice === 'js')
      throw new ConfigurationError(
        `${dataset}: CML_DATA_ENGINE=js cannot profile this file (${result.reason}); unset it to let DuckDB`,
        { file: dataset },
      );
    tables.set(key, null);
    return undefined;
  }
  tables.set(key, result);
  return result;
}

function read(path: string, dataset: string, choice: EngineChoice): SmallTable | Declined {
  const format = formatOf(dataset) ?? formatOf(path);
  if (format !== 'csv' && format !== 'tsv') return new Declined(`${format ?? 'unknown'} format`);
  if (!existsSync(path) || !statSync(path).isFile()) return new Declined('no such file');
  const gzip = /\.gz$/i.test(dataset) || /\.gz$/i.test(path);
  const size = statSync(path).size;
  if (choice === 'auto' && size > SMALL_FILE_BYTES) return new Declined('large file');
  const table = readSmallTable(path, format, gzip, choice === 'auto' ? SMALL_FILE_BYTES : Infinity);
  if (table instanceof Declined) return table;
  if (table.rows + table.malformed.length > MAX_ROWS)
    return new Declined('more rows than DuckDB samples');
  return table;
}
