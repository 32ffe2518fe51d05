import { loggerFor, type Logger } from '../core/logger';
import { plotsMarkdown } from './markdown';
import { renderPlots } from './render-plots';

/**
 * Report integration of the plots capability: renders plot specs / data files named by the
 * report (one process for all of them) and returns Markdown that embeds the images.
 * Owned by the plots capability; the report capability calls it.
 */
export interface EmbedPlotsOptions {
  /** Spec files (.vl.json, .vg.json, .json) or data files (csv/tsv/json/yaml) or dvc.yaml plot ids. */
  plots: string[];
  /** Folder the PNG files are written to (inside the workspace, so the report can publish them). */
  outDir: string;
  cwd: string;
  /** Base revision for base-vs-HEAD overlays, when the report asks for them. */
  baseRevision?: string;
  /** Hosts specs may fetch from (report's allowed-hosts input); default CML_PLOTS_ALLOWED_HOSTS. */
  allowedHosts?: string[];
  /** Folder specs may read files from (the workspace); default: the CI workspace holding cwd. */
  workspace?: string;
}

/**
 * Image links are relative to `cwd`, where the report is written. An empty `plots` list renders
 * every plot of dvc.yaml. Warnings (a file missing at the base revision, SVG instead of PNG on a
 * platform without binaries) go to `logger`.
 */
export async function embedPlots(
  options: EmbedPlotsOptions,
  logger: Logger = loggerFor(),
): Promise<string> {
  const plots = await renderPlots(
    {
      targets: options.plots,
      cwd: options.cwd,
      outDir: options.outDir,
      baseRevision: options.baseRevision,
      allowedHosts: options.allowedHosts,
      // The report action passes its input; `cml comment --plots` has only the environment.
      allowHint: options.allowedHosts ? 'the allowed-hosts input' : 'CML_PLOTS_ALLOWED_HOSTS',
      workspace: options.workspace,
    },
    logger,
  );
  return plotsMarkdown(plots, options.cwd);
}
