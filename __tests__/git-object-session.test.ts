// GitObjectSession (src/git/object-session.ts): one `git cat-file --batch` process answering a
// run's questions. Its answers must be the ones the separate processes gave before it (git
// rev-parse --verify --quiet <rev>^{commit}, git cat-file blob <spec>): those two commands are
// the oracle here, run on the same repository.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GitObjectSession } from '../src/git/object-session';
import { newRepo, removeTempDirs, tempDir, type TestRepo } from './metrics-fixtures';

// Counts the git processes started (the session's point is to start one).
const started = vi.hoisted(() => ({ args: [] as string[][] }));
vi.mock('node:child_process', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:child_process')>();
  return {
    ...real,
    spawn: ((cmd: string, args: string[], options: object) => {
      started.args.push(args);
      return real.spawn(cmd, args, options);
    }) as typeof real.spawn,
    execFile: ((cmd: string, args: string[], options: object, cb: never) => {
      started.args.push(args);
      return real.execFile(cmd, args, options, cb);
    }) as typeof real.execFile,
  };
});

afterAll(removeTempDirs);

let repo: TestRepo;
let out: string;
// Bytes that cross pipe reads (64 KB each) and hold newlines and every byte value, so a parser
// that counts wrong or stops at a newline shows.
const big = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 256));

beforeAll(() => {
  repo = newRepo();
  repo.write({ 'a.csv': 'x,y\n1,2\n', 'sub/deep/b.csv': 'b\n3\n', 'empty.csv': '' });
  writeFileSync(join(repo.dir, 'big.bin'), big);
  // A name git's line reader would cut short (it drops a carriage return before the newline).
  writeFileSync(join(repo.dir, 'cr.csv\r'), 'with a carriage return\n');
  repo.commit('first');
  repo.git('tag', 'light');
  repo.git('tag', '-a', 'annotated', '-m', 'a tag');
  repo.git('tag', 'tree-tag', 'HEAD^{tree}');
  repo.git('branch', 'feature');
  repo.git('update-ref', 'refs/remotes/origin/tracked', 'HEAD');
  out = tempDir('cml-objects-');
});

