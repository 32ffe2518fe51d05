import type { InputDeclaration } from './types';

/** Inputs of the report action (and its GitLab component). */
export const REPORT_INPUTS: readonly InputDeclaration[] = [];
