import { relative } from 'node:path';
import { readContext } from '../platforms';
import type { Logger } from '../core/logger';
import { writeStepOutputs } from '../core/outputs';
import { resolveBaseRevision } from '../git/base-revision';
import { readInputs } from '../inputs';
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
  const inputs = readInputs('plots', (s) => logger.mask(s), env);
  const ys = inputs.y;
  const cwd = process.cwd();
  let baseRevision = inputs['base-revision'];
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
      targets: inputs.plots,
      cwd,
      outDir: inputs['out-dir'],
      format: inputs.format,
      scale: inputs.scale,
      baseRevision,
      baseLabel,
      dvcFile: inputs['dvc-file'],
      allowedHosts: inputs['allowed-hosts'],
      allowHint: 'the allowed-hosts input',
      workspace: workspaceRoot(cwd, env),
      options: {
        template: inputs.template,
        x: inputs.x,
        y: ys.length === 0 ? undefined : ys.length === 1 ? ys[0] : ys,
        title: inputs.title,
        x_label: inputs['x-label'],
        y_label: inputs['y-label'],
      },
    },
    logger,
  );
  const paths = plots.map((p) => relative(cwd, p.path).split('\\').join('/'));
  const markdown = plotsMarkdown(plots, cwd);
  for (const path of paths) logger.info(`wrote ${path}`);
  logger.info(markdown);
  if (env.GITHUB_ACTIONS === 'true') {
    writeStepOutputs(
      { paths: paths.join('\n'), markdown },
      { githubOutputFile: env.GITHUB_OUTPUT },
    );
  }
  // Every image that could be drawn is written and in the outputs; then the step fails.
  if (failures.length > 0) throw plotFailures(failures, plots.length);
}
