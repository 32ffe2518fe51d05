// Resources as Bitbucket renders them (shapes from the description's definitions: account/user,
// pullrequest, pullrequest_comment, commit_comment, repository). Pull request endpoints carry
// the 12-character short hash, as Bitbucket's do, so drivers must not compare it to a full sha.
import type { BitbucketUser, CommentRecord, PullRecord, RepoRecord } from './state';

export interface Urls {
  api: string;
  web: string;
}

const link = (href: string) => ({ href });

export function renderUser(user: BitbucketUser, urls: Urls) {
  return {
    type: 'user',
    uuid: user.uuid,
    display_name: user.display_name,
    ...(user.account_id ? { account_id: user.account_id } : {}),
    ...(user.nickname ? { nickname: user.nickname } : {}),
    links: { html: link(`${urls.web}/${encodeURIComponent(user.uuid)}/`) },
  };
}

export function renderRepo(repo: RepoRecord, urls: Urls) {
  const full = `${repo.workspace}/${repo.slug}`;
  return {
    type: 'repository',
    uuid: repo.uuid,
    full_name: full,
    name: repo.slug,
    is_private: repo.isPrivate,
    mainbranch: { type: 'branch', name: repo.mainbranch },
    links: {
      self: link(`${urls.api}/repositories/${full}`),
      html: link(`${urls.web}/${full}`),
    },
  };
}

export function renderPull(repo: RepoRecord, pull: PullRecord, urls: Urls) {
  const full = `${repo.workspace}/${repo.slug}`;
  const endpoint = (e: { branch: string; commit: string }) => ({
    branch: { name: e.branch },
    commit: { type: 'commit', hash: e.commit.slice(0, 12) },
    repository: { type: 'repository', full_name: full, uuid: repo.uuid },
  });
  return {
    type: 'pullrequest',
    id: pull.id,
    title: pull.title,
    summary: { type: 'rendered', raw: pull.description, markup: 'markdown', html: '' },
    state: pull.state,
    author: renderUser(pull.author, urls),
    source: endpoint(pull.source),
    destination: endpoint(pull.destination),
    created_on: pull.createdOn,
    links: {
      self: link(`${urls.api}/repositories/${full}/pullrequests/${pull.id}`),
      html: link(`${urls.web}/${full}/pull-requests/${pull.id}`),
    },
  };
}

export function renderComment(repo: RepoRecord, comment: CommentRecord, urls: Urls) {
  const full = `${repo.workspace}/${repo.slug}`;
  const [kind, of] = comment.on.split(':') as [string, string];
  const api = `${urls.api}/repositories/${full}`;
  const where =
    kind === 'pr'
      ? {
          type: 'pullrequest_comment',
          self: `${api}/pullrequests/${of}/comments/${comment.id}`,
          html: `${urls.web}/${full}/pull-requests/${of}#comment-${comment.id}`,
        }
      : kind === 'commit'
        ? {
            type: 'commit_comment',
            self: `${api}/commit/${of}/comments/${comment.id}`,
            html: `${urls.web}/${full}/commits/${of}#comment-${comment.id}`,
          }
        : {
            type: 'issue_comment',
            self: `${api}/issues/${of}/comments/${comment.id}`,
            html: `${urls.web}/${full}/issues/${of}#comment-${comment.id}`,
          };
  return {
    type: where.type,
    id: comment.id,
    content: {
      type: 'rendered',
      raw: comment.deleted ? '' : comment.raw,
      markup: 'markdown',
      html: '',
    },
    user: renderUser(comment.user, urls),
    created_on: comment.createdOn,
    updated_on: comment.updatedOn,
    deleted: comment.deleted,
    links: { self: link(where.self), html: link(where.html) },
  };
}

/** Bitbucket's error envelope (definition `error`). */
export function errorBody(message: string, detail?: string) {
  return { type: 'error', error: { message, ...(detail ? { detail } : {}) } };
}
