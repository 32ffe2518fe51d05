import { createHash, randomBytes } from 'node:crypto';

/**
 * The hidden marker that makes a comment sticky: an HTML comment (invisible in rendered
 * Markdown, no third-party image) carrying a hash of the expanded watermark title, plus named
 * sections so several jobs can each own a part of one comment.
 *
 *   <!-- cml-report id="3f2a…" title="CI train" -->
 *   <!-- cml-nonce 9b1c… -->   (random per posting: finds a create whose answer was lost)
 *   <!-- cml-section "linux" -->
 *   …the linux job's Markdown…
 *   <!-- cml-section-end "linux" -->
 */

export interface WatermarkValues {
  workflow?: string;
  run?: string;
  job?: string;
}

/** Expands CML's {workflow}, {run} and {job} placeholders (unknown values become empty). */
export function expandWatermarkTitle(title: string, values: WatermarkValues): string {
  return title
    .replace(/\{workflow\}/g, values.workflow ?? '')
    .replace(/\{run\}/g, values.run ?? '')
    .replace(/\{job\}/g, values.job ?? '')
    .trim();
}

/** A stable key for the expanded title: what the marker carries and matching compares. */
export function watermarkKey(expandedTitle: string): string {
  return createHash('sha256').update(`cml-report\0${expandedTitle}`).digest('hex').slice(0, 16);
}

/** HTML comments may not contain "--" nor end with "-"; titles are shown for humans only. */
function commentSafe(text: string): string {
  return text.replace(/-{2,}/g, '-').replace(/[<>"]/g, '').replace(/-$/, '');
}

/**
 * The marker. `nonce` (a fresh random value per posting, see newNonce) makes the comment a
 * create produced recognisable when the forge applied the create but its answer was lost.
 */
export function renderMarker(expandedTitle: string, nonce?: string): string {
  const title = commentSafe(expandedTitle);
  const marker = `<!-- cml-report id="${watermarkKey(expandedTitle)}"${title ? ` title="${title}"` : ''} -->`;
  // A comment of its own beside the marker, so the marker keeps its stable form.
  return nonce ? `${marker}\n<!-- cml-nonce ${nonce} -->` : marker;
}

/** A random value for one posting (128 bits, hex). */
export function newNonce(): string {
  return randomBytes(16).toString('hex');
}

const NONCE = /<!-- cml-nonce ([0-9a-f]{32}) -->/;

/** The nonce of the marker in a comment body, if it carries one. */
export function nonceOf(body: string): string | undefined {
  return NONCE.exec(body)?.[1];
}

const MARKER = /<!-- cml-report id="([0-9a-f]{16})"[^>]*-->/;

/** The key of the marker in a comment body, or undefined when it carries none. */
export function markerKeyOf(body: string): string | undefined {
  return MARKER.exec(body)?.[1];
}

/**
 * Whether a comment written by CML itself carries its watermark with this title, so the first
 * run after switching tools updates CML's old comment instead of adding a second one. We only
 * read this form, never write it. Current CML appends `![](https://cml.dev/watermark.png#<sha>
 * "CML watermark <title>")` (title Markdown-escaped as GitHub returns it); older releases
 * appended `![CML watermark](…/assets/watermark.svg)`, which has no title (the default one).
 */
export function isLegacyCmlWatermark(body: string, expandedTitle: string): boolean {
  const title = `CML watermark ${expandedTitle}`
    .trim()
    .replace(/_/g, '\\_')
    .replace(/\*/g, '\\*')
    .replace(/\[/g, '\\[')
    .replace(/</g, '\\<');
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`!\\[[^\\]]*\\]\\([^)\\s]*watermark[^)\\s]*\\s+"${escaped}"\\)`).test(body)) {
    return true;
  }
  return expandedTitle.trim() === '' && /!\[CML watermark\]\([^)\s]*watermark[^)\s]*\)/.test(body);
}

export interface Section {
  name: string;
  body: string;
}

export interface ParsedBody {
  key?: string;
  /** Named sections in their order in the comment. */
  sections: Section[];
  /** Text outside any section (the whole report when the comment has no sections). */
  rest: string;
}

const SECTION = /<!-- cml-section "([^"]*)" -->\n?([\s\S]*?)\n?<!-- cml-section-end "\1" -->/g;

function sectionName(name: string): string {
  return commentSafe(name).replace(/"/g, '');
}

export function parseBody(body: string): ParsedBody {
  const sections: Section[] = [];
  const seen = new Set<string>();
  const rest = body
    .replace(SECTION, (_all, name: string, text: string) => {
      // A duplicated section (two racing writers) keeps its first copy.
      if (!seen.has(name)) sections.push({ name, body: text });
      seen.add(name);
      return '';
    })
    .replace(MARKER, '')
    .replace(NONCE, '')
    .trim();
  return { key: markerKeyOf(body), sections, rest };
}

export function renderSection(section: Section): string {
  const name = sectionName(section.name);
  return `<!-- cml-section "${name}" -->\n${section.body.trim()}\n<!-- cml-section-end "${name}" -->`;
}

/** The normalized name a section is stored under (what parseBody gives back). */
export function normalizeSectionName(name: string): string {
  return sectionName(name);
}

/**
 * Merges sections: `ours` replaces the same-named section, everything else is kept. Sections are
 * ordered by name so every writer renders the same comment from the same set.
 */
export function mergeSections(existing: Section[], ours: Section[]): Section[] {
  const byName = new Map<string, Section>();
  for (const s of existing) if (!byName.has(s.name)) byName.set(s.name, s);
  for (const s of ours)
    byName.set(normalizeSectionName(s.name), { ...s, name: normalizeSectionName(s.name) });
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The full comment body: the marker, then either plain content or the sections. */
export function renderBody(options: {
  marker?: string;
  content?: string;
  sections?: Section[];
}): string {
  const parts: string[] = [];
  if (options.content !== undefined) parts.push(options.content.trim());
  if (options.sections) parts.push(options.sections.map(renderSection).join('\n\n'));
  const text = parts.filter((p) => p !== '').join('\n\n');
  return options.marker ? `${text}\n\n${options.marker}\n` : `${text}\n`;
}
