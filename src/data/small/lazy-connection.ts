import type { DuckDBConnection } from '@duckdb/node-api';
import { openEngine } from '../engine';

/**
 * A connection that opens DuckDB on its first query. A run whose files all take the small-file
 * path never asks, so it never loads DuckDB's 60+ MB native library (about 0.5 s of CPU).
 * Profile, drift and schema code use only runAndReadAll and run; the object stands in for the
 * full connection type so those files keep their signatures.
 */
export function lazyConnection(): DuckDBConnection {
  let opened: Promise<DuckDBConnection> | undefined;
  const open = () => (opened ??= openEngine());
  const lazy: Pick<DuckDBConnection, 'runAndReadAll' | 'run'> = {
    runAndReadAll: async (...args: Parameters<DuckDBConnection['runAndReadAll']>) =>
      (await open()).runAndReadAll(...args),
    run: async (...args: Parameters<DuckDBConnection['run']>) => (await open()).run(...args),
  };
  return lazy as DuckDBConnection;
}
