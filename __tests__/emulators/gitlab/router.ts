// The emulator's route table: each route names its method, path template and the parameters
// GitLab's REST documentation lists for it. A request that matches no route, misses a required
// parameter or sends one the documentation does not list is a violation (and answered 400/404),
// so tests catch a driver that calls an endpoint the way GitLab would not accept.
import type { GitLabState, ProjectRecord, TokenRecord } from './state';

export type ParamType = 'string' | 'integer' | 'boolean' | 'array' | 'file' | 'datetime' | 'hash';

export interface ParamRule {
  type: ParamType;
  required?: boolean;
  /** Allowed values (enums). */
  values?: string[];
}

export type ParamTable = Record<string, ParamRule | ParamType>;

export interface RouteContext {
  state: GitLabState;
  /** Path parameters, URL-decoded (`:id` may be a number or a full project path). */
  params: Record<string, string>;
  /** Query and body parameters merged, as GitLab's API layer merges them. */
  input: Record<string, unknown>;
  /** Multipart file parts by field name. */
  files: Record<string, { filename: string; bytes: Buffer; contentType: string }>;
  token: TokenRecord;
  serverUrl: string;
  apiUrl: string;
  /** The project named by `:id`, resolved by id or path (404 when missing). */
  project(): ProjectRecord;
  /** Answers one page of `items` with GitLab's pagination headers. */
  paginate<T>(items: T[], render: (item: T) => unknown): RouteResult;
}

export interface RouteResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw bytes (for web routes serving uploads). */
  raw?: Buffer;
}

export interface RouteDefinition {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under the API root, with `:name` segments, e.g. `/projects/:id/merge_requests/:merge_request_iid`. */
  path: string;
  params?: ParamTable;
  /** Adds `page` and `per_page`. */
  paginated?: boolean;
  /** Scope needed besides `api` (e.g. `create_runner`). */
  scopes?: string[];
  handler(ctx: RouteContext): RouteResult | Promise<RouteResult>;
}

export interface RouteModule {
  name: string;
  routes: RouteDefinition[];
}

/** Thrown by handlers to answer an error the way GitLab does. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(typeof body === 'object' ? JSON.stringify(body) : String(body));
  }
}

export const notFound = (what = '404 Not found'): HttpError =>
  new HttpError(404, { message: what });

export interface MatchedRoute {
  route: RouteDefinition;
  params: Record<string, string>;
}

/** Matches a raw (still percent-encoded) path against the table; segments are decoded after the split. */
export function matchRoute(
  routes: RouteDefinition[],
  method: string,
  rawPath: string,
): { matched?: MatchedRoute; methodMismatch: boolean } {
  const segments = rawPath.replace(/\/+$/, '').split('/');
  let methodMismatch = false;
  for (const route of routes) {
    const template = route.path.split('/');
    if (template.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < template.length; i++) {
      const t = template[i]!;
      const s = segments[i]!;
      if (t.startsWith(':')) {
        if (!s) {
          ok = false;
          break;
        }
        params[t.slice(1)] = decodeURIComponent(s);
      } else if (t !== s) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (route.method !== method) {
      methodMismatch = true;
      continue;
    }
    return { matched: { route, params }, methodMismatch };
  }
  return { methodMismatch };
}

const PAGINATION: ParamTable = { page: 'integer', per_page: 'integer' };

/** Problems with the parameters of a request, in words; empty when it is what GitLab documents. */
export function checkParams(
  route: RouteDefinition,
  input: Record<string, unknown>,
  files: string[],
): string[] {
  const table: ParamTable = { ...(route.paginated ? PAGINATION : {}), ...(route.params ?? {}) };
  const problems: string[] = [];
  for (const [name, value] of Object.entries(input)) {
    const rule = table[name];
    if (!rule) {
      problems.push(`unknown parameter "${name}"`);
      continue;
    }
    const { type, values } = typeof rule === 'string' ? { type: rule, values: undefined } : rule;
    const problem = checkType(type, value, values);
    if (problem) problems.push(`parameter "${name}" ${problem}`);
  }
  for (const name of files) {
    const rule = table[name];
    const type = typeof rule === 'string' ? rule : rule?.type;
    if (type !== 'file') problems.push(`unexpected file part "${name}"`);
  }
  for (const [name, rule] of Object.entries(table)) {
    if (typeof rule !== 'string' && rule.required && !(name in input) && !files.includes(name)) {
      problems.push(`${name} is missing`);
    }
  }
  return problems;
}

function checkType(type: ParamType, value: unknown, values?: string[]): string | undefined {
  const text = typeof value === 'string' ? value : undefined;
  switch (type) {
    case 'integer':
      if (typeof value === 'number' && Number.isInteger(value)) return undefined;
      if (text !== undefined && /^-?\d+$/.test(text)) return undefined;
      return `is invalid (expected an integer, got ${JSON.stringify(value)})`;
    case 'boolean':
      if (typeof value === 'boolean') return undefined;
      if (text !== undefined && /^(true|false)$/.test(text)) return undefined;
      return `is invalid (expected a boolean, got ${JSON.stringify(value)})`;
    case 'array':
      if (Array.isArray(value) || text !== undefined) return undefined;
      return `is invalid (expected an array, got ${JSON.stringify(value)})`;
    case 'file':
      return 'must be a multipart file';
    case 'hash':
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return undefined;
      return 'is invalid (expected a hash)';
    case 'datetime':
      if (text !== undefined && !Number.isNaN(Date.parse(text))) return undefined;
      return `is invalid (expected an ISO 8601 date, got ${JSON.stringify(value)})`;
    case 'string':
      if (text === undefined && typeof value !== 'number') return `is invalid (expected a string)`;
      if (values && !values.includes(String(value))) {
        return `does not have a valid value (${JSON.stringify(value)}; expected one of ${values.join(', ')})`;
      }
      return undefined;
  }
}

/** Reads a parameter as GitLab would coerce it. */
export function asString(v: unknown): string | undefined {
  return v === undefined || v === null ? undefined : String(v);
}
export function asInt(v: unknown): number | undefined {
  return v === undefined || v === null || v === '' ? undefined : Number(v);
}
export function asBool(v: unknown): boolean | undefined {
  if (v === undefined || v === null) return undefined;
  return v === true || v === 'true';
}
export function asArray(v: unknown): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.map(String);
  return String(v)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
