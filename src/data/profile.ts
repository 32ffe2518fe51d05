import type { DuckDBConnection } from '@duckdb/node-api';
import { ident } from './engine';
import { formatOf, readExpression } from './source';
import { notReadable, unreadableFile } from './read-error';
import { smallTable } from './small/choose-engine';
import { profileSmallTable } from './small/profile-table';
import { smallSketch } from './small/sketch-table';
import {
  attachSketch,
  manyValuedColumns,
  readSketch,
  sketchParts,
  type SketchRequest,
} from './drift-sketch';
import { MAX_CATEGORIES } from './sketch-sizes';

/** The types a column is reported with (DuckDB's sniffed type, in the user's words). */
export type ColumnType =
  'integer' | 'number' | 'boolean' | 'string' | 'date' | 'timestamp' | 'other';

/** Quantile levels kept for every numeric column: 1%..99%, the grid drift is measured on. */
export const QUANTILE_LEVELS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

export interface ColumnProfile {
  name: string;
  type: ColumnType;
  /** DuckDB's type name, for the JSON. */
  engineType: string;
  rows: number;
  missing: number;
  missingRate: number;
  /** HyperLogLog estimate (DuckDB approx_count_distinct): within a few percent. */
  distinct: number;
  min?: number | string;
  max?: number | string;
  mean?: number;
  std?: number;
  /** t-digest estimates (DuckDB approx_quantile) at QUANTILE_LEVELS. */
  quantiles?: number[];
  /** Most frequent values (DuckDB approx_top_k), most frequent first. */
  top?: string[];
  /** String lengths: min, mean, max. */
  length?: { min: number; mean: number; max: number };
}

export interface MalformedRow {
  line: number;
  message: string;
}

export interface TableProfile {
  /** The path the user knows the file by. */
  dataset: string;
  rows: number;
  /** Rows identical to an earlier row (exact count over 64-bit row hashes). */
  duplicates: number;
  columns: ColumnProfile[];
  malformed: { count: number; first: MalformedRow[] };
}

export function columnType(engineType: string): ColumnType {
  const t = engineType.toUpperCase();
  if (
    /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(
      t,
    )
  )
    return 'integer';
  if (/^(FLOAT|DOUBLE|REAL)$/.test(t) || t.startsWith('DECIMAL')) return 'number';
  if (t === 'BOOLEAN') return 'boolean';
  if (t === 'VARCHAR') return 'string';
  if (t === 'DATE') return 'date';
  if (t.startsWith('TIMESTAMP')) return 'timestamp';
  return 'other';
}

/**
 * The counts every column has, whichever engine measured them. A HyperLogLog estimate can pass
 * the number of values there are (~428 for 392 rows): the present values bound the distinct ones.
 */
export function columnCounts(
  column: { name: string; engineType: string },
  type: ColumnType,
  rows: number,
  present: number,
  distinctEstimate: number,
): ColumnProfile {
  return {
    name: column.name,
    type,
    engineType: column.engineType,
    rows,
    missing: rows - present,
    missingRate: rows ? (rows - present) / rows : 0,
    distinct: Math.min(distinctEstimate, present),
  };
}

export const isNumeric = (t: ColumnType): boolean => t === 'integer' || t === 'number';

let tableCounter = 0;

/**
 * Profiles one file in a single aggregate pass (DuckDB streams it; nothing is held per row but
 * the row hashes for duplicates, which spill to disk past the memory limit). A file DuckDB cannot
 * read fails in one line naming `dataset` (and `at <revision>` for a base version read into a
 * temporary copy) and the formats expected.
 */
export async function profileFile(
  conn: DuckDBConnection,
  path: string,
  dataset: string,
  revision?: string,
  /** What drift will need of this side, gathered in the same pass (drift-sketch.ts). */
  sketch?: SketchRequest,
): Promise<TableProfile> {
  try {
    return await profileOnce(conn, path, dataset, revision, sketch);
  } catch (error) {
    throw unreadableFile(error, path, dataset, revision) ?? error;
  }
}

