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
    if (ZERO_WIDTH.test(char)) {
      narrowEmoji = false;
      continue;
    }
    const columns = eastAsianWidth(char.codePointAt(0)!);
    narrowEmoji = columns === 1 && /\p{Emoji}/u.test(char);
    width += columns;
  }
  return width;
}

const ZERO_WIDTH =
  /^(?:\p{Mn}|\p{Me}|[\u200b-\u200f\u2060-\u2064\ufeff\ufe00-\ufe0f\u1160-\u11ff]|[\u{1f3fb}-\u{1f3ff}]|[\u{e0100}-\u{e01ef}])$/u;

/** Pads on the right to `width` columns. */
export function padToWidth(text: string, width: number): string {
  const missing = width - displayWidth(text);
  return missing > 0 ? text + ' '.repeat(missing) : text;
}
