import type { MetricEntry, Scalar } from './types';

/**
 * Values printed the way DVC prints them: DVC formats with Python's str(), so floats use
 * Python's repr (`1.0`, `1e-05`, `inf`), booleans read `True`/`False`, and a missing value is `-`.
 * With a precision, floats are first rounded to that many decimal places (round(x, n)).
 */
export function formatValue(
  value: Scalar | undefined,
  float: boolean | undefined,
  precision: number | undefined,
): string {
  if (value === null || value === undefined) return '-';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return String(value);
  const isFloat = float === true || !Number.isInteger(value);
  if (!isFloat) return String(value);
  return pythonFloat(precision ? roundTo(value, precision) : value);
}

export function formatEntry(entry: MetricEntry | undefined, precision?: number): string {
  return formatValue(entry?.value, entry?.float, precision);
}

/**
 * Python's round(x, n): correctly rounded on the exact binary value, ties to even. A tie needs
 * the exact value to end in a 5 right after the last kept digit, so 0.125 (exact in binary)
 * rounds to 0.12 while 2.675 (really 2.67499999…) rounds to 2.67. toFixed rounds the exact
 * value too, but ties away from zero; ties are found from its exact 100-digit expansion. A
 * negative n rounds to tens, hundreds… (DVC passes `--precision -1` through to round()).
 */
export function roundTo(value: number, digits: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  if (digits < 0) return roundToTens(value, -digits);
  // From 1e21 toFixed switches to exponent notation; such doubles have no decimals anyway.
  if (digits >= 100 || Math.abs(value) >= 1e21) return value;
  const rounded = Number(value.toFixed(digits));
  const exact = Math.abs(value).toFixed(100);
  const point = exact.indexOf('.');
  const rest = exact.slice(point + 1 + digits);
  if (!/^50*$/.test(rest)) return rounded;
  // A tie: keep the even neighbour. toFixed chose the one away from zero.
  const kept = exact.slice(0, point + 1 + digits).replace('.', '');
  const lastDigit = Number(kept.at(-1));
  if (lastDigit % 2 === 1) return rounded;
  const truncated = Number(`${exact.slice(0, point + 1 + digits)}`);
  return value < 0 ? -truncated : truncated;
}

function roundToTens(value: number, places: number): number {
  const unit = 10 ** places;
  if (!Number.isFinite(unit)) return value < 0 ? -0 : 0;
  const quotient = value / unit;
  let whole = Math.round(quotient);
  // A tie is only possible for an integer value (x = (k + ½)·10^n); Math.round ties upwards.
  if (Number.isInteger(value) && Math.abs(value) < 2 ** 53 && Math.abs(value % unit) === unit / 2) {
    const down = Math.trunc(quotient);
    whole = down % 2 === 0 ? down : down + Math.sign(value);
  }
  return whole * unit;
}

/** Python's repr() of a float: shortest round-trip digits, exponent form outside 1e-4 ≤ |x| < 1e16. */
export function pythonFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const sign = value < 0 ? '-' : '';
  const [mantissa, exponentText] = Math.abs(value).toExponential().split('e');
  const digits = mantissa!.replace('.', '');
  const exponent = Number(exponentText);
  const point = exponent + 1; // digits are 0.d1d2… × 10^point
  if (point > -4 && point <= 16) {
    if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
    if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}.0`;
    return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  }
  const rest = digits.length > 1 ? `.${digits.slice(1)}` : '';
  const exp = Math.abs(exponent).toString().padStart(2, '0');
  return `${sign}${digits[0]}${rest}e${exponent < 0 ? '-' : '+'}${exp}`;
}
