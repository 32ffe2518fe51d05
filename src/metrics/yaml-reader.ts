import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import { ConfigurationError } from '../core/errors';
import type { FlatMetrics, MetricEntry } from './types';

/**
 * Reads YAML into flattened keys, walking the document's nodes (not toJS) so each key keeps its
 * line and each number keeps whether it was written as a float.
 */
export function readYamlMetrics(text: string, file: string): FlatMetrics {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  const problem = doc.errors[0];
  if (problem) {
    const at = problem.linePos?.[0];
    const where = at ? `${file}:${at.line}:${at.col}` : file;
    throw new ConfigurationError(`${where}: invalid YAML: ${problem.message.split('\n')[0]}`, {
      file,
      line: at?.line,
    });
  }
  const out: FlatMetrics = new Map();
  const lineOf = (node: Node | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  walk(doc, doc.contents, '', undefined, out, lineOf);
  return out;
}

function walk(
  doc: Document,
  node: unknown,
  prefix: string,
  keyLine: number | undefined,
  out: FlatMetrics,
  lineOf: (node: Node | null | undefined) => number | undefined,
): void {
  if (node === null || node === undefined) {
    if (prefix !== '') out.set(prefix, { value: null, line: keyLine });
    return;
  }
  if (isAlias(node)) {
    walk(doc, node.resolve(doc), prefix, keyLine, out, lineOf);
    return;
  }
  if (isMap(node)) {
    if (node.items.length === 0 && prefix !== '') out.set(prefix, { value: '{}', line: keyLine });
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const line = lineOf(keyNode) ?? keyLine;
      const child = prefix === '' ? key : `${prefix}.${key}`;
      walk(doc, pair.value, child, line, out, lineOf);
    }
    return;
  }
  if (isSeq(node)) {
    if (node.items.length === 0) out.set(prefix, { value: '[]', line: keyLine });
    node.items.forEach((item, index) => {
      const child = prefix === '' ? String(index) : `${prefix}.${index}`;
      walk(doc, item, child, lineOf(item as Node) ?? keyLine, out, lineOf);
    });
    return;
  }
  if (isScalar(node)) {
    out.set(prefix, scalarEntry(node.value, node, keyLine));
    return;
  }
  out.set(prefix, { value: String(node), line: keyLine });
}

function scalarEntry(
  value: unknown,
  node: { minFractionDigits?: number; format?: string; source?: string },
  line: number | undefined,
): MetricEntry {
  if (typeof value === 'number') {
    const float =
      !Number.isInteger(value) ||
      (node.minFractionDigits ?? 0) > 0 ||
      node.format === 'EXP' ||
      /[.eE]/.test(node.source ?? '');
    return float ? { value, float, line } : { value, line };
  }
  if (typeof value === 'bigint') return { value: Number(value), line };
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) {
    return { value, line };
  }
  // Dates and other tagged values compare as their text.
  return { value: value instanceof Date ? value.toISOString() : String(value), line };
}
