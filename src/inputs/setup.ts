import type { InputDeclaration } from './types';

/** Inputs of the setup action (and its GitLab component). */
export const SETUP_INPUTS: readonly InputDeclaration[] = [];
