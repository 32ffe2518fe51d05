import { ConfigurationError } from '../core/errors';
import { ALLOWED_HOSTS_ENV, hostsFromEnv, type DataAccess } from './data-access';
import {
  checkDepth,
  checkPixelBudget,
  checkSequences,
  isStackOverflow,
  PLOT_LIMITS,
  stackOverflowError,
} from './limits';
import { sandboxLoader, tooManyRows } from './sandbox-loader';
import { explainInvalidSpec, type SpecKind } from './spec-check';
import { fontDirectory } from './fonts';
import { loadRasteriser, PngUnavailable, type Rasteriser } from './rasterise';
import { fontWidthMeasure } from './text-metrics';
import { enableCompileCache } from '../core/compile-cache';
import { loadVegaModules, type VegaLiteModule, type VegaModule } from './vega-modules';

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
  /**
   * What the spec may read: files under the roots, hosts on the allow-list. Default: files
   * under the current directory, hosts from CML_PLOTS_ALLOWED_HOSTS.
   */
  access?: DataAccess;
  /** What the SVG becomes, for the pixel budget: a PNG (default) or an SVG file. */
  output?: 'png' | 'svg';
}

/** The default access: the current directory, hosts from the environment. */
export function defaultAccess(): DataAccess {
  return {
    roots: [process.cwd()],
    allowedHosts: hostsFromEnv(),
    allowHint: `--allow-host HOST (or ${ALLOWED_HOSTS_ENV})`,
  };
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
    // Vega and Vega-Lite are megabytes of JavaScript: the compile cache saves their parsing on
    // every later call of the same job (vl2png loops). The CLI's entry has turned it on already;
    // the plots and report actions turn it on here.
    enableCompileCache();
    const { vega, vl } = await loadVegaModules();
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
    checkDepth(source.spec, source.name);
    try {
      const vg = await this.compile(source, options);
      checkSequences(vg, source.name);
      return vg;
    } catch (error) {
      if (isStackOverflow(error)) throw stackOverflowError(source.name);
      throw error;
    }
  }

  private async compile(
    source: SpecSource,
    options: RenderOptions,
  ): Promise<Record<string, unknown>> {
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
      // What Vega-Lite compiles is drawn, as vega-cli draws it (exit 0, its warnings printed):
      // Vega-Lite accepts specs its own schema does not (an unknown channel, which it drops; v4
      // `selection` syntax, rewritten by normalize/selectioncompat.ts). Only a spec it cannot
      // compile fails (above). The schema's complaint, when it has one, tells the user why
      // Vega-Lite warned: a hint after the warnings, never a failure. Asked only when Vega-Lite
      // warned, so a clean spec never reads the schema.
      for (const w of warnings) this.warn(`${source.name}: ${w}`);
      const explanation = await explainInvalidSpec(source.spec, 'vega-lite');
      if (explanation)
        this.warn(`${source.name}: the Vega-Lite schema does not accept the spec: ${explanation}`);
    }
    return compiled;
  }

  /** Renders to SVG at `scale`, failing with the file's name when data cannot be loaded. */
  async toSvg(source: SpecSource, options: RenderOptions = {}): Promise<string> {
    try {
      return await this.render(source, options);
    } catch (error) {
      if (isStackOverflow(error)) throw stackOverflowError(source.name);
      throw error;
    }
  }

  private async render(source: SpecSource, options: RenderOptions): Promise<string> {
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
    // Never vega.loader(): it reads any file and fetches any URL a spec names.
    const loader = sandboxLoader(
      source.baseURL ?? withSlash(process.cwd()),
      options.access ?? defaultAccess(),
      source.name,
      vega.loader(),
    );
    const failures = loader.failures;
    const random = vega as unknown as {
      setRandom(r: () => number): void;
      randomLCG(seed: number): () => number;
    };
    random.setRandom(random.randomLCG(options.seed ?? 1));
    const loaded: LoadedData = new Map();
    const View = limitedView(vega, source.name, failures, loaded);
    const view = new View(runtime, {
      renderer: 'none',
      loader: loader as never,
      logger: collectingLogger(warnings) as never,
      logLevel: vega.Warn,
    });
    const scale = options.scale ?? 1;
    try {
      let svg: string;
      try {
        await view.runAsync();
        if (failures.length > 0)
          throw new ConfigurationError(`${source.name}: ${failures.join('; ')}`);
        // The size is known once the dataflow has run; check it before a canvas that big exists.
        const { width, height } = viewSize(view);
        checkPixelBudget(source.name, width, height, scale, options.output ?? 'png');
        svg = await view.toSVG(scale);
      } catch (error) {
        if (error instanceof ConfigurationError || isStackOverflow(error)) throw error;
        // Vega accepts some invalid specs (an unknown mark type) and fails while drawing.
        if (source.kind === 'vega') throw await invalid(source, (error as Error).message);
        throw new ConfigurationError(`${source.name}: cannot render: ${(error as Error).message}`);
      }
      if (failures.length > 0)
        throw new ConfigurationError(`${source.name}: ${failures.join('; ')}`);
      if (source.kind === 'vega-lite') checkFields(source, loaded);
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
  async toPng(svg: string, name = 'the plot'): Promise<Buffer | PngUnavailable> {
    const { width, height } = svgSize(svg);
    checkPixelBudget(name, width, height, 1, 'png');
    this.rasteriser ??= loadRasteriser();
    const rasteriser = await this.rasteriser;
    if (rasteriser instanceof PngUnavailable) return rasteriser;
    return rasteriser.toPng(withoutHiddenText(withoutExternalImages(svg)));
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
 *
 * The rows checked are the main data as loaded, before any transform: inline `values`, or what
 * the loader returned for `data.url`. Never a data set of the compiled view: with URL data,
 * Vega-Lite puts aggregate, bin, timeUnit and composite-mark (boxplot, errorbar) transforms on
 * `source_0` itself, so `view.data('source_0')` holds `sum_b` where the file has `b` (issue 11).
 */
export function checkFields(source: SpecSource, loaded: LoadedData): void {
  const spec = source.spec as {
    data?: { values?: unknown; url?: unknown };
    encoding?: Record<string, unknown>;
  };
  // A transform anywhere (top level, a layer, a facet's inner spec) can add the field.
  if (!spec.encoding || hasTransform(spec)) return;
  const rows = Array.isArray(spec.data?.values)
    ? spec.data.values
    : typeof spec.data?.url === 'string'
      ? loaded.get(spec.data.url)
      : undefined;
  if (!Array.isArray(rows) || rows.length === 0) return;
  const objects = rows.filter(
    (r): r is Record<string, unknown> => r !== null && typeof r === 'object',
  );
  if (objects.length === 0) return;
  for (const [channel, def] of Object.entries(spec.encoding)) {
    const d = def as { field?: unknown; aggregate?: unknown } | null;
    const field = d?.field;
    // Nested and escaped names (a.b, a\.b, a[0]) are resolved by Vega; `count` ignores its field.
    if (typeof field !== 'string' || /[.[\]\\]/.test(field) || d?.aggregate === 'count') continue;
    if (objects.some((row) => field in row)) continue;
    const present = new Set<string>();
    for (const row of objects.slice(0, 1000)) for (const k of Object.keys(row)) present.add(k);
    throw new ConfigurationError(
      `${source.name}: field "${field}" (at $.encoding.${channel}.field) is not in the data; fields there: ${[...present].join(', ')}`,
    );
  }
}

/** Rows each data URL parsed into, as Vega requested them (before any transform). */
export type LoadedData = Map<string, unknown[]>;

function hasTransform(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(hasTransform);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'data') continue;
    if (key === 'transform' && Array.isArray(value) && value.length > 0) return true;
    if (hasTransform(value)) return true;
  }
  return false;
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

/** The size toSVG will draw at (vega-view's render-size: the view plus its padding), unscaled. */
function viewSize(view: unknown): { width: number; height: number } {
  const v = view as {
    _viewWidth?: number;
    _viewHeight?: number;
    width(): number;
    height(): number;
    padding(): { left?: number; right?: number; top?: number; bottom?: number };
  };
  const p = v.padding() ?? {};
  const width = (v._viewWidth ?? v.width()) + (p.left ?? 0) + (p.right ?? 0);
  const height = (v._viewHeight ?? v.height()) + (p.top ?? 0) + (p.bottom ?? 0);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** The declared size of an SVG's root element (Vega writes width and height there). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/i.exec(svg.slice(0, 4096))?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1] ?? 0);
  return { width: attr('width') || 0, height: attr('height') || 0 };
}

/**
 * Rasterisers open files and URLs an SVG's <image> names; Vega's SVG from the sandboxed loader
 * only has data: URIs of raster images there. Anything else is dropped, in case a path slips by.
 */
export function withoutExternalImages(svg: string): string {
  return svg.replace(/<image\b[^>]*>/gi, (tag) =>
    tag.replace(
      /(\s(?:xlink:)?href=")([^"]*)(")/gi,
      (all, pre: string, href: string, post: string) =>
        /^data:image\/(png|jpeg|gif|webp)[;,]/i.test(href) ? all : `${pre}${post}`,
    ),
  );
}

/**
 * Drops the text elements Vega hid (opacity="0": axis labels removed by its overlap check)
 * before rasterising. They draw nothing, but resvg still lays each one out, and it reads the
 * whole font file again for every glyph it shapes: about a fifth of a chart's font reads. The
 * SVG file written for `--format svg` keeps them. Only where nothing can make them visible
 * again: no <style> sheet in the SVG and no style attribute on the element (either outranks
 * the opacity attribute), and plain text content (no tspan or other child).
 */
export function withoutHiddenText(svg: string): string {
  if (/<style\b/i.test(svg)) return svg;
  // indexOf rather than one global regex: a 1,000-point chart's SVG is hundreds of kilobytes
  // with a few dozen <text> elements, and a replace over all of it cost more than it saved.
  // Kept parts are joined with +, which only links them: join('') copied the whole SVG.
  let kept = '';
  let from = 0;
  for (let at = svg.indexOf('<text', 0); at !== -1; at = svg.indexOf('<text', at + 1)) {
    const openEnd = svg.indexOf('>', at);
    if (openEnd === -1) break;
    const open = svg.slice(at, openEnd + 1);
    const close = svg.indexOf('<', openEnd + 1);
    const hidden =
      /^<text[\s>]/.test(open) &&
      !open.endsWith('/>') &&
      close !== -1 &&
      svg.startsWith('</text>', close) &&
      /\sopacity="0"/.test(open) &&
      !/\sstyle=/i.test(open);
    if (!hidden) continue;
    kept += svg.slice(from, at);
    from = close + '</text>'.length;
  }
  return from === 0 ? svg : kept + svg.slice(from);
}

/**
 * vega.View with a row budget on every data URL: Vega parses a URL's text into rows inside
 * `request` (CSV/TSV are counted earlier, in the loader; JSON only parses here). A subclass,
 * because the View's constructor already requests the data its spec names (vega-runtime's
 * context.js calls `preload`), before an instance could be patched.
 */
function limitedView(
  vega: VegaModule,
  name: string,
  failures: string[],
  loaded: LoadedData,
): VegaModule['View'] {
  type Requested = { data: unknown; status: number };
  const Base = vega.View as unknown as new (...args: unknown[]) => {
    request(url: string, format: unknown): Promise<Requested>;
  };
  class LimitedView extends Base {
    override async request(url: string, format: unknown): Promise<Requested> {
      const result = await super.request(url, format);
      if (Array.isArray(result.data) && result.data.length > PLOT_LIMITS.maxRows) {
        const message = tooManyRows(name, url).message.replace(`${name}: `, '');
        if (!failures.includes(message)) failures.push(message);
        return { data: [], status: -2 };
      }
      if (Array.isArray(result.data)) loaded.set(url, result.data);
      return result;
    }
  }
  return LimitedView as unknown as VegaModule['View'];
}
