import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { PullApi, PullRequest } from '../types';
import type { GitLabClient } from './client';
import { projectRef } from './project';

interface MergeRequestLike {
  iid: number;
  web_url: string;
  source_branch: string;
  target_branch: string;
  sha: string | null;
  state: string;
  diff_refs?: { base_sha?: string | null } | null;
}

export function toPull(mr: MergeRequestLike): PullRequest {
  return {
    number: mr.iid,
    url: mr.web_url,
    headRef: mr.source_branch,
    headSha: mr.sha ?? '',
    baseRef: mr.target_branch,
    baseSha: mr.diff_refs?.base_sha ?? undefined,
    state: mr.state === 'opened' ? 'open' : mr.state === 'merged' ? 'merged' : 'closed',
  };
}

/** Merge requests as the driver's pull requests (number = iid). */
export function gitlabPulls(client: GitLabClient, context: RunContext, logger: Logger): PullApi {
  const project = projectRef(client, context);
  return {
    async pullsForCommit(sha) {
      // GitLab lists every MR that contains the commit; keep the open ones, heads first.
      const mrs = (await client.Commits.allMergeRequests(
        project.id,
        sha,
      )) as unknown as MergeRequestLike[];
      return mrs
        .filter((mr) => mr.state === 'opened')
        .map(toPull)
        .sort((a, b) => Number(b.headSha === sha) - Number(a.headSha === sha));
    },

    async getPull(number) {
      return toPull(
        (await client.MergeRequests.show(project.id, number)) as unknown as MergeRequestLike,
      );
    },

    async findOpenPull(head, base) {
      const mrs = (await client.MergeRequests.all({
        projectId: project.id,
        sourceBranch: head,
        ...(base ? { targetBranch: base } : {}),
        state: 'opened',
        perPage: 20,
        maxPages: 1,
      })) as unknown as MergeRequestLike[];
      const first = mrs[0];
      return first ? toPull(first) : undefined;
    },

    async createPull({ head, base, title, body }) {
      const mr = await client.MergeRequests.create(project.id, head, base, title, {
        description: body,
      });
      return toPull(mr as unknown as MergeRequestLike);
    },

    async enableAutoMerge(pull, method) {
      if (method === 'rebase') {
        logger.warning(
          'GitLab merges with the project\'s merge method (Settings > Merge requests); "rebase" cannot be chosen per merge request.',
        );
      }
      // auto_merge replaced merge_when_pipeline_succeeds in GitLab 17.11; older instances
      // ignore the parameter they do not know, so send both. `sha` guards against a push
      // landing between our commit and this call.
      await client.MergeRequests.merge(project.id, pull.number, {
        autoMerge: true,
        mergeWhenPipelineSucceeds: true,
        ...(method === 'squash' ? { squash: true } : {}),
        ...(pull.headSha ? { sha: pull.headSha } : {}),
      });
    },

    async defaultBranch() {
      if (context.defaultBranch) return context.defaultBranch;
      const info = await client.Projects.show(project.id);
      return String(info.default_branch);
    },
  };
}
