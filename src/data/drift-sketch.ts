import type { DuckDBConnection } from '@duckdb/node-api';
import { ident } from './engine';
import { alignBins } from './drift-stats';
import {
  columnType,
  isNumeric,
  QUANTILE_LEVELS,
  type ColumnProfile,
  type TableProfile,
} from './profile';
import { readExpression } from './source';
import { smallTable } from './small/choose-engine';
import { smallSketch } from './small/sketch-table';
import { CATEGORY_BINS, CATEGORY_NAMES } from './sketch-sizes';

/**
 * What drift needs from one side of a dataset beyond its profile, so a large dataset is read
 * once a side (the profile's pass) instead of twice:
 *
 * - categories, counted in the profile's pass in CATEGORY_BINS hashed bins (hash of the text % a
 *   prime): bounded memory whatever the column holds (an exact histogram of a 10-million-value
 *   text column needed 1.5 GB before DuckDB gave up), exact per category unless two share a bin
 *   (with a thousand categories, about 8 pairs do; sharing can only lower JS and PSI a little),
 *   and the most frequent values, to name the chart's bins;
 * - numbers: when both sides pass EXACT_ROWS, each side's share at or below each point of the grid
 *   (both sides' quantiles, mins and maxes) is read off its own quantile table, which the profile
 *   already holds (within 0.5% of the exact KS for smooth and whole-number columns, about 1% with
 *   heavy ties or spikes); when either side is smaller, both are counted on the grid in one more
 *   pass, so the two sides are never read two different ways.
 *
 * Measured (scripts/bench/data-validate.mjs): the second pass over each side cost a fifth of the
 * CPU of a 10-million-row diff (__tests__/data-engine.test.ts checks the accuracy).
 */
export { CATEGORY_BINS, CATEGORY_NAMES, EXACT_ROWS } from './sketch-sizes';

export interface SketchRequest {
  /** Count the non-numeric columns' categories. */
  categories?: boolean;
  /** Columns left out of the category counts (too many values to be compared as categories). */
  manyValued?: Set<string>;
  /** Numeric column name → ascending edges to count its values on. */
  edges?: Map<string, number[]>;
}

export interface DriftSketch {
  /** Non-numeric column → hashed bin → count. */
  categories: Map<string, Map<number, number>>;
  /** Non-numeric column → most frequent values (approx_top_k), to name bins. */
  names: Map<string, string[]>;
  /** Numeric column → counts per edge (values in (previous edge, edge]) and one above the last. */
  numeric: Map<string, { edges: number[]; counts: number[] }>;
}

/**
 * The sketch rides on its profile as a hidden (non-enumerable) property: it is never part of the
 * JSON output or of a comparison of profiles, and stays with the object it was measured with.
 */
const KEY = 'cmlDriftSketch';

export function attachSketch(profile: TableProfile, sketch: DriftSketch): void {
  Object.defineProperty(profile, KEY, { value: sketch, enumerable: false, configurable: true });
}

/** The sketch gathered with this profile, if one was asked for. */
export function sketchOf(profile: TableProfile): DriftSketch | undefined {
  return (profile as unknown as Record<string, DriftSketch | undefined>)[KEY];
}

/**
 * One side's part of the grid a numeric column is compared on: its quantiles, min and max, ascending. For an
 * integer column, the whole numbers at or below them: its values are whole, so counting up to
 * 39.4 is counting up to 39, and the base's share at 39 is read as explained below.
 */
export function numericGrid(side: ColumnProfile): number[] {
  const whole = side.type === 'integer';
  return [
    ...new Set(
      [...(side.quantiles ?? []), side.min, side.max].map((e) =>
        whole && typeof e === 'number' ? Math.floor(e) : e,
      ),
    ),
  ]
    .filter((e): e is number => typeof e === 'number' && Number.isFinite(e))
    .sort((x, y) => x - y);
}

/**
 * A side's share of values at or below each edge (plus 1 for the overflow), read off its
 * quantile table (min at 0, the 1%..99% quantiles, max at 1) by linear interpolation; repeated
 * quantiles (a value many rows share) give the highest level. A t-digest spreads a whole number
 * that many rows share over half a unit either side, so an integer column's share at n is read
 * at n + 0.5 (a continuity correction): without it, a column of ages read up to 3% off.
 */
export function cumulativeFromQuantiles(side: ColumnProfile, edges: number[]): number[] {
  const points: [number, number][] = [];
  // An infinite min or max (an `inf` in the file) is no point to interpolate from.
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  if (finite(side.min)) points.push([side.min, 0]);
  (side.quantiles ?? []).forEach((q, i) => {
    if (finite(q)) points.push([q, QUANTILE_LEVELS[i] as number]);
  });
  if (finite(side.max)) points.push([side.max, 1]);
  const max = typeof side.max === 'number' ? side.max : Infinity;
  const shift = side.type === 'integer' ? 0.5 : 0;
  const out = edges.map((edge) => {
    if (edge >= max) return 1;
    const x = edge + shift;
    let i = -1;
    while (i + 1 < points.length && (points[i + 1] as [number, number])[0] <= x) i++;
    if (i < 0) return 0;
    const [x0, l0] = points[i] as [number, number];
    const next = points[i + 1];
    if (!next || next[0] === x0) return l0;
    return Math.min(1, l0 + ((x - x0) / (next[0] - x0)) * (next[1] - l0));
  });
  out.push(1);
  return out;
}

