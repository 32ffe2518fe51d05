import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import { PngUnavailable } from './rasterise';
import { PlotRenderer, type SpecKind } from './render';
import { writeFileAtomic } from './write-atomic';

/** vega-lite's and vega-cli's commands, same names, arguments and options. */
export const VEGA_COMMANDS = ['vl2png', 'vl2svg', 'vl2vg', 'vg2png', 'vg2svg'] as const;
export type VegaCommand = (typeof VEGA_COMMANDS)[number];

export interface VegaCliOptions {
  /** Spec file; stdin when absent or "-". */
  input?: string;
  /** Output file; stdout when absent or "-". */
  output?: string;
  scale?: number;
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
  seed?: number;
}

const SVG_HEADER =
  '<?xml version="1.0" encoding="utf-8"?>\n' +
  '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n';

/** Runs one of the vega-cli commands: spec in (file or stdin), image or Vega JSON out. */
export async function runVegaCommand(
  command: VegaCommand,
  options: VegaCliOptions,
  logger: Logger,
  stdin: NodeJS.ReadableStream = process.stdin,
  stdout: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const fromStdin = !options.input || options.input === '-';
  const name = fromStdin ? '<stdin>' : options.input!;
  const text = fromStdin ? await readAll(stdin) : readInput(options.input!);
  let spec: unknown;
  try {
    spec = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${name}: cannot parse JSON: ${(error as Error).message}`);
  }
  const kind: SpecKind = command.startsWith('vl') ? 'vega-lite' : 'vega';
  const base = options.base ?? `${fromStdin ? process.cwd() : dirname(resolve(options.input!))}/`;
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
      scale: options.scale ?? 1,
      config,
      seed: options.seed,
    });
    if (command.endsWith('svg')) {
      result = (options.header ? SVG_HEADER : '') + svg;
    } else {
      const png = await renderer.toPng(svg);
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

function readInput(path: string, what = 'the spec'): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
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
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function writeOut(stream: NodeJS.WritableStream, data: string | Buffer): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    stream.write(data, (error) => (error ? reject(error) : resolvePromise()));
  });
}
