// Everything the Bitbucket emulator holds; tests may read or change it directly.

export interface BitbucketUser {
  uuid: string;
  /** Atlassian account id; access tokens (repository/workspace) have none. */
  account_id?: string;
  display_name: string;
  nickname?: string;
}

export interface Credential {
  user: BitbucketUser;
  /** OAuth scopes the token or app password was created with. */
  scopes: string[];
  kind: 'access-token' | 'app-password';
}

export interface PullRecord {
  id: number;
  title: string;
  description: string;
  state: 'OPEN' | 'MERGED' | 'DECLINED' | 'SUPERSEDED';
  source: { branch: string; commit: string };
  destination: { branch: string; commit: string };
  author: BitbucketUser;
  createdOn: string;
}

export interface CommentRecord {
  id: number;
  /** pr:<id>, commit:<sha>, issue:<id> */
  on: string;
  raw: string;
  user: BitbucketUser;
  createdOn: string;
  updatedOn: string;
  deleted: boolean;
}

export interface ReportRecord {
  body: Record<string, unknown>;
  annotations: Map<string, Record<string, unknown>>;
  createdOn: string;
}

export interface RepoRecord {
  workspace: string;
  slug: string;
  uuid: string;
  mainbranch: string;
  isPrivate: boolean;
  /** branch → head commit */
  branches: Map<string, string>;
  commits: Set<string>;
  issues: Set<number>;
  pulls: Map<number, PullRecord>;
  nextPullId: number;
  /** Whether the Pull Request Commit Links app has indexed this repository. */
  commitLinksIndexed: boolean;
  comments: CommentRecord[];
  /** `${sha}/${reportId}` */
  reports: Map<string, ReportRecord>;
  /** `${sha}/${key}` */
  statuses: Map<string, Record<string, unknown>>;
  downloads: Map<string, { bytes: Buffer; contentType: string; uploadedBy: BitbucketUser }>;
}

export class BitbucketState {
  readonly repos = new Map<string, RepoRecord>();
  private clock = Date.parse('2026-01-01T00:00:00Z');
  /** Comment ids are global in Bitbucket, increasing with time. */
  nextCommentId = 1000;

  /** A strictly increasing timestamp, so ordering by created_on is deterministic. */
  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  repo(workspace: string, slug: string): RepoRecord | undefined {
    return this.repos.get(`${workspace}/${slug}`.toLowerCase());
  }

  addRepo(options: {
    workspace: string;
    slug: string;
    mainbranch?: string;
    isPrivate?: boolean;
    commitLinksIndexed?: boolean;
  }): RepoRecord {
    const repo: RepoRecord = {
      workspace: options.workspace,
      slug: options.slug,
      uuid: `{${crypto.randomUUID()}}`,
      mainbranch: options.mainbranch ?? 'main',
      isPrivate: options.isPrivate ?? true,
      branches: new Map(),
      commits: new Set(),
      issues: new Set(),
      pulls: new Map(),
      nextPullId: 1,
      commitLinksIndexed: options.commitLinksIndexed ?? true,
      comments: [],
      reports: new Map(),
      statuses: new Map(),
      downloads: new Map(),
    };
    this.repos.set(`${options.workspace}/${options.slug}`.toLowerCase(), repo);
    return repo;
  }
}
