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
}

export async function embedPlots(_options: EmbedPlotsOptions): Promise<string> {
  throw new Error('plots are not built yet');
}
