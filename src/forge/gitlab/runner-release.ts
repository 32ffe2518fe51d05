import { ConfigurationError } from '../../core/errors';
import {
  DEFAULT_RELEASE_SOURCES,
  PIN_HINT,
  getJson,
  getText,
  givenPin,
  normaliseVersion,
  type Fetch,
  type PinRequest,
  type ReleaseSources,
  type RunnerPin,
} from '../runner-release';

/*
 * gitlab-runner, the newest release (`GET /projects/gitlab-org%2Fgitlab-runner/releases/
 * permalink/latest` on gitlab.com) or the one pinned. The hashes come from the `release.sha256`
 * file GitLab publishes next to the binaries
 * (`https://gitlab-runner-downloads.s3.amazonaws.com/v<version>/release.sha256`, lines
 * `<sha256> [*]binaries/gitlab-runner-linux-amd64`; the bucket layout of gitlab-runner's
 * `.gitlab/ci/postrelease.gitlab-ci.yml` and docs/install/bleeding-edge.md).
 */

export function gitlabRunnerUrl(
  version: string,
  downloads: string = DEFAULT_RELEASE_SOURCES.gitlabDownloads,
): string {
  return `${downloads.replace(/\/+$/, '')}/v${version}/binaries/gitlab-runner-linux-@ARCH@`;
}

/** The sha256 of `binaries/<name>` in a release.sha256 file (sha256sum output, text or binary mode). */
export function shaFromChecksumList(list: string, name: string): string | undefined {
  for (const line of list.split('\n')) {
    const m = /^([0-9a-fA-F]{64})\s+\*?(?:\.\/)?(\S+)\s*$/.exec(line.trim());
    if (m && (m[2] === `binaries/${name}` || m[2] === name)) return m[1]!.toLowerCase();
  }
  return undefined;
}

export async function gitlabPin(
  request: PinRequest,
  sources: ReleaseSources,
  fetchImpl: Fetch,
): Promise<RunnerPin> {
  const downloads = sources.gitlabDownloads.replace(/\/+$/, '');
  let version = request.version ? normaliseVersion(request.version) : undefined;
  if (version && request.sha256) {
    return givenPin(version, request.sha256, request.arch, gitlabRunnerUrl(version, downloads));
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
