import type { ActionName, InputDeclaration, InputsFrom } from './types';
import { COMMON_INPUTS } from './common';
import { REPORT_INPUTS } from './report';
import { PLOTS_INPUTS } from './plots';
import { METRICS_DIFF_INPUTS } from './metrics-diff';
import { DATA_VALIDATE_INPUTS } from './data-validate';
import { RUNNER_PROVISION_INPUTS } from './runner-provision';
import { SETUP_INPUTS } from './setup';
import { GITLAB_JOB_INPUTS } from './gitlab-job';
import { parseInput, readRawInput } from './parse';

/** The declarations with their literal types, which the Inputs type is computed from. */
const DECLARED = [
  ...COMMON_INPUTS,
  ...REPORT_INPUTS,
  ...PLOTS_INPUTS,
  ...METRICS_DIFF_INPUTS,
  ...DATA_VALIDATE_INPUTS,
  ...RUNNER_PROVISION_INPUTS,
  ...SETUP_INPUTS,
  ...GITLAB_JOB_INPUTS,
] as const satisfies readonly InputDeclaration[];

type Declared = (typeof DECLARED)[number];

/** Every declared input. Each action's own file holds its declarations; shared ones are in common.ts. */
export const ALL_INPUTS: readonly InputDeclaration[] = DECLARED;

/**
 * One action's inputs as its entry reads them, keyed by the real input names and typed from the
 * declarations: `Inputs<'report'>['watermark-title']` is a string, `['update']` a boolean, and a
 * misspelt name does not compile.
 */
export type Inputs<A extends ActionName> = InputsFrom<Declared, A>;

/** The names of one action's inputs (what a CLI may hand to its entry as INPUT_* variables). */
export type InputName<A extends ActionName> = keyof Inputs<A> & string;

/** Raw values for some of one action's inputs, as a CLI maps its options onto them. */
export type RawInputs<A extends ActionName> = { [K in InputName<A>]?: string };

export function inputsOf(action: ActionName): InputDeclaration[] {
  return ALL_INPUTS.filter((d) => d.actions.includes(action));
}

/** The declarations an entry reads (see ReadBy in types.ts: no GitLab job plumbing). */
export function readDeclarations(action: ActionName): InputDeclaration[] {
  return inputsOf(action).filter(
    (d) => !(d.platforms?.length === 1 && d.platforms[0] === 'gitlab'),
  );
}

/**
 * Reads every input of one action into a typed object keyed by the real input names, so the
 * rest of the code never touches the environment. Secrets go to `mask` before parsing.
 */
export function readInputs<A extends ActionName>(
  action: A,
  mask: (secret: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Inputs<A> {
  const result: Record<string, unknown> = {};
  for (const decl of readDeclarations(action)) {
    const raw = readRawInput(decl.name, env);
    if (decl.secret && raw) mask(raw);
    result[decl.name] = parseInput(decl, raw);
  }
  // parseInput gives each kind the value InputValueOf names (types.ts); __tests__/inputs-types
  // checks that both agree for every declaration.
  return result as Inputs<A>;
}
