import { appendFileSync, existsSync, statSync } from 'node:fs';
import { LIMITS, truncateMarkdown } from './truncate';

export type ReportOutputs = {
  'comment-url': string;
  'comment-id': string;
  /** created | updated | failed (not posted) | local (no forge). */
  result: string;
  'report-file': string;
  truncated: string;
};

/**
 * Appends the report to $GITHUB_STEP_SUMMARY within its 1 MiB per-step limit (counting what
 * earlier writes of this step left there); over it, truncated with a note.
 */
export function writeJobSummary(file: string, markdown: string, fullReport?: string): boolean {
  const used = existsSync(file) ? statSync(file).size : 0;
  const room = Math.max(0, LIMITS.jobSummaryBytes - used - 2);
  const fitted = truncateMarkdown(markdown, room, { unit: 'bytes', fullReport });
  appendFileSync(file, `${fitted.text.trimEnd()}\n\n`);
  return fitted.truncated;
}
