import type { ForgeKind, RunContext } from '../core/context';
import type { Logger } from '../core/logger';
import type { Fetch, PinRequest, ReleaseSources, RunnerPin } from './runner-release';
import type { Forge, RunnerEvent, RunnerScope } from './types';

/** What a write needs from the token, for the hint a refusal carries. */
export type WriteKind = 'comment' | 'assets';

/**
 * What a forge that cml provisions runners on brings from its folder
 * (src/forge/<name>/runner-support.ts): src/runners asks these, never the forge's name.
 */
export interface RunnerSupport {
  /** The runner software the forge registers. */
  readonly software: 'actions-runner' | 'gitlab-runner';
  /** The runner's project name in messages ("actions/runner"). */
  readonly packageName: string;
  /**
   * Its part of the runner's start-up script (src/forge/<name>/startup.ts): bash defining the
   * functions src/runners/startup-template.ts lists at `#@FORGE_PART@#`.
   */
  readonly startup: string;
  /** Looks the runner release up (version, download URL, sha256 per architecture). */
  release(request: PinRequest, sources: ReleaseSources, fetchImpl: Fetch): Promise<RunnerPin>;
  /** Where releases are read, given the forge's own API root (default: the sources as given). */
  releaseSources?(sources: ReleaseSources, forgeApiUrl: string): ReleaseSources;
  /** Refuses (or warns about) a resolved release the forge will not accept. */
  checkPin?(pin: RunnerPin, sources: ReleaseSources, logger: Logger): void;
  /** Refuses a runner-scope (and runner-scope-id) the forge has no runners for, naming the input. */
  checkScope(scope: RunnerScope): void;
  /** The word the runner's download URL uses for an architecture (bash: runner_package_arch). */
  packageArch(arch: 'x64' | 'arm64'): string;
  /**
   * The runner on this machine (`cml runner launch` without --cloud): the program to run in the
   * installed package, and whether the download is a tarball or the program itself.
   */
  readonly localPackage: { readonly program: string; readonly unpack: 'tar' | 'binary' };
  /** What a line of the runner's output says about its jobs. */
  runnerEvent(line: string): RunnerEvent | undefined;
}

/**
 * One forge as the rest of the library sees it: what it can do and how to reach it. Each forge
 * folder exports one (src/forge/<name>/descriptor.ts) and src/forge/registry.ts lists them; code
 * outside src/forge asks these fields, never `kind === 'github'`. Descriptors import no SDK:
 * `load` brings the driver in only when a command talks to the forge.
 */
export interface ForgeDescriptor {
  readonly kind: ForgeKind;
  /** The forge's name in messages ("GitHub"). */
  readonly title: string;
  /** Host names that are this forge's public service, for inferring the forge from a URL. */
  readonly publicHosts: readonly string[];
  /** Web root of the public service. */
  readonly publicWebUrl: string;
  /** REST root of the public service. */
  readonly publicApiUrl: string;
  /**
   * REST root of a self-hosted instance at `serverUrl` (GHES `/api/v3`, GitLab `/api/v4`), or
   * undefined when the forge has no self-hosted edition this driver speaks to.
   */
  selfHostedApiUrl?(serverUrl: string): string;
  /** Variables whose value, when set, is the REST root of the public service (proxies, tests). */
  readonly apiUrlVariables: readonly string[];
  /** Variables whose value, when set, is the web root of a slug's server (GITHUB_SERVER_URL). */
  readonly webUrlVariables: readonly string[];
  /** The forge's own token variables, read after --token, REPO_TOKEN and repo_token. */
  readonly tokenVariables: readonly string[];
  /** The one-line message when no token is found. */
  readonly missingToken: string;
  /** What the forge calls a pull request, lower case ("merge request"). */
  readonly pullNoun: string;
  /** How a check is published: check run, commit status, or Code Insights report. */
  readonly checksKind: 'check-run' | 'commit-status' | 'code-insights';
  /**
   * The self-hosted runners cml provisions on this forge (runner-provision), or undefined when
   * it provisions none there (src/forge/registry.ts refuses them).
   */
  readonly runners?: RunnerSupport;
  /** Whether `projectId` may be the repository path (GitLab's URL-encoded project id). */
  readonly projectIdIsPath: boolean;
  /** User name and password a token is sent as in an HTTPS git remote. */
  gitCredentials(token: string): { username: string; password: string };
  /** What the user must grant so a refused write succeeds, in the forge's own words. */
  permissionHint(kind: WriteKind, target?: 'pr' | 'issue' | 'commit'): string;
  /** The driver, loaded on first use. */
  load(): Promise<(context: RunContext, token: string, logger: Logger) => Forge>;
}
