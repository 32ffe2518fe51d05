import { ConfigurationError } from '../core/errors';
import { explainInvalidSpec, type SpecKind } from './spec-check';
import { fontDirectory } from './fonts';
import { loadRasteriser, PngUnavailable, type Rasteriser } from './rasterise';
import { fontWidthMeasure } from './text-metrics';

type VegaModule = typeof import('vega');
type VegaLiteModule = typeof import('vega-lite');

export type { SpecKind };

export interface SpecSource {
  spec: unknown;
  kind: SpecKind;
  /** What the user calls it (a file name, "<stdin>", a dvc.yaml plot id), for messages. */
  name: string;
  /** Where relative data URLs are read from; defaults to the current directory. */
  baseURL?: string;
}

export interface RenderOptions {
  /** Output resolution factor (vega-cli's -s). */
  scale?: number;
  /** Seed for Vega's random() (jitter); fixed so the same data gives the same picture. */
  seed?: number;
  /** Vega config object (vega-cli's -c). */
  config?: Record<string, unknown>;
}

/** Warnings from Vega/Vega-Lite that did not stop the chart, passed to the caller's logger. */
export type WarningSink = (message: string) => void;

/**
 * Vega-Lite/Vega spec → Vega view → SVG → PNG, all in this process: the Vega modules and the
 * rasteriser load once and serve every plot of a report, so N charts cost one start-up.
 */
export class PlotRenderer {
  private rasteriser?: Promise<Rasteriser | PngUnavailable>;

  private constructor(
    private readonly vega: VegaModule,
    private readonly vl: VegaLiteModule,
    private readonly warn: WarningSink,
  ) {}

  static async create(warn: WarningSink = () => undefined): Promise<PlotRenderer> {
    // Vega and Vega-Lite are megabytes of JavaScript: Node's compile cache (Node 22.1+; in the
    // OS temp folder) saves their parsing on every later call of the same job (vl2png loops).
    const nodeModule = (await import('node:module')) as { enableCompileCache?: () => unknown };
    try {
      nodeModule.enableCompileCache?.();
    } catch {
      // An unwritable temp folder only costs speed.
    }
    // vega 6 and vega-lite 6 are ESM with top-level await: only a dynamic import works from
    // the CommonJS bundle (a require() yields a pending promise).
    const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
    const fontDir = fontDirectory();
    if (fontDir) {
      const metrics = (vega as unknown as { textMetrics: { width: unknown } }).textMetrics;
      metrics.width = fontWidthMeasure(fontDir);
    }
    return new PlotRenderer(vega, vl, warn);
  }

  /** Compiles a Vega-Lite spec to Vega (vl2vg); Vega specs pass through after a check. */
  async toVega(source: SpecSource, options: RenderOptions = {}): Promise<Record<string, unknown>> {
    checkIsObject(source);
    if (source.kind === 'vega') return source.spec as Record<string, unknown>;
    const warnings: string[] = [];
    let compiled: Record<string, unknown>;
    try {
      compiled = this.vl.compile(source.spec as never, {
        logger: collectingLogger(warnings),
        config: options.config as never,
      }).spec as unknown as Record<string, unknown>;
    } catch (error) {
      throw await invalid(source, (error as Error).message);
    }
    if (warnings.length > 0) {
      const explanation = await explainInvalidSpec(source.spec, 'vega-lite');
      if (explanation) throw invalidSpec(source, explanation);
      for (const w of warnings) this.warn(`${source.name}: ${w}`);
    }
    return compiled;
  }

