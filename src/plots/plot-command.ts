import { loggerFor } from '../core/logger';
import { plotsMarkdown } from './markdown';
import { renderPlots, type RenderPlotsRequest } from './render-plots';

/** `cml plot`: renders, then prints each image's path (or the Markdown embedding them). */
export async function runPlotCommand(
  request: RenderPlotsRequest & { markdown?: boolean },
): Promise<void> {
  const logger = loggerFor();
  const plots = await renderPlots(request, logger);
  if (request.markdown) process.stdout.write(plotsMarkdown(plots, request.cwd) + '\n');
  else for (const p of plots) process.stdout.write(`${p.path}\n`);
}
