// The report's data section (the report action's `data` input): where it goes in the report,
// which base and datasets it asks the core for, and that the histograms the core draws are
// published with the report. The core is replaced by a double returning DataOutcome values as
// src/data/types.ts defines them; data-action.test.ts runs the report bundle with the real core.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ConsoleLogger } from '../src/core/logger';
import { runDataDiff } from '../src/data/run-data';
import type { DataOutcome, DataRunOptions } from '../src/data/types';
import { runReport, type ReportRequest } from '../src/report/run-report';
import { newRepo, removeTempDirs } from './metrics-fixtures';
import { png } from './report-support';

vi.mock('../src/data/run-data', () => ({ runDataDiff: vi.fn(), runDataValidate: vi.fn() }));
const diff = vi.mocked(runDataDiff);
afterAll(removeTempDirs);
afterEach(() => vi.clearAllMocks());

const HISTOGRAM = png('income histogram');

/** Draws one histogram where it is told to and links it relative to the datasets' folder. */
function drawingCore(): void {
  diff.mockImplementation((options: DataRunOptions): Promise<DataOutcome> => {
    const file = join(options.chartsDir!, 'income.png');
    mkdirSync(options.chartsDir!, { recursive: true });
    writeFileSync(file, HISTOGRAM);
    return Promise.resolve({
      markdown: `### Data drift\n\n| Column | PSI |\n| --- | --- |\n| income | 0.51 |\n\n![income](${relative(options.cwd, file)})\n`,
      json: {},
      passed: true,
      changed: true,
      failures: [],
      charts: [{ column: 'income', dataset: 'data/train.csv', path: file }],
      warnings: ['data/train.csv: 2 malformed rows (lines 7, 9)'],
    });
  });
}

function request(cwd: string, data: ReportRequest['data'], log: PassThrough): ReportRequest {
  return {
    context: {
      platform: 'local',
      repository: '',
      sha: '',
      apiUrl: '',
      serverUrl: '',
      workspace: cwd,
    },
    logger: new ConsoleLogger(log, log, false, false, false),
    cwd,
    markdownFile: 'report.md',
    plots: [],
    metrics: [],
    data,
    target: 'auto',
    watermarkTitle: '',
    mode: 'create',
    publish: true,
    outputDir: 'cml-report',
    summary: false,
    failOnError: true,
  };
}

function repoWithData() {
  const repo = newRepo();
  repo.write({ 'report.md': '# Training\n\nacc 0.91\n', 'data/train.csv': 'income\n1\n' });
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write({ 'data/train.csv': 'income\n5\n' });
  return repo;
}

describe("report's data section", () => {
  it('follows the Markdown file, asks for the default branch as base, and publishes the histograms', async () => {
    drawingCore();
    const repo = repoWithData();
    const log = new PassThrough();
    let text = '';
    log.on('data', (d: Buffer) => (text += d.toString()));
    await runReport(request(repo.dir, { targets: ['data/train.csv'] }, log));

    expect(diff).toHaveBeenCalledTimes(1);
    const options = diff.mock.calls[0]![0];
    expect(options).toMatchObject({
      cwd: repo.dir,
      targets: ['data/train.csv'],
      baseRev: 'main',
      rules: [],
      all: false,
      chartsDir: join(repo.dir, 'cml-report/plots/data'),
    });
    expect(text).toContain('data/train.csv: 2 malformed rows (lines 7, 9)');

    const report = readFileSync(join(repo.dir, 'cml-report/report.md'), 'utf8');
    expect(report.indexOf('# Training')).toBeLessThan(report.indexOf('### Data drift'));
    expect(report).toContain('| income | 0.51 |');
    const [, asset] = /!\[income\]\((assets\/[0-9a-f]{20}\.png)\)/.exec(report) ?? [];
    expect(asset).toBeDefined();
    expect(readFileSync(join(repo.dir, 'cml-report', asset!)).equals(HISTOGRAM)).toBe(true);
  });

  it('reads `data: dvc.yaml` as the datasets dvc.yaml declares, and takes an explicit base', async () => {
    drawingCore();
    const repo = repoWithData();
    await runReport(
      request(repo.dir, { targets: ['./dvc.yaml'], base: 'feature' }, new PassThrough()),
    );
    expect(diff.mock.calls[0]![0]).toMatchObject({ targets: [], baseRev: 'feature' });
  });

  it('is left out when no dataset is named', async () => {
    drawingCore();
    const repo = repoWithData();
    await runReport(request(repo.dir, { targets: [] }, new PassThrough()));
    expect(diff).not.toHaveBeenCalled();
    expect(readdirSync(join(repo.dir, 'cml-report'))).toEqual(['report.md']);
  });

  it('names the section when the core fails unexpectedly', async () => {
    diff.mockRejectedValue(new Error('engine crashed'));
    const repo = repoWithData();
    await expect(
      runReport(request(repo.dir, { targets: ['data/train.csv'] }, new PassThrough())),
    ).rejects.toThrow('Could not build the data section of the report: engine crashed');
  });
});
