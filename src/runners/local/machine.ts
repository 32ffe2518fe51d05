import { ConfigurationError } from '../../core/errors';

/** This machine as the forge runners name it. */
export interface Machine {
  /** Runner architecture word of versions.ts (actions/runner's x64/arm64). */
  arch: 'x64' | 'arm64';
  /**
   * The labels `config.sh` gives every runner (actions/runner
   * src/Runner.Listener/Configuration/ConfigurationManager.cs adds "self-hosted", VarUtil.OS and
   * VarUtil.OSArchitecture; src/Runner.Common/Util/VarUtil.cs spells them Linux and X64/ARM64).
   * A just-in-time runner gets only the labels it is registered with, so these are added.
   */
  defaultLabels: string[];
}

/**
 * Linux on x64 or arm64: the packages whose sha256 cml reads from each release (actions/runner's
 * release notes, gitlab-runner's release.sha256; src/runners/versions.ts). Elsewhere nothing
 * verified could be installed, so the launch is refused before anything is registered.
 */
export function thisMachine(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): Machine {
  if (platform !== 'linux' || (arch !== 'x64' && arch !== 'arm64')) {
    throw new ConfigurationError(
      `cml runner launch without --cloud registers Linux x64 and arm64 machines (this one is ${platform} ${arch}); run it on such a machine, or launch one with --cloud.`,
    );
  }
  return { arch, defaultLabels: ['self-hosted', 'Linux', arch === 'x64' ? 'X64' : 'ARM64'] };
}
