import type { InputDeclaration } from './types';

/**
 * Inputs of the data-validate action (and its GitLab component). token, github-token and
 * fail-on-error are in common.ts; base, head, check and summary are shared with metrics-diff
 * (metrics-diff.ts), as they mean the same there.
 */
export const DATA_VALIDATE_INPUTS = [
  {
    name: 'targets',
    type: { kind: 'list' },
    default: '',
    description:
      'Datasets to check (CSV, TSV, JSON Lines, Parquet; gzip too): files, globs or folders, one per line or comma-separated. Empty: the datasets the stages of dvc.yaml declare (deps and outs) and those tracked by .dvc files.',
    actions: ['data-validate'],
  },
  {
    name: 'compare',
    type: { kind: 'boolean' },
    default: 'true',
    description:
      'Compare HEAD with the base revision: schema changes, row counts, missing rates and drift (cml data diff). false: check HEAD alone against the schema and rules (cml data validate).',
    actions: ['data-validate'],
  },
  {
    name: 'schema',
    type: { kind: 'string' },
    default: '',
    description:
      "YAML schema file: 'columns:', each column with its type, nullable, min, max and allowed values. A dataset that breaks it fails the step, annotated on the schema file.",
    actions: ['data-validate'],
  },
  {
    name: 'rules',
    type: { kind: 'string' },
    default: '',
    description:
      "Rules, one per line: 'missing(age) <= 1%', 'rows may not drop by more than 5%', 'psi(income) < 0.2' (ks() and js() too), 'schema may not change', 'range(price) within 0..10000'. A violated rule fails the step.",
    actions: ['data-validate'],
  },
  {
    name: 'rules-file',
    type: { kind: 'string' },
    default: '',
    description:
      "YAML file of rules: 'rules:', a list of rule lines as in the rules input; a violated rule is annotated on its line.",
    actions: ['data-validate'],
  },
  {
    name: 'all',
    type: { kind: 'boolean' },
    default: 'false',
    description: 'Show unchanged columns too (as --all).',
    actions: ['data-validate'],
  },
  {
    name: 'charts-dir',
    type: { kind: 'string' },
    default: '',
    description:
      "Folder to draw histograms of drifted columns into (PNG; base dashed, HEAD solid), linked from the markdown output: keep it as an artifact. Empty: no charts (the report action's data input draws and publishes them).",
    actions: ['data-validate'],
  },
  {
    name: 'check-name',
    type: { kind: 'string' },
    default: 'cml data-validate',
    description: 'Name of the check run (GitHub) or commit status (GitLab).',
    actions: ['data-validate'],
  },
  {
    name: 'dotenv-file',
    type: { kind: 'string' },
    default: '',
    description:
      'File to write the outputs to as a dotenv report (CML_DATA_CHANGED, CML_DATA_PASSED, CML_DATA_MARKDOWN_FILE, CML_DATA_JSON_FILE). Empty: on GitLab $CML_DOTENV or cml-data-validate.env, on GitHub none.',
    actions: ['data-validate'],
  },
] as const satisfies readonly InputDeclaration[];
