import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import Module, { createRequire } from 'node:module';
import type { DuckDBConnection } from '@duckdb/node-api';
import { ConfigurationError } from '../core/errors';
import { scratchDir } from '../core/scratch-dir';
import { ensureBinding, REMOTE_BINDINGS, type FetchOptions } from './engine-binding';

/**
 * The engine is DuckDB (measured against a streaming csv-parse reader: see docs/data-validate.md
 * and scripts/bench/data-validate.mjs). It is loaded only when a data command runs, so the other
 * commands never pay for its 60+ MB native library. A thread per core (defaultThreads) and a
 * memory limit with a spill folder keep a file larger than RAM within bounds.
 */
export async function openEngine(): Promise<DuckDBConnection> {
  const { DuckDBInstance } = await loadDuckDb();
  // DuckDB's spill files (a file larger than memory): removed when the process exits.
  const spill = scratchDir('cml-data-');
  const instance = await DuckDBInstance.create(':memory:', {
    threads: setting(
      'CML_DATA_THREADS',
      String(defaultThreads(availableParallelism())),
      /^[1-9]\d{0,3}$/,
      'a whole number of threads, 1 or more',
    ),
    memory_limit: setting(
      'CML_DATA_MEMORY',
      '512MB',
      /^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i,
      'a size such as 512MB or 2GB',
    ),
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

/**
 * One thread per core the process may use, at most 8. A fixed 2 (the small runners' count) left
 * half of GitHub's standard 4-core Linux runner idle on a large file; past 8 threads the 512 MB
 * default limit is shared by so many aggregate states that DuckDB spills more than it gains.
 */
export function defaultThreads(cores: number): number {
  return Math.max(1, Math.min(8, Math.floor(cores) || 1));
}

/** An engine setting from the environment, refused in one line naming the variable when malformed. */
function setting(variable: string, fallback: string, valid: RegExp, expected: string): string {
  const value = process.env[variable]?.trim();
  if (!value) return fallback;
  if (!valid.test(value)) {
    throw new ConfigurationError(`${variable}=${value}: expected ${expected}.`);
  }
  return value;
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
 * DuckDB ships in dist/node_modules with its linux-x64 binding; on linux-arm64 the binding is
 * fetched from the npm registry on first use (engine-binding.ts); elsewhere a copy installed in
 * the workspace (`npm install @duckdb/node-api`) is used.
 */
export async function loadDuckDb(
  platform = `${process.platform}-${process.arch}`,
  /** `from`: the file whose node_modules hold @duckdb/node-api (default: this bundle's). */
  options: FetchOptions & { from?: string } = {},
): Promise<DuckDbModule> {
  const here =
    options.from ??
    (typeof __filename === 'string' ? __filename : join(process.cwd(), 'package.json'));
  const remote = REMOTE_BINDINGS[platform];
  if (remote && !isMusl()) {
    const bindings = resolveFrom(here, '@duckdb/node-api', '@duckdb/node-bindings');
    if (bindings && !resolveFrom(bindings, `${remote.name}/duckdb.node`)) {
      preloadBinding(bindings, await ensureBinding(remote, options));
    }
  }
  try {
    return options.from
      ? (createRequire(options.from)('@duckdb/node-api') as DuckDbModule)
      : await import('@duckdb/node-api');
  } catch (bundled) {
    try {
      return createRequire(join(process.cwd(), 'package.json'))('@duckdb/node-api') as DuckDbModule;
    } catch {
      throw new ConfigurationError(
        `data-validate's engine (DuckDB) is not bundled for ${platform} (${(bundled as Error).message.split('\n')[0]}); install it in the workspace first: npm install --no-save @duckdb/node-api@1.5.6-r.1`,
      );
    }
  }
}

/** Resolves `first` from `base`, then each next one from the file before it; undefined if any fails. */
function resolveFrom(base: string, ...chain: string[]): string | undefined {
  let at = base;
  try {
    for (const request of chain) at = createRequire(at).resolve(request);
    return at;
  } catch {
    return undefined;
  }
}

/**
 * Makes `require('@duckdb/node-bindings')` (what @duckdb/node-api loads) return the binding at
 * `dir`: its duckdb.js would only look for the platform package beside it, and the fetched copy
 * lives in a cache. Node documents adding entries to require.cache; the entry is what duckdb.js
 * itself exports, the loaded duckdb.node.
 */
function preloadBinding(bindingsJs: string, dir: string): void {
  const load = createRequire(bindingsJs);
  const entry = new Module(bindingsJs);
  entry.filename = bindingsJs;
  entry.exports = load(join(dir, 'duckdb.node'));
  entry.loaded = true;
  load.cache[bindingsJs] = entry;
}

/** musl (Alpine) builds are not fetched: the workspace fallback names what to install. */
function isMusl(): boolean {
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } };
  return process.platform === 'linux' && !report?.header?.glibcVersionRuntime;
}
