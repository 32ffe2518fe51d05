import { spawn } from 'node:child_process';
import { resolve, sep } from 'node:path';
import type { GlobOptions } from 'tinyglobby';
import { runGit } from '../git/run-git';
import { isDataFile } from './source';

type FileSystemAdapter = NonNullable<GlobOptions['fs']>;

/**
 * The files under cwd at a revision, as one `git ls-tree` lists them (paths relative to cwd), so
 * a glob or folder target can be expanded at the base as it is in the working tree: a dataset
 * the change deleted is then still compared (and reported as removed). A DVC-tracked file is
 * not in git at the base, its `<file>.dvc` is (the name `dvc add` gives it): the file it tracks
 * is listed too, as it is in a pulled working tree.
 */
export async function filesAtRevision(cwd: string, revision: string): Promise<string[]> {
  const result = await runGit(['ls-tree', '-r', '-z', '--name-only', revision], cwd);
  if (result.code !== 0) throw new Error(`git ls-tree ${revision} failed: ${result.stderr.trim()}`);
  const files = result.stdout.toString('utf8').split('\0').filter(Boolean);
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

/**
 * The text of several files at a revision (paths relative to cwd) through one
 * `git cat-file --batch`; a path missing there is absent from the map.
 */
export function readFilesAtRevision(
  cwd: string,
  revision: string,
  paths: string[],
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  if (!paths.length) return Promise.resolve(texts);
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`git cat-file --batch at ${revision} failed: ${stderr.trim()}`));
        return;
      }
      // Each answer: `<oid> <type> <size>\n<bytes>\n`, or `<spec> missing\n`.
      const out = Buffer.concat(chunks);
      let at = 0;
      for (const path of paths) {
        const eol = out.indexOf(10, at);
        if (eol < 0) break;
        const header = out.subarray(at, eol).toString('utf8');
        at = eol + 1;
        const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
        if (!m) continue;
        const size = Number(m[2]);
        if (m[1] === 'blob') texts.set(path, out.subarray(at, at + size).toString('utf8'));
        at += size + 1;
      }
      resolvePromise(texts);
    });
    child.stdin.end(paths.map((p) => `${revision}:./${p}\n`).join(''));
  });
}
