import type { ForgeKind, Platform, RunContext } from '../core/context';

/**
 * One CI platform: how to tell a job runs there and what its environment says about the run.
 * Each lives in src/platforms/<name>/ and is listed in src/platforms/index.ts; the forge its
 * repositories live on is a separate answer (`forge`), asked of src/forge/registry.ts.
 */
export interface CiPlatform {
  readonly name: Platform;
  /** The platform's name in messages ("Bitbucket Pipelines"). */
  readonly title: string;
  /** Whether this process is a job of the platform, from the marker variable it always sets. */
  detect(env: NodeJS.ProcessEnv): boolean;
  /** The run context from the platform's variables. */
  context(env: NodeJS.ProcessEnv): RunContext;
  /** Prefixes of the variables the platform sets (tests clear them; docs list them). */
  readonly variablePrefixes: readonly string[];
  /** The checkout folder variable, when the platform has one (reads stay inside it). */
  readonly workspaceVariable?: string;
  /** Where the context's base commit and base branch come from, named in the log. */
  readonly baseSources?: { sha?: string; ref?: string };
  /** The file step outputs are appended to, when the platform has one (GitHub's GITHUB_OUTPUT). */
  stepOutputFile?(env: NodeJS.ProcessEnv): string | undefined;
  /**
   * Whether jobs hand values on through a dotenv report (GitLab's `artifacts: reports: dotenv`),
   * so capabilities write one by default, without being asked.
   */
  readonly dotenvReports?: boolean;
  /**
   * How a job of this platform hands its step a token, when that is the platform's own way (an
   * action input); else the forge's hint is used.
   */
  readonly missingTokenHint?: string;
  /** The forge the platform's repositories live on, when there is only one. */
  readonly forge?: ForgeKind;
  /**
   * Where a reader of a truncated comment finds the whole report (`summaryWritten`: the job
   * summary holds it), as Markdown; undefined to use the generic wording.
   */
  fullReportLink?(
    context: RunContext,
    reportPath: string,
    summaryWritten: boolean,
  ): string | undefined;
}
