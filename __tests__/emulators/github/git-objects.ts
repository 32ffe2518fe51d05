/**
 * Git object ids computed as git computes them (SHA-1 over "<type> <size>\0<content>"), so the
 * emulator's blobs, trees and commits carry the same ids a real repository would.
 */
import { createHash } from 'node:crypto';
import type { GitCommit, GitData, GitTreeEntry } from './types';

function hashObject(type: string, content: Buffer): string {
  return createHash('sha1')
    .update(Buffer.from(`${type} ${content.length}\0`))
    .update(content)
    .digest('hex');
}

export function writeBlob(git: GitData, content: Buffer): string {
  const sha = hashObject('blob', content);
  git.blobs.set(sha, content);
  return sha;
}

/** One level of a tree; names are single path segments. */
export function writeTree(git: GitData, entries: GitTreeEntry[]): string {
  // git sorts entries by name, with directories compared as if they ended in '/'.
  const key = (e: GitTreeEntry) => (e.type === 'tree' ? `${e.path}/` : e.path);
  const sorted = [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const parts = sorted.map((e) =>
    Buffer.concat([
      Buffer.from(`${e.mode.replace(/^0+/, '')} ${e.path}\0`),
      Buffer.from(e.sha, 'hex'),
    ]),
  );
  const sha = hashObject('tree', Buffer.concat(parts));
  git.trees.set(sha, sorted);
  return sha;
}

export function writeCommit(git: GitData, commit: Omit<GitCommit, 'sha'>): GitCommit {
  const stamp = (p: { name: string; email: string; date: string }) =>
    `${p.name} <${p.email}> ${Math.floor(Date.parse(p.date) / 1000)} +0000`;
  const text = [
    `tree ${commit.tree}`,
    ...commit.parents.map((p) => `parent ${p}`),
    `author ${stamp(commit.author)}`,
    `committer ${stamp(commit.committer)}`,
    '',
    commit.message,
  ].join('\n');
  const sha = hashObject('commit', Buffer.from(text));
  const full = { ...commit, sha };
  git.commits.set(sha, full);
  return full;
}

/** Every file under a tree, by full path. */
export function flattenTree(
  git: GitData,
  treeSha: string,
  prefix = '',
  out = new Map<string, GitTreeEntry>(),
): Map<string, GitTreeEntry> {
  for (const entry of git.trees.get(treeSha) ?? []) {
    const path = prefix + entry.path;
    if (entry.type === 'tree') flattenTree(git, entry.sha, `${path}/`, out);
    else out.set(path, { ...entry, path });
  }
  return out;
}

/** Builds nested trees from full paths; returns the root tree's sha. */
export function buildTree(git: GitData, files: Map<string, GitTreeEntry>): string {
  const here: GitTreeEntry[] = [];
  const dirs = new Map<string, Map<string, GitTreeEntry>>();
  for (const [path, entry] of files) {
    const slash = path.indexOf('/');
    if (slash < 0) {
      here.push({ ...entry, path });
      continue;
    }
    const dir = path.slice(0, slash);
    if (!dirs.has(dir)) dirs.set(dir, new Map());
    dirs.get(dir)?.set(path.slice(slash + 1), entry);
  }
  for (const [dir, sub] of dirs) {
    here.push({ path: dir, mode: '040000', type: 'tree', sha: buildTree(git, sub) });
  }
  return writeTree(git, here);
}

/** Finds a file's entry by path under a tree. */
export function lookupPath(git: GitData, treeSha: string, path: string): GitTreeEntry | undefined {
  return flattenTree(git, treeSha).get(path);
}

/** Whether `ancestor` is reachable from `sha` through parents. */
export function isAncestor(git: GitData, ancestor: string, sha: string): boolean {
  const seen = new Set<string>();
  const stack = [sha];
  while (stack.length) {
    const current = stack.pop() as string;
    if (current === ancestor) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...(git.commits.get(current)?.parents ?? []));
  }
  return false;
}
