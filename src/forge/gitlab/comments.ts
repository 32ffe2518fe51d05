import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { CommentApi, CommentTarget, ForgeComment, Identity } from '../types';
import type { GitLabClient } from './client';
import { ForgeNotFoundError } from '../http';
import { isNotFound } from './errors';
import { projectRef } from './project';

/** GitLab's note body limit, in characters. */
export const GITLAB_NOTE_LIMIT = 1_000_000;
const PER_PAGE = 100;

interface NoteLike {
  id: number;
  body: string;
  system?: boolean;
  created_at?: string;
  author: { username: string; id: number };
}

interface CommitCommentLike {
  note: string;
  created_at?: unknown;
  author: { username: string; id: number };
}

interface Page<T> {
  data: T[];
  paginationInfo: { next: number | null; totalPages: number; total: number };
}

/**
 * Comments on merge requests and issues (notes) and on commits. Notes are listed newest first
 * (`sort=desc&order_by=created_at`), 100 a page, fetched only as the caller iterates, and
 * system notes ("added 1 commit") are skipped. Commit comments have no id, no sort and cannot
 * be edited: they are walked from the last page backwards and numbered by position.
 */
export function gitlabComments(
  client: GitLabClient,
  context: RunContext,
  _logger: Logger,
): CommentApi {
  const project = projectRef(client, context);
  let identity: Promise<Identity> | undefined;

  const noteUrl = async (target: CommentTarget, id: number) => {
    const web = await project.webUrl();
    if (target.kind === 'pr') return `${web}/-/merge_requests/${target.number}#note_${id}`;
    if (target.kind === 'issue') return `${web}/-/issues/${target.number}#note_${id}`;
    return `${web}/-/commit/${target.sha}`;
  };

  const fromNote = async (target: CommentTarget, note: NoteLike): Promise<ForgeComment> => ({
    id: note.id,
    body: note.body,
    author: note.author.username,
    authorId: note.author.id,
    url: await noteUrl(target, note.id),
    createdAt: note.created_at,
  });

  const fromCommitComment = async (
    target: CommentTarget,
    comment: CommitCommentLike,
    id: number,
  ): Promise<ForgeComment> => ({
    id,
    body: comment.note,
    author: comment.author.username,
    authorId: comment.author.id,
    url: await noteUrl(target, id),
    createdAt: typeof comment.created_at === 'string' ? comment.created_at : undefined,
  });

  const notesPage = (target: CommentTarget, page: number): Promise<Page<NoteLike>> => {
    const options = {
      sort: 'desc',
      orderBy: 'created_at',
      perPage: PER_PAGE,
      page,
      showExpanded: true,
    } as const;
    const request =
      target.kind === 'pr'
        ? client.MergeRequestNotes.all(project.id, target.number, options)
        : client.IssueNotes.all(project.id, (target as { number: number }).number, options);
    return request as unknown as Promise<Page<NoteLike>>;
  };

  const commitPage = (
    sha: string,
    page: number,
    perPage = PER_PAGE,
  ): Promise<Page<CommitCommentLike>> =>
    // gitbeaker's types omit pagination for this endpoint; GitLab paginates it like any list.
    client.Commits.allComments(project.id, sha, {
      showExpanded: true,
      ...({ page, perPage } as object),
    }) as unknown as Promise<Page<CommitCommentLike>>;

  async function* listComments(target: CommentTarget): AsyncIterable<ForgeComment> {
    if (target.kind === 'commit') {
      const first = await commitPage(target.sha, 1);
      const pages = Math.max(1, first.paginationInfo.totalPages || 1);
      for (let page = pages; page >= 1; page--) {
        const { data } = page === 1 ? first : await commitPage(target.sha, page);
        for (let i = data.length - 1; i >= 0; i--) {
          yield fromCommitComment(target, data[i]!, (page - 1) * PER_PAGE + i + 1);
        }
      }
      return;
    }
    for (let page = 1; ;) {
      const { data, paginationInfo } = await notesPage(target, page);
      for (const note of data) if (!note.system) yield fromNote(target, note);
      if (!paginationInfo.next || data.length === 0) return;
      page = paginationInfo.next;
    }
  }

  async function create(target: CommentTarget, body: string): Promise<ForgeComment> {
    if (target.kind === 'commit') {
      const created = await client.Commits.createComment(project.id, target.sha, body);
      // Commit comments carry no id: ours is the last one, so its position is the total.
      const { paginationInfo } = await commitPage(target.sha, 1, 1);
      return fromCommitComment(
        target,
        created as unknown as CommitCommentLike,
        paginationInfo.total,
      );
    }
    const note =
      target.kind === 'pr'
        ? await client.MergeRequestNotes.create(project.id, target.number, body)
        : await client.IssueNotes.create(project.id, target.number, body);
    return fromNote(target, note as unknown as NoteLike);
  }

  /** A 404 that names what is missing: the project, or the merge request / issue / commit. */
  async function notFound(target: CommentTarget, error: unknown): Promise<Error> {
    let projectVisible = true;
    try {
      await client.Projects.show(project.id);
    } catch (e) {
      if (isNotFound(e)) projectVisible = false;
    }
    const what =
      target.kind === 'commit'
        ? `commit ${target.sha}`
        : `${target.kind === 'pr' ? 'merge request' : 'issue'} !${target.number}`.replace(
            /^issue !/,
            'issue #',
          );
    const message = projectVisible
      ? `GitLab has no ${what} in project ${project.id} (404 Not Found).`
      : `GitLab answers 404 for project ${project.id}: it does not exist, or the token cannot see it (GitLab answers 404 for private projects a token has no access to). Check CI_PROJECT_ID / --repo, and that the token can read the project.`;
    return new ForgeNotFoundError(message, error);
  }

  return {
    commentLimit: GITLAB_NOTE_LIMIT,

    identity() {
      identity ??= client.Users.showCurrentUser().then((user) => ({
        login: String(user.username),
        id: Number(user.id),
      }));
      return identity;
    },

    listComments,

    async getComment(target, id) {
      if (target.kind === 'commit') {
        for await (const comment of listComments(target)) if (comment.id === id) return comment;
        return undefined;
      }
      try {
        const note =
          target.kind === 'pr'
            ? await client.MergeRequestNotes.show(project.id, target.number, id)
            : await client.IssueNotes.show(project.id, target.number, id);
        return fromNote(target, note as unknown as NoteLike);
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },

    async createComment(target, body) {
      try {
        return await create(target, body);
      } catch (error) {
        if (!isNotFound(error)) throw error;
        throw await notFound(target, error);
      }
    },

    async updateComment(target, id, body) {
      if (target.kind === 'commit') throw new Error('GitLab commit comments cannot be edited');
      const note =
        target.kind === 'pr'
          ? await client.MergeRequestNotes.edit(project.id, target.number, id, { body })
          : await client.IssueNotes.edit(project.id, target.number, id, { body });
      return fromNote(target, note as unknown as NoteLike);
    },

    async deleteComment(target, id) {
      if (target.kind === 'commit') throw new Error('GitLab commit comments cannot be deleted');
      if (target.kind === 'pr')
        await client.MergeRequestNotes.remove(project.id, target.number, id);
      else await client.IssueNotes.remove(project.id, target.number, id);
    },

    canEdit: (target) => target.kind !== 'commit',
  };
}
