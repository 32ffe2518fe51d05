import { posix } from 'node:path';
import { runGit } from '../git/run-git';
import type { ReadContext, Side } from './read-metrics';

/**
 * Files under `dir` (relative to cwd; '' for cwd itself) on one side, relative to cwd, sorted.
 * A revision lists its tree (git ls-tree); the working tree lists what git tracks or would
 * (tracked and untracked, not ignored), which skips .git, virtualenvs and build output that a
 * walk of the disk would have to know about. DVC walks the repository for dvc.yaml files and
 * expands directory targets to every file below them (dvc/repo/metrics/show.py
 * try_expand_paths); this is that listing.
 */
export async function listSideFiles(side: Side, dir: string, ctx: ReadContext): Promise<string[]> {
  const clean = dir
    .replace(/\\/g, '/')
    .replace(/^\.\/?/, '')
    .replace(/\/+$/, '');
  let args: string[];
  if (side.revision === undefined) {
    args = ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', clean || '.'];
  } else {
    const scope = posix.normalize(ctx.prefix + clean);
    args = ['ls-tree', '-r', '-z', '--name-only', '--full-tree', side.revision];
    if (scope !== '.' && scope !== '') args.push('--', `${scope.replace(/\/$/, '')}/`);
  }
  const result = await runGit(args, ctx.cwd);
  if (result.code !== 0) return [];
  const paths = result.stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((p) => (side.revision === undefined ? p : p.slice(ctx.prefix.length)))
    .filter((p) => side.revision === undefined || !p.startsWith('../'));
  return [...new Set(paths)].sort();
}
