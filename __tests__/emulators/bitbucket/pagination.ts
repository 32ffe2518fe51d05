// Bitbucket's page-based collections (narrative "pagination": `values`, `next`, `page`,
// `pagelen` default 10, at most 100, `size`) with the "filtering" narrative's `sort=[-]field`
// and the subset of `q` the driver uses: `field = "text"` / `field = 12` joined by AND.
import { HttpError } from './types';

export function fieldOf(item: unknown, path: string): unknown {
  let value: unknown = item;
  for (const part of path.split('.')) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

const CLAUSE =
  /^\s*([a-z_][a-z0-9_.]*)\s*(=|!=)\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null)\s*$/i;

export function filter(items: unknown[], q: string | null): unknown[] {
  if (q === null) return items;
  const clauses = q.split(/\s+AND\s+/).map((text) => {
    const m = CLAUSE.exec(text);
    if (!m)
      throw new HttpError(
        400,
        `Invalid query: ${text}`,
        'emulator evaluates = and != joined by AND',
      );
    return { field: m[1]!, op: m[2]!, value: JSON.parse(m[3]!) as unknown };
  });
  return items.filter((item) =>
    clauses.every(({ field, op, value }) => {
      const actual = fieldOf(item, field) ?? null;
      return op === '=' ? actual === value : actual !== value;
    }),
  );
}

export function sort(items: unknown[], sortBy: string | null): unknown[] {
  if (sortBy === null) return items;
  const descending = sortBy.startsWith('-');
  const field = descending ? sortBy.slice(1) : sortBy;
  if (items.length > 0 && items.every((i) => fieldOf(i, field) === undefined)) {
    throw new HttpError(400, `Invalid sort field: ${field}`);
  }
  const sorted = [...items].sort((a, b) => {
    const x = fieldOf(a, field) as string | number;
    const y = fieldOf(b, field) as string | number;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return descending ? sorted.reverse() : sorted;
}

export function paginate(rendered: unknown[], url: URL, defaultPagelen = 10): unknown {
  const items = sort(filter(rendered, url.searchParams.get('q')), url.searchParams.get('sort'));
  const pagelen = Number(url.searchParams.get('pagelen') ?? defaultPagelen);
  const page = Number(url.searchParams.get('page') ?? 1);
  const pages = Math.max(1, Math.ceil(items.length / pagelen));
  const at = (n: number) => {
    const u = new URL(url);
    u.searchParams.set('page', String(n));
    return u.toString();
  };
  return {
    size: items.length,
    page,
    pagelen,
    values: items.slice((page - 1) * pagelen, page * pagelen),
    ...(page < pages ? { next: at(page + 1) } : {}),
    ...(page > 1 ? { previous: at(page - 1) } : {}),
  };
}
