/**
 * The EC2 query protocol's wire format: form-encoded requests with flattened, 1-based list keys
 * (`Filter.1.Value.2`) and XML answers in EC2's lowerCamel element names.
 */

export type QueryValue = string | QueryValue[] | { [key: string]: QueryValue };
export type QueryObject = { [key: string]: QueryValue };

/** Turns `A.1.B=x&A.2.B=y` into `{A: [{B: 'x'}, {B: 'y'}]}`. */
export function parseQuery(body: string): QueryObject {
  const root: QueryObject = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const parts = rawKey.split('.');
    let node: QueryObject | QueryValue[] = root;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const last = i === parts.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(parts[i + 1]!);
      const key: string | number = Array.isArray(node) ? Number(part) - 1 : part;
      const container = node as Record<string | number, QueryValue>;
      if (last) {
        container[key] = value;
      } else {
        if (container[key] === undefined) container[key] = nextIsIndex ? [] : {};
        node = container[key] as QueryObject | QueryValue[];
      }
    }
  }
  return root;
}

export function str(value: QueryValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function list(value: QueryValue | undefined): QueryValue[] {
  return Array.isArray(value) ? value.filter((v) => v !== undefined) : [];
}

export function obj(value: QueryValue | undefined): QueryObject {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

/** Every leaf key of a parsed request, flattened back (`Filter.N.Name`), for parameter checks. */
export function leafKeys(value: QueryValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (Array.isArray(value))
    return value.flatMap((v) => (v === undefined ? [] : leafKeys(v, `${prefix}.N`)));
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

export type XmlNode =
  string | number | boolean | undefined | XmlNode[] | { [key: string]: XmlNode };

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Renders a value as EC2 XML: arrays become `<item>` lists, undefined members are left out. */
export function toXml(node: XmlNode): string {
  if (node === undefined) return '';
  if (Array.isArray(node)) return node.map((n) => `<item>${toXml(n)}</item>`).join('');
  if (typeof node === 'object') {
    return Object.entries(node)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `<${k}>${toXml(v)}</${k}>`)
      .join('');
  }
  return escape(String(node));
}

export function xmlResponse(
  action: string,
  body: Record<string, XmlNode>,
  requestId: string,
): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>${requestId}</requestId>${toXml(body)}</${action}Response>`;
}

export function xmlError(code: string, message: string, requestId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${escape(code)}</Code><Message>${escape(message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`;
}
