/**
 * Variables that hold forge or cloud credentials cml may have read. A runner hands its own
 * environment to the jobs it runs (gitlab-runner's shell executor, executors/shell/shell.go;
 * actions/runner passes it to every step), so none of them may reach it.
 */
const CREDENTIAL_VARIABLES = [
  'REPO_TOKEN',
  'repo_token',
  'GITHUB_TOKEN',
  'GITLAB_TOKEN',
  'BITBUCKET_TOKEN',
  'CML_TOKEN',
  'CML_DRIVER_TOKEN',
  'CML_RUNNER_TOKEN',
  'CML_RUNNER_DRIVER_TOKEN',
  'CI_JOB_TOKEN',
  'INPUT_TOKEN',
  'INPUT_GITHUB-TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
];

/**
 * The environment of the runner process: this process's, without credentials. As CML did
 * (src/cml.js startRunner), `_CML_RUNNER_SENSITIVE_ENV` names more variables to leave out
 * (colon-separated); cml also drops every variable whose value is one of `secrets` (the forge
 * token under any other name), and any ACTIONS_RUNNER_INPUT_* it did not set itself.
 */
export function runnerEnvironment(
  env: NodeJS.ProcessEnv,
  secrets: string[],
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const sensitive = new Set([
    ...CREDENTIAL_VARIABLES,
    '_CML_RUNNER_SENSITIVE_ENV',
    ...(env._CML_RUNNER_SENSITIVE_ENV ?? '').split(':').filter(Boolean),
  ]);
  const values = new Set(secrets.filter((s) => s.length >= 4));
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined || sensitive.has(key) || values.has(value)) continue;
    if (key.toUpperCase().startsWith('ACTIONS_RUNNER_INPUT_')) continue;
    out[key] = value;
  }
  return { ...out, ...extra };
}
