import type { InputDeclaration } from './types';

/**
 * Inputs of the metrics-diff action (and its GitLab component). base, head, check and summary
 * mean the same for data-validate, which shares these declarations.
 */
export const METRICS_DIFF_INPUTS = [
  {
    name: 'targets',
    type: { kind: 'list' },
    default: '',
    description:
      'Metrics files to compare (JSON, YAML, TOML, CSV, TSV), one per line or comma-separated. Empty: the metrics declared in dvc.yaml (top level and per stage).',
    actions: ['metrics-diff'],
  },
  {
    name: 'params',
    type: { kind: 'list' },
    default: '',
    description:
      'Params files to compare as well (params.yaml, params.toml, …). Empty: the params declared in dvc.yaml, when there is one.',
    actions: ['metrics-diff'],
  },
  {
    name: 'base',
    type: { kind: 'string' },
    default: '',
    description:
      "Revision to compare against. Empty: the pull/merge request's base commit, else its base branch, else the default branch; fetched (depth 1) when a shallow clone lacks it.",
    actions: ['metrics-diff', 'data-validate'],
  },
  {
    name: 'head',
    type: { kind: 'string' },
    default: '',
    description: 'Revision to compare. Empty: the working tree (column "workspace", as in DVC).',
    actions: ['metrics-diff', 'data-validate'],
  },
  {
    name: 'all',
    type: { kind: 'boolean' },
    default: 'false',
    description: 'Show unchanged metrics and params too (DVC --all).',
    actions: ['metrics-diff'],
  },
  {
    name: 'precision',
    type: { kind: 'number', integer: true, min: 0, max: 30 },
    default: '5',
    description: 'Decimal places floats are rounded to in the metrics table (DVC --precision).',
    actions: ['metrics-diff'],
  },
  {
    name: 'no-path',
    type: { kind: 'boolean' },
    default: 'false',
    description: 'Leave the Path column out of the tables (DVC --no-path).',
    actions: ['metrics-diff'],
  },
  {
    name: 'all-rows',
    type: { kind: 'boolean' },
    default: 'false',
    description:
      'CSV/TSV files: compare every row (keys 0.col, 1.col, …) instead of the last row only.',
    actions: ['metrics-diff'],
  },
  {
    name: 'rules',
    type: { kind: 'string' },
    default: '',
    description:
      "Quality gates, one per line: '<metric> >= 0.9' (>, <=, <, ==, != too), '<metric> may not drop', '<metric> may not rise by more than 2%' (or an absolute amount), '<metric> higher is better' (direction only). 'file:metric' limits a rule to one file; * matches any text. A violated rule fails the step.",
    actions: ['metrics-diff'],
  },
  {
    name: 'rules-file',
    type: { kind: 'string' },
    default: '',
    description:
      "YAML file of quality gates: 'rules:' (a list of rule lines) and/or 'metrics:' ({metric: {direction, min, max, max-drop, max-rise}}).",
    actions: ['metrics-diff'],
  },
  {
    name: 'check',
    type: { kind: 'boolean' },
    default: 'true',
    description:
      'Publish the result on the commit: a check run with the table and annotations on GitHub (needs checks: write), a commit status on GitLab. Needs a token.',
    actions: ['metrics-diff', 'data-validate'],
  },
  {
    name: 'check-name',
    type: { kind: 'string' },
    default: 'cml metrics-diff',
    description: 'Name of the check run (GitHub) or commit status (GitLab).',
    actions: ['metrics-diff'],
  },
  {
    name: 'summary',
    type: { kind: 'boolean' },
    default: 'true',
    description: 'Also write the tables to the GitHub job summary.',
    actions: ['metrics-diff', 'data-validate'],
  },
  {
    name: 'dotenv-file',
    type: { kind: 'string' },
    default: '',
    description:
      'File to write the outputs to as a dotenv report (CML_METRICS_CHANGED, CML_METRICS_PASSED, CML_METRICS_MARKDOWN_FILE, CML_METRICS_JSON_FILE). Empty: on GitLab $CML_DOTENV or cml-metrics-diff.env, on GitHub none.',
    actions: ['metrics-diff'],
  },
] as const satisfies readonly InputDeclaration[];