const revParse = (cwd: string, revision: string) => {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], {
      cwd,
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
};
const catFile = (cwd: string, spec: string) => {
  try {
    return execFileSync('git', ['cat-file', 'blob', spec], {
      cwd,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
};

describe('GitObjectSession', () => {
  it('says whether a revision names a commit exactly as git rev-parse --verify does', async () => {
    const head = repo.git('rev-parse', 'HEAD').trim();
    const revisions = [
      'HEAD',
      'light',
      'annotated',
      'tree-tag', // a tag of a tree: no commit
      'HEAD^{tree}',
      'HEAD:a.csv', // a blob
      head,
      head.slice(0, 8),
      'feature',
      'refs/heads/feature',
      'origin/tracked',
      'tracked', // only as origin/tracked
      'HEAD~1', // before the first commit
      'no-such-branch',
      'a b',
      'HEAD ',
      '',
      '-x',
    ];
    const session = new GitObjectSession(repo.dir);
    try {
      // Asked all at once, answered in order by one process.
      const answers = await Promise.all(revisions.map((r) => session.hasCommit(r)));
      expect(answers).toEqual(revisions.map((r) => revParse(repo.dir, r)));
      expect(answers.filter(Boolean).length).toBeGreaterThan(5);
    } finally {
      session.close();
    }
  });

  it('writes blobs byte for byte, and answers no (leaving no file) where there is no blob', async () => {
    const specs = [
      'HEAD:./a.csv',
      'HEAD:./big.bin',
      'HEAD:./sub', // a folder
      'HEAD:./empty.csv',
      'HEAD:./missing.csv',
      'no-such-revision:./a.csv',
      'annotated:./sub/deep/b.csv',
      'HEAD', // a commit, not a blob
      'HEAD:./a.csv',
      'HEAD:./cr.csv\r',
      'HEAD:./cr.csv', // no such file: only its name with the carriage return is
    ];
    const session = new GitObjectSession(repo.dir);
    try {
      const targets = specs.map((_, i) => join(out, `blob-${i}`));
      const found = await Promise.all(specs.map((s, i) => session.blobToFile(s, targets[i]!)));
      specs.forEach((spec, i) => {
        const expected = catFile(repo.dir, spec);
        expect(found[i], spec).toBe(expected !== undefined);
        if (expected) expect(readFileSync(targets[i]!).equals(expected), spec).toBe(true);
        else expect(existsSync(targets[i]!), spec).toBe(false);
      });
      expect(readFileSync(targets[1]!).equals(big)).toBe(true);
    } finally {
      session.close();
    }
  });

  it('reads paths relative to a subfolder, as git does from there', async () => {
    const cwd = join(repo.dir, 'sub/deep');
    const session = new GitObjectSession(cwd);
    try {
      expect(await session.blobToFile('HEAD:./b.csv', join(out, 'rel-b'))).toBe(true);
      expect(readFileSync(join(out, 'rel-b'), 'utf8')).toBe('b\n3\n');
      expect(await session.blobToFile('HEAD:./a.csv', join(out, 'rel-a'))).toBe(false);
      expect(await session.blobToFile('HEAD:./../../a.csv', join(out, 'rel-up'))).toBe(true);
    } finally {
      session.close();
    }
  });

  it('starts one git process for every question of a run', async () => {
    started.args.length = 0;
    const session = new GitObjectSession(repo.dir);
    try {
      expect(await session.hasCommit('HEAD')).toBe(true);
      expect(await session.blobToFile('HEAD:./a.csv', join(out, 'one-a'))).toBe(true);
      expect(await session.hasCommit('origin/tracked')).toBe(true);
      expect(await session.blobToFile('HEAD:./big.bin', join(out, 'one-big'))).toBe(true);
      expect(await session.blobToFile('HEAD:./missing.csv', join(out, 'one-m'))).toBe(false);
    } finally {
      session.close();
    }
    expect(started.args).toEqual([['cat-file', '--batch']]);
  });

  it('still answers, question by question, after git stops on a path outside the repository', async () => {
    const session = new GitObjectSession(repo.dir);
    try {
      // `git cat-file --batch` ends with a fatal error on this one; separate processes refused
      // it and went on.
      const outside = session.blobToFile('HEAD:./../outside.csv', join(out, 'outside'));
      const after = session.blobToFile('HEAD:./a.csv', join(out, 'after'));
      const commit = session.hasCommit('light');
      expect(await outside).toBe(false);
      expect(await after).toBe(true);
      expect(readFileSync(join(out, 'after'), 'utf8')).toBe('x,y\n1,2\n');
      expect(await commit).toBe(true);
      expect(await session.blobToFile('HEAD:./big.bin', join(out, 'later'))).toBe(true);
      expect(readFileSync(join(out, 'later')).equals(big)).toBe(true);
    } finally {
      session.close();
    }
  });

  it('outside a repository nothing is found; without git, the error names git', async () => {
    const plain = tempDir('cml-objects-plain-');
    const session = new GitObjectSession(plain);
    expect(await session.hasCommit('HEAD')).toBe(false);
    expect(await session.blobToFile('HEAD:./a.csv', join(out, 'plain'))).toBe(false);
    session.close();

    const path = process.env.PATH;
    process.env.PATH = plain;
    try {
      const noGit = new GitObjectSession(repo.dir);
      await expect(noGit.hasCommit('HEAD')).rejects.toThrow('Cannot run git: spawn git ENOENT');
      await expect(noGit.blobToFile('HEAD:./a.csv', join(out, 'nogit'))).rejects.toThrow(
        'spawn git ENOENT',
      );
      noGit.close();
    } finally {
      process.env.PATH = path;
    }
  });

  it('after retire(), sees what changed in the clone (each question gets its own process)', async () => {
    const session = new GitObjectSession(repo.dir);
    try {
      expect(await session.hasCommit('later-branch')).toBe(false);
      repo.write({ 'c.csv': 'c\n1\n' });
      const sha = repo.commit('second');
      repo.git('branch', 'later-branch', sha);
      session.retire();
      started.args.length = 0;
      expect(await session.hasCommit('later-branch')).toBe(true);
      expect(await session.blobToFile(`${sha}:./c.csv`, join(out, 'c'))).toBe(true);
      expect(readFileSync(join(out, 'c'), 'utf8')).toBe('c\n1\n');
      expect(started.args.map((a) => a[0])).toEqual(['rev-parse', 'cat-file']);
    } finally {
      session.close();
    }
  });
});
