// Runs GitLab CI pipelines with gitlab-ci-local 4.73.0 (shell executor) in a throw-away git
// repository whose `origin` names the emulated project, so `include: component:` resolves to
// the fixture's own templates/ at $CI_COMMIT_SHA, and whose jobs talk to the GitLab emulator
// through CI_API_V4_URL / CI_SERVER_URL. Merge-request pipelines get the CI_MERGE_REQUEST_*
// variables GitLab sets; branch pipelines do not.
import { spawn, execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { GitLabEmulator } from '../emulators/gitlab';
import { cleanEnv, node24, ROOT } from './dist';

export const GITLAB_CI_LOCAL = join(ROOT, 'node_modules/.bin/gitlab-ci-local');
/** The host in the fixture's origin URL: CI_SERVER_FQDN for component includes. */
export const FIXTURE_HOST = 'gitlab.cml.test';

const IDENTITY = {
  GIT_AUTHOR_NAME: 'cml test',
  GIT_AUTHOR_EMAIL: 'test@cml.invalid',
  GIT_COMMITTER_NAME: 'cml test',
  GIT_COMMITTER_EMAIL: 'test@cml.invalid',
};

const created: string[] = [];

/** Removes every fixture repository this process created (call from afterAll). */
export function removeGitLabFixtures(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface GitLabFixture {
  dir: string;
  projectPath: string;
  /** Commits every file in the work tree on the current branch and returns the new sha. */
  commit(message: string): string;
  git(...args: string[]): string;
  write(path: string, content: string | Buffer): void;
  read(path: string): string;
}

/**
 * A git repository in the temp dir with `origin` = https://gitlab.cml.test/<projectPath>.git,
 * holding `files` plus (by default) this checkout's templates/ and gitlab/ folders, committed
 * on `main`.
 */
export function createGitLabFixture(options: {
  projectPath: string;
  files: Record<string, string | Buffer>;
  copyFromCheckout?: string[];
}): GitLabFixture {
  const dir = mkdtempSync(join(tmpdir(), 'cml-glci-'));
  created.push(dir);
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      env: { ...cleanEnv(), ...IDENTITY },
      encoding: 'utf8',
    }).trim();
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  git('init', '-q', '-b', 'main');
  git('config', 'commit.gpgsign', 'false');
  git('remote', 'add', 'origin', `https://${FIXTURE_HOST}/${options.projectPath}.git`);
  for (const folder of options.copyFromCheckout ?? ['templates', 'gitlab']) {
    if (existsSync(join(ROOT, folder)))
      cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
  }
  write('.gitignore', '.gitlab-ci-local/\n.cml-cache/\n');
  for (const [path, content] of Object.entries(options.files)) write(path, content);
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  commit('fixture');
  // As after a clone: origin/main and origin/HEAD exist (gitlab-ci-local reads the default branch).
  git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
  return {
    dir,
    projectPath: options.projectPath,
    commit,
    git,
    write,
    read: (path) => readFileSync(join(dir, path), 'utf8'),
  };
}

export type Pipeline =
  | { kind: 'branch'; branch?: string }
  | {
      kind: 'merge_request';
      iid: number;
      sourceBranch: string;
      targetBranch: string;
      diffBaseSha?: string;
    };

export interface GitLabCiLocalRun {
  code: number | null;
  output: string;
  /** KEY=value pairs of a job's dotenv report, read from gitlab-ci-local's artifacts folder. */
  dotenv(job: string, file: string): Record<string, string>;
}

/**
 * Runs the fixture's pipeline (or the named jobs) with the emulator as the GitLab instance.
 * The token goes in REPO_TOKEN as a project would set a masked CI/CD variable.
 */
