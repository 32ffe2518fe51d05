/**
 * CML's environment-variable compatibility, applied before yargs reads the environment (as
 * CML's bin/cml.js does):
 * - legacy command prefixes: `CML_SEND_COMMENT_*` stands for `CML_COMMENT_*`, `CML_CI_*` for
 *   `CML_REPO_*`, and so on, since the legacy commands share their modern command's options;
 * - global options: `CML_DRIVER`, `CML_DRIVER_TOKEN`, `CML_LOG`, `CML_REPO` and `CML_TOKEN`
 *   apply to every command (yargs only reads a command's own prefix, `CML_<COMMAND>_*`);
 * - the runner's old unprefixed names (`RUNNER_LABELS`, `RUNNER_IDLE_TIMEOUT`, ...).
 * A variable the user set under the new name wins over one derived from an old name.
 */
const LEGACY_PREFIXES: Record<string, string> = {
  CML_CI: 'CML_REPO',
  CML_PUBLISH: 'CML_ASSET',
  CML_RERUN_WORKFLOW: 'CML_WORKFLOW',
  CML_SEND_COMMENT: 'CML_COMMENT',
  CML_SEND_GITHUB_CHECK: 'CML_CHECK',
};

const GLOBAL_OPTIONS = ['DRIVER', 'DRIVER_TOKEN', 'LOG', 'REPO', 'TOKEN'];

/** Every env prefix a command reads (CML's, plus this project's metrics and params). */
const COMMAND_PREFIXES = [
  'ASSET',
  'CHECK',
  'COMMENT',
  'PR',
  'REPO',
  'RUNNER',
  'WORKFLOW',
  'METRICS',
  'PARAMS',
];

const LEGACY_RUNNER_VARIABLES: Record<string, string> = {
  DOCKER_MACHINE: 'CML_RUNNER_DOCKER_MACHINE',
  RUNNER_IDLE_TIMEOUT: 'CML_RUNNER_IDLE_TIMEOUT',
  RUNNER_LABELS: 'CML_RUNNER_LABELS',
  RUNNER_SINGLE: 'CML_RUNNER_SINGLE',
  RUNNER_REUSE: 'CML_RUNNER_REUSE',
  RUNNER_NO_RETRY: 'CML_RUNNER_NO_RETRY',
  RUNNER_DRIVER: 'CML_RUNNER_DRIVER',
  RUNNER_REPO: 'CML_RUNNER_REPO',
  RUNNER_PATH: 'CML_RUNNER_PATH',
};

/** Adds the modern names to `env` (in place) and returns it. */
export function aliasLegacyEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const derived = new Set<string>();
  const set = (name: string, value: string | undefined) => {
    if (value === undefined || (env[name] !== undefined && !derived.has(name))) return;
    env[name] = value;
    derived.add(name);
  };
  for (const [oldPrefix, newPrefix] of Object.entries(LEGACY_PREFIXES)) {
    for (const key of Object.keys(env)) {
      if (key.startsWith(`${oldPrefix}_`)) {
        set(newPrefix + key.slice(oldPrefix.length), env[key]);
      }
    }
  }
  for (const option of GLOBAL_OPTIONS) {
    const value = env[`CML_${option}`];
    if (value === undefined) continue;
    for (const command of COMMAND_PREFIXES) set(`CML_${command}_${option}`, value);
  }
  for (const [oldName, newName] of Object.entries(LEGACY_RUNNER_VARIABLES)) {
    if (env[oldName]) set(newName, env[oldName]);
  }
  return env;
}
