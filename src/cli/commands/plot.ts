import type { Argv, CommandModule } from 'yargs';

interface PlotArgs {
  targets: string[];
  template?: string;
  x?: string;
  y?: string | string[];
  title?: string;
  'x-label'?: string;
  'y-label'?: string;
  out: string;
  format: 'png' | 'svg';
  /** A string, so a bad value reaches the check as written (yargs turns `-s abc` into NaN). */
  scale: string;
  'allow-host'?: string[];
  base?: string;
  md: boolean;
  'dvc-file': string;
}

/**
 * `cml plot [targets..]`: renders Vega-Lite/Vega specs, data files (with DVC's templates) and
 * dvc.yaml plots to images in one process; prints their paths, or Markdown with --md.
 */
export const plotCommand: CommandModule<object, PlotArgs> = {
  command: 'plot [targets..]',
  describe: 'Render plots (Vega-Lite/Vega specs, CSV/TSV/JSON/YAML data, dvc.yaml plots) to PNG',
  builder: (yargs: Argv) =>
    yargs
      .positional('targets', {
        type: 'string',
        array: true,
        default: [],
        describe: 'Spec files, data files or dvc.yaml plot ids (default: every dvc.yaml plot)',
      })
      .option('template', {
        alias: 't',
        type: 'string',
        describe:
          'linear, simple, scatter, scatter_jitter, smooth, bar, bar_horizontal, bar_horizontal_sorted, confusion, confusion_normalized',
      })
      .option('x', { type: 'string', describe: 'Field for the x axis' })
      .option('y', {
        type: 'string',
        describe: 'Field(s) for the y axis: repeat -y or separate with commas',
      })
      .option('title', { type: 'string', describe: 'Plot title' })
      .option('x-label', { type: 'string', describe: 'x axis title' })
      .option('y-label', { type: 'string', describe: 'y axis title' })
      .option('out', {
        alias: 'o',
        type: 'string',
        default: 'plots',
        describe: 'Folder the images are written to',
      })
      .option('format', {
        choices: ['png', 'svg'] as const,
        default: 'png' as const,
        describe: 'Image format',
      })
      .option('scale', {
        alias: 's',
        type: 'string',
        default: '1',
        describe: 'Resolution scale factor',
      })
      .option('allow-host', {
        type: 'string',
        array: true,
        describe:
          'Host specs may load data or images from (repeatable; also CML_PLOTS_ALLOWED_HOSTS). Default: none',
      })
      .option('base', {
        type: 'string',
        describe: 'Overlay the same plots at this git revision, coloured by revision',
      })
      .option('md', {
        type: 'boolean',
        default: false,
        describe: 'Print Markdown embedding the images',
      })
      .option('dvc-file', {
        type: 'string',
        default: 'dvc.yaml',
        describe: 'DVC pipeline file with plots',
      }) as unknown as Argv<PlotArgs>,
  handler: async (args) => {
    const { runPlotCommand } = await import('../../plots/plot-command');
    const { checkScale } = await import('../../plots/limits');
    const { hostsFromEnv, splitHosts } = await import('../../plots/data-access');
    await runPlotCommand({
      targets: args.targets ?? [],
      cwd: process.cwd(),
      outDir: args.out,
      format: args.format,
      scale: checkScale(args.scale, '-s/--scale'),
      allowedHosts: [...splitHosts(args['allow-host'] ?? []), ...hostsFromEnv()],
      baseRevision: args.base,
      dvcFile: args['dvc-file'],
      options: {
        template: args.template,
        x: args.x,
        y: yFields(args.y),
        title: args.title,
        x_label: args['x-label'],
        y_label: args['y-label'],
      },
      markdown: args.md,
    });
  },
};

/** `-y a -y b` and `-y a,b` both name two fields; one field stays a string. */
function yFields(y: string | string[] | undefined): string | string[] | undefined {
  if (y === undefined) return undefined;
  const fields = ([] as string[])
    .concat(y)
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return fields.length === 1 ? fields[0] : fields;
}