export async function runGitLabCiLocal(
  fixture: GitLabFixture,
  options: {
    emulator: GitLabEmulator;
    token?: string;
    projectId: number;
    pipeline: Pipeline;
    variables?: Record<string, string>;
    jobs?: string[];
    /** Only parse, validate (GitLab's JSON schema) and list the jobs: `--list`. */
    list?: boolean;
    timeoutMs?: number;
  },
): Promise<GitLabCiLocalRun> {
  const variables: Record<string, string> = {
    GITLAB_CI: 'true',
    CI_API_V4_URL: options.emulator.url,
    CI_SERVER_URL: options.emulator.serverUrl,
    CI_PROJECT_ID: String(options.projectId),
    // With `image:` set, gitlab-ci-local names the container path (/builds/...) even when the
    // shell executor runs the job in the fixture itself.
    CI_PROJECT_DIR: fixture.dir,
    CI_BUILDS_DIR: dirname(fixture.dir),
    ...(options.token ? { REPO_TOKEN: options.token } : {}),
    ...pipelineVariables(options.pipeline, fixture),
    ...(options.variables ?? {}),
  };
  const args = [
    '--shell-executor-no-image',
    '--force-shell-executor',
    '--no-color',
    '--home',
    join(fixture.dir, '.gitlab-ci-local', 'home'),
    '--ignore-predefined-vars',
    Object.keys(variables).join(','),
    ...Object.entries(variables).flatMap(([k, v]) => ['--variable', `${k}=${v}`]),
    ...(options.list ? ['--list'] : []),
    ...(options.jobs ?? []),
  ];
  // Jobs run `node` from PATH: put Node 24 first, as on a node:24 image. gitlab-ci-local copies
  // the project and artifacts with rsync, which a fresh machine lacks: our stand-in comes first,
  // so every machine runs the same copy (__tests__/support/rsync-stand-in.mjs).
  const env = cleanEnv({
    PATH: `${rsyncStandInDir()}:${dirname(node24())}:${process.env.PATH ?? ''}`,
    ...IDENTITY,
  });
  const { code, output } = await run(
    GITLAB_CI_LOCAL,
    args,
    fixture.dir,
    env,
    options.timeoutMs ?? 240_000,
  );
  return {
    code,
    output,
    dotenv(job, file) {
      const path = join(
        fixture.dir,
        '.gitlab-ci-local/artifacts',
        job,
        '.gitlab-ci-reports/dotenv',
        file,
      );
      if (!existsSync(path)) throw new Error(`job ${job} left no dotenv report ${file}\n${output}`);
      return parseDotenv(readFileSync(path, 'utf8'));
    },
  };
}

let standInDir: string | undefined;

/** A folder holding `rsync`, a wrapper that runs rsync-stand-in.mjs with this Node. */
export function rsyncStandInDir(): string {
  if (standInDir && existsSync(standInDir)) return standInDir;
  const dir = mkdtempSync(join(tmpdir(), 'cml-rsync-'));
  created.push(dir);
  const script = join(ROOT, '__tests__/support/rsync-stand-in.mjs');
  writeFileSync(
    join(dir, 'rsync'),
    `#!/bin/sh\nexec ${shellQuote(process.execPath)} ${shellQuote(script)} "$@"\n`,
    { mode: 0o755 },
  );
  standInDir = dir;
  return dir;
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function pipelineVariables(pipeline: Pipeline, fixture: GitLabFixture): Record<string, string> {
  if (pipeline.kind === 'branch') {
    const branch = pipeline.branch ?? fixture.git('rev-parse', '--abbrev-ref', 'HEAD');
    return { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: branch, CI_COMMIT_REF_NAME: branch };
  }
  return {
    CI_PIPELINE_SOURCE: 'merge_request_event',
    CI_MERGE_REQUEST_IID: String(pipeline.iid),
    CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: pipeline.sourceBranch,
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: pipeline.targetBranch,
    CI_COMMIT_REF_NAME: pipeline.sourceBranch,
    ...(pipeline.diffBaseSha ? { CI_MERGE_REQUEST_DIFF_BASE_SHA: pipeline.diffBaseSha } : {}),
  };
}

export function parseDotenv(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0 && !line.startsWith('#')) result[line.slice(0, at)] = line.slice(at + 1);
  }
  return result;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`gitlab-ci-local timed out after ${timeoutMs} ms\n${output}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
