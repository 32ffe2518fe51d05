import { resolve, sep } from 'node:path';
import type { GlobOptions } from 'tinyglobby';
import { readBlobs } from '../git/cat-file-batch';
import { runGit } from '../git/run-git';
import { isDataFile } from './source';

type FileSystemAdapter = NonNullable<GlobOptions['fs']>;

/** What a revision holds under cwd: each path (relative to cwd) with its object type and id. */
export type RevisionTree = Map<string, { type: string; oid: string }>;

const trees = new Map<string, Promise<RevisionTree>>();

/**
 * Every entry under cwd at a revision, from one `git ls-tree -r` per run, cwd and revision: the
 * glob expansion at the base (filesAtRevision) and the DVC records (dvc-records.ts) share it.
 */
export function treeAt(cwd: string, revision: string): Promise<RevisionTree> {
  const key = `${resolve(cwd)}\0${revision}`;
  let tree = trees.get(key);
  if (!tree) trees.set(key, (tree = listTree(cwd, revision)));
  return tree;
}

/**
 * Forgets the listings: a run starts with this (run-data.ts), because a revision is named, not
 * resolved (`main` may move between two runs of one process, as in tests).
 */
export function forgetTrees(): void {
  trees.clear();
}

async function listTree(cwd: string, revision: string): Promise<RevisionTree> {
  const result = await runGit(['ls-tree', '-r', '-z', revision], cwd);
  if (result.code !== 0) throw new Error(`git ls-tree ${revision} failed: ${result.stderr.trim()}`);
  const tree: RevisionTree = new Map();
  for (const line of result.stdout.toString('utf8').split('\0')) {
    const match = /^\d+ (\w+) ([0-9a-f]+)\t(.+)$/s.exec(line);
    if (match) tree.set(match[3]!, { type: match[1]!, oid: match[2]! });
  }
  return tree;
}

/**
 * The files under cwd at a revision (paths relative to cwd), so a glob or folder target can be
 * expanded at the base as it is in the working tree: a dataset the change deleted is then still
 * compared (and reported as removed). A DVC-tracked file is not in git at the base, its
 * `<file>.dvc` is (the name `dvc add` gives it): the file it tracks is listed too, as it is in a
 * pulled working tree.
 */
export async function filesAtRevision(cwd: string, revision: string): Promise<string[]> {
  const files = [...(await treeAt(cwd, revision)).keys()];
  const tracked = files
    .filter((f) => f.endsWith('.dvc') && isDataFile(f.slice(0, -4)))
    .map((f) => f.slice(0, -4));
  return [...new Set([...files, ...tracked])];
}

/**
 * A read-only file system holding `files` (relative to cwd) for tinyglobby's `fs` option, so the
 * base is matched by the very matcher (and options) the working tree is. Hand-written: it is
 * the four calls fdir makes (readdir with file types, sync and async; no symlinks to resolve).
 */
export function listingFs(cwd: string, files: string[]): FileSystemAdapter {
  const dirs = new Map<string, Map<string, boolean>>();
  const entry = (dir: string) => {
    let e = dirs.get(dir);
    if (!e) dirs.set(dir, (e = new Map()));
    return e;
  };
  for (const file of files) {
    const parts = file.split('/');
    let dir = resolve(cwd);
    parts.forEach((name, i) => {
      const isDir = i < parts.length - 1;
      entry(dir).set(name, isDir || (entry(dir).get(name) ?? false));
      dir = `${dir}${dir.endsWith(sep) ? '' : sep}${name}`;
    });
  }
  const list = (path: string) =>
    [...(dirs.get(resolve(path)) ?? new Map<string, boolean>())].map(([name, isDir]) => ({
      name,
      isFile: () => !isDir,
      isDirectory: () => isDir,
      isSymbolicLink: () => false,
    }));
  const notSymlinks = () => {
    throw new Error('no symbolic links in a revision listing');
  };
  return {
    readdir: ((path: string, _opts: unknown, cb: (e: Error | null, v: unknown) => void) =>
      cb(null, list(path))) as unknown as FileSystemAdapter['readdir'],
    readdirSync: ((path: string) => list(path)) as unknown as FileSystemAdapter['readdirSync'],
    realpath: notSymlinks as unknown as FileSystemAdapter['realpath'],
    realpathSync: notSymlinks as unknown as FileSystemAdapter['realpathSync'],
    stat: notSymlinks as unknown as FileSystemAdapter['stat'],
    statSync: notSymlinks as unknown as FileSystemAdapter['statSync'],
  };
}

/** Whether a listing holds anything under `dir` (a folder at that revision). */
export function isFolderIn(files: string[], dir: string): boolean {
  const prefix = `${dir.replace(/\/+$/, '')}/`;
  return prefix === './' || files.some((f) => f.startsWith(prefix));
}

/** The text of several files at a revision (paths relative to cwd); a missing one is absent. */
export async function readFilesAtRevision(
  cwd: string,
  revision: string,
  paths: string[],
): Promise<Map<string, string>> {
  const blobs = await readBlobs(
    cwd,
    paths.map((p) => `${revision}:./${p}`),
  );
  const texts = new Map<string, string>();
  paths.forEach((p) => {
    const blob = blobs.get(`${revision}:./${p}`);
    if (blob) texts.set(p, blob.toString('utf8'));
  });
  return texts;
}
