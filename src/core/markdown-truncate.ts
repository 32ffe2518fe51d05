/** Size limits of the places a report goes, in the unit each platform counts. */
export const LIMITS = {
  /** GitHub issue/PR/commit comment body, characters (422 "body is too long" above). */
  githubComment: 65_536,
  /** GitHub check-run output.summary and output.text, characters each. */
  checkRunSummary: 65_535,
  /** $GITHUB_STEP_SUMMARY per step, bytes. */
  jobSummaryBytes: 1024 * 1024,
  /** GitLab note body, characters. */
  gitlabNote: 1_000_000,
} as const;

export interface TruncateOptions {
  /** 'chars' (UTF-16 code units, never fewer than the forge counts) or 'bytes' (UTF-8). */
  unit?: 'chars' | 'bytes';
  /** Where the full report is, e.g. "[the job summary](https://…)"; shown in the note. */
  fullReport?: string;
  /** Replaces the whole default note. */
  note?: string;
}

export interface Truncated {
  text: string;
  truncated: boolean;
}

/**
 * Cuts Markdown to fit `limit`, only at block boundaries: between top-level blocks, between
 * table rows (after the delimiter row) and between list items; never inside a code fence, an
 * HTML block or a row. A visible note saying where the full report is replaces the cut part.
 * Used for comments, job summaries and check-run summaries (metrics-diff). Async because the
 * parser that finds the boundaries (markdown-cuts.ts) is loaded on the first cut only: most
 * reports fit, and the data-validate and metrics-diff actions start ~10 ms sooner without it.
 */
export async function truncateMarkdown(
  markdown: string,
  limit: number,
  options: TruncateOptions = {},
): Promise<Truncated> {
  const size =
    options.unit === 'bytes'
      ? (s: string) => Buffer.byteLength(s, 'utf8')
      : (s: string) => s.length;
  if (size(markdown) <= limit) return { text: markdown, truncated: false };
  const note = options.note ?? truncationNote(limit, options);
  const budget = limit - size(note) - 2;
  // The Markdown parser (a third of a small action's bundle) is loaded only when a cut is needed.
  const { cutPoints } = await import('./markdown-cuts');
  const cuts = cutPoints(markdown, budget);
  // Sizes grow with the offset, so the last cut that fits is found by bisection.
  let lo = 0;
  let hi = cuts.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = cuts[mid]!;
    if (size(markdown.slice(0, at).trimEnd()) <= budget) {
      best = at;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const kept = markdown.slice(0, best).trimEnd();
  const text = kept ? `${kept}\n\n${note}` : note;
  // A note longer than the limit itself (absurdly small limits) is cut bluntly as a last resort.
  return { text: size(text) <= limit ? text : text.slice(0, Math.max(0, limit)), truncated: true };
}

export function truncationNote(
  limit: number,
  options: Pick<TruncateOptions, 'fullReport' | 'unit'> = {},
): string {
  const unit = options.unit === 'bytes' ? 'bytes' : 'characters';
  const where = options.fullReport ? ` The full report is in ${options.fullReport}.` : '';
  return `> [!WARNING]\n> **Report truncated** to fit the limit of ${limit.toLocaleString('en-US')} ${unit}.${where}`;
}
