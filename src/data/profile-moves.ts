import type { ColumnProfile } from './profile';

/**
 * What moved in a column's profile between base and HEAD, one `field before → after` per field
 * that differs (min, max, mean, std, missing, distinct, top values), for the table's "profile"
 * row and for `changed` ("any column's profile differs"). min and max show the values (up to 12
 * significant digits); the estimates the fewest significant digits (4 to 12) that tell the two
 * sides apart. A difference of float rounding alone (relative 1e-12) is not a move.
 */
export function profileMoves(base: ColumnProfile, head: ColumnProfile): string[] {
  const moves: string[] = [];
  const field = (name: string, b: unknown, h: unknown, exact = false) => {
    const shown = moved(b, h, exact ? 12 : 4);
    if (shown) moves.push(`${name} ${shown[0]} → ${shown[1]}`);
  };
  // min and max are values of the data: shown as they are; the rest are estimates.
  field('min', base.min, head.min, true);
  field('max', base.max, head.max, true);
  field('mean', base.mean, head.mean);
  field('std', base.std, head.std);
  field('missing', base.missing, head.missing);
  field('distinct', base.distinct, head.distinct);
  const top = (c: ColumnProfile) => (c.top ?? []).slice(0, 3).join(', ');
  if ((base.top ?? []).join('\0') !== (head.top ?? []).join('\0'))
    moves.push(`top ${top(base) || '-'} → ${top(head) || '-'}`);
  return moves;
}

function moved(b: unknown, h: unknown, from: number): [string, string] | undefined {
  if (typeof b === 'number' && typeof h === 'number') {
    if (b === h || Math.abs(b - h) <= 1e-12 * Math.max(Math.abs(b), Math.abs(h))) return undefined;
    for (let digits = from; digits <= 12; digits++) {
      const [sb, sh] = [number(b, digits), number(h, digits)];
      if (sb !== sh) return [sb, sh];
    }
    return [String(b), String(h)];
  }
  if (b === h) return undefined;
  return [b === undefined ? '-' : String(b), h === undefined ? '-' : String(h)];
}

/** Integers as they are; others with `digits` significant digits, no trailing zeros. */
function number(n: number, digits: number): string {
  if (Number.isInteger(n)) return String(n);
  if (Math.abs(n) >= 10 ** digits) return n.toFixed(0);
  return String(Number(n.toPrecision(digits)));
}
