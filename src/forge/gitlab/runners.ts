import type { RunContext } from '../../core/context';
import { ConfigurationError, errorMessage } from '../../core/errors';
import { budgetFromEnv, isAmbiguousError, sleep } from '../http';
import type { Logger } from '../../core/logger';
import type { ForgeRunner, RunnerApi, RunnerScope } from '../types';
import type { GitLabClient } from './client';

interface RawRunner {
  id: number;
  description?: string;
  status?: string;
  online?: boolean;
  tag_list?: string[];
}

function toRunner(r: RawRunner): ForgeRunner {
  return {
    id: r.id,
    name: r.description ?? '',
    status: r.status ?? (r.online ? 'online' : 'offline'),
    labels: r.tag_list ?? [],
  };
}

const RUNNER_TYPES = {
  project: 'project_type',
  group: 'group_type',
  instance: 'instance_type',
} as const;

/**
 * Runners created with POST /user/runners (a personal access token with create_runner): the
 * answer's glrt- token is per runner, its tags and flags live on the server, and the runner is
 * deleted with DELETE /runners/:id at teardown. Registration tokens (disabled since GitLab 17.0)
 * are never used.
 */
export function gitlabRunners(
  client: GitLabClient,
  context: RunContext,
  logger: Logger,
): RunnerApi {
  function level(scope?: RunnerScope): 'project' | 'group' | 'instance' {
    const l = scope?.level ?? 'project';
    if (l === 'repository') return 'project';
    if (l === 'organization') return 'group';
    return l;
  }
  async function list(scope?: RunnerScope): Promise<RawRunner[]> {
    const l = level(scope);
    const where =
      l === 'project'
        ? { projectId: context.projectId ?? scope?.owner }
        : l === 'group'
          ? { groupId: scope?.owner }
          : { type: 'instance_type' };
    return (await client.Runners.all(where as never)) as unknown as RawRunner[];
  }
  const api: RunnerApi = {
    async registerRunner(options) {
      const scopeLevel = level(options.scope);
      const extra: Record<string, unknown> = {
        description: options.name,
        tagList: options.labels,
        runUntagged: options.runUntagged ?? false,
        locked: options.locked ?? true,
      };
      if (scopeLevel === 'project') {
        const projectId = Number(context.projectId ?? options.scope?.owner);
        if (!Number.isInteger(projectId)) {
          throw new ConfigurationError(
            'Project runners need the numeric project id (CI_PROJECT_ID).',
          );
        }
        extra.projectId = projectId;
      } else if (scopeLevel === 'group') {
        const groupId = Number(options.scope?.owner);
        if (!Number.isInteger(groupId)) {
          throw new ConfigurationError(
            'Group runners need the numeric group id (the runner-scope-id input).',
            {
              input: 'runner-scope-id',
            },
          );
        }
        extra.groupId = groupId;
      }
      const budget = budgetFromEnv();
      for (let attempt = 1; ; attempt++) {
        try {
          const created = (await client.Users.createCIRunner(
            RUNNER_TYPES[scopeLevel],
            extra as never,
          )) as unknown as { id: number; token: string };
          logger.mask(created.token);
          return { id: created.id, secret: created.token, kind: 'gitlab-runner-token' };
        } catch (error) {
          if (!isAmbiguousError(error)) throw error;
          // The runner may have been created and its answer (with its only copy of the glrt-
          // token) lost: delete what the lost request made, then create it again, so no
          // orphan runner is left behind.
          const orphans = (await list(options.scope)).filter((r) => r.description === options.name);
          for (const orphan of orphans) await api.deleteRunner(orphan.id, options.scope);
          if (attempt > budget.retries) {
            throw new Error(
              `GitLab did not answer the creation of runner '${options.name}' after ${attempt} attempts (${errorMessage(error)})${orphans.length ? `; removed ${orphans.length} runner(s) the lost requests created` : ''}.`,
              { cause: error },
            );
          }
          logger.info(
            `Creating runner '${options.name}' failed (${errorMessage(error)}); trying again in ${attempt ** 2} s.`,
          );
          await sleep(attempt ** 2 * budget.unitMs);
        }
      }
    },
    async listRunners(scope) {
      return (await list(scope)).map(toRunner);
    },
    async findRunners(name, scope) {
      return (await list(scope)).filter((r) => r.description === name).map(toRunner);
    },
    async getRunner(id) {
      try {
        return toRunner((await client.Runners.show(id)) as unknown as RawRunner);
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    },
    async retryFailedJobs(pipelineId) {
      const id = Number(pipelineId);
      if (!Number.isInteger(id) || id <= 0) {
        throw new ConfigurationError(
          `Input 'run-id': expected a pipeline id, got '${pipelineId}'.`,
          {
            input: 'run-id',
          },
        );
      }
      await client.Pipelines.retry(context.projectId ?? context.repository, id);
    },
    async deleteRunner(id) {
      try {
        await client.Runners.remove({ runnerId: id } as never);
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
    },
  };
  return api;
}

function statusOf(error: unknown): number | undefined {
  const e = error as { cause?: { response?: { status?: number } }; status?: number };
  return e.cause?.response?.status ?? e.status;
}
