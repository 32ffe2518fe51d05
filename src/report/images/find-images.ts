import { parse, postprocess, preprocess } from 'micromark';
import { gfmTable } from 'micromark-extension-gfm-table';

/** One image reference in a Markdown document, located by its exact source offsets. */
export interface ImageRef {
  /** Offset of the first character of the link target in the source. */
  start: number;
  /** Offset just past the link target. */
  end: number;
  /** The target as written (for data: URIs, the whole URI). */
  target: string;
  /** image: ![](x); definition: [id]: x; html: <img src="x">. */
  kind: 'image' | 'definition' | 'html';
}

const IMAGE_EXTENSION = /\.(png|jpe?g|gif|svg|webp|bmp|avif)$/i;

/**
 * Every image target in the document, from micromark's token stream (so code blocks and
 * inline code are skipped and positions are exact), in document order. Reference definitions
 * count when they point at an image file or data:image URI; `<img src>` is read from raw HTML.
 */
export function findImages(markdown: string): ImageRef[] {
  const events = postprocess(
    parse({ extensions: [gfmTable()] })
      .document()
      .write(preprocess()(markdown, undefined, true)),
  );
  const refs: ImageRef[] = [];
  let imageDepth = 0;
  for (const [phase, token] of events) {
    if (token.type === 'image') imageDepth += phase === 'enter' ? 1 : -1;
    if (phase !== 'enter') continue;
    const start = token.start.offset;
    const end = token.end.offset;
    if (token.type === 'resourceDestinationString' && imageDepth > 0) {
      refs.push({ start, end, target: markdown.slice(start, end), kind: 'image' });
    } else if (token.type === 'definitionDestinationString') {
      const target = markdown.slice(start, end);
      if (IMAGE_EXTENSION.test(stripQuery(target)) || /^data:image\//i.test(target)) {
        refs.push({ start, end, target, kind: 'definition' });
      }
    } else if (token.type === 'htmlFlow' || token.type === 'htmlText') {
      refs.push(...imgSources(markdown.slice(start, end), start));
    }
  }
  return refs;
}

const IMG_SRC = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

function imgSources(html: string, offset: number): ImageRef[] {
  const refs: ImageRef[] = [];
  for (const m of html.matchAll(IMG_SRC)) {
    const value = m[1] ?? m[2] ?? m[3] ?? '';
    // The value is the last thing the match consumed (plus a closing quote when quoted).
    const quoted = m[1] !== undefined || m[2] !== undefined;
    const endInMatch = m[0].length - (quoted ? 1 : 0);
    const start = offset + (m.index ?? 0) + endInMatch - value.length;
    refs.push({ start, end: start + value.length, target: value, kind: 'html' });
  }
  return refs;
}

function stripQuery(target: string): string {
  return target.replace(/[?#].*$/, '');
}

/** Whether a target names a file of this repository rather than a web address. */
export function isLocalTarget(target: string): boolean {
  if (target === '' || target.startsWith('#')) return false;
  if (/^data:/i.test(target)) return false;
  // Any URL scheme (http:, https:, attachment:, …) or protocol-relative //host.
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('//');
}

export function isDataImage(target: string): boolean {
  return /^data:image\/[a-z0-9.+-]+;base64,/i.test(target.trim());
}

/**
 * Replaces targets by their positions (never by searching the text), from the last to the
 * first so earlier offsets stay valid. `replacement` returns undefined to keep a target.
 */
export function rewriteTargets(
  markdown: string,
  refs: readonly ImageRef[],
  replacement: (ref: ImageRef) => string | undefined,
): string {
  let result = markdown;
  const ordered = [...refs].sort((a, b) => b.start - a.start);
  for (const ref of ordered) {
    const next = replacement(ref);
    if (next === undefined) continue;
    result = result.slice(0, ref.start) + escapeTarget(next, ref.kind) + result.slice(ref.end);
  }
  return result;
}

function escapeTarget(url: string, kind: ImageRef['kind']): string {
  if (kind === 'html') return url.replace(/"/g, '%22').replace(/'/g, '%27');
  // Markdown destinations end at whitespace or an unbalanced parenthesis.
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}
