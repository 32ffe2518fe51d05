/**
 * DuckDB's 64-bit hash of a VARCHAR (src/common/types/hash.cpp: HashBytes, then MurmurHash64),
 * written out here because the small-file engine must feed exactly the hashes DuckDB feeds its
 * HyperLogLog and top-k sketches, or their estimates would differ from the DuckDB path's. No
 * npm package computes this hash. 64-bit words are kept as two unsigned 32-bit halves: plain
 * number arithmetic is several times faster than BigInt here.
 */
export interface Hash64 {
  hi: number;
  lo: number;
}

const MUL_HI = 0xd6e8feb8;
const MUL_LO = 0x6659fd93;
const SEED_MUL_HI = 0xc6a4a793;
const SEED_MUL_LO = 0x5bd1e995;
const TWO32 = 0x1_0000_0000;

/** (aHi:aLo × bHi:bLo) mod 2^64, into out. */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number, out: Hash64): void {
  const a0 = aLo & 0xffff;
  const a1 = aLo >>> 16;
  const b0 = bLo & 0xffff;
  const b1 = bLo >>> 16;
  const mid = a0 * b1 + a1 * b0; // < 2^33
  const low = a0 * b0 + (mid % 65536) * 65536; // < 2^33
  const carry = Math.floor(low / TWO32);
  out.lo = low >>> 0;
  out.hi =
    (a1 * b1 + Math.floor(mid / 65536) + carry + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) >>> 0;
}

/** MurmurHash64 (hash.hpp): three xor-shift-32 rounds around two multiplications. */
function murmur64(h: Hash64): void {
  h.lo = (h.lo ^ h.hi) >>> 0;
  mul64(h.hi, h.lo, MUL_HI, MUL_LO, h);
  h.lo = (h.lo ^ h.hi) >>> 0;
  mul64(h.hi, h.lo, MUL_HI, MUL_LO, h);
  h.lo = (h.lo ^ h.hi) >>> 0;
}

const encoder = new TextEncoder();
/** Reused for every string, so hashing allocates nothing; grown for longer strings. */
let bytes = new Uint8Array(256);

/**
 * The hash DuckDB's Hash(string_t) gives the UTF-8 bytes of `text`, written into `out`
 * (callers keep many hashes: two numbers each, no object per value).
 */
export function hashInto(text: string, out: Hash64): void {
  let len = text.length;
  let ascii = true;
  for (let i = 0; i < len; i++) if (text.charCodeAt(i) > 0x7f) ascii = false;
  if (ascii) {
    if (bytes.length < len + 8) bytes = new Uint8Array(2 * len + 8);
    for (let i = 0; i < len; i++) bytes[i] = text.charCodeAt(i);
  } else {
    if (bytes.length < 3 * len + 8) bytes = new Uint8Array(6 * len + 8);
    len = encoder.encodeInto(text, bytes).written;
  }
  const h = out;
  mul64(0, len, SEED_MUL_HI, SEED_MUL_LO, h);
  h.lo = (h.lo ^ 0xe17a1465) >>> 0;
  for (let at = 0; at < len; at += 8) {
    // Little-endian 8-byte blocks; the last one zero-padded (DuckDB memcpy's the remainder).
    let lo = 0;
    let hi = 0;
    for (let b = 0; b < 4 && at + b < len; b++) lo += (bytes[at + b] as number) * 2 ** (8 * b);
    for (let b = 0; b < 4 && at + 4 + b < len; b++)
      hi += (bytes[at + 4 + b] as number) * 2 ** (8 * b);
    h.hi = (h.hi ^ hi) >>> 0;
    h.lo = (h.lo ^ lo) >>> 0;
    mul64(h.hi, h.lo, MUL_HI, MUL_LO, h);
  }
  murmur64(h);
}

/** The hash DuckDB's Hash(string_t) gives the UTF-8 bytes of `text`. */
export function hashString(text: string): Hash64 {
  const h: Hash64 = { hi: 0, lo: 0 };
  hashInto(text, h);
  return h;
}

const view = new DataView(new ArrayBuffer(8));

/** MurmurHash64 of a 64-bit two's-complement integer, into out. */
function hashInt64(value: bigint, out: Hash64): void {
  view.setBigInt64(0, BigInt.asIntN(64, value), true);
  out.lo = view.getUint32(0, true);
  out.hi = view.getUint32(4, true);
  murmur64(out);
}

const DAY_MS = 86_400_000;

/**
 * The hash DuckDB's approx_count_distinct gives a value of the column's type (Hash<T> in
 * hash.cpp, checked against DuckDB 1.5.6's hash()): MurmurHash64 of the int64 for BIGINT, of
 * 0/1 for BOOLEAN, of the days since 1970 for DATE, of the microseconds since 1970 for
 * TIMESTAMP, of the IEEE bits for DOUBLE (0.0 and -0.0 both hash to 0); the text's bytes for
 * VARCHAR. `text` is the value's CAST(… AS VARCHAR), as the small-file reader keeps it.
 */
export function hashValueInto(text: string, type: string, out: Hash64): void {
  switch (type) {
    case 'BIGINT':
      return hashInt64(BigInt(text), out);
    case 'BOOLEAN':
      return hashInt64(text === 'true' ? 1n : 0n, out);
    case 'DATE': {
      const [y, m, d] = text.split('-').map(Number) as [number, number, number];
      return hashInt64(BigInt(Math.round(Date.UTC(y, m - 1, d) / DAY_MS)), out);
    }
    case 'TIMESTAMP': {
      const [date = '', time = ''] = text.split(' ');
      const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
      const [hms = '', fraction = ''] = time.split('.');
      const [h, mi, s] = hms.split(':').map(Number) as [number, number, number];
      const micros =
        BigInt(Date.UTC(y, mo - 1, d, h, mi, s)) * 1000n + BigInt(fraction.padEnd(6, '0') || 0);
      return hashInt64(micros, out);
    }
    case 'DOUBLE': {
      const x = Number(text);
      if (x === 0) {
        out.hi = 0;
        out.lo = 0;
        return;
      }
      view.setFloat64(0, x, true);
      out.lo = view.getUint32(0, true);
      out.hi = view.getUint32(4, true);
      return murmur64(out);
    }
    default:
      return hashInto(text, out);
  }
}
