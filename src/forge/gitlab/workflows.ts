import type { RunContext } from '../../core/context';
import { ConfigurationError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import type { WorkflowApi } from '../types';
import type { GitLabClient } from './client';

const RUNNING = new Set(['created', 'waiting_for_resource', 'preparing', 'pending', 'running']);

/**
 * Retries a pipeline (its failed and cancelled jobs) as CML's `workflow rerun` does on GitLab;
 * a pipeline still running is cancelled first, since retry only touches finished jobs.
 */
export function gitlabWorkflows(
  client: GitLabClient,
  context: RunContext,
  logger: Logger,
): WorkflowApi {
  const project = context.projectId ?? context.repository;
  return {
    async rerun(runId: string) {
      const id = Number(runId);
      if (!Number.isInteger(id) || id <= 0) {
        throw new ConfigurationError(`--id must be a pipeline id (a number), got '${runId}'.`);
      }
      const pipeline = await client.Pipelines.show(project, id);
      if (RUNNING.has(String(pipeline.status))) {
        logger.info(`Pipeline ${id} is ${pipeline.status}; cancelling it before the retry.`);
        await client.Pipelines.cancel(project, id);
      }
      await client.Pipelines.retry(project, id);
      logger.info(`Retrying pipeline ${id}.`);
    },
    async runOfJob(jobId: string) {
      const id = Number(jobId);
      if (!Number.isInteger(id) || id <= 0) {
        throw new ConfigurationError(`--job-id must be a job id (a number), got '${jobId}'.`);
      }
      const job = await client.Jobs.show(project, id);
      return String((job.pipeline as { id?: number } | undefined)?.id ?? '');
    },
  };
}
