import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Advance widths of one TrueType font, in em units, by character code. */
interface FontWidths {
  advance(code: number): number | undefined;
}

/**
 * Text widths from the shipped font's own metrics. Without a canvas, Vega estimates every
 * character as 0.8 em, so axis titles, legends and label-overlap checks are laid out for text
 * a third wider than what the rasteriser then draws. Vega lets a renderer supply
 * `textMetrics.width` (vl-convert does the same); this reads the widths from the font files.
 */
export function fontWidthMeasure(
  fontDir: string,
): (
  item: { fontSize?: number; fontWeight?: string | number; limit?: number },
  text: unknown,
) => number {
  const regular = readWidths(join(fontDir, 'DejaVuSans.ttf'));
  const bold = readWidths(join(fontDir, 'DejaVuSans-Bold.ttf'));
  return (item, text) => {
    const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    const value = text == null ? '' : String(text).trim();
    if (size <= 0 || !value) return 0;
    const weight = item.fontWeight;
    const font = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600 ? bold : regular;
    let em = 0;
    for (const char of value) em += font.advance(char.codePointAt(0)!) ?? 0.6;
    const width = em * size;
    // Vega truncates text to `limit` with an ellipsis; the drawn text is then at most that wide.
    return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
  };
}

/** Reads cmap (format 4, Unicode BMP), hmtx, hhea and head: all a width needs. */
function readWidths(path: string): FontWidths {
  const font = readFileSync(path);
  const tables = new Map<string, number>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`${path}: no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const metricsCount = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOf = (glyph: number) =>
    font.readUInt16BE(hmtx + 4 * Math.min(glyph, metricsCount - 1)) / unitsPerEm;

  const cmap = table('cmap');
  let segments = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const sub = cmap + font.readUInt32BE(record + 4);
    if ((platform === 3 && encoding === 1) || platform === 0) {
      if (font.readUInt16BE(sub) === 4) {
        segments = sub;
        break;
      }
    }
  }
  if (segments < 0) throw new Error(`${path}: no Unicode cmap (format 4)`);
  const segCount = font.readUInt16BE(segments + 6) / 2;
  const ends = segments + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;

  const cache = new Map<number, number | undefined>();
  const glyphOf = (code: number): number => {
    for (let s = 0; s < segCount; s++) {
      if (code > font.readUInt16BE(ends + s * 2)) continue;
      const start = font.readUInt16BE(starts + s * 2);
      if (code < start) return 0;
      const delta = font.readInt16BE(deltas + s * 2);
      const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const at = rangeOffsets + s * 2 + rangeOffset + (code - start) * 2;
      const glyph = font.readUInt16BE(at);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  return {
    advance(code) {
      if (!cache.has(code)) {
        const glyph = code > 0xffff ? 0 : glyphOf(code);
        cache.set(code, glyph === 0 ? undefined : advanceOf(glyph));
      }
      return cache.get(code);
    },
  };
}
