/**
 * Report integration of the data-validate capability: the section comparing datasets between the
 * base revision and the working tree (schema changes, missing rates, drift, histograms of the
 * drifted columns). Loaded by compose.ts only when the report's `data` input is given.
 */
import { readContext } from '../platforms';
import { ConsoleLogger, type Logger } from '../core/logger';
import { runDataDiff } from '../data/run-data';
import { resolveBaseRevision } from '../git/base-revision';

export interface EmbedDataOptions {
  cwd: string;
  /** Datasets: files, globs or folders; ['dvc.yaml'] means the datasets dvc.yaml declares. */
  targets: string[];
  /** Base revision; undefined means automatic detection (PR base, else the default branch). */
  base?: string;
  /** Schema and rules whose results the section shows (none from the report action). */
  schemaFile?: string;
  rulesFile?: string;
  /** Where the histograms go: the report's own generated folder, so they are published. */
  chartsDir: string;
  logger?: Logger;
}

/**
 * The data section of the report: profile and drift of every dataset, base against HEAD. The
 * section never fails the report: the data-validate action is the gate; the report shows what
 * changed (and, given a schema or rules file, which of them hold).
 */
export async function embedDataSection(options: EmbedDataOptions): Promise<string> {
  const logger = options.logger ?? new ConsoleLogger(process.stderr, process.stderr);
  const base = await resolveBaseRevision({
    context: readContext(),
    cwd: options.cwd,
    logger,
    explicit: options.base,
  });
  const outcome = await runDataDiff(
    {
      cwd: options.cwd,
      targets: dvcDiscovery(options.targets) ? [] : options.targets,
      baseRev: base.revision,
      schemaFile: options.schemaFile,
      rules: [],
      rulesFile: options.rulesFile,
      all: false,
      chartsDir: options.chartsDir,
    },
    logger,
  );
  for (const warning of outcome.warnings) logger.warning(warning);
  return outcome.markdown;
}

/** `data: dvc.yaml` asks for the datasets its stages declare, which the core finds by itself. */
function dvcDiscovery(targets: string[]): boolean {
  return targets.length === 1 && targets[0]!.replace(/^\.\//, '') === 'dvc.yaml';
}
