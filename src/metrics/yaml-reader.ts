import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { ConfigurationError } from '../core/errors';
import { parseYamlDocument } from '../core/yaml-document';
import { ReadBudget } from './limits';
import { integerFromText, normalizeInt } from './exact';
import type { FlatMetrics, MetricEntry } from './types';

/**
 * Reads YAML into flattened keys, walking the document's nodes (not toJS) so each key keeps its
 * line and each number keeps whether it was written as a float. Aliases are resolved here, so
 * parseYamlDocument first lets the yaml library check their expansion against its limit; nesting
 * and key length are bounded as for JSON (src/metrics/limits.ts).
 */
export function readYamlMetrics(text: string, file: string): FlatMetrics {
  // DVC loads YAML with ruamel's safe loader (dvc/utils/serialize/_yaml.py, YAML(typ='safe')),
  // which refuses a repeated key (DuplicateKeyError) and a tag it does not know (ConstructorError):
  // such a file fails to load, as parseYamlDocument's unique keys and the check below make it.
  const { doc, lineCounter } = parseYamlDocument(text, file);
  const unknownTag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (unknownTag) {
    const at = unknownTag.linePos?.[0];
    throw new ConfigurationError(
      `${file}${at ? `:${at.line}:${at.col}` : ''}: invalid YAML: ${unknownTag.message.split('\n')[0]}`,
      { file, line: at?.line },
    );
  }
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

  /**
   * A mapping's entries with merge keys applied as YAML 1.1's merge type (and DVC's loader)
   * defines them: the mapping's own keys win, then each merged mapping in order.
   */
  private pairs(node: YAMLMap, depth: number): Map<string, Pair> {
    const own = new Map<string, Pair>();
    const merged: unknown[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      if (isScalar(keyNode) && keyNode.source === '<<' && typeof keyNode.value !== 'string') {
        const value = isAlias(pair.value) ? pair.value.resolve(this.doc) : pair.value;
        if (isSeq(value)) merged.push(...value.items);
        else merged.push(value);
        continue;
      }
      const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      own.set(key, pair);
    }
    for (const source of merged) {
      const map = isAlias(source) ? source.resolve(this.doc) : source;
      if (!isMap(map)) continue;
      this.budget.enter(depth + 1);
      for (const [key, pair] of this.pairs(map, depth + 1)) if (!own.has(key)) own.set(key, pair);
    }
    return own;
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
        this.set(prefix, { value: '{}', line: keyLine, shape: 'empty-map' });
      }
      for (const [key, pair] of this.pairs(node, depth + 1)) {
        const line = lineOf(pair.key as Node | null) ?? keyLine;
        const child = prefix === '' ? key : `${prefix}.${key}`;
        this.walk(pair.value, child, line, depth + 1);
      }
      return;
    }
    if (isSeq(node)) {
      this.budget.enter(depth + 1, keyLine);
      if (node.items.length === 0) {
        this.set(prefix, { value: '[]', line: keyLine, shape: 'empty-list' });
      }
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

// ruamel.yaml's YAML 1.2 int and float patterns (resolver.py), where they allow `_`.
const UNDERSCORE_INT = /^[-+]?(?:0|[1-9][0-9_]*)$/;
const UNDERSCORE_FLOAT =
  /^[-+]?(?:[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[0-9][0-9_]*[eE][-+]?[0-9]+)$/;

// ruamel.yaml's implicit timestamp pattern (resolver.py, the same for YAML 1.1 and 1.2).
const TIMESTAMP =
  /^(?:\d{4}-\d\d?-\d\d?|\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)$/;

function scalarEntry(
  value: unknown,
  node: { minFractionDigits?: number; format?: string; source?: string; type?: string },
  line: number | undefined,
): MetricEntry {
  if (typeof value === 'number') {
    // An integer a double cannot hold keeps its digits (Python's int is exact at any size).
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      const digits = (node.source ?? '').replace(/_/g, '');
      if (/^[-+]?\d+$/.test(digits)) return { value: integerFromText(digits), line };
    }
    const float =
      !Number.isInteger(value) ||
      (node.minFractionDigits ?? 0) > 0 ||
      node.format === 'EXP' ||
      /[.eE]/.test(node.source ?? '');
    return float ? { value, float, line } : { value, line };
  }
  if (typeof value === 'bigint') return { value: normalizeInt(value), line };
  if (typeof value === 'string' && node.type === 'PLAIN' && value.includes('_')) {
    // YAML 1.2 as DVC's loader (ruamel) reads it: digits may be grouped with `_` (1_000).
    if (UNDERSCORE_INT.test(value))
      return { value: integerFromText(value.replace(/_/g, '')), line };
    if (UNDERSCORE_FLOAT.test(value)) {
      return { value: Number(value.replace(/_/g, '')), float: true, line };
    }
  }
  // ruamel's resolver reads such plain scalars as timestamps (datetime.date / datetime), which
  // DVC's metrics reader drops and its params show as text.
  if (typeof value === 'string' && node.type === 'PLAIN' && TIMESTAMP.test(value)) {
    return { value, line, shape: 'date' };
  }
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) {
    return { value, line };
  }
  // Dates and other tagged values compare as their text.
  return { value: value instanceof Date ? value.toISOString() : String(value), line };
}
