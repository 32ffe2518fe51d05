// `cml check create` (and `cml send-github-check`, `cml-send-github-check`), `cml asset publish`
// (and `cml publish`, `cml-publish`) against the emulators and a loopback asset server speaking
// CML's --url protocol.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { startGitLabEmulator, type GitLabEmulator } from './emulators/gitlab';
import { makeRepo, runCml, type TestRepo } from './cli-helpers';
import { ACTIONS_BOT } from './emulators/github/identities';

const TOKEN = 'ghs_checkasset12345';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('on GitHub', () => {
  let gh: GitHubEmulator;
  let repo: TestRepo;
  beforeEach(async () => {
    gh = await startGitHubEmulator({ repos: ['octo/repo'] });
    gh.addToken(TOKEN, ACTIONS_BOT);
    repo = makeRepo();
    writeFileSync(join(repo.work, 'report.md'), '# Report\n\nacc 0.9\n');
    writeFileSync(join(repo.work, 'plot.png'), PNG);
  });
  afterEach(() => gh.close());
  const env = (extra: Record<string, string> = {}) => ({
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: gh.serverUrl,
    GITHUB_SHA: repo.sha,
    GITHUB_TOKEN: TOKEN,
    ...extra,
  });
  const checks = () => gh.state.repos.get('octo/repo')!.checkRuns;

  it('check create posts the report as a check run named after its title', async () => {
    const r = await runCml(['check', 'create', 'report.md', '--title', 'Metrics'], {
      cwd: repo.work,
      env: env(),
    });
    expect(r.stderr).not.toContain('::error');
    expect(r.code).toBe(0);
    expect(checks()).toHaveLength(1);
    expect(checks()[0]).toMatchObject({
      name: 'Metrics',
      headSha: repo.sha,
      status: 'completed',
      conclusion: 'success',
      output: { title: 'Metrics', summary: '# Report\n\nacc 0.9\n' },
    });
    expect(gh.violations).toEqual([]);
  });

  it('check create honours --conclusion, --head-sha and CML_CHECK_* (default title CML Report)', async () => {
    const r = await runCml(['check', 'create', 'report.md', '--head-sha', 'f'.repeat(40)], {
      cwd: repo.work,
      env: env({ CML_CHECK_CONCLUSION: 'timed_out' }),
    });
    expect(r.code).toBe(0);
    expect(checks()[0]).toMatchObject({
      name: 'CML Report',
      headSha: 'f'.repeat(40),
      conclusion: 'timed_out',
    });
    const bad = await runCml(['check', 'create', 'report.md', '--conclusion', 'great'], {
      cwd: repo.work,
      env: env(),
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout + bad.stderr).toContain('Argument: conclusion, Given: "great"');
  });

  it('legacy send-github-check and cml-send-github-check post the same check', async () => {
    expect(
      (await runCml(['send-github-check', 'report.md'], { cwd: repo.work, env: env() })).code,
    ).toBe(0);
    const legacy = await runCml(['report.md', '--title', 'Legacy'], {
      cwd: repo.work,
      env: env(),
      binary: 'cml-send-github-check',
    });
    expect(legacy.code).toBe(0);
    expect(checks().map((c) => c.name)).toEqual(['CML Report', 'Legacy']);
  });

  it('check create names a missing report file', async () => {
    const r = await runCml(['check', 'create', 'nope.md'], { cwd: repo.work, env: env() });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('Cannot read the report nope.md');
  });

  it('asset publish commits the file to the assets branch and prints its link (--md)', async () => {
    const r = await runCml(['asset', 'publish', 'plot.png', '--md', '--title', 'Loss'], {
      cwd: repo.work,
      env: env(),
    });
    expect(r.stderr).not.toContain('::error');
    expect(r.code).toBe(0);
    expect(r.output).toMatch(
      new RegExp(
        `^!\\[\\]\\(${gh.serverUrl}/octo/repo/blob/[0-9a-f]{40}/[0-9a-f]{64}\\.png\\?raw=true "Loss"\\)$`,
      ),
    );
    expect(gh.state.repos.get('octo/repo')!.git.refs.get('heads/cml-assets')).toBeDefined();
    expect(gh.violations).toEqual([]);
  });

  it('legacy cml-publish and cml publish --file append the plain URL', async () => {
    const legacy = await runCml(['plot.png'], {
      cwd: repo.work,
      env: env(),
      binary: 'cml-publish',
    });
    expect(legacy.code).toBe(0);
    expect(legacy.output).toMatch(/\/octo\/repo\/blob\/[0-9a-f]{40}\/[0-9a-f]{64}\.png\?raw=true$/);
    const toFile = await runCml(['publish', 'plot.png', '--md', '--file', 'links.md'], {
      cwd: repo.work,
      env: env(),
    });
    expect(toFile.code).toBe(0);
    expect(toFile.output).toBe('');
    expect(readFileSync(join(repo.work, 'links.md'), 'utf8')).toMatch(
      /^!\[\]\(.+\.png\?raw=true\)\n$/,
    );
  });
});

describe('asset publish --url (CML asset-server protocol)', () => {
  let server: Server;
  let url: string;
  const received: { type?: string; disposition?: string; bytes: Buffer }[] = [];
  // The next answers to give instead of a URL (status and body), for the failure tests.
  const failures: { status: number; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({
          type: req.headers['content-type'],
          disposition: req.headers['content-disposition'],
          bytes: Buffer.concat(chunks),
        });
        const failure = failures.shift();
        if (failure) {
          res.statusCode = failure.status;
          res.end(failure.body);
          return;
        }
        res.end(`https://assets.example/${received.length}`);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('POSTs the bytes with their MIME type and prints the returned URL, no forge needed', async () => {
    const { work } = makeRepo();
    writeFileSync(join(work, 'plot.png'), PNG);
    writeFileSync(join(work, 'data.csv'), 'a,b\n1,2\n');
    const img = await runCml(['asset', 'publish', 'plot.png', '--url', url, '--md'], { cwd: work });
    expect(img.stderr).toBe('');
    expect(img.output).toBe('![](https://assets.example/1)');
    const csv = await runCml(['publish', 'data.csv', '--publish-url', url, '--md', '-t', 'Data'], {
      cwd: work,
      env: { CML_PUBLISH_MIME_TYPE: 'text/csv' },
    });
    expect(csv.output).toBe('[Data](https://assets.example/2)');
    expect(received.map((r) => r.type)).toEqual(['image/png', 'text/csv']);
    expect(received[0]!.bytes.equals(PNG)).toBe(true);
  });

  it('names the file in Content-Disposition as CML does (file.<subtype> for standard input)', async () => {
    // CML 0.20.6 src/utils.js upload(): `inline; filename="${basename(path)}"`, or
    // `file.${mime.split('/')[1]}` when the bytes came from standard input.
    const { work } = makeRepo();
    writeFileSync(join(work, 'plot.png'), PNG);
    received.length = 0;
    const file = await runCml(['publish', 'plot.png', '--url', url], { cwd: work });
    expect(file.code).toBe(0);
    const piped = await runCml(['publish', '--url', url], { cwd: work, stdin: PNG });
    expect(piped.code).toBe(0);
    expect(received.map((r) => r.disposition)).toEqual([
      'inline; filename="plot.png"',
      'inline; filename="file.png"',
    ]);
    expect(received[1]!.bytes.equals(PNG)).toBe(true);
  });

  it('a 5xx or an empty answer from the asset server is a one-line error, exit 1', async () => {
    const { work } = makeRepo();
    writeFileSync(join(work, 'plot.png'), PNG);
    for (const failure of [
      { status: 502, body: 'Bad Gateway' },
      { status: 200, body: '' },
    ]) {
      failures.push(failure);
      const r = await runCml(['publish', 'plot.png', '--url', url], { cwd: work });
      expect(r.code).toBe(1);
      expect(r.output).toBe('');
      expect(r.stderr).toContain(`The asset server ${url} answered ${failure.status}`);
      expect(r.stderr).not.toMatch(/Stack trace|\n {4}at /);
    }
  });

  it('outside CI without --url it asks for a driver', async () => {
    const { work } = makeRepo();
    writeFileSync(join(work, 'plot.png'), PNG);
    const r = await runCml(['asset', 'publish', 'plot.png'], { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--driver');
  });
});

describe('on GitLab', () => {
  let gl: GitLabEmulator;
  beforeAll(async () => {
    gl = await startGitLabEmulator();
    gl.seedProject({ id: 42, path: 'group/project' });
    gl.addToken('glpat-asset12345678', { username: 'alice', id: 7, scopes: ['api'] });
  });
  afterAll(() => gl.close());

  it('asset publish --native uploads to the project and prints the link', async () => {
    const { work } = makeRepo();
    writeFileSync(join(work, 'plot.png'), PNG);
    const r = await runCml(['asset', 'publish', 'plot.png', '--native'], {
      cwd: work,
      env: {
        GITLAB_CI: 'true',
        CI_API_V4_URL: gl.url,
        CI_SERVER_URL: gl.serverUrl,
        CI_PROJECT_ID: '42',
        CI_PROJECT_PATH: 'group/project',
        REPO_TOKEN: 'glpat-asset12345678',
      },
    });
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(gl.state.uploads).toHaveLength(1);
    expect(r.output).toMatch(/\/uploads\/[^/]+\/plot\.png$/);
    expect(gl.violations).toEqual([]);
  });
});
