// Helpers of the cli-*.test.ts files: local git repositories (a bare "origin" on disk and a
// working clone), and the bundled CLI run under Node 24 either directly or through the bin/
// wrappers (linked into a folder the way npm links a global install).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cleanEnv, distEntry, node24, ROOT } from './support/dist';

export const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.invalid',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.invalid',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_IDENTITY },
  }).trim();
}

export interface TestRepo {
  /** The bare repository standing in for the forge's copy. */
  bare: string;
  /** A clone with one commit on main, the CI checkout. */
  work: string;
  sha: string;
}

export function makeRepo(): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'cml-cli-repo-'));
  const bare = join(dir, 'origin.git');
  const work = join(dir, 'work');
  git(dir, 'init', '-q', '--bare', '-b', 'main', bare);
  git(dir, 'init', '-q', '-b', 'main', work);
  writeFileSync(join(work, 'train.py'), 'print("train")\n');
  git(work, 'add', 'train.py');
  git(work, 'commit', '-q', '-m', 'initial');
  git(work, 'remote', 'add', 'origin', bare);
  git(work, 'push', '-q', 'origin', 'main');
  return { bare, work, sha: git(work, 'rev-parse', 'HEAD') };
}

/** The tip of a branch in the bare repository, or undefined. */
export function bareRef(bare: string, ref: string): string | undefined {
  try {
    return git(bare, 'rev-parse', '--verify', '-q', `refs/${ref}`);
  } catch {
    return undefined;
  }
}

let linkedBin: string | undefined;
/** bin/* symlinked into a fresh folder, as `npm install --global` links them. */
export function linkedBinDir(): string {
  if (linkedBin) return linkedBin;
  const dir = mkdtempSync(join(tmpdir(), 'cml-npm-bin-'));
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(join(ROOT, 'bin'))) {
    symlinkSync(join(ROOT, 'bin', name), join(dir, name));
  }
  linkedBin = dir;
  return dir;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout without runner commands (::add-mask:: and friends): what `$(cml …)` users keep. */
  output: string;
}

/**
 * Runs `cml <args>` (or, with `binary`, that bin/ wrapper) under Node 24 with a clean
 * environment plus `env`, in `cwd`.
 */
export function runCml(
  args: string[],
  options: {
    cwd: string;
    env?: Record<string, string | undefined>;
    binary?: string;
    /** Piped to standard input, which is then closed. */
    stdin?: Buffer;
  },
): Promise<CliRun> {
  const env = cleanEnv({
    ...GIT_IDENTITY,
    PATH: [linkedBinDir(), dirname(node24()), '/usr/bin', '/bin'].join(':'),
    ...options.env,
  });
  const child = options.binary
    ? spawn(join(linkedBinDir(), options.binary), args, { cwd: options.cwd, env })
    : spawn(node24(), [distEntry('cml'), ...args], { cwd: options.cwd, env });
  if (options.stdin) child.stdin.end(options.stdin);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        output: stdout
          .split('\n')
          .filter((l) => !l.startsWith('::'))
          .join('\n')
          .trim(),
      }),
    ),
  );
}
