/**
 * Python's int is arbitrary precision, so DVC shows 2^53 + 1 and its change exactly. Readers keep
 * integers outside JavaScript's safe range as bigint; these helpers do arithmetic and comparison
 * on number | bigint as Python would (int with float compares exactly; int − float is a float).
 */
export type Num = number | bigint;

/** A bigint that fits a double exactly becomes a number, so ordinary values stay numbers. */
export function normalizeInt(value: bigint): Num {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : value;
}

/** An integer literal (decimal, optional sign) as number, or bigint when a double would round it. */
export function integerFromText(text: string): Num {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : BigInt(text);
}

/**
 * new − old. Two integers subtract exactly (a double would round 2^53 + 2 − (2^53 + 1) to 2 or 0);
 * a float on either side makes the result a float, as in Python.
 */
export function subtract(next: Num, old: Num, float: boolean): Num {
  if (!float && isInteger(next) && isInteger(old)) {
    if (typeof next === 'number' && typeof old === 'number') {
      const d = next - old;
      if (Number.isSafeInteger(d)) return d;
    }
    return normalizeInt(BigInt(next) - BigInt(old));
  }
  return Number(next) - Number(old);
}

/** −1, 0 or 1 as Python orders the two values exactly; NaN when either is NaN. */
export function compareNum(a: Num, b: Num): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number') return -compareNum(b, a);
  // a is a bigint, b a number.
  const n = b as number;
  if (Number.isNaN(n)) return NaN;
  if (!Number.isFinite(n)) return n > 0 ? -1 : 1;
  // An integer a is above a non-integer n exactly when it is above floor(n).
  const floor = BigInt(Math.floor(n));
  if (a > floor) return 1;
  if (a < floor) return -1;
  return Number.isInteger(n) ? 0 : -1;
}

export function isInteger(value: Num): boolean {
  return typeof value === 'bigint' || Number.isInteger(value);
}

/** Whether the value is a finite number (every bigint is). */
export function isFiniteNum(value: Num): boolean {
  return typeof value === 'bigint' || Number.isFinite(value);
}

export function absNum(value: Num): Num {
  return typeof value === 'bigint' ? (value < 0n ? -value : value) : Math.abs(value);
}
