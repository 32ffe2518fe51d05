import { ConfigurationError } from '../../core/errors';
import type { RunnerApi, WorkflowApi } from '../types';

const NO_RUNNERS =
  'Self-hosted runners on Bitbucket (Bitbucket Pipelines runners) are not supported by cml: runner-provision works with GitHub and GitLab only.';

/** Runners: Bitbucket Pipelines runners are out of scope; every call says so. */
export function bitbucketRunners(): RunnerApi {
  const refuse = async (): Promise<never> => {
    throw new ConfigurationError(NO_RUNNERS);
  };
  return {
    registerRunner: refuse,
    findRunners: refuse,
    listRunners: refuse,
    getRunner: refuse,
    deleteRunner: refuse,
  };
}

/** Workflows: re-running a Bitbucket pipeline is not supported. */
export function bitbucketWorkflows(): WorkflowApi {
  return {
    async rerun(runId) {
      throw new ConfigurationError(
        `Re-running Bitbucket pipelines is not supported (pipeline '${runId}'): re-run it from the Pipelines page.`,
      );
    },
  };
}
