import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { CommentApi, CommentTarget, ForgeComment, Identity } from '../types';
import type { BitbucketClient } from './client';
import { isNotFound, refusals } from './errors';
import { repoPath } from './repo';

/**
 * Bitbucket Cloud documents no comment size limit. Bitbucket Server/Data Center refuses
 * 32,768 characters and more ("Please enter a non-empty value less than 32768 characters",
 * jfrog/froggit-go#133); tools that post to Cloud cap below that too (pr-agent's Bitbucket
 * provider: 31,000). We keep under Server's figure: a longer report is cut with a link to
 * the full one rather than refused.
 */
export const BITBUCKET_COMMENT_LIMIT = 32_767;
/** The narrative "pagination": at most 100 items a page. */
const PAGELEN = '100';

interface RawUser {
  uuid?: string;
  account_id?: string;
  display_name?: string;
}

interface RawComment {
  id: number;
  content?: { raw?: string };
  user?: RawUser;
  created_on?: string;
  deleted?: boolean;
  links?: { html?: { href?: string } };
}

/**
 * Who wrote a comment, as one stable string: the account uuid (every account has one, access
 * tokens' bot accounts included), else the Atlassian account id. Identity and comments use the
 * same key, so only our own comments match.
 */
function authorKey(user: RawUser | undefined): string {
  return user?.uuid ?? user?.account_id ?? '';
}

/** Comments on pull requests, issues (the repository issue tracker) and commits. */
export function bitbucketComments(
  client: BitbucketClient,
  context: RunContext,
  logger: Logger,
): CommentApi {
  let identity: Promise<Identity> | undefined;
  const base = (target: CommentTarget) => {
    const repo = repoPath(context);
    if (target.kind === 'pr') return `${repo}/pullrequests/${target.number}/comments`;
    if (target.kind === 'issue') return `${repo}/issues/${target.number}/comments`;
    return `${repo}/commit/${encodeURIComponent(target.sha)}/comments`;
  };
  const describe = (target: CommentTarget) =>
    target.kind === 'commit' ? `commit ${target.sha}` : `${target.kind} #${target.number}`;
  // The scopes the description's `security` entries ask for: issue comments are written with
  // issue:write, pull request comments with pullrequest, commit comments with repository.
  const scope = (target: CommentTarget, write = false) =>
    target.kind === 'pr'
      ? 'pullrequest'
      : target.kind === 'issue'
        ? write
          ? 'issue:write'
          : 'issue'
        : 'repository';
  const web = (target: CommentTarget, id: number) => {
    const root = `${context.serverUrl}/${context.repository}`;
    if (target.kind === 'pr') return `${root}/pull-requests/${target.number}#comment-${id}`;
    if (target.kind === 'issue') return `${root}/issues/${target.number}#comment-${id}`;
    return `${root}/commits/${target.sha}#comment-${id}`;
  };
  const toComment = (target: CommentTarget, c: RawComment): ForgeComment => ({
    id: c.id,
    body: c.content?.raw ?? '',
    author: authorKey(c.user),
    url: c.links?.html?.href ?? web(target, c.id),
    createdAt: c.created_on,
  });

  /**
   * Newest first in one pass: the comment lists take `sort=-created_on` (the "filtering and
   * sorting" narrative) and `pagelen=100`, and pages are fetched only as the caller iterates,
   * following Bitbucket's opaque `next` links. A report among the newest 100 costs one request;
   * one behind 1,000 newer comments costs ten. Deleted comments stay listed (flagged `deleted`,
   * content emptied) and are skipped.
   */
  async function* listComments(target: CommentTarget): AsyncGenerator<ForgeComment> {
    const seen = new Set<number>();
    const pages = client.pages<RawComment>(base(target), { sort: '-created_on', pagelen: PAGELEN });
    const iterator = pages[Symbol.asyncIterator]();
    for (;;) {
      const next = await refusals(
        {
          action: `list the comments on ${describe(target)}`,
          scope: scope(target),
          notFound: describe(target),
        },
        () => iterator.next(),
      );
      if (next.done) return;
      const c = next.value;
      // A comment posted during the walk shifts the pages: never yield one twice.
      if (c.deleted || seen.has(c.id)) continue;
      seen.add(c.id);
      yield toComment(target, c);
    }
  }

  return {
    commentLimit: BITBUCKET_COMMENT_LIMIT,

    /**
     * GET /user (scope `account`). Repository access tokens cannot hold that scope (the
     * description's list of their scopes has no `account`); the refusal says what to use.
     */
    identity: () =>
      (identity ??= refusals(
        {
          action: 'say who the token belongs to (GET /user, needed to find our own comments)',
          scope: 'account',
        },
        async () => {
          const { data } = await client.request<RawUser>('GET', '/user');
          const key = authorKey(data);
          logger.debug(`Bitbucket identity: ${data.display_name ?? ''} ${key}`);
          return { login: key };
        },
      )),

    listComments,

    async getComment(target, id) {
      try {
        const { data } = await client.request<RawComment>('GET', `${base(target)}/${id}`);
        return data.deleted ? undefined : toComment(target, data);
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },

    async createComment(target, body) {
      checkLength(body);
      return refusals(
        {
          action: `comment on ${describe(target)}`,
          scope: scope(target, true),
          notFound: describe(target),
        },
        async () => {
          const { data } = await client.request<RawComment>('POST', base(target), {
            json: { content: { raw: body } },
          });
          return toComment(target, data);
        },
      );
    },

    async updateComment(target, id, body) {
      checkLength(body);
      return refusals(
        {
          action: `update comment ${id} on ${describe(target)}`,
          scope: scope(target, true),
          notFound: `comment ${id} on ${describe(target)}`,
        },
        async () => {
          const { data } = await client.request<RawComment>('PUT', `${base(target)}/${id}`, {
            json: { content: { raw: body } },
          });
          return toComment(target, data);
        },
      );
    },

    async deleteComment(target, id) {
      await refusals(
        { action: `delete comment ${id} on ${describe(target)}`, scope: scope(target, true) },
        () => client.request('DELETE', `${base(target)}/${id}`),
      );
    },

    // Bitbucket edits pull request, issue and commit comments alike.
    canEdit: () => true,
  };
}

function checkLength(body: string): void {
  if (body.length > BITBUCKET_COMMENT_LIMIT) {
    throw new Error(
      `The comment is ${body.length} characters long; cml sends Bitbucket at most ${BITBUCKET_COMMENT_LIMIT}. Truncate it first.`,
    );
  }
}