  /** Renders to SVG at `scale`, failing with the file's name when data cannot be loaded. */
  async toSvg(source: SpecSource, options: RenderOptions = {}): Promise<string> {
    const vgSpec = await this.toVega(source, options);
    const vega = this.vega;
    let runtime: ReturnType<VegaModule['parse']>;
    const warnings: string[] = [];
    try {
      runtime = vega.parse(
        vgSpec as never,
        source.kind === 'vega' ? (options.config as never) : undefined,
      );
    } catch (error) {
      throw await invalid({ ...source, spec: vgSpec }, (error as Error).message);
    }
    const loader = vega.loader({ baseURL: source.baseURL ?? withSlash(process.cwd()) });
    const failures: string[] = [];
    const load = loader.load.bind(loader);
    loader.load = async (uri: string, opts?: unknown) => {
      try {
        return await load(uri, opts as never);
      } catch (error) {
        failures.push(`cannot load data "${uri}": ${(error as Error).message}`);
        throw error;
      }
    };
    const random = vega as unknown as {
      setRandom(r: () => number): void;
      randomLCG(seed: number): () => number;
    };
    random.setRandom(random.randomLCG(options.seed ?? 1));
    const view = new vega.View(runtime, {
      renderer: 'none',
      loader,
      logger: collectingLogger(warnings) as never,
      logLevel: vega.Warn,
    });
    try {
      let svg: string;
      try {
        svg = await view.toSVG(options.scale ?? 1);
      } catch (error) {
        // Vega accepts some invalid specs (an unknown mark type) and fails while drawing.
        if (source.kind === 'vega') throw await invalid(source, (error as Error).message);
        throw new ConfigurationError(`${source.name}: cannot render: ${(error as Error).message}`);
      }
      if (failures.length > 0)
        throw new ConfigurationError(`${source.name}: ${failures.join('; ')}`);
      if (source.kind === 'vega-lite') checkFields(source, view);
      for (const w of warnings) this.warn(`${source.name}: ${w}`);
      return svg;
    } finally {
      view.finalize();
    }
  }

  /** Number and time format locales (vega-cli's -f and -t), as d3-format/d3-time-format objects. */
  setLocales(number?: object, time?: object): void {
    if (number) this.vega.formatLocale(number);
    if (time) this.vega.timeFormatLocale(time);
  }

  /** PNG bytes, or why PNG cannot be made on this platform (the SVG is still good). */
  async toPng(svg: string): Promise<Buffer | PngUnavailable> {
    this.rasteriser ??= loadRasteriser();
    const rasteriser = await this.rasteriser;
    if (rasteriser instanceof PngUnavailable) return rasteriser;
    return rasteriser.toPng(svg);
  }

  async rasteriserName(): Promise<string> {
    this.rasteriser ??= loadRasteriser();
    const r = await this.rasteriser;
    return r instanceof PngUnavailable ? 'none' : r.name;
  }
}

function checkIsObject(source: SpecSource): void {
  const s = source.spec;
  if (s === null || typeof s !== 'object' || Array.isArray(s)) {
    throw invalidSpec(
      source,
      `$ must be a JSON object (a ${source.kind === 'vega' ? 'Vega' : 'Vega-Lite'} spec); got ${Array.isArray(s) ? 'an array' : JSON.stringify(s)}`,
    );
  }
}

async function invalid(source: SpecSource, compileMessage: string): Promise<ConfigurationError> {
  const explanation = await explainInvalidSpec(source.spec, source.kind);
  return invalidSpec(source, explanation ?? compileMessage.split('\n')[0]!);
}

function invalidSpec(source: SpecSource, detail: string): ConfigurationError {
  const what = source.kind === 'vega' ? 'Vega' : 'Vega-Lite';
  return new ConfigurationError(`${source.name}: invalid ${what} spec: ${detail}`);
}

/**
 * A field named in the top-level encoding that no row of the main data set has would draw an
 * empty chart without any warning from Vega: name the field and the fields there are.
 */
function checkFields(source: SpecSource, view: { data(name: string): unknown[] }): void {
  const spec = source.spec as { encoding?: Record<string, unknown>; transform?: unknown[] };
  if (!spec.encoding || (spec.transform && spec.transform.length > 0)) return;
  let rows: unknown[];
  try {
    rows = view.data('source_0');
  } catch {
    return;
  }
  if (!Array.isArray(rows) || rows.length === 0) return;
  const present = new Set<string>();
  for (const row of rows.slice(0, 1000)) {
    if (row && typeof row === 'object') for (const k of Object.keys(row)) present.add(k);
  }
  for (const [channel, def] of Object.entries(spec.encoding)) {
    const field = (def as { field?: unknown } | null)?.field;
    if (typeof field !== 'string' || /[.[\]\\]/.test(field)) continue;
    if (!present.has(field)) {
      throw new ConfigurationError(
        `${source.name}: field "${field}" (at $.encoding.${channel}.field) is not in the data; fields there: ${[...present].join(', ')}`,
      );
    }
  }
}

/** A vega-util logger that keeps warnings and errors instead of printing them. */
function collectingLogger(sink: string[]) {
  let level = 2;
  const logger = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error(...args: unknown[]) {
      sink.push(args.map(String).join(' '));
      return logger;
    },
    warn(...args: unknown[]) {
      sink.push(args.map(String).join(' '));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}

function withSlash(dir: string): string {
  return dir.endsWith('/') ? dir : `${dir}/`;
}
