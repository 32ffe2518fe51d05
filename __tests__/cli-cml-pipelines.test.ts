// CML pipelines as users wrote them for CML 0.20.6, run through the bundled `cml` and its bin/
// wrappers against the emulators. CML's behaviour cited from github.com/iterative/cml at
// v0.20.6: bin/cml.js (global --log/--driver/--repo/--driver-token, yargs .strict()),
// bin/cml/comment/create.js (--publish-native alias --native, --commit-sha alias --head-sha,
// --watch), src/commenttarget.js (targets lowercased; --commit-sha X = commit/X),
// src/cml.js (inferDriver: github.com / gitlab.com from --repo or the origin remote;
// --watch posts on the watcher's first event, not at start), bin/cml/runner/launch.js
// ("tesla" is the deprecated name of v100, --driver-token).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchInputs, runnerRepoEnvironment } from '../src/cli/commands/runner';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { startGitLabEmulator, type GitLabEmulator } from './emulators/gitlab';
import { ACTIONS_BOT } from './emulators/github/identities';
import { GIT_IDENTITY, git, linkedBinDir, makeRepo, runCml } from './cli-helpers';
import { png, workspace } from './report-support';
import { cleanEnv, distEntry, node24 } from './support/dist';

const TOKEN = 'ghs_pipelines12345';
const GL_TOKEN = 'glpat-pipelines1234';
const PR_HEAD = '7'.repeat(40);
const SPEC = JSON.stringify({
  $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
  data: { values: [{ a: 1, b: 2 }] },
  mark: 'point',
  encoding: { x: { field: 'a', type: 'quantitative' }, y: { field: 'b', type: 'quantitative' } },
});

let gh: GitHubEmulator;
let gl: GitLabEmulator;
let assets: Server;
let assetUrl: string;
const received: { type?: string; bytes: Buffer }[] = [];
/** GitHub Enterprise Server's layout (API under /api/v3) in front of the emulator. */
let ghes: Server;
let ghesUrl: string;

