import type { InputDeclaration } from './types';

/** Inputs several actions share; declared once so every action.yml says the same thing. */
export const COMMON_INPUTS = [
  {
    name: 'token',
    type: { kind: 'string' },
    secret: true,
    description:
      'Forge token. Defaults to REPO_TOKEN, repo_token, GITHUB_TOKEN or GITLAB_TOKEN from the environment, as CML reads them.',
    actions: ['report', 'metrics-diff', 'runner-provision', 'data-validate'],
  },
  {
    // The runner puts no token in a step's environment; this default hands the job's own
    // GITHUB_TOKEN over as the last fallback, after every token CML users set explicitly.
    name: 'github-token',
    type: { kind: 'string' },
    default: '${{ github.token }}',
    secret: true,
    platforms: ['github'],
    description:
      "The workflow's own token, used only when neither token nor REPO_TOKEN, repo_token or GITHUB_TOKEN is set. Leave the default.",
    actions: ['report', 'metrics-diff', 'runner-provision', 'data-validate'],
  },
  {
    name: 'fail-on-error',
    type: { kind: 'boolean' },
    default: 'false',
    description:
      'Fail the step when the report cannot be posted (for example a read-only token on a fork). Off: warn, keep the report in the job summary and on disk.',
    actions: ['report', 'metrics-diff', 'data-validate'],
  },
] as const satisfies readonly InputDeclaration[];
