export type ReportOutputs = {
  'comment-url': string;
  'comment-id': string;
  /** created | updated | failed (not posted) | local (no forge). */
  result: string;
  'report-file': string;
  truncated: string;
};
