/**
 * The types DuckDB's CSV sniffer gives a column (read_csv's auto-detection: BOOLEAN, BIGINT,
 * DOUBLE, DATE, TIMESTAMP, else VARCHAR; https://duckdb.org/docs/stable/data/csv/auto_detection),
 * for the values whose outcome was checked against DuckDB 1.5.6 (__tests__/data-small-engine.test.ts).
 * A value outside those ('0x1F', '1,5', ' 5', 'inf', '2024/01/31', '10:00:00'…) is `unknown`, and
 * the file goes to DuckDB instead: the small-file path answers only where it is known to agree.
 */
export type ValueClass = 'bool' | 'int' | 'double' | 'date' | 'timestamp' | 'string' | 'unknown';
export type EngineType = 'BOOLEAN' | 'BIGINT' | 'DOUBLE' | 'DATE' | 'TIMESTAMP' | 'VARCHAR';

const BOOL = /^(true|false|t|f|yes|no)$/i;
const TRUE = /^(true|t|yes)$/i;
const INT = /^-?(0|[1-9]\d*)$/;
/** Zero-padded integers (zip codes, ids) stay text in DuckDB's sniffer. */
const PADDED_INT = /^0\d+$/;
const DOUBLE = /^-?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?$/;
const SPECIAL_NUMBER = /^[+-]?(inf|infinity|nan)$/i;
/** Characters a number, date, time or hex literal DuckDB might accept is made of. */
const NUMERIC_LOOKING = /^[0-9+\-.:/ TtZzEeXxA-Fa-f_,]*$/;
const INT64_MAX = 9223372036854775807n;

export function classify(v: string): ValueClass {
  if (v !== v.trim()) {
    // DuckDB trims before casting: ' 5' is a number. Only plain text is safe to keep.
    return v.trim() !== '' && classify(v.trim()) === 'string' ? 'string' : 'unknown';
  }
  if (BOOL.test(v)) return 'bool';
  if (INT.test(v)) {
    const n = BigInt(v);
    return n <= INT64_MAX && n >= -INT64_MAX - 1n ? 'int' : 'unknown';
  }
  if (PADDED_INT.test(v)) return 'string';
  if (DOUBLE.test(v)) return /^-?0\d/.test(v) ? 'unknown' : 'double';
  const date = DATE.exec(v);
  if (date) return validDate(date) ? 'date' : 'unknown';
  const ts = TIMESTAMP.exec(v);
  if (ts) return validDate(ts) && validTime(ts) ? 'timestamp' : 'unknown';
  if (SPECIAL_NUMBER.test(v)) return 'unknown';
  if (/^[A-Za-z]/.test(v) && !/^0x/i.test(v)) return 'string';
  return NUMERIC_LOOKING.test(v) ? 'unknown' : 'string';
}

function validDate(m: RegExpExecArray): boolean {
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function validTime(m: RegExpExecArray): boolean {
  return Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? 0) < 60;
}

/** The type of a column from the classes of its values; undefined when DuckDB is needed. */
export function columnTypeOf(classes: Set<ValueClass>): EngineType | undefined {
  if (classes.has('unknown')) return undefined;
  if (classes.size === 0) return 'VARCHAR';
  if (classes.has('string')) return 'VARCHAR';
  const only = (...allowed: ValueClass[]) => [...classes].every((c) => allowed.includes(c));
  if (only('bool')) return 'BOOLEAN';
  if (only('int')) return 'BIGINT';
  if (only('int', 'double')) return 'DOUBLE';
  if (only('date')) return 'DATE';
  if (only('timestamp')) return 'TIMESTAMP';
  // Checked: a boolean and a number give text. Other mixtures are left to DuckDB.
  if (only('bool', 'int', 'double')) return 'VARCHAR';
  return undefined;
}

/** CAST(value AS VARCHAR) of a value sniffed as `type`, or undefined when DuckDB is needed. */
export function castText(v: string, type: EngineType): string | undefined {
  switch (type) {
    case 'VARCHAR':
    case 'DATE':
      return v;
    case 'BOOLEAN':
      return TRUE.test(v) ? 'true' : 'false';
    case 'BIGINT':
      return v.length < 16 ? String(Number(v)) : BigInt(v).toString();
    case 'DOUBLE': {
      const x = Number(v);
      if (Object.is(x, -0)) return '-0.0';
      return Number.isFinite(x) ? doubleText(x) : undefined;
    }
    case 'TIMESTAMP': {
      const m = TIMESTAMP.exec(v) as RegExpExecArray;
      const fraction = (m[7] ?? '').replace(/0+$/, '');
      return `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6] ?? '00'}${fraction ? `.${fraction}` : ''}`;
    }
  }
}

/**
 * DuckDB's DOUBLE → VARCHAR: the shortest digits that round-trip (as JavaScript's), written
 * like Python's repr: fixed notation with a `.0` for whole numbers from 1e-4 up to 1e16,
 * scientific (`1e+16`, `3e-05`) outside.
 */
export function doubleText(x: number): string {
  const abs = Math.abs(x);
  if (abs >= 1e-4 && abs < 1e16) {
    // JavaScript writes this range in fixed notation with the same shortest digits.
    const fixed = String(x);
    return fixed.includes('.') ? fixed : `${fixed}.0`;
  }
  const [mantissa = '', exp = '0'] = x.toExponential().split('e');
  const e = Number(exp);
  if (e < -4 || e >= 16) {
    const digits = String(Math.abs(e)).padStart(2, '0');
    return `${mantissa}e${e < 0 ? '-' : '+'}${digits}`;
  }
  const fixed = String(x);
  return fixed.includes('.') ? fixed : `${fixed}.0`;
}
