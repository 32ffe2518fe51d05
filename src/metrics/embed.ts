/**
 * Report integration of the metrics-diff capability: the Markdown table(s) of metrics (and
 * params) compared between the base revision and HEAD. Owned by metrics-diff; report calls it.
 */
export interface EmbedMetricsOptions {
  cwd: string;
  /** Metric files; empty means dvc.yaml discovery. */
  files: string[];
  /** Base revision; undefined means automatic detection. */
  base?: string;
}

export async function embedMetricsDiff(_options: EmbedMetricsOptions): Promise<string> {
  throw new Error('metrics-diff is not built yet');
}
