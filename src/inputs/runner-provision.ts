import type { InputDeclaration } from './types';

/** Inputs of the runner-provision action (and its GitLab component). */
export const RUNNER_PROVISION_INPUTS: readonly InputDeclaration[] = [];
