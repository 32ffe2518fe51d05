import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { startGitLabEmulator, type GitLabEmulator } from './emulators/gitlab';
import { cleanEnv, distEntry, node24, runAction } from './support/dist';
import { newRepo, removeTempDirs, type TestRepo } from './metrics-fixtures';
import { ACTIONS_BOT } from './emulators/github/identities';

// The bundle is built by `node scripts/build.mjs metrics-diff` (CI builds every bundle first).
beforeAll(() => {
  if (!existsSync(distEntry('metrics-diff'))) throw new Error('Build dist/metrics-diff first');
});
afterAll(removeTempDirs);

/** A PR: main holds the base metrics; the working tree of branch feature holds new ones. */
function pullRequestRepo(): { repo: TestRepo; base: string; head: string } {
  const repo = newRepo();
  repo.write({
    'metrics.json': '{\n  "acc": 0.91,\n  "loss": 0.2,\n  "f1": 0.8\n}\n',
    'params.yaml': 'lr: 0.1\n',
  });
  const base = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write({
    'metrics.json': '{\n  "acc": 0.88,\n  "loss": 0.21,\n  "f1": 0.8\n}\n',
    'params.yaml': 'lr: 0.05\n',
  });
  const head = repo.commit('feature');
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

describe('metrics-diff action bundle (Node 24) against the GitHub emulator', () => {
  let github: GitHubEmulator;
  beforeEach(async () => {
    github = await startGitHubEmulator({ repos: ['octo/repo'] });
    github.addToken('app-token', ACTIONS_BOT);
    github.addToken('ro-token', { ...ACTIONS_BOT, readOnly: true });
  });
  afterEach(() => github.close());

  const checkRuns = () => github.state.repos.get('octo/repo')!.checkRuns;

  it('fails a violated gate: outputs, check run with the table, annotation at the metric line', async () => {
    const { repo, base, head } = pullRequestRepo();
    const run = await runAction('metrics-diff', {
      cwd: repo.dir,
      apiUrl: github.url,
      eventName: 'pull_request',
      event: prEvent(base, head),
      env: { GITHUB_BASE_REF: 'main', GITHUB_SHA: head },
      inputs: {
        token: 'app-token',
        targets: 'metrics.json',
        rules: 'acc >= 0.9\nloss may not rise by more than 10%\nf1 may not drop',
      },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.outputs.changed).toBe('true');
    expect(JSON.parse(run.outputs.json!)).toEqual({
      'metrics.json': {
        acc: { old: 0.91, new: 0.88, diff: 0.88 - 0.91 },
        loss: { old: 0.2, new: 0.21, diff: 0.21 - 0.2 },
      },
    });
    expect(JSON.parse(run.outputs['params-json']!)).toEqual({
      'params.yaml': { lr: { old: 0.1, new: 0.05, diff: 0.05 - 0.1 } },
    });
    // DVC's table with direction markers from the rules (acc: higher is better, loss: lower).
    expect(run.outputs.markdown).toContain(
      '| metrics.json | acc      | 0.91   | 0.88        | -0.03 🔴 |',
    );
    expect(run.outputs.markdown).toContain(
      '| metrics.json | loss     | 0.2    | 0.21        | 0.01 🔴  |',
    );
    expect(run.outputs.markdown).toContain('| params.yaml | lr      | 0.1    | 0.05        |');
    expect(run.outputs.markdown).toContain('**Quality gates: 1 of 3 failed**');
    expect(run.summary).toContain('| Path         | Metric   | main   | workspace   | Change   |');

    // The failure names the rule and the reason, as an annotation on the metric's line.
    expect(run.stdout).toContain(
      '::error title=Quality gate,file=metrics.json,line=2::Quality gate failed: acc >= 0.9: metrics.json: acc = 0.88, but the rule requires >= 0.9',
    );
    expect(run.stdout).toMatch(/::error::1 quality gate failed: acc >= 0.9/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);

    expect(github.violations).toEqual([]);
    const [check] = checkRuns();
    expect(check).toMatchObject({
      name: 'cml metrics-diff',
      headSha: head,
      status: 'completed',
      conclusion: 'failure',
      detailsUrl: 'https://github.com/octo/repo/actions/runs/1001',
    });
    expect(check!.output?.title).toBe('1 of 3 quality gates failed');
    expect(check!.output?.summary).toBe(run.outputs.markdown);
    expect(check!.output?.annotations).toEqual([
      {
        path: 'metrics.json',
        start_line: 2,
        end_line: 2,
        annotation_level: 'failure',
        title: 'Quality gate: acc >= 0.9',
        message: 'metrics.json: acc = 0.88, but the rule requires >= 0.9',
      },
    ]);
  });

  it('passes, with a success check run, when every gate holds (rules from a YAML file)', async () => {
    const { repo, base, head } = pullRequestRepo();
    repo.write({ 'gates.yaml': 'metrics:\n  acc:\n    min: 0.8\n  f1:\n    max-drop: 0\n' });
    const run = await runAction('metrics-diff', {
      cwd: repo.dir,
      apiUrl: github.url,
      eventName: 'pull_request',
      event: prEvent(base, head),
      env: { GITHUB_BASE_REF: 'main', GITHUB_SHA: head },
      inputs: {
        token: 'app-token',
        targets: 'metrics.json',
        'rules-file': 'gates.yaml',
        'no-path': 'true',
      },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(run.outputs.markdown).toContain('| Metric   | main   | workspace   | Change   |');
    expect(run.outputs.markdown).toContain('**Quality gates: all 2 passed**');
    expect(checkRuns()).toHaveLength(1);
    expect(checkRuns()[0]).toMatchObject({
      conclusion: 'success',
      output: { title: 'All 2 quality gates passed', annotations: [] },
    });
    expect(github.violations).toEqual([]);
  });

  it('sends more than 50 annotations in batches of 50 on the same check run', async () => {
    const repo = newRepo();
    const rows = (v: number) =>
      ['step,loss', ...Array.from({ length: 120 }, (_, i) => `${i},${v}`)].join('\n') + '\n';
    repo.write({ 'log.csv': rows(0.5) });
    const base = repo.commit('base');
    repo.write({ 'log.csv': rows(0.6) });
    const run = await runAction('metrics-diff', {
      cwd: repo.dir,
      apiUrl: github.url,
      env: { GITHUB_SHA: base },
      inputs: {
        token: 'app-token',
        targets: 'log.csv',
        'all-rows': 'true',
        base: 'main',
        rules: '*.loss may not rise',
      },
    });
    expect(run.code).toBe(1);
    const check = checkRuns()[0]!;
    expect(check.output?.annotations).toHaveLength(120);
    // Each row's annotation points at its own line (rows 0…119 are lines 2…121).
    const lines = (check.output?.annotations as { start_line: number }[]).map((a) => a.start_line);
    expect(lines.sort((a, b) => a - b)).toEqual(Array.from({ length: 120 }, (_, i) => i + 2));
    expect(run.stdout.match(/^::error title=Quality gate,file=log\.csv,line=\d+::/gm)).toHaveLength(
      10,
    );
    expect(run.stdout).toContain(
      '110 more failed quality gates are in the check and the job summary.',
    );
    const writes = github.requests.filter((r) => /check-runs/.test(r.path));
    expect(writes.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH']);
    expect(github.violations).toEqual([]);
  });

  it('cuts a check-run summary over 65,535 characters between table rows, keeping the full outputs', async () => {
    const repo = newRepo();
    const metrics = (v: number) =>
      JSON.stringify(
        Object.fromEntries(
          Array.from({ length: 3000 }, (_, i) => [`metric_${i}_of_the_validation_set`, v + i]),
        ),
      );
    repo.write({ 'metrics.json': metrics(0.5) });
    const base = repo.commit('base');
    repo.write({ 'metrics.json': metrics(0.75) });
    const run = await runAction('metrics-diff', {
      cwd: repo.dir,
      apiUrl: github.url,
      env: { GITHUB_SHA: base },
      inputs: { token: 'app-token', targets: 'metrics.json', base: 'main' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.markdown!.length).toBeGreaterThan(65_535);
    expect(run.outputs.markdown).toMatch(
      /\| metrics\.json \| metric_1000_of_the_validation_set +\| 1000\.5 +\| 1000\.75 +\| 0\.25 +\|/,
    );
    // A report table stops at 1,000 rows (docs/limits.md); the JSON output has every row.
    expect(run.outputs.markdown).toContain('2000 more metrics not shown');
    expect(Object.keys(JSON.parse(run.outputs.json!)['metrics.json'] as object)).toHaveLength(3000);
    const summary = checkRuns()[0]!.output!.summary!;
    expect(summary.length).toBeLessThanOrEqual(65_535);
    expect(summary.startsWith(run.outputs.markdown!.slice(0, 1000))).toBe(true);
    // The cut falls between rows: every table line left is whole.
    const tableLines = summary.split('\n').filter((l) => l.startsWith('|'));
    expect(tableLines.every((l) => l.endsWith('|'))).toBe(true);
    expect(summary).toMatch(/the job summary/);
    expect(github.violations).toEqual([]);
  });

  it('puts a JSON output over 1 MB in a file instead of cutting it', async () => {
    const repo = newRepo();
    const metrics = (v: number) =>
      JSON.stringify(
        Object.fromEntries(
          Array.from({ length: 20_000 }, (_, i) => [`some_long_metric_name_${i}`, v + i]),
        ),
      );
    repo.write({ 'metrics.json': metrics(0.5) });
    const base = repo.commit('base');
    repo.write({ 'metrics.json': metrics(0.75) });
    const run = await runAction('metrics-diff', {
      cwd: repo.dir,
      apiUrl: github.url,
      env: { GITHUB_SHA: base },
      inputs: { targets: 'metrics.json', base: 'main', check: 'false' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.json).toBe('');
    const file = run.outputs['json-file']!;
    expect(file.startsWith(run.dir)).toBe(true); // RUNNER_TEMP
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(json['metrics.json'])).toHaveLength(20_000);
    expect(run.stdout).toMatch(/::warning::The json output is \d+ bytes, over the 1 MB/);
    expect(Buffer.byteLength(run.outputs.markdown!, 'utf8')).toBeLessThanOrEqual(1_000_000);
    expect(checkRuns()).toHaveLength(0);
  });

  it('warns, keeps the outputs and passes when the token may not create check runs', async () => {
    const { repo, base, head } = pullRequestRepo();
    const run = await runAction('metrics-diff', {
      cwd: repo.dir,
      apiUrl: github.url,
      eventName: 'pull_request',
      event: prEvent(base, head),
      env: { GITHUB_BASE_REF: 'main', GITHUB_SHA: head },
      inputs: { token: 'ro-token', targets: 'metrics.json' },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::Could not publish the check 'cml metrics-diff'.*checks: write/s,
    );
    expect(run.outputs.changed).toBe('true');
    expect(checkRuns()).toHaveLength(0);
  });

  it('warns at the line of an unparsable metrics file and goes on; a gate on it fails', async () => {
    // DVC warns about a file it cannot load and prints what it can, exit 0 (iterative/dvc@9f901e57
    // dvc/commands/metrics.py CmdMetricsDiff; tests/func/metrics/test_diff.py
    // test_metrics_diff_broken_json). A rule on that file cannot be checked, so it fails.
    for (const rules of [undefined, 'acc >= 0.5']) {
      const { repo, base, head } = pullRequestRepo();
      repo.write({ 'metrics.json': '{\n  "acc": 0.9\n  "loss": 1\n}\n' });
      const run = await runAction('metrics-diff', {
        cwd: repo.dir,
        apiUrl: github.url,
        event: prEvent(base, head),
        env: { GITHUB_SHA: head },
        inputs: {
          token: 'app-token',
          targets: 'metrics.json',
          check: 'false',
          ...(rules ? { rules } : {}),
        },
      });
      expect(run.stdout).toContain(
        `::warning file=metrics.json,line=3::metrics.json:3:3: invalid JSON: expected ',' or '}', found "\\"".`,
      );
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
      if (rules) {
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(
          /metrics\.json could not be read at workspace, so the rule cannot be checked/,
        );
      } else {
        expect(run.code).toBe(0);
        expect(run.outputs.passed).toBe('true');
      }
    }
  });

  it('rejects a bad input by name', async () => {
    const { repo } = pullRequestRepo();
    const run = await runAction('metrics-diff', {
      cwd: repo.dir,
      apiUrl: github.url,
      inputs: { precision: 'five', targets: 'metrics.json' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Input 'precision' must be a whole number, got 'five'.");
  });
});

describe('metrics-diff bundle with GitLab CI variables against the GitLab emulator', () => {
  let gitlab: GitLabEmulator;
  beforeEach(async () => {
    gitlab = await startGitLabEmulator();
    gitlab.addToken('glpat-metrics', { username: 'ci-bot', id: 5 });
    gitlab.seedProject({ id: 42, path: 'group/proj' });
  });
  afterEach(() => gitlab.close());

  it('sets a commit status, writes the dotenv report and fails a violated gate', async () => {
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
      GITLAB_TOKEN: 'glpat-metrics',
      INPUT_TARGETS: 'metrics.json',
      INPUT_RULES: 'acc >= 0.9',
    });
    const child = spawn(node24(), [distEntry('metrics-diff')], { cwd: repo.dir, env });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(out).toContain('error: metrics.json:2: Quality gate failed: acc >= 0.9');
    expect(out).not.toContain('glpat-metrics');
    expect(gitlab.violations).toEqual([]);
    expect(gitlab.state.statuses).toHaveLength(1);
    expect(gitlab.state.statuses[0]).toMatchObject({
      projectId: 42,
      sha: head,
      state: 'failed',
      name: 'cml metrics-diff',
      description: '1 of 1 quality gates failed',
      targetUrl: `${gitlab.serverUrl}/group/proj/-/jobs/77`,
      pipelineId: 900,
      ref: 'feature',
    });
    const dotenv = readFileSync(join(repo.dir, 'cml-metrics-diff.env'), 'utf8');
    expect(dotenv).toBe(
      'CML_METRICS_CHANGED=true\nCML_METRICS_PASSED=false\nCML_METRICS_MARKDOWN_FILE=cml-metrics-diff.md\nCML_METRICS_JSON_FILE=cml-metrics-diff.json\n',
    );
    expect(readFileSync(join(repo.dir, 'cml-metrics-diff.md'), 'utf8')).toContain(
      '| metrics.json | acc',
    );
    expect(
      JSON.parse(readFileSync(join(repo.dir, 'cml-metrics-diff.json'), 'utf8'))['metrics.json'].acc
        .new,
    ).toBe(0.88);
  });
});
