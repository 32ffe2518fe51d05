import type { Hash64 } from './duckdb-hash';

/**
 * DuckDB's approx_top_k (extension/core_functions/aggregate/holistic/approx_top_k.cpp): filtered
 * space-saving with 3·k monitored values and a filter of 8·3·k counters (rounded up to a power of
 * two) indexed by the value's hash. Re-implemented step for step so the order of the top values,
 * ties included, is the one the DuckDB path reports; no npm package implements this variant.
 */
interface Monitored {
  text: string;
  hash: Hash64;
  count: number;
  index: number;
}

export class TopK {
  private readonly values: Monitored[] = [];
  private readonly lookup = new Map<string, Monitored>();
  private readonly filter: number[];
  private readonly mask: number;
  private readonly capacity: number;

  constructor(private readonly k: number) {
    this.capacity = k * 3;
    const size = 2 ** Math.ceil(Math.log2(this.capacity * 8));
    this.filter = new Array<number>(size).fill(0);
    this.mask = size - 1;
  }

  add(text: string, hash: Hash64): void {
    const known = this.lookup.get(text);
    if (known) this.increment(known, 1);
    else this.insertOrReplace(text, hash);
  }

  /** The k most frequent values, most frequent first. */
  top(): string[] {
    return this.values.slice(0, this.k).map((v) => v.text);
  }

  get empty(): boolean {
    return this.values.length === 0;
  }

  private insertOrReplace(text: string, hash: Hash64): void {
    if (this.values.length < this.capacity)
      this.values.push({ text: '', hash, count: 0, index: this.values.length });
    const last = this.values[this.values.length - 1] as Monitored;
    if (last.count > 0) {
      // Full: the value only replaces the least frequent one once its filter slot catches up.
      const slot = hash.lo & this.mask;
      if ((this.filter[slot] as number) + 1 < last.count) {
        this.filter[slot] = (this.filter[slot] as number) + 1;
        return;
      }
      this.filter[last.hash.lo & this.mask] = last.count;
      this.lookup.delete(last.text);
    }
    last.text = text;
    last.hash = hash;
    this.lookup.set(text, last);
    this.increment(last, 1);
  }

  private increment(value: Monitored, by: number): void {
    value.count += by;
    const v = this.values;
    while (value.index > 0 && value.count > (v[value.index - 1] as Monitored).count) {
      const other = v[value.index - 1] as Monitored;
      v[value.index - 1] = value;
      v[value.index] = other;
      other.index = value.index;
      value.index -= 1;
    }
  }
}
