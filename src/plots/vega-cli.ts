import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import {
  ALLOWED_HOSTS_ENV,
  hostsFromEnv,
  isInside,
  splitHosts,
  workspaceRoot,
  type DataAccess,
} from './data-access';
import { checkScale, checkSeed, PLOT_LIMITS } from './limits';
import { PngUnavailable } from './rasterise';
import { PlotRenderer, type SpecKind } from './render';
import { writeFileAtomic } from './write-atomic';
import { VEGA_COMMAND_NAMES } from './vega-command-names';

/** vega-lite's and vega-cli's commands, same names, arguments and options. */
export type VegaCommand = (typeof VEGA_COMMAND_NAMES)[number];

export interface VegaCliOptions {
  /** Spec file; stdin when absent or "-". */
  input?: string;
  /** Output file; stdout when absent or "-". */
  output?: string;
  /** As written on the command line; checked here (a positive number). */
  scale?: number | string;
  /** Base directory or URL for data loading; defaults to the input spec's folder. */
  base?: string;
  /** Vega config JSON file. */
  config?: string;
  /** Number format locale JSON file (d3-format). */
  format?: string;
  /** Time format locale JSON file (d3-time-format). */
  timeFormat?: string;
  /** vl2svg/vg2svg: prepend the XML header and SVG doctype. */
  header?: boolean;
  /** vl2vg: indent the JSON. */
  pretty?: boolean;
  seed?: number | string;
  /** Hosts the spec may fetch data and images from (--allow-host), besides CML_PLOTS_ALLOWED_HOSTS. */
  allowHost?: string[];
}

const SVG_HEADER =
  '<?xml version="1.0" encoding="utf-8"?>\n' +
  '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n';

/** Runs one of the vega-cli commands: spec in (file or stdin), image or Vega JSON out. */
export async function runVegaCommand(
  command: VegaCommand,
  options: VegaCliOptions,
  logger: Logger,
  stdin?: NodeJS.ReadableStream,
  stdout: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const fromStdin = !options.input || options.input === '-';
  const name = fromStdin ? '<stdin>' : options.input!;
  // process.stdin only when read: creating it loads Node's stream and TTY modules.
  const text = fromStdin ? await readAll(stdin ?? process.stdin) : readInput(options.input!);
  let spec: unknown;
  try {
    spec = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${name}: cannot parse JSON: ${(error as Error).message}`);
  }
  // The nesting depth is checked once, by the renderer (toVega), before anything walks the spec.
  const kind: SpecKind = command.startsWith('vl') ? 'vega-lite' : 'vega';
  const scale = checkScale(options.scale ?? 1, '-s/--scale');
  const seed = checkSeed(options.seed, '--seed');
  const folder = fromStdin ? process.cwd() : dirname(resolve(options.input!));
  const base = options.base ?? (folder.endsWith('/') ? folder : `${folder}/`);
  const access = cliAccess(options, base, fromStdin);
  const config = options.config ? readJson(options.config, 'the Vega config') : undefined;
  const renderer = await PlotRenderer.create((w) => logger.warning(w));
  renderer.setLocales(
    options.format ? readJson(options.format, 'the number format locale') : undefined,
    options.timeFormat ? readJson(options.timeFormat, 'the time format locale') : undefined,
  );
  const source = { spec, kind, name, baseURL: base };

  let result: string | Buffer;
  if (command === 'vl2vg') {
    const vg = await renderer.toVega(source, { config });
    result = JSON.stringify(vg, null, options.pretty ? 2 : undefined) + '\n';
  } else {
    const svg = await renderer.toSvg(source, {
      scale,
      config,
      seed,
      access,
      output: command.endsWith('svg') ? 'svg' : 'png',
    });
    if (command.endsWith('svg')) {
      result = (options.header ? SVG_HEADER : '') + svg;
    } else {
      const png = await renderer.toPng(svg, name);
      if (png instanceof PngUnavailable) {
        throw new Error(
          `Cannot make PNG: ${png.reason}. ${command.replace('png', 'svg')} still works here.`,
        );
      }
      result = png;
    }
  }
  if (!options.output || options.output === '-') await writeOut(stdout, result);
  else writeFileAtomic(options.output, result);
}

/**
 * What a spec may read from the command line: the workspace (the CI workspace holding the current
 * folder, else the current folder), the -b folder and a spec's own folder outside it (both named
 * on the command line, so trusted), and the hosts of --allow-host, CML_PLOTS_ALLOWED_HOSTS and -b.
 */
function cliAccess(options: VegaCliOptions, base: string, fromStdin: boolean): DataAccess {
  const workspace = workspaceRoot(process.cwd());
  const roots = [workspace];
  const hosts = [...splitHosts(options.allowHost ?? []), ...hostsFromEnv()];
  if (/^https?:\/\//i.test(base)) hosts.push(new URL(base).host);
  else if (options.base !== undefined) roots.push(resolve(base.replace(/^file:\/\//i, '')));
  else if (!fromStdin && !isInside(workspace, resolve(base))) roots.push(resolve(base));
  return {
    roots,
    allowedHosts: hosts,
    allowHint: `--allow-host HOST (or ${ALLOWED_HOSTS_ENV})`,
  };
}

function readInput(path: string, what = 'the spec'): string {
  try {
    if (statSync(path).size > PLOT_LIMITS.maxDataBytes) throw tooLarge(path, what);
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(
      `${path}: cannot read ${what}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

function readJson(path: string, what: string): Record<string, unknown> {
  const text = readInput(path, what);
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigurationError(
      // vega-cli also require()s .js configs; running a file's code is not something to copy.
      `${path}: ${what} must be a JSON file (JavaScript files are not supported): ${(error as Error).message}`,
    );
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += b.length;
    if (total > PLOT_LIMITS.maxDataBytes) throw tooLarge('<stdin>', 'the spec');
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(name: string, what: string): ConfigurationError {
  return new ConfigurationError(
    `${name}: ${what} is larger than ${PLOT_LIMITS.maxDataBytes / 1024 / 1024} MB, the budget for one file`,
  );
}

function writeOut(stream: NodeJS.WritableStream, data: string | Buffer): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    stream.write(data, (error) => (error ? reject(error) : resolvePromise()));
  });
}
