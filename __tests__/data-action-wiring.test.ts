// The data-validate action's own work, around the core: which options it hands the core (the
// inputs parsed, the base revision resolved from the pull request), and what it does with the
// outcome (outputs, job summary, annotations, the check run on the GitHub emulator, the dotenv
// report and commit status on the GitLab emulator, the failure). The core is replaced by a
// double returning DataOutcome values as src/data/types.ts defines them; the bundle runs the
// real core end to end in data-action.test.ts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActionsLogger, ConsoleLogger } from '../src/core/logger';
import { runDataValidateAction } from '../src/data/action';
import { runDataDiff, runDataValidate } from '../src/data/run-data';
import type { DataFailure, DataOutcome, DataRunOptions } from '../src/data/types';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { ACTIONS_BOT } from './emulators/github/identities';
import { startGitLabEmulator, type GitLabEmulator } from './emulators/gitlab';
import { newRepo, removeTempDirs, type TestRepo } from './metrics-fixtures';
import { parseRunnerFile } from './support/dist';

vi.mock('../src/data/run-data', () => ({ runDataDiff: vi.fn(), runDataValidate: vi.fn() }));
const diff = vi.mocked(runDataDiff);
const validate = vi.mocked(runDataValidate);
afterAll(removeTempDirs);
afterEach(() => vi.clearAllMocks());

function outcome(failures: DataFailure[], extra: Partial<DataOutcome> = {}): DataOutcome {
  return {
    markdown:
      '### Data: data/train.csv\n\n| Column | Change |\n| --- | --- |\n| income | PSI 0.51 |\n',
    json: { 'data/train.csv': { columns: 6 } },
    passed: failures.length === 0,
    changed: true,
    failures,
    charts: [],
    warnings: [],
    ...extra,
  };
}

const PSI: DataFailure = {
  rule: 'psi(income) < 0.2',
  message: 'data/train.csv: psi(income) = 0.509',
  file: 'data/rules.yaml',
  line: 4,
};
const UNREADABLE: DataFailure = {
  rule: 'missing(age) <= 1%',
  message: 'data/other.csv could not be read',
};

/** A repository whose checked-out project lives in ml/ (annotation paths get the prefix). */
function pullRequestRepo(): { repo: TestRepo; cwd: string; base: string; head: string } {
  const repo = newRepo();
  repo.write({
    'ml/data/train.csv': 'a\n1\n',
    'ml/data/rules.yaml': 'rules:\n  - schema may not change\n',
  });
  const base = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write({ 'ml/data/train.csv': 'a\n2\n' });
  const head = repo.commit('head');
  return { repo, cwd: join(repo.dir, 'ml'), base, head };
}

