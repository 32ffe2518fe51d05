import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../core/errors';
import { ConsoleLogger } from '../core/logger';
import { runReport } from '../report/run-report';
import { DEMO_DATASETS, exampleDataHistory, type DataHistory } from './data-history';

export interface DemoOptions {
  /** Folder holding examples/ (default: the current directory, the repository root). */
  cwd?: string;
  outputDir?: string;
}

/**
 * `npm run demo` / `cml demo`: the report of the example ML run in examples/ (its Markdown, the
 * metrics table of metrics.json, the data section comparing examples/data/base/ with the drifted
 * examples/data/, the Vega-Lite loss chart rendered to PNG, the confusion-matrix image) written
 * to ./cml-report/ with its images. No forge and no cloud: the local path of the
 * same code that posts comments in CI.
 */
export async function runDemo(options: DemoOptions = {}): Promise<void> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const examples = join(cwd, 'examples');
  if (!existsSync(join(examples, 'report.md'))) {
    throw new ConfigurationError(
      `No examples/report.md in ${cwd}: run the demo from the repository root.`,
    );
  }
  const logger = new ConsoleLogger();
  const data = await exampleDataHistory(examples);
  try {
    await writeReport(cwd, data, logger, options.outputDir);
  } finally {
    data.remove();
  }
}

async function writeReport(
  cwd: string,
  data: DataHistory,
  logger: ConsoleLogger,
  outputDir = 'cml-report',
): Promise<void> {
  const outputs = await runReport({
    // Always local, even inside CI: the demo never talks to a forge.
    context: {
      platform: 'local',
      repository: '',
      sha: '',
      apiUrl: '',
      serverUrl: '',
      workspace: cwd,
    },
    logger,
    cwd,
    markdownFile: 'examples/report.md',
    metrics: ['examples/metrics.json'],
    plots: ['examples/loss.vl.json'],
    data: {
      targets: DEMO_DATASETS.map((name) => `data/${name}`),
      base: data.base,
      cwd: data.dir,
      schemaFile: 'data/schema.yaml',
      rulesFile: 'data/rules.yaml',
    },
    target: 'auto',
    watermarkTitle: '',
    mode: 'create',
    publish: true,
    outputDir,
    summary: false,
    failOnError: true,
  });
  logger.info(`Open ${outputs['report-file']} to read the example report.`);
}
