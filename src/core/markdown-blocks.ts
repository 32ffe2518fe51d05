/**
 * Splits a Markdown document into pieces that micromark can parse one at a time with the same
 * result as parsing the whole. micromark's cost grows faster than the document (a 1 MB report
 * with tables took 90 s and 2 GB as one parse, 1 s in pieces), so image discovery and truncation
 * parse piece by piece, each piece's offsets shifted by where it starts.
 *
 * A piece ends before a line that starts at column 0 after a blank line, outside a fenced code
 * block and outside an HTML block of kinds 1–5 (`<pre>`, `<script>`, `<style>`, `<textarea>`,
 * comments, `<?…?>`, `<!…>`, CDATA): block structure never carries across such a point, except
 * that a list goes on (its items still parse the same) and that reference definitions apply
 * document-wide (only `[id]: x` definitions themselves matter here, and they are found in their
 * own piece). A run without such a point longer than `maxChunk` (one huge table or paragraph) is
 * also cut at a line end, still outside fences and HTML blocks; the rows after the cut then parse
 * as a paragraph, which finds the same images. This scanner is written by hand because no
 * Markdown library exposes top-level block boundaries without parsing the whole document.
 */
export interface Chunk {
  start: number;
  end: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HTML_OPENERS: [RegExp, RegExp][] = [
  [/^ {0,3}<(script|pre|style|textarea)(\s|>|$)/i, /<\/(script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** Pieces covering `markdown` in order; stops after the piece that reaches offset `until`. */
export function chunkMarkdown(markdown: string, maxChunk = 16_384, until = Infinity): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let afterBlank = false;
  let at = 0;
  while (at < markdown.length) {
    const newline = markdown.indexOf('\n', at);
    const next = newline === -1 ? markdown.length : newline + 1;
    const line = markdown.slice(at, newline === -1 ? markdown.length : newline);
    if (fence) {
      const close = FENCE.exec(line);
      if (
        close &&
        close[1]![0] === fence.char &&
        close[1]!.length >= fence.length &&
        close[2]!.trim() === ''
      ) {
        fence = undefined;
      }
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else {
      const blank = line.trim() === '';
      const boundary =
        at > chunkStart &&
        !blank &&
        ((afterBlank && !/^\s/.test(line)) || at - chunkStart >= maxChunk);
      if (boundary) {
        chunks.push({ start: chunkStart, end: at });
        chunkStart = at;
        if (at >= until) return chunks;
      }
      afterBlank = blank;
      const open = FENCE.exec(line);
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
        fence = { char: open[1]![0]!, length: open[1]!.length };
      } else {
        for (const [opener, closer] of HTML_OPENERS) {
          const m = opener.exec(line);
          if (m) {
            if (!closer.test(line.slice(m[0].length))) htmlEnd = closer;
            break;
          }
        }
      }
    }
    at = next;
  }
  if (chunkStart < markdown.length || chunks.length === 0) {
    chunks.push({ start: chunkStart, end: markdown.length });
  }
  return chunks;
}
