import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * The engine is DuckDB (measured against a streaming csv-parse reader: see docs/data-validate.md
 * and scripts/bench/data-validate.mjs). It is loaded only when a data command runs, so the other
 * commands never pay for its 60+ MB native library. Two threads (the runners' core count) and a
 * memory limit with a spill folder keep a file larger than RAM within bounds.
 */
export async function openEngine(): Promise<DuckDBConnection> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const spill = mkdtempSync(join(tmpdir(), 'cml-data-'));
  const instance = await DuckDBInstance.create(':memory:', {
    threads: process.env.CML_DATA_THREADS || '2',
    memory_limit: process.env.CML_DATA_MEMORY || '512MB',
    temp_directory: spill,
    // Insertion order is irrelevant to a profile; dropping it lets aggregates stream.
    preserve_insertion_order: 'false',
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
