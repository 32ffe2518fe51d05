import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ConfigurationError } from '../core/errors';
import { scratchDir as newScratchDir } from '../core/scratch-dir';
import { blobByProcess, type GitObjectSession } from '../git/object-session';
import { dvcRecordFor } from './dvc-records';

let scratch: string | undefined;
function scratchDir(): string {
  // Base versions are copies of whole datasets: removed when the process exits.
  return (scratch ??= newScratchDir('cml-data-rev-'));
}

/**
 * A local path holding `path` (relative to cwd) as it was at `revision`, or undefined when the
 * dataset did not exist then. Git-tracked files are streamed out of git (`git cat-file`, never
 * buffered: a base may be larger than memory); DVC-tracked ones (a file, or a file in a tracked
 * folder) come from the local DVC cache when the entry there checks out against the md5 the
 * revision's .dvc file or dvc.lock records (dvc-cache.ts: the cache is the pull request's), else
 * through `dvc get` when DVC is installed. Otherwise a ConfigurationError says what to install.
 * `warn` hears of cache entries refused and of unreadable DVC files; `objects`, the run's git
 * session, reads the blob when given (else a git process of its own does).
 */
export async function fileAtRevision(
  cwd: string,
  path: string,
  revision: string,
  warn: (message: string) => void = () => undefined,
  objects?: GitObjectSession,
): Promise<string | undefined> {
  const spec = `${revision}:./${path}`;
  const target = join(
    scratchDir(),
    `${revision.replace(/[^\w.-]/g, '_')}-${Math.random().toString(36).slice(2)}-${basename(path)}`,
  );
  // One question, not a type check and then a read: no blob for a path that is missing at the
  // revision or is a folder, which then goes the DVC way as before.
  const read = objects ? objects.blobToFile(spec, target) : blobByProcess(cwd, spec, target);
  if (await read) {
    if (!isLfsPointer(target)) return target;
    throw new ConfigurationError(
      `${path}: a Git LFS pointer at ${revision}; run git lfs pull (or track the data with DVC)`,
      { file: path },
    );
  }
  const lookup = await dvcRecordFor(cwd, path, revision, warn);
  if (!lookup) return undefined;
  // Only DVC-tracked data gets here: the cache reader (and node:fs/promises) loads on demand.
  const { cachedDataset } = await import('./dvc-cache');
  const cached = await cachedDataset(cwd, lookup);
  if ('path' in cached) return cached.path;
  if ('absent' in cached) return undefined;
  // A refused entry is said where the run goes on (the report's warnings) or in the error.
  const refused = 'rejected' in cached ? `the DVC cache entry ${cached.rejected}` : undefined;
  const { md5, path: folder } = lookup.record;
  if (spawnSync('dvc', ['--version'], { cwd, encoding: 'utf8' }).status === 0) {
    const target = join(scratchDir(), `${md5}-${basename(path)}`);
    const got = spawnSync('dvc', ['get', '.', path, '--rev', revision, '-o', target], {
      cwd,
      encoding: 'utf8',
    });
    if (got.status === 0 && existsSync(target)) {
      if (refused) warn(`${path}: ${refused}; not used, ${revision}'s copy came from dvc get`);
      return target;
    }
    throw new ConfigurationError(
      `${path}: dvc get at ${revision} failed: ${(got.stderr || '').trim().split('\n').pop()}${refused ? ` (and ${refused})` : ''}`,
      { file: path },
    );
  }
  const what = lookup.inside === undefined ? `md5 ${md5}` : `in ${folder}, md5 ${md5}`;
  throw new ConfigurationError(
    `${path}: tracked by DVC (${what} at ${revision}) but ${refused ?? 'not in the local cache'}, and dvc is not installed; install DVC (the setup action's dvc-version input) with access to the remote, or run dvc fetch --rev ${revision}`,
    { file: path },
  );
}

function isLfsPointer(path: string): boolean {
  const head = readFileSync(path).subarray(0, 64).toString('utf8');
  return head.startsWith('version https://git-lfs.github.com/spec/');
}
