import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { startGitLabEmulator, type GitLabEmulator } from './emulators/gitlab';
import { cleanEnv, distEntry, node24, ROOT } from './support/dist';
import { png, workspace } from './report-support';
import { ACTIONS_BOT } from './emulators/github/identities';

// The `cml` bundle's comment commands, against the emulators and with no forge at all.
let gh: GitHubEmulator;
let gl: GitLabEmulator;
const SHA = '3'.repeat(40);

beforeAll(async () => {
  gh = await startGitHubEmulator({ repos: ['octo/repo'] });
  gh.addToken('pat', { login: 'alice', id: 7, type: 'User' });
  gh.seedPull('octo/repo', {
    number: 2,
    headRef: 'f',
    headSha: SHA,
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
  });
  gl = await startGitLabEmulator();
  gl.seedProject({ id: 8, path: 'team/model' });
  gl.addToken('glpat', { username: 'bob', id: 70, scopes: ['api'] });
  gl.seedMergeRequest(8, { iid: 6, sourceBranch: 'f', targetBranch: 'main', sha: SHA });
});
afterAll(async () => {
  await gh.close();
  await gl.close();
});

function cml(args: string[], cwd: string, env: Record<string, string> = {}) {
  const child = spawn(node24(), [distEntry('cml'), ...args], { cwd, env: cleanEnv(env) });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((res) =>
    child.on('close', (code) => res({ code, stdout, stderr })),
  );
}

const ghComments = () => gh.state.repo('octo', 'repo').comments.filter((c) => c.issueNumber === 2);
// `--commit-sha` alone comments on that commit, as CML's; with `--target pr` it names the PR.
const GH = ['--driver', 'github', '--repo', 'octo/repo', '--commit-sha', SHA, '--target', 'pr'];
const GH_ENV = { GITHUB_API_URL: '', REPO_TOKEN: 'pat' };

