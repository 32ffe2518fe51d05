import { existsSync, statSync } from 'node:fs';
import { ConfigurationError } from '../../core/errors';
import { formatOf } from '../source';
import { Declined, readSmallTable, type SmallTable } from './read-table';

/**
 * Files up to this size (bytes on disk, and after gunzip) are profiled in plain JavaScript
 * instead of DuckDB. Measured with `cml data validate` of 20-column CSV files, both engines
 * forced (scripts/bench/data-validate.mjs, docs/data-validate.md): DuckDB costs about 0.7 s of CPU
 * whatever the size (mostly loading its native library), the JS path about 0.1 s per 1,000 rows
 * over its 0.3 s start; they cross near 5,000 rows, 500 KB. Past that DuckDB is cheaper.
 */
export const SMALL_FILE_BYTES = 512 * 1024;
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
 * a file is read once per process (while unchanged).
 */
export function smallTable(path: string, dataset: string): SmallTable | undefined {
  const choice = engineChoice();
  if (choice === 'duckdb') return undefined;
  // Keyed by the file's identity too: a file rewritten in the same process is read afresh.
  const stat = existsSync(path) ? statSync(path) : undefined;
  const key = `${path}\0${dataset}\0${stat?.size}\0${stat?.mtimeMs}`;
  const cached = tables.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const result = read(path, dataset, choice);
  if (result instanceof Declined) {
    if (choice === 'js')
      throw new ConfigurationError(
        `${dataset}: the JavaScript engine (--engine js, CML_DATA_ENGINE=js) cannot profile this file (${result.reason}); use --engine auto to let DuckDB read it`,
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
