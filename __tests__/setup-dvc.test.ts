// setup with dvc-version: a virtual environment in the tool cache and `pip install dvc==X`
// from the index in PIP_INDEX_URL, here a loopback PEP 503 index serving a tiny wheel.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runAction } from './support/dist';

const DVC_VERSION = '3.1.0';
const WHEEL = `dvc-${DVC_VERSION}-py3-none-any.whl`;

/** Builds a pure-Python wheel whose `dvc` console script prints its version. */
function buildWheel(dir: string): Buffer {
  const script = `
import zipfile, sys
v = sys.argv[2]
info = f"dvc-{v}.dist-info"
files = {
  "dvc/__init__.py": f"__version__ = '{v}'\\n",
  "dvc/cli.py": "def main():\\n    from dvc import __version__\\n    print(__version__)\\n",
  f"{info}/METADATA": f"Metadata-Version: 2.1\\nName: dvc\\nVersion: {v}\\n",
  f"{info}/WHEEL": "Wheel-Version: 1.0\\nGenerator: cml-test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n",
  f"{info}/entry_points.txt": "[console_scripts]\\ndvc = dvc.cli:main\\n",
}
files[f"{info}/RECORD"] = "".join(f"{name},,\\n" for name in [*files, f"{info}/RECORD"])
with zipfile.ZipFile(sys.argv[1], "w") as z:
    for name, text in files.items():
        z.writestr(name, text)
`;
  const path = join(dir, WHEEL);
  execFileSync('python3', ['-c', script, path, DVC_VERSION]);
  return readFileSync(path);
}

describe('setup: pinned DVC from a package index', () => {
  let server: Server;
  let index: string;
  const requests: string[] = [];
  const toolCache = mkdtempSync(join(tmpdir(), 'cml-tool-cache-dvc-'));
  const scratch = mkdtempSync(join(tmpdir(), 'cml-pip-'));
  let pipEnv: Record<string, string>;

  beforeAll(async () => {
    const wheel = buildWheel(scratch);
    const sha = createHash('sha256').update(wheel).digest('hex');
    server = createServer((req, res) => {
      const url = req.url ?? '';
      requests.push(url);
      if (url === '/simple/dvc/') {
        res.setHeader('content-type', 'text/html');
        res.end(`<html><body><a href="/files/${WHEEL}#sha256=${sha}">${WHEEL}</a></body></html>`);
      } else if (url === `/files/${WHEEL}`) {
        res.end(wheel);
      } else {
        res.statusCode = 404;
        res.end('not found');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    index = `http://127.0.0.1:${(server.address() as AddressInfo).port}/simple/`;
    // Only the loopback index: no machine pip.conf, find-links or cache.
    pipEnv = {
      PIP_INDEX_URL: index,
      PIP_CONFIG_FILE: '/dev/null',
      PIP_FIND_LINKS: scratch,
      PIP_EXTRA_INDEX_URL: index,
      PIP_NO_CACHE_DIR: '1',
      RUNNER_TOOL_CACHE: toolCache,
    };
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('installs the pinned DVC into a cached venv and puts only dvc on PATH', async () => {
    const run = await runAction('setup', { inputs: { 'dvc-version': DVC_VERSION }, env: pipEnv });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs['dvc-version']).toBe(DVC_VERSION);
    expect(requests).toContain(`/files/${WHEEL}`);
    const paths = run.path.trim().split('\n');
    expect(paths).toHaveLength(2);
    const r = spawnSync('/bin/sh', ['-c', 'dvc; cml --version; command -v pip || echo no-pip'], {
      encoding: 'utf8',
      env: cleanEnv({ PATH: paths.join(':') }),
    });
    expect(r.stdout.trim().split('\n')).toEqual([
      DVC_VERSION,
      expect.stringMatching(/^\d+\.\d+\.\d+/),
      'no-pip',
    ]);
  }, 180_000);

  it('reuses the cached environment without asking the index again', async () => {
    requests.length = 0;
    const run = await runAction('setup', { inputs: { 'dvc-version': DVC_VERSION }, env: pipEnv });
    expect(run.code).toBe(0);
    expect(run.outputs['dvc-version']).toBe(DVC_VERSION);
    expect(run.stdout).toContain('tool cache');
    expect(requests).toEqual([]);
  });

  it('fails clearly for a version the index does not have', async () => {
    const run = await runAction('setup', {
      inputs: { 'dvc-version': '9.9.9' },
      env: { ...pipEnv, RUNNER_TOOL_CACHE: mkdtempSync(join(tmpdir(), 'cml-tc-')) },
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('pip install dvc==9.9.9 failed');
  }, 180_000);

  it('refuses a version that is not an exact release', async () => {
    const run = await runAction('setup', { inputs: { 'dvc-version': '>=3' }, env: pipEnv });
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain("Input 'dvc-version' must be an exact DVC release");
  });
});
