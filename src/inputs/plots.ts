import type { InputDeclaration } from './types';

/** Inputs of the plots action (and its GitLab component). */
export const PLOTS_INPUTS: readonly InputDeclaration[] = [];
