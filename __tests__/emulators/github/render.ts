/** GitHub-shaped JSON for the emulator's objects (enough fields for octokit and our drivers). */
import type { CommitComment, IssueComment, IssueState, RepoState, UserRef } from './types';

export interface Urls {
  baseUrl: string;
  webUrl: string;
}

export function renderUser(user: UserRef, urls: Urls): Record<string, unknown> {
  return {
    login: user.login,
    id: user.id,
    node_id: Buffer.from(`04:${user.type}${user.id}`).toString('base64'),
    type: user.type,
    site_admin: false,
    url: `${urls.baseUrl}/users/${encodeURIComponent(user.login)}`,
    html_url: `${urls.webUrl}/${user.login}`,
    avatar_url: `${urls.webUrl}/avatars/${user.id}`,
  };
}

export function renderRepo(repo: RepoState, urls: Urls): Record<string, unknown> {
  return {
    id: repo.id,
    node_id: repo.nodeId,
    name: repo.name,
    full_name: repo.fullName,
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    owner: renderUser({ login: repo.owner, id: repo.id + 1_000_000, type: 'User' }, urls),
    html_url: `${urls.webUrl}/${repo.fullName}`,
    url: `${urls.baseUrl}/repos/${repo.fullName}`,
    default_branch: repo.defaultBranch,
    fork: false,
    archived: false,
    allow_auto_merge: true,
  };
}

export function renderIssueComment(
  repo: RepoState,
  c: IssueComment,
  urls: Urls,
): Record<string, unknown> {
  const kind = repo.issues.get(c.issueNumber)?.pull ? 'pull' : 'issues';
  return {
    id: c.id,
    node_id: Buffer.from(`012:IssueComment${c.id}`).toString('base64'),
    url: `${urls.baseUrl}/repos/${repo.fullName}/issues/comments/${c.id}`,
    html_url: `${urls.webUrl}/${repo.fullName}/${kind}/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${urls.baseUrl}/repos/${repo.fullName}/issues/${c.issueNumber}`,
    body: c.body,
    user: renderUser(c.user, urls),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
  };
}

export function renderCommitComment(
  repo: RepoState,
  c: CommitComment,
  urls: Urls,
): Record<string, unknown> {
  return {
    id: c.id,
    node_id: Buffer.from(`013:CommitComment${c.id}`).toString('base64'),
    url: `${urls.baseUrl}/repos/${repo.fullName}/comments/${c.id}`,
    html_url: `${urls.webUrl}/${repo.fullName}/commit/${c.commitId}#commitcomment-${c.id}`,
    body: c.body,
    path: c.path ?? null,
    position: c.position ?? null,
    line: c.line ?? null,
    commit_id: c.commitId,
    user: renderUser(c.user, urls),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
  };
}

export function renderIssue(
  repo: RepoState,
  issue: IssueState,
  urls: Urls,
): Record<string, unknown> {
  const kind = issue.pull ? 'pull' : 'issues';
  return {
    id: issue.id,
    node_id: issue.nodeId,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    user: renderUser(issue.user, urls),
    url: `${urls.baseUrl}/repos/${repo.fullName}/issues/${issue.number}`,
    html_url: `${urls.webUrl}/${repo.fullName}/${kind}/${issue.number}`,
    comments: repo.comments.filter((c) => c.issueNumber === issue.number).length,
    created_at: issue.createdAt,
    updated_at: issue.createdAt,
    ...(issue.pull
      ? { pull_request: { url: `${urls.baseUrl}/repos/${repo.fullName}/pulls/${issue.number}` } }
      : {}),
  };
}

export function renderPull(
  repo: RepoState,
  issue: IssueState,
  urls: Urls,
  allRepos?: Map<string, RepoState>,
): Record<string, unknown> {
  const pull = issue.pull;
  if (!pull) throw new Error(`#${issue.number} is not a pull request`);
  const [headOwner = repo.owner, headName = repo.name] = pull.headRepo.split('/');
  // A fork nobody seeded still gets its own name (and fork: true), as GitHub shows it.
  const headRepo: RepoState =
    allRepos?.get(pull.headRepo.toLowerCase()) ??
    (pull.headRepo.toLowerCase() === repo.fullName.toLowerCase()
      ? repo
      : {
          ...repo,
          fullName: pull.headRepo,
          owner: headOwner,
          name: headName,
          id: repo.id + 500_000,
        });
  const isFork = headRepo.fullName.toLowerCase() !== repo.fullName.toLowerCase();
  return {
    id: issue.id,
    node_id: issue.nodeId,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    draft: pull.draft,
    merged: pull.merged,
    user: renderUser(issue.user, urls),
    url: `${urls.baseUrl}/repos/${repo.fullName}/pulls/${issue.number}`,
    html_url: `${urls.webUrl}/${repo.fullName}/pull/${issue.number}`,
    issue_url: `${urls.baseUrl}/repos/${repo.fullName}/issues/${issue.number}`,
    created_at: issue.createdAt,
    updated_at: issue.createdAt,
    head: {
      label: `${headOwner}:${pull.headRef}`,
      ref: pull.headRef,
      sha: pull.headSha,
      repo: { ...renderRepo(headRepo, urls), fork: isFork },
      user: renderUser({ login: headOwner, id: headRepo.id + 1_000_000, type: 'User' }, urls),
    },
    base: {
      label: `${repo.owner}:${pull.baseRef}`,
      ref: pull.baseRef,
      sha: pull.baseSha,
      repo: renderRepo(repo, urls),
      user: renderUser({ login: repo.owner, id: repo.id + 1_000_000, type: 'User' }, urls),
    },
    auto_merge: pull.autoMerge
      ? {
          enabled_by: renderUser(pull.autoMerge.enabledBy, urls),
          merge_method: pull.autoMerge.mergeMethod.toLowerCase(),
          commit_title: null,
          commit_message: null,
        }
      : null,
  };
}
