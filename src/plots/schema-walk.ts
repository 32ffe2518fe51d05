/**
 * A JSON Schema (draft-07) validator that interprets the schema as it walks the instance, for the
 * Vega-Lite and Vega schemas only: it visits just the schema nodes the spec reaches, so checking
 * a spec costs milliseconds where compiling the whole Vega-Lite schema with ajv first cost 0.6 to
 * 3.5 s (issue 11: a spec that made Vega-Lite warn paid that on every run). Written by hand
 * because the interpreting libraries report locations through `$ref`s and messages as prose,
 * losing the allowed values and property names our messages give; its verdicts are checked
 * against ajv's on real specs in __tests__/plots-schema-walk.test.ts.
 *
 * Supported keywords are those the two schemas use: $ref (local), anyOf, oneOf, allOf, not,
 * type, enum, const, properties, patternProperties, additionalProperties, required, items,
 * minItems, maxItems, minimum, maximum, minLength, maxLength, minProperties, pattern. Others
 * (format, description, default) do not constrain here, as with ajv's validateFormats: false.
 */

/** The fields of ajv's ErrorObject that our messages read (ajv's names, so both agree). */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message: string;
  parentSchema?: Schema;
}

type Schema = boolean | { [keyword: string]: unknown };

export type SchemaValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** A validator for `root` with the same call shape as an ajv-compiled one (errors on failure). */
export function schemaValidator(root: Schema): SchemaValidator {
  const patterns = new Map<string, RegExp>();
  const regex = (p: string) => {
    let r = patterns.get(p);
    if (!r) patterns.set(p, (r = new RegExp(p, 'u')));
    return r;
  };
  const resolve = (ref: string): Schema => {
    if (!ref.startsWith('#'))
      throw new Error(`schema-walk: only local $refs are supported: ${ref}`);
    let node: unknown = root;
    for (const raw of ref.slice(1).split('/').slice(1)) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      node = (node as Record<string, unknown>)[key];
    }
    return node as Schema;
  };

  const walk = (schema: Schema, data: unknown, path: string, out: SchemaError[]): boolean => {
    if (schema === true) return true;
    if (schema === false) {
      out.push({
        instancePath: path,
        keyword: 'false schema',
        params: {},
        message: 'must not be present',
      });
      return false;
    }
    const s = schema;
    const fail = (keyword: string, params: Record<string, unknown>, message: string): false => {
      out.push({ instancePath: path, keyword, params, message, parentSchema: s });
      return false;
    };
    let ok = true;
    if (typeof s.$ref === 'string') ok = walk(resolve(s.$ref), data, path, out) && ok;
    if (s.type !== undefined && !hasType(data, s.type as string | string[])) {
      // Like ajv: a value of the wrong type is not checked against the other keywords.
      return fail('type', { type: s.type }, `must be ${[s.type].flat().join(',')}`);
    }
    if (Array.isArray(s.enum) && !s.enum.some((v) => equal(v, data)))
      ok = fail('enum', { allowedValues: s.enum }, 'must be equal to one of the allowed values');
    if ('const' in s && !equal(s.const, data))
      ok = fail('const', { allowedValue: s.const }, 'must be equal to constant');

    for (const keyword of ['anyOf', 'oneOf'] as const) {
      const branches = s[keyword] as Schema[] | undefined;
      if (!Array.isArray(branches)) continue;
      const inner: SchemaError[] = [];
      const passed = branches.filter((b) => walk(b, data, path, inner)).length;
      if (keyword === 'anyOf' ? passed === 0 : passed !== 1) {
        // Every branch's complaints are kept (ajv's allErrors): the deepest one names the fault.
        if (passed === 0) out.push(...inner);
        ok = fail(
          keyword,
          { passingSchemas: passed },
          `must match ${keyword === 'anyOf' ? 'a schema in anyOf' : 'exactly one schema in oneOf'}`,
        );
      }
    }
    if (Array.isArray(s.allOf))
      for (const b of s.allOf as Schema[]) ok = walk(b, data, path, out) && ok;
    if (s.not !== undefined && walk(s.not as Schema, data, path, []))
      ok = fail('not', {}, 'must NOT be valid');

    if (typeof data === 'number') {
      if (typeof s.minimum === 'number' && data < s.minimum)
        ok = fail('minimum', { comparison: '>=', limit: s.minimum }, `must be >= ${s.minimum}`);
      if (typeof s.maximum === 'number' && data > s.maximum)
        ok = fail('maximum', { comparison: '<=', limit: s.maximum }, `must be <= ${s.maximum}`);
    } else if (typeof data === 'string') {
      const length = [...data].length;
      if (typeof s.minLength === 'number' && length < s.minLength)
        ok = fail(
          'minLength',
          { limit: s.minLength },
          `must NOT have fewer than ${s.minLength} characters`,
        );
      if (typeof s.maxLength === 'number' && length > s.maxLength)
        ok = fail(
          'maxLength',
          { limit: s.maxLength },
          `must NOT have more than ${s.maxLength} characters`,
        );
      if (typeof s.pattern === 'string' && !regex(s.pattern).test(data))
        ok = fail('pattern', { pattern: s.pattern }, `must match pattern "${s.pattern}"`);
    } else if (Array.isArray(data)) {
      if (typeof s.minItems === 'number' && data.length < s.minItems)
        ok = fail(
          'minItems',
          { limit: s.minItems },
          `must NOT have fewer than ${s.minItems} items`,
        );
      if (typeof s.maxItems === 'number' && data.length > s.maxItems)
        ok = fail('maxItems', { limit: s.maxItems }, `must NOT have more than ${s.maxItems} items`);
      if (Array.isArray(s.items)) {
        const items = s.items as Schema[];
        data.forEach((v, i) => {
          if (i < items.length) ok = walk(items[i]!, v, `${path}/${i}`, out) && ok;
        });
      } else if (s.items !== undefined) {
        data.forEach((v, i) => (ok = walk(s.items as Schema, v, `${path}/${i}`, out) && ok));
      }
    } else if (data !== null && typeof data === 'object') {
      ok = walkObject(s, data as Record<string, unknown>, path, out, fail) && ok;
    }
    return ok;
  };

  const walkObject = (
    s: { [keyword: string]: unknown },
    data: Record<string, unknown>,
    path: string,
    out: SchemaError[],
    fail: (keyword: string, params: Record<string, unknown>, message: string) => false,
  ): boolean => {
    let ok = true;
    // A key holding undefined (objects built in JS, never parsed JSON) counts as absent, as in ajv.
    const keys = Object.keys(data).filter((k) => data[k] !== undefined);
    for (const name of (s.required as string[] | undefined) ?? []) {
      if (data[name] === undefined || !Object.hasOwn(data, name))
        ok = fail('required', { missingProperty: name }, `must have required property '${name}'`);
    }
    if (typeof s.minProperties === 'number' && keys.length < s.minProperties)
      ok = fail(
        'minProperties',
        { limit: s.minProperties },
        `must NOT have fewer than ${s.minProperties} properties`,
      );
    const properties = (s.properties ?? {}) as Record<string, Schema>;
    const patternProps = (s.patternProperties ?? {}) as Record<string, Schema>;
    for (const key of keys) {
      const child = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      let matched = false;
      if (Object.hasOwn(properties, key)) {
        matched = true;
        ok = walk(properties[key]!, data[key], child, out) && ok;
      }
      for (const [p, sub] of Object.entries(patternProps)) {
        if (!regex(p).test(key)) continue;
        matched = true;
        ok = walk(sub, data[key], child, out) && ok;
      }
      if (matched || s.additionalProperties === undefined) continue;
      if (s.additionalProperties === false) {
        ok = fail(
          'additionalProperties',
          { additionalProperty: key },
          'must NOT have additional properties',
        );
      } else {
        ok = walk(s.additionalProperties as Schema, data[key], child, out) && ok;
      }
    }
    return ok;
  };

  const validate: SchemaValidator = (data: unknown) => {
    const errors: SchemaError[] = [];
    const valid = walk(root, data, '', errors);
    validate.errors = valid ? null : errors;
    return valid;
  };
  return validate;
}

function hasType(data: unknown, type: string | string[]): boolean {
  return [type].flat().some((t) => {
    switch (t) {
      case 'null':
        return data === null;
      case 'array':
        return Array.isArray(data);
      case 'object':
        return data !== null && typeof data === 'object' && !Array.isArray(data);
      case 'integer':
        return Number.isInteger(data);
      case 'number':
        return typeof data === 'number' && Number.isFinite(data);
      default:
        return typeof data === t;
    }
  });
}

/** JSON equality (enum, const): same type and, for arrays and objects, equal members. */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}
