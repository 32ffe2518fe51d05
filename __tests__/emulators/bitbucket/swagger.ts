/**
 * Bitbucket Cloud's published description (Swagger 2.0, https://api.bitbucket.org/swagger.json)
 * as a request checker. The vendored subset (bitbucket-swagger-subset.json, cut by
 * extract-spec.py; source and commit in its `x-source`) holds the operations cml's driver uses
 * and every definition they reference, unchanged. A request is checked for: a path template and
 * method the description has, path parameters of the declared type, query parameters the
 * operation declares or the description's narrative grants to every collection, a JSON body
 * that fits the operation's body schema and sends no property the schema does not describe.
 */
import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'body' | 'header' | 'formData';
  required?: boolean;
  type?: string;
  enum?: unknown[];
  schema?: unknown;
}

export interface Operation {
  description?: string;
  parameters?: Parameter[];
  responses?: Record<string, { schema?: { $ref?: string } }>;
  security?: { oauth2?: string[] }[];
}

interface Spec {
  paths: Record<string, Record<string, Operation | Parameter[]>>;
  definitions: Record<string, unknown>;
}

export interface MatchResult {
  template: string;
  params: Record<string, string>;
  operation: Operation;
  /** Path-level and operation-level parameters together. */
  parameters: Parameter[];
}

const SPEC_FILE = new URL('./bitbucket-swagger-subset.json', import.meta.url);

let loaded: { spec: Spec; templates: { path: string; regex: RegExp; names: string[] }[]; ajv: Ajv };
const validators = new Map<string, ValidateFunction | null>();

function load(): typeof loaded {
  if (loaded) return loaded;
  const spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as Spec;
  const templates = Object.keys(spec.paths).map((path) => {
    const names: string[] = [];
    const source = path.replace(/\{([^}]+)\}|[^{}]+/g, (part, name: string | undefined) => {
      if (name) {
        names.push(name);
        return '([^/]+)';
      }
      return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    });
    return { path, regex: new RegExp(`^${source}$`), names };
  });
  // Literal segments win: /commit/{commit}/statuses/build before a template with a variable there.
  templates.sort((a, b) => a.names.length - b.names.length);
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ definitions: requestDefinitions(spec.definitions) }, 'bb');
  loaded = { spec, templates, ajv };
  return loaded;
}

/**
 * The definitions as request schemas, with two documented departures:
 * - `object.required: ["type"]`: every resource inherits it, yet the description's own request
 *   examples (POST …/comments `{"content": {"raw": …}}`, POST …/pullrequests `{"title", "source"}`)
 *   omit `type`, and Bitbucket fills it in; requiring it would refuse Bitbucket's examples.
 * - `report_data.value` is typed `object`, while the PUT …/reports example sends `14` and
 *   `false` and its table lists numbers, booleans and strings; any JSON value is accepted.
 */
function requestDefinitions(definitions: Record<string, unknown>): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(definitions)) as Record<string, Record<string, unknown>>;
  if (copy.object) delete copy.object.required;
  const value = (copy.report_data?.properties as Record<string, unknown> | undefined)?.value;
  if (value) (copy.report_data!.properties as Record<string, unknown>).value = {};
  return rebase(copy) as Record<string, unknown>;
}

function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/definitions/')) {
      out[key] = `bb${value}`;
    } else if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rebase(v)]));
    } else if (key !== 'example' && key !== 'discriminator') {
      out[key] = rebase(value);
    }
  }
  return out;
}

export function matchRoute(method: string, path: string): MatchResult | undefined {
  const { spec, templates } = load();
  for (const template of templates) {
    const m = template.regex.exec(path);
    if (!m) continue;
    const item = spec.paths[template.path]!;
    const operation = item[method.toLowerCase()];
    if (!operation || Array.isArray(operation)) continue;
    const params: Record<string, string> = {};
    template.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] ?? '')));
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    const own = operation.parameters ?? [];
    const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name)), ...own];
    return { template: template.path, params, operation, parameters };
  }
  return undefined;
}

export function pathExists(path: string): boolean {
  return load().templates.some((t) => t.regex.test(path));
}

/** The OAuth scopes the description requires of an operation (its `security` oauth2 entry). */
export function requiredScopes(match: MatchResult): string[] {
  return match.operation.security?.find((s) => s.oauth2)?.oauth2 ?? [];
}

/** Whether the operation answers a paginated collection (`paginated_*` in its 200 schema). */
export function isCollection(match: MatchResult): boolean {
  const ref = match.operation.responses?.['200']?.schema?.$ref ?? '';
  return ref.startsWith('#/definitions/paginated_');
}

