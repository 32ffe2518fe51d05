/**
 * Report integration of the metrics-diff capability: the Markdown table(s) of metrics (and
 * params) compared between the base revision and HEAD. Owned by metrics-diff; report calls it.
 */
import { readContext } from '../platforms';
import { ConsoleLogger, type Logger } from '../core/logger';
import { reportMarkdown, runMetricsDiff } from './run-diff';

export interface EmbedMetricsOptions {
  cwd: string;
  /** Metric files; empty means dvc.yaml discovery. */
  files: string[];
  /** Base revision; undefined means automatic detection. */
  base?: string;
  /** Where progress lines go (default: stderr). */
  logger?: Logger;
}

/**
 * Compares the metrics (and, when none are named, dvc.yaml's params) between the base revision
 * (automatic: PR base, else default branch) and the working tree, and returns the report block:
 * DVC's Markdown table(s) under small headings.
 */
export async function embedMetricsDiff(options: EmbedMetricsOptions): Promise<string> {
  const logger = options.logger ?? new ConsoleLogger(process.stderr, process.stderr);
  const outcome = await runMetricsDiff({
    cwd: options.cwd,
    logger,
    context: readContext(),
    base: options.base,
    targets: options.files,
    // Named metrics files are what the report asked for; with dvc.yaml discovery, params too.
    params: options.files.length === 0 ? [] : undefined,
    allRows: false,
    rules: [],
  });
  return reportMarkdown(outcome, { all: false, noPath: false, precision: 5 });
}
