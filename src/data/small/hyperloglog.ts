import type { Hash64 } from './duckdb-hash';

/**
 * DuckDB's approx_count_distinct (extension/core_functions/aggregate/distributive/approx_count.cpp
 * and common/types/hyperloglog.hpp, as built in @duckdb/node-api 1.5.6): 2^6 registers, Ertl's improved estimator
 * ("New cardinality estimation algorithms for HyperLogLog sketches", arXiv:1702.01284), with
 * DuckDB's register and count indexing kept as they are so the estimate is the same number.
 */
const P = 6;
const M = 1 << P;
const Q = 64 - P;
// DuckDB's constant 1 / (2 ln 2), to the precision a double holds.
const ALPHA = 0.7213475204444817;

export class HyperLogLog {
  private readonly registers = new Uint8Array(M);

  add(h: Hash64): void {
    const i = h.lo & (M - 1);
    // h >> P, then bit Q set, so at most Q trailing zeros.
    const lo = ((h.lo >>> P) | (h.hi << (32 - P))) >>> 0;
    const hi = ((h.hi >>> P) | (1 << (Q - 32))) >>> 0;
    const zeros = lo !== 0 ? ctz(lo) : 32 + ctz(hi);
    const z = zeros + 1;
    if (z > (this.registers[i] as number)) this.registers[i] = z;
  }

  count(): number {
    const c = new Array<number>(Q + 2).fill(0);
    for (const r of this.registers) c[r] = (c[r] as number) + 1;
    let z = M * tau((M - (c[Q] as number)) / M);
    for (let k = Q; k >= 1; --k) {
      z += c[k] as number;
      z *= 0.5;
    }
    z += M * sigma((c[0] as number) / M);
    return Math.round((ALPHA * M * M) / z);
  }
}

function ctz(x: number): number {
  return 31 - Math.clz32(x & -x);
}

function sigma(x: number): number {
  if (x === 1) return Infinity;
  let y = 1;
  let z = x;
  let prev: number;
  do {
    x *= x;
    prev = z;
    z += x * y;
    y += y;
  } while (prev !== z);
  return z;
}

function tau(x: number): number {
  if (x === 0 || x === 1) return 0;
  let y = 1;
  let z = 1 - x;
  let prev: number;
  do {
    x = Math.sqrt(x);
    prev = z;
    y *= 0.5;
    z -= (1 - x) * (1 - x) * y;
  } while (prev !== z);
  return z / 3;
}
