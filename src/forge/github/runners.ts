import type { RunContext } from '../../core/context';
import { ConfigurationError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import type { ForgeRunner, RunnerApi, RunnerScope } from '../types';
import { errorMessage } from '../../core/errors';
import { budgetFromEnv, isAmbiguousError, sleep } from '../http';
import type { GitHubClient } from './client';
import { githubStatus } from './errors';

interface RawRunner {
  id: number;
  name: string;
  status: string;
  busy?: boolean;
  labels?: { name: string }[];
}

function toRunner(r: RawRunner): ForgeRunner {
  return {
    id: r.id,
    name: r.name,
    status: r.status,
    busy: r.busy,
    labels: (r.labels ?? []).map((l) => l.name),
  };
}

/**
 * Self-hosted runners of the run's repository or of an organisation. Ephemeral runners get a
 * just-in-time configuration (single use, removed by GitHub after its job); reusable ones a
 * registration token. Secrets are masked the moment they arrive. API errors (auth, rate limit)
 * propagate: a failed poll is never read as "not online yet".
 */
export function githubRunners(
  client: GitHubClient,
  context: RunContext,
  logger: Logger,
): RunnerApi {
  function repoParts(): { owner: string; repo: string } {
    const [owner, repo] = context.repository.split('/');
    if (!owner || !repo) {
      throw new ConfigurationError(
        `Cannot tell the repository for runners (GITHUB_REPOSITORY='${context.repository}').`,
      );
    }
    return { owner, repo };
  }
  function orgOf(scope: RunnerScope): string {
    const org = scope.owner ?? repoParts().owner;
    return org;
  }
  const isOrg = (scope?: RunnerScope) => scope?.level === 'organization';

  /** Deletes the runners named `name` (what a lost registration made); returns how many. */
  async function removeOrphans(name: string, scope?: RunnerScope): Promise<number> {
    const found = await api.findRunners(name, scope);
    for (const runner of found) await api.deleteRunner(runner.id, scope);
    return found.length;
  }

  const api: RunnerApi = {
    async registerRunner(options) {
      const scope = options.scope;
      if (options.reuse || !options.ephemeral) {
        const { data } = isOrg(scope)
          ? await client.rest.actions.createRegistrationTokenForOrg({ org: orgOf(scope!) })
          : await client.rest.actions.createRegistrationTokenForRepo(repoParts());
        logger.mask(data.token);
        return { secret: data.token, kind: 'github-registration-token' };
      }
      const body = {
        name: options.name,
        runner_group_id: options.runnerGroupId ?? 1,
        labels: options.labels,
        work_folder: '_work',
      };
      const generate = () =>
        isOrg(scope)
          ? client.rest.actions.generateRunnerJitconfigForOrg({ org: orgOf(scope!), ...body })
          : client.rest.actions.generateRunnerJitconfigForRepo({ ...repoParts(), ...body });
      const budget = budgetFromEnv();
      for (let attempt = 1; ; attempt++) {
        try {
          const { data } = await generate();
          logger.mask(data.encoded_jit_config);
          return { id: data.runner.id, secret: data.encoded_jit_config, kind: 'github-jit' };
        } catch (error) {
          if (!isAmbiguousError(error)) {
            if (githubStatus(error) === 409) {
              throw new Error(
                `GitHub already has a runner named '${options.name}' (409): runner names are unique per ${isOrg(scope) ? 'organisation' : 'repository'}. Remove it or choose another name.`,
                { cause: error },
              );
            }
            throw error;
          }
          // The registration may have been made and its answer lost: the runner exists, its
          // JIT configuration is gone with the answer, and registering the same name again
          // answers 409. Delete what the lost request made before trying again (and before
          // giving up, so no orphan is left behind).
          const removed = await removeOrphans(options.name, scope);
          if (attempt > budget.retries) {
            throw new Error(
              `GitHub did not answer the JIT registration of runner '${options.name}' after ${attempt} attempts (${errorMessage(error)})${removed ? `; removed ${removed} runner(s) the lost requests registered` : ''}.`,
              { cause: error },
            );
          }
          logger.info(
            `Registering runner '${options.name}' failed (${errorMessage(error)})${removed ? `; removed the runner the lost request registered` : ''}; trying again in ${attempt ** 2} s.`,
          );
          await sleep(attempt ** 2 * budget.unitMs);
        }
      }
    },
    async findRunners(name, scope) {
      const { data } = isOrg(scope)
        ? await client.rest.actions.listSelfHostedRunnersForOrg({
            org: orgOf(scope!),
            name,
            per_page: 100,
          })
        : await client.rest.actions.listSelfHostedRunnersForRepo({
            ...repoParts(),
            name,
            per_page: 100,
          });
      return (data.runners as RawRunner[]).filter((r) => r.name === name).map(toRunner);
    },
    async listRunners(scope) {
      const runners = isOrg(scope)
        ? await client.paginate(client.rest.actions.listSelfHostedRunnersForOrg, {
            org: orgOf(scope!),
            per_page: 100,
          })
        : await client.paginate(client.rest.actions.listSelfHostedRunnersForRepo, {
            ...repoParts(),
            per_page: 100,
          });
      return (runners as unknown as RawRunner[]).map(toRunner);
    },
    async getRunner(id, scope) {
      try {
        const { data } = isOrg(scope)
          ? await client.rest.actions.getSelfHostedRunnerForOrg({
              org: orgOf(scope!),
              runner_id: id,
            })
          : await client.rest.actions.getSelfHostedRunnerForRepo({ ...repoParts(), runner_id: id });
        return toRunner(data as RawRunner);
      } catch (error) {
        if ((error as { status?: number }).status === 404) return undefined;
        throw error;
      }
    },
    async deleteRunner(id, scope) {
      try {
        if (isOrg(scope)) {
          await client.rest.actions.deleteSelfHostedRunnerFromOrg({
            org: orgOf(scope!),
            runner_id: id,
          });
        } else {
          await client.rest.actions.deleteSelfHostedRunnerFromRepo({
            ...repoParts(),
            runner_id: id,
          });
        }
      } catch (error) {
        // Already gone (GitHub removes used JIT runners itself): nothing to do.
        if ((error as { status?: number }).status !== 404) throw error;
      }
    },
  };
  return api;
}
