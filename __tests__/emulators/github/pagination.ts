/**
 * GitHub's page-based pagination: per_page (default 30, at most 100), page (from 1), and a Link
 * header with prev/next/last/first when there is more than one page.
 */
import { HttpError, type HttpResult } from './types';

export function pageParams(query: Record<string, string>): { perPage: number; page: number } {
  const perPage = query.per_page === undefined ? 30 : Number(query.per_page);
  const page = query.page === undefined ? 1 : Number(query.page);
  if (!Number.isInteger(perPage) || !Number.isInteger(page)) {
    throw new HttpError(422, 'per_page and page must be integers');
  }
  return { perPage: Math.min(Math.max(perPage, 1), 100), page: Math.max(page, 1) };
}

export function pageOf<T>(
  request: { baseUrl: string; path: string; query: Record<string, string> },
  items: T[],
): { items: T[]; link?: string } {
  const { perPage, page } = pageParams(request.query);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  if (last === 1 && page === 1) return { items: slice };
  const link = (n: number, rel: string) => {
    const params = new URLSearchParams({ ...request.query, page: String(n) });
    return `<${request.baseUrl}${request.path}?${params.toString()}>; rel="${rel}"`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) parts.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) parts.push(link(1, 'first'));
  return { items: slice, link: parts.join(', ') };
}

export function paginate<T>(
  request: { baseUrl: string; path: string; query: Record<string, string> },
  items: T[],
  render: (item: T) => unknown,
): HttpResult {
  const { items: slice, link } = pageOf(request, items);
  return { status: 200, body: slice.map(render), headers: link ? { link } : undefined };
}
