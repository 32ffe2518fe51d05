import type { ActionName, InputDeclaration } from './types';
import { COMMON_INPUTS } from './common';
import { REPORT_INPUTS } from './report';
import { PLOTS_INPUTS } from './plots';
import { METRICS_DIFF_INPUTS } from './metrics-diff';
import { DATA_VALIDATE_INPUTS } from './data-validate';
import { RUNNER_PROVISION_INPUTS } from './runner-provision';
import { SETUP_INPUTS } from './setup';
import { GITLAB_JOB_INPUTS } from './gitlab-job';

/** Every declared input. Each action's own file holds its declarations; shared ones are in common.ts. */
export const ALL_INPUTS: readonly InputDeclaration[] = [
  ...COMMON_INPUTS,
  ...REPORT_INPUTS,
  ...PLOTS_INPUTS,
  ...METRICS_DIFF_INPUTS,
  ...DATA_VALIDATE_INPUTS,
  ...RUNNER_PROVISION_INPUTS,
  ...SETUP_INPUTS,
  ...GITLAB_JOB_INPUTS,
];

export function inputsOf(action: ActionName): InputDeclaration[] {
  return ALL_INPUTS.filter((d) => d.actions.includes(action));
}
