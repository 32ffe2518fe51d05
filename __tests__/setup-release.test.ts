// setup with `version` other than the bundled one: the release comes from an npm registry
// (a loopback fake serving metadata and a tarball), is checked against its integrity, kept in
// the tool cache and reused without a second download.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runAction } from './support/dist';

const FAKE_VERSION = '0.9.1';

/** A tarball shaped like an npm pack of this package whose CLI prints a marker. */
function fakeRelease(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'cml-fake-release-'));
  mkdirSync(join(dir, 'package/dist/cml'), { recursive: true });
  writeFileSync(
    join(dir, 'package/package.json'),
    JSON.stringify({ name: '@cml-ts/cml', version: FAKE_VERSION }),
  );
  writeFileSync(
    join(dir, 'package/dist/cml/index.js'),
    `console.log('fake cml ${FAKE_VERSION} ' + JSON.stringify(process.argv.slice(2)) + ' ' + (process.env.CML_INVOKED_AS || '-'));\n`,
  );
  execFileSync('tar', ['czf', join(dir, 'release.tgz'), '-C', dir, 'package']);
  return readFileSync(join(dir, 'release.tgz'));
}

describe('setup: a version other than the bundled one, from the npm registry', () => {
  let server: Server;
  let registry: string;
  const requests: string[] = [];
  let tarball: Buffer;
  let integrity: string;
  const toolCache = mkdtempSync(join(tmpdir(), 'cml-tool-cache-'));

  beforeAll(async () => {
    tarball = fakeRelease();
    integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const url = req.url ?? '';
      if (url === '/@cml-ts%2fcml' || url === '/@cml-ts%2Fcml') {
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            name: '@cml-ts/cml',
            versions: {
              '0.9.0': {
                dist: { tarball: `${registry}/tarballs/bad.tgz`, integrity: 'sha512-AAAA' },
              },
              [FAKE_VERSION]: { dist: { tarball: `${registry}/tarballs/good.tgz`, integrity } },
            },
          }),
        );
      } else if (url.startsWith('/tarballs/')) {
        res.setHeader('content-type', 'application/octet-stream');
        res.end(tarball);
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const setup = (version: string) =>
    runAction('setup', {
      inputs: { version, registry },
      env: { RUNNER_TOOL_CACHE: toolCache },
    });

  it('downloads, verifies, caches and puts that release on PATH', async () => {
    const run = await setup(FAKE_VERSION);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.version).toBe(FAKE_VERSION);
    expect(requests).toEqual(['/@cml-ts%2fcml', '/tarballs/good.tgz']);
    const bin = run.path.trim();
    const sh = (cmd: string) =>
      spawnSync('/bin/sh', ['-c', cmd], { encoding: 'utf8', env: cleanEnv({ PATH: bin }) });
    expect(sh('cml --version').stdout.trim()).toBe(`fake cml ${FAKE_VERSION} ["--version"] -`);
    expect(sh('cml-pr a.txt').stdout.trim()).toBe(`fake cml ${FAKE_VERSION} ["a.txt"] cml-pr`);
    expect(sh('vl2svg s.json').stdout.trim()).toBe(
      `fake cml ${FAKE_VERSION} ["vl2svg","s.json"] -`,
    );
  });

  it('reuses the tool cache on the next run without touching the registry', async () => {
    requests.length = 0;
    const run = await setup(FAKE_VERSION);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('found in the tool cache');
    expect(requests).toEqual([]);
  });

  it('fails clearly on an integrity mismatch and caches nothing', async () => {
    const run = await setup('0.9.0');
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('Integrity check failed');
    expect(run.path).toBe('');
  });

  it('names the input and the published versions when the version does not exist', async () => {
    const run = await setup('7.7.7');
    expect(run.code).not.toBe(0);
    const text = run.stdout + run.stderr;
    expect(text).toContain("Input 'version': @cml-ts/cml@7.7.7 is not published");
    expect(text).toContain(FAKE_VERSION);
    expect(text).not.toMatch(/\n\s+at /);
  });
});
