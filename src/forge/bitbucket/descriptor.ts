import type { ForgeDescriptor } from '../descriptor';

/**
 * Bitbucket Cloud. No `runners`: CML never provisioned Bitbucket Pipelines runners, and this folder
 * has no runner start-up part, so runner-provision refuses Bitbucket (src/forge/registry.ts).
 * Bitbucket Data Center has another API (/rest/api/1.0), so a host other than
 * bitbucket.org is not guessed to be Bitbucket Cloud's: `selfHostedApiUrl` is left out.
 */
export const bitbucket = {
  kind: 'bitbucket',
  title: 'Bitbucket',
  publicHosts: ['bitbucket.org', 'www.bitbucket.org'],
  publicWebUrl: 'https://bitbucket.org',
  publicApiUrl: 'https://api.bitbucket.org/2.0',
  apiUrlVariables: ['CML_API_URL'],
  webUrlVariables: ['CML_SERVER_URL'],
  tokenVariables: ['BITBUCKET_TOKEN'],
  missingToken:
    'No Bitbucket token: set BITBUCKET_TOKEN (or REPO_TOKEN, or --token) to a workspace or repository access token, or to username:app-password (docs/bitbucket.md lists the scopes).',
  pullNoun: 'pull request',
  checksKind: 'code-insights',
  projectIdIsPath: false,
  // Access tokens clone as x-token-auth (Atlassian's "Using access tokens"); an app password
  // goes with its user name.
  gitCredentials: (token) => {
    const colon = token.indexOf(':');
    return colon > 0
      ? { username: token.slice(0, colon), password: token.slice(colon + 1) }
      : { username: 'x-token-auth', password: token };
  },
  permissionHint: (kind) =>
    kind === 'assets'
      ? 'Images go to the repository Downloads: the token needs repository:write (docs/bitbucket.md).'
      : 'The token needs pullrequest:write (and account, for sticky updates) in BITBUCKET_TOKEN or REPO_TOKEN: a workspace access token or an app password (docs/bitbucket.md).',
  load: async () => (await import('./index')).createBitbucketForge,
} satisfies ForgeDescriptor;
