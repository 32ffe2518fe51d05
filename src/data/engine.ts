import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { DuckDBConnection } from '@duckdb/node-api';
import { ConfigurationError } from '../core/errors';

/**
 * The engine is DuckDB (measured against a streaming csv-parse reader: see docs/data-validate.md
 * and scripts/bench/data-validate.mjs). It is loaded only when a data command runs, so the other
 * commands never pay for its 60+ MB native library. Two threads (the runners' core count) and a
 * memory limit with a spill folder keep a file larger than RAM within bounds.
 */
export async function openEngine(): Promise<DuckDBConnection> {
  const { DuckDBInstance } = await loadDuckDb();
  const spill = mkdtempSync(join(tmpdir(), 'cml-data-'));
  const instance = await DuckDBInstance.create(':memory:', {
    threads: process.env.CML_DATA_THREADS || '2',
    memory_limit: process.env.CML_DATA_MEMORY || '512MB',
    temp_directory: spill,
    // Insertion order is irrelevant to a profile; dropping it lets aggregates stream.
    preserve_insertion_order: 'false',
    // Dataset paths can come from a pull request (dvc.yaml): an `https://` or `s3://` one must
    // not make DuckDB download and load httpfs and reach the network. Local files only.
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  return instance.connect();
}

/** A SQL string literal. */
export function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A SQL identifier. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

type DuckDbModule = typeof import('@duckdb/node-api');

/**
 * DuckDB ships in dist/node_modules for linux-x64 only (its library is 70 MB a platform); on
 * other platforms a copy installed in the workspace (`npm install @duckdb/node-api`) is used.
 */
async function loadDuckDb(): Promise<DuckDbModule> {
  try {
    return await import('@duckdb/node-api');
  } catch (bundled) {
    try {
      return createRequire(join(process.cwd(), 'package.json'))('@duckdb/node-api') as DuckDbModule;
    } catch {
      throw new ConfigurationError(
        `data-validate's engine (DuckDB) is not bundled for ${process.platform}-${process.arch} (${(bundled as Error).message.split('\n')[0]}); install it in the workspace first: npm install --no-save @duckdb/node-api@1.5.6-r.1`,
      );
    }
  }
}
