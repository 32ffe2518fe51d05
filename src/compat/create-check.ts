import { readFile } from 'node:fs/promises';
import { ConfigurationError, errorMessage } from '../core/errors';
import { git } from './git';
import type { Session } from './session';

export type CheckConclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out';

export interface CheckCreateOptions {
  markdownFile: string;
  title?: string;
  conclusion?: CheckConclusion;
  status?: 'queued' | 'in_progress' | 'completed';
  commitSha?: string;
  cwd?: string;
}

/**
 * `cml check create`: the Markdown file becomes a check run's summary on the triggering commit
 * (GitHub; CML names the check after its title) or a commit status (GitLab).
 */
export async function createCheckReport(
  session: Session,
  options: CheckCreateOptions,
): Promise<string | undefined> {
  let report: string;
  try {
    report = await readFile(options.markdownFile, 'utf8');
  } catch (error) {
    throw new ConfigurationError(
      `Cannot read the report ${options.markdownFile}: ${errorMessage(error)}`,
    );
  }
  const sha =
    options.commitSha ||
    session.context.sha ||
    (await git(['rev-parse', 'HEAD'], options.cwd ?? process.cwd()));
  const title = options.title ?? 'CML Report';
  const forge = await session.forge();
  const check = await forge.createCheck({
    name: title,
    sha,
    conclusion: options.conclusion ?? 'success',
    status: options.status ?? 'completed',
    title,
    summary: report,
  });
  return check.url;
}
