import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The font every chart is drawn with; shipped in dist/fonts so slim containers still get labels. */
export const FONT_FAMILY = 'DejaVu Sans';
export const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];
const SOURCE_TREE_FONTS = ['dist/fonts', 'node_modules/dejavu-fonts-ttf/ttf'];

/**
 * The folder holding the shipped fonts (and fonts.conf for fontconfig), or undefined when none is
 * found. The bundle finds dist/fonts beside its own folder; the sources (tests) find the same
 * font in the project's node_modules. CML_FONT_DIR overrides both.
 */
export function fontDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  // From src/plots/*.ts: dist/fonts, then the npm package the build copies the fonts from.
  // The root is computed in a loop so ncc's asset relocation does not copy these folders
  // into the bundle.
  let root = __dirname;
  for (let i = 0; i < 2; i++) root = dirname(root);
  const candidates = [
    env.CML_FONT_DIR,
    // dist/<entry>/index.js → dist/fonts
    join(__dirname, '..', 'fonts'),
    ...SOURCE_TREE_FONTS.map((dir) => join(root, dir)),
  ];
  return candidates.find(
    (dir): dir is string => !!dir && FONT_FILES.every((f) => existsSync(join(dir, f))),
  );
}

export function fontFiles(dir: string): string[] {
  return FONT_FILES.map((f) => join(dir, f));
}

/**
 * Points fontconfig (used by libvips inside sharp to draw SVG text) at the shipped fonts only.
 * Must run before sharp first renders text: fontconfig reads FONTCONFIG_FILE once.
 * Only dist/fonts carries a fonts.conf; elsewhere the machine's own configuration stays.
 */
export function useShippedFontconfig(dir: string | undefined): void {
  if (!dir) return;
  const conf = join(dir, 'fonts.conf');
  if (existsSync(conf)) process.env.FONTCONFIG_FILE = conf;
}
