import { parse, postprocess, preprocess } from 'micromark';
import { gfmTable } from 'micromark-extension-gfm-table';
import { chunkMarkdown } from '../../core/markdown-blocks';

/**
 * One reference to a file in a Markdown document (an image, or a link CML would publish),
 * located by its exact source offsets.
 */
export interface ImageRef {
  /** Offset of the first character of the link target in the source. */
  start: number;
  /** Offset just past the link target. */
  end: number;
  /** The target as written (for data: URIs, the whole URI). */
  target: string;
  /**
   * image: ![](x); link: [text](x); definition: [id]: x; html: <img src="x"> or a srcset
   * candidate.
   */
  kind: 'image' | 'link' | 'definition' | 'html';
}

/**
 * Every image and link target in the document, from micromark's token stream (so code blocks
 * and inline code are skipped and positions are exact), in document order: CML publishes the
 * local files behind images, links and reference definitions alike (src/cml.js, publishLocalFiles:
 * visit(tree, ['definition', 'image', 'link'])). `<img src>` is read from raw HTML.
 */
export function findImages(markdown: string): ImageRef[] {
  // Parsed piece by piece: one micromark parse of a large report is super-linear (see blocks.ts).
  return chunkMarkdown(markdown).flatMap((chunk) =>
    findImagesIn(markdown.slice(chunk.start, chunk.end), chunk.start),
  );
}

function findImagesIn(markdown: string, offset: number): ImageRef[] {
  const events = postprocess(
    parse({ extensions: [gfmTable()] })
      .document()
      .write(preprocess()(markdown, undefined, true)),
  );
  const refs: ImageRef[] = [];
  // Images and links nest (`[![](a.png)](a.csv)`, `![[x](y)](z)`): a destination belongs to the
  // innermost one open.
  const open: ('image' | 'link')[] = [];
  for (const [phase, token] of events) {
    if (token.type === 'image' || token.type === 'link') {
      if (phase === 'enter') open.push(token.type);
      else open.pop();
    }
    if (phase !== 'enter') continue;
    const start = token.start.offset;
    const end = token.end.offset;
    const at = (ref: ImageRef): ImageRef => ({
      ...ref,
      start: ref.start + offset,
      end: ref.end + offset,
    });
    if (token.type === 'resourceDestinationString' && open.length > 0) {
      const kind = open[open.length - 1]!;
      refs.push(at({ start, end, target: markdown.slice(start, end), kind }));
    } else if (token.type === 'definitionDestinationString') {
      refs.push(at({ start, end, target: markdown.slice(start, end), kind: 'definition' }));
    } else if (token.type === 'htmlFlow' || token.type === 'htmlText') {
      refs.push(...imgSources(markdown.slice(start, end), start).map(at));
    }
  }
  return refs;
}

const TAG_START = /<(img|source)(?=[\s/>])/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Image URLs in raw HTML: `<img src>`, and every candidate of `srcset` on `<img>` and on
 * `<picture>`'s `<source>` (responsive and dark-mode images), each at its exact offset.
 */
function imgSources(html: string, offset: number): ImageRef[] {
  const refs: ImageRef[] = [];
  for (const tag of imgTags(html)) {
    const tagStart = offset + tag.index;
    const isImg = tag.name.toLowerCase() === 'img';
    // Attributes start after "<img"/"<source"; matching them one by one keeps `data-src` apart.
    const attributesFrom = 1 + tag.name.length;
    const text = tag.text;
    for (const m of text.slice(attributesFrom).matchAll(ATTRIBUTE)) {
      const name = m[1]!.toLowerCase();
      const value = m[2] ?? m[3] ?? m[4];
      if (value === undefined || (name !== 'srcset' && !(name === 'src' && isImg))) continue;
      const quoted = m[2] !== undefined || m[3] !== undefined;
      const valueStart =
        tagStart + attributesFrom + (m.index ?? 0) + m[0].length - value.length - (quoted ? 1 : 0);
      if (name === 'src') {
        refs.push({
          start: valueStart,
          end: valueStart + value.length,
          target: value,
          kind: 'html',
        });
      } else {
        for (const c of srcsetUrls(value)) {
          const start = valueStart + c.at;
          refs.push({ start, end: start + c.url.length, target: c.url, kind: 'html' });
        }
      }
    }
  }
  return refs;
}

/**
 * `<img>` and `<source>` tags in raw HTML, each up to the `>` that ends it as an HTML tokenizer
 * reads it: a `>` inside a quoted attribute value (`alt="a > b"`) does not end the tag, and a tag
 * that never ends takes the rest of the text with it. One pass over the text (a regular
 * expression with quoted alternatives rescans the rest of a long HTML block from every `<img`).
 */
function* imgTags(html: string): Generator<{ index: number; name: string; text: string }> {
  const start = new RegExp(TAG_START.source, 'gi');
  for (let m = start.exec(html); m; m = start.exec(html)) {
    const end = tagEnd(html, m.index + m[0].length);
    if (end === -1) return;
    yield { index: m.index, name: m[1]!, text: html.slice(m.index, end + 1) };
    start.lastIndex = end + 1;
  }
}

/** Offset of the `>` closing a tag whose attributes start at `from`; -1 when it never closes. */
function tagEnd(html: string, from: number): number {
  let quote: string | undefined;
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const c = html[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '>') {
      return i;
    } else if ((c === '"' || c === "'") && afterEquals) {
      // A quote opens a value only after `=`; elsewhere it is part of an attribute name.
      quote = c;
      afterEquals = false;
    } else if (c === '=') {
      afterEquals = true;
    } else if (!/\s/.test(c)) {
      afterEquals = false;
    }
  }
  return -1;
}

/**
 * The URLs of a srcset value with their offsets, as HTML parses it: candidates are separated
 * by commas, a URL runs to the next whitespace (so a data: URI keeps its comma) and loses
 * trailing commas; descriptors (`2x`, `480w`) follow it.
 */
function srcsetUrls(value: string): { url: string; at: number }[] {
  const urls: { url: string; at: number }[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    if (i >= value.length) break;
    const at = i;
    while (i < value.length && !/\s/.test(value[i]!)) i++;
    let url = value.slice(at, i);
    const bare = url.replace(/,+$/, '');
    if (bare !== url) {
      url = bare;
    } else {
      // Skip the descriptors up to the comma that ends this candidate.
      while (i < value.length && value[i] !== ',') i++;
    }
    if (url) urls.push({ url, at });
  }
  return urls;
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
 * Replaces targets by their positions (never by searching the text). `replacement` returns
 * undefined to keep a target.
 */
export function rewriteTargets(
  markdown: string,
  refs: readonly ImageRef[],
  replacement: (ref: ImageRef) => string | undefined,
): string {
  // Built front to back from pieces: splicing one string per reference was quadratic.
  const ordered = [...refs].sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let from = 0;
  for (const ref of ordered) {
    const next = replacement(ref);
    if (next === undefined || ref.start < from) continue;
    pieces.push(markdown.slice(from, ref.start), escapeTarget(next, ref.kind));
    from = ref.end;
  }
  pieces.push(markdown.slice(from));
  return pieces.join('');
}

function escapeTarget(url: string, kind: ImageRef['kind']): string {
  // In srcset, whitespace and a trailing comma would end the URL.
  if (kind === 'html')
    return url
      .replace(/"/g, '%22')
      .replace(/'/g, '%27')
      .replace(/\s/g, (c) => encodeURIComponent(c))
      .replace(/,$/, '%2C');
  // Markdown destinations end at whitespace or an unbalanced parenthesis.
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}
