// JSON shapes of GitLab's REST entities, built from the emulator's records.
import type {
  GitLabState,
  MergeRequestRecord,
  NoteRecord,
  ProjectRecord,
  UserRecord,
} from './state';

export function renderUser(user: UserRecord, serverUrl: string) {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    state: 'active',
    locked: false,
    avatar_url: null,
    web_url: `${serverUrl}/${user.username}`,
  };
}

export function renderProject(project: ProjectRecord, serverUrl: string) {
  const name = project.path.split('/').pop() ?? project.path;
  return {
    id: project.id,
    name,
    path: name,
    path_with_namespace: project.path,
    name_with_namespace: project.path.split('/').join(' / '),
    default_branch: project.defaultBranch,
    visibility: 'private',
    web_url: `${serverUrl}/${project.path}`,
    http_url_to_repo: `${serverUrl}/${project.path}.git`,
  };
}

export function renderNote(note: NoteRecord, state: GitLabState, serverUrl: string) {
  const noteable =
    note.noteableType === 'MergeRequest'
      ? state.findMergeRequest(note.projectId, note.noteableIid)
      : state.findIssue(note.projectId, note.noteableIid);
  return {
    id: note.id,
    type: null,
    body: note.body,
    attachment: null,
    author: renderUser(note.author, serverUrl),
    created_at: note.createdAt,
    updated_at: note.updatedAt,
    system: note.system,
    noteable_id: noteable?.id ?? null,
    noteable_type: note.noteableType,
    project_id: note.projectId,
    noteable_iid: note.noteableIid,
    resolvable: false,
    confidential: note.internal,
    internal: note.internal,
    imported: false,
    imported_from: 'none',
  };
}

export function renderMergeRequest(mr: MergeRequestRecord, state: GitLabState, serverUrl: string) {
  const project = state.projects.find((p) => p.id === mr.projectId);
  const author = [...state.tokens.values()].find((t) => t.id === mr.authorId);
  return {
    id: mr.id,
    iid: mr.iid,
    project_id: mr.projectId,
    title: mr.title,
    description: mr.description,
    state: mr.state,
    created_at: mr.createdAt,
    updated_at: mr.updatedAt,
    merged_at: mr.state === 'merged' ? mr.updatedAt : null,
    closed_at: mr.state === 'closed' ? mr.updatedAt : null,
    target_branch: mr.targetBranch,
    source_branch: mr.sourceBranch,
    source_project_id: mr.projectId,
    target_project_id: mr.projectId,
    author: author
      ? renderUser(author, serverUrl)
      : { id: mr.authorId, username: 'root', name: 'root' },
    draft: false,
    work_in_progress: false,
    merge_when_pipeline_succeeds: mr.autoMerge,
    merge_status: 'can_be_merged',
    detailed_merge_status: mr.state === 'opened' ? 'mergeable' : 'not_open',
    sha: mr.sha,
    merge_commit_sha: null,
    squash_commit_sha: null,
    squash: mr.squash,
    diff_refs: { base_sha: null, head_sha: mr.sha, start_sha: null },
    references: {
      short: `!${mr.iid}`,
      relative: `!${mr.iid}`,
      full: `${project?.path ?? ''}!${mr.iid}`,
    },
    web_url: `${serverUrl}/${project?.path ?? ''}/-/merge_requests/${mr.iid}`,
  };
}
