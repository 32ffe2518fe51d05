import type { RunContext } from '../../core/context';
import { ConfigurationError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import type { WorkflowApi } from '../types';
import type { GitHubClient } from './client';

/** How long to wait for a cancelled run to stop before re-running it, and how often to look. */
export interface RerunTiming {
  pollMs: number;
  timeoutMs: number;
}

const DEFAULT_TIMING: RerunTiming = { pollMs: 5_000, timeoutMs: 5 * 60_000 };

/**
 * Re-runs a workflow run as CML's `workflow rerun` does: GitHub refuses to re-run a run that is
 * still going, so a queued or in-progress run is cancelled first and re-run once it has
 * stopped, waiting a bounded time (CML waited forever).
 */
export function githubWorkflows(
  client: GitHubClient,
  context: RunContext,
  logger: Logger,
  timing: RerunTiming = timingFromEnv(),
): WorkflowApi {
  const [owner = '', repo = ''] = context.repository.split('/');
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  return {
    async rerun(runId: string) {
      const run_id = Number(runId);
      if (!Number.isInteger(run_id) || run_id <= 0) {
        throw new ConfigurationError(`--id must be a workflow run id (a number), got '${runId}'.`);
      }
      let { status } = (await client.rest.actions.getWorkflowRun({ owner, repo, run_id })).data;
      if (status !== 'completed') {
        logger.info(`Run ${run_id} is ${status}; cancelling it before the re-run.`);
        await client.rest.actions.cancelWorkflowRun({ owner, repo, run_id });
        const deadline = Date.now() + timing.timeoutMs;
        while (status !== 'completed') {
          if (Date.now() > deadline) {
            throw new Error(
              `Run ${run_id} was cancelled but is still ${status} after ${Math.round(timing.timeoutMs / 1000)} s; re-run it later.`,
            );
          }
          await sleep(timing.pollMs);
          ({ status } = (await client.rest.actions.getWorkflowRun({ owner, repo, run_id })).data);
        }
      }
      await client.rest.actions.reRunWorkflow({ owner, repo, run_id });
      logger.info(`Re-running workflow run ${run_id}.`);
    },
    async runOfJob(jobId: string) {
      const job_id = Number(jobId);
      if (!Number.isInteger(job_id) || job_id <= 0) {
        throw new ConfigurationError(`--job-id must be a job id (a number), got '${jobId}'.`);
      }
      const { data } = await client.rest.actions.getJobForWorkflowRun({ owner, repo, job_id });
      return String(data.run_id);
    },
  };
}

/** Tests shorten the wait with CML_RERUN_POLL_MS / CML_RERUN_TIMEOUT_MS. */
function timingFromEnv(env: NodeJS.ProcessEnv = process.env): RerunTiming {
  const poll = Number(env.CML_RERUN_POLL_MS);
  const timeout = Number(env.CML_RERUN_TIMEOUT_MS);
  return {
    pollMs: poll > 0 ? poll : DEFAULT_TIMING.pollMs,
    timeoutMs: timeout > 0 ? timeout : DEFAULT_TIMING.timeoutMs,
  };
}
