import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../core/errors';

/**
 * Data rules, one a line (inputs, --rule) or as `rules:` in a YAML file:
 *
 *   schema may not change                      no column added, removed, retyped or reordered
 *   rows may not drop by more than 5%          …or `rows may not rise`, absolute tolerance without %
 *   rows >= 1000                                threshold on HEAD's row count
 *   duplicates <= 0.5%                          duplicate rows (count, or % of rows)
 *   missing(age) <= 1%                          missing rate (a % or a fraction); `*` = every column
 *   psi(income) < 0.2   ks(score) < 0.1   js(city) < 0.1    drift statistics (diff only)
 *   distinct(id) >= 100   mean(x) <= 3   min(x) >= 0   max(x) <= 9   std(x) < 2
 *   range(price) within 0..10000               every value within the bounds
 *
 * Every rule applies to each dataset that has the column.
 */
export type Op = '>=' | '>' | '<=' | '<' | '==' | '!=';
export type Stat = 'missing' | 'psi' | 'ks' | 'js' | 'distinct' | 'mean' | 'min' | 'max' | 'std';

interface Base {
  text: string;
  file?: string;
  line?: number;
}
export type DataRule =
  | (Base & { kind: 'schema' })
  | (Base & { kind: 'rows-change'; forbid: 'drop' | 'rise'; tolerance: number; percent: boolean })
  | (Base & { kind: 'rows'; op: Op; value: number })
  | (Base & { kind: 'duplicates'; op: Op; value: number; percent: boolean })
  | (Base & { kind: 'stat'; stat: Stat; column: string; op: Op; value: number; percent: boolean })
  | (Base & { kind: 'range'; column: string; low: number; high: number });

const NUM = '[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?';
const OP = '(>=|<=|==|!=|>|<)';
const SCHEMA = /^schema\s+(?:may|must|should)\s+not\s+change$/i;
const ROWS_CHANGE = new RegExp(
  `^rows\\s+(?:may|must|should)\\s+not\\s+(drop|decrease|fall|rise|increase|grow)(?:\\s+by\\s+more\\s+than\\s+(${NUM})\\s*(%)?)?$`,
  'i',
);
const ROWS = new RegExp(`^rows\\s*${OP}\\s*(${NUM})$`, 'i');
const DUPLICATES = new RegExp(`^duplicates\\s*${OP}\\s*(${NUM})\\s*(%)?$`, 'i');
const STAT = new RegExp(
  `^(missing|psi|ks|js|distinct|mean|min|max|std)\\(\\s*([^)]+?)\\s*\\)\\s*${OP}\\s*(${NUM})\\s*(%)?$`,
  'i',
);
const RANGE = new RegExp(
  `^range\\(\\s*([^)]+?)\\s*\\)\\s+within\\s+(${NUM})\\s*\\.\\.\\s*(${NUM})$`,
  'i',
);

export function parseRule(raw: string, where: { file?: string; line?: number } = {}): DataRule {
  const text = raw.trim();
  const base = { text, ...where };
  let m: RegExpMatchArray | null;
  if (SCHEMA.test(text)) return { ...base, kind: 'schema' };
  if ((m = text.match(ROWS_CHANGE))) {
    return {
      ...base,
      kind: 'rows-change',
      forbid: /drop|decrease|fall/i.test(m[1] ?? '') ? 'drop' : 'rise',
      tolerance: m[2] ? Number(m[2]) : 0,
      percent: m[3] === '%',
    };
  }
  if ((m = text.match(ROWS))) return { ...base, kind: 'rows', op: m[1] as Op, value: Number(m[2]) };
  if ((m = text.match(DUPLICATES)))
    return {
      ...base,
      kind: 'duplicates',
      op: m[1] as Op,
      value: Number(m[2]),
      percent: m[3] === '%',
    };
  if ((m = text.match(STAT))) {
    const stat = (m[1] ?? '').toLowerCase() as Stat;
    const percent = m[5] === '%';
    if (percent && stat !== 'missing')
      throw bad(text, where, `a percentage only fits missing(); write ${stat}() as a number`);
    return {
      ...base,
      kind: 'stat',
      stat,
      column: m[2] ?? '',
      op: m[3] as Op,
      value: Number(m[4]),
      percent,
    };
  }
  if ((m = text.match(RANGE))) {
    const low = Number(m[2]);
    const high = Number(m[3]);
    if (low > high)
      throw bad(text, where, `the range's low bound ${low} is above its high bound ${high}`);
    return { ...base, kind: 'range', column: m[1] ?? '', low, high };
  }
  throw bad(
    text,
    where,
    "expected e.g. 'missing(age) <= 1%', 'rows may not drop by more than 5%', 'psi(income) < 0.2', 'schema may not change', 'range(price) within 0..10000'",
  );
}

function bad(
  text: string,
  where: { file?: string; line?: number },
  expected: string,
): ConfigurationError {
  const at = where.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
  return new ConfigurationError(`${at}invalid data rule '${text}': ${expected}`, where);
}

/**
 * Rule lines from inputs plus the `rules:` list of a YAML file (each with its line). The YAML
 * parser loads only for a rules file: a run without one (a small file's cold start, issue 14)
 * does not read it.
 */
export async function loadDataRules(
  lines: string[],
  rulesFile: string | undefined,
  readPath: (p: string) => string,
): Promise<DataRule[]> {
  const rules = lines
    .flatMap((l) => l.split('\n'))
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => parseRule(l));
  if (rulesFile) {
    let text: string;
    try {
      text = readFileSync(readPath(rulesFile), 'utf8');
    } catch {
      throw new ConfigurationError(`${rulesFile}: cannot read the rules file`, { file: rulesFile });
    }
    const { LineCounter, parseDocument, isSeq, isScalar } = await import('yaml');
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter });
    if (doc.errors.length)
      throw new ConfigurationError(
        `${rulesFile}: not valid YAML (${doc.errors[0]?.message.split('\n')[0] ?? ''})`,
        { file: rulesFile },
      );
    const list = doc.get('rules', true);
    if (!isSeq(list))
      throw new ConfigurationError(`${rulesFile}: expected a 'rules:' list of rule lines`, {
        file: rulesFile,
      });
    for (const item of list.items) {
      const line = isScalar(item) && item.range ? counter.linePos(item.range[0]).line : undefined;
      if (!isScalar(item) || typeof item.value !== 'string')
        throw new ConfigurationError(
          `${rulesFile}${line ? `:${line}` : ''}: each rule is a line of text`,
          { file: rulesFile, line },
        );
      rules.push(parseRule(item.value, { file: rulesFile, line }));
    }
  }
  return rules;
}

export function compare(actual: number, op: Op, expected: number): boolean {
  switch (op) {
    case '>=':
      return actual >= expected;
    case '>':
      return actual > expected;
    case '<=':
      return actual <= expected;
    case '<':
      return actual < expected;
    case '==':
      return actual === expected;
    case '!=':
      return actual !== expected;
  }
}
