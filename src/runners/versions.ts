import { ConfigurationError, errorMessage } from '../core/errors';

/**
 * The forge runner each instance installs, resolved here, in the action, before anything is
 * launched: the machine gets one version and its sha256 per architecture, and refuses a download
 * whose hash differs.
 *
 * - GitHub (actions/runner): the newest release (`GET /repos/actions/runner/releases/latest`),
 *   or the `runner-version` pinned (`GET …/releases/tags/v<version>`). The hashes come from the
 *   release notes, which carry one per package between `<!-- BEGIN SHA linux-x64 -->` and
 *   `<!-- END SHA linux-x64 -->` (actions/runner releaseNote.md, filled in by its release
 *   workflow). GitHub refuses to register runners older than 2.329.0 and stops sending jobs to
 *   runners more than 30 days behind the newest release, so the default is never a fixed pin.
 * - GitLab (gitlab-runner): the newest release (`GET /projects/gitlab-org%2Fgitlab-runner/
 *   releases/permalink/latest` on gitlab.com), or the one pinned. The hashes come from the
 *   `release.sha256` file GitLab publishes next to the binaries
 *   (`https://gitlab-runner-downloads.s3.amazonaws.com/v<version>/release.sha256`, lines
 *   `<sha256> [*]binaries/gitlab-runner-linux-amd64`; the bucket layout of gitlab-runner's
 *   `.gitlab/ci/postrelease.gitlab-ci.yml` and docs/install/bleeding-edge.md).
 *
 * `runner-sha256` with `runner-version` skips the lookup (the hash is for the architecture the
 * machine types run). Each lookup is made once per process (one start launches every runner
 * from one resolution).
 */
export interface RunnerPin {
  version: string;
  /** Download URL with @ARCH@ for the architecture word (x64/arm64; GitLab's amd64/arm64). */
  url: string;
  /** Expected sha256 per architecture; empty when this release has no package for it. */
  sha256: { x64: string; arm64: string };
}

/** Where releases are looked up (overridable for tests and mirrors). */
export interface ReleaseSources {
  /** API root holding actions/runner (default https://api.github.com). */
  githubApi?: string;
  /** Asked when githubApi has no actions/runner (a GitHub Enterprise Server): api.github.com. */
  githubFallback?: string;
  /** Token for githubApi (the forge's, when it is the same host): unauthenticated calls are limited to 60 an hour. */
  githubToken?: string;
  /** GitLab API root holding gitlab-org/gitlab-runner (https://gitlab.com/api/v4). */
  gitlabApi: string;
  /** The bucket GitLab publishes runner binaries to. */
  gitlabDownloads: string;
  /** Where actions/runner packages are downloaded (default: its GitHub release downloads). */
  githubDownloads?: string;
}

export const DEFAULT_RELEASE_SOURCES = {
  githubApi: 'https://api.github.com',
  gitlabApi: 'https://gitlab.com/api/v4',
  gitlabDownloads: 'https://gitlab-runner-downloads.s3.amazonaws.com',
} as const;

export interface PinRequest {
  version?: string;
  sha256?: string;
  /** The architecture the machine types run, for a runner-sha256 given alone. */
  arch?: 'x64' | 'arm64';
}

export type Fetch = typeof fetch;
/** `2.330.0` or `v2.330.0` → `2.330.0`; anything else is refused, naming the input. */
export function normaliseVersion(value: string): string {
  const m = /^v?(\d+\.\d+\.\d+)$/.exec(value.trim());
  if (!m) {
    throw new ConfigurationError(
      `Input 'runner-version': '${value}' is not a version; give major.minor.patch (e.g. 2.330.0, or 18.3.0 for GitLab), or leave it unset for the newest release.`,
      { input: 'runner-version' },
    );
  }
  return m[1]!;
}

export function checkSha256(value: string): string {
  const sha = value.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(sha)) {
    throw new ConfigurationError(
      `Input 'runner-sha256': '${value}' is not a sha256; give the 64 hexadecimal digits of the runner download's sha256.`,
      { input: 'runner-sha256' },
    );
  }
  return sha;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

export async function getJson(
  fetchImpl: Fetch,
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new Error(`Could not reach ${url}: ${errorMessage(error)}`);
  }
  const text = await response.text();
  if (!response.ok) return { status: response.status, body: text };
  try {
    return { status: response.status, body: JSON.parse(text) as unknown };
  } catch {
    throw new Error(`${url} answered something that is not JSON.`);
  }
}

export async function getText(
  fetchImpl: Fetch,
  url: string,
): Promise<{ status: number; text: string }> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new Error(`Could not reach ${url}: ${errorMessage(error)}`);
  }
  return { status: response.status, text: await response.text() };
}

export const PIN_HINT =
  'pin one with runner-version and runner-sha256 to launch without looking it up';
