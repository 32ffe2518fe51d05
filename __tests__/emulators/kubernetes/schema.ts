/**
 * Request checks from the Kubernetes API description as @kubernetes/client-node ships it: that
 * package's models and operations are generated from the Kubernetes OpenAPI document (its
 * headers say "OpenAPI spec version: v1.34.0"). Bodies are checked field by field against each
 * model's `attributeTypeMap` (JSON names and types, nested); query parameters against the
 * operation's request type in dist/gen/types/ObjectParamAPI.d.ts. Anything else is a violation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as k8s from '@kubernetes/client-node';

interface Attribute {
  name: string;
  baseName: string;
  type: string;
}
type Model = { getAttributeTypeMap(): Attribute[] };

function model(type: string): Model | undefined {
  const m = (k8s as unknown as Record<string, unknown>)[type] as Partial<Model> | undefined;
  return typeof m?.getAttributeTypeMap === 'function' ? (m as Model) : undefined;
}

/** Problems of `value` as the model `type` (e.g. 'V1Pod'), with JSON paths. */
export function bodyProblems(value: unknown, type: string, path = ''): string[] {
  const at = path || '(body)';
  if (value === null || value === undefined) return [];
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    if (!Array.isArray(value)) return [`${at}: expected an array`];
    return value.flatMap((v, i) => bodyProblems(v, array[1]!, `${path}[${i}]`));
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected an object`];
    return Object.entries(value).flatMap(([k, v]) => bodyProblems(v, map[1]!, `${path}.${k}`));
  }
  switch (type) {
    case 'string':
      return typeof value === 'string' ? [] : [`${at}: expected a string`];
    case 'number':
      return typeof value === 'number' ? [] : [`${at}: expected a number`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: expected a boolean`];
    case 'Date':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? []
        : [`${at}: expected an RFC 3339 time`];
    case 'IntOrString':
      return typeof value === 'string' || typeof value === 'number'
        ? []
        : [`${at}: expected an int or a string`];
    case 'any':
    case 'object':
      return [];
  }
  const m = model(type);
  if (!m) return [`${at}: no model ${type} in the API description`];
  if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected ${type}`];
  const attrs = new Map(m.getAttributeTypeMap().map((a) => [a.baseName, a]));
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => {
    const a = attrs.get(k);
    if (!a) return [`${path ? `${path}.` : ''}${k}: unknown field of ${type}`];
    return bodyProblems(v, a.type, path ? `${path}.${k}` : k);
  });
}

const require = createRequire(import.meta.url);
const typesFile = join(
  dirname(require.resolve('@kubernetes/client-node/package.json')),
  'dist/gen/types/ObjectParamAPI.d.ts',
);
let declarations: string | undefined;

/** The query parameters an operation (e.g. 'ListNamespacedPod') takes, by their wire names. */
export function operationQuery(operation: string): Set<string> {
  declarations ??= readFileSync(typesFile, 'utf8');
  const start = declarations.indexOf(`export interface CoreV1Api${operation}Request {`);
  if (start < 0) throw new Error(`no operation ${operation} in the client's description`);
  const block = declarations.slice(start, declarations.indexOf('\n}', start));
  const names = [...block.matchAll(/^ {4}(\w+)\??:/gm)].map((m) => m[1]!);
  return new Set(
    names
      .filter((n) => !['name', 'namespace', 'body'].includes(n))
      .map((n) => (n === '_continue' ? 'continue' : n)),
  );
}