async function profileOnce(
  conn: DuckDBConnection,
  path: string,
  dataset: string,
  revision: string | undefined,
  sketch: SketchRequest | undefined,
): Promise<TableProfile> {
  // Small text files are profiled in JavaScript with DuckDB's definitions (src/data/small/), so
  // a short run never loads DuckDB's native library.
  const small = smallTable(path, dataset);
  if (small) {
    const profile = profileSmallTable(small, dataset);
    if (sketch) attachSketch(profile, smallSketch(small, sketch));
    return profile;
  }
  const n = ++tableCounter;
  const source = readExpression(path, dataset).replace(
    'store_rejects=true',
    `store_rejects=true, rejects_table='cml_rej_${n}', rejects_scan='cml_scan_${n}'`,
  );
  const described = (
    await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)
  ).getRowObjectsJson();
  const columns = described.map((d) => ({
    name: String(d.column_name),
    engineType: String(d.column_type),
  }));
  const parts: string[] = ['count(*) AS "rows"'];
  const all = columns.map((c) => ident(c.name)).join(', ');
  parts.push(columns.length ? `count(DISTINCT hash(${all})) AS "unique"` : '0 AS "unique"');
  const jsonl = formatOf(dataset) === 'jsonl' || (!formatOf(dataset) && formatOf(path) === 'jsonl');
  // read_json(ignore_errors) reads an invalid line as a row of NULLs: counted here, so only a
  // file that has such rows is read again to find which lines are malformed.
  if (jsonl && columns.length)
    parts.push(
      `count(*) FILTER (WHERE ${columns.map((c) => `${ident(c.name)} IS NULL`).join(' AND ')}) AS "empty"`,
    );
  columns.forEach((c, i) => {
    const q = ident(c.name);
    const type = columnType(c.engineType);
    const text = type === 'string' ? q : `CAST(${q} AS VARCHAR)`;
    // HyperLogLog over the native value: casting every number to text first cost more than
    // the rest of the profile of that column (1.1 s a million rows for 13 numeric columns).
    parts.push(`count(${q}) AS c${i}_n`, `approx_count_distinct(${q}) AS c${i}_d`);
    if (isNumeric(type)) {
      const d = `CAST(${q} AS DOUBLE)`;
      parts.push(
        `min(${d}) AS c${i}_min`,
        `max(${d}) AS c${i}_max`,
        `avg(${d}) AS c${i}_mean`,
        // DuckDB's stddev_samp raises "out of range" on an infinite value: the spread of the
        // finite ones (an `inf` row still shows in min, max and the mean).
        `stddev_samp(CASE WHEN isfinite(${d}) THEN ${d} END) AS c${i}_std`,
        `approx_quantile(${d}, [${QUANTILE_LEVELS.join(',')}]) AS c${i}_q`,
      );
    } else {
      parts.push(
        `min(${text}) AS c${i}_min`,
        `max(${text}) AS c${i}_max`,
        `approx_top_k(${text}, 5) AS c${i}_top`,
        `min(length(${text})) AS c${i}_lmin`,
        `avg(length(${text})) AS c${i}_lmean`,
        `max(length(${text})) AS c${i}_lmax`,
      );
    }
  });
  if (sketch?.categories)
    sketch = {
      ...sketch,
      manyValued: await manyValuedColumns(
        conn,
        plainSource(path, dataset),
        columns,
        MAX_CATEGORIES,
      ),
    };
  if (sketch) parts.push(...sketchParts(columns, sketch));
  const row =
    (
      await conn.runAndReadAll(`SELECT ${parts.join(', ')} FROM ${source}`)
    ).getRowObjectsJson()[0] ?? {};
  const empty = Number(row.empty ?? 0);
  // jsonl-malformed brings node:readline: loaded only for a file that needs it, not on every
  // small CSV's cold start.
  const badJson =
    jsonl && empty > 0
      ? await (
          await import('./jsonl-malformed')
        ).malformedJsonLines(
          path,
          /\.gz$/i.test(dataset) || /\.gz$/i.test(path),
          !(columns.length === 1 && columns[0]?.engineType === 'JSON'),
          empty,
        )
      : undefined;
  // Not one line is a JSON object (random bytes, another format): unreadable, as DuckDB's CSV
  // sniffer says of such a .csv, rather than an empty table.
  const firstBad = badJson?.first[0];
  if (firstBad && badJson.count === Number(row.rows))
    throw notReadable(
      path,
      dataset,
      revision,
      `no line is a JSON object; line ${firstBad.line}: ${firstBad.message.slice(0, 200)}`,
    );
  // Each malformed line is one of the all-NULL rows: they leave the profile as CSV's rejects
  // do (NULLs already stay out of distinct counts, extremes, moments, quantiles and top values).
  const dropped = Math.min(badJson?.count ?? 0, empty);
  const rows = Number(row.rows) - dropped;
  // Every all-NULL row has the same hash: it is one of the unique rows unless all were malformed.
  const unique = Number(row.unique) - (dropped > 0 && dropped === empty ? 1 : 0);
  const num = (v: unknown) => (v === null || v === undefined ? undefined : Number(v));
  const profiles: ColumnProfile[] = columns.map((c, i) => {
    const type = columnType(c.engineType);
    const present = Number(row[`c${i}_n`]);
    // (`rows` excludes the malformed JSON lines, whose NULLs are not among the present values.)
    const p = columnCounts(c, type, rows, present, Number(row[`c${i}_d`]));
    if (isNumeric(type)) {
      p.min = num(row[`c${i}_min`]);
      p.max = num(row[`c${i}_max`]);
      p.mean = num(row[`c${i}_mean`]);
      p.std = num(row[`c${i}_std`]);
      const q = row[`c${i}_q`];
      if (Array.isArray(q)) p.quantiles = q.map(Number);
    } else {
      p.min = (row[`c${i}_min`] as string | null) ?? undefined;
      p.max = (row[`c${i}_max`] as string | null) ?? undefined;
      const top = row[`c${i}_top`];
      if (Array.isArray(top)) p.top = top.map(String);
      if (row[`c${i}_lmin`] !== null)
        p.length = {
          min: Number(row[`c${i}_lmin`]),
          mean: Number(row[`c${i}_lmean`]),
          max: Number(row[`c${i}_lmax`]),
        };
    }
    return p;
  });
  const profile: TableProfile = {
    dataset,
    rows,
    duplicates: rows - unique,
    columns: profiles,
    malformed: badJson ?? (await malformedRows(conn, source, n)),
  };
  if (sketch) attachSketch(profile, readSketch(columns, sketch, row));
  return profile;
}

/** The file read without recording rejects (a side query must not add to the rejects table). */
function plainSource(path: string, dataset: string): string {
  return readExpression(path, dataset).replace('store_rejects=true', 'ignore_errors=true');
}

async function malformedRows(conn: DuckDBConnection, source: string, n: number) {
  if (!source.includes('store_rejects')) return { count: 0, first: [] };
  const count = (
    await conn.runAndReadAll(`SELECT count(*) AS n FROM cml_rej_${n}`)
  ).getRowObjectsJson()[0];
  const first = (
    await conn.runAndReadAll(`SELECT line, error_message FROM cml_rej_${n} ORDER BY line LIMIT 20`)
  ).getRowObjectsJson();
  return {
    count: Number(count?.n ?? 0),
    first: first.map((r) => ({ line: Number(r.line), message: String(r.error_message) })),
  };
}
