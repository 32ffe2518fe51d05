// The base version of a DVC-tracked dataset, read from the workspace's DVC cache: the review's
// repros (/tmp/review-data.md items 1, 4 and 5) against runDataDiff and the bundled CLI.
// DVC's cache layout and hashes: dvc/cachemgr.py (DVC 3 `md5` objects in .dvc/cache/files/md5/,
// DVC 2 `md5-dos2unix` ones in .dvc/cache/), dvc/output.py (no `hash` field = DVC 2 record),
// dvc-data hashfile/hash.py (md5-dos2unix: CRLF to LF in text chunks of 1 MiB) and
// hashfile/tree.py (a folder's manifest: JSON list of {md5, relpath}, its md5 + ".dir").
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../src/core/logger';
import { dvcFileHashes } from '../src/data/dvc-hash';
import { runDataDiff } from '../src/data/run-data';
import { newRepo, removeTempDirs, tempDir, type TestRepo } from './metrics-fixtures';
import { cleanEnv, distEntry, node24 } from './support/dist';

afterAll(removeTempDirs);

const quiet: Logger = {
  info: () => undefined,
  debug: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  mask: () => undefined,
  group: (_t, body) => body(),
};
const md5 = (data: string | Buffer) => createHash('md5').update(data).digest('hex');
const column = (values: number[]) => `x\n${values.join('\n')}\n`;
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

type Layout = 'files/md5' | 'legacy';
function cachePath(repo: TestRepo, layout: Layout, oid: string): string {
  const root = layout === 'legacy' ? '.dvc/cache' : '.dvc/cache/files/md5';
  return join(repo.dir, root, oid.slice(0, 2), oid.slice(2));
}
function putInCache(repo: TestRepo, layout: Layout, oid: string, content: string | Buffer) {
  const path = cachePath(repo, layout, oid);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

type Json = {
  datasets: { dataset: string; base?: { rows: number }; head?: { rows: number } }[];
};
const diff = (repo: TestRepo, extra: { targets?: string[]; rules?: string[] } = {}) =>
  runDataDiff(
    { cwd: repo.dir, targets: [], rules: [], all: false, baseRev: 'main', ...extra },
    quiet,
  );

// No dvc on PATH (git is in /usr/bin), unless a test puts its stand-in first.
let savedPath: string | undefined;
beforeEach(() => {
  savedPath = process.env.PATH;
  process.env.PATH = '/usr/bin:/bin';
});
afterEach(() => {
  process.env.PATH = savedPath;
  delete process.env.FAKE_DVC_REMOTE;
  delete process.env.FAKE_DVC_LOG;
});

/** Review repro 1: data/t.csv tracked by data/t.csv.dvc (a DVC 2 record, no `hash` field). */
function trackedCsv(recordHash = ''): { repo: TestRepo; base: string; oid: string } {
  const repo = newRepo();
  const base = column(range(1, 100));
  const oid = md5(base);
  repo.write({
    '.dvc/config': '',
    'data/t.csv.dvc': `outs:\n- md5: ${oid}\n${recordHash}  path: t.csv\n`,
    'data/.gitignore': '/t.csv\n',
    'data/t.csv': base,
  });
  putInCache(repo, 'files/md5', oid, base);
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'pr');
  return { repo, base, oid };
}

