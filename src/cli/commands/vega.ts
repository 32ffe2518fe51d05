import type { Argv, CommandModule } from 'yargs';
import { loggerFor } from '../../core/logger';
import type { VegaCliOptions, VegaCommand } from '../../plots/vega-cli';
import { VEGA_COMMAND_NAMES } from '../../plots/vega-command-names';

/**
 * yargs gives scale its default, so it is always there. Scale and seed are read as strings so a
 * bad value reaches the check as written (yargs turns `-s abc` into NaN).
 */
type VegaArgs = VegaCliOptions & { scale: string | number; 'allow-host'?: string[] };

/**
 * `vl2png`, `vl2svg`, `vl2vg`, `vg2png`, `vg2svg`: hidden `cml` commands with vega-cli's
 * arguments (`[input] [output]`, stdin/stdout when omitted, -s scale, -b base, -c config),
 * run by the bin/vl2png… wrappers the setup action puts on PATH.
 */
function vegaCommand(name: VegaCommand): CommandModule<object, VegaArgs> {
  const toSvg = name.endsWith('svg');
  return {
    command: `${name} [input] [output]`,
    describe: false,
    builder: (yargs: Argv) =>
      yargs
        .positional('input', { type: 'string', describe: 'Spec file (stdin when omitted)' })
        .positional('output', { type: 'string', describe: 'Output file (stdout when omitted)' })
        .option('scale', {
          alias: 's',
          type: 'string',
          default: '1',
          describe: 'Output resolution scale factor',
        })
        .option('base', {
          alias: 'b',
          type: 'string',
          describe: 'Base directory or URL for data loading',
        })
        .option('config', { alias: 'c', type: 'string', describe: 'Vega config JSON file' })
        .option('format', {
          alias: 'f',
          type: 'string',
          describe: 'Number format locale JSON file',
        })
        .option('timeFormat', {
          alias: 't',
          type: 'string',
          describe: 'Date/time format locale JSON file',
        })
        .option('seed', { type: 'string', describe: 'Seed for random number generation' })
        .option('allow-host', {
          type: 'string',
          array: true,
          describe:
            'Host the spec may load data or images from (repeatable; also CML_PLOTS_ALLOWED_HOSTS). Default: none',
        })
        .option('loglevel', { alias: 'l', type: 'string', describe: 'Accepted for compatibility' })
        .option('header', {
          alias: 'h',
          type: 'boolean',
          hidden: !toSvg,
          describe: 'Include XML header and SVG doctype',
        })
        .option('pretty', {
          alias: 'p',
          type: 'boolean',
          hidden: name !== 'vl2vg',
          describe: 'Indent the JSON output',
        }) as unknown as Argv<VegaArgs>,
    handler: async (args) => {
      const { runVegaCommand } = await import('../../plots/vega-cli');
      await runVegaCommand(
        name,
        {
          input: args.input,
          output: args.output,
          scale: args.scale,
          base: args.base,
          config: args.config,
          format: args.format,
          timeFormat: args.timeFormat,
          header: args.header,
          pretty: args.pretty,
          seed: args.seed,
          allowHost: args['allow-host'],
        },
        loggerFor(),
      );
    },
  };
}

export const vegaCommands = VEGA_COMMAND_NAMES.map(vegaCommand);
