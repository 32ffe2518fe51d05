/**
 * The forge runner each instance installs: a pinned version and its sha256 per architecture.
 * GitHub publishes the hashes in each release's notes. For GitLab's runner no hash is pinned
 * here yet, so the script checks the binary against the release.sha256 file GitLab publishes
 * for that exact version (HTTPS from the same bucket); pin one with the runner-sha256 input.
 */
export interface RunnerPin {
  version: string;
  /** Download URL with @ARCH@ for the architecture word (x64/arm64; GitLab's amd64/arm64). */
  url: string;
  sha256: { x64: string; arm64: string };
  /** A checksum list to read when no hash is pinned. */
  checksumsUrl?: string;
}

export const GITHUB_RUNNER: RunnerPin = {
  version: '2.328.0',
  url: 'https://github.com/actions/runner/releases/download/v2.328.0/actions-runner-linux-@ARCH@-2.328.0.tar.gz',
  sha256: {
    x64: '01066fad3a2893e63e6ca880ae3a1fad5bf9329d60e77ee15f2b97c148c3cd4e',
    arm64: 'b801b9809c4d9301932bccadf57ca13533073b2aa9fa9b8e625a8db905b5d8eb',
  },
};

export function gitlabRunnerPin(version = '17.11.0'): RunnerPin {
  const base = `https://gitlab-runner-downloads.s3.amazonaws.com/v${version}`;
  return {
    version,
    url: `${base}/binaries/gitlab-runner-linux-@ARCH@`,
    sha256: { x64: '', arm64: '' },
    checksumsUrl: `${base}/release.sha256`,
  };
}

/** The pin for a forge, with the user's own version and hash when given. */
export function runnerPin(
  forge: 'github' | 'gitlab',
  override: { version?: string; sha256?: string } = {},
): RunnerPin {
  const base = forge === 'github' ? GITHUB_RUNNER : gitlabRunnerPin(override.version);
  if (!override.version || override.version === base.version) {
    return override.sha256
      ? { ...base, sha256: { x64: override.sha256, arm64: override.sha256 } }
      : base;
  }
  const url = base.url.split(base.version).join(override.version);
  return {
    version: override.version,
    url,
    // Another version's hash is unknown: the user must give it (GitHub) or the list is read (GitLab).
    sha256: { x64: override.sha256 ?? '', arm64: override.sha256 ?? '' },
    checksumsUrl: base.checksumsUrl,
  };
}
