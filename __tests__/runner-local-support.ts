/**
 * The world of the runner-local tests: the GitHub and GitLab emulators, a loopback download
 * server standing in for actions/runner's release downloads and gitlab-runner's bucket, fake
 * runner software built from __tests__/fixtures/runner-local (it behaves like the real runners
 * at the interface cml uses; each file cites its source), and the real `cml` CLI run from src
 * under Node 24 as a separate process, so its signals and exit codes are the real ones.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { seedRelease } from './emulators/github/routes/releases';
import { startGitLabEmulator, type GitLabEmulator } from './emulators/gitlab';
import { runnerReleaseNotes } from './runner-world';
import { cleanEnv, node24, ROOT } from './support/dist';

export const PAT = 'ghp_localRunnerPat0123456789abcdefABCDEF';
export const GITLAB_PAT = 'glpat-localRunnerPat0123456789';
export const GITHUB_VERSION = '2.331.0';
export const GITLAB_VERSION = '18.4.0';
const FIXTURES = join(ROOT, '__tests__/fixtures/runner-local');

export interface LocalWorld {
  github: GitHubEmulator;
  gitlab: GitLabEmulator;
  /** Loopback base of the downloads: <base>/github (actions/runner), <base>/gitlab (bucket). */
  downloads: string;
  /** Paths asked of the download server. */
  downloaded: string[];
  /** sha256 of the fake actions/runner tarball and the fake gitlab-runner binary. */
  sha: { github: string; gitlab: string };
  close(): Promise<void>;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** actions/runner's release package: a tar.gz holding run.sh at its root, as the real one does. */
function fakeRunnerTarball(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'cml-fake-actions-runner-'));
  copyFileSync(join(FIXTURES, 'run.sh'), join(dir, 'run.sh'));
  execFileSync('chmod', ['+x', join(dir, 'run.sh')]);
  const file = join(dir, '..', `${dir.split('/').pop()}.tar.gz`);
  execFileSync('tar', ['-czf', file, '-C', dir, 'run.sh']);
  return readFileSync(file);
}

/**
 * Starts the world. `githubSha` overrides the sha256 the actions/runner release notes publish
 * (a checksum-mismatch test gives one that is not the package's).
 */
