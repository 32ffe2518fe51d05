/**
 * Label and field selectors as the API server parses them (apimachinery pkg/labels/selector.go:
 * `k=v`, `k==v`, `k!=v`, `k`, `!k`, `k in (a,b)`, `k notin (a,b)`; pkg/fields: `f=v`, `f==v`,
 * `f!=v`). A malformed selector is an error (HTTP 400), not an empty match.
 */
type Test = (labels: Record<string, string>) => boolean;

function splitTerms(selector: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      terms.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) terms.push(current.trim());
  return terms;
}

export function parseLabelSelector(selector: string): Test {
  const tests: Test[] = splitTerms(selector).map((term) => {
    let m = /^([^\s!=,()]+)\s*(==|=|!=)\s*([^\s!=,()]*)$/.exec(term);
    if (m) {
      const [, k, op, v] = m as unknown as [string, string, string, string];
      return op === '!=' ? (l) => l[k] !== v : (l) => l[k] === v;
    }
    m = /^([^\s!=,()]+)\s+(in|notin)\s+\(([^()]*)\)$/.exec(term);
    if (m) {
      const [, k, op, list] = m as unknown as [string, string, string, string];
      const values = list.split(',').map((s) => s.trim());
      return op === 'in'
        ? (l) => values.includes(l[k] ?? '\0')
        : (l) => !values.includes(l[k] ?? '\0');
    }
    m = /^(!?)([^\s!=,()]+)$/.exec(term);
    if (m) {
      const [, not, k] = m as unknown as [string, string, string];
      return not ? (l) => !(k in l) : (l) => k in l;
    }
    throw new Error(`unable to parse requirement: ${term}`);
  });
  return (labels) => tests.every((t) => t(labels));
}

/** Field selectors over the fields a resource supports (others: 400, as the server answers). */
export function parseFieldSelector(
  selector: string,
  fields: Record<string, (obj: any) => string | undefined>, // eslint-disable-line @typescript-eslint/no-explicit-any
): (obj: unknown) => boolean {
  const tests = splitTerms(selector).map((term) => {
    const m = /^([^\s!=]+)\s*(==|=|!=)\s*(.*)$/.exec(term);
    if (!m) throw new Error(`invalid selector: '${term}'; can't understand '${term}'`);
    const [, field, op, value] = m as unknown as [string, string, string, string];
    const get = fields[field];
    if (!get) throw new Error(`field label not supported: ${field}`);
    return (o: unknown) => (op === '!=' ? get(o) !== value : get(o) === value);
  });
  return (o) => tests.every((t) => t(o));
}
