import { ConfigurationError } from '../../core/errors';
import {
  DEFAULT_RELEASE_SOURCES,
  PIN_HINT,
  getJson,
  givenPin,
  normaliseVersion,
  type Fetch,
  type PinRequest,
  type ReleaseSources,
  type RunnerPin,
} from '../runner-release';

/*
 * actions/runner, the newest release (`GET /repos/actions/runner/releases/latest`) or the
 * `runner-version` pinned (`GET …/releases/tags/v<version>`). The hashes come from the release
 * notes, which carry one per package between `<!-- BEGIN SHA linux-x64 -->` and
 * `<!-- END SHA linux-x64 -->` (actions/runner releaseNote.md, filled in by its release
 * workflow). GitHub refuses to register runners older than 2.329.0 and stops sending jobs to
 * runners more than 30 days behind the newest release, so the default is never a fixed pin.
 */

/** The oldest actions/runner github.com lets register (FIELD-NOTES; actions/runner#4305). */
export const GITHUB_MINIMUM_RUNNER = '2.329.0';

export const GITHUB_RUNNER_DOWNLOADS = 'https://github.com/actions/runner/releases/download';

export function githubRunnerUrl(
  version: string,
  downloads: string = GITHUB_RUNNER_DOWNLOADS,
): string {
  return `${downloads.replace(/\/+$/, '')}/v${version}/actions-runner-linux-@ARCH@-${version}.tar.gz`;
}

/** The sha256 a release body carries between `<!-- BEGIN SHA <platform> -->` markers. */
export function shaFromReleaseNotes(body: string, platform: string): string | undefined {
  const escaped = platform.replace(/[^\w-]/g, '');
  const m = new RegExp(
    `<!-- BEGIN SHA ${escaped} -->\\s*([0-9a-fA-F]{64})\\s*<!-- END SHA ${escaped} -->`,
  ).exec(body);
  return m?.[1]?.toLowerCase();
}

export async function githubPin(
  request: PinRequest,
  sources: ReleaseSources,
  fetchImpl: Fetch,
): Promise<RunnerPin> {
  const pinned = request.version ? normaliseVersion(request.version) : undefined;
  if (pinned && request.sha256) {
    return givenPin(
      pinned,
      request.sha256,
      request.arch,
      githubRunnerUrl(pinned, sources.githubDownloads),
    );
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
