import { FONT_FAMILY, fontDirectory, fontFiles, useShippedFontconfig } from './fonts';

export type RasteriserName = 'resvg' | 'sharp';

/** Turns an SVG (already at its output size: Vega writes the scale into width/height) into PNG. */
export interface Rasteriser {
  name: RasteriserName;
  toPng(svg: string): Promise<Buffer>;
}

/** No rasteriser could be loaded on this platform: callers fall back to SVG and say why. */
export class PngUnavailable {
  constructor(readonly reason: string) {}
}

interface ResvgModule {
  Resvg: new (svg: string, options: Record<string, unknown>) => { render(): { asPng(): Buffer } };
  /** The same work on libuv's thread pool, so the main thread can draw the next chart. */
  renderAsync?: (svg: string, options: Record<string, unknown>) => Promise<{ asPng(): Buffer }>;
}
type SharpFactory = (
  input: Buffer,
  options?: Record<string, unknown>,
) => {
  png(options?: Record<string, unknown>): { toBuffer(): Promise<Buffer> };
};

/**
 * Loads the rasteriser: resvg first (the plots benchmark measured it several times faster than
 * sharp/librsvg on point-heavy charts, and it takes font files directly, so no fontconfig),
 * sharp as the fallback. `CML_PLOTS_RASTERISER=sharp|resvg` forces one (benchmark, tests).
 */
export async function loadRasteriser(
  preferred = process.env.CML_PLOTS_RASTERISER as RasteriserName | undefined,
): Promise<Rasteriser | PngUnavailable> {
  const order: RasteriserName[] =
    preferred === 'sharp' ? ['sharp'] : preferred === 'resvg' ? ['resvg'] : ['resvg', 'sharp'];
  const failures: string[] = [];
  for (const name of order) {
    try {
      return name === 'resvg' ? await loadResvg() : await loadSharp();
    } catch (error) {
      failures.push(`${name}: ${firstLine(error)}`);
    }
  }
  return new PngUnavailable(
    `no prebuilt rasteriser for ${process.platform}-${process.arch} (${failures.join('; ')}); ` +
      'the bundle carries binaries for linux-x64 and linux-arm64',
  );
}

async function loadResvg(): Promise<Rasteriser> {
  // resvg's loader calls process.report.getReport() to tell glibc from musl; without the
  // network section that report is much cheaper.
  const report = process.report as { excludeNetwork?: boolean } | undefined;
  if (report) report.excludeNetwork = true;
  const mod = (await import('@resvg/resvg-js')) as unknown as ResvgModule & {
    default?: ResvgModule;
  };
  const Resvg = mod.Resvg ?? mod.default?.Resvg;
  if (!Resvg) throw new Error('@resvg/resvg-js has no Resvg export');
  const renderAsync = mod.renderAsync ?? mod.default?.renderAsync;
  const dir = fontDirectory();
  const font = dir
    ? {
        fontFiles: fontFiles(dir),
        loadSystemFonts: false,
        defaultFontFamily: FONT_FAMILY,
        sansSerifFamily: FONT_FAMILY,
      }
    : { loadSystemFonts: true };
  return {
    name: 'resvg',
    toPng: async (svg) => {
      const options = { font, shapeRendering: 2, textRendering: 1 };
      if (renderAsync) return (await renderAsync(svg, options)).asPng();
      return new Resvg(svg, options).render().asPng();
    },
  };
}

async function loadSharp(): Promise<Rasteriser> {
  useShippedFontconfig(fontDirectory());
  const mod = (await import('sharp')) as unknown as { default?: SharpFactory } & SharpFactory;
  const sharp: SharpFactory = mod.default ?? mod;
  return {
    name: 'sharp',
    toPng: (svg) => sharp(Buffer.from(svg)).png().toBuffer(),
  };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
