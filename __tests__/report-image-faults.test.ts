import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { startGitLabEmulator } from './emulators/gitlab';
import { cleanEnv, distEntry, node24, runAction } from './support/dist';
import { HEAD_SHA, png, pullRequestEvent, REPORT, workspace } from './report-support';

// Issue 9: a 5xx from the image store (GitHub's cml-assets branch, GitLab uploads, a
// --publish-url server) dropped the whole comment. Images are an extra: the comment posts with
// the local references, a note, and a warning naming the images and the reason; fail-on-error
// makes it an error, and even then the report stays in the job summary and on disk.
// Issue 11: `cml comment create` with a read-only token exited 1 with an empty job summary.
const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const };

async function github(): Promise<GitHubEmulator> {
  const gh = await startGitHubEmulator({ repos: ['octo/repo'] });
  gh.addToken('app-token', { ...BOT, installation: true });
  gh.addToken('ro-token', { ...BOT, installation: true, readOnly: true });
  gh.addToken('pr-only-token', { ...BOT, installation: true, noContentsWrite: true });
  gh.seedPull('octo/repo', {
    number: 3,
    headRef: 'feature',
    headSha: HEAD_SHA,
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
  });
  return gh;
}

function report(gh: GitHubEmulator, ws: string, inputs: Record<string, string> = {}) {
  return runAction('report', {
    cwd: ws,
    apiUrl: gh.url,
    event: pullRequestEvent(3),
    eventName: 'pull_request',
    inputs: { update: 'false', ...inputs },
    env: { GITHUB_TOKEN: 'app-token', GITHUB_SHA: HEAD_SHA, GITHUB_SERVER_URL: gh.serverUrl },
  });
}

