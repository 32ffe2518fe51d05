import {
  columnCounts,
  columnType,
  isNumeric,
  QUANTILE_LEVELS,
  type ColumnProfile,
  type TableProfile,
} from '../profile';
import { hashInto, hashValueInto, type Hash64 } from './duckdb-hash';
import { HyperLogLog } from './hyperloglog';
import type { SmallColumn, SmallTable } from './read-table';
import { TDigest } from './t-digest';
import { TopK } from './top-k';
import { compareBytes, codePoints } from './text-order';

/**
 * The TableProfile the DuckDB path's aggregate query gives, computed over a small table in one
 * pass per column with DuckDB's own definitions: approx_count_distinct (HyperLogLog over the
 * typed values), approx_quantile (t-digest), approx_top_k, avg (a plain running sum),
 * stddev_samp (Welford's update), min/max of text in byte order, length in code points.
 */
export function profileSmallTable(table: SmallTable, dataset: string): TableProfile {
  const rows = table.rows;
  const columns = table.columns.map((c) => profileColumn(c, rows));
  // count(DISTINCT hash(all columns)): rows with the same typed values are duplicates.
  const seen = new Set<string>();
  // DuckDB hashes a DOUBLE's value (so -0.0 and 0.0 are one row) but casts -0.0 to '-0.0' text.
  const key = (c: SmallColumn, r: number) =>
    c.engineType === 'DOUBLE' ? (c.numbers as Float64Array)[r] : c.text[r];
  for (let r = 0; r < rows; r++) seen.add(JSON.stringify(table.columns.map((c) => key(c, r))));
  return {
    dataset,
    rows,
    duplicates: table.columns.length ? rows - seen.size : rows,
    columns,
    malformed: {
      count: table.malformed.length,
      first: [...table.malformed].sort((a, b) => a.line - b.line).slice(0, 20),
    },
  };
}

function profileColumn(c: SmallColumn, rows: number): ColumnProfile {
  const type = columnType(c.engineType);
  const hll = new HyperLogLog();
  let present = 0;
  // The typed value's hash feeds the HyperLogLog (the SQL counts native values); the text's hash
  // feeds the top-k (approx_top_k of the VARCHAR cast). For text they are one hash, kept as two
  // numbers a row.
  const his = new Uint32Array(rows);
  const los = new Uint32Array(rows);
  const h: Hash64 = { hi: 0, lo: 0 };
  const topOfText = c.engineType !== 'VARCHAR' && !isNumeric(type);
  for (let r = 0; r < rows; r++) {
    const t = c.text[r];
    if (t === null || t === undefined) continue;
    present++;
    hashValueInto(t, c.engineType, h);
    hll.add(h);
    if (topOfText) hashInto(t, h);
    his[r] = h.hi;
    los[r] = h.lo;
  }
  const p = columnCounts(c, type, rows, present, hll.count());
  if (isNumeric(type)) {
    const numbers = c.numbers as Float64Array;
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    let n = 0;
    let mean = 0;
    let m2 = 0;
    const digest = new TDigest();
    for (let r = 0; r < rows; r++) {
      const x = numbers[r] as number;
      if (Number.isNaN(x)) continue;
      if (x < min) min = x;
      if (x > max) max = x;
      sum += x;
      n++;
      const delta = (x - mean) / n;
      const next = mean + delta;
      m2 += (x - next) * (x - mean);
      mean = next;
      digest.add(x);
    }
    if (n) {
      p.min = min;
      p.max = max;
      p.mean = sum / n;
    }
    if (n > 1) {
      const std = Math.sqrt(m2 / (n - 1));
      if (Number.isFinite(std)) p.std = std;
    }
    p.quantiles = digest.quantiles(QUANTILE_LEVELS);
    if (!p.quantiles) delete p.quantiles;
  } else {
    const top = new TopK(5);
    let min: string | undefined;
    let max: string | undefined;
    let lmin = Infinity;
    let lmax = -Infinity;
    let lsum = 0;
    for (let r = 0; r < rows; r++) {
      const t = c.text[r];
      if (t === null || t === undefined) continue;
      if (min === undefined || compareBytes(t, min) < 0) min = t;
      if (max === undefined || compareBytes(t, max) > 0) max = t;
      top.add(t, { hi: his[r] as number, lo: los[r] as number });
      const len = codePoints(t);
      if (len < lmin) lmin = len;
      if (len > lmax) lmax = len;
      lsum += len;
    }
    p.min = min;
    p.max = max;
    if (!top.empty) p.top = top.top();
    if (present) p.length = { min: lmin, mean: lsum / present, max: lmax };
  }
  return p;
}
