import { afterAll, describe, expect, it } from 'vitest';
import { readContext } from '../src/platforms';
import { ConsoleLogger } from '../src/core/logger';
import { ConfigurationError } from '../src/core/errors';
import {
  metricsJson,
  metricsTable,
  paramsTable,
  runMetricsDiff,
  type MetricsDiffRequest,
} from '../src/metrics/run-diff';
import { readFileAtRevision } from '../src/git/read-at-revision';
import { embedMetricsDiff } from '../src/metrics/embed';
import { newRepo, removeTempDirs, shallowClone } from './metrics-fixtures';
import { Writable } from 'node:stream';

afterAll(removeTempDirs);

/** A logger that keeps its lines, so tests can check what the user is told. */
function quietLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _e, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: new ConsoleLogger(sink, sink, false, false), lines };
}

function diff(cwd: string, request: Partial<MetricsDiffRequest> = {}) {
  const { logger, lines } = quietLogger();
  const run = runMetricsDiff({
    cwd,
    logger,
    context: readContext({}),
    targets: [],
    allRows: false,
    rules: [],
    ...request,
  });
  return { run, lines };
}

const md = { all: false, noPath: false, precision: 5, markdown: true };

describe('metrics diff between git revisions', () => {
  it('compares the base branch with the working tree without checking it out', async () => {
    const repo = newRepo();
    repo.write({ 'metrics.json': '{"acc": 0.8, "loss": 0.5}' });
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'metrics.json': '{"acc": 0.85, "loss": 0.5}' });
    const outcome = await diff(repo.dir, { base: 'main', targets: ['metrics.json'] }).run;
    expect(metricsTable(outcome, md)).toBe(
      [
        '| Path         | Metric   | main   | workspace   | Change   |',
        '|--------------|----------|--------|-------------|----------|',
        '| metrics.json | acc      | 0.8    | 0.85        | 0.05     |',
        '',
      ].join('\n'),
    );
    expect(outcome.changed).toBe(true);
    // The working tree was not touched: still the feature branch with its uncommitted change.
    expect(repo.git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('feature');
    expect(repo.git('status', '--porcelain')).toBe('M metrics.json');
  });

  it('compares two committed revisions (a_rev b_rev)', async () => {
    const repo = newRepo();
    repo.write({ 'm.yaml': 'train:\n  loss: 0.5\n  epochs: 10\n' });
    const a = repo.commit('a');
    repo.write({ 'm.yaml': 'train:\n  loss: 0.25\n  epochs: 10\n' });
    repo.commit('b');
    repo.write({ 'm.yaml': 'train:\n  loss: 9\n' }); // the working tree must not matter
    const outcome = await diff(repo.dir, { base: a, head: 'HEAD', targets: ['m.yaml'] }).run;
    expect(JSON.parse(metricsJson(outcome, false))).toEqual({
      'm.yaml': { 'train.loss': { old: 0.5, new: 0.25, diff: -0.25 } },
    });
  });

  it('shows metrics of a file the base lacks as new, and names the side in the log', async () => {
    const repo = newRepo();
    repo.write({ 'README.md': 'x' });
    repo.commit('base');
    repo.write({ 'metrics.json': '{"acc": 0.9}' });
    const { run, lines } = diff(repo.dir, { base: 'main', targets: ['metrics.json'] });
    const outcome = await run;
    expect(metricsTable(outcome, md)).toContain(
      '| metrics.json | acc      | -      | 0.9         | -        |',
    );
    expect(lines.join('')).toContain('metrics.json does not exist at main: its keys show as new.');
  });

  it('shows metrics of a file HEAD lacks as deleted', async () => {
    const repo = newRepo();
    repo.write({ 'metrics.json': '{"acc": 0.9}', 'other.json': '{"x": 1}' });
    repo.commit('base');
    repo.remove('metrics.json');
    const outcome = await diff(repo.dir, { base: 'main', targets: ['metrics.json', 'other.json'] })
      .run;
    expect(JSON.parse(metricsJson(outcome, false))).toEqual({
      'metrics.json': { acc: { old: 0.9, new: null } },
    });
  });

  it('warns with the file name when a named file exists on neither side, and goes on', async () => {
    // DVC: FileNotFoundError on both revisions is an error entry, a warning, exit 0
    // (iterative/dvc@9f901e57 dvc/repo/metrics/show.py _read_metrics, dvc/commands/metrics.py).
    const repo = newRepo();
    repo.write({ 'a.json': '{"x": 1}' });
    repo.commit('base');
    repo.write({ 'a.json': '{"x": 2}' });
    const run = diff(repo.dir, { base: 'main', targets: ['metrcs.json', 'a.json'] });
    const outcome = await run.run;
    expect(run.lines.join('')).toContain(
      'Metrics file metrcs.json exists neither at main nor at workspace',
    );
    expect(JSON.parse(metricsJson(outcome, false))).toEqual({
      'a.json': { x: { old: 1, new: 2, diff: 1 } },
    });
    expect(outcome.metrics!.failedSides).toEqual({ old: true, new: true });
  });

  it('shows a renamed metric as one deleted and one new row', async () => {
    const repo = newRepo();
    repo.write({ 'metrics.json': '{"val": {"acc": 0.9}}' });
    repo.commit('base');
    repo.write({ 'metrics.json': '{"val": {"accuracy": 0.9}}' });
    const outcome = await diff(repo.dir, { base: 'main', targets: ['metrics.json'] }).run;
    expect(metricsTable(outcome, { ...md, noPath: true })).toBe(
      [
        '| Metric       | main   | workspace   | Change   |',
        '|--------------|--------|-------------|----------|',
        '| val.acc      | 0.9    | -           | -        |',
        '| val.accuracy | -      | 0.9         | -        |',
        '',
      ].join('\n'),
    );
  });

  it('flattens nested YAML and compares text values as text', async () => {
    const repo = newRepo();
    repo.write({
      'eval/scores.yaml': 'model:\n  name: resnet\n  top: [0.5, 0.7]\n  deep:\n    x: 1\n',
    });
    repo.commit('base');
    repo.write({
      'eval/scores.yaml': 'model:\n  name: vit\n  top: [0.5, 0.75]\n  deep:\n    x: 2\n',
    });
    const outcome = await diff(repo.dir, { base: 'main', targets: ['eval/scores.yaml'] }).run;
    expect(JSON.parse(metricsJson(outcome, false))).toEqual({
      'eval/scores.yaml': {
        'model.deep.x': { old: 1, new: 2, diff: 1 },
        'model.name': { old: 'resnet', new: 'vit' },
        'model.top.1': { old: 0.7, new: 0.75, diff: 0.75 - 0.7 },
      },
    });
  });

  it('reads the last CSV row, or every row with allRows', async () => {
    const repo = newRepo();
    repo.write({ 'log.csv': 'epoch,loss\n1,0.5\n2,0.4\n' });
    repo.commit('base');
    repo.write({ 'log.csv': 'epoch,loss\n1,0.5\n2,0.3\n3,0.2\n' });
    const last = await diff(repo.dir, { base: 'main', targets: ['log.csv'] }).run;
    expect(JSON.parse(metricsJson(last, false))).toEqual({
      'log.csv': {
        epoch: { old: 2, new: 3, diff: 1 },
        loss: { old: 0.4, new: 0.2, diff: 0.2 - 0.4 },
      },
    });
    const all = await diff(repo.dir, { base: 'main', targets: ['log.csv'], allRows: true }).run;
    expect(Object.keys(JSON.parse(metricsJson(all, false))['log.csv'])).toEqual([
      '1.loss',
      '2.epoch',
      '2.loss',
    ]);
  });

  it('warns naming the file, revision and line of an unparsable file on the base side', async () => {
    // DVC (tests/func/metrics/test_diff.py test_metrics_diff_broken_json): the broken side's
    // keys show as absent, the error is reported, the diff is still printed.
    const repo = newRepo();
    repo.write({ 'metrics.json': '{\n  "acc": 0.9,\n}' });
    repo.commit('base');
    repo.write({ 'metrics.json': '{"acc": 1}' });
    const run = diff(repo.dir, { base: 'main', targets: ['metrics.json'] });
    const outcome = await run.run;
    expect(run.lines.join('')).toMatch(
      /metrics\.json \(at main\):3:1: invalid JSON: expected a "key", found "\}"/,
    );
    expect(JSON.parse(metricsJson(outcome, false))).toEqual({
      'metrics.json': { acc: { old: null, new: 1 } },
    });
  });

  it('discovers metrics and params from dvc.yaml, top level and per stage', async () => {
    const repo = newRepo();
    const dvc = [
      'metrics: [summary.json]',
      'stages:',
      '  train:',
      '    cmd: python train.py',
      '    params: [lr, {extra.yaml: [seed]}]',
      '    metrics:',
      '      - eval/metrics.json:',
      '          cache: false',
    ].join('\n');
    repo.write({
      'dvc.yaml': dvc,
      'summary.json': '{"n": 1}',
      'eval/metrics.json': '{"auc": 0.7}',
      'params.yaml': 'lr: 0.1\nepochs: 5\n',
      'extra.yaml': 'seed: 1\nother: 1\n',
    });
    repo.commit('base');
    repo.write({
      'summary.json': '{"n": 2}',
      'eval/metrics.json': '{"auc": 0.75}',
      'params.yaml': 'lr: 0.01\nepochs: 6\n',
      'extra.yaml': 'seed: 2\nother: 2\n',
    });
    const outcome = await diff(repo.dir, { base: 'main', params: [] }).run;
    expect(Object.keys(JSON.parse(metricsJson(outcome, false)))).toEqual([
      'summary.json',
      'eval/metrics.json',
    ]);
    // extra.yaml: only the key the stage uses (seed, not other); params.yaml: all of it, as DVC
    // tracks the default params file whole (iterative/dvc@9f901e57 dvc/repo/params/show.py
    // _collect_params: `params.append({default_file: []})`, and _merge_params lets a whole
    // file win over key lists).
    expect(paramsTable(outcome, md)).toBe(
      [
        '| Path        | Param   | main   | workspace   |',
        '|-------------|---------|--------|-------------|',
        '| params.yaml | epochs  | 5      | 6           |',
        '| params.yaml | lr      | 0.1    | 0.01        |',
        '| extra.yaml  | seed    | 1      | 2           |',
        '',
      ].join('\n'),
    );
  });

  it('reads the same files from a subfolder of the repository', async () => {
    const repo = newRepo();
    repo.write({ 'proj/metrics.json': '{"acc": 0.1}' });
    repo.commit('base');
    repo.write({ 'proj/metrics.json': '{"acc": 0.2}' });
    const outcome = await diff(`${repo.dir}/proj`, { base: 'main', targets: ['metrics.json'] }).run;
    expect(JSON.parse(metricsJson(outcome, false))['metrics.json'].acc.old).toBe(0.1);
    // An absolute path names the same file, on both sides.
    const absolute = await diff(`${repo.dir}/proj`, {
      base: 'main',
      targets: [`${repo.dir}/proj/metrics.json`],
    }).run;
    expect(JSON.parse(metricsJson(absolute, false))).toEqual({
      'metrics.json': { acc: { old: 0.1, new: 0.2, diff: 0.1 } },
    });
  });
});

