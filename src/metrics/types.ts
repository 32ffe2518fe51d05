/**
 * A leaf value of a metrics or params file, as the file gave it. Integers a double cannot hold
 * exactly are bigints (src/metrics/exact.ts), as Python's int keeps them.
 */
export type Scalar = number | bigint | string | boolean | null;

export interface MetricEntry {
  value: Scalar;
  /**
   * The number was written as a float (`1.0`, `2e-3`). DVC prints Python values, so `1.0` shows as
   * `1.0` and `1` as `1`; JavaScript numbers alone cannot tell the two apart.
   */
  float?: boolean;
  /** 1-based line of the key (or CSV row) in its file, for annotations. */
  line?: number;
  /**
   * A value DVC does not treat as a leaf: an empty mapping (flatten_dict drops it: no row), an
   * empty list, or a YAML/TOML date. DVC's metrics reader keeps only numbers, text and booleans
   * (dvc/repo/metrics/show.py _extract_metrics), so metrics drop all three (and nulls).
   */
  shape?: 'empty-map' | 'empty-list' | 'date';
}

/** Flattened keys (dots between levels, list items indexed) in file order. */
export type FlatMetrics = Map<string, MetricEntry>;

/** One file's metrics at one revision; `missing` when the file does not exist there. */
export interface DiffRow {
  key: string;
  old?: MetricEntry;
  new?: MetricEntry;
  /** new − old when both are numbers (exact for integers, as Python's int). */
  diff?: number | bigint;
  /** The diff is a float in Python terms (either side was). */
  diffFloat?: boolean;
  /** Both sides are equal (Python's ==); tables show such rows only with --all. */
  unchanged?: boolean;
}

/** Rows per file path, rows sorted by key; files keep their discovery order. */
export type DiffResult = Map<string, DiffRow[]>;

export type Direction = 'higher' | 'lower';
