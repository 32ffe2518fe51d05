import type { RunContext } from '../../core/context';
import { PermissionError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import type { CheckApi } from '../types';
import type { GitLabClient } from './client';
import { GITLAB_PERMISSION_HINT, isPermissionDenied } from './errors';
import { projectRef } from './project';

/** GitLab keeps commit status descriptions short; longer ones are cut. */
const DESCRIPTION_LIMIT = 255;

type GitLabState = 'pending' | 'running' | 'success' | 'failed' | 'canceled';

/**
 * GitLab has no check runs: a "check" is a commit status (POST /projects/:id/statuses/:sha)
 * named after the check, whose description carries the title and whose link points at the job.
 * The summary and annotations have nowhere to go (the job log and report carry them).
 */
export function gitlabChecks(client: GitLabClient, context: RunContext, logger: Logger): CheckApi {
  const project = projectRef(client, context);
  const pipelineId = /^\d+$/.test(context.runId ?? '') ? Number(context.runId) : undefined;
  const post = async (
    sha: string,
    state: GitLabState,
    options: { name: string; description: string; targetUrl?: string },
  ) => {
    try {
      return (await client.Commits.editStatus(project.id, sha, state, {
        name: options.name,
        description: cut(options.description),
        ...(options.targetUrl ? { targetUrl: options.targetUrl } : {}),
        // Attach the status to this pipeline rather than an external one GitLab would create.
        ...(pipelineId ? { pipelineId } : {}),
        ...(context.ref ? { ref: context.ref } : {}),
      })) as { id?: number; target_url?: string | null };
    } catch (error) {
      if (isPermissionDenied(error)) {
        throw new PermissionError(
          `GitLab refused to set the commit status '${options.name}': ${(error as Error).message}`,
          `The token needs to write commit statuses: ${GITLAB_PERMISSION_HINT}.`,
        );
      }
      throw error;
    }
  };
  return {
    async createCheck(options) {
      const state = checkState(options.conclusion, options.status);
      const status = await post(options.sha, state, {
        name: options.name,
        description: options.title,
        targetUrl: options.detailsUrl ?? context.runUrl,
      });
      if (options.annotations?.length) {
        logger.debug(
          `GitLab commit statuses carry no annotations; ${options.annotations.length} left in the job log.`,
        );
      }
      return { id: Number(status.id ?? 0), url: status.target_url ?? undefined };
    },
    async setCommitStatus(options) {
      const state =
        options.state === 'error' || options.state === 'failure' ? 'failed' : options.state;
      await post(options.sha, state, {
        name: options.context,
        description: options.description,
        targetUrl: options.targetUrl,
      });
    },
  };
}

function checkState(conclusion: string, status: string | undefined): GitLabState {
  if (status === 'queued') return 'pending';
  if (status === 'in_progress') return 'running';
  if (conclusion === 'success' || conclusion === 'neutral' || conclusion === 'skipped')
    return 'success';
  if (conclusion === 'cancelled') return 'canceled';
  return 'failed';
}

function cut(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= DESCRIPTION_LIMIT
    ? oneLine
    : `${oneLine.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}
