// repositoryPrefix finds cwd's place in its repository by looking up for `.git`, without a git
// process; git's own `rev-parse --show-prefix` is the oracle in every layout checked here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryPrefix } from '../src/git/ensure-revision';

const root = mkdtempSync(join(tmpdir(), 'cml-prefix-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    },
  });

const repo = join(root, 'repo');
mkdirSync(join(repo, 'a/b c/d'), { recursive: true });
git(root, 'init', '-q', repo);
git(repo, 'commit', '-q', '--allow-empty', '-m', 'first');
symlinkSync(join(repo, 'a/b c'), join(root, 'link'));
git(repo, 'worktree', 'add', '-q', join(root, 'wt'));
mkdirSync(join(root, 'wt/sub'));

describe('repositoryPrefix', () => {
  it.each([
    ['the top', repo],
    ['a subfolder', join(repo, 'a')],
    ['a folder with a space', join(repo, 'a/b c/d')],
    ['a symlink into the repository', join(root, 'link')],
    ['a worktree (.git is a file)', join(root, 'wt/sub')],
  ])('agrees with git rev-parse --show-prefix at %s', async (_what, cwd) => {
    expect(await repositoryPrefix(cwd)).toBe(git(cwd, 'rev-parse', '--show-prefix').trim());
  });

  it('asks git when GIT_DIR points elsewhere, and fails outside a repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'cml-prefix-outside-'));
    try {
      await expect(repositoryPrefix(outside)).rejects.toThrow(/not inside a git repository/);
      // With the work tree at a/, git's prefix of a/b c is 'b c/'; the `.git` look-up would say
      // 'a/b c/'.
      process.env.GIT_DIR = join(repo, '.git');
      process.env.GIT_WORK_TREE = join(repo, 'a');
      await expect(repositoryPrefix(join(repo, 'a/b c'))).resolves.toBe('b c/');
    } finally {
      delete process.env.GIT_DIR;
      delete process.env.GIT_WORK_TREE;
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