describe('item 1: a cache entry is used only when it holds what the base records', () => {
  it('a spoofed entry (other data under the recorded md5) is refused, not profiled as the base', async () => {
    const { repo, oid } = trackedCsv();
    const shifted = column(range(1001, 1100));
    repo.write({ 'data/t.csv': shifted });
    putInCache(repo, 'files/md5', oid, shifted);
    repo.commit('evil');
    const run = diff(repo, { rules: ['psi(x) < 0.2', 'ks(x) < 0.1'] });
    await expect(run).rejects.toThrow(
      `data/t.csv: tracked by DVC (md5 ${oid} at main) but the DVC cache entry .dvc/cache/files/md5/${oid.slice(0, 2)}/${oid.slice(2)} does not match data/t.csv.dvc (md5-dos2unix ${md5(shifted)}, recorded ${oid}), and dvc is not installed`,
    );
    await expect(run).rejects.toHaveProperty('name', 'ConfigurationError');
  });

  it('with dvc installed, a refused entry falls through to dvc get and the report warns once', async () => {
    const { repo, base, oid } = trackedCsv('  hash: md5\n');
    const shifted = column(range(1001, 1100));
    repo.write({ 'data/t.csv': shifted });
    putInCache(repo, 'files/md5', oid, shifted);
    repo.commit('evil');
    // A stand-in for the DVC CLI (https://dvc.org/doc/command-reference/get): `dvc --version`,
    // and `dvc get <url> <path> --rev <rev> -o <out>` writing the remote's copy to <out>.
    const bin = tempDir('cml-fake-dvc-');
    const remote = join(bin, 'remote-copy');
    writeFileSync(remote, base);
    writeFileSync(
      join(bin, 'dvc'),
      '#!/bin/sh\n[ "$1" = --version ] && { echo 3.55.2; exit 0; }\n[ "$1" = get ] || exit 2\necho "$@" >> "$FAKE_DVC_LOG"\nwhile [ $# -gt 0 ]; do [ "$1" = -o ] && out=$2; shift; done\ncp "$FAKE_DVC_REMOTE" "$out"\n',
    );
    chmodSync(join(bin, 'dvc'), 0o755);
    process.env.PATH = `${bin}:/usr/bin:/bin`;
    process.env.FAKE_DVC_REMOTE = remote;
    process.env.FAKE_DVC_LOG = join(bin, 'log');
    const out = await diff(repo, { rules: ['psi(x) < 0.2'] });
    expect(readFileSync(join(bin, 'log'), 'utf8')).toMatch(/^get \. data\/t\.csv --rev main -o /);
    // Measured against the real base (1..100), the shift to 1001..1100 is drift.
    expect(out.passed).toBe(false);
    expect(out.failures.map((f) => f.rule)).toEqual(['psi(x) < 0.2']);
    const warning = `data/t.csv: the DVC cache entry .dvc/cache/files/md5/${oid.slice(0, 2)}/${oid.slice(2)} does not match data/t.csv.dvc (md5 ${md5(shifted)}, recorded ${oid}); not used, main's copy came from dvc get`;
    expect(out.warnings).toEqual([warning]);
    expect(out.markdown).toContain(`⚠️ ${warning}`);
  });

  it('an entry that is a symlink (to a file of the runner) is refused and never read', async () => {
    const { repo, oid } = trackedCsv();
    const secret = join(tempDir('cml-secret-'), 'passwd');
    writeFileSync(secret, 'x\nroot-secret-line\n');
    const entry = cachePath(repo, 'files/md5', oid);
    rmSync(entry);
    symlinkSync(secret, entry);
    repo.commit('evil2');
    await expect(diff(repo)).rejects.toThrow(
      `data/t.csv: tracked by DVC (md5 ${oid} at main) but the DVC cache entry .dvc/cache/files/md5/${oid.slice(0, 2)}/${oid.slice(2)} is a symlink, and dvc is not installed`,
    );
  });

  it('an entry whose folder leads out of the workspace is refused, even with the right content', async () => {
    const { repo, base, oid } = trackedCsv();
    const outside = tempDir('cml-outside-cache-');
    mkdirSync(join(outside, oid.slice(0, 2)));
    writeFileSync(join(outside, oid.slice(0, 2), oid.slice(2)), base);
    rmSync(join(repo.dir, '.dvc/cache/files/md5'), { recursive: true });
    symlinkSync(outside, join(repo.dir, '.dvc/cache/files/md5'));
    await expect(diff(repo)).rejects.toThrow(
      `but the DVC cache entry .dvc/cache/files/md5/${oid.slice(0, 2)}/${oid.slice(2)} leads out of the workspace (to ${realpathSync(outside)}/`,
    );
  });
});

