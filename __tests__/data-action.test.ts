// The data-validate action bundle run as the Actions runner runs it (Node 24, INPUT_* variables,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, a pull_request event payload) against the GitHub
// emulator, and with GitLab CI variables against the GitLab emulator. The datasets are the
// examples' (examples/data/base/ on main, the drifted examples/data/ on the PR branch).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { ACTIONS_BOT } from './emulators/github/identities';
import { startGitLabEmulator, type GitLabEmulator } from './emulators/gitlab';
import { cleanEnv, distEntry, node24, ROOT, runAction } from './support/dist';
import { newRepo, removeTempDirs, type TestRepo } from './metrics-fixtures';

// The bundle is built by `node scripts/build.mjs data-validate` (CI builds every bundle first).
beforeAll(() => {
  if (!existsSync(distEntry('data-validate'))) throw new Error('Build dist/data-validate first');
});
afterAll(removeTempDirs);

const example = (path: string) => readFileSync(join(ROOT, 'examples/data', path), 'utf8');

/** A PR: main holds the base version of the example data; branch feature the drifted one. */
function pullRequestRepo(): { repo: TestRepo; base: string; head: string } {
  const repo = newRepo();
  repo.write({
    'data/train.csv': example('base/train.csv'),
    'data/schema.yaml': example('schema.yaml'),
    'data/rules.yaml': example('rules.yaml'),
  });
  const base = repo.commit('base data');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write({ 'data/train.csv': example('train.csv') });
  const head = repo.commit('drifted data');
  return { repo, base, head };
}

function prEvent(base: string, head: string) {
  return {
    pull_request: {
      number: 7,
      base: { sha: base, ref: 'main' },
      head: { sha: head, ref: 'feature' },
    },
    repository: { default_branch: 'main' },
  };
}

/** 1-based line of the rule in examples/data/rules.yaml, where its annotation must point. */
function ruleLine(rule: string): number {
  const lines = example('rules.yaml').split('\n');
  const index = lines.findIndex((l) => l.trim() === `- ${rule}`);
  if (index < 0) throw new Error(`examples/data/rules.yaml has no line '${rule}'`);
  return index + 1;
}

