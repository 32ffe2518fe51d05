/**
 * Request bodies checked against the models of the Azure SDK itself: @azure/arm-compute and
 * @azure/arm-network (AutoRest) ship a mapper per model of the Azure REST API specifications
 * (specification/compute/resource-manager and specification/network/resource-manager in
 * Azure/azure-rest-api-specs), with each property's wire name (`properties.hardwareProfile`, the
 * x-ms-client-flatten of the spec), type and readOnly flag. A field the model does not have, a
 * read-only field sent by the client, or a value of the wrong type is a violation. The mappers
 * are not exported by the packages, so they are read from the installed files (the versions
 * package.json pins: @azure/arm-compute 23.3.x, api-version 2025-04-01 for VMs and 2025-01-02 for
 * disks; @azure/arm-network 36.0.x, api-version 2025-05-01).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

interface MapperType {
  name: string;
  className?: string;
  element?: { type: MapperType };
  value?: { type: MapperType };
  allowedValues?: unknown[];
}
interface Mapper {
  serializedName?: string;
  readOnly?: boolean;
  type: MapperType & { modelProperties?: Record<string, Mapper> };
}
type Mappers = Record<string, Mapper>;

const require = createRequire(import.meta.url);
const load = (pkg: string) =>
  require(join(process.cwd(), 'node_modules', pkg, 'dist/commonjs/models/mappers.js')) as Mappers;
export const COMPUTE_MAPPERS = load('@azure/arm-compute');
export const NETWORK_MAPPERS = load('@azure/arm-network');

/** An api-version parameter of the SDK (`apiVersion`, `apiVersion1` …) by its export name. */
function apiVersion(pkg: string, parameter: string): string {
  const text = require('node:fs').readFileSync(
    join(process.cwd(), 'node_modules', pkg, 'dist/commonjs/models/parameters.js'),
    'utf8',
  ) as string;
  const at = text.indexOf(`exports.${parameter} = {`);
  return /defaultValue: "([\d-]+)"/.exec(text.slice(at))![1]!;
}
/** Virtual machines and extensions (Compute RP) and managed disks (Disk RP) use different ones. */
export const API_VERSIONS = {
  compute: apiVersion('@azure/arm-compute', 'apiVersion'),
  disks: apiVersion('@azure/arm-compute', 'apiVersion1'),
  network: apiVersion('@azure/arm-network', 'apiVersion'),
};

/** Wire shape of a composite: nested objects for the flattened `properties.x` names. */
type Shape = { [wire: string]: Mapper | Shape };
const isMapper = (x: Mapper | Shape): x is Mapper =>
  typeof (x as Mapper).type === 'object' && typeof (x as Mapper).type.name === 'string';

function shapeOf(className: string, mappers: Mappers): Shape {
  const model = mappers[className];
  if (!model) throw new Error(`no mapper ${className}`);
  const shape: Shape = {};
  for (const prop of Object.values(model.type.modelProperties ?? {})) {
    if (!prop.serializedName) continue;
    const parts = prop.serializedName.split(/(?<!\\)\./).map((p) => p.replace(/\\\./g, '.'));
    let at = shape;
    for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Shape;
    at[parts.at(-1)!] = prop;
  }
  return shape;
}

function checkValue(
  value: unknown,
  type: MapperType,
  path: string,
  mappers: Mappers,
  out: string[],
): void {
  if (value === null || value === undefined) return;
  switch (type.name) {
    case 'Composite':
      checkShape(value, shapeOf(type.className!, mappers), path, mappers, out);
      return;
    case 'Sequence':
      if (!Array.isArray(value)) out.push(`${path}: expected an array`);
      else
        value.forEach((v, i) => checkValue(v, type.element!.type, `${path}[${i}]`, mappers, out));
      return;
    case 'Dictionary':
      if (typeof value !== 'object' || Array.isArray(value))
        out.push(`${path}: expected an object`);
      else
        for (const [k, v] of Object.entries(value))
          checkValue(v, type.value!.type, `${path}.${k}`, mappers, out);
      return;
    case 'String':
    case 'DateTime':
    case 'TimeSpan':
      if (typeof value !== 'string')
        out.push(`${path}: expected a string, got ${JSON.stringify(value)}`);
      return;
    case 'Enum':
      if (type.allowedValues && !type.allowedValues.includes(value))
        out.push(
          `${path}: ${JSON.stringify(value)} is not one of ${type.allowedValues.join(', ')}`,
        );
      return;
    case 'Number':
      if (typeof value !== 'number')
        out.push(`${path}: expected a number, got ${JSON.stringify(value)}`);
      return;
    case 'Boolean':
      if (typeof value !== 'boolean') out.push(`${path}: expected a boolean`);
      return;
    default:
      return;
  }
}

function checkShape(
  value: unknown,
  shape: Shape,
  path: string,
  mappers: Mappers,
  out: string[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    out.push(`${path}: expected an object`);
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const slot = shape[key];
    const where = path ? `${path}.${key}` : key;
    if (!slot) out.push(`${where}: no such field in the model`);
    else if (isMapper(slot)) {
      if (slot.readOnly) out.push(`${where}: read-only, set by Azure`);
      else checkValue(v, slot.type, where, mappers, out);
    } else checkShape(v, slot, where, mappers, out);
  }
}

/** Problems of a request body against a model of the SDK (VirtualMachine, NetworkInterface …). */
export function bodyProblems(body: unknown, model: string, mappers: Mappers): string[] {
  const out: string[] = [];
  checkShape(body, shapeOf(model, mappers), '', mappers, out);
  return out;
}
