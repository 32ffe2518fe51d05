/**
 * The data-validate contract shared by the CLI (`cml data diff|validate`), the action and the
 * report's `data:` input. Fields may be added, never removed or renamed.
 */

export interface DataRunOptions {
  /** Workspace root. */
  cwd: string;
  /** Files, globs, directories; empty = datasets from dvc.yaml deps/outs and *.dvc files. */
  targets: string[];
  /** Git revision for the base (diff only); undefined for validate. */
  baseRev?: string;
  /** Git revision for HEAD; undefined = workspace. */
  headRev?: string;
  /** YAML schema file (expected columns, types, ranges, allowed values, nullable). */
  schemaFile?: string;
  /** Rule lines (`missing(age) <= 1%`, `schema may not change`, …). */
  rules: string[];
  /** File of rule lines, one a line (`#` comments). */
  rulesFile?: string;
  /** Include unchanged columns in the table. */
  all: boolean;
  /** Where to write histograms of drifted columns; none when undefined. */
  chartsDir?: string;
}

export interface DataFailure {
  rule: string;
  message: string;
  /** File to annotate (rules file, schema file or dataset), relative to cwd. */
  file?: string;
  line?: number;
}

export interface DataChart {
  column: string;
  dataset: string;
  /** Path of the written image. */
  path: string;
}

export interface DataOutcome {
  /** The report section (fits in a sticky comment). */
  markdown: string;
  /** The --json document. */
  json: unknown;
  passed: boolean;
  changed: boolean;
  failures: DataFailure[];
  charts: DataChart[];
  warnings: string[];
}
