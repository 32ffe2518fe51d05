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

/** The oldest actions/runner github.com lets register (FIELD-NOTES; actions/runner#4305). */
export const GITHUB_MINIMUM_RUNNER = '2.329.0';

export interface PinRequest {
  version?: string;
  sha256?: string;
  /** The architecture the machine types run, for a runner-sha256 given alone. */
  arch?: 'x64' | 'arm64';
}

type Fetch = typeof fetch;
const cache = new Map<string, Promise<RunnerPin>>();

/** Forgets cached resolutions (tests). */
export function clearRunnerPinCache(): void {
  cache.clear();
}

export function resolveRunnerPin(
  forge: 'github' | 'gitlab',
  request: PinRequest,
  sources: ReleaseSources = DEFAULT_RELEASE_SOURCES,
  fetchImpl: Fetch = fetch,
): Promise<RunnerPin> {
  const key = JSON.stringify([
    forge,
    request,
    sources.githubApi,
    sources.gitlabApi,
    sources.gitlabDownloads,
    sources.githubDownloads,
  ]);
  let pending = cache.get(key);
  if (!pending) {
    pending =
      forge === 'github'
        ? githubPin(request, sources, fetchImpl)
        : gitlabPin(request, sources, fetchImpl);
    // A failed lookup is not cached: the next start asks again.
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

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

export const GITHUB_RUNNER_DOWNLOADS = 'https://github.com/actions/runner/releases/download';

export function githubRunnerUrl(
  version: string,
  downloads: string = GITHUB_RUNNER_DOWNLOADS,
): string {
  return `${downloads.replace(/\/+$/, '')}/v${version}/actions-runner-linux-@ARCH@-${version}.tar.gz`;
}

export function gitlabRunnerUrl(
  version: string,
  downloads: string = DEFAULT_RELEASE_SOURCES.gitlabDownloads,
): string {
  return `${downloads.replace(/\/+$/, '')}/v${version}/binaries/gitlab-runner-linux-@ARCH@`;
}

/** The sha256 a release body carries between `<!-- BEGIN SHA <platform> -->` markers. */
export function shaFromReleaseNotes(body: string, platform: string): string | undefined {
  const escaped = platform.replace(/[^\w-]/g, '');
  const m = new RegExp(
    `<!-- BEGIN SHA ${escaped} -->\\s*([0-9a-fA-F]{64})\\s*<!-- END SHA ${escaped} -->`,
  ).exec(body);
  return m?.[1]?.toLowerCase();
}

/** The sha256 of `binaries/<name>` in a release.sha256 file (sha256sum output, text or binary mode). */
export function shaFromChecksumList(list: string, name: string): string | undefined {
  for (const line of list.split('\n')) {
    const m = /^([0-9a-fA-F]{64})\s+\*?(?:\.\/)?(\S+)\s*$/.exec(line.trim());
    if (m && (m[2] === `binaries/${name}` || m[2] === name)) return m[1]!.toLowerCase();
  }
  return undefined;
}

async function getJson(
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

async function getText(fetchImpl: Fetch, url: string): Promise<{ status: number; text: string }> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new Error(`Could not reach ${url}: ${errorMessage(error)}`);
  }
  return { status: response.status, text: await response.text() };
}

const PIN_HINT = 'pin one with runner-version and runner-sha256 to launch without looking it up';

async function githubPin(
  request: PinRequest,
  sources: ReleaseSources,
  fetchImpl: Fetch,
): Promise<RunnerPin> {
  const pinned = request.version ? normaliseVersion(request.version) : undefined;
  if (pinned && request.sha256) {
    const sha = checkSha256(request.sha256);
    return {
      version: pinned,
      url: githubRunnerUrl(pinned, sources.githubDownloads),
      sha256: request.arch === 'arm64' ? { x64: '', arm64: sha } : { x64: sha, arm64: '' },
    };
  }
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'cml-runner-provision',
  };
  const path = pinned ? `releases/tags/v${pinned}` : 'releases/latest';
  const api = (sources.githubApi ?? DEFAULT_RELEASE_SOURCES.githubApi).replace(/\/+$/, '');
  let url = `${api}/repos/actions/runner/${path}`;
  if (sources.githubToken) headers.authorization = `Bearer ${sources.githubToken}`;
  let { status, body } = await getJson(fetchImpl, url, headers);
  if (status === 404 && sources.githubFallback) {
    // A GitHub Enterprise Server holds no actions/runner: ask github.com (without its token).
    url = `${sources.githubFallback.replace(/\/+$/, '')}/repos/actions/runner/${path}`;
    delete headers.authorization;
    ({ status, body } = await getJson(fetchImpl, url, headers));
  }
  if (status === 404 && pinned) {
    throw new ConfigurationError(
      `Input 'runner-version': actions/runner has no release v${pinned}; give an existing version (https://github.com/actions/runner/releases), or leave it unset for the newest.`,
      { input: 'runner-version' },
    );
  }
  if (status !== 200) {
    throw new Error(
      `Could not read the ${pinned ? `v${pinned}` : 'newest'} actions/runner release (${url} answered ${status}); ${PIN_HINT}.`,
    );
  }
  const release = body as {
    tag_name?: string;
    body?: string | null;
  };
  const version = pinned ?? normaliseVersion(release.tag_name ?? '');
  const notes = release.body ?? '';
  const x64 = shaFromReleaseNotes(notes, 'linux-x64') ?? '';
  const arm64 = shaFromReleaseNotes(notes, 'linux-arm64') ?? '';
  if (!x64 && !arm64) {
    throw new ConfigurationError(
      `The notes of actions/runner v${version} carry no sha256 for linux-x64 or linux-arm64 (between <!-- BEGIN SHA linux-x64 --> markers); give runner-sha256 with runner-version.`,
      { input: 'runner-sha256' },
    );
  }
  return {
    version,
    url: githubRunnerUrl(version, sources.githubDownloads),
    sha256: { x64, arm64 },
  };
}

