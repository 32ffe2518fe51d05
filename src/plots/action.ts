import { relative } from 'node:path';
import * as core from '@actions/core';
import { readContext } from '../platforms';
import type { Logger } from '../core/logger';
import { resolveBaseRevision } from '../git/base-revision';
import { inputsOf } from '../inputs';
import { readInputs } from '../inputs/parse';
import { workspaceRoot } from './data-access';
import { plotsMarkdown } from './markdown';
import { plotFailures, renderEveryPlot } from './render-plots';

/**
 * The plots action (GitHub) and component (GitLab): renders specs, data files and dvc.yaml
 * plots to images in one process. Outputs `paths` (one per line, relative to the working
 * directory) and `markdown` (image lines to paste into a report) for the images written; a plot
 * that cannot be drawn fails the step, after every other one is written.
 */
export async function runPlotsAction(
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const inputs = readInputs(inputsOf('plots'), (s) => logger.mask(s), env);
  const str = (name: string) => (inputs[name] as string | undefined) || undefined;
  const ys = (inputs.y as string[] | undefined) ?? [];
  const cwd = process.cwd();
  let baseRevision = str('base-revision');
  let baseLabel: string | undefined;
  if (baseRevision) {
    const context = readContext(env);
    const base = await resolveBaseRevision({
      context,
      cwd,
      logger,
      explicit: baseRevision === 'auto' ? undefined : baseRevision,
    });
    baseRevision = base.revision;
    baseLabel = base.label;
  }
  const { plots, failures } = await renderEveryPlot(
    {
      targets: (inputs.plots as string[] | undefined) ?? [],
      cwd,
      outDir: str('out-dir') ?? 'plots',
      format: (str('format') as 'png' | 'svg' | undefined) ?? 'png',
      scale: inputs.scale as number | undefined,
      baseRevision,
      baseLabel,
      dvcFile: str('dvc-file'),
      allowedHosts: (inputs['allowed-hosts'] as string[] | undefined) ?? [],
      allowHint: 'the allowed-hosts input',
      workspace: workspaceRoot(cwd, env),
      options: {
        template: str('template'),
        x: str('x'),
        y: ys.length === 0 ? undefined : ys.length === 1 ? ys[0] : ys,
        title: str('title'),
        x_label: str('x-label'),
        y_label: str('y-label'),
      },
    },
    logger,
  );
  const paths = plots.map((p) => relative(cwd, p.path).split('\\').join('/'));
  const markdown = plotsMarkdown(plots, cwd);
  for (const path of paths) logger.info(`wrote ${path}`);
  logger.info(markdown);
  if (env.GITHUB_ACTIONS === 'true') {
    core.setOutput('paths', paths.join('\n'));
    core.setOutput('markdown', markdown);
  }
  // Every image that could be drawn is written and in the outputs; then the step fails.
  if (failures.length > 0) throw plotFailures(failures, plots.length);
}
