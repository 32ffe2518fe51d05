// What keeps `cml data diff` of a small file within issue 14's 300 ms cold start, and that none of
// it changes what the command does: `cml data …` parses with the data command alone
// (src/cli/index.ts), and one git process answers the base revision check and reads the base
// (src/git/object-session.ts, started by src/cli/commands/data.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanEnv, distEntry, node24 } from './support/dist';
import { newRepo, removeTempDirs, tempDir, type TestRepo } from './metrics-fixtures';

// Records whether the CLI loaded its full command list (src/cli/commands/index.ts).
const loads = vi.hoisted(() => ({ all: 0 }));
vi.mock('../src/cli/commands/index', async (importOriginal) => {
  loads.all++;
  return importOriginal();
});

afterAll(removeTempDirs);

let repo: TestRepo;
beforeAll(() => {
  repo = newRepo();
  const rows = (n: number, k: number) =>
    Array.from({ length: n }, (_, i) => `${i},${(i * k) % 97},${['a', 'b', 'c'][i % 3]}`);
  repo.write({ 'small.csv': `id,v,c\n${rows(100, 7).join('\n')}\n` });
  repo.commit('base');
  repo.write({ 'small.csv': `id,v,c\n${rows(100, 13).join('\n')}\n` });
});

describe('cml data … loads only the data command', () => {
  it('parses with it alone, with the same errors; every command is named when one is unknown', async () => {
    const { runCli } = await import('../src/cli/index');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const cwd = process.cwd();
    try {
      loads.all = 0;
      process.chdir(repo.dir);
      expect(await runCli(['data', 'validate', 'small.csv'])).toBe(0);
      expect(stdout.mock.calls.join('')).toContain('**small.csv**: 100 rows, 3 columns');
      expect(await runCli(['data', 'diff', '--targets', 'small.csv', '--bogus'])).toBe(1);
      expect(stderr.mock.calls.join('')).toContain('Unknown argument: bogus');
      expect(loads.all).toBe(0);
      stderr.mockClear();
      // A misspelt subcommand: the message names every command, as with the full list loaded.
      expect(await runCli(['data', 'dif'])).toBe(1);
      expect(loads.all).toBe(1);
      const text = stderr.mock.calls.join('');
      expect(text).toContain('Unknown command. Did you mean diff?');
      expect(text).toMatch(/Commands: demo, plot, .*, metrics, params, runner, data\. Run cml/);
      expect(text.match(/Unknown command/g)).toHaveLength(1);
    } finally {
      process.chdir(cwd);
      stderr.mockRestore();
      stdout.mockRestore();
    }
  });
});

describe('cml data diff of one file (bundled CLI, Node 24)', () => {
  beforeAll(() => {
    if (!existsSync(distEntry('cml'))) throw new Error('Build dist/cml first');
  });

  // A `git` first on PATH that logs each call, then runs the real one.
  function loggingGit(): { dir: string; log: string } {
    const dir = tempDir('cml-git-log-');
    const log = join(dir, 'calls.log');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(dir, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`);
    chmodSync(join(dir, 'git'), 0o755);
    return { dir, log };
  }

  it('asks git once: the revision check and the base come from one git cat-file --batch', () => {
    const git = loggingGit();
    const r = spawnSync(node24(), [distEntry('cml'), 'data', 'diff', '--targets', 'small.csv'], {
      cwd: repo.dir,
      env: cleanEnv({ PATH: `${git.dir}:${process.env.PATH}` }),
      encoding: 'utf8',
    });
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.status).toBe(0);
    // Both sides were read: the base from git, HEAD from the workspace.
    expect(r.stdout).toMatch(/\| small\.csv \| v \|/);
    expect(readFileSync(git.log, 'utf8')).toBe('cat-file --batch\n');
  });

  it('an unknown base revision is still the same one-line error, after one fetch attempt', () => {
    const git = loggingGit();
    const r = spawnSync(
      node24(),
      [distEntry('cml'), 'data', 'diff', 'no-such-rev', '--targets', 'small.csv'],
      {
        cwd: repo.dir,
        env: cleanEnv({ PATH: `${git.dir}:${process.env.PATH}` }),
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("error: Unknown base revision 'no-such-rev'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // The session's answer, then the fetch attempts and their checks, each a process of its own.
    const calls = readFileSync(git.log, 'utf8').trim().split('\n');
    expect(calls[0]).toBe('cat-file --batch');
    expect(calls.slice(1).every((c) => /^(fetch|rev-parse) /.test(c))).toBe(true);
    expect(calls.some((c) => c.startsWith('fetch '))).toBe(true);
  });
});