function githubRun(
  github: GitHubEmulator,
  inputs: Record<string, string>,
  base: string,
  head: string,
) {
  const dir = mkdtempSync(join(tmpdir(), 'cml-data-wiring-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  writeFileSync(
    files.GITHUB_EVENT_PATH,
    JSON.stringify({
      pull_request: {
        number: 7,
        base: { sha: base, ref: 'main' },
        head: { sha: head, ref: 'feature' },
      },
      repository: { default_branch: 'main' },
    }),
  );
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_RUN_ID: '1001',
    RUNNER_TEMP: dir,
    ...files,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  let log = '';
  const sink = new PassThrough();
  sink.on('data', (d: Buffer) => (log += d.toString()));
  return {
    env,
    logger: new ActionsLogger(sink),
    log: () => log,
    outputs: () => parseRunnerFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: () => readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
  };
}

describe('data-validate action on GitHub (core replaced by a double)', () => {
  let github: GitHubEmulator;
  beforeEach(async () => {
    github = await startGitHubEmulator({ repos: ['octo/repo'] });
    github.addToken('app-token', ACTIONS_BOT);
  });
  afterEach(() => github.close());
  const checkRuns = () => github.state.repos.get('octo/repo')!.checkRuns;

  it('hands the core the parsed inputs and the PR base, then outputs, annotates, publishes and fails', async () => {
    const { cwd, base, head } = pullRequestRepo();
    diff.mockResolvedValue(outcome([PSI, UNREADABLE]));
    const run = githubRun(
      github,
      {
        token: 'app-token',
        targets: 'data/train.csv, data/*.parquet',
        rules: '# drift\npsi(income) < 0.2\n\n  schema may not change  \n',
        'rules-file': 'data/rules.yaml',
        schema: 'data/schema.yaml',
        'charts-dir': 'charts',
        compare: 'true',
        check: 'true',
        summary: 'true',
        'check-name': 'data gate',
      },
      base,
      head,
    );
    await expect(runDataValidateAction(run.logger, run.env, cwd)).rejects.toThrow(
      '2 data rules failed: psi(income) < 0.2 (data/train.csv: psi(income) = 0.509); missing(age) <= 1% (data/other.csv could not be read)',
    );
    expect(validate).not.toHaveBeenCalled();
    expect(diff).toHaveBeenCalledTimes(1);
    const options = diff.mock.calls[0]![0] as DataRunOptions;
    expect(options).toEqual({
      cwd,
      targets: ['data/train.csv', 'data/*.parquet'],
      schemaFile: 'data/schema.yaml',
      rules: ['psi(income) < 0.2', 'schema may not change'],
      rulesFile: 'data/rules.yaml',
      all: false,
      chartsDir: join(cwd, 'charts'),
      baseRev: base,
      headRev: undefined,
    });

    // Everything is written before the step fails.
    const outputs = run.outputs();
    expect(outputs).toMatchObject({ passed: 'false', changed: 'true' });
    expect(outputs.markdown).toBe(outcome([]).markdown);
    expect(JSON.parse(outputs.json!)).toEqual({ 'data/train.csv': { columns: 6 } });
    expect(run.summary()).toContain('| income | PSI 0.51 |');
    // Annotation paths are relative to the repository (the project is in ml/).
    expect(run.log()).toContain(
      '::error title=Data rule,file=ml/data/rules.yaml,line=4::Data rule failed: psi(income) < 0.2: data/train.csv: psi(income) = 0.509',
    );
    // `%` is escaped as the runner's workflow-command syntax requires.
    expect(run.log()).toContain(
      '::error title=Data rule::Data rule failed: missing(age) <= 1%25: data/other.csv could not be read',
    );

    expect(github.violations).toEqual([]);
    const [check] = checkRuns();
    expect(checkRuns()).toHaveLength(1);
    expect(check).toMatchObject({
      name: 'data gate',
      headSha: head,
      status: 'completed',
      conclusion: 'failure',
      detailsUrl: 'https://github.com/octo/repo/actions/runs/1001',
    });
    expect(check!.output?.title).toBe('2 data rules failed');
    expect(check!.output?.summary).toBe(outcome([]).markdown);
    // A failure without a file is in the summary only: an annotation needs a path.
    expect(check!.output?.annotations).toEqual([
      {
        path: 'ml/data/rules.yaml',
        start_line: 4,
        end_line: 4,
        annotation_level: 'failure',
        title: 'Data rule: psi(income) < 0.2',
        message: 'data/train.csv: psi(income) = 0.509',
      },
    ]);
  });

  it('validates HEAD alone with compare: false, and passes with a success check', async () => {
    const { cwd, base, head } = pullRequestRepo();
    validate.mockResolvedValue(outcome([], { changed: false, warnings: ['3 malformed rows'] }));
    const run = githubRun(
      github,
      { token: 'app-token', compare: 'false', check: 'true' },
      base,
      head,
    );
    await runDataValidateAction(run.logger, run.env, cwd);
    expect(diff).not.toHaveBeenCalled();
    const options = validate.mock.calls[0]![0] as DataRunOptions;
    expect(options.baseRev).toBeUndefined();
    expect(options.targets).toEqual([]);
    expect(options.rules).toEqual([]);
    expect(options.chartsDir).toBeUndefined();
    expect(run.outputs()).toMatchObject({ passed: 'true', changed: 'false' });
    expect(run.log()).toContain('::warning::3 malformed rows');
    expect(checkRuns()[0]).toMatchObject({
      name: 'cml data-validate',
      conclusion: 'success',
      output: { title: 'The data passed every check', annotations: [] },
    });
  });

  it('annotates the first 10 failures in the log and all of them on the check run (batches of 50)', async () => {
    const { cwd, base, head } = pullRequestRepo();
    const many = Array.from({ length: 60 }, (_, i) => ({
      rule: `missing(c${i}) <= 1%`,
      message: `c${i} is 5% missing`,
      file: 'data/rules.yaml',
      line: i + 1,
    }));
    diff.mockResolvedValue(outcome(many));
    const run = githubRun(github, { token: 'app-token', check: 'true' }, base, head);
    await expect(runDataValidateAction(run.logger, run.env, cwd)).rejects.toThrow(
      /^60 data rules failed: .*; and 55 more$/,
    );
    expect(run.log().match(/^::error title=Data rule,/gm)).toHaveLength(10);
    expect(run.log()).toContain('50 more failed data rules are in the check and the job summary.');
    expect(checkRuns()[0]!.output?.annotations).toHaveLength(60);
    expect(github.requests.filter((r) => /check-runs/.test(r.path)).map((r) => r.method)).toEqual([
      'POST',
      'PATCH',
    ]);
    expect(github.violations).toEqual([]);
  });

  it('puts a JSON output over 1 MB in a file instead of cutting it', async () => {
    const { cwd, base, head } = pullRequestRepo();
    const big = {
      columns: Array.from({ length: 40_000 }, (_, i) => ({ name: `column_${i}`, psi: i })),
    };
    diff.mockResolvedValue(outcome([], { json: big }));
    const run = githubRun(github, { check: 'false' }, base, head);
    await runDataValidateAction(run.logger, run.env, cwd);
    const outputs = run.outputs();
    expect(outputs.json).toBe('');
    expect(JSON.parse(readFileSync(outputs['json-file']!, 'utf8'))).toEqual(big);
    expect(run.log()).toMatch(/::warning::The json output is \d+ bytes, over the 1 MB/);
    expect(checkRuns()).toHaveLength(0);
  });
});

describe('data-validate action on GitLab (core replaced by a double)', () => {
  let gitlab: GitLabEmulator;
  beforeEach(async () => {
    gitlab = await startGitLabEmulator();
    gitlab.addToken('glpat-data', { username: 'ci-bot', id: 5 });
    gitlab.seedProject({ id: 42, path: 'group/proj' });
  });
  afterEach(() => gitlab.close());

  it('writes the dotenv report and its files, and sets a failed commit status', async () => {
    const { repo, cwd, base, head } = pullRequestRepo();
    diff.mockResolvedValue(outcome([PSI]));
    const env: NodeJS.ProcessEnv = {
      GITLAB_CI: 'true',
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
      INPUT_COMPARE: 'true',
      INPUT_CHECK: 'true',
    };
    let log = '';
    const sink = new PassThrough();
    sink.on('data', (d: Buffer) => (log += d.toString()));
    await expect(
      runDataValidateAction(new ConsoleLogger(sink, sink, false, true, false), env, cwd),
    ).rejects.toThrow('1 data rule failed: psi(income) < 0.2');
    expect((diff.mock.calls[0]![0] as DataRunOptions).baseRev).toBe(base);
    expect(log).toContain('ml/data/rules.yaml:4');
    expect(log).not.toContain('glpat-data');
    expect(readFileSync(join(cwd, 'cml-data-validate.env'), 'utf8')).toBe(
      'CML_DATA_CHANGED=true\nCML_DATA_PASSED=false\nCML_DATA_MARKDOWN_FILE=cml-data-validate.md\nCML_DATA_JSON_FILE=cml-data-validate.json\n',
    );
    expect(readFileSync(join(cwd, 'cml-data-validate.md'), 'utf8')).toBe(outcome([]).markdown);
    expect(JSON.parse(readFileSync(join(cwd, 'cml-data-validate.json'), 'utf8'))).toEqual({
      'data/train.csv': { columns: 6 },
    });
    expect(gitlab.violations).toEqual([]);
    expect(gitlab.state.statuses).toHaveLength(1);
    expect(gitlab.state.statuses[0]).toMatchObject({
      projectId: 42,
      sha: head,
      state: 'failed',
      name: 'cml data-validate',
      description: '1 data rule failed',
      targetUrl: `${gitlab.serverUrl}/group/proj/-/jobs/77`,
      ref: 'feature',
    });
  });
});
