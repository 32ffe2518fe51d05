// GitLab's offset pagination: per_page 20 by default, at most 100; X-* headers and a Link header.
import { HttpError, type RouteResult } from './router';

export function paginate<T>(
  items: T[],
  render: (item: T) => unknown,
  input: Record<string, unknown>,
  url: URL,
): RouteResult {
  const perPage = Math.min(100, Math.max(1, Number(input.per_page ?? 20) || 20));
  const page = Math.max(1, Number(input.page ?? 1) || 1);
  if (input.page !== undefined && !/^\d+$/.test(String(input.page))) {
    throw new HttpError(400, { error: 'page is invalid' });
  }
  const total = items.length;
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (p: number) => {
    const u = new URL(url);
    u.searchParams.set('page', String(p));
    u.searchParams.set('per_page', String(perPage));
    return u.toString();
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${link(page - 1)}>; rel="prev"`);
  if (page < totalPages) links.push(`<${link(page + 1)}>; rel="next"`);
  links.push(`<${link(1)}>; rel="first"`, `<${link(totalPages)}>; rel="last"`);
  return {
    status: 200,
    body: slice.map(render),
    headers: {
      'x-page': String(page),
      'x-per-page': String(perPage),
      'x-next-page': page < totalPages ? String(page + 1) : '',
      'x-prev-page': page > 1 ? String(page - 1) : '',
      'x-total': String(total),
      'x-total-pages': String(totalPages),
      link: links.join(', '),
    },
  };
}
