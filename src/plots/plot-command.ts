import { loggerFor } from '../core/logger';
import { plotsMarkdown } from './markdown';
import { plotFailures, renderEveryPlot, type RenderPlotsRequest } from './render-plots';

/**
 * `cml plot`: renders, prints each written image's path (or the Markdown embedding them), then
 * fails naming every plot that could not be drawn.
 */
export async function runPlotCommand(
  request: RenderPlotsRequest & { markdown?: boolean },
): Promise<void> {
  const logger = loggerFor();
  const { plots, failures } = await renderEveryPlot(request, logger);
  if (plots.length > 0) {
    if (request.markdown) process.stdout.write(plotsMarkdown(plots, request.cwd) + '\n');
    else for (const p of plots) process.stdout.write(`${p.path}\n`);
  }
  if (failures.length > 0) throw plotFailures(failures, plots.length);
}
