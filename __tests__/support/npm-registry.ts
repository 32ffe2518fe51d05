// A loopback npm registry serving one package version, for the GitLab jobs' default way of
// getting the CLI (`npm pack @cml-ts/cml@<version>` with NPM_CONFIG_REGISTRY pointing here).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface NpmRegistry {
  url: string;
  /** Paths requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `name@version` whose tarball holds `files` (paths relative to the package root). */
export async function startNpmRegistry(pkg: {
  name: string;
  version: string;
  files: Record<string, string | Buffer>;
}): Promise<NpmRegistry> {
  const work = mkdtempSync(join(tmpdir(), 'cml-npm-'));
  const files = {
    'package.json': JSON.stringify({ name: pkg.name, version: pkg.version }),
    ...pkg.files,
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(work, 'package', path)), { recursive: true });
    writeFileSync(join(work, 'package', path), content);
  }
  execFileSync('tar', ['-czf', 'package.tgz', 'package'], { cwd: work });
  const tarball = readFileSync(join(work, 'package.tgz'));
  rmSync(work, { recursive: true, force: true });
  const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
  const shasum = createHash('sha1').update(tarball).digest('hex');
  const base = pkg.name.split('/').pop()!;
  const requests: string[] = [];
  let url = '';
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(req.url ?? '/');
    requests.push(path);
    if (path === `/${pkg.name}`) {
      const version = {
        name: pkg.name,
        version: pkg.version,
        dist: { tarball: `${url}/${pkg.name}/-/${base}-${pkg.version}.tgz`, integrity, shasum },
      };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          name: pkg.name,
          'dist-tags': { latest: pkg.version },
          versions: { [pkg.version]: version },
        }),
      );
    } else if (path === `/${pkg.name}/-/${base}-${pkg.version}.tgz`) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(tarball);
    } else {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":"not found"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
