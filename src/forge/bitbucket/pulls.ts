import type { RunContext } from '../../core/context';
import { ConfigurationError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import type { PullApi, PullRequest } from '../types';
import type { BitbucketClient } from './client';
import { bitbucketStatus, refusals } from './errors';
import { repoPath } from './repo';

interface Endpoint {
  branch?: { name?: string };
  /** Bitbucket gives the 12-character short hash here, not the full sha. */
  commit?: { hash?: string } | null;
}

interface RawPull {
  id: number;
  state: string;
  source?: Endpoint;
  destination?: Endpoint;
  links?: { html?: { href?: string } };
}

function toPull(p: RawPull, context: RunContext): PullRequest {
  return {
    number: p.id,
    url: p.links?.html?.href ?? `${context.serverUrl}/${context.repository}/pull-requests/${p.id}`,
    headRef: p.source?.branch?.name ?? '',
    headSha: p.source?.commit?.hash ?? '',
    baseRef: p.destination?.branch?.name ?? '',
    baseSha: p.destination?.commit?.hash ?? undefined,
    state: p.state === 'OPEN' ? 'open' : p.state === 'MERGED' ? 'merged' : 'closed',
  };
}

/** Filter values are double-quoted strings in Bitbucket's query language. */
const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** A short hash from a pull request matches the full sha it abbreviates. */
const sameCommit = (short: string, sha: string) =>
  short.length >= 7 && sha.toLowerCase().startsWith(short.toLowerCase());

export function bitbucketPulls(
  client: BitbucketClient,
  context: RunContext,
  logger: Logger,
): PullApi {
  const repo = () => repoPath(context);
  const where = () => `repository ${context.repository}`;

  async function openPullsAt(sha: string): Promise<PullRequest[]> {
    const found: PullRequest[] = [];
    for await (const p of client.pages<RawPull>(`${repo()}/pullrequests`, {
      state: 'OPEN',
      pagelen: '50',
    })) {
      if (sameCommit(p.source?.commit?.hash ?? '', sha))
        found.push({ ...toPull(p, context), headSha: sha });
    }
    return found;
  }

  return {
    /**
     * GET /commit/{sha}/pullrequests answers only once the Pull Request Commit Links app is
     * installed and has indexed the repository (202 while indexing, 404 before, per the
     * description); then we list the open pull requests and keep those whose source is `sha`.
     */
    async pullsForCommit(sha) {
      return refusals(
        {
          action: `list the pull requests of commit ${sha}`,
          scope: 'pullrequest',
          notFound: where(),
        },
        async () => {
          try {
            const { status, data } = await client.request<{ values?: RawPull[] }>(
              'GET',
              `${repo()}/commit/${encodeURIComponent(sha)}/pullrequests`,
              { query: { pagelen: '50' } },
            );
            if (status === 200) {
              return (data.values ?? [])
                .filter((p) => p.state === 'OPEN')
                .map((p) => toPull(p, context))
                .map((p) => (sameCommit(p.headSha, sha) ? { ...p, headSha: sha } : p))
                .sort((a, b) => Number(b.headSha === sha) - Number(a.headSha === sha));
            }
            logger.debug(
              `Bitbucket is still indexing pull request links (${status}); listing open pull requests.`,
            );
          } catch (error) {
            if (bitbucketStatus(error) !== 404) throw error;
            logger.debug(
              'Pull request commit links are not indexed (the app is not installed); listing open pull requests.',
            );
          }
          return openPullsAt(sha);
        },
      );
    },

    async getPull(number) {
      return refusals(
        {
          action: `read pull request #${number}`,
          scope: 'pullrequest',
          notFound: `pull request #${number} in ${where()}`,
        },
        async () =>
          toPull(
            (await client.request<RawPull>('GET', `${repo()}/pullrequests/${number}`)).data,
            context,
          ),
      );
    },

    async findOpenPull(head, base) {
      const q = [
        `source.branch.name = ${quoted(head)}`,
        ...(base ? [`destination.branch.name = ${quoted(base)}`] : []),
      ];
      return refusals(
        { action: 'list pull requests', scope: 'pullrequest', notFound: where() },
        async () => {
          const { data } = await client.request<{ values?: RawPull[] }>(
            'GET',
            `${repo()}/pullrequests`,
            {
              query: { state: 'OPEN', q: q.join(' AND '), pagelen: '10' },
            },
          );
          const first = data.values?.[0];
          return first ? toPull(first, context) : undefined;
        },
      );
    },

    async createPull({ head, base, title, body }) {
      return refusals(
        {
          action: `open a pull request from ${head} into ${base}`,
          scope: 'pullrequest:write',
          notFound: where(),
        },
        async () => {
          const { data } = await client.request<RawPull>('POST', `${repo()}/pullrequests`, {
            json: {
              title,
              // The description's pullrequest has `summary` (raw/markup/html), not `description`.
              summary: { raw: body },
              source: { branch: { name: head } },
              destination: { branch: { name: base } },
            },
          });
          return toPull(data, context);
        },
      );
    },

    async enableAutoMerge(pull) {
      throw new ConfigurationError(
        `Bitbucket Cloud has no auto-merge: pull request #${pull.number} was opened but will not merge itself. Drop --auto-merge, or merge it from a later pipeline step (POST …/pullrequests/${pull.number}/merge).`,
      );
    },

    async defaultBranch() {
      if (context.defaultBranch) return context.defaultBranch;
      return refusals(
        { action: `read ${where()}`, scope: 'repository', notFound: where() },
        async () => {
          const { data } = await client.request<{ mainbranch?: { name?: string } }>('GET', repo());
          const name = data.mainbranch?.name;
          if (!name)
            throw new ConfigurationError(
              `Bitbucket ${where()} has no main branch yet (an empty repository?).`,
            );
          return name;
        },
      );
    },
  };
}
