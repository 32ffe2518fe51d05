import { ConfigurationError, errorMessage } from '../core/errors';

/**
 * What every forge's runner release lookup shares (src/forge/<forge>/runner-release.ts does the
 * forge's own): the resolved pin, the request, where releases are read, and strict parsing of
 * runner-version and runner-sha256. src/runners/versions.ts caches one resolution per process.
 */
export interface RunnerPin {
  version: string;
  /** Download URL with @ARCH@ for the architecture word (x64/arm64; GitLab's amd64/arm64). */
  url: string;
  /** Expected sha256 per architecture; empty when this release has no package for it. */
  sha256: { x64: string; arm64: string };
}

/**
 * Where releases are looked up (overridable for tests and mirrors; CML_RUNNER_*_RELEASES_API and
 * CML_RUNNER_*_DOWNLOADS, read by src/runners/resolve-pin.ts). Each forge reads its own fields.
 */
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

/** A pin given whole (runner-version with runner-sha256): nothing to look up. */
export function givenPin(
  version: string,
  sha256: string,
  arch: PinRequest['arch'],
  url: string,
): RunnerPin {
  const sha = checkSha256(sha256);
  return {
    version,
    url,
    sha256: arch === 'arm64' ? { x64: '', arm64: sha } : { x64: sha, arm64: '' },
  };
}
