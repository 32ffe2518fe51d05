import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, posix } from 'node:path';
import { parse } from 'yaml';
import { ConfigurationError } from '../core/errors';
import { readFileAtRevision } from '../git/read-at-revision';

let scratch: string | undefined;
function scratchDir(): string {
  return (scratch ??= mkdtempSync(join(tmpdir(), 'cml-data-rev-')));
}

/**
 * A local path holding `path` (relative to cwd) as it was at `revision`, or undefined when the
 * dataset did not exist then. Git-tracked files are streamed out of git (`git cat-file`, never
 * buffered: a base may be larger than memory); DVC-tracked ones come from the local DVC cache by
 * the md5 the revision's .dvc file or dvc.lock records, else through `dvc get` when DVC is
 * installed. Otherwise a ConfigurationError says what to install.
 */
export async function fileAtRevision(
  cwd: string,
  path: string,
  revision: string,
): Promise<string | undefined> {
  const spec = `${revision}:./${path}`;
  const target = join(
    scratchDir(),
    `${revision.replace(/[^\w.-]/g, '_')}-${Math.random().toString(36).slice(2)}-${basename(path)}`,
  );
  // One git process, not a type check and then a read: `git cat-file blob` fails for a path that
  // is missing at the revision or is a folder, which then goes the DVC way as before.
  if (await streamBlob(cwd, spec, target)) {
    if (!isLfsPointer(target)) return target;
    throw new ConfigurationError(
      `${path}: a Git LFS pointer at ${revision}; run git lfs pull (or track the data with DVC)`,
      { file: path },
    );
  }
  const md5 = await dvcMd5(cwd, path, revision);
  if (!md5) return undefined;
  for (const cached of [
    join(cwd, '.dvc/cache/files/md5', md5.slice(0, 2), md5.slice(2)),
    join(cwd, '.dvc/cache', md5.slice(0, 2), md5.slice(2)),
  ]) {
    if (existsSync(cached)) return cached;
  }
  if (spawnSync('dvc', ['--version'], { cwd, encoding: 'utf8' }).status === 0) {
    const target = join(scratchDir(), `${md5}-${basename(path)}`);
    const got = spawnSync('dvc', ['get', '.', path, '--rev', revision, '-o', target], {
      cwd,
      encoding: 'utf8',
    });
    if (got.status === 0 && existsSync(target)) return target;
    throw new ConfigurationError(
      `${path}: dvc get at ${revision} failed: ${(got.stderr || '').trim().split('\n').pop()}`,
      { file: path },
    );
  }
  throw new ConfigurationError(
    `${path}: tracked by DVC (md5 ${md5} at ${revision}) but not in the local cache, and dvc is not installed; install DVC (the setup action's dvc-version input) with access to the remote, or run dvc fetch --rev ${revision}`,
    { file: path },
  );
}

/** Streams a blob to `target`; false (and no file) when the spec names no blob. */
function streamBlob(cwd: string, spec: string, target: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', 'blob', spec], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = createWriteStream(target);
    let code: number | null | undefined;
    let finished = false;
    const settle = () => {
      if (code === undefined || !finished) return;
      if (code === 0) resolve(true);
      else {
        // No blob there (a missing path, a folder, an unknown revision): the DVC way decides,
        // as the former `git cat-file -t` check let it.
        rmSync(target, { force: true });
        resolve(false);
      }
    };
    child.stderr.resume();
    child.stdout.pipe(out);
    child.on('error', reject);
    out.on('finish', () => {
      finished = true;
      settle();
    });
    child.on('close', (c) => {
      code = c;
      settle();
    });
  });
}

function isLfsPointer(path: string): boolean {
  const head = readFileSync(path).subarray(0, 64).toString('utf8');
  return head.startsWith('version https://git-lfs.github.com/spec/');
}

/** The md5 DVC recorded for `path` at a revision: from `<path>.dvc` or from dvc.lock. */
async function dvcMd5(cwd: string, path: string, revision: string): Promise<string | undefined> {
  const dotDvc = await readFileAtRevision(revision, `${path}.dvc`, cwd).catch(() => undefined);
  if (dotDvc) {
    const doc = parse(dotDvc.toString('utf8')) as { outs?: { md5?: string; path?: string }[] };
    const out = doc?.outs?.find((o) => o.path === basename(path)) ?? doc?.outs?.[0];
    if (out?.md5) return out.md5;
  }
  const lock = await readFileAtRevision(revision, 'dvc.lock', cwd).catch(() => undefined);
  if (!lock) return undefined;
  const doc = parse(lock.toString('utf8')) as {
    stages?: Record<string, { deps?: unknown[]; outs?: unknown[] }>;
  };
  for (const stage of Object.values(doc?.stages ?? {})) {
    for (const e of [...(stage?.deps ?? []), ...(stage?.outs ?? [])] as {
      path?: string;
      md5?: string;
    }[]) {
      if (e?.path && posix.normalize(e.path) === path && e.md5) return e.md5;
    }
  }
  return undefined;
}
