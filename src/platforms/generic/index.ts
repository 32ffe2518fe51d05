import type { CiPlatform } from '../types';

/**
 * Any other CI (Jenkins, CircleCI, Azure Pipelines) and a plain shell. Nothing identifies the
 * run; the repository comes from --repo or the origin remote (src/compat/session.ts), or from
 * CML_REPOSITORY / CML_SERVER_URL / CML_API_URL / CML_RUNNER_DRIVER, which `cml runner launch`
 * hands to the runner-provision bundle.
 */
export const generic: CiPlatform = {
  name: 'local',
  title: 'a shell or another CI',
  variablePrefixes: ['CML_'],
  detect: () => true,
  context: (env) => ({
    platform: 'local',
    repository: env.CML_REPOSITORY ?? '',
    sha: env.CML_SHA ?? '',
    apiUrl: env.CML_API_URL ?? '',
    serverUrl: env.CML_SERVER_URL ?? '',
    workspace: process.cwd(),
  }),
};
