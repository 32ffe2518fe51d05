/**
 * Budgets of the report capability (documented in docs/limits.md, "Report").
 *
 * Only the first `processedChars` of a part (the user's Markdown file, the metrics table, the
 * plots) are searched for images and rewritten; the rest is kept, as written, in the report file
 * on disk. Nothing past it can reach the forge anyway: the job summary holds 1 MiB and a GitLab
 * note 1,000,000 characters, a GitHub comment 65,536. Parsing costs ~1.2 s a MiB here, so a
 * report of any size is posted within a few seconds.
 */
export const REPORT_LIMITS = {
  processedChars: 2 * 1024 * 1024,
} as const;
