// Real git repositories for the metrics-diff tests, built in the system temp folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Metrics Test',
  GIT_AUTHOR_EMAIL: 'metrics@example.com',
  GIT_COMMITTER_NAME: 'Metrics Test',
  GIT_COMMITTER_EMAIL: 'metrics@example.com',
};

export interface TestRepo {
  dir: string;
  git(...args: string[]): string;
  write(files: Record<string, string>): void;
  remove(...paths: string[]): void;
  /** Commits everything and returns the new sha. */
  commit(message: string): string;
}

const made: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function openRepo(dir: string): TestRepo {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      env: { ...process.env, ...GIT_IDENTITY },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  return {
    dir,
    git,
    write(files) {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
    },
    remove(...paths) {
      for (const path of paths) rmSync(join(dir, path), { force: true });
    },
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
  };
}

/** A new repository on branch main. */
export function newRepo(): TestRepo {
  const repo = openRepo(tempDir('cml-metrics-repo-'));
  repo.git('init', '-q', '-b', 'main');
  repo.git('config', 'commit.gpgsign', 'false');
  return repo;
}

/** A shallow (depth 1) clone of `branch` over file://, so fetching works as it does from a forge. */
export function shallowClone(source: TestRepo, branch: string): TestRepo {
  const dir = tempDir('cml-metrics-clone-');
  execFileSync(
    'git',
    ['clone', '-q', '--depth', '1', '--branch', branch, `file://${source.dir}`, dir],
    { env: { ...process.env, ...GIT_IDENTITY }, stdio: 'ignore' },
  );
  return openRepo(dir);
}
