import { ConfigurationError } from '../core/errors';
import { ReadBudget } from './limits';
import { integerFromText } from './exact';
import type { FlatMetrics, MetricEntry, Scalar } from './types';

/**
 * Reads JSON straight into flattened keys in one pass. Hand-written because JSON.parse loses what
 * the diff needs: whether a number was written as a float (`1.0` is `1.0` in DVC's tables), the
 * line of each key (for annotations), the file order of integer-like keys, and the line of a
 * syntax error. It also skips building the nested objects, so 100,000 keys cost one pass.
 * Nesting and key length are bounded (src/metrics/limits.ts): recursion stays far from the stack
 * limit, and a deep prefix repeated on every value cannot grow the keys quadratically.
 */
export function readJsonMetrics(text: string, file: string): FlatMetrics {
  return new JsonFlattener(text, file).run();
}

const enum Ch {
  Tab = 9,
  Newline = 10,
  Return = 13,
  Space = 32,
  Quote = 34,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  OpenBrace = 123,
  CloseBrace = 125,
}

class JsonFlattener {
  private pos = 0;
  private line = 1;
  private depth = 0;
  private readonly out: FlatMetrics = new Map();
  private readonly budget: ReadBudget;

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    this.budget = new ReadBudget(file);
  }

  private set(key: string, entry: MetricEntry): void {
    this.budget.key(key, entry.line);
    this.out.set(key, entry);
  }

  run(): FlatMetrics {
    // A byte-order mark is not JSON, but editors write it.
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.skipSpace();
    if (this.pos >= this.text.length) return this.out;
    this.value('', this.line);
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('unexpected text after the JSON value');
    return this.out;
  }

  private value(prefix: string, keyLine: number): void {
    const c = this.text.charCodeAt(this.pos);
    if (c === Ch.OpenBrace) return this.object(prefix);
    if (c === Ch.OpenBracket) return this.array(prefix, keyLine);
    let value: Scalar;
    let float = false;
    if (c === Ch.Quote) value = this.string();
    else if (
      (c === Ch.Minus && isDigit(this.text.charCodeAt(this.pos + 1))) ||
      (c >= Ch.Zero && c <= Ch.Nine)
    ) {
      const start = this.pos;
      float = this.numberLexeme();
      const lexeme = this.text.slice(start, this.pos);
      // Python's json reads integers exactly at any size; so does this reader.
      value = float ? Number(lexeme) : integerFromText(lexeme);
    } else if (this.text.startsWith('true', this.pos)) {
      value = true;
      this.pos += 4;
    } else if (this.text.startsWith('false', this.pos)) {
      value = false;
      this.pos += 5;
    } else if (this.text.startsWith('null', this.pos)) {
      value = null;
      this.pos += 4;
    } else {
      // Python's json module accepts these, and metrics written by Python can contain them.
      const special = /^(NaN|-?Infinity)/.exec(this.text.slice(this.pos, this.pos + 9));
      if (!special) this.fail('expected a value');
      value = Number(special![0]);
      float = true;
      this.pos += special![0].length;
    }
    // A repeated key keeps the last value in its first place, as Python's dict does.
    this.set(prefix, float ? { value, float, line: keyLine } : { value, line: keyLine });
  }

  private object(prefix: string): void {
    this.budget.enter(++this.depth, this.line);
    this.pos++;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === Ch.CloseBrace) {
      this.pos++;
      this.depth--;
      if (prefix !== '') this.set(prefix, { value: '{}', line: this.line, shape: 'empty-map' });
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== Ch.Quote) this.fail('expected a "key"');
      const keyLine = this.line;
      const key = this.string();
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== Ch.Colon) this.fail("expected ':' after the key");
      this.pos++;
      this.skipSpace();
      this.value(prefix === '' ? key : `${prefix}.${key}`, keyLine);
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos++);
      if (c === Ch.CloseBrace) {
        this.depth--;
        return;
      }
      if (c !== Ch.Comma) {
        this.pos--;
        this.fail("expected ',' or '}'");
      }
    }
  }

  private array(prefix: string, keyLine: number): void {
    this.budget.enter(++this.depth, this.line);
    this.pos++;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === Ch.CloseBracket) {
      this.pos++;
      this.depth--;
      this.set(prefix, { value: '[]', line: keyLine, shape: 'empty-list' });
      return;
    }
    for (let index = 0; ; index++) {
      this.skipSpace();
      const itemLine = this.line;
      this.value(prefix === '' ? String(index) : `${prefix}.${index}`, itemLine);
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos++);
      if (c === Ch.CloseBracket) {
        this.depth--;
        return;
      }
      if (c !== Ch.Comma) {
        this.pos--;
        this.fail("expected ',' or ']'");
      }
    }
  }

  /** Consumes a number; returns whether it is a float (has a fraction or an exponent). */
  private numberLexeme(): boolean {
    const t = this.text;
    let float = false;
    if (t.charCodeAt(this.pos) === Ch.Minus) this.pos++;
    const digitsStart = this.pos;
    while (isDigit(t.charCodeAt(this.pos))) this.pos++;
    if (this.pos === digitsStart) this.fail('expected a digit');
    if (t.charCodeAt(this.pos) === Ch.Dot) {
      float = true;
      this.pos++;
      const fraction = this.pos;
      while (isDigit(t.charCodeAt(this.pos))) this.pos++;
      if (this.pos === fraction) this.fail("expected a digit after '.'");
    }
    const e = t.charCodeAt(this.pos);
    if (e === 101 || e === 69) {
      float = true;
      this.pos++;
      const sign = t.charCodeAt(this.pos);
      if (sign === Ch.Plus || sign === Ch.Minus) this.pos++;
      const exponent = this.pos;
      while (isDigit(t.charCodeAt(this.pos))) this.pos++;
      if (this.pos === exponent) this.fail('expected a digit in the exponent');
    }
    return float;
  }

  private string(): string {
    const t = this.text;
    const start = ++this.pos;
    // Fast path: no escapes.
    for (;;) {
      const c = t.charCodeAt(this.pos);
      if (c === Ch.Quote) return t.slice(start, this.pos++);
      if (c === Ch.Backslash) break;
      if (Number.isNaN(c) || c < 0x20) this.fail('unterminated string');
      this.pos++;
    }
    // Slow path: find the closing quote, then let JSON.parse decode the escapes.
    let end = this.pos;
    for (;;) {
      const c = t.charCodeAt(end);
      if (c === Ch.Backslash) end += 2;
      else if (c === Ch.Quote) break;
      else if (Number.isNaN(c) || c < 0x20) {
        this.pos = end;
        this.fail('unterminated string');
      } else end++;
    }
    try {
      const decoded = JSON.parse(t.slice(start - 1, end + 1)) as string;
      this.pos = end + 1;
      return decoded;
    } catch {
      return this.fail('invalid escape in string');
    }
  }

  private skipSpace(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.pos);
      if (c === Ch.Newline) this.line++;
      else if (c !== Ch.Space && c !== Ch.Tab && c !== Ch.Return) return;
      this.pos++;
    }
  }

  private fail(what: string): never {
    const lineStart = this.text.lastIndexOf('\n', this.pos - 1) + 1;
    const column = this.pos - lineStart + 1;
    const found =
      this.pos >= this.text.length ? 'end of file' : JSON.stringify(this.text.charAt(this.pos));
    throw new ConfigurationError(
      `${this.file}:${this.line}:${column}: invalid JSON: ${what}, found ${found}.`,
      { file: this.file, line: this.line },
    );
  }
}

function isDigit(c: number): boolean {
  return c >= Ch.Zero && c <= Ch.Nine;
}
