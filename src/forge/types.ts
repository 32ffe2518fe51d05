import type { ForgeKind } from '../core/context';

/**
 * The forge driver: what the library asks of GitHub, GitLab or Bitbucket. Each capability has its own
 * interface and its own implementation file per forge (src/forge/<forge>/<capability>.ts);
 * `Forge` is their union, built by src/forge/index.ts.
 */

/** Where a comment goes, in CML's target vocabulary after resolution. */
export type CommentTarget =
  | { kind: 'pr'; number: number }
  | { kind: 'issue'; number: number }
  | { kind: 'commit'; sha: string };

export interface ForgeComment {
  id: number;
  body: string;
  /** Author login (GitHub) or username (GitLab). */
  author: string;
  /** Author id when the forge gives one; identity matching prefers it. */
  authorId?: number;
  url: string;
  createdAt?: string;
}

export interface Identity {
  login: string;
  id?: number;
}

export interface CommentApi {
  /** Who our token writes as (github-actions[bot] for GITHUB_TOKEN, which cannot call GET /user). */
  identity(): Promise<Identity>;
  /** Every comment on the target, newest first, paging lazily so a hit near the top costs one page. */
  listComments(target: CommentTarget): AsyncIterable<ForgeComment>;
  getComment(target: CommentTarget, id: number): Promise<ForgeComment | undefined>;
  createComment(target: CommentTarget, body: string): Promise<ForgeComment>;
  updateComment(target: CommentTarget, id: number, body: string): Promise<ForgeComment>;
  deleteComment(target: CommentTarget, id: number): Promise<void>;
  /** Whether comments on this kind of target can be edited (GitLab commit comments cannot). */
  canEdit(target: CommentTarget): boolean;
  /** Longest comment body the forge accepts, in characters. */
  readonly commentLimit: number;
}

export interface PullRequest {
  number: number;
  url: string;
  headRef: string;
  headSha: string;
  baseRef: string;
  baseSha?: string;
  state: 'open' | 'closed' | 'merged';
  /** GitHub's GraphQL node id (auto-merge needs it), when the forge has one. */
  nodeId?: string;
}

export interface PullApi {
  /** Open PRs/MRs whose head is this commit (CML's `auto` target falls back to these). */
  pullsForCommit(sha: string): Promise<PullRequest[]>;
  getPull(number: number): Promise<PullRequest>;
  findOpenPull(head: string, base?: string): Promise<PullRequest | undefined>;
  createPull(options: {
    head: string;
    base: string;
    title: string;
    body: string;
  }): Promise<PullRequest>;
  /** Turns on auto-merge with the given method (merge, squash, rebase). */
  enableAutoMerge(pull: PullRequest, method: 'merge' | 'squash' | 'rebase'): Promise<void>;
  defaultBranch(): Promise<string>;
}

export interface AssetFile {
  /** Path relative to the workspace, for names and error messages. */
  name: string;
  bytes: Buffer;
  contentType: string;
}

export interface AssetApi {
  /**
   * Publishes files where the forge keeps them and returns a URL per file name, usable in a
   * comment on this forge (GitHub: the cml-assets branch; GitLab: project uploads).
   */
  publishAssets(files: AssetFile[]): Promise<Map<string, string>>;
}

export interface CheckAnnotation {
  path: string;
  line: number;
  level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

export interface CheckApi {
  /** GitHub: a check run with output; GitLab: a commit status carrying the title. */
  createCheck(options: {
    name: string;
    sha: string;
    /** cancelled, skipped and timed_out: accepted by `cml check create --conclusion` as in CML. */
    conclusion: 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out';
    /** Check run status (CML's --status); default completed. */
    status?: 'queued' | 'in_progress' | 'completed';
    title: string;
    summary: string;
    text?: string;
    annotations?: CheckAnnotation[];
    detailsUrl?: string;
  }): Promise<{ id: number; url?: string }>;
  setCommitStatus(options: {
    sha: string;
    state: 'pending' | 'success' | 'failure' | 'error';
    context: string;
    description: string;
    targetUrl?: string;
  }): Promise<void>;
}

export interface RunnerRegistration {
  /** The runner's forge-side id, for deletion at teardown (GitLab, GitHub JIT). */
  id?: number;
  /** Registration material to hand to the instance: JIT config, registration or glrt- token. */
  secret: string;
  kind: 'github-jit' | 'github-registration-token' | 'gitlab-runner-token';
}

export interface ForgeRunner {
  id: number;
  name: string;
  status: 'online' | 'offline' | string;
  busy?: boolean;
  labels: string[];
}

/**
 * Where a runner registers. GitHub: the run's repository, or an organisation (`owner` = its
 * login). GitLab: the project (default), a group (`owner` = group id) or the instance.
 */
export interface RunnerScope {
  level: 'repository' | 'organization' | 'project' | 'group' | 'instance';
  owner?: string;
}

/** What a line of a runner's output says about its jobs (cml runner launch on this machine). */
export type RunnerEvent =
  | { kind: 'ready' }
  | { kind: 'job-started'; job?: string }
  | { kind: 'job-ended'; success: boolean };

export interface RunnerApi {
  registerRunner(options: {
    name: string;
    labels: string[];
    ephemeral: boolean;
    reuse?: boolean;
    scope?: RunnerScope;
    /** GitHub runner group for JIT runners (1 is the default group). */
    runnerGroupId?: number;
    /** GitLab: take jobs without tags. */
    runUntagged?: boolean;
    /** GitLab: lock the runner to its project. */
    locked?: boolean;
  }): Promise<RunnerRegistration>;
  findRunners(name: string, scope?: RunnerScope): Promise<ForgeRunner[]>;
  /** Every runner of the scope (CML's --reuse looks for online runners with the same labels). */
  listRunners(scope?: RunnerScope): Promise<ForgeRunner[]>;
  /** One runner by its forge id, undefined when it no longer exists. */
  getRunner(id: number, scope?: RunnerScope): Promise<ForgeRunner | undefined>;
  deleteRunner(id: number, scope?: RunnerScope): Promise<void>;
  /**
   * GitLab: retries the failed and cancelled jobs of a pipeline that may still be running (a
   * later job of the same pipeline can call it), without cancelling anything.
   */
  retryFailedJobs?(pipelineId: string): Promise<void>;
}

export interface WorkflowApi {
  /** Re-runs a workflow run (GitHub) or retries a pipeline (GitLab). */
  rerun(runId: string): Promise<void>;
  /** The workflow run (GitHub) or pipeline (GitLab) a job belongs to, as CML's `jobId`. */
  runOfJob?(jobId: string): Promise<string>;
}

export interface Forge extends CommentApi, PullApi, AssetApi, CheckApi, RunnerApi, WorkflowApi {
  /** Which forge this is; capabilities are asked of src/forge/registry.ts with it. */
  readonly kind: ForgeKind;
  /** Web URL of a commit, for links in reports. */
  commitUrl(sha: string): string;
}
