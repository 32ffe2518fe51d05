import type { ForgeDescriptor } from '../descriptor';
import { githubRunners } from './runner-support';

/** GitHub and GitHub Enterprise Server (API under /api/v3 of the server's host). */
export const github = {
  kind: 'github',
  title: 'GitHub',
  publicHosts: ['github.com', 'www.github.com'],
  publicWebUrl: 'https://github.com',
  publicApiUrl: 'https://api.github.com',
  selfHostedApiUrl: (serverUrl) => `${serverUrl}/api/v3`,
  apiUrlVariables: ['CML_API_URL', 'GITHUB_API_URL'],
  webUrlVariables: ['CML_SERVER_URL', 'GITHUB_SERVER_URL'],
  tokenVariables: ['GITHUB_TOKEN'],
  missingToken:
    'No GitHub token: set the token input, or REPO_TOKEN / GITHUB_TOKEN in the environment.',
  pullNoun: 'pull request',
  checksKind: 'check-run',
  runners: githubRunners,
  projectIdIsPath: false,
  gitCredentials: (token) => ({ username: 'x-access-token', password: token }),
  permissionHint(kind, target) {
    if (kind === 'assets') {
      return 'Images are committed to the cml-assets branch: add `permissions: contents: write` to the job.';
    }
    const permission =
      target === 'commit'
        ? 'contents: write'
        : target === 'issue'
          ? 'issues: write'
          : 'pull-requests: write';
    return `Add \`permissions: ${permission}\` to the job. Pull requests from forks get a read-only GITHUB_TOKEN: post the report from a workflow_run workflow, or read it in the job summary.`;
  },
  load: async () => (await import('./index')).createGitHubForge,
} satisfies ForgeDescriptor;
