/**
 * GitHub's OpenAPI description (@octokit/openapi) as a request checker: which path template a
 * request matches, whether its query parameters are declared, whether its JSON body fits the
 * operation's requestBody schema. Loaded once per test process (the file is 13 MB).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: { type?: string; enum?: unknown[] };
  $ref?: string;
}

interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
}

interface Spec {
  paths: Record<string, Record<string, Operation | Parameter[]>>;
  components: { parameters: Record<string, Parameter>; schemas: Record<string, unknown> };
}

interface Template {
  path: string;
  regex: RegExp;
  names: string[];
  literals: number;
}

export interface MatchResult {
  template: string;
  params: Record<string, string>;
  operation: Operation;
}

let loaded: { spec: Spec; templates: Template[]; ajv: Ajv } | undefined;
const validators = new Map<string, ValidateFunction | null>();

function load(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  const templates = Object.keys(spec.paths).map((path) => {
    const names: string[] = [];
    const segments = path.split('/');
    const source = segments
      .map((segment, index) =>
        segment.replace(/\{([^}]+)\}|[^{}]+/g, (part, name: string | undefined) => {
          if (name) {
            names.push(name);
            // A trailing {ref} or {path} may hold slashes when a client sends them unencoded.
            const greedy = index === segments.length - 1 && (name === 'ref' || name === 'path');
            return greedy ? '(.+)' : '([^/]+)';
          }
          return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        }),
      )
      .join('/');
    const literals = path.split('/').filter((s) => s && !s.includes('{')).length;
    return { path, regex: new RegExp(`^${source}$`), names, literals };
  });
  // Most literal segments first: /actions/runners/registration-token before /actions/runners/{runner_id}.
  templates.sort((a, b) => b.literals - a.literals);
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  // GitHub's description uses a few formats ajv-formats does not know; accept them.
  for (const format of ['uri-template', 'repo.nwo', 'ssh-key', 'ssh-key fingerprint']) {
    ajv.addFormat(format, true);
  }
  const schemas = Object.fromEntries(
    Object.entries(spec.components.schemas).map(([name, schema]) => [name, rebase(schema)]),
  );
  ajv.addSchema({ components: { schemas } }, 'gh');
  loaded = { spec, templates, ajv };
  return loaded;
}

/**
 * Makes an OpenAPI 3.0 schema plain JSON Schema: local refs (#/components/...) point at the
 * schema registered as `gh`, and `nullable: true` becomes "or null" (ajv's own nullable support
 * rejects nullable without a sibling type, which GitHub's description has).
 */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  let nullable = false;
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) {
      out[key] = `gh${value}`;
    } else if (key === 'nullable') {
      nullable = value === true;
    } else if (key === 'examples' || key === 'example') {
      continue;
    } else if (key === 'properties' && value && typeof value === 'object') {
      // Property names are data, not keywords: rebase each value, keep the names.
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rebase(v)]));
    } else {
      out[key] = rebase(value);
    }
  }
  if (!nullable) return out;
  return { anyOf: [out, { type: 'null' }] };
}

export function matchRoute(method: string, path: string): MatchResult | undefined {
  const { spec, templates } = load();
  for (const template of templates) {
    const m = template.regex.exec(path);
    if (!m) continue;
    const operation = spec.paths[template.path]?.[method.toLowerCase()];
    if (!operation || Array.isArray(operation)) continue;
    const params: Record<string, string> = {};
    template.names.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1] ?? '');
    });
    return { template: template.path, params, operation };
  }
  return undefined;
}

/** Whether some template matches the path under another method (for a 404 vs 405-ish message). */
export function pathExists(path: string): boolean {
  return load().templates.some((t) => t.regex.test(path));
}

function resolveParameter(p: Parameter): Parameter {
  if (!p.$ref) return p;
  const name = p.$ref.replace('#/components/parameters/', '');
  const resolved = load().spec.components.parameters[name];
  if (!resolved) throw new Error(`OpenAPI description has no parameter ${p.$ref}`);
  return resolved;
}

/** Problems with the query string: undeclared names, enum mismatches, non-integers. */
export function checkQuery(match: MatchResult, query: Record<string, string>): string[] {
  const params = (match.operation.parameters ?? []).map(resolveParameter);
  const declared = new Map(params.filter((p) => p.in === 'query').map((p) => [p.name, p]));
  const problems: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    const p = declared.get(name);
    if (!p) {
      problems.push(`query parameter "${name}" is not declared`);
      continue;
    }
    if (p.schema?.enum && !p.schema.enum.map(String).includes(value)) {
      problems.push(`query parameter "${name}"=${value} not in ${JSON.stringify(p.schema.enum)}`);
    }
    if (p.schema?.type === 'integer' && !/^-?\d+$/.test(value)) {
      problems.push(`query parameter "${name}"=${value} is not an integer`);
    }
  }
  for (const p of declared.values()) {
    if (p.required && !(p.name in query)) problems.push(`query parameter "${p.name}" is required`);
  }
  return problems;
}

/** Problems with the JSON body against the operation's requestBody schema. */
export function checkBody(match: MatchResult, method: string, body: unknown): string[] {
  const requestBody = match.operation.requestBody;
  const key = `${method} ${match.template}`;
  if (!requestBody) {
    return body === undefined ? [] : ['a body was sent to an operation that takes none'];
  }
  if (body === undefined) {
    return requestBody.required ? ['the operation requires a JSON body'] : [];
  }
  let validate = validators.get(key);
  if (validate === undefined) {
    const schema = requestBody.content?.['application/json']?.schema;
    validate = schema ? load().ajv.compile(rebase(schema) as object) : null;
    validators.set(key, validate);
  }
  if (!validate) return [];
  if (validate(body)) return [];
  return (validate.errors ?? []).map(
    (e) =>
      `body${e.instancePath || ''} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
  );
}

/**
 * Problems with a response body against the operation's response schema for that status (route
 * modules' tests use it to check what the emulator answers has the shape GitHub documents).
 */
export function checkResponse(
  method: string,
  template: string,
  status: number,
  body: unknown,
): string[] {
  const operation = load().spec.paths[template]?.[method.toLowerCase()] as
    { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> } | undefined;
  const schema = operation?.responses?.[String(status)]?.content?.['application/json']?.schema;
  if (!schema) return [`${method} ${template} documents no JSON response for ${status}`];
  const validate = load().ajv.compile(rebase(schema) as object);
  if (validate(body)) return [];
  return (validate.errors ?? []).map(
    (e) => `response${e.instancePath || ''} ${e.message ?? 'is invalid'}`,
  );
}
