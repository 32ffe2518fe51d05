import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../core/errors';

/**
 * DuckDB's native binding for a platform dist/node_modules does not carry. Only linux-x64 is
 * vendored: libduckdb.so is 63–70 MB a platform (21.7 MB gzipped for linux-arm64), which every
 * download of the actions would pay for; linux-arm64 is fetched from the npm registry the first
 * time data-validate runs there, at the version and integrity package-lock.json records (a test
 * checks they agree), verified before it is unpacked and cached for the next runs.
 */
export interface RemoteBinding {
  name: string;
  version: string;
  /** Subresource-integrity string of the package tarball (package-lock.json's `integrity`). */
  integrity: string;
}

export const REMOTE_BINDINGS: Record<string, RemoteBinding> = {
  'linux-arm64': {
    name: '@duckdb/node-bindings-linux-arm64',
    version: '1.5.6-r.1',
    integrity:
      'sha512-3jnUaDil1BrF/6vAZwVaInJ1xoBaWGHB4PDiUnzJWKCo8a8TLx9j7/gPyPl/UGRBftrYIuTihRZSfF4mWMgtWA==',
  },
};

/** The files of the binding package that are loaded (duckdb.node finds libduckdb.so by $ORIGIN). */
const FILES = ['duckdb.node', 'libduckdb.so'];

export interface FetchOptions {
  /** npm registry base URL (CML_NPM_REGISTRY, else npm_config_registry, else npmjs.org). */
  registry?: string;
  /** Cache folder (CML_DUCKDB_CACHE, else the runner's tool cache, else ~/.cache/cml). */
  cacheRoot?: string;
}

export function registryUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (
    env.CML_NPM_REGISTRY ||
    env.npm_config_registry ||
    env.NPM_CONFIG_REGISTRY ||
    'https://registry.npmjs.org'
  ).replace(/\/+$/, '');
}

export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CML_DUCKDB_CACHE) return env.CML_DUCKDB_CACHE;
  if (env.RUNNER_TOOL_CACHE) return join(env.RUNNER_TOOL_CACHE, 'cml-duckdb');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'cml', 'duckdb');
}

/** The npm registry's tarball address for a package version (`dist.tarball` in its metadata). */
export function tarballUrl(registry: string, binding: RemoteBinding): string {
  const base = binding.name.split('/').pop() as string;
  return `${registry}/${binding.name}/-/${base}-${binding.version}.tgz`;
}

/**
 * The folder holding the binding's duckdb.node and libduckdb.so: the cached copy, or one fetched
 * now. The tarball is checked against `integrity` before anything is unpacked, and the folder
 * appears in the cache in one rename, so a copy there is always a complete, verified one.
 */
export async function ensureBinding(
  binding: RemoteBinding,
  options: FetchOptions = {},
): Promise<string> {
  // Loaded here, not at the top: node:crypto takes ~15 ms to load, and only arm64 runs get here,
  // while every data command's cold start imports this module.
  const { createHash } = await import('node:crypto');
  const registry = (options.registry ?? registryUrl()).replace(/\/+$/, '');
  const root = options.cacheRoot ?? cacheRoot();
  const key = createHash('sha256').update(binding.integrity).digest('hex').slice(0, 16);
  const dir = join(root, `${binding.name.replace('/', '+')}@${binding.version}-${key}`);
  const complete = () => FILES.every((f) => existsSync(join(dir, f)));
  if (complete()) return dir;

  const url = tarballUrl(registry, binding);
  const what = `data-validate's engine (DuckDB) for ${process.platform}-${process.arch}`;
  const remedy = `allow access to it, set CML_NPM_REGISTRY to a registry mirror, or install the engine in the workspace: npm install --no-save @duckdb/node-api@${binding.version}`;
  let tarball: Buffer;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(300_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    tarball = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
    throw new ConfigurationError(
      `${what} is downloaded on first use from ${url} (${binding.name}@${binding.version}, about 22 MB), and that failed: ${cause}; ${remedy}`,
    );
  }
  const [algorithm, expected] = binding.integrity.split(/-(.*)/s) as [string, string];
  const actual = createHash(algorithm).update(tarball).digest('base64');
  if (actual !== expected) {
    throw new ConfigurationError(
      `${what}: ${url} does not match the integrity package-lock.json records for ${binding.name}@${binding.version} (expected ${binding.integrity}, got ${algorithm}-${actual}); nothing was unpacked. Check the registry (CML_NPM_REGISTRY) or ${remedy.replace(/^allow access to it, set CML_NPM_REGISTRY to a registry mirror, or /, '')}`,
    );
  }
  mkdirSync(root, { recursive: true });
  const staging = mkdtempSync(join(root, '.fetch-'));
  try {
    writeFileSync(join(staging, 'package.tgz'), tarball);
    // System tar, as the vendoring script uses: runners have it, and no extra library ships.
    execFileSync('tar', ['-xzf', 'package.tgz', ...FILES.map((f) => `package/${f}`)], {
      cwd: staging,
      stdio: 'pipe',
    });
    try {
      renameSync(join(staging, 'package'), dir);
    } catch (error) {
      // Another job on this runner finished the same fetch first: its copy is as good.
      if (!complete()) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return dir;
}