beforeAll(async () => {
  gh = await startGitHubEmulator({ repos: ['octo/repo'] });
  gh.addToken(TOKEN, ACTIONS_BOT);
  gh.seedPull('octo/repo', {
    number: 2,
    headRef: 'feature',
    headSha: PR_HEAD,
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
  });
  gl = await startGitLabEmulator();
  gl.seedProject({ id: 8, path: 'team/model' });
  gl.addToken(GL_TOKEN, { username: 'bob', id: 70, scopes: ['api'] });
  assets = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ type: req.headers['content-type'], bytes: Buffer.concat(chunks) });
      res.end(`https://assets.example/${received.length}`);
    });
  });
  await new Promise<void>((r) => assets.listen(0, '127.0.0.1', r));
  assetUrl = `http://127.0.0.1:${(assets.address() as AddressInfo).port}/`;
  ghes = createServer((req, res) => {
    const target = new URL(gh.url);
    const path = (req.url ?? '/').replace(/^\/api\/v3(?=\/|$)/, '') || '/';
    const forward = request(
      { host: target.hostname, port: target.port, method: req.method, path, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(forward);
  });
  await new Promise<void>((r) => ghes.listen(0, '127.0.0.1', r));
  ghesUrl = `http://127.0.0.1:${(ghes.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await gh.close();
  await gl.close();
  await new Promise<void>((r) => assets.close(() => r()));
  await new Promise<void>((r) => ghes.close(() => r()));
});

const repoState = () => gh.state.repo('octo', 'repo');

/** bash -c `script` with the bin/ wrappers and Node 24 on PATH, as after `npm install -g`. */
function shell(script: string, cwd: string, env: Record<string, string> = {}) {
  const child = spawn('bash', ['-c', script], {
    cwd,
    env: cleanEnv({
      ...GIT_IDENTITY,
      PATH: [linkedBinDir(), dirname(node24()), '/usr/bin', '/bin'].join(':'),
      ...env,
    }),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((res) =>
    child.on('close', (code) => res({ code, stdout, stderr })),
  );
}

describe('pipes', () => {
  it('vl2png plot.json | cml-publish --md >> report.md publishes the piped image', async () => {
    const ws = workspace({ 'plot.json': SPEC, 'report.md': '# Report\n' });
    const before = received.length;
    const r = await shell(
      `set -o pipefail; vl2png plot.json | cml-publish --md --url ${assetUrl} >> report.md`,
      ws,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(received).toHaveLength(before + 1);
    const got = received.at(-1)!;
    expect(got.type).toBe('image/png');
    expect(got.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(readFileSync(join(ws, 'report.md'), 'utf8')).toBe(
      `# Report\n![](https://assets.example/${before + 1})\n`,
    );
  });

  it('piped text and `-` publish as text/plain; a terminal-less empty pipe is a clear error', async () => {
    const ws = workspace({});
    const before = received.length;
    const text = await shell(`echo none | cml publish - --url ${assetUrl}`, ws);
    expect(text.code).toBe(0);
    expect(received[before]!.type).toBe('text/plain');
    expect(received[before]!.bytes.toString()).toBe('none\n');
    const empty = await shell(`cml asset publish --url ${assetUrl} < /dev/null`, ws);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('standard input is empty');
    expect(empty.stderr).not.toMatch(/\n\s+at /);
  });

  it('a writer whose reader went away stops quietly (no EPIPE stack trace, exit 0)', async () => {
    const ws = workspace({ 'plot.json': SPEC });
    // `true` exits at once: every write of vl2png meets a closed pipe.
    const r = await shell('set -o pipefail; vl2png plot.json | true', ws);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('CML 0.20 option names', () => {
  const actions = (ws: string, extra: Record<string, string> = {}) => ({
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: gh.serverUrl,
    GITHUB_SHA: git(ws, 'rev-parse', 'HEAD'),
    ...extra,
  });

  it('--driver-token and CML_DRIVER_TOKEN carry the token of comment create', async () => {
    const { work } = makeRepo();
    writeFileSync(join(work, 'report.md'), '# driver token\n');
    const before = repoState().commitComments.length;
    const flag = await runCml(['comment', 'create', 'report.md', '--driver-token', TOKEN], {
      cwd: work,
      env: actions(work),
    });
    expect(flag.stderr).not.toMatch(/error/i);
    expect(flag.code).toBe(0);
    const env = await runCml(['comment', 'create', 'report.md'], {
      cwd: work,
      env: actions(work, { CML_DRIVER_TOKEN: TOKEN }),
    });
    expect(env.code).toBe(0);
    expect(repoState().commitComments).toHaveLength(before + 2);
  });

  it('--publish-native and CML_COMMENT_PUBLISH_NATIVE are accepted (images go to the forge)', async () => {
    const { work } = makeRepo();
    writeFileSync(join(work, 'report.md'), '# native\n');
    for (const [args, extra] of [
      [['--publish-native'], {}],
      [[], { CML_COMMENT_PUBLISH_NATIVE: 'true' }],
    ] as const) {
      const r = await runCml(['comment', 'create', 'report.md', ...args], {
        cwd: work,
        env: actions(work, { GITHUB_TOKEN: TOKEN, ...extra }),
      });
      expect(r.stderr).not.toMatch(/error|Unknown/i);
      expect(r.code).toBe(0);
    }
  });

  it('every command refuses an unknown option, naming it (CML: yargs .strict())', async () => {
    const { work } = makeRepo();
    writeFileSync(join(work, 'report.md'), '# r\n');
    for (const args of [
      ['check', 'create', 'report.md', '--bogus'],
      ['asset', 'publish', 'report.md', '--bogus'],
      ['pr', 'create', '--bogus'],
      ['repo', 'prepare', '--bogus'],
      ['workflow', 'rerun', '--bogus'],
      ['runner', 'launch', '--cloud', 'aws', '--bogus'],
      ['metrics', 'diff', '--bogus'],
    ]) {
      const r = await runCml(args, { cwd: work, env: { GITHUB_TOKEN: TOKEN } });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toContain('Unknown argument: bogus');
    }
  });

  it('--log error hides warnings and CML_LOG=warn hides progress lines', async () => {
    const ws = workspace({ 'report.md': '# quiet\n' });
    // Outside CI a slug --repo without --driver is a warning; the report is written locally.
    const loud = await runCml(['comment', 'create', 'report.md', '--repo', 'o/r'], { cwd: ws });
    expect(loud.code).toBe(0);
    expect(loud.stderr).toContain('warning');
    const quiet = await runCml(
      ['comment', 'create', 'report.md', '--repo', 'o/r', '--log', 'error'],
      {
        cwd: ws,
      },
    );
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    const warnOnly = await runCml(['comment', 'create', 'report.md', '--repo', 'o/r'], {
      cwd: ws,
      env: { CML_LOG: 'warn' },
    });
    expect(warnOnly.stderr).toContain('warning');
    expect(warnOnly.stderr.split('\n').filter((l) => l && !l.startsWith('warning'))).toEqual([]);
  });
});

describe('the forge outside GitHub Actions and GitLab CI (Jenkins, CircleCI, a laptop)', () => {
  const local = { GITHUB_API_URL: gh?.url };

  it('--repo https://github.com/o/r with a token selects GitHub (no --driver)', async () => {
    const { work, sha } = makeRepo();
    writeFileSync(join(work, 'report.md'), '# from jenkins\n');
    const r = await runCml(
      [
        'comment',
        'create',
        'report.md',
        '--repo',
        'https://github.com/octo/repo',
        '--token',
        TOKEN,
      ],
      { cwd: work, env: { ...local, GITHUB_API_URL: gh.url } },
    );
    expect(r.stderr).not.toMatch(/error|warning/i);
    expect(r.code).toBe(0);
    // Repositories made in the same second with the same files share their sha: count this test's comment.
    expect(
      repoState().commitComments.filter(
        (c) => c.commitId === sha && c.body.includes('# from jenkins'),
      ),
    ).toHaveLength(1);
  });

  it('a github.com origin remote selects GitHub for comment, check and publish', async () => {
    const { work, sha } = makeRepo();
    git(work, 'remote', 'set-url', 'origin', 'git@github.com:octo/repo.git');
    writeFileSync(join(work, 'report.md'), '# from circleci\n');
    writeFileSync(join(work, 'plot.png'), png('origin'));
    const env = { GITHUB_API_URL: gh.url, GITHUB_TOKEN: TOKEN };
    const comment = await runCml(['comment', 'create', 'report.md'], { cwd: work, env });
    expect(comment.stderr).not.toMatch(/error/i);
    expect(comment.code).toBe(0);
    expect(
      repoState().commitComments.filter(
        (c) => c.commitId === sha && c.body.includes('# from circleci'),
      ),
    ).toHaveLength(1);
    const check = await runCml(['check', 'create', 'report.md', '--title', 'origin'], {
      cwd: work,
      env,
    });
    expect(check.stderr).not.toMatch(/error/i);
    expect(check.code).toBe(0);
    expect(repoState().checkRuns.some((c) => c.name === 'origin' && c.headSha === sha)).toBe(true);
    const publish = await runCml(['asset', 'publish', 'plot.png'], { cwd: work, env });
    expect(publish.stderr).not.toMatch(/error/i);
    expect(publish.code).toBe(0);
    expect(publish.output).toMatch(
      /^https:\/\/github\.com\/octo\/repo\/blob\/[0-9a-f]{40}\/.+\.png\?raw=true$/,
    );
  });

  it('without any token, a github.com origin still writes the report locally', async () => {
    const { work } = makeRepo();
    git(work, 'remote', 'set-url', 'origin', 'https://github.com/octo/repo.git');
    writeFileSync(join(work, 'report.md'), '# laptop\n');
    const r = await runCml(['comment', 'create', 'report.md'], { cwd: work });
    expect(r.code).toBe(0);
    expect(r.output).toMatch(/cml-report\/report\.md$/);
  });

  it('with a token but no forge to tell (unknown host, no origin) comment create fails after writing the report', async () => {
    // CML 0.20.6 src/cml.js: inferDriver() returns undefined for a host that is not github.com,
    // gitlab.com or bitbucket.*, and getDriver() throws 'driver not set'; with no origin remote,
    // gitRemoteUrl() (`git config --get remote.origin.url`) throws. Either way: exit 1.
    const { work } = makeRepo();
    git(work, 'remote', 'set-url', 'origin', 'https://git.internal.example/g/p.git');
    writeFileSync(join(work, 'report.md'), '# r\n');
    const unknownForge =
      /^.*Cannot tell which forge to use outside a known CI platform: pass --driver github\|gitlab\|bitbucket.*$/m;
    const runs = [
      await runCml(['comment', 'create', 'report.md'], { cwd: work, env: { REPO_TOKEN: 'xyz' } }),
      await runCml(['comment', 'create', 'report.md', '--token', 'xyz'], { cwd: work }),
    ];
    git(work, 'remote', 'remove', 'origin');
    runs.push(
      await runCml(['comment', 'create', 'report.md', '--target', 'pr'], {
        cwd: work,
        env: { GITHUB_TOKEN: 'xyz' },
      }),
    );
    for (const r of runs) {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(unknownForge);
      expect(r.stderr).not.toMatch(/Stack trace|\n {4}at /);
      // Kept on disk all the same (the job summary too, in a GitHub Actions step).
      expect(r.stderr).toContain('Report written to');
      expect(readFileSync(join(work, 'cml-report', 'report.md'), 'utf8')).toContain('# r');
    }
  });

  it('a self-hosted host needs --driver: GitHub Enterprise (API /api/v3) and GitLab (/api/v4)', async () => {
    const { work, sha } = makeRepo();
    writeFileSync(join(work, 'report.md'), '# self-hosted\n');
    const ghesRepo = `${ghesUrl}/octo/repo`;
    const guessed = await runCml(
      ['check', 'create', 'report.md', '--repo', ghesRepo, '--token', TOKEN],
      {
        cwd: work,
      },
    );
    expect(guessed.code).toBe(1);
    expect(guessed.stderr).toContain('--driver');
    const ghComment = await runCml(
      [
        'comment',
        'create',
        'report.md',
        '--repo',
        ghesRepo,
        '--driver',
        'github',
        '--token',
        TOKEN,
      ],
      { cwd: work },
    );
    expect(ghComment.stderr).not.toMatch(/error/i);
    expect(ghComment.code).toBe(0);
    expect(repoState().commitComments.filter((c) => c.commitId === sha).length).toBeGreaterThan(0);
    const glComment = await runCml(
      [
        'comment',
        'create',
        'report.md',
        '--repo',
        `${gl.serverUrl}/team/model`,
        '--driver',
        'gitlab',
        '--token',
        GL_TOKEN,
      ],
      { cwd: work },
    );
    expect(glComment.stderr).not.toMatch(/error/i);
    expect(glComment.code).toBe(0);
    expect(gl.state.commitComments.some((c) => JSON.stringify(c).includes(sha))).toBe(true);
  });
});

describe('local files behind links', () => {
  // CML 0.20.6 src/cml.js publishLocalFiles: visit(tree, ['definition', 'image', 'link']) and
  // publish each node.url resolved from the report's folder; a missing file (ENOENT) is left as
  // written. URLs, anchors and mailto: are no files of the workspace and stay as they are.
  const REPORT = [
    '![](agg.png)',
    '',
    '[data](metrics.txt)',
    '',
    '[pic](agg.png) [see][ref] [nested ![](agg.png)](metrics.txt)',
    '',
    '[site](https://example.com/x.txt) [top](#top) [mail](mailto:a@example.com) [dir](sub/) [gone](missing.txt)',
    '',
    '[ref]: metrics.txt',
    '',
  ].join('\n');
  const setUp = () => {
    const { work } = makeRepo();
    writeFileSync(join(work, 'report.md'), REPORT);
    writeFileSync(join(work, 'agg.png'), png('agg'));
    writeFileSync(join(work, 'metrics.txt'), 'acc 0.9\n');
    mkdirSync(join(work, 'sub'));
    return work;
  };
  const untouched = [
    '](https://example.com/x.txt)',
    '](#top)',
    '](mailto:a@example.com)',
    '](sub/)',
    '](missing.txt)',
  ];

  it('publishes linked files and definitions to the forge, as images are (GitHub assets branch)', async () => {
    const work = setUp();
    const sha = git(work, 'rev-parse', 'HEAD');
    const r = await runCml(['comment', 'create', 'report.md'], {
      cwd: work,
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'octo/repo',
        GITHUB_API_URL: gh.url,
        GITHUB_SERVER_URL: gh.serverUrl,
        GITHUB_SHA: sha,
        GITHUB_TOKEN: TOKEN,
      },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Linked file 'missing.txt' in report.md was not found");
    const body = repoState().commitComments.find((c) => c.body.includes('[gone]'))!.body;
    const asset = (ext: string) =>
      new RegExp(`/octo/repo/blob/[0-9a-f]{40}/[0-9a-f]{64}\\.${ext}\\?raw=true`).source;
    expect(body).toMatch(new RegExp(`^!\\[\\]\\(\\S+${asset('png')}\\)$`, 'm'));
    expect(body).toMatch(new RegExp(`^\\[data\\]\\(\\S+${asset('txt')}\\)$`, 'm'));
    expect(body).toMatch(new RegExp(`\\[pic\\]\\(\\S+${asset('png')}\\)`));
    expect(body).toMatch(new RegExp(`^\\[ref\\]: \\S+${asset('txt')}$`, 'm'));
    expect(body).toMatch(
      new RegExp(`\\[nested !\\[\\]\\(\\S+${asset('png')}\\)\\]\\(\\S+${asset('txt')}\\)`),
    );
    expect(body).not.toMatch(/\]\((agg\.png|metrics\.txt)\)|\]: metrics\.txt/);
    for (const kept of untouched) expect(body).toContain(kept);
    expect(gh.violations).toEqual([]);
  });

  it('without a forge, copies linked files next to the local report', async () => {
    const work = setUp();
    const r = await runCml(['comment', 'create', 'report.md'], { cwd: work });
    expect(r.code).toBe(0);
    const local = readFileSync(join(work, 'cml-report', 'report.md'), 'utf8');
    const data = /^\[data\]\((assets\/[0-9a-f]+\.txt)\)$/m.exec(local);
    expect(data).not.toBeNull();
    expect(readFileSync(join(work, 'cml-report', data![1]!), 'utf8')).toBe('acc 0.9\n');
    expect(local).toMatch(/^\[ref\]: assets\/[0-9a-f]+\.txt$/m);
    expect(local).toMatch(/\[pic\]\(assets\/[0-9a-f]+\.png\)/);
    for (const kept of untouched) expect(local).toContain(kept);
  });
});

describe('comment targets', () => {
  const GH = ['--driver', 'github', '--repo', 'octo/repo', '--token', TOKEN];
  const env = () => ({ GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: gh.serverUrl });

  it('--commit-sha (and --head-sha) comment on that commit, not on its pull request', async () => {
    const ws = workspace({ 'report.md': '# commit\n' });
    const prBefore = repoState().comments.filter((c) => c.issueNumber === 2).length;
    for (const flag of ['--commit-sha', '--head-sha']) {
      const r = await runCml(['comment', 'create', 'report.md', ...GH, flag, PR_HEAD], {
        cwd: ws,
        env: env(),
      });
      expect(r.stderr).not.toMatch(/error/i);
      expect(r.code).toBe(0);
    }
    expect(repoState().comments.filter((c) => c.issueNumber === 2)).toHaveLength(prBefore);
    expect(repoState().commitComments.filter((c) => c.commitId === PR_HEAD)).toHaveLength(2);
  });

  it('--target PR is read as pr, as CML lowercases the kind', async () => {
    const ws = workspace({ 'report.md': '# upper\n' });
    const before = repoState().comments.filter((c) => c.issueNumber === 2).length;
    for (const target of ['PR', 'Pr/2']) {
      const r = await runCml(
        ['comment', 'create', 'report.md', ...GH, '--target', target, '--commit-sha', PR_HEAD],
        { cwd: ws, env: env() },
      );
      expect(r.stderr).not.toMatch(/error/i);
      expect(r.code).toBe(0);
    }
    expect(repoState().comments.filter((c) => c.issueNumber === 2)).toHaveLength(before + 2);
  });

  it('--watch posts nothing at start, then on each change of the file', async () => {
    const ws = workspace({ 'report.md': '# v1\n' });
    const count = () => repoState().commitComments.filter((c) => c.body.includes('# v')).length;
    const before = count();
    const child = spawn(
      node24(),
      [
        distEntry('cml'),
        'comment',
        'create',
        'report.md',
        ...GH,
        '--commit-sha',
        PR_HEAD,
        '--watch',
      ],
      { cwd: ws, env: cleanEnv(env()) },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const until = async (test: () => boolean, ms: number) => {
      for (const end = Date.now() + ms; Date.now() < end && !test();) {
        await new Promise((r) => setTimeout(r, 100));
      }
      return test();
    };
    expect(await until(() => stderr.includes('Watching'), 15_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 1000));
    expect(count()).toBe(before);
    writeFileSync(join(ws, 'report.md'), '# v2\n');
    expect(await until(() => count() === before + 1, 15_000)).toBe(true);
    expect(repoState().commitComments.at(-1)!.body).toContain('# v2');
    const code = new Promise<number | null>((r) => child.on('close', r));
    child.kill('SIGTERM');
    expect(await code).toBe(0);
  });
});

describe('watermark placeholders on GitLab', () => {
  it('{workflow} is CI_PIPELINE_ID and {run} is CI_JOB_ID, as in CML (not CI_PIPELINE_NAME)', async () => {
    const { work, sha } = makeRepo();
    writeFileSync(join(work, 'report.md'), '# gitlab title\n');
    const r = await runCml(
      ['comment', 'create', 'report.md', '--watermark-title', 'T {workflow}/{run}'],
      {
        cwd: work,
        env: {
          GITLAB_CI: 'true',
          CI_API_V4_URL: gl.url,
          CI_SERVER_URL: gl.serverUrl,
          CI_PROJECT_ID: '8',
          CI_PROJECT_PATH: 'team/model',
          CI_COMMIT_SHA: sha,
          CI_PIPELINE_ID: '4101',
          CI_JOB_ID: '9202',
          CI_PIPELINE_NAME: 'nightly',
          CI_JOB_NAME: 'train',
          REPO_TOKEN: GL_TOKEN,
        },
      },
    );
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const note = gl.state.commitComments.find((c) => JSON.stringify(c).includes('gitlab title'));
    expect(JSON.stringify(note)).toContain('T 4101/9202');
    expect(JSON.stringify(note)).not.toContain('nightly');
  });
});

describe('runner launch option parsing', () => {
  const base = {
    cloud: 'aws',
    cloudRegion: 'us-west',
    labels: 'cml',
    idleTimeout: '5 minutes',
    cloudSpot: false,
    cloudSpotPrice: -1,
    cloudMetadata: [],
  };

  it('--cloud-gpu tesla is v100, as in CML', () => {
    expect(launchInputs({ ...base, cloudGpu: 'tesla' } as never).gpu).toBe('v100');
  });

  it('--repo accepts an owner/name slug and infers the forge from github.com / gitlab.com', () => {
    expect(runnerRepoEnvironment({ repo: 'octo/repo' })).toMatchObject({
      CML_REPOSITORY: 'octo/repo',
      CML_API_URL: 'https://api.github.com',
      CML_RUNNER_DRIVER: 'github',
    });
    expect(runnerRepoEnvironment({ repo: 'team/model', driver: 'gitlab' })).toMatchObject({
      CML_REPOSITORY: 'team/model',
      CML_API_URL: 'https://gitlab.com/api/v4',
    });
    expect(runnerRepoEnvironment({ repo: 'https://gitlab.com/g/p.git' })).toMatchObject({
      CML_REPOSITORY: 'g/p',
      CML_RUNNER_DRIVER: 'gitlab',
    });
    expect(runnerRepoEnvironment({ repo: 'https://ghe.corp/o/r', driver: 'github' })).toMatchObject(
      { CML_API_URL: 'https://ghe.corp/api/v3' },
    );
    expect(() => runnerRepoEnvironment({ repo: 'https://ghe.corp/o/r' })).toThrow(/--driver/);
  });

  it('--driver-token is an option of runner launch', async () => {
    const r = await runCml(['runner', 'launch', '--help'], { cwd: workspace({}) });
    expect(r.output).toMatch(/--token, --driver-token/);
  });
});
