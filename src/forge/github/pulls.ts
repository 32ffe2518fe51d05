import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { PullApi, PullRequest } from '../types';
import type { GitHubClient } from './client';
import { GITHUB_PERMISSIONS, githubStatus, withPermission } from './errors';
import { repoParams } from './repo';

interface RestPull {
  number: number;
  html_url: string;
  node_id?: string;
  state: string;
  merged?: boolean | null;
  merged_at?: string | null;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
}

function toPull(p: RestPull): PullRequest {
  return {
    number: p.number,
    url: p.html_url,
    headRef: p.head.ref,
    headSha: p.head.sha,
    baseRef: p.base.ref,
    baseSha: p.base.sha,
    state: p.merged || p.merged_at ? 'merged' : p.state === 'open' ? 'open' : 'closed',
    nodeId: p.node_id,
  };
}

const MERGE_METHODS = { merge: 'MERGE', squash: 'SQUASH', rebase: 'REBASE' } as const;

export function githubPulls(client: GitHubClient, context: RunContext, _logger: Logger): PullApi {
  const repo = () => repoParams(context);
  let defaultBranch: Promise<string> | undefined;

  const getPull = async (number: number) =>
    toPull((await client.rest.pulls.get({ ...repo(), pull_number: number })).data as RestPull);

  return {
    /**
     * Open PRs whose head is this very commit. GitHub also lists PRs that merely contain it
     * (and closed ones); CML's `auto` target wants the PR this commit is the tip of.
     */
    async pullsForCommit(sha) {
      try {
        const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
          ...repo(),
          commit_sha: sha,
          per_page: 100,
        });
        return (data as RestPull[])
          .filter((p) => p.state === 'open' && p.head.sha === sha)
          .map(toPull);
      } catch (error) {
        // 422 "No commit found for SHA": a commit GitHub has not seen has no PRs.
        if (githubStatus(error) === 422 || githubStatus(error) === 404) return [];
        throw error;
      }
    },

    getPull,

    async findOpenPull(head, base) {
      const qualified = head.includes(':') ? head : `${repo().owner}:${head}`;
      const { data } = await client.rest.pulls.list({
        ...repo(),
        state: 'open',
        head: qualified,
        ...(base ? { base } : {}),
        per_page: 100,
      });
      const first = (data as RestPull[])[0];
      return first ? toPull(first) : undefined;
    },

    async createPull({ head, base, title, body }) {
      return withPermission(
        GITHUB_PERMISSIONS.pulls,
        `open a pull request from ${head}`,
        async () =>
          toPull(
            (await client.rest.pulls.create({ ...repo(), head, base, title, body }))
              .data as RestPull,
          ),
      );
    },

    /** GraphQL only: REST has no auto-merge endpoint. Needs the PR's node id. */
    async enableAutoMerge(pull, method) {
      const nodeId = pull.nodeId ?? (await getPull(pull.number)).nodeId;
      await withPermission(
        GITHUB_PERMISSIONS.pulls,
        `enable auto-merge on pull request #${pull.number}`,
        () =>
          client.graphql(
            `mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
              enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
                pullRequest { id }
              }
            }`,
            // octokit reserves `method` (and query, url, headers) as option names.
            { pullRequestId: nodeId, mergeMethod: MERGE_METHODS[method] },
          ),
      );
    },

    defaultBranch() {
      defaultBranch ??= context.defaultBranch
        ? Promise.resolve(context.defaultBranch)
        : client.rest.repos.get(repo()).then(({ data }) => data.default_branch);
      return defaultBranch;
    },
  };
}
