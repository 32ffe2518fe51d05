import type { InputDeclaration } from './types';

/** Inputs several actions share; declared once so every action.yml says the same thing. */
export const COMMON_INPUTS: readonly InputDeclaration[] = [
  {
    name: 'token',
    type: { kind: 'string' },
    secret: true,
    description:
      'Forge token. Defaults to REPO_TOKEN, repo_token, GITHUB_TOKEN or GITLAB_TOKEN from the environment, as CML reads them.',
    actions: ['report', 'metrics-diff', 'runner-provision'],
  },
  {
    name: 'fail-on-error',
    type: { kind: 'boolean' },
    default: 'false',
    description:
      'Fail the step when the report cannot be posted (for example a read-only token on a fork). Off: warn, keep the report in the job summary and on disk.',
    actions: ['report', 'metrics-diff'],
  },
];