function spawnBundle(entry: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const child = spawn(node24(), [distEntry(entry), ...args], { cwd, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((res) =>
    child.on('close', (code) => res({ code, stdout, stderr })),
  );
}

const pr = (gh: GitHubEmulator) =>
  gh.state.repo('octo', 'repo').comments.filter((c) => c.issueNumber === 3);

describe('image store failures post the comment without the images', () => {
  it('GitHub: cml-assets writes answer 500 (retries exhausted)', { timeout: 120_000 }, async () => {
    const gh = await github();
    try {
      // More failures than the client's retries: every blob write of this run fails.
      gh.failNext(
        100,
        { status: 500, body: { message: 'Server Error' } },
        {
          method: 'POST',
          path: /\/git\/blobs$/,
        },
      );
      const ws = workspace({ 'report.md': REPORT, 'plots/cm.png': png('5xx') });
      const r = await report(gh, ws);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(
        /::warning::1 image\(s\) could not be published \(plots\/cm\.png\): .*500/,
      );
      expect(r.outputs.result).toBe('created');
      const body = pr(gh)[0]!.body;
      expect(pr(gh)).toHaveLength(1);
      expect(body).toContain('| acc | 0.91 |');
      expect(body).toContain('![confusion](plots/cm.png)');
      expect(body).toMatch(
        /> \*\*1 image\(s\) could not be published\.\*\* The image store failed/,
      );
      expect(gh.state.repo('octo', 'repo').git.refs.get('heads/cml-assets')).toBeUndefined();
      expect(r.summary).toContain('| acc | 0.91 |');
      expect(readFileSync(join(ws, 'cml-report/report.md'), 'utf8')).toContain('| acc | 0.91 |');

      const strict = await report(gh, ws, { 'fail-on-error': 'true' });
      expect(strict.code).toBe(1);
      expect(strict.stdout).toMatch(/::error.*500/);
      expect(pr(gh)).toHaveLength(1);
      expect(strict.summary).toContain('| acc | 0.91 |');
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });

  it('GitLab: the upload answers 500', async () => {
    const gl = await startGitLabEmulator();
    try {
      gl.seedProject({ id: 42, path: 'group/ml' });
      gl.addToken('glpat-report', { username: 'report-bot', id: 900, scopes: ['api'] });
      gl.seedMergeRequest(42, { iid: 3, sourceBranch: 'f', targetBranch: 'main', sha: HEAD_SHA });
      gl.failNext(
        100,
        { status: 500, body: { message: '500 Internal Server Error' } },
        {
          method: 'POST',
          path: /\/uploads$/,
        },
      );
      const ws = workspace({ 'report.md': REPORT, 'plots/cm.png': png('gl-5xx') });
      const r = await spawnBundle(
        'report',
        [],
        ws,
        cleanEnv({
          GITLAB_CI: 'true',
          CI_API_V4_URL: gl.url,
          CI_SERVER_URL: gl.serverUrl,
          CI_PROJECT_ID: '42',
          CI_PROJECT_PATH: 'group/ml',
          CI_PROJECT_DIR: ws,
          CI_COMMIT_SHA: HEAD_SHA,
          CI_MERGE_REQUEST_IID: '3',
          CI_JOB_URL: `${gl.serverUrl}/group/ml/-/jobs/5`,
          GITLAB_TOKEN: 'glpat-report',
        }),
      );
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/warning: 1 image\(s\) could not be published \(plots\/cm\.png\)/);
      const notes = gl.state.notes.filter((n) => n.noteableIid === 3);
      expect(notes).toHaveLength(1);
      expect(notes[0]!.body).toContain('![confusion](plots/cm.png)');
      expect(notes[0]!.body).toContain('could not be published');
      expect(gl.state.uploads).toHaveLength(0);
      expect(gl.violations).toEqual([]);
    } finally {
      await gl.close();
    }
  });

  it('--publish-url / publish-url: the asset server answers 503', async () => {
    const gh = await github();
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(503).end('maintenance'));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload`;
    try {
      const ws = workspace({ 'report.md': REPORT, 'plots/cm.png': png('url') });
      const r = await report(gh, ws, { 'publish-url': url });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(
        /::warning::1 image\(s\) could not be published \(plots\/cm\.png\): .*HTTP 503 maintenance/,
      );
      expect(pr(gh)).toHaveLength(1);
      expect(pr(gh)[0]!.body).toContain('![confusion](plots/cm.png)');

      const cli = await spawnBundle(
        'cml',
        ['comment', 'create', 'report.md', '--driver', 'github', '--repo', 'octo/repo'],
        ws,
        cleanEnv({
          REPO_TOKEN: 'app-token',
          CML_API_URL: gh.url,
          CML_COMMENT_PUBLISH_URL: url,
          CML_COMMENT_TARGET: 'pr/3',
        }),
      );
      expect(cli.code).toBe(0);
      expect(cli.stderr).toMatch(/1 image\(s\) could not be published \(plots\/cm\.png\)/);
      expect(pr(gh)).toHaveLength(2);
      expect(gh.violations).toEqual([]);
    } finally {
      server.close();
      await gh.close();
    }
  });
});

describe('cml comment create keeps the report when posting fails', () => {
  function inActions(gh: GitHubEmulator, ws: string, token: string) {
    const summary = join(ws, 'step-summary.md');
    writeFileSync(summary, '');
    writeFileSync(join(ws, 'event.json'), JSON.stringify(pullRequestEvent(3)));
    const env = cleanEnv({
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo/repo',
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: gh.serverUrl,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(ws, 'event.json'),
      GITHUB_WORKSPACE: ws,
      GITHUB_SHA: HEAD_SHA,
      GITHUB_RUN_ID: '1001',
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_TOKEN: token,
    });
    return {
      summary: () => readFileSync(summary, 'utf8'),
      run: (extra: string[] = []) =>
        spawnBundle('cml', ['comment', 'create', 'report.md', ...extra], ws, env),
    };
  }

  it('read-only token (fork PR): warning, exit 0, summary and file kept; --fail-on-error exits 1 and keeps them too', async () => {
    const gh = await github();
    try {
      const ws = workspace({ 'report.md': '# fork report\n' });
      const job = inActions(gh, ws, 'ro-token');
      const r = await job.run();
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/::warning::The report could not be posted/);
      expect(r.stderr).toContain('pull-requests: write');
      expect(job.summary()).toContain('# fork report');
      expect(readFileSync(join(ws, 'cml-report/report.md'), 'utf8')).toContain('# fork report');
      expect(pr(gh)).toHaveLength(0);

      const strict = await job.run(['--fail-on-error']);
      expect(strict.code).toBe(1);
      expect(strict.stderr).toContain('pull-requests: write');
      expect(job.summary()).toContain('# fork report');
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });

  it('no contents: write: the comment posts without the images and names the permission', async () => {
    const gh = await github();
    try {
      const ws = workspace({ 'report.md': REPORT, 'plots/cm.png': png('cli-pr-only') });
      const job = inActions(gh, ws, 'pr-only-token');
      const r = await job.run();
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/::warning::1 image\(s\) could not be published/);
      expect(r.stderr).toContain('permissions: contents: write');
      expect(pr(gh)).toHaveLength(1);
      expect(pr(gh)[0]!.body).toContain('`permissions: contents: write`');
      expect(pr(gh)[0]!.body).toContain('![confusion](plots/cm.png)');
      expect(job.summary()).toContain('| acc | 0.91 |');
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });
});
