/**
 * GitHub API emulator for tests: a plain node:http server on 127.0.0.1 that answers the REST
 * routes our drivers use, checks every request against GitHub's OpenAPI description
 * (@octokit/openapi) and records both requests and violations.
 *
 * Areas add routes with a module in routes/<area>.ts (see types.ts → RouteModule), either in
 * the default list in server.ts or at run time with `emulator.addRoutes(module)`.
 */
import type { GitHubState, Identity, RecordedRequest, RouteModule } from './types';
import { createServer } from './server';

export type {
  CheckRun,
  CommitComment,
  CommitStatus,
  GitCommit,
  GitHubState,
  GitTreeEntry,
  HttpResult,
  Identity,
  IssueComment,
  IssueState,
  RecordedRequest,
  RepoState,
  Route,
  RouteContext,
  RouteModule,
  Runner,
  UserRef,
  WorkflowRun,
} from './types';
export { HttpError } from './types';

export interface FailureResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface GitHubEmulator {
  /** http://127.0.0.1:PORT; use as GITHUB_API_URL / apiUrl. */
  url: string;
  /** url + '/graphql'; use as GITHUB_GRAPHQL_URL. */
  graphqlUrl: string;
  /** Web root used in html_url fields (GITHUB_SERVER_URL): https://github.example. */
  serverUrl: string;
  state: GitHubState;
  requests: RecordedRequest[];
  /** Every request that did not match the OpenAPI description (route, query, body), or no emulated route. */
  violations: string[];
  addToken(token: string, identity: Identity): void;
  /**
   * The next `count` requests that match `match` (all requests when omitted) get `response`
   * instead of being handled (5xx, 403 secondary rate limit with retry-after, 429).
   */
  failNext(
    count: number,
    response: FailureResponse,
    match?: { method?: string; path?: RegExp },
  ): void;
  seedRepo(repo: string, options?: { defaultBranch?: string; private?: boolean }): void;
  /** Adds an issue (issue comments need an existing issue or pull request, as on GitHub). */
  seedIssue(
    repo: string,
    issue: { number: number; title?: string; state?: 'open' | 'closed' },
  ): void;
  seedPull(
    repo: string,
    pull: {
      number: number;
      headRef: string;
      headSha: string;
      baseRef: string;
      baseSha: string;
      state?: 'open' | 'closed';
      /** owner/name of the head repository, for PRs from forks (default: repo). */
      headRepo?: string;
      title?: string;
    },
  ): void;
  /** Adds `count` comments to issue/PR `issueNumber`, oldest first; body(i) defaults to `comment ${i}`. */
  seedComments(
    repo: string,
    issueNumber: number,
    count: number,
    author: { login: string; id: number; type?: 'User' | 'Bot' },
    body?: (i: number) => string,
  ): void;
  /** Adds a workflow run (for rerun/cancel routes). */
  seedWorkflowRun(
    repo: string,
    run: {
      id: number;
      name?: string;
      headSha?: string;
      headBranch?: string;
      status?: string;
      conclusion?: string | null;
    },
  ): void;
  addRoutes(module: RouteModule): void;
  /** Forgets recorded requests and violations (state stays). */
  resetRecords(): void;
  close(): Promise<void>;
}

/**
 * Starts an emulator. `repos` (owner/name) are seeded with a `main` default branch holding one
 * commit. Tokens must be added with addToken before use.
 */
export function startGitHubEmulator(options?: { repos?: string[] }): Promise<GitHubEmulator> {
  return createServer(options ?? {});
}
