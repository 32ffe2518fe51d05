import type { DriftSketch, SketchRequest } from '../drift-sketch';
import { columnType, isNumeric } from '../profile';
import { CATEGORY_BINS, CATEGORY_NAMES } from '../sketch-sizes';
import { hashInto, type Hash64 } from './duckdb-hash';
import type { SmallTable } from './read-table';
import { smallGridCounts } from './table-queries';
import { TopK } from './top-k';

/** 2^32 mod the bin count, to fold a 64-bit hash into a bin without BigInt. */
const HIGH = 0x1_0000_0000 % CATEGORY_BINS;
const scratch: Hash64 = { hi: 0, lo: 0 };

/** DuckDB's hash(text) % CATEGORY_BINS, the 64-bit hash taken as an unsigned number. */
function binOf(h: Hash64): number {
  return (
    ((((h.hi % CATEGORY_BINS) * HIGH) % CATEGORY_BINS) + (h.lo % CATEGORY_BINS)) % CATEGORY_BINS
  );
}

/** The bin a category's text is counted in (drift.ts names the chart's bins with it). */
export function categoryBin(text: string): number {
  hashInto(text, scratch);
  return binOf(scratch);
}

/**
 * drift-sketch.ts's aggregates over a small table, with DuckDB's definitions: hash(text) % bins
 * (the 64-bit hash of the VARCHAR cast, taken modulo as an unsigned number), approx_top_k of the
 * text, histogram(x, edges) for numbers.
 */
export function smallSketch(table: SmallTable, request: SketchRequest): DriftSketch {
  const sketch: DriftSketch = { categories: new Map(), names: new Map(), numeric: new Map() };
  const h: Hash64 = { hi: 0, lo: 0 };
  for (const column of table.columns) {
    const type = columnType(column.engineType);
    if (isNumeric(type)) {
      const edges = request.edges?.get(column.name);
      if (!edges?.length) continue;
      sketch.numeric.set(column.name, {
        edges,
        counts: smallGridCounts(table, column.name, edges),
      });
    } else if (request.categories) {
      const counts = new Map<number, number>();
      const top = new TopK(CATEGORY_NAMES);
      for (const text of column.text) {
        if (text === null || text === undefined) continue;
        hashInto(text, h);
        const bin = binOf(h);
        counts.set(bin, (counts.get(bin) ?? 0) + 1);
        top.add(text, { hi: h.hi, lo: h.lo });
      }
      sketch.categories.set(column.name, counts);
      sketch.names.set(column.name, top.empty ? [] : top.top());
    }
  }
  return sketch;
}
