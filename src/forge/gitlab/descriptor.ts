import type { ForgeDescriptor } from '../descriptor';
import { gitlabRunners } from './runner-support';

/** GitLab.com and self-managed GitLab (API under /api/v4 of the server's host). */
export const gitlab = {
  kind: 'gitlab',
  title: 'GitLab',
  publicHosts: ['gitlab.com', 'www.gitlab.com'],
  publicWebUrl: 'https://gitlab.com',
  publicApiUrl: 'https://gitlab.com/api/v4',
  selfHostedApiUrl: (serverUrl) => `${serverUrl}/api/v4`,
  apiUrlVariables: ['CML_API_URL', 'CI_API_V4_URL'],
  webUrlVariables: ['CML_SERVER_URL', 'CI_SERVER_URL'],
  tokenVariables: ['GITLAB_TOKEN'],
  missingToken:
    'No GitLab token: set the token input, or REPO_TOKEN / GITLAB_TOKEN (a project or personal access token with api scope; CI_JOB_TOKEN cannot write notes).',
  pullNoun: 'merge request',
  checksKind: 'commit-status',
  runners: gitlabRunners,
  projectIdIsPath: true,
  // GitLab takes any user name with a token as the password; oauth2 is the documented one.
  gitCredentials: (token) => ({ username: 'oauth2', password: token }),
  permissionHint: (kind) =>
    kind === 'assets'
      ? 'The token must be able to upload to the project (a project or personal access token with api scope, Developer role or higher, in REPO_TOKEN or GITLAB_TOKEN).'
      : 'The token must be able to write notes: a project or personal access token with api scope (Developer role or higher) in REPO_TOKEN or GITLAB_TOKEN; CI_JOB_TOKEN cannot write notes.',
  load: async () => (await import('./index')).createGitLabForge,
} satisfies ForgeDescriptor;
