/**
 * Shared types of the GitHub API emulator: its in-memory state, recorded requests and the shape
 * of a route module. Route files (routes/<area>.ts) import from here only.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface Identity {
  login: string;
  id: number;
  type: 'User' | 'Bot';
  /** Installation token (GITHUB_TOKEN-like): GET /user answers 403. */
  installation?: boolean;
  /** Read-only token (fork PRs): every write answers 403 "Resource not accessible by integration". */
  readOnly?: boolean;
  /** No `contents: write` (e.g. only `pull-requests: write`): Git database writes answer 403. */
  noContentsWrite?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. /repos/o/r/issues/1/comments. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  /** The bearer token sent, or undefined. */
  token?: string;
  /** The OpenAPI path template the request matched, when it matched one. */
  template?: string;
}

export interface UserRef {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface IssueComment {
  id: number;
  issueNumber: number;
  body: string;
  user: UserRef;
  createdAt: string;
  updatedAt: string;
}

export interface CommitComment {
  id: number;
  commitId: string;
  body: string;
  path?: string;
  position?: number;
  line?: number;
  user: UserRef;
  createdAt: string;
  updatedAt: string;
}

/** An issue or a pull request: they share one number space, as on GitHub. */
export interface IssueState {
  number: number;
  id: number;
  nodeId: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  user: UserRef;
  createdAt: string;
  pull?: {
    headRef: string;
    headSha: string;
    /** owner/name of the head repository (a fork when it differs from the base). */
    headRepo: string;
    baseRef: string;
    baseSha: string;
    merged: boolean;
    draft: boolean;
    autoMerge?: { mergeMethod: 'MERGE' | 'SQUASH' | 'REBASE'; enabledBy: UserRef };
  };
}

export interface GitTreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface GitCommit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
}

export interface GitData {
  blobs: Map<string, Buffer>;
  trees: Map<string, GitTreeEntry[]>;
  commits: Map<string, GitCommit>;
  /** Full ref name without the leading refs/ (heads/main, tags/v1) → commit sha. */
  refs: Map<string, string>;
}

export interface CheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  detailsUrl?: string;
  externalId?: string;
  startedAt?: string;
  completedAt?: string;
  output?: {
    title?: string;
    summary?: string;
    text?: string;
    annotations: unknown[];
    images?: unknown[];
  };
  actions?: unknown[];
}

export interface CommitStatus {
  id: number;
  sha: string;
  state: string;
  context: string;
  description?: string;
  targetUrl?: string;
  creator: UserRef;
  createdAt: string;
}

export interface Runner {
  id: number;
  name: string;
  os: string;
  status: 'online' | 'offline';
  busy: boolean;
  ephemeral: boolean;
  labels: string[];
  runnerGroupId: number;
  /** Set by generate-jitconfig; the secret given back. */
  jitConfig?: string;
}

export interface WorkflowRun {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  headSha: string;
  headBranch: string;
  runAttempt: number;
  /** Calls made on it, in order: 'rerun', 'rerun-failed-jobs', 'cancel'. */
  actions: string[];
}

export interface RepoState {
  /** owner/name */
  fullName: string;
  owner: string;
  name: string;
  id: number;
  nodeId: string;
  defaultBranch: string;
  private: boolean;
  issues: Map<number, IssueState>;
  comments: IssueComment[];
  commitComments: CommitComment[];
  git: GitData;
  checkRuns: CheckRun[];
  statuses: CommitStatus[];
  runners: Runner[];
  registrationTokens: string[];
  workflowRuns: Map<number, WorkflowRun>;
}

export interface GitHubState {
  repos: Map<string, RepoState>;
  /** Ids come from one counter, so every object id is unique across kinds. */
  nextId(): number;
  /** Monotonic clock for created_at/updated_at (one second per write, so order is strict). */
  now(): string;
  /** The repository or a 404 HttpError. */
  repo(owner: string, name: string): RepoState;
}

export interface HttpResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What a route handler receives. */
export interface RouteContext {
  method: string;
  /** Request path without the query string. */
  path: string;
  /** Path parameters from the OpenAPI template ({owner}, {repo}, …), URL-decoded. */
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  headers: IncomingHttpHeaders;
  identity: Identity;
  state: GitHubState;
  /** http://127.0.0.1:PORT, for url fields. */
  baseUrl: string;
  /** https://github.com-like web root used for html_url fields. */
  webUrl: string;
  /** Records a violation for what the OpenAPI check cannot see (e.g. an unsupported GraphQL query). */
  violation(message: string): void;
  /** Pages a list exactly as GitHub does (per_page, page, Link header). */
  paginate<T>(items: T[], render: (item: T) => unknown): HttpResult;
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The OpenAPI path template, exactly as in @octokit/openapi (e.g. /repos/{owner}/{repo}/pulls/{pull_number}). */
  path: string;
  handler(ctx: RouteContext): HttpResult | Promise<HttpResult>;
}

export interface RouteModule {
  name: string;
  routes: Route[];
}

/** Thrown by handlers for GitHub-style error answers. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
