import { constants, realpathSync, type Stats } from 'node:fs';
import { lstat, open, type FileHandle } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isInside } from '../core/workspace-file';
import { dvcBufferHashes, dvcFileHashes, type DvcHashName } from './dvc-hash';
import type { DvcLookup } from './dvc-records';

/**
 * The local DVC cache (.dvc/cache in the workspace) as a source of a base dataset. The workspace
 * is the pull request's checkout, so its cache is untrusted: a pull request can commit a cache
 * file holding other data than the base revision recorded (faking the base so drift and row rules
 * pass) or a symlink to any file of the runner (/etc/passwd, a credentials file) whose lines
 * would then be published in the report. An entry is used only when it is a regular file (not a
 * symlink) whose real path is inside the workspace and whose content hashes, by DVC's own rule
 * (dvc-hash.ts), to the md5 the revision's .dvc file or dvc.lock records, which is also how DVC
 * checks its cache (dvc-data HashFileDB.check). The verified file is then read in place: a copy
 * would double the disk a large base needs, and changing it after the check takes code already
 * running in the job.
 */
export type CacheResult =
  | { path: string }
  /** An entry exists but is not used: the text names the file and why. */
  | { rejected: string }
  /** Nothing cached: fetch it another way. */
  | { missing: true }
  /** The verified folder manifest has no such file: the dataset did not exist at the revision. */
  | { absent: true };

/** The cached, verified copy of the data a lookup names (a file, or a file in a folder). */
export async function cachedDataset(cwd: string, lookup: DvcLookup): Promise<CacheResult> {
  const { record, inside } = lookup;
  if (inside === undefined) return cachedObject(cwd, record.md5, record.hashName, record.source);
  const manifest = await verifiedEntry(cwd, record.md5, record.hashName, record.source, true);
  if (!('real' in manifest)) return manifest;
  const entry = manifestEntry(manifest.bytes!, inside);
  if (entry === 'invalid')
    return { rejected: `${manifest.shown} is not a DVC folder manifest (a JSON list of files)` };
  return entry
    ? cachedObject(cwd, entry, record.hashName, `${record.source}'s folder manifest`)
    : { absent: true };
}

async function cachedObject(
  cwd: string,
  md5: string,
  name: DvcHashName,
  recordedBy: string,
): Promise<CacheResult> {
  const found = await verifiedEntry(cwd, md5, name, recordedBy, false);
  return 'real' in found ? { path: found.real } : found;
}

type Verified =
  { real: string; shown: string; bytes?: Buffer } | { rejected: string } | { missing: true };

/**
 * The first cache entry for `oid` that passes the checks. DVC 3 keeps `md5` objects in
 * .dvc/cache/files/md5/ and DVC 2's `md5-dos2unix` ones in .dvc/cache/ (dvc/cachemgr.py); both
 * are looked at, DVC's own first, and checked by the record's hash either way. `recordedBy`
 * names the file holding the md5, for messages. `whole`: a folder manifest, read into memory to
 * be parsed, and the bytes verified are the ones returned.
 */
async function verifiedEntry(
  cwd: string,
  oid: string,
  name: DvcHashName,
  recordedBy: string,
  whole: boolean,
): Promise<Verified> {
  const layouts = [join('.dvc', 'cache', 'files', 'md5'), join('.dvc', 'cache')];
  if (name === 'md5-dos2unix') layouts.reverse();
  let rejected: string | undefined;
  for (const layout of layouts) {
    const path = join(cwd, layout, oid.slice(0, 2), oid.slice(2));
    const shown = relative(cwd, path).split('\\').join('/');
    const stat = await lstat(path).catch(() => undefined);
    if (!stat) continue;
    const checked = await check(cwd, path, stat, oid, name, recordedBy, whole);
    if (typeof checked !== 'string') return { ...checked, shown };
    rejected ??= `${shown} ${checked}`;
  }
  return rejected ? { rejected } : { missing: true };
}

/** Why the entry at `path` is refused, or its real path (and bytes when `whole`). */
async function check(
  cwd: string,
  path: string,
  stat: Stats,
  oid: string,
  name: DvcHashName,
  recordedBy: string,
  whole: boolean,
): Promise<string | { real: string; bytes?: Buffer }> {
  if (stat.isSymbolicLink()) return 'is a symlink';
  if (!stat.isFile()) return 'is not a regular file';
  // A symlinked folder on the way (.dvc/cache itself) may lead out of the workspace.
  const real = realpathSync(path);
  if (!isInside(realpathSync(cwd), real)) return `leads out of the workspace (to ${real})`;
  // O_NOFOLLOW and O_NONBLOCK: a file swapped for a symlink or a FIFO since the lstat fails to
  // open rather than being followed or blocking.
  let file: FileHandle;
  try {
    file = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  try {
    if (!(await file.stat()).isFile()) return 'is not a regular file';
    const bytes = whole ? await file.readFile() : undefined;
    const hashes = bytes ? await dvcBufferHashes(bytes, name) : await dvcFileHashes(file, name);
    const expected = oid.replace(/\.dir$/, '');
    if (!hashes.includes(expected))
      return `does not match ${recordedBy} (${name} ${hashes[0]}, recorded ${expected})`;
    return { real, bytes };
  } finally {
    await file.close();
  }
}

/**
 * The md5 of `relpath` in a DVC folder manifest (dvc-data Tree.as_bytes: a JSON list of
 * `{md5, relpath, …}` objects), undefined when the folder has no such file.
 */
function manifestEntry(bytes: Buffer, relpath: string): string | undefined | 'invalid' {
  let list: unknown;
  try {
    list = JSON.parse(bytes.toString('utf8'));
  } catch {
    return 'invalid';
  }
  if (!Array.isArray(list)) return 'invalid';
  for (const item of list as { relpath?: unknown; md5?: unknown }[]) {
    if (item?.relpath !== relpath) continue;
    // Hex only: the value names the next cache file.
    return typeof item.md5 === 'string' && /^[0-9a-f]{32}$/.test(item.md5) ? item.md5 : 'invalid';
  }
  return undefined;
}