describe('base revision detection and shallow clones', () => {
  function upstream() {
    const repo = newRepo();
    repo.write({ 'metrics.json': '{"acc": 0.8}' });
    const base = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'metrics.json': '{"acc": 0.9}' });
    const head = repo.commit('feature');
    repo.git('checkout', '-q', 'main');
    repo.write({ 'metrics.json': '{"acc": 0.7}' });
    const mainTip = repo.commit('main moves on');
    return { repo, base, head, mainTip };
  }

  it("fetches the pull request's base commit into a depth-1 clone (GitHub payload base sha)", async () => {
    const { repo, mainTip } = upstream();
    const clone = shallowClone(repo, 'feature');
    expect(clone.git('rev-list', '--count', 'HEAD')).toBe('1');
    const context = readContext({
      GITHUB_ACTIONS: 'true',
      GITHUB_BASE_REF: 'main',
      GITHUB_EVENT_PATH: '',
    });
    context.baseSha = mainTip;
    const { run, lines } = diff(clone.dir, { context, targets: ['metrics.json'] });
    const outcome = await run;
    expect(outcome.oldSide).toEqual({ revision: mainTip, label: 'main' });
    expect(JSON.parse(metricsJson(outcome, false))['metrics.json'].acc).toMatchObject({
      old: 0.7,
      new: 0.9,
    });
    expect(lines.join('')).toContain(`Fetching ${mainTip} from origin (depth 1)`);
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true');
  });

  it('uses CI_MERGE_REQUEST_DIFF_BASE_SHA on GitLab', async () => {
    const { repo, base } = upstream();
    const clone = shallowClone(repo, 'feature');
    const context = readContext({
      GITLAB_CI: 'true',
      CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    });
    const outcome = await diff(clone.dir, { context, targets: ['metrics.json'] }).run;
    expect(outcome.oldSide.revision).toBe(base);
    expect(JSON.parse(metricsJson(outcome, false))['metrics.json'].acc.old).toBe(0.8);
  });

  it('fetches the base branch by name (GITHUB_BASE_REF without a payload sha)', async () => {
    const { repo } = upstream();
    const clone = shallowClone(repo, 'feature');
    const context = readContext({ GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: 'main' });
    const outcome = await diff(clone.dir, { context, targets: ['metrics.json'] }).run;
    expect(outcome.oldSide).toEqual({ revision: 'refs/remotes/origin/main', label: 'main' });
    expect(JSON.parse(metricsJson(outcome, false))['metrics.json'].acc.old).toBe(0.7);
  });

  it('fetches a tag named as the base into a shallow clone', async () => {
    const { repo, base } = upstream();
    repo.git('tag', 'v1', base);
    const clone = shallowClone(repo, 'feature');
    expect(() => clone.git('rev-parse', '--verify', 'v1^{commit}')).toThrow();
    const outcome = await diff(clone.dir, { base: 'v1', targets: ['metrics.json'] }).run;
    expect(outcome.oldSide).toEqual({ revision: 'v1', label: 'v1' });
    expect(clone.git('rev-parse', 'v1^{commit}')).toBe(base);
    expect(JSON.parse(metricsJson(outcome, false))['metrics.json'].acc.old).toBe(0.8);
  });

  it('falls back to the default branch outside pull requests', async () => {
    const { repo } = upstream();
    repo.git('checkout', '-q', 'feature');
    const outcome = await diff(repo.dir, {
      context: readContext({ GITLAB_CI: 'true', CI_DEFAULT_BRANCH: 'main' }),
      targets: ['metrics.json'],
    }).run;
    expect(outcome.oldSide.label).toBe('main');
  });

  it('names an unknown base revision and says how to fetch history', async () => {
    const { repo } = upstream();
    const clone = shallowClone(repo, 'feature');
    const missing = 'f'.repeat(40);
    const error = await diff(clone.dir, { base: missing, targets: ['metrics.json'] }).run.catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Unknown base revision '${missing}': this clone does not have it and 'git fetch origin ${missing}' failed`,
      ),
    );
    expect((error as Error).message).toContain("'fetch-depth: 0'");
    expect((error as Error).message).toContain("'GIT_DEPTH: 0'");
  });

  it('keeps readFileAtRevision working for files, missing files and bad revisions', async () => {
    const { repo, base } = upstream();
    expect((await readFileAtRevision(base, 'metrics.json', repo.dir))?.toString()).toBe(
      '{"acc": 0.8}',
    );
    expect(await readFileAtRevision(base, 'nope.json', repo.dir)).toBeUndefined();
    await expect(readFileAtRevision('no-such-branch', 'metrics.json', repo.dir)).rejects.toThrow(
      /git show/,
    );
  });
});

describe('report integration', () => {
  it('embeds the metrics and params tables against the default branch, found from git', async () => {
    const repo = newRepo();
    repo.write({
      'dvc.yaml': 'stages:\n  train:\n    cmd: x\n    params: [lr]\n    metrics: [metrics.json]\n',
      'metrics.json': '{"acc": 0.5}',
      'params.yaml': 'lr: 0.1\n',
    });
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'metrics.json': '{"acc": 0.75}', 'params.yaml': 'lr: 0.2\n' });
    const { logger } = quietLogger();
    const markdown = await embedMetricsDiff({ cwd: repo.dir, files: [], logger });
    expect(markdown).toBe(
      [
        '#### Metrics',
        '',
        '| Path         | Metric   | main   | workspace   | Change   |',
        '|--------------|----------|--------|-------------|----------|',
        '| metrics.json | acc      | 0.5    | 0.75        | 0.25     |',
        '',
        '#### Params',
        '',
        '| Path        | Param   | main   | workspace   |',
        '|-------------|---------|--------|-------------|',
        '| params.yaml | lr      | 0.1    | 0.2         |',
        '',
      ].join('\n'),
    );
    const named = await embedMetricsDiff({
      cwd: repo.dir,
      files: ['metrics.json'],
      base: 'main',
      logger,
    });
    expect(named).not.toContain('#### Params');
  });
});
