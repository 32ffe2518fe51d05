import { appendFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { EOL } from 'node:os';
import { dirname } from 'node:path';
import { LIMITS, truncateMarkdown } from './truncate';

export interface ReportOutputs {
  'comment-url': string;
  'comment-id': string;
  /** created | updated | failed (not posted) | local (no forge). */
  result: string;
  'report-file': string;
  truncated: string;
}

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

/** Writes KEY=value lines for a GitLab dotenv report (values are single-line by construction). */
export function writeDotenv(file: string, outputs: ReportOutputs): void {
  mkdirSync(dirname(file), { recursive: true });
  const lines = [
    `CML_REPORT_COMMENT_URL=${oneLine(outputs['comment-url'])}`,
    `CML_REPORT_COMMENT_ID=${oneLine(outputs['comment-id'])}`,
    `CML_REPORT_RESULT=${oneLine(outputs.result)}`,
    `CML_REPORT_FILE=${oneLine(outputs['report-file'])}`,
  ];
  writeFileSync(file, `${lines.join('\n')}\n`);
}

function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}

/**
 * Step outputs for GitHub Actions, in the runner's GITHUB_OUTPUT heredoc format (what
 * @actions/core's setOutput writes; that package is left out of this bundle for start-up time).
 */
export function setActionOutputs(
  outputs: ReportOutputs,
  env: NodeJS.ProcessEnv = process.env,
): void {
  const file = env.GITHUB_OUTPUT;
  for (const [name, value] of Object.entries(outputs)) {
    if (!file) {
      // Runners older than GITHUB_OUTPUT: the deprecated command is all there is.
      process.stdout.write(
        `${EOL}::set-output name=${name}::${value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}${EOL}`,
      );
      continue;
    }
    const delimiter = `ghadelimiter_${randomUUID()}`;
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
  }
}