/**
 * Non-numeric columns with more distinct values than drift compares as categories
 * (MAX_CATEGORIES) among the first rows alone (DuckDB's sniffing sample): counting their
 * categories would cost most of the sketch (a 100,000-value column, 2 s of CPU in 2 million rows)
 * for a column drift skips. A column that looked few-valued there and is not is simply skipped
 * later; one that looked many-valued and is not (the estimate's error, near the limit) costs
 * drift one more pass (sketchFor).
 */
export async function manyValuedColumns(
  conn: DuckDBConnection,
  source: string,
  columns: { name: string; engineType: string }[],
  limit: number,
): Promise<Set<string>> {
  const text = columns.filter((c) => !isNumeric(columnType(c.engineType)));
  if (!text.length) return new Set();
  const row =
    (
      await conn.runAndReadAll(
        `SELECT ${text.map((c, i) => `approx_count_distinct(${ident(c.name)}) AS d${i}`).join(', ')} FROM (SELECT * FROM ${source} LIMIT 20480)`,
      )
    ).getRowObjectsJson()[0] ?? {};
  return new Set(text.filter((_, i) => Number(row[`d${i}`]) > limit).map((c) => c.name));
}

/** SQL aggregates for `request`, over the described columns, named s<i>_b / s<i>_n / s<i>_h. */
export function sketchParts(
  columns: { name: string; engineType: string }[],
  request: SketchRequest,
): string[] {
  const parts: string[] = [];
  columns.forEach((c, i) => {
    const q = ident(c.name);
    const type = columnType(c.engineType);
    if (isNumeric(type)) {
      const edges = request.edges?.get(c.name);
      if (edges?.length)
        parts.push(
          `histogram(CAST(${q} AS DOUBLE), [${edges.map(doubleLiteral).join(',')}]::DOUBLE[]) AS s${i}_h`,
        );
    } else if (request.categories && !request.manyValued?.has(c.name)) {
      const text = type === 'string' ? q : `CAST(${q} AS VARCHAR)`;
      parts.push(
        // hash(NULL) is a number: missing values are left out as histogram() leaves NULLs out
        // (a CASE, not a FILTER clause: FILTER cost 1 s of CPU in 2 million rows, CASE 0.25 s).
        `histogram(CASE WHEN ${q} IS NOT NULL THEN hash(${text}) % ${CATEGORY_BINS} END) AS s${i}_b`,
        `approx_top_k(${text}, ${CATEGORY_NAMES}) AS s${i}_n`,
      );
    }
  });
  return parts;
}

type Entries = { key: unknown; value: unknown }[] | null | undefined;

/** The sketch out of the aggregate row `sketchParts` added to. */
export function readSketch(
  columns: { name: string; engineType: string }[],
  request: SketchRequest,
  row: Record<string, unknown>,
): DriftSketch {
  const sketch: DriftSketch = { categories: new Map(), names: new Map(), numeric: new Map() };
  columns.forEach((c, i) => {
    const bins = row[`s${i}_b`] as Entries;
    if (`s${i}_b` in row)
      sketch.categories.set(
        c.name,
        new Map((bins ?? []).map((e) => [Number(e.key), Number(e.value)])),
      );
    const names = row[`s${i}_n`];
    if (`s${i}_n` in row) sketch.names.set(c.name, Array.isArray(names) ? names.map(String) : []);
    const edges = request.edges?.get(c.name);
    if (`s${i}_h` in row && edges)
      sketch.numeric.set(c.name, {
        edges,
        counts: alignBins(edges, (row[`s${i}_h`] as Entries) ?? []),
      });
  });
  return sketch;
}

/** A pass over one file for a sketch alone (a profile made without one, or the exact base counts). */
export async function sketchPass(
  conn: DuckDBConnection,
  path: string,
  dataset: string,
  request: SketchRequest,
): Promise<DriftSketch> {
  const small = smallTable(path, dataset);
  if (small) return smallSketch(small, request);
  const source = readExpression(path, dataset).replace('store_rejects=true', 'ignore_errors=true');
  const columns = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`))
    .getRowObjectsJson()
    .map((d) => ({ name: String(d.column_name), engineType: String(d.column_type) }));
  const parts = sketchParts(columns, request);
  if (!parts.length) return readSketch(columns, request, {});
  const row =
    (
      await conn.runAndReadAll(`SELECT ${parts.join(', ')} FROM ${source}`)
    ).getRowObjectsJson()[0] ?? {};
  return readSketch(columns, request, row);
}

/**
 * A DOUBLE literal that DuckDB reads back as exactly `n`. Its histogram keys are matched to the
 * edges by equality (alignBins), so an edge must round-trip: a plain decimal literal such as
 * `0.30094784534555640` is read as a DECIMAL and then rounded to a neighbouring double (about 1 in
 * 10 of a numeric grid did), which sent those bins' counts to the overflow bin. Exponent notation
 * is parsed as a DOUBLE directly, with the shortest round-trip digits JavaScript prints.
 */
export function doubleLiteral(n: number): string {
  return n.toExponential();
}
