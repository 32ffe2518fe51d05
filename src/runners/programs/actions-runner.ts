import { ConfigurationError } from '../../core/errors';
import type { RunnerEvent, RunnerProgram } from './types';
import {
  checkSha256,
  DEFAULT_RELEASE_SOURCES,
  getJson,
  normaliseVersion,
  PIN_HINT,
  type Fetch,
  type PinRequest,
  type ReleaseSources,
  type RunnerPin,
} from '../versions';

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

/**
 * actions/runner's console lines (src/Runner.Listener/Runner.cs: "{time}: Listening for Jobs";
 * src/Runner.Listener/JobDispatcher.cs: "{time}: Running job: {name}" and "{time}: Job {name}
 * completed with result: {result}"), the patterns CML matched (src/drivers/github.js
 * runnerLogPatterns), anchored on the timestamp so a job's own output cannot fake them: the
 * listener prints these, a job's steps never reach the listener's console.
 */
function githubEvent(line: string): RunnerEvent | undefined {
  const stamp = String.raw`^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z: `;
  if (new RegExp(`${stamp}Listening for Jobs`).test(line)) return { kind: 'ready' };
  const started = new RegExp(`${stamp}Running job: (.*)$`).exec(line);
  if (started) return { kind: 'job-started', job: started[1] };
  const ended = new RegExp(`${stamp}Job .* completed with result: (\\w+)`).exec(line);
  if (ended) return { kind: 'job-ended', success: ended[1] === 'Succeeded' };
  return undefined;
}

/** GitHub's runner: repository and organization runners, registered just in time. */
export const actionsRunner: RunnerProgram = {
  title: 'actions/runner',
  forgeTitle: 'GitHub',
  scopes: ['repository', 'organization'],
  scopesText: 'repository or organization',
  scopesNeedingId: [],
  minimumVersion: GITHUB_MINIMUM_RUNNER,
  releasesFromForgeApi: true,
  resolvePin: githubPin,
  archWord: (arch) => arch,
  download: 'tarball',
  programFile: 'run.sh',
  event: (line) => githubEvent(line.trim()),
};