describe('cml comment (bundle, Node 24)', () => {
  it('create adds a comment each time; update edits the last one; titles keep reports apart', async () => {
    const env = { ...GH_ENV, GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: gh.serverUrl };
    const ws = workspace({ 'report.md': '# run 1\n\n![p](p.png)\n', 'p.png': png('cli') });
    const a = await cml(['comment', 'create', 'report.md', ...GH], ws, env);
    expect(a.stderr).not.toMatch(/error|warning/i);
    expect(a.code).toBe(0);
    expect(a.stdout.trim()).toMatch(/issuecomment-\d+$/);
    expect(ghComments()).toHaveLength(1);
    expect(ghComments()[0]!.body).toMatch(/\/blob\/[0-9a-f]{40}\/[0-9a-f]{64}\.png\?raw=true\)/);
    const b = await cml(['comment', 'create', 'report.md', ...GH], ws, env);
    expect(b.code).toBe(0);
    expect(ghComments()).toHaveLength(2);

    const ws2 = workspace({ 'report.md': '# run 2\n' });
    const u = await cml(['comment', 'update', 'report.md', ...GH], ws2, env);
    expect(u.code).toBe(0);
    expect(ghComments().map((c) => c.body.split('\n')[0])).toEqual(['# run 1', '# run 2']);
    // CML_COMMENT_* variables stand for the options (yargs env prefix).
    const t = await cml(['comment', 'create', 'report.md', '--update', ...GH], ws2, {
      ...env,
      CML_COMMENT_WATERMARK_TITLE: 'nightly',
      CML_COMMENT_TARGET: 'pr/2',
    });
    expect(t.code).toBe(0);
    expect(ghComments()).toHaveLength(3);
    expect(ghComments()[2]!.body).toContain('title="nightly"');
    expect(gh.violations).toEqual([]);
  });

  it('legacy send-comment and the cml-send-comment binary, --publish-url and --rm-watermark', async () => {
    const env = { ...GH_ENV, GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: gh.serverUrl };
    const received: { type?: string; disposition?: string; bytes: Buffer }[] = [];
    const server: Server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({
          type: req.headers['content-type'],
          disposition: req.headers['content-disposition'],
          bytes: Buffer.concat(chunks),
        });
        res.end(`https://assets.example/${received.length}.png`);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const ws = workspace({
        'legacy.md': '# legacy\n\n<img src="img/a.png" width="100">\n',
        'img/a.png': png('legacy'),
      });
      const before = ghComments().length;
      const r = await cml(
        [
          'send-comment',
          'legacy.md',
          '--pr',
          '--publish-url',
          url,
          '--repo',
          'octo/repo',
          '--driver',
          'github',
          '--commit-sha',
          SHA,
        ],
        ws,
        env,
      );
      expect(r.stderr).not.toMatch(/error|warning/i);
      expect(r.code).toBe(0);
      expect(received).toHaveLength(1);
      expect(received[0]!.type).toBe('image/png');
      expect(received[0]!.disposition).toBe('inline; filename="a.png"');
      expect(received[0]!.bytes.equals(png('legacy'))).toBe(true);
      expect(ghComments().at(-1)!.body).toContain(
        '<img src="https://assets.example/1.png" width="100">',
      );
      const bin = await cml(
        [
          'legacy.md',
          '--rm-watermark',
          '--no-publish',
          '--pr',
          '--repo',
          'octo/repo',
          '--driver',
          'github',
          '--commit-sha',
          SHA,
        ],
        ws,
        { ...env, CML_INVOKED_AS: 'cml-send-comment' },
      );
      expect(bin.code).toBe(0);
      expect(ghComments()).toHaveLength(before + 2);
      expect(ghComments().at(-1)!.body).not.toContain('cml-report');
      expect(ghComments().at(-1)!.body).toContain('<img src="img/a.png" width="100">');
      const bad = await cml(['comment', 'update', 'legacy.md', '--rm-watermark', ...GH], ws, env);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('--rm-watermark cannot be combined with --update');
      // CML: watermarkTitle conflicts: ['rmWatermark'] (bin/cml/comment/create.js).
      const both = await cml(
        ['comment', 'create', 'legacy.md', '--rm-watermark', '--watermark-title', 'x', ...GH],
        ws,
        env,
      );
      expect(both.code).toBe(1);
      expect(both.stderr).toContain(
        'Arguments watermark-title and rm-watermark are mutually exclusive',
      );
    } finally {
      server.close();
    }
    expect(gh.violations).toEqual([]);
  });

  it("inside a GitHub Actions pull_request job: the run's PR, token from GITHUB_TOKEN", async () => {
    gh.addToken('actions-token', ACTIONS_BOT);
    gh.seedPull('octo/repo', {
      number: 12,
      headRef: 'g',
      headSha: 'a'.repeat(40),
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
    });
    const ws = workspace({
      'report.md': '# from a workflow\n',
      'event.json': JSON.stringify({
        pull_request: {
          number: 12,
          head: { sha: 'a'.repeat(40), ref: 'g' },
          base: { ref: 'main' },
        },
      }),
    });
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo/repo',
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: gh.serverUrl,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(ws, 'event.json'),
      GITHUB_WORKSPACE: ws,
      GITHUB_TOKEN: 'actions-token',
    };
    for (let i = 0; i < 2; i++) {
      const r = await cml(
        ['comment', 'update', 'report.md', '--watermark-title', '{workflow}'],
        ws,
        env,
      );
      expect(r.code).toBe(0);
      // stdout is the URL alone (scripts capture it); workflow commands go to stderr.
      expect(r.stdout).toMatch(/^http:\/\/\S+#issuecomment-\d+\n$/);
      expect(r.stderr).toContain('::add-mask::actions-token');
    }
    const comments = gh.state.repo('octo', 'repo').comments.filter((c) => c.issueNumber === 12);
    expect(comments.map((c) => c.body.split('\n')[0])).toEqual(['# from a workflow']);
    expect(gh.violations).toEqual([]);
  });

  it('GitLab merge request from a developer machine (--driver gitlab)', async () => {
    const ws = workspace({ 'report.md': '# gl\n\n![m](m.png)\n', 'm.png': png('gl') });
    const env = { CI_API_V4_URL: gl.url, CI_SERVER_URL: gl.serverUrl, GITLAB_TOKEN: 'glpat' };
    const args = [
      'comment',
      'update',
      'report.md',
      '--driver',
      'gitlab',
      '--repo',
      'team/model',
      '--commit-sha',
      SHA,
      '--target',
      'pr',
    ];
    const first = await cml(args, ws, env);
    expect(first.stderr).not.toMatch(/error|warning/i);
    expect(first.code).toBe(0);
    const second = await cml(args, ws, env);
    expect(second.code).toBe(0);
    const notes = gl.state.notes.filter((n) => n.noteableIid === 6);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body).toMatch(/\/uploads\/[^/]+\/m\.png\)/);
    expect(gl.violations).toEqual([]);
  });

  it(
    '--watch updates the same comment on every change, also when the file is replaced, until stopped',
    { timeout: 120_000 },
    async () => {
      const ws = workspace({ 'report.md': '# watch v1\n' });
      const child = spawn(
        node24(),
        [
          distEntry('cml'),
          'comment',
          'create',
          'report.md',
          '--watch',
          '--watermark-title',
          'live',
          ...GH,
        ],
        {
          cwd: ws,
          env: cleanEnv({ ...GH_ENV, GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: gh.serverUrl }),
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((res) => child.on('close', res));
      // Polls for a state, never for a duration: only the generous deadline is a time.
      const until = async (what: string, ok: () => boolean) => {
        for (const deadline = Date.now() + 60_000; !ok();) {
          if (Date.now() > deadline || child.exitCode !== null)
            throw new Error(
              `gave up waiting for ${what}; exit ${child.exitCode}; stdout: ${stdout}; stderr: ${stderr}`,
            );
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      const newest = () => ghComments().filter((c) => c.body.includes('# watch v'));
      try {
        await until('the watcher', () => stderr.includes('Watching'));
        // As CML's --watch (src/cml.js: chokidar, ignoreInitial): nothing is posted until the
        // file first changes.
        expect(newest()).toEqual([]);
        writeFileSync(join(ws, 'report.md'), '# watch v2\n');
        await until('v2', () => newest()[0]?.body.startsWith('# watch v2') ?? false);
        // Replaced by rename, as editors and `mv` do: a watch on the old file would miss it.
        writeFileSync(join(ws, 'report.md.tmp'), '# watch v3\n');
        renameSync(join(ws, 'report.md.tmp'), join(ws, 'report.md'));
        await until('v3', () => newest()[0]?.body.startsWith('# watch v3') ?? false);
        // And the new file is watched too.
        writeFileSync(join(ws, 'report.md'), '# watch v4\n');
        await until('v4', () => newest()[0]?.body.startsWith('# watch v4') ?? false);
        expect(newest()).toHaveLength(1);
      } finally {
        child.kill('SIGTERM');
      }
      expect(await exited).toBe(0);
      expect(stderr).not.toMatch(/warning|error/i);
    },
  );

  it('outside CI with no forge options: writes the report and its images to the output folder', async () => {
    const ws = workspace({
      'docs/report.md': '# local\n\n![a](../plots/a.png)\n\n[ref]: ../plots/a.png\n\n![r][ref]\n',
      'plots/a.png': png('local'),
    });
    const r = await cml(['comment', 'create', 'docs/report.md', '--output', 'out'], ws);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(join(ws, 'out/report.md'));
    const text = readFileSync(join(ws, 'out/report.md'), 'utf8');
    const [asset] = readdirSync(join(ws, 'out/assets'));
    expect(text).toBe(`# local\n\n![a](assets/${asset})\n\n[ref]: assets/${asset}\n\n![r][ref]\n`);
    expect(readFileSync(join(ws, 'out/assets', asset!)).equals(png('local'))).toBe(true);

    const typo = await cml(['comment', 'create', 'docs/report.md', '--watermark-titel', 'x'], ws);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/Unknown arguments?: watermark-titel/);

    const missing = await cml(['comment', 'create', 'nope.md'], ws);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Report file not found: nope.md');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it(
    'demo: writes the example report with its metrics table, data section, plot and images',
    { timeout: 120_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cml-demo-'));
      cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
      const git = (...args: string[]) =>
        execFileSync('git', args, {
          cwd: dir,
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@t',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@t',
          },
        });
      git('init', '-q', '-b', 'main');
      git('commit', '-q', '--allow-empty', '-m', 'start');
      const r = await cml(['demo'], dir);
      expect(r.stderr).not.toMatch(/error/i);
      expect(r.code).toBe(0);
      const report = readFileSync(join(dir, 'cml-report/report.md'), 'utf8');
      expect(report).toContain('# Example training run');
      expect(report).toMatch(/\| examples\/metrics\.json \| accuracy +\| - +\| 0\.9124/);
      const images = [...report.matchAll(/!\[[^\]]*\]\((assets\/[0-9a-f]{20}\.png)\)/g)].map(
        (m) => m[1]!,
      );
      // The confusion matrix, the loss curve and the histograms of the two drifted columns.
      expect(images).toHaveLength(4);
      // The data section compares examples/data/base/ (as the base branch) with examples/data/.
      expect(report).toContain('## Data');
      expect(report).toMatch(/\| ❌ fail \| data\/train\.csv \| income \| distribution \|/);
      expect(report).toContain('`missing(age) <= 1%`: data/train.csv: missing(age) is 5.36%');
      expect(report).toMatch(/!\[data\/train\.csv: income \(base dashed, HEAD solid\)\]\(assets\//);
      for (const image of images) {
        const bytes = readFileSync(join(dir, 'cml-report', image));
        expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      }
      expect(existsSync(join(dir, 'examples/cml-report'))).toBe(false);
    },
  );
});
