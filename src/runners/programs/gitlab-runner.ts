import { ConfigurationError } from '../../core/errors';
import type { RunnerEvent, RunnerProgram } from './types';
import {
  checkSha256,
  getJson,
  getText,
  normaliseVersion,
  PIN_HINT,
  DEFAULT_RELEASE_SOURCES,
  type Fetch,
  type PinRequest,
  type ReleaseSources,
  type RunnerPin,
} from '../versions';

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

/**
 * gitlab-runner's JSON log lines (`--log-format json`, logrus): "Starting runner for …"
 * (commands/single.go), "Checking for jobs... received" with the job id (network/gitlab.go
 * RequestJob) and the line carrying `duration_s` that ends every job ("Job succeeded" or
 * "Job failed: …", common/build.go setTraceStatus); CML matched the same
 * (src/drivers/gitlab.js runnerLogPatterns). Job output goes to GitLab, not to this log.
 */
function gitlabEvent(line: string): RunnerEvent | undefined {
  let entry: { msg?: unknown; job?: unknown; duration_s?: unknown };
  try {
    entry = JSON.parse(line) as typeof entry;
  } catch {
    return undefined;
  }
  if (!entry || typeof entry !== 'object' || typeof entry.msg !== 'string') return undefined;
  if (entry.msg.startsWith('Starting runner for')) return { kind: 'ready' };
  if (entry.msg.includes('Checking for jobs') && entry.msg.includes('received')) {
    return { kind: 'job-started', job: entry.job === undefined ? undefined : String(entry.job) };
  }
  if (entry.duration_s !== undefined && /^Job (succeeded|failed)/.test(entry.msg)) {
    return { kind: 'job-ended', success: entry.msg.startsWith('Job succeeded') };
  }
  return undefined;
}

/** GitLab's runner: project, group and instance runners, one static binary. */
export const gitlabRunner: RunnerProgram = {
  title: 'gitlab-runner',
  forgeTitle: 'GitLab',
  scopes: ['project', 'repository', 'group', 'instance'],
  scopesText: 'project (or repository), group or instance',
  scopesNeedingId: ['group'],
  releasesFromForgeApi: false,
  resolvePin: gitlabPin,
  // GitLab's binaries say amd64 where actions/runner says x64.
  archWord: (arch) => (arch === 'x64' ? 'amd64' : arch),
  download: 'binary',
  programFile: 'gitlab-runner',
  event: (line) => gitlabEvent(line.trim()),
};
