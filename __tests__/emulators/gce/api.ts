/**
 * The Compute Engine API description, read from the proto descriptors that ship with
 * @google-cloud/compute (build/protos/protos.json): every REST route comes from a method's
 * `google.api.http` option, and request bodies are checked field by field against the message
 * they carry (JSON names are the proto fields' lowerCamel names, as the REST API uses). The
 * emulator answers what it implements and records anything the API does not have.
 */
import { createRequire } from 'node:module';

interface ProtoField {
  type: string;
  rule?: string;
  keyType?: string;
}
interface ProtoType {
  fields?: Record<string, ProtoField>;
  methods?: Record<string, { requestType: string; options?: Record<string, string> }>;
  nested?: Record<string, ProtoType>;
  values?: Record<string, number>;
}

export interface ApiRoute {
  service: string;
  method: string;
  verb: string;
  template: string;
  pattern: RegExp;
  vars: string[];
  requestType: string;
  /** The request field sent as the body (`instance_resource` → instanceResource), if any. */
  body?: string;
}

const SCALARS = new Set([
  'string',
  'bool',
  'int32',
  'int64',
  'uint32',
  'uint64',
  'sint32',
  'sint64',
  'fixed32',
  'fixed64',
  'double',
  'float',
  'bytes',
]);

let cache: { types: Record<string, ProtoType>; routes: ApiRoute[] } | undefined;

function load() {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const root = require('@google-cloud/compute/build/protos/protos.json') as ProtoType;
  const v1 = root.nested!.google!.nested!.cloud!.nested!.compute!.nested!.v1!.nested!;
  const routes: ApiRoute[] = [];
  for (const [service, def] of Object.entries(v1)) {
    for (const [method, m] of Object.entries(def.methods ?? {})) {
      const options = m.options ?? {};
      for (const verb of ['get', 'post', 'put', 'patch', 'delete']) {
        const template = options[`(google.api.http).${verb}`];
        if (!template) continue;
        const vars: string[] = [];
        const pattern = new RegExp(
          '^' +
            template.replace(/[.]/g, '\\.').replace(/\{([^}]+)\}/g, (_, name: string) => {
              vars.push(name);
              return '([^/]+)';
            }) +
            '$',
        );
        const body = options['(google.api.http).body'];
        routes.push({
          service,
          method,
          verb: verb.toUpperCase(),
          template,
          pattern,
          vars,
          requestType: m.requestType,
          body: body ? camel(body) : undefined,
        });
      }
    }
  }
  cache = { types: v1, routes };
  return cache;
}

function camel(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The API method a request path belongs to, with its path variables, or undefined. */
export function matchRoute(
  verb: string,
  path: string,
): { route: ApiRoute; params: Record<string, string> } | undefined {
  for (const route of load().routes) {
    if (route.verb !== verb) continue;
    const m = route.pattern.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    route.vars.forEach((v, i) => (params[v] = decodeURIComponent(m[i + 1]!)));
    return { route, params };
  }
  return undefined;
}

/** Query parameters the method takes (request fields not in the path or body) and system ones. */
export function allowedQuery(route: ApiRoute): Set<string> {
  const request = load().types[route.requestType];
  const fields = Object.keys(request?.fields ?? {}).filter(
    (f) => f !== route.body && !route.vars.map(camel).includes(f),
  );
  // System parameters every Google REST API accepts (cloud.google.com/apis/docs/system-parameters);
  // `$alt` is how the client library asks for JSON with integer enums.
  return new Set([...fields, '$alt', 'alt', 'prettyPrint', 'fields', 'quotaUser', 'key']);
}

/** Unknown or mistyped fields in a JSON value of message `type`, as `path.field` strings. */
export function bodyProblems(type: string, value: unknown, path = ''): string[] {
  const message = load().types[type];
  if (!message?.fields) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [`${path || type}: expected an object`];
  const problems: string[] = [];
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const field = message.fields[key];
    const where = path ? `${path}.${key}` : key;
    if (!field) {
      problems.push(`${where}: unknown field of ${type}`);
      continue;
    }
    if (child === null || child === undefined) continue;
    if (field.keyType) {
      if (typeof child !== 'object' || Array.isArray(child))
        problems.push(`${where}: expected a map`);
      else if (SCALARS.has(field.type)) {
        for (const [k, v] of Object.entries(child as Record<string, unknown>))
          if (typeof v === 'object') problems.push(`${where}.${k}: expected ${field.type}`);
      }
      continue;
    }
    const items = field.rule === 'repeated' ? child : [child];
    if (!Array.isArray(items)) {
      problems.push(`${where}: expected a list`);
      continue;
    }
    items.forEach((item, i) => {
      const at = field.rule === 'repeated' ? `${where}[${i}]` : where;
      if (SCALARS.has(field.type)) {
        if (typeof item === 'object') problems.push(`${at}: expected ${field.type}`);
      } else {
        problems.push(...bodyProblems(field.type, item, at));
      }
    });
  }
  return problems;
}
