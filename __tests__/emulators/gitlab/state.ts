// The GitLab emulator's data: plain arrays and maps that tests may read (and seed) directly.

export interface UserRecord {
  id: number;
  username: string;
  name: string;
}

export interface TokenRecord extends UserRecord {
  scopes: string[];
  readOnly: boolean;
}

export interface ProjectRecord {
  id: number;
  /** Full path, e.g. group/sub/name. */
  path: string;
  defaultBranch: string;
}

export interface MergeRequestRecord {
  id: number;
  projectId: number;
  iid: number;
  title: string;
  description: string;
  sourceBranch: string;
  targetBranch: string;
  sha: string;
  state: 'opened' | 'closed' | 'merged';
  /** Set by PUT …/merge with merge_when_pipeline_succeeds / auto_merge. */
  autoMerge: boolean;
  squash: boolean;
  authorId: number;
  createdAt: string;
  updatedAt: string;
}

export interface IssueRecord {
  id: number;
  projectId: number;
  iid: number;
  title: string;
  createdAt: string;
}

export interface NoteRecord {
  id: number;
  projectId: number;
  noteableType: 'MergeRequest' | 'Issue';
  noteableIid: number;
  body: string;
  author: UserRecord;
  system: boolean;
  internal: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface CommitCommentRecord {
  projectId: number;
  sha: string;
  note: string;
  author: UserRecord;
  path: string | null;
  line: number | null;
  lineType: 'new' | 'old' | null;
  createdAt: string;
}

export interface UploadRecord {
  id: number;
  projectId: number;
  secret: string;
  filename: string;
  bytes: Buffer;
  contentType: string;
}

export interface StatusRecord {
  id: number;
  projectId: number;
  sha: string;
  ref: string | null;
  state: string;
  name: string;
  description: string | null;
  targetUrl: string | null;
  pipelineId: number | null;
  coverage: number | null;
  authorId: number;
  createdAt: string;
}

export interface RunnerRecord {
  id: number;
  token: string;
  tokenExpiresAt: string | null;
  runnerType: 'instance_type' | 'group_type' | 'project_type';
  projectIds: number[];
  groupId: number | null;
  description: string;
  tagList: string[];
  runUntagged: boolean;
  locked: boolean;
  paused: boolean;
  accessLevel: 'not_protected' | 'ref_protected';
  maximumTimeout: number | null;
  status: 'online' | 'offline' | 'stale' | 'never_contacted';
  ownerId: number;
  createdAt: string;
}

export interface PipelineRecord {
  id: number;
  iid: number;
  projectId: number;
  sha: string;
  ref: string;
  status: string;
  /** How many times it was retried through the API. */
  retries: number;
  createdAt: string;
}

/** Everything the emulator holds. Ids come from one counter so they never collide across kinds. */
export class GitLabState {
  readonly tokens = new Map<string, TokenRecord>();
  readonly projects: ProjectRecord[] = [];
  readonly mergeRequests: MergeRequestRecord[] = [];
  readonly issues: IssueRecord[] = [];
  readonly notes: NoteRecord[] = [];
  readonly commitComments: CommitCommentRecord[] = [];
  readonly uploads: UploadRecord[] = [];
  readonly statuses: StatusRecord[] = [];
  readonly runners: RunnerRecord[] = [];
  readonly pipelines: PipelineRecord[] = [];
  /** Branch tips by `${projectId}:${branch}`, for merge requests created through the API. */
  readonly branchHeads = new Map<string, string>();

  private lastId = 1000;
  /** A fake clock: every call is one second later, so ordering by created_at is deterministic. */
  private clock = Date.parse('2026-01-01T00:00:00.000Z');

  nextId(): number {
    return ++this.lastId;
  }

  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  /** A project by numeric id or (URL-decoded) full path. */
  findProject(idOrPath: string): ProjectRecord | undefined {
    if (/^\d+$/.test(idOrPath)) return this.projects.find((p) => p.id === Number(idOrPath));
    return this.projects.find((p) => p.path === idOrPath);
  }

  findMergeRequest(projectId: number, iid: number): MergeRequestRecord | undefined {
    return this.mergeRequests.find((m) => m.projectId === projectId && m.iid === iid);
  }

  findIssue(projectId: number, iid: number): IssueRecord | undefined {
    return this.issues.find((i) => i.projectId === projectId && i.iid === iid);
  }

  nextMergeRequestIid(projectId: number): number {
    return (
      Math.max(
        0,
        ...this.mergeRequests.filter((m) => m.projectId === projectId).map((m) => m.iid),
      ) + 1
    );
  }
}
