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
  const isFloat = float === true || !Number.isInteger(value);
  if (!isFloat) return String(value);
  return pythonFloat(precision ? roundTo(value, precision) : value);
}

export function formatEntry(entry: MetricEntry | undefined, precision?: number): string {
  return formatValue(entry?.value, entry?.float, precision);
}

/** Python's round(x, n) for n ≥ 1 (exact ties cannot occur in binary floats at n ≥ 1). */
export function roundTo(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const rounded = Number(value.toFixed(Math.min(digits, 100)));
  // toFixed switches to exponent notation at 1e21; such values have no decimals to round.
  return Number.isNaN(rounded) ? value : rounded;
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