describe('item 1: DVC 2 records and the legacy cache layout (.dvc/cache/xx/yyyy)', () => {
  it('a DVC 2 text file is checked after dos2unix: the genuine CRLF copy is used, a spoofed one refused', async () => {
    const repo = newRepo();
    const lf = column(range(1, 100));
    const crlf = lf.replace(/\n/g, '\r\n');
    // DVC 2 recorded md5-dos2unix: the md5 of the text with CRLF turned into LF.
    const oid = md5(lf);
    expect(md5(crlf)).not.toBe(oid);
    const fake = column(range(1, 100).map((v) => v * 1000));
    const fakeOid = md5('x\n1\n');
    repo.write({
      '.dvc/config': '',
      'a.csv.dvc': `outs:\n- md5: ${oid}\n  path: a.csv\n`,
      'b.csv.dvc': `outs:\n- md5: ${fakeOid}\n  path: b.csv\n`,
      '.gitignore': '/a.csv\n/b.csv\n',
    });
    putInCache(repo, 'legacy', oid, crlf);
    putInCache(repo, 'legacy', fakeOid, fake);
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write({ 'a.csv': column(range(1, 90)), 'b.csv': 'x\n1\n' });
    const out = await diff(repo, {
      targets: ['a.csv'],
      rules: ['rows may not drop by more than 5%'],
    });
    expect(out.failures.map((f) => f.message)).toEqual([
      'a.csv: rows dropped from 100 to 90 (10.00%), more than 5% allowed',
    ]);
    await expect(diff(repo, { targets: ['b.csv'] })).rejects.toThrow(
      `but the DVC cache entry .dvc/cache/${fakeOid.slice(0, 2)}/${fakeOid.slice(2)} does not match b.csv.dvc (md5-dos2unix ${md5(fake)}, recorded ${fakeOid})`,
    );
  });

  it('md5-dos2unix reads 1 MiB chunks: DVC 2 decided text once, dvc-data decides per chunk', async () => {
    const MiB = 2 ** 20;
    // A text chunk with CRLFs, then a binary chunk (a NUL in its first 512 bytes) with CRLFs.
    const text = Buffer.alloc(MiB, 'a,b\r\n');
    const binary = Buffer.concat([Buffer.from([0]), Buffer.alloc(4096, '\r\n')]);
    const file = join(tempDir('cml-hash-'), 'mixed');
    writeFileSync(file, Buffer.concat([text, binary]));
    const dos2unix = (b: Buffer) =>
      Buffer.from(b.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
    const handle = await open(file);
    try {
      const hashes = await dvcFileHashes(handle, 'md5-dos2unix');
      expect(hashes).toEqual([
        md5(Buffer.concat([dos2unix(text), dos2unix(binary)])),
        md5(Buffer.concat([dos2unix(text), binary])),
      ]);
      expect(await dvcFileHashes(handle, 'md5')).toEqual([md5(Buffer.concat([text, binary]))]);
    } finally {
      await handle.close();
    }
  });
});

/** Review repro 4: data/ds tracked as a folder by data/ds.dvc, its manifest in the cache. */
function trackedFolder(): { repo: TestRepo; manifest: string; dirOid: string } {
  const repo = newRepo();
  const csv = 'a,b\n1,x\n2,y\n';
  const fileOid = md5(csv);
  putInCache(repo, 'files/md5', fileOid, csv);
  const manifest = `[{"md5": "${fileOid}", "relpath": "p.csv"}]`;
  const dirOid = md5(manifest);
  putInCache(repo, 'files/md5', `${dirOid}.dir`, manifest);
  repo.write({
    '.dvc/config': '',
    'data/ds/p.csv': csv,
    'data/ds.dvc': `outs:\n- md5: ${dirOid}.dir\n  nfiles: 1\n  path: ds\n`,
    'data/.gitignore': '/ds\n',
  });
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'pr');
  return { repo, manifest, dirOid };
}

