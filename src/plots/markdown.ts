import { relative } from 'node:path';
import type { RenderedPlot } from './render-plots';

/** Markdown image lines for rendered plots, paths relative to `cwd` (where the report lives). */
export function plotsMarkdown(plots: RenderedPlot[], cwd: string): string {
  return plots
    .map(
      (p) =>
        `![${escapeAlt(p.title)}](${relative(cwd, p.path).split('\\').join('/').replace(/ /g, '%20')})`,
    )
    .join('\n\n');
}

function escapeAlt(text: string): string {
  return text.replace(/[[\]\\]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}
