// DuckDB's linux-arm64 binding is fetched from the npm registry on first use (engine-binding.ts).
// The registry is a loopback emulator (support/npm-registry.ts) serving the tarball at the address
// the npm registry gives in a version's `dist.tarball` (registry API, package metadata:
// `{registry}/{name}/-/{unscoped-name}-{version}.tgz`), with `dist.integrity` the sha512 that
// package-lock.json records.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/core/errors';
import {
  ensureBinding,
  REMOTE_BINDINGS,
  tarballUrl,
  type RemoteBinding,
} from '../src/data/engine-binding';
import { startNpmRegistry } from './support/npm-registry';

const root = join(__dirname, '..');
const dirs: string[] = [];
const temp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The integrity the registry publishes for the version it serves. */
async function published(url: string, name: string): Promise<string> {
  const meta = (await (await fetch(`${url}/${name}`)).json()) as {
    versions: Record<string, { dist: { integrity: string } }>;
  };
  return Object.values(meta.versions)[0]!.dist.integrity;
}

describe('DuckDB binding fetched on first use', () => {
  it('pins the version and integrity package-lock.json records', () => {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version: string; integrity: string }>;
    };
    const bindings = lock.packages['node_modules/@duckdb/node-bindings']!;
    expect(Object.keys(REMOTE_BINDINGS)).toEqual(['linux-arm64']);
    for (const remote of Object.values(REMOTE_BINDINGS)) {
      const entry = lock.packages[`node_modules/${remote.name}`]!;
      expect(remote).toEqual({
        name: remote.name,
        version: entry.version,
        integrity: entry.integrity,
      });
      expect(remote.version).toBe(bindings.version);
    }
  });

  it('downloads, verifies and caches the binding; the next run uses the cache', async () => {
    const name = '@duckdb/node-bindings-linux-arm64';
    const registry = await startNpmRegistry({
      name,
      version: '1.5.6-r.1',
      files: { 'duckdb.node': 'binding', 'libduckdb.so': 'library', 'README.md': 'not kept' },
    });
    try {
      const binding: RemoteBinding = {
        name,
        version: '1.5.6-r.1',
        integrity: await published(registry.url, name),
      };
      registry.requests.length = 0;
      const cache = temp('cml-duckdb-cache-');
      const dir = await ensureBinding(binding, { registry: registry.url, cacheRoot: cache });
      expect(readFileSync(join(dir, 'duckdb.node'), 'utf8')).toBe('binding');
      expect(readFileSync(join(dir, 'libduckdb.so'), 'utf8')).toBe('library');
      expect(existsSync(join(dir, 'README.md'))).toBe(false);
      expect(registry.requests).toEqual([`/${name}/-/node-bindings-linux-arm64-1.5.6-r.1.tgz`]);
      expect(tarballUrl(registry.url, binding)).toBe(`${registry.url}${registry.requests[0]}`);
      // Nothing but the binding's folder is left in the cache (no staging folders).
      expect(readdirSync(cache)).toEqual([dir.split('/').pop()]);
      await expect(
        ensureBinding(binding, { registry: registry.url, cacheRoot: cache }),
      ).resolves.toBe(dir);
      expect(registry.requests).toHaveLength(1);
    } finally {
      await registry.close();
    }
  });

  it('refuses a tarball that does not match the integrity, and caches nothing', async () => {
    const name = '@duckdb/node-bindings-linux-arm64';
    const registry = await startNpmRegistry({
      name,
      version: '1.5.6-r.1',
      files: { 'duckdb.node': 'tampered', 'libduckdb.so': 'library' },
    });
    try {
      const cache = temp('cml-duckdb-cache-');
      const attempt = ensureBinding(REMOTE_BINDINGS['linux-arm64']!, {
        registry: registry.url,
        cacheRoot: cache,
      });
      await expect(attempt).rejects.toBeInstanceOf(ConfigurationError);
      await expect(attempt).rejects.toThrow(
        /does not match the integrity package-lock\.json records for @duckdb\/node-bindings-linux-arm64@1\.5\.6-r\.1 \(expected sha512-3jnU.*, got sha512-.*\); nothing was unpacked/,
      );
      expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
    } finally {
      await registry.close();
    }
  });

  it('offline: one clear error naming the address and what to do', async () => {
    const registry = await startNpmRegistry({ name: 'x', version: '1.0.0', files: {} });
    const url = registry.url;
    await registry.close(); // nothing listens there any more: connection refused
    const attempt = ensureBinding(REMOTE_BINDINGS['linux-arm64']!, {
      registry: url,
      cacheRoot: temp('cml-duckdb-cache-'),
    });
    await expect(attempt).rejects.toBeInstanceOf(ConfigurationError);
    await expect(attempt).rejects.toThrow(
      new RegExp(
        `is downloaded on first use from ${url}/@duckdb/node-bindings-linux-arm64/-/node-bindings-linux-arm64-1\\.5\\.6-r\\.1\\.tgz .*and that failed: .*ECONNREFUSED.*set CML_NPM_REGISTRY to a registry mirror, or install the engine in the workspace: npm install --no-save @duckdb/node-api@1\\.5\\.6-r\\.1`,
      ),
    );
  });

  it('loads a fetched binding: @duckdb/node-api installed without its platform package runs SQL', async () => {
    // The real linux-x64 binding plays the fetched one (this machine cannot load arm64 code):
    // served by the emulator, and a node_modules tree holding node-api and node-bindings but no
    // platform package, as dist/node_modules is on linux-arm64.
    const real = join(root, 'node_modules/@duckdb/node-bindings-linux-x64');
    const name = '@duckdb/node-bindings-linux-x64';
    const registry = await startNpmRegistry({
      name,
      version: '1.5.6-r.1',
      files: {
        'duckdb.node': readFileSync(join(real, 'duckdb.node')),
        'libduckdb.so': readFileSync(join(real, 'libduckdb.so')),
      },
    });
    try {
      const tree = temp('cml-duckdb-tree-');
      for (const pkg of ['@duckdb/node-api', '@duckdb/node-bindings', 'detect-libc'])
        cpSync(join(root, 'node_modules', pkg), join(tree, 'node_modules', pkg), {
          recursive: true,
          dereference: true,
        });
      const script = `
        import { REMOTE_BINDINGS } from ${JSON.stringify(join(root, 'src/data/engine-binding.ts'))};
        import { loadDuckDb } from ${JSON.stringify(join(root, 'src/data/engine.ts'))};
        REMOTE_BINDINGS['linux-x64'] = JSON.parse(process.env.SPEC);
        const { DuckDBInstance } = await loadDuckDb('linux-x64', {
          from: ${JSON.stringify(join(tree, 'index.js'))},
          registry: process.env.REGISTRY,
          cacheRoot: process.env.CACHE,
        });
        const conn = await (await DuckDBInstance.create(':memory:')).connect();
        const rows = (await conn.runAndReadAll('SELECT 6 * 7 AS answer')).getRowObjectsJson();
        console.log(JSON.stringify(rows));
      `;
      const tsx = pathToFileURL(createRequire(join(root, 'package.json')).resolve('tsx')).href;
      const spec = { name, version: '1.5.6-r.1', integrity: await published(registry.url, name) };
      registry.requests.length = 0;
      // Asynchronously: the emulator answers from this process's event loop.
      const { stdout: out } = await promisify(execFile)(
        process.execPath,
        ['--import', tsx, '--input-type=module', '-e', script],
        {
          // In the tree, so the fallback to a workspace install finds no binding either.
          cwd: tree,
          encoding: 'utf8',
          env: {
            ...process.env,
            SPEC: JSON.stringify(spec),
            REGISTRY: registry.url,
            CACHE: temp('cml-duckdb-cache-'),
          },
        },
      );
      expect(JSON.parse(out.trim())).toEqual([{ answer: 42 }]);
      expect(registry.requests).toEqual([`/${name}/-/node-bindings-linux-x64-1.5.6-r.1.tgz`]);
    } finally {
      await registry.close();
    }
  }, 120_000);
});
