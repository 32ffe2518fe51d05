import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { CommentApi, CommentTarget, ForgeComment, Identity } from '../types';
import type { GitHubClient } from './client';
import {
  GITHUB_PERMISSIONS,
  githubStatus,
  isNotFound,
  isRateLimited,
  withPermission,
  explainNotFound,
} from './errors';
import { linkPage, repoParams } from './repo';

/** GitHub refuses comment bodies over 65,536 characters (422 "body is too long"). */
const COMMENT_LIMIT = 65536;
const PER_PAGE = 100;

/** GITHUB_TOKEN's author when nothing better can be learnt. */
const ACTIONS_BOT: Identity = { login: 'github-actions[bot]' };

/**
 * Users are matched by id (it survives renames). App bots by login alone: `<slug>[bot]` names
 * cannot be taken by users, and this avoids relying on GraphQL's databaseId of a Bot being the
 * id REST shows on its comments.
 */
function identityOf(login: string, id: number | null | undefined): Identity {
  return login.endsWith('[bot]') || typeof id !== 'number' ? { login } : { login, id };
}

interface RestComment {
  id: number;
  body?: string | null;
  html_url: string;
  created_at?: string;
  user?: { login: string; id: number } | null;
}

function toComment(c: RestComment): ForgeComment {
  return {
    id: c.id,
    body: c.body ?? '',
    author: c.user?.login ?? '',
    authorId: c.user?.id,
    url: c.html_url,
    createdAt: c.created_at,
  };
}

/**
 * Comments on pull requests and issues (the issues endpoints: a PR's conversation comments are
 * issue comments) and on commits (the commit comment endpoints).
 */
export function githubComments(
  client: GitHubClient,
  context: RunContext,
  logger: Logger,
): CommentApi {
  const repo = () => repoParams(context);
  let identity: Promise<Identity> | undefined;

  const permissionFor = (target: CommentTarget) =>
    target.kind === 'pr'
      ? GITHUB_PERMISSIONS.pr
      : target.kind === 'issue'
        ? GITHUB_PERMISSIONS.issue
        : GITHUB_PERMISSIONS.commit;
  const describe = (target: CommentTarget) =>
    target.kind === 'commit' ? `commit ${target.sha}` : `${target.kind} #${target.number}`;
  const missing = (target: CommentTarget) =>
    target.kind === 'commit'
      ? `commit ${target.sha}`
      : `${target.kind === 'pr' ? 'pull request' : 'issue'} or ${target.kind === 'pr' ? 'issue' : 'pull request'} #${target.number}`;
  const repoVisible = async () => {
    try {
      await client.rest.repos.get(repo());
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  };
  /** A write whose 404 says what is missing instead of hinting at permissions. */
  const write = <T>(target: CommentTarget, request: () => Promise<T>) =>
    explainNotFound(missing(target), context.repository, repoVisible, request);

  /**
   * One page of comments, oldest first within the page (GitHub lists oldest first). The issues
   * and commit-comments routes page the same way.
   */
  async function page(target: CommentTarget, n: number) {
    const response =
      target.kind === 'commit'
        ? await client.rest.repos.listCommentsForCommit({
            ...repo(),
            commit_sha: target.sha,
            per_page: PER_PAGE,
            page: n,
          })
        : await client.rest.issues.listComments({
            ...repo(),
            issue_number: target.number,
            per_page: PER_PAGE,
            page: n,
          });
    return { comments: response.data as RestComment[], link: response.headers.link };
  }

  /**
   * Newest first, lazily: page 1 tells the last page (Link rel="last"), then the walk goes from
   * the last page back to page 2 and ends with page 1 already in hand. A hit on the newest page
   * costs two requests; a full walk over N comments costs ceil(N/100).
   */
  async function* listComments(target: CommentTarget): AsyncGenerator<ForgeComment> {
    const first = await page(target, 1);
    const last = linkPage(first.link, 'last') ?? 1;
    // Deletions during the walk shift items to earlier pages; never yield one twice.
    const seen = new Set<number>();
    for (let n = last; n >= 1; n--) {
      const comments = n === 1 ? first.comments : (await page(target, n)).comments;
      for (let i = comments.length - 1; i >= 0; i--) {
        const c = comments[i] as RestComment;
        if (seen.has(c.id)) continue;
        seen.add(c.id);
        yield toComment(c);
      }
    }
  }

  /**
   * Who writes our comments. GraphQL `viewer { login databaseId }` answers for every kind of
   * token in one request, including installation tokens (GITHUB_TOKEN, GitHub Apps: login
   * `<app-slug>[bot]`), for which REST GET /user answers 403. Should GraphQL be unavailable,
   * GET /user is asked, and a 403 there means an installation token: GITHUB_TOKEN's
   * github-actions[bot].
   */
  async function resolveIdentity(): Promise<Identity> {
    try {
      const result = await client.graphql<{
        viewer: { login: string; databaseId?: number | null };
      }>('query { viewer { login databaseId } }');
      return identityOf(result.viewer.login, result.viewer.databaseId);
    } catch (error) {
      logger.debug(`GraphQL viewer failed (${String(error)}); asking GET /user.`);
    }
    try {
      const { data } = await client.rest.users.getAuthenticated();
      return identityOf(data.login, data.id);
    } catch (error) {
      // 403 (not a rate limit) on GET /user is what an installation token gets.
      if (githubStatus(error) === 403 && !isRateLimited(error)) return ACTIONS_BOT;
      throw error;
    }
  }

  return {
    commentLimit: COMMENT_LIMIT,
    identity: () => (identity ??= resolveIdentity()),
    listComments,

    async getComment(target, id) {
      try {
        const { data } =
          target.kind === 'commit'
            ? await client.rest.repos.getCommitComment({ ...repo(), comment_id: id })
            : await client.rest.issues.getComment({ ...repo(), comment_id: id });
        return toComment(data as RestComment);
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },

    async createComment(target, body) {
      checkLength(body);
      return withPermission(permissionFor(target), `comment on ${describe(target)}`, () =>
        write(target, async () => {
          const { data } =
            target.kind === 'commit'
              ? await client.rest.repos.createCommitComment({
                  ...repo(),
                  commit_sha: target.sha,
                  body,
                })
              : await client.rest.issues.createComment({
                  ...repo(),
                  issue_number: target.number,
                  body,
                });
          return toComment(data as RestComment);
        }),
      );
    },

    async updateComment(target, id, body) {
      checkLength(body);
      return withPermission(
        permissionFor(target),
        `update a comment on ${describe(target)}`,
        async () => {
          const { data } =
            target.kind === 'commit'
              ? await client.rest.repos.updateCommitComment({ ...repo(), comment_id: id, body })
              : await client.rest.issues.updateComment({ ...repo(), comment_id: id, body });
          return toComment(data as RestComment);
        },
      );
    },

    async deleteComment(target, id) {
      await withPermission(permissionFor(target), `delete a comment on ${describe(target)}`, () =>
        target.kind === 'commit'
          ? client.rest.repos.deleteCommitComment({ ...repo(), comment_id: id })
          : client.rest.issues.deleteComment({ ...repo(), comment_id: id }),
      );
    },

    // GitHub edits every kind of comment (GitLab's commit comments are the exception).
    canEdit: () => true,
  };
}

function checkLength(body: string): void {
  if (body.length > COMMENT_LIMIT) {
    throw new Error(
      `The comment is ${body.length} characters long; GitHub accepts at most ${COMMENT_LIMIT}. Truncate it first.`,
    );
  }
}
