import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { cleanEnv, distEntry, node24, runAction } from './support/dist';
import { HEAD_SHA, pullRequestEvent, workspace } from './report-support';

// Issue 9: a pull request's `report.md -> /proc/self/environ` posted the job's token in the
// comment, the job summary and cml-report/report.md. The report file must be a regular file; a
// symlink that leads out of the workspace is refused, as images are. The path named in the
// workflow is trusted; what the repository holds at that path is not.
let gh: GitHubEmulator;
const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const };
const CANARY = 'ghs_canary0123456789abcdefCANARY';

beforeAll(async () => {
  gh = await startGitHubEmulator({ repos: ['octo/repo'] });
  gh.addToken(CANARY, { ...BOT, installation: true });
  gh.seedPull('octo/repo', {
    number: 5,
    headRef: 'evil',
    headSha: HEAD_SHA,
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
  });
});
afterAll(() => gh.close());

const comments = () => gh.state.repo('octo', 'repo').comments.filter((c) => c.issueNumber === 5);

function action(ws: string, inputs: Record<string, string> = {}) {
  return runAction('report', {
    cwd: ws,
    apiUrl: gh.url,
    event: pullRequestEvent(5),
    eventName: 'pull_request',
    inputs,
    // INPUT_TOKEN, as `token: ${{ github.token }}` passes it: what /proc/self/environ leaked.
    env: { INPUT_TOKEN: CANARY, GITHUB_SHA: HEAD_SHA, GITHUB_SERVER_URL: gh.serverUrl },
  });
}

function cml(args: string[], cwd: string, env: Record<string, string>) {
  const child = spawn(node24(), [distEntry('cml'), ...args], { cwd, env: cleanEnv(env) });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((res) =>
    child.on('close', (code) => res({ code, stdout, stderr })),
  );
}

function leaked(ws: string, ...texts: string[]): boolean {
  const file = join(ws, 'cml-report/report.md');
  const onDisk = existsSync(file) ? readFileSync(file, 'utf8') : '';
  // The runner is told to mask the token (`::add-mask::`): that line is expected, nothing else.
  const shown = texts.map((t) => t.replace(/^::add-mask::.*$/gm, ''));
  return [onDisk, ...shown, ...comments().map((c) => c.body)].some((t) => t.includes(CANARY));
}

describe('the report file is a regular file of the workspace', () => {
  it('report action: report.md -> /proc/self/environ is refused, nothing leaks', async () => {
    const ws = workspace({});
    symlinkSync('/proc/self/environ', join(ws, 'report.md'));
    const r = await action(ws);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error.*Report file 'report\.md' is a symlink leading out of the workspace \(to \/proc\/\d+\/environ\); refused/,
    );
    expect(leaked(ws, r.stdout, r.stderr, r.summary)).toBe(false);
    expect(comments()).toHaveLength(0);
    expect(gh.violations).toEqual([]);
  });

  it('report action: a symlink to a file outside, through a linked folder, is refused too', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'cml-outside-'));
    writeFileSync(join(outside, 'secret.md'), `# ${CANARY}\n`);
    const ws = workspace({});
    symlinkSync(outside, join(ws, 'docs'));
    const r = await action(ws, { file: 'docs/secret.md' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('is a symlink leading out of the workspace');
    expect(leaked(ws, r.stdout, r.summary)).toBe(false);
    expect(comments()).toHaveLength(0);
  });

  it('report action: a folder named as the report is not read', async () => {
    const ws = workspace({});
    mkdirSync(join(ws, 'report.md'));
    const r = await action(ws);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Report file 'report.md' is not a regular file");
    expect(comments()).toHaveLength(0);
  });

  it('report action: a symlink inside the workspace and a trusted path outside it are read', async () => {
    const ws = workspace({ 'docs/real.md': '# linked inside\n' });
    symlinkSync('docs/real.md', join(ws, 'report.md'));
    const inside = await action(ws);
    expect(inside.code).toBe(0);
    expect(comments().at(-1)!.body).toContain('# linked inside');
    // A path the workflow itself names outside the workspace is configuration, not PR content.
    const outside = mkdtempSync(join(tmpdir(), 'cml-trusted-'));
    writeFileSync(join(outside, 'report.md'), '# trusted outside\n');
    const trusted = await action(workspace({}), { file: join(outside, 'report.md') });
    expect(trusted.code).toBe(0);
    expect(comments().at(-1)!.body).toContain('# trusted outside');
    expect(gh.violations).toEqual([]);
  });

  it('cml comment create: report.md -> /proc/self/environ is refused, nothing leaks', async () => {
    const ws = workspace({});
    symlinkSync('/proc/self/environ', join(ws, 'report.md'));
    const before = comments().length;
    const r = await cml(
      ['comment', 'create', 'report.md', '--driver', 'github', '--repo', 'octo/repo'],
      ws,
      { REPO_TOKEN: CANARY, GITHUB_API_URL: gh.url, CML_API_URL: gh.url },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Report file 'report.md' is a symlink leading out of the workspace");
    expect(leaked(ws, r.stdout, r.stderr)).toBe(false);
    expect(comments()).toHaveLength(before);
    // Outside CI (no forge) the local copy is refused the same way.
    const local = await cml(['comment', 'create', 'report.md'], ws, {});
    expect(local.code).toBe(1);
    expect(local.stderr).toContain('symlink leading out of the workspace');
    expect(leaked(ws, local.stdout, local.stderr)).toBe(false);
  });

  describe('what a report links to is published only when it holds no credentials', () => {
    it('report action: .git/config and a file holding the token stay unpublished, with a warning', async () => {
      // actions/checkout keeps the token in .git/config as an http extraheader (base64 of
      // x-access-token:<token>), so the raw token is not even in it: the folder itself is refused.
      const header = Buffer.from(`x-access-token:${CANARY}`).toString('base64');
      const ws = workspace({
        'report.md':
          '# r\n\n[cfg](.git/config)\n\n![x](.git/HEAD)\n\n[notes](notes.txt)\n\n[ok](ok.txt)\n',
        '.git/config': `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${header}\n`,
        '.git/HEAD': 'ref: refs/heads/main\n',
        'notes.txt': `token ${CANARY}\n`,
        'ok.txt': 'plain\n',
      });
      const r = await action(ws);
      expect(r.code, r.stdout).toBe(0);
      expect(r.stdout).toMatch(/Linked file '\.git\/config' in report\.md is inside \.git/);
      expect(r.stdout).toMatch(/Image '\.git\/HEAD' in report\.md is inside \.git/);
      expect(r.stdout).toMatch(
        /Linked file 'notes\.txt' in report\.md holds a secret this job read/,
      );
      const body = comments().at(-1)!.body;
      expect(body).toContain('[cfg](.git/config)');
      expect(body).toContain('[notes](notes.txt)');
      expect(body).not.toContain('(ok.txt)');
      // Nothing the emulator stored (the assets branch's blobs) holds the token or the header.
      const blobs = [...gh.state.repo('octo', 'repo').git.blobs.values()];
      expect(blobs.length).toBeGreaterThan(0);
      for (const blob of blobs) {
        expect(blob.includes(CANARY)).toBe(false);
        expect(blob.includes(header)).toBe(false);
      }
      expect(leaked(ws, r.stdout, r.summary)).toBe(false);
      expect(gh.violations).toEqual([]);
    });
  });
});