describe('item 4: a file in a DVC-tracked folder', () => {
  it('is found through the folder manifest (not "dataset added"); a file it does not list is new', async () => {
    const { repo } = trackedFolder();
    repo.write({ 'data/ds/q.csv': 'a,b\n3,z\n' });
    const out = await diff(repo, { rules: ['schema may not change'] });
    expect(out.failures.map((f) => f.message)).toEqual(['data/ds/q.csv: dataset added']);
    const datasets = (out.json as Json).datasets;
    expect(datasets).toMatchObject([
      { dataset: 'data/ds/p.csv', base: { rows: 2 }, head: { rows: 2 } },
      { dataset: 'data/ds/q.csv', head: { rows: 1 } },
    ]);
    expect(datasets[1]!.base).toBeUndefined();
  });

  it('a manifest rewritten in the pull request is refused like any entry', async () => {
    const { repo, dirOid } = trackedFolder();
    const other = 'a,b\n9,z\n';
    putInCache(repo, 'files/md5', md5(other), other);
    putInCache(
      repo,
      'files/md5',
      `${dirOid}.dir`,
      `[{"md5": "${md5(other)}", "relpath": "p.csv"}]`,
    );
    repo.commit('evil');
    await expect(diff(repo)).rejects.toThrow(
      `data/ds/p.csv: tracked by DVC (in data/ds, md5 ${dirOid}.dir at main) but the DVC cache entry .dvc/cache/files/md5/${dirOid.slice(0, 2)}/${dirOid.slice(2)}.dir does not match data/ds.dvc`,
    );
  });
});

describe('item 5: dvc.lock files in subfolders', () => {
  it('sub/dvc.lock records sub/data/f.csv (paths relative to sub/)', async () => {
    const repo = newRepo();
    const csv = 'a\n1\n2\n';
    const oid = md5(csv);
    putInCache(repo, 'files/md5', oid, csv);
    repo.write({
      '.dvc/config': '',
      'sub/data/f.csv': csv,
      'sub/dvc.yaml': 'stages:\n  s:\n    cmd: x\n    outs:\n      - data/f.csv\n',
      'sub/dvc.lock': `schema: '2.0'\nstages:\n  s:\n    cmd: x\n    outs:\n    - path: data/f.csv\n      md5: ${oid}\n`,
      'sub/data/.gitignore': '/f.csv\n',
    });
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'pr');
    const out = await diff(repo);
    expect(out.markdown).not.toContain('dataset added');
    expect((out.json as Json).datasets).toMatchObject([
      { dataset: 'sub/data/f.csv', base: { rows: 2 }, head: { rows: 2 } },
    ]);
  });

  it("a stage's wdir applies to its dvc.lock paths, as DVC writes them (the dvc.yaml def_path)", async () => {
    const repo = newRepo();
    const csv = 'a\n1\n2\n3\n';
    const oid = md5(csv);
    putInCache(repo, 'files/md5', oid, csv);
    repo.write({
      '.dvc/config': '',
      'sub/data/g.csv': csv,
      'sub/dvc.yaml': 'stages:\n  s:\n    cmd: x\n    wdir: data\n    outs:\n      - g.csv\n',
      'sub/dvc.lock': `schema: '2.0'\nstages:\n  s:\n    cmd: x\n    outs:\n    - path: g.csv\n      hash: md5\n      md5: ${oid}\n`,
      'sub/data/.gitignore': '/g.csv\n',
    });
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'pr');
    const out = await diff(repo);
    expect((out.json as Json).datasets).toMatchObject([
      { dataset: 'sub/data/g.csv', base: { rows: 3 }, head: { rows: 3 } },
    ]);
  });
});

describe('bundled CLI (Node 24; build with node scripts/build.mjs cml)', () => {
  it("review repro 1b: a cache symlink to /etc/passwd is a one-line error, and passwd's lines are never printed", () => {
    if (!existsSync(distEntry('cml'))) throw new Error('Build dist/cml first');
    const { repo, oid } = trackedCsv();
    const entry = cachePath(repo, 'files/md5', oid);
    rmSync(entry);
    symlinkSync('/etc/passwd', entry);
    repo.commit('evil2');
    const r = spawnSync(node24(), [distEntry('cml'), 'data', 'diff', 'main', '--json'], {
      cwd: repo.dir,
      env: cleanEnv({ PATH: '/usr/bin:/bin' }),
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('root:');
    expect(r.stderr).toContain(
      `error: data/t.csv: tracked by DVC (md5 ${oid} at main) but the DVC cache entry .dvc/cache/files/md5/${oid.slice(0, 2)}/${oid.slice(2)} is a symlink, and dvc is not installed`,
    );
    expect(r.stderr).not.toMatch(/stack trace|\n\s+at /i);
  });
});
