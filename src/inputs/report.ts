import type { InputDeclaration } from './types';

/** Inputs of the report action (and its GitLab component). `token` and `fail-on-error` are in common.ts. */
export const REPORT_INPUTS = [
  {
    name: 'file',
    type: { kind: 'string' },
    default: 'report.md',
    description:
      'Markdown file of the report. Local images in it (image syntax, reference definitions, <img src>, data:image URIs) are published and their links rewritten. When plots, metrics or data are given and the default report.md does not exist, the report is made of them alone.',
    actions: ['report'],
  },
  {
    name: 'target',
    type: { kind: 'string' },
    default: 'auto',
    description:
      "Where the comment goes, in CML's syntax: auto (this run's PR/MR, else an open PR/MR whose head is this commit, else the commit), pr, pr/<number>, commit, commit/<sha> or issue/<number>.",
    actions: ['report'],
  },
  {
    name: 'watermark-title',
    type: { kind: 'string' },
    default: '{workflow}',
    description:
      'Title of the hidden marker that makes the comment sticky; {workflow}, {run} and {job} are replaced. Reports with different titles are different comments.',
    actions: ['report'],
  },
  {
    name: 'update',
    type: { kind: 'boolean' },
    default: 'true',
    description:
      'Update the newest comment with the same watermark title written by the same token identity instead of adding a new comment (CML comment update).',
    actions: ['report'],
  },
  {
    name: 'section',
    type: { kind: 'string' },
    description:
      'Name of the section of the comment this job owns (for example the matrix value); jobs with different sections share one comment. Empty: the job owns the whole comment.',
    actions: ['report'],
  },
  {
    name: 'plots',
    type: { kind: 'list' },
    description:
      'Plot specs (.vl.json, .vg.json) or data files (csv, tsv, json, yaml), newline or comma separated, rendered to PNG and appended to the report.',
    actions: ['report'],
  },
  {
    name: 'metrics',
    type: { kind: 'list' },
    description:
      'Metric files (json, yaml, csv), newline or comma separated, compared with the base revision; the table is appended to the report.',
    actions: ['report'],
  },
  {
    name: 'data',
    type: { kind: 'list' },
    description:
      'Datasets (CSV, TSV, JSON Lines, Parquet; gzip too: files, globs or folders), newline or comma separated, profiled and compared with the base revision; the data section (schema changes, missing rates, drift, histograms of drifted columns) is appended to the report. dvc.yaml alone: the datasets its stages declare.',
    actions: ['report'],
  },
  {
    name: 'metrics-base',
    type: { kind: 'string' },
    description:
      "Base revision for the metrics table, the data section and plot overlays. Empty: the PR/MR's base, else HEAD.",
    actions: ['report'],
  },
  {
    name: 'publish',
    type: { kind: 'boolean' },
    default: 'true',
    description:
      'Publish local images: on GitHub as commits to the cml-assets branch (needs contents: write), on GitLab as project uploads. false leaves the links as written.',
    actions: ['report'],
  },
  {
    name: 'publish-url',
    type: { kind: 'string' },
    description:
      "Asset server using CML's protocol (POST the bytes, the answer is the URL) instead of the forge's storage.",
    actions: ['report'],
  },
  {
    name: 'output-dir',
    type: { kind: 'string' },
    default: 'cml-report',
    description:
      'Folder where the full, untruncated report.md and copies of its images are written (keep it as an artifact).',
    actions: ['report'],
  },
  {
    name: 'summary',
    type: { kind: 'boolean' },
    default: 'true',
    description: 'Also write the report to the GitHub job summary (within its 1 MiB limit).',
    actions: ['report'],
  },
  {
    name: 'dotenv-file',
    type: { kind: 'string' },
    description:
      'File to write the outputs to as a dotenv report (CML_REPORT_COMMENT_URL, CML_REPORT_COMMENT_ID, CML_REPORT_RESULT, CML_REPORT_FILE). Empty: on GitLab $CML_DOTENV or cml-report.env, on GitHub none.',
    actions: ['report'],
  },
] as const satisfies readonly InputDeclaration[];
