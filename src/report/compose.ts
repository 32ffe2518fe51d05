import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigurationError, errorMessage } from '../core/errors';
import type { Logger } from '../core/logger';
import { isInside, isSymlink, workspaceFile } from './images/image-files';

/** A piece of the report with the folder its relative image paths are resolved from. */
export interface ReportPart {
  text: string;
  baseDir: string;
  /** For error messages: the file or the generator that wrote it. */
  source: string;
  /** Written by a generator (plots), whose images live in the plots folder. */
  generated?: boolean;
}

/** The report's data section: which datasets, compared with which base, read from where. */
export interface DataSectionRequest {
  /** Files, globs or folders; ['dvc.yaml']: the datasets dvc.yaml declares. */
  targets: string[];
  /** Base revision; undefined: the PR's base, else the default branch. */
  base?: string;
  /** The git work tree the datasets are read from (default: the report's cwd). */
  cwd?: string;
  /** Schema and rules whose results the section shows (the demo's); the action passes none. */
  schemaFile?: string;
  rulesFile?: string;
}

export interface ComposeOptions {
  cwd: string;
  /** The workspace (repository checkout) whose files are untrusted; default: cwd. */
  workspace?: string;
  /** The user's Markdown file, or undefined when only plots/metrics make the report. */
  markdownFile?: string;
  /** Metric files for a metrics-diff table (empty: none; ['dvc.yaml'] style discovery is the embed's). */
  metrics: string[];
  metricsBase?: string;
  /** Datasets for the data-validate section (none when undefined or empty). */
  data?: DataSectionRequest;
  /** Plot specs / data files rendered to PNG and embedded. */
  plots: string[];
  /** Where rendered plots go (inside the workspace so they can be published). */
  plotsDir: string;
  /** Hosts plot specs may fetch data/images from (the allowed-hosts input); undefined: CML_PLOTS_ALLOWED_HOSTS. */
  plotsAllowedHosts?: string[];
  logger: Logger;
}

/**
 * The report's Markdown: the user's file, then the metrics table(s), the data section, then the
 * plots. The generators belong to the metrics-diff, data-validate and plots capabilities and are
 * loaded only when used.
 */
export async function composeReport(options: ComposeOptions): Promise<ReportPart[]> {
  const parts: ReportPart[] = [];
  if (options.markdownFile !== undefined) {
    const path = resolve(options.cwd, options.markdownFile);
    parts.push({
      text: readFileSync(reportFilePath(path, options), 'utf8'),
      baseDir: dirname(path),
      source: options.markdownFile,
    });
  }
  if (options.metrics.length > 0) {
    const { embedMetricsDiff } = await import('../metrics/embed');
    const text = await generated('metrics', () =>
      embedMetricsDiff({
        cwd: options.cwd,
        files: options.metrics,
        base: options.metricsBase,
        logger: options.logger,
      }),
    );
    parts.push({ text, baseDir: options.cwd, source: 'the metrics table' });
  }
  if (options.data && options.data.targets.length > 0) {
    const data = options.data;
    const dataCwd = data.cwd ?? options.cwd;
    const { embedDataSection } = await import('./data-section');
    const text = await generated('data section', () =>
      embedDataSection({
        cwd: dataCwd,
        targets: data.targets,
        base: data.base,
        schemaFile: data.schemaFile,
        rulesFile: data.rulesFile,
        // The histograms go with the rendered plots: a folder of ours, published with the report.
        chartsDir: join(options.plotsDir, 'data'),
        logger: options.logger,
      }),
    );
    parts.push({ text, baseDir: dataCwd, source: 'the data section', generated: true });
  }
  if (options.plots.length > 0) {
    const { embedPlots } = await import('../plots/embed');
    const text = await generated('plots', () =>
      embedPlots(
        {
          plots: options.plots,
          outDir: options.plotsDir,
          cwd: options.cwd,
          baseRevision: options.metricsBase,
          allowedHosts: options.plotsAllowedHosts,
        },
        options.logger,
      ),
    );
    parts.push({ text, baseDir: options.cwd, source: 'the plots', generated: true });
  }
  if (parts.length === 0) {
    throw new ConfigurationError(
      'Nothing to report: give a Markdown file, plots, metrics or data.',
    );
  }
  return parts;
}

/**
 * The file to read for the report. The path named in the workflow is trusted configuration; what
 * the repository holds there is not: inside the workspace, a symlink leading out of it is refused
 * (`report.md -> /proc/self/environ` once posted the job's token), as for images. Anywhere, only
 * a regular file is read (not a FIFO, a device or a folder).
 */
function reportFilePath(path: string, options: ComposeOptions): string {
  const what = `Report file '${options.markdownFile}'`;
  const details = { file: options.markdownFile };
  const workspace = resolve(options.workspace ?? options.cwd);
  if (!existsSync(path) && !isSymlink(path)) {
    throw new ConfigurationError(
      `Report file not found: ${options.markdownFile} (looked for ${path}).`,
      details,
    );
  }
  if (isInside(workspace, path)) return workspaceFile(path, workspace, what, options.markdownFile);
  if (!statSync(path).isFile()) {
    throw new ConfigurationError(`${what} is not a regular file (${path}).`, details);
  }
  return path;
}

async function generated(what: string, make: () => Promise<string>): Promise<string> {
  try {
    return await make();
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new Error(`Could not build the ${what} of the report: ${errorMessage(error)}`, {
      cause: error,
    });
  }
}

export function joinParts(texts: string[]): string {
  return texts
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .join('\n\n')
    .concat('\n');
}

export function defaultPlotsDir(outputDir: string): string {
  return join(outputDir, 'plots');
}
