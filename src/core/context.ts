/**
 * The CI platform a job runs on (src/platforms/<name>/, registered in src/platforms/index.ts):
 * GitHub Actions, GitLab CI, Bitbucket Pipelines, or `local` for any other CI and a shell.
 */
export type Platform = 'github' | 'gitlab' | 'bitbucket' | 'local';

/**
 * The forge a repository lives on (src/forge/<name>/, registered in src/forge/registry.ts):
 * GitHub or GitHub Enterprise Server, GitLab.com or self-managed GitLab, Bitbucket Cloud.
 * Declared here, beside the context that names it, so core needs nothing from src/forge.
 */
export type ForgeKind = 'github' | 'gitlab' | 'bitbucket';

/**
 * Everything the library needs to know about where it runs, read once from the environment by
 * the platform registry (src/platforms/index.ts). Two separate answers: `platform` is where the
 * job runs (run context, summary, outputs), `forge` where the repository lives (the API).
 */
export interface RunContext {
  platform: Platform;
  /**
   * The repository's forge when the platform or the command line says it (GitHub Actions →
   * github, --driver, the repository's host); undefined when nothing does.
   */
  forge?: ForgeKind;
  /** owner/name on GitHub, the project path (group/sub/name) on GitLab, workspace/slug on Bitbucket. */
  repository: string;
  /** Numeric project id on GitLab (CI_PROJECT_ID), else undefined. */
  projectId?: string;
  sha: string;
  ref?: string;
  /** This run's PR (GitHub) or MR (GitLab) number, when the event is one. */
  pullNumber?: number;
  /** Base branch of this run's PR/MR. */
  baseRef?: string;
  /** Base commit of this run's PR/MR (the PR payload's base sha, CI_MERGE_REQUEST_DIFF_BASE_SHA). */
  baseSha?: string;
  /** Repository default branch when known. */
  defaultBranch?: string;
  workflow?: string;
  runId?: string;
  runAttempt?: string;
  job?: string;
  /** REST API root: GITHUB_API_URL (GHES-aware) or CI_API_V4_URL (self-managed aware). */
  apiUrl: string;
  /** Web root: GITHUB_SERVER_URL or CI_SERVER_URL. */
  serverUrl: string;
  graphqlUrl?: string;
  /** Link to this run, for report footers and truncation notes. */
  runUrl?: string;
  workspace: string;
  /** Event payload (GitHub) when present. */
  event?: Record<string, unknown>;
  eventName?: string;
  /** Where the job summary goes (GITHUB_STEP_SUMMARY), when the platform has one. */
  summaryFile?: string;
}
