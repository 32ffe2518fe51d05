import type { PinRequest, ReleaseSources, RunnerPin } from '../versions';

/** What a line of the runner's output says about its jobs. */
export type RunnerEvent =
  | { kind: 'ready' }
  | { kind: 'job-started'; job?: string }
  | { kind: 'job-ended'; success: boolean };

/**
 * One self-hosted runner program (actions/runner, gitlab-runner): how its releases are pinned,
 * installed and read. A forge's descriptor names its program (`runners`); the runner code asks
 * the program, never compares forge names. The program's start-up bash is the forge's part of
 * the start-up script.
 */
export interface RunnerProgram {
  /** The program's name in messages ("actions/runner"). */
  readonly title: string;
  /** The forge's name for its runners in messages ("GitHub"). */
  readonly forgeTitle: string;
  /** The runner-scope values the forge has, and how a message lists them. */
  readonly scopes: readonly string[];
  readonly scopesText: string;
  /** Scopes that need runner-scope-id (the owner's numeric id). */
  readonly scopesNeedingId: readonly string[];
  /** The oldest version the public service lets register, when it enforces one. */
  readonly minimumVersion?: string;
  /** Whether its releases are read from the forge's own API (with the forge's token). */
  readonly releasesFromForgeApi: boolean;
  /** The release to install: its version, download URL and sha256 per architecture. */
  resolvePin(
    request: PinRequest,
    sources: ReleaseSources,
    fetchImpl: typeof fetch,
  ): Promise<RunnerPin>;
  /** The architecture word in download URLs. */
  archWord(arch: 'x64' | 'arm64'): string;
  /** What the download is: a tarball to unpack, or the program itself. */
  readonly download: 'tarball' | 'binary';
  /** The program to run, relative to the install folder. */
  readonly programFile: string;
  /** What a line of the program's log says (ready, job started, job ended), if anything. */
  event(line: string): RunnerEvent | undefined;
}