export async function startLocalWorld(
  options: { githubSha?: string; gitlabSha?: string } = {},
): Promise<LocalWorld> {
  const tarball = fakeRunnerTarball();
  const binary = readFileSync(join(FIXTURES, 'gitlab-runner'));
  const sha = { github: sha256(tarball), gitlab: sha256(binary) };
  const downloaded: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    downloaded.push(url);
    const gh = `/github/v${GITHUB_VERSION}/actions-runner-linux-`;
    if (url.startsWith(gh) && url.endsWith(`-${GITHUB_VERSION}.tar.gz`)) return res.end(tarball);
    // gitlab.com's "latest release" permalink and the bucket's checksum list and binaries
    // (the layout src/runners/versions.ts cites).
    if (url === '/gitlab-api/projects/gitlab-org%2Fgitlab-runner/releases/permalink/latest') {
      res.setHeader('content-type', 'application/json');
      return res.end(JSON.stringify({ tag_name: `v${GITLAB_VERSION}` }));
    }
    if (url === `/gitlab/v${GITLAB_VERSION}/release.sha256`) {
      const s = options.gitlabSha ?? sha.gitlab;
      return res.end(
        `${s} *binaries/gitlab-runner-linux-amd64\n${s} *binaries/gitlab-runner-linux-arm64\n`,
      );
    }
    if (url.startsWith(`/gitlab/v${GITLAB_VERSION}/binaries/gitlab-runner-linux-`)) {
      return res.end(binary);
    }
    // S3 and GitHub's downloads answer a missing object with 403/404.
    res.writeHead(404);
    res.end('Not Found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const downloads = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const github = await startGitHubEmulator({ repos: ['octo/repo'] });
  github.addToken(PAT, { login: 'ml-admin', id: 501, type: 'User' });
  const published = options.githubSha ?? sha.github;
  seedRelease(github.state, 'actions/runner', {
    tag: `v${GITHUB_VERSION}`,
    body: runnerReleaseNotes(GITHUB_VERSION, published, published),
    assets: [`actions-runner-linux-x64-${GITHUB_VERSION}.tar.gz`],
  });
  const gitlab = await startGitLabEmulator();
  gitlab.addToken(GITLAB_PAT, { username: 'ml-admin', id: 77, scopes: ['api', 'create_runner'] });
  gitlab.seedProject({ id: 42, path: 'group/ml' });
  return {
    github,
    gitlab,
    downloads,
    downloaded,
    sha,
    close: async () => {
      await Promise.all([github.close(), gitlab.close(), new Promise((r) => server.close(r))]);
    },
  };
}

export interface CliHandle {
  child: ChildProcess;
  /** Everything the CLI printed so far (stdout and stderr, in arrival order). */
  output(): string;
  /** Resolves once the output matches, or fails after `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  /** The exit code (128 + n for a signal that killed it). */
  exited: Promise<number>;
  /** The folder the fake runner reports to and takes jobs from. */
  control: string;
  /** The CLI's HOME (the default workdir is ~/.cml/<name>). */
  home: string;
  /** Hands the runner a job. */
  giveJob(name?: string): void;
  /** Files the fake runner wrote whose name starts with `prefix`, in order. */
  reports(prefix: string): string[];
}

/**
 * Runs `cml runner launch <args>` from src (tsx) under Node 24, with a clean environment plus
 * the world's endpoints and `env`. The forge token is passed as REPO_TOKEN (as CI does), so the
 * test can check it never reaches the runner.
 */
export function launchCli(world: LocalWorld, args: string[], env: Record<string, string> = {}) {
  const control = mkdtempSync(join(tmpdir(), 'cml-runner-local-control-'));
  const home = mkdtempSync(join(tmpdir(), 'cml-runner-local-home-'));
  mkdirSync(home, { recursive: true });
  const loader = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const child = spawn(
    node24(),
    ['--import', loader, join(ROOT, 'src/main/cml.ts'), 'runner', 'launch', ...args],
    {
      cwd: home,
      env: cleanEnv({
        HOME: home,
        FAKE_RUNNER_CONTROL: control,
        CML_RUNNER_GITHUB_DOWNLOADS: `${world.downloads}/github`,
        CML_RUNNER_GITLAB_RELEASES_API: `${world.downloads}/gitlab-api`,
        CML_RUNNER_GITLAB_DOWNLOADS: `${world.downloads}/gitlab`,
        CML_FORGE_RETRY_UNIT_MS: '5',
        ...env,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let text = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const onData = (d: Buffer) => {
    text += d.toString();
    for (const w of [...waiters]) {
      if (w.pattern.test(text)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number>((resolve) =>
    child.on('close', (code, signal) => resolve(code ?? (signal === 'SIGKILL' ? 137 : 128))),
  );
  const handle: CliHandle = {
    child,
    output: () => text,
    exited,
    control,
    home,
    waitFor(pattern, ms = 30_000) {
      if (pattern.test(text)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${pattern}; output so far:\n${text}`)),
          ms,
        );
        waiters.push({
          pattern,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
        void exited.then(() => {
          if (!pattern.test(text)) {
            clearTimeout(timer);
            reject(new Error(`cml exited before ${pattern}; output:\n${text}`));
          }
        });
      });
    },
    giveJob(name = 'train') {
      execFileSync('sh', [
        '-c',
        `printf %s "$1" > "$2/job.tmp" && mv "$2/job.tmp" "$2/job"`,
        'sh',
        name,
        control,
      ]);
    },
    reports(prefix) {
      return readdirSync(control)
        .filter((f) => f.startsWith(prefix))
        .sort()
        .map((f) => readFileSync(join(control, f), 'utf8'));
    },
  };
  return handle;
}
