import { schemaValidator, type SchemaError, type SchemaValidator } from './schema-walk';

export type SpecKind = 'vega-lite' | 'vega';

/**
 * Explains why a spec is invalid against the official JSON schema of Vega-Lite or Vega: the JSON
 * path of the offending value and what the schema expected there. Only called once compiling
 * failed or warned, so valid specs never read the schema.
 * Returns undefined when the schema accepts the spec.
 */
export async function explainInvalidSpec(
  spec: unknown,
  kind: SpecKind,
): Promise<string | undefined> {
  if (kind === 'vega') {
    const markProblem = checkVegaMarks(spec, '$');
    if (markProblem) return markProblem;
  }
  let validate = validators.get(kind);
  if (!validate) {
    validate = await compileSchema(kind);
    validators.set(kind, validate);
  }
  return explainAgainst(validate, spec);
}

/** The explanation `validate` gives for `spec`, or undefined when it accepts the spec. */
export function explainAgainst(validate: SchemaValidator, spec: unknown): string | undefined {
  const sample = sampleInlineRows(spec);
  if (validate(sample)) return undefined;
  return describe(validate.errors ?? [], sample);
}

/** Rows of inline data checked against the schema: enough to name a wrong one near the top. */
const SAMPLED_ROWS = 20;

/**
 * The spec with every inline data set (`values`) cut to its first rows: the schema checks each
 * row against several alternatives, which for 1,000 rows cost more than drawing them, while an
 * explanation is about the spec, not the data (Vega reads rows of any shape).
 */
function sampleInlineRows(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map(sampleInlineRows);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === 'values' && Array.isArray(value) && value.length > SAMPLED_ROWS
        ? value.slice(0, SAMPLED_ROWS)
        : sampleInlineRows(value);
  }
  return out;
}

/**
 * One per kind and process. Building one is reading the schema (tens of milliseconds); nothing is
 * compiled, so explaining a warning costs no more than rendering the chart (issue 11).
 */
const validators = new Map<SpecKind, SchemaValidator>();

async function compileSchema(kind: SpecKind): Promise<SchemaValidator> {
  const schema =
    kind === 'vega-lite'
      ? ((await import('vega-lite/vega-lite-schema.json')) as { default: unknown }).default
      : ((await import('vega/vega-schema.json')) as { default: unknown }).default;
  return schemaValidator(schema as Parameters<typeof schemaValidator>[0]);
}

/** Picks the most telling error: the deepest path, then the most specific kind of complaint. */
function describe(errors: SchemaError[], spec: unknown): string {
  const depth = (e: SchemaError) => (e.instancePath === '' ? 0 : e.instancePath.split('/').length);
  const deepest = Math.max(...errors.map(depth));
  const here = errors.filter((e) => depth(e) === deepest);
  const path = jsonPath(here[0]?.instancePath ?? '');
  const got = valueAt(spec, here[0]?.instancePath ?? '');

  const allowed = unique(
    here.flatMap((e) =>
      e.keyword === 'enum'
        ? ((e.params as { allowedValues: unknown[] }).allowedValues ?? [])
        : e.keyword === 'const'
          ? [(e.params as { allowedValue: unknown }).allowedValue]
          : [],
    ),
  );
  if (allowed.length > 0) {
    return `${path} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}; got ${JSON.stringify(got)}`;
  }
  // An unknown property before a missing one, when no alternative at this path knows it: where
  // the schema offers alternatives (a field definition or a value definition), a property none of
  // them knows is the mistake, not the one another alternative would need ({"field": …,
  // "bogus": 1} is not "missing value"). A property one alternative knows ("encoding" at the top,
  // unknown to facet specs) leaves the missing property as the better explanation.
  const propertiesOf = (e: SchemaError) =>
    Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  const knownHere = new Set(here.flatMap(propertiesOf));
  const extra = here.filter((e) => e.keyword === 'additionalProperties');
  const unknownEverywhere = extra.find(
    (e) => !knownHere.has((e.params as { additionalProperty: string }).additionalProperty),
  );
  const required = here.find((e) => e.keyword === 'required');
  const chosen = unknownEverywhere ?? (required ? undefined : extra[0]);
  if (chosen) {
    const name = (chosen.params as { additionalProperty: string }).additionalProperty;
    const known = unique(extra.flatMap(propertiesOf));
    return (
      `${path} has an unknown property "${name}"` +
      (known.length ? `; expected one of: ${known.join(', ')}` : '')
    );
  }
  if (required) {
    const missing = (required.params as { missingProperty: string }).missingProperty;
    return `${path} is missing the required property "${missing}"`;
  }
  const types = unique(
    here.filter((e) => e.keyword === 'type').map((e) => (e.params as { type: string }).type),
  );
  if (types.length > 0) {
    return `${path} must be ${types.join(' or ')}; got ${JSON.stringify(got)}`;
  }
  const first = here[0];
  return `${path} ${first?.message ?? 'is invalid'}`;
}

/** JSON pointer (/encoding/x/type) → JSON path ($.encoding.x.type, $.layer[0].mark). */
export function jsonPath(pointer: string): string {
  if (!pointer) return '$';
  return (
    '$' +
    pointer
      .split('/')
      .slice(1)
      .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((key) =>
        /^\d+$/.test(key)
          ? `[${key}]`
          : /^[A-Za-z_$][\w$]*$/.test(key)
            ? `.${key}`
            : `[${JSON.stringify(key)}]`,
      )
      .join('')
  );
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Vega's schema takes any string as a mark type; Vega then fails while drawing. */
const VEGA_MARK_TYPES = [
  'arc',
  'area',
  'group',
  'image',
  'line',
  'path',
  'rect',
  'rule',
  'shape',
  'symbol',
  'text',
  'trail',
];

function checkVegaMarks(node: unknown, path: string): string | undefined {
  const marks = (node as { marks?: unknown } | null)?.marks;
  if (!Array.isArray(marks)) return undefined;
  for (const [i, mark] of marks.entries()) {
    const type = (mark as { type?: unknown } | null)?.type;
    if (typeof type === 'string' && !VEGA_MARK_TYPES.includes(type)) {
      return `${path}.marks[${i}].type must be one of ${VEGA_MARK_TYPES.map((t) => JSON.stringify(t)).join(', ')}; got ${JSON.stringify(type)}`;
    }
    const inner = checkVegaMarks(mark, `${path}.marks[${i}]`);
    if (inner) return inner;
  }
  return undefined;
}
