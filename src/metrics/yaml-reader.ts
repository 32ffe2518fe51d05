import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node } from 'yaml';
import { parseYamlDocument } from '../core/yaml-document';
import { ReadBudget } from './limits';
import type { FlatMetrics, MetricEntry } from './types';

/**
 * Reads YAML into flattened keys, walking the document's nodes (not toJS) so each key keeps its
 * line and each number keeps whether it was written as a float. Aliases are resolved here, so
 * parseYamlDocument first lets the yaml library check their expansion against its limit; nesting
 * and key length are bounded as for JSON (src/metrics/limits.ts).
 */
export function readYamlMetrics(text: string, file: string): FlatMetrics {
  const { doc, lineCounter } = parseYamlDocument(text, file, { uniqueKeys: false });
  const lineOf = (node: Node | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  const walker = new Walker(doc, lineOf, new ReadBudget(file));
  walker.walk(doc.contents, '', undefined, 0);
  return walker.out;
}

class Walker {
  readonly out: FlatMetrics = new Map();

  constructor(
    private readonly doc: Document,
    private readonly lineOf: (node: Node | null | undefined) => number | undefined,
    private readonly budget: ReadBudget,
  ) {}

  private set(key: string, entry: MetricEntry): void {
    this.budget.key(key, entry.line);
    this.out.set(key, entry);
  }

  walk(node: unknown, prefix: string, keyLine: number | undefined, depth: number): void {
    const lineOf = this.lineOf;
    if (node === null || node === undefined) {
      if (prefix !== '') this.set(prefix, { value: null, line: keyLine });
      return;
    }
    if (isAlias(node)) {
      this.walk(node.resolve(this.doc), prefix, keyLine, depth);
      return;
    }
    if (isMap(node)) {
      this.budget.enter(depth + 1, keyLine);
      if (node.items.length === 0 && prefix !== '') {
        this.set(prefix, { value: '{}', line: keyLine });
      }
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const line = lineOf(keyNode) ?? keyLine;
        const child = prefix === '' ? key : `${prefix}.${key}`;
        this.walk(pair.value, child, line, depth + 1);
      }
      return;
    }
    if (isSeq(node)) {
      this.budget.enter(depth + 1, keyLine);
      if (node.items.length === 0) this.set(prefix, { value: '[]', line: keyLine });
      node.items.forEach((item, index) => {
        const child = prefix === '' ? String(index) : `${prefix}.${index}`;
        this.walk(item, child, lineOf(item as Node) ?? keyLine, depth + 1);
      });
      return;
    }
    if (isScalar(node)) {
      this.set(prefix, scalarEntry(node.value, node, keyLine));
      return;
    }
    this.set(prefix, { value: String(node), line: keyLine });
  }
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