describe('data-validate action bundle (Node 24) against the GitHub emulator', () => {
  let github: GitHubEmulator;
  beforeEach(async () => {
    github = await startGitHubEmulator({ repos: ['octo/repo'] });
    github.addToken('app-token', ACTIONS_BOT);
    github.addToken('ro-token', { ...ACTIONS_BOT, readOnly: true });
  });
  afterEach(() => github.close());

  const checkRuns = () => github.state.repos.get('octo/repo')!.checkRuns;

  it('fails the drifted example data: outputs, summary, check run, annotations on the rules it breaks', async () => {
    const { repo, base, head } = pullRequestRepo();
    const run = await runAction('data-validate', {
      cwd: repo.dir,
      apiUrl: github.url,
      eventName: 'pull_request',
      event: prEvent(base, head),
      env: { GITHUB_BASE_REF: 'main', GITHUB_SHA: head },
      inputs: {
        token: 'app-token',
        targets: 'data/train.csv',
        schema: 'data/schema.yaml',
        'rules-file': 'data/rules.yaml',
      },
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.outputs.changed).toBe('true');
    expect(() => JSON.parse(run.outputs.json!) as unknown).not.toThrow();
    expect(run.outputs.markdown).toContain('income');
    expect(run.summary).toContain(run.outputs.markdown!.split('\n')[0]);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);

    // Exactly the two rules the drifted data breaks (5.4% of age missing; income shifted): the
    // row count fell 2% (allowed 5%), prices stay within range and the schema is the same.
    const broken = ['missing(age) <= 1%', 'psi(income) < 0.2'];
    for (const rule of broken) {
      expect(run.stdout).toContain(
        `::error title=Data rule,file=data/rules.yaml,line=${ruleLine(rule)}::Data rule failed: ${rule.replace('%', '%25')}`,
      );
    }
    expect(run.stdout).toMatch(/::error::2 data rules failed: /);

    expect(github.violations).toEqual([]);
    const [check] = checkRuns();
    expect(checkRuns()).toHaveLength(1);
    expect(check).toMatchObject({
      name: 'cml data-validate',
      headSha: head,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(check!.output?.title).toBe('2 data rules failed');
    const annotations = check!.output!.annotations as {
      path: string;
      start_line: number;
      title: string;
    }[];
    expect(annotations.map((a) => [a.path, a.start_line, a.title]).sort()).toEqual(
      broken.map((rule) => ['data/rules.yaml', ruleLine(rule), `Data rule: ${rule}`]).sort(),
    );
  });

  it('passes with a success check run when the rules hold', async () => {
    const { repo, base, head } = pullRequestRepo();
    const run = await runAction('data-validate', {
      cwd: repo.dir,
      apiUrl: github.url,
      eventName: 'pull_request',
      event: prEvent(base, head),
      env: { GITHUB_BASE_REF: 'main', GITHUB_SHA: head },
      inputs: {
        token: 'app-token',
        targets: 'data/train.csv',
        rules:
          'schema may not change\nrows may not drop by more than 5%\nrange(price) within 0..10000',
        'charts-dir': 'charts',
      },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', changed: 'true' });
    // charts-dir: a PNG histogram per drifted column (income, city), linked from the markdown.
    const charts = readdirSync(join(repo.dir, 'charts')).filter((f) => f.endsWith('.png'));
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const chart of charts) {
      expect(
        readFileSync(join(repo.dir, 'charts', chart))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
      expect(run.outputs.markdown).toContain(`](charts/${chart})`);
    }
    expect(checkRuns()).toMatchObject([
      {
        conclusion: 'success',
        output: { title: 'The data changed; every rule passed', annotations: [] },
      },
    ]);
    expect(github.violations).toEqual([]);
  });

  it('validates HEAD alone against the schema (compare: false): a value outside it fails on the schema file', async () => {
    const { repo, head } = pullRequestRepo();
    repo.write({ 'data/train.csv': example('train.csv').replace(',Oslo,', ',Atlantis,') });
    const run = await runAction('data-validate', {
      cwd: repo.dir,
      apiUrl: github.url,
      env: { GITHUB_SHA: head },
      inputs: {
        token: 'app-token',
        targets: 'data/train.csv',
        schema: 'data/schema.yaml',
        compare: 'false',
      },
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.stdout).toMatch(
      /::error title=Data rule,file=data\/schema\.yaml(,line=\d+)?::Data rule failed: .*city/,
    );
    expect(run.stdout).toContain('Atlantis');
    const [check] = checkRuns();
    expect(check).toMatchObject({ conclusion: 'failure' });
    expect((check!.output!.annotations as { path: string }[]).map((a) => a.path)).toContain(
      'data/schema.yaml',
    );
    expect(github.violations).toEqual([]);
  });

  it('warns, keeps the outputs and still fails on the rules when the token may not create check runs', async () => {
    const { repo, base, head } = pullRequestRepo();
    const run = await runAction('data-validate', {
      cwd: repo.dir,
      apiUrl: github.url,
      eventName: 'pull_request',
      event: prEvent(base, head),
      env: { GITHUB_BASE_REF: 'main', GITHUB_SHA: head },
      inputs: { token: 'ro-token', targets: 'data/train.csv', rules: 'psi(income) < 0.2' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::warning::Could not publish the check 'cml data-validate'.*checks: write/s,
    );
    expect(run.outputs.changed).toBe('true');
    expect(checkRuns()).toHaveLength(0);
  });

  it('rejects a bad input by name, in one line, before reading any data', async () => {
    const { repo } = pullRequestRepo();
    const run = await runAction('data-validate', {
      cwd: repo.dir,
      apiUrl: github.url,
      inputs: { compare: 'yes', targets: 'data/train.csv' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::Input 'compare' must be true or false, got 'yes'.");
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(checkRuns()).toHaveLength(0);
  });

  it('names an unknown base revision and how to fetch it', async () => {
    const { repo } = pullRequestRepo();
    const run = await runAction('data-validate', {
      cwd: repo.dir,
      apiUrl: github.url,
      inputs: { base: 'no-such-branch', targets: 'data/train.csv', check: 'false' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Unknown base revision 'no-such-branch'.*fetch-depth: 0/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('report bundle with the data input against the GitHub emulator', () => {
  let github: GitHubEmulator;
  beforeEach(async () => {
    github = await startGitHubEmulator({ repos: ['octo/repo'] });
    github.addToken('app-token', { ...ACTIONS_BOT, installation: true });
  });
  afterEach(() => github.close());

  it('posts the data section with the histograms of drifted columns published', async () => {
    const { repo, base, head } = pullRequestRepo();
    github.seedPull('octo/repo', {
      number: 7,
      headRef: 'feature',
      headSha: head,
      baseRef: 'main',
      baseSha: base,
    });
    const run = await runAction('report', {
      cwd: repo.dir,
      apiUrl: github.url,
      eventName: 'pull_request',
      event: prEvent(base, head),
      env: { GITHUB_TOKEN: 'app-token', GITHUB_SHA: head, GITHUB_SERVER_URL: github.serverUrl },
      inputs: { data: 'data/train.csv' },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.result).toBe('created');
    const comments = github.state.repo('octo', 'repo').comments.filter((c) => c.issueNumber === 7);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body).toContain('income');
    // The histograms went to the cml-assets branch and are linked at its commit.
    const assets = github.state.repo('octo', 'repo').git.refs.get('heads/cml-assets');
    expect(assets).toBeDefined();
    expect(body).toMatch(new RegExp(`/octo/repo/blob/${assets}/[0-9a-f]{64}\\.png\\?raw=true`));
    expect(run.summary).toContain('income');
    expect(github.violations).toEqual([]);
  });
});

describe('data-validate bundle with GitLab CI variables against the GitLab emulator', () => {
  let gitlab: GitLabEmulator;
  beforeEach(async () => {
    gitlab = await startGitLabEmulator();
    gitlab.addToken('glpat-data', { username: 'ci-bot', id: 5 });
    gitlab.seedProject({ id: 42, path: 'group/proj' });
  });
  afterEach(() => gitlab.close());

  it('sets a failed commit status, writes the dotenv report and its files', async () => {
    const { repo, base, head } = pullRequestRepo();
    const env = cleanEnv({
      GITLAB_CI: 'true',
      CI: 'true',
      CI_API_V4_URL: gitlab.url,
      CI_SERVER_URL: gitlab.serverUrl,
      CI_PROJECT_ID: '42',
      CI_PROJECT_PATH: 'group/proj',
      CI_PROJECT_DIR: repo.dir,
      CI_COMMIT_SHA: head,
      CI_PIPELINE_ID: '900',
      CI_JOB_URL: `${gitlab.serverUrl}/group/proj/-/jobs/77`,
      CI_MERGE_REQUEST_IID: '3',
      CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature',
      GITLAB_TOKEN: 'glpat-data',
      INPUT_TARGETS: 'data/train.csv',
      'INPUT_RULES-FILE': 'data/rules.yaml',
    });
    const child = spawn(node24(), [distEntry('data-validate')], { cwd: repo.dir, env });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, out).toBe(1);
    expect(out).toContain(`data/rules.yaml:${ruleLine('psi(income) < 0.2')}`);
    expect(out).not.toContain('glpat-data');
    expect(gitlab.violations).toEqual([]);
    expect(gitlab.state.statuses).toHaveLength(1);
    expect(gitlab.state.statuses[0]).toMatchObject({
      projectId: 42,
      sha: head,
      state: 'failed',
      name: 'cml data-validate',
      description: '2 data rules failed',
      ref: 'feature',
    });
    expect(readFileSync(join(repo.dir, 'cml-data-validate.env'), 'utf8')).toBe(
      'CML_DATA_CHANGED=true\nCML_DATA_PASSED=false\nCML_DATA_MARKDOWN_FILE=cml-data-validate.md\nCML_DATA_JSON_FILE=cml-data-validate.json\n',
    );
    expect(readFileSync(join(repo.dir, 'cml-data-validate.md'), 'utf8')).toContain('income');
  });
});