async function gitlabPin(
  request: PinRequest,
  sources: ReleaseSources,
  fetchImpl: Fetch,
): Promise<RunnerPin> {
  const downloads = sources.gitlabDownloads.replace(/\/+$/, '');
  let version = request.version ? normaliseVersion(request.version) : undefined;
  if (version && request.sha256) {
    const sha = checkSha256(request.sha256);
    return {
      version,
      url: gitlabRunnerUrl(version, downloads),
      sha256: request.arch === 'arm64' ? { x64: '', arm64: sha } : { x64: sha, arm64: '' },
    };
  }
  if (!version) {
    const url = `${sources.gitlabApi.replace(/\/+$/, '')}/projects/gitlab-org%2Fgitlab-runner/releases/permalink/latest`;
    const { status, body } = await getJson(fetchImpl, url, {
      'user-agent': 'cml-runner-provision',
    });
    if (status !== 200) {
      throw new Error(
        `Could not read the newest gitlab-runner release (${url} answered ${status}); ${PIN_HINT}.`,
      );
    }
    version = normaliseVersion((body as { tag_name?: string }).tag_name ?? '');
  }
  const listUrl = `${downloads}/v${version}/release.sha256`;
  const { status, text } = await getText(fetchImpl, listUrl);
  if ((status === 404 || status === 403) && request.version) {
    // S3 answers 403 AccessDenied, not 404, for a key that does not exist in a bucket one cannot list.
    throw new ConfigurationError(
      `Input 'runner-version': gitlab-runner v${version} has no release.sha256 at ${listUrl}; give an existing version (https://gitlab.com/gitlab-org/gitlab-runner/-/releases), or runner-sha256 with it.`,
      { input: 'runner-version' },
    );
  }
  if (status !== 200) {
    throw new Error(`Could not read ${listUrl} (HTTP ${status}); ${PIN_HINT}.`);
  }
  const x64 = shaFromChecksumList(text, 'gitlab-runner-linux-amd64') ?? '';
  const arm64 = shaFromChecksumList(text, 'gitlab-runner-linux-arm64') ?? '';
  if (!x64 && !arm64) {
    throw new Error(`${listUrl} lists no gitlab-runner-linux-amd64 or -arm64 binary; ${PIN_HINT}.`);
  }
  return { version, url: gitlabRunnerUrl(version, downloads), sha256: { x64, arm64 } };
}
