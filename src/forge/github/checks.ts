import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { CheckAnnotation, CheckApi } from '../types';
import type { GitHubClient } from './client';
import { withPermission } from './errors';

/** GitHub's limits on a check run's output (FIELD-NOTES: 65,535 characters; 50 annotations a request). */
export const CHECK_TEXT_LIMIT = 65_535;
export const ANNOTATIONS_PER_REQUEST = 50;
/** Commit status descriptions longer than this are refused. */
const STATUS_DESCRIPTION_LIMIT = 140;

/**
 * Check runs and commit statuses. A check run's annotations go 50 at a time: the first batch
 * with the create call, the rest with updates of the same run (GitHub appends them).
 */
export function githubChecks(client: GitHubClient, context: RunContext, logger: Logger): CheckApi {
  const [owner = '', repo = ''] = context.repository.split('/');
  return {
    async createCheck(options) {
      const status = options.status ?? 'completed';
      const annotations = (options.annotations ?? []).map(toGitHubAnnotation);
      const output = {
        title: truncate(options.title, 1000),
        summary: truncate(options.summary, CHECK_TEXT_LIMIT),
        ...(options.text !== undefined ? { text: truncate(options.text, CHECK_TEXT_LIMIT) } : {}),
      };
      const created = await withPermission('checks: write', 'create a check run', () =>
        client.rest.checks.create({
          owner,
          repo,
          name: options.name,
          head_sha: options.sha,
          status,
          ...(status === 'completed'
            ? { conclusion: options.conclusion, completed_at: new Date().toISOString() }
            : {}),
          ...(options.detailsUrl ? { details_url: options.detailsUrl } : {}),
          output: { ...output, annotations: annotations.slice(0, ANNOTATIONS_PER_REQUEST) },
        }),
      );
      const id = created.data.id;
      for (
        let at = ANNOTATIONS_PER_REQUEST;
        at < annotations.length;
        at += ANNOTATIONS_PER_REQUEST
      ) {
        await withPermission('checks: write', 'add annotations to a check run', () =>
          client.rest.checks.update({
            owner,
            repo,
            check_run_id: id,
            output: {
              title: output.title,
              summary: output.summary,
              annotations: annotations.slice(at, at + ANNOTATIONS_PER_REQUEST),
            },
          }),
        );
      }
      logger.debug(`Check run ${id} created with ${annotations.length} annotation(s).`);
      return { id, url: created.data.html_url ?? undefined };
    },

    async setCommitStatus(options) {
      await withPermission('statuses: write', 'set a commit status', () =>
        client.rest.repos.createCommitStatus({
          owner,
          repo,
          sha: options.sha,
          state: options.state,
          context: options.context,
          description: truncate(options.description, STATUS_DESCRIPTION_LIMIT),
          ...(options.targetUrl ? { target_url: options.targetUrl } : {}),
        }),
      );
    },
  };
}

function toGitHubAnnotation(a: CheckAnnotation) {
  return {
    path: a.path,
    start_line: a.line,
    end_line: a.line,
    annotation_level: a.level,
    message: truncate(a.message, CHECK_TEXT_LIMIT),
    ...(a.title ? { title: truncate(a.title, 255) } : {}),
  };
}

/** Cuts text to a limit, saying so at the end (the cut never splits a surrogate pair). */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const note = '\n\n… (truncated)';
  let cut = limit - note.length;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return text.slice(0, Math.max(0, cut)) + note;
}