/**
 * Query parameters: the operation's own, plus what the narrative grants. "pagination": every
 * paginated collection takes `page` and `pagelen` (at most 100). "filtering": collections whose
 * description says they support filtering and sorting take `q` and `sort`.
 */
export function checkQuery(match: MatchResult, query: URLSearchParams): string[] {
  const declared = new Map(
    match.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p] as const),
  );
  const collection = isCollection(match);
  const filtering = collection && /filtering and sorting/i.test(match.operation.description ?? '');
  const problems: string[] = [];
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name);
    const p = declared.get(name);
    if (p) {
      for (const value of values) {
        if (p.enum && !p.enum.map(String).includes(value)) {
          problems.push(`query parameter "${name}"=${value} not in ${JSON.stringify(p.enum)}`);
        }
        if (p.type === 'integer' && !/^\d+$/.test(value)) {
          problems.push(`query parameter "${name}"=${value} is not an integer`);
        }
      }
      continue;
    }
    if (collection && (name === 'page' || name === 'pagelen')) {
      const value = values[0] ?? '';
      if (!/^\d+$/.test(value) || Number(value) < 1) {
        problems.push(`query parameter "${name}"=${value} is not a positive integer`);
      } else if (name === 'pagelen' && Number(value) > 100) {
        problems.push(`pagelen=${value}: Bitbucket's maximum page length is 100`);
      }
      continue;
    }
    if (filtering && (name === 'q' || name === 'sort')) continue;
    problems.push(`query parameter "${name}" is not declared for this operation`);
  }
  for (const p of declared.values()) {
    if (p.required && !query.has(p.name)) problems.push(`query parameter "${p.name}" is required`);
  }
  return problems;
}

/** Path parameters declared `integer` must be integers. */
export function checkPath(match: MatchResult): string[] {
  return match.parameters
    .filter((p) => p.in === 'path' && p.type === 'integer')
    .filter((p) => !/^\d+$/.test(match.params[p.name] ?? ''))
    .map((p) => `path parameter "${p.name}"=${match.params[p.name]} is not an integer`);
}

/** Problems with a JSON body against the operation's `in: body` parameter. */
export function checkBody(match: MatchResult, method: string, body: unknown): string[] {
  const param = match.parameters.find((p) => p.in === 'body');
  if (!param)
    return body === undefined ? [] : ['a JSON body was sent to an operation that takes none'];
  if (body === undefined) return param.required ? ['the operation requires a JSON body'] : [];
  const key = `${method} ${match.template}`;
  let validate = validators.get(key);
  if (validate === undefined) {
    validate = param.schema ? load().ajv.compile(rebase(param.schema) as object) : null;
    validators.set(key, validate);
  }
  const problems: string[] = [];
  if (validate && !validate(body)) {
    for (const e of validate.errors ?? []) {
      problems.push(
        `body${e.instancePath} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params)}`,
      );
    }
  }
  undescribed(param.schema, body, 'body', problems);
  return problems;
}

/**
 * Properties the schema does not describe. Bitbucket's definitions allow additional properties,
 * and the service ignores what it does not know: a misspelt field would be dropped in silence.
 * The emulator is stricter on purpose and reports any property no branch of the schema names.
 */
function undescribed(schema: unknown, value: unknown, at: string, problems: string[]): void {
  if (Array.isArray(value)) {
    const items = resolve(schema).items;
    value.forEach((v, i) => undescribed(items, v, `${at}[${i}]`, problems));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const properties = collectProperties(schema);
  if (properties.size === 0) return;
  for (const [name, child] of Object.entries(value)) {
    const described = properties.get(name);
    if (!described) problems.push(`${at}.${name} is not described by the schema`);
    else undescribed(described, child, `${at}.${name}`, problems);
  }
}

function resolve(schema: unknown): Record<string, unknown> {
  let s = (schema ?? {}) as Record<string, unknown>;
  for (let i = 0; typeof s.$ref === 'string' && i < 20; i++) {
    const name = s.$ref.replace('#/definitions/', '');
    s = (load().spec.definitions[name] ?? {}) as Record<string, unknown>;
  }
  return s;
}

function collectProperties(
  schema: unknown,
  out = new Map<string, unknown>(),
): Map<string, unknown> {
  const s = resolve(schema);
  for (const [k, v] of Object.entries((s.properties ?? {}) as Record<string, unknown>)) {
    if (!out.has(k)) out.set(k, v);
  }
  for (const branch of (s.allOf ?? []) as unknown[]) collectProperties(branch, out);
  return out;
}
