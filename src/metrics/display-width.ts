import { eastAsianWidth } from 'get-east-asian-width';

/**
 * Terminal columns a cell takes, as DVC's tables measure it: tabulate pads with
 * wcwidth.wcswidth when wcwidth is installed, and it is with DVC (celery → click-repl →
 * prompt-toolkit → wcwidth). East Asian Wide and Fullwidth characters (CJK, Hangul, most emoji)
 * take two columns; combining marks, zero-width characters, variation selectors and emoji skin
 * tones none. The East Asian Width table comes from get-east-asian-width; wcwidth's zero-width
 * rules are a few categories, written here.
 */
export function displayWidth(text: string): number {
  // Printable ASCII only (the usual metric name): one column per character.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let width = 0;
  let narrowEmoji = false;
  for (const char of text) {
    // VS16 asks for emoji presentation: a narrow emoji before it (⚠️, 1️) takes two columns.
    if (char === '\ufe0f' && narrowEmoji) width += 1;
    if (zeroWidth(char)) {
      narrowEmoji = false;
      continue;
    }
    const columns = eastAsianWidth(char.codePointAt(0)!);
    narrowEmoji = columns === 1 && /\p{Emoji}/u.test(char);
    width += columns;
  }
  return width;
}

const COMBINING = /^[\p{Mn}\p{Me}]$/u;
// Zero-width spaces and joiners, word joiner…, BOM, variation selectors, Hangul medial and final
// jamo, emoji skin tones, variation selectors supplement (code point ranges, as wcwidth lists).
const ZERO_RANGES: [number, number][] = [
  [0x200b, 0x200f],
  [0x2060, 0x2064],
  [0xfeff, 0xfeff],
  [0xfe00, 0xfe0f],
  [0x1160, 0x11ff],
  [0x1f3fb, 0x1f3ff],
  [0xe0100, 0xe01ef],
];

function zeroWidth(char: string): boolean {
  const cp = char.codePointAt(0)!;
  return ZERO_RANGES.some(([from, to]) => cp >= from && cp <= to) || COMBINING.test(char);
}

/** Pads on the right to `width` columns. */
export function padToWidth(text: string, width: number): string {
  const missing = width - displayWidth(text);
  return missing > 0 ? text + ' '.repeat(missing) : text;
}
