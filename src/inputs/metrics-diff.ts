import type { InputDeclaration } from './types';

/** Inputs of the metrics-diff action (and its GitLab component). */
export const METRICS_DIFF_INPUTS: readonly InputDeclaration[] = [];
