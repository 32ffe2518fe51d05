import { isMap, isScalar } from 'yaml';
import { parseYamlDocument } from '../core/yaml-document';
import { ConfigurationError } from '../core/errors';
import { integerFromText, type Num } from './exact';
import type { Direction } from './types';

/**
 * Quality-gate rules. One rule per line (inputs, --rule) or in a YAML file:
 *
 *   accuracy >= 0.9                             threshold: >=, >, <=, <, ==, !=
 *   f1 may not drop                             no decrease against the base
 *   loss may not rise by more than 2%           tolerance in percent of the base value…
 *   loss may not rise by more than 0.01         …or absolute
 *   accuracy higher is better                   direction only (markers in the table)
 *
 * A metric is its flattened key; `file:key` limits it to one file; `*` matches any text
 * (`*.loss` for every CSV row). Lines starting with # are comments. The YAML file holds
 * `rules:` (a list of such lines) and/or `metrics:` ({key: {direction, min, max, max-drop, max-rise}}).
 */
export type Rule = ThresholdRule | ChangeRule | DirectionRule;

interface RuleBase {
  /** The rule as the user wrote it, for messages. */
  text: string;
  /** Where it came from: an input, a file and line. */
  origin: string;
  file?: string;
  metric: string;
}

export interface ThresholdRule extends RuleBase {
  kind: 'threshold';
  op: '>=' | '>' | '<=' | '<' | '==' | '!=';
  /** An integer threshold beyond 2^53 stays exact (bigint), as the metrics it is compared with. */
  value: Num;
}

export interface ChangeRule extends RuleBase {
  kind: 'change';
  /** The movement that is not allowed. */
  forbid: 'drop' | 'rise';
  /** How much of it is tolerated (0: none). */
  tolerance: number;
  percent: boolean;
}

export interface DirectionRule extends RuleBase {
  kind: 'direction';
  direction: Direction;
}

const NUMBER = '[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?';
const THRESHOLD = new RegExp(`^(\\S+?)\\s*(>=|<=|==|!=|>|<)\\s*(${NUMBER})$`);
const CHANGE = new RegExp(
  `^(\\S+)\\s+(?:may|must|should)\\s+not\\s+(drop|decrease|fall|rise|increase|grow)` +
    `(?:\\s+by\\s+more\\s+than\\s+(${NUMBER})\\s*(%|percent)?)?$`,
  'i',
);
const DIRECTION = /^(\S+)\s+(higher|lower)\s+is\s+better$/i;

/** Parses rule lines; `origin` names where they come from (an input, a file) for errors. */
export function parseRuleLines(text: string, origin: string): Rule[] {
  const rules: Rule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (line === '' || line.startsWith('#')) return;
    rules.push(parseRule(line, `${origin}, line ${index + 1}`));
  });
  return rules;
}

export function parseRule(line: string, origin: string): Rule {
  const text = line.trim().replace(/\s+/g, ' ');
  let m = THRESHOLD.exec(text);
  if (m) {
    return {
      kind: 'threshold',
      text,
      origin,
      ...target(m[1]!),
      op: m[2] as ThresholdRule['op'],
      value: /^[+-]?\d+$/.test(m[3]!) ? integerFromText(m[3]!) : Number(m[3]),
    };
  }
  m = CHANGE.exec(text);
  if (m) {
    const verb = m[2]!.toLowerCase();
    return {
      kind: 'change',
      text,
      origin,
      ...target(m[1]!),
      forbid: verb === 'drop' || verb === 'decrease' || verb === 'fall' ? 'drop' : 'rise',
      tolerance: m[3] ? Math.abs(Number(m[3])) : 0,
      percent: m[4] !== undefined,
    };
  }
  m = DIRECTION.exec(text);
  if (m) {
    return {
      kind: 'direction',
      text,
      origin,
      ...target(m[1]!),
      direction: m[2]!.toLowerCase() as Direction,
    };
  }
  throw new ConfigurationError(
    `${origin}: cannot read the rule '${text}'. Expected '<metric> >= <number>' (or >, <=, <, ==, !=), ` +
      `'<metric> may not drop|rise [by more than <number>[%]]' or '<metric> higher|lower is better'.`,
  );
}

function target(spec: string): { metric: string; file?: string } {
  const colon = spec.lastIndexOf(':');
  if (colon > 0 && colon < spec.length - 1) {
    // Paths are compared as the diff names files: `./m.json` and `m.json` are one file.
    const file = spec
      .slice(0, colon)
      .replace(/\\/g, '/')
      .replace(/^(?:\.\/)+/, '');
    return { file, metric: spec.slice(colon + 1) };
  }
  return { metric: spec };
}

const METRIC_FIELDS = ['direction', 'min', 'max', 'max-drop', 'max-rise'];

/** Reads a YAML rules file (see the module comment); errors name the file and line. */
export function parseRulesFile(text: string, file: string): Rule[] {
  const { doc, lineCounter } = parseYamlDocument(text, file);
  const lineOf = (node: unknown): number => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  const root = doc.contents;
  if (root === null) return [];
  if (!isMap(root)) {
    throw new ConfigurationError(
      `${file}: a rules file is a mapping with 'rules:' (a list of rule lines) and/or 'metrics:'.`,
      { file },
    );
  }
  const rules: Rule[] = [];
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const where = `${file}:${lineOf(pair.key)}`;
    const value = pair.value as unknown;
    if (key === 'rules') {
      const items = (value as { items?: unknown[] } | null)?.items;
      if (!Array.isArray(items)) {
        throw new ConfigurationError(`${where}: 'rules' must be a list of rule lines.`, { file });
      }
      for (const item of items) {
        if (!isScalar(item) || typeof item.value !== 'string') {
          throw new ConfigurationError(`${file}:${lineOf(item)}: each rule is one line of text.`, {
            file,
            line: lineOf(item),
          });
        }
        rules.push(parseRule(item.value, `${file}:${lineOf(item)}`));
      }
    } else if (key === 'metrics') {
      if (!isMap(value)) {
        throw new ConfigurationError(`${where}: 'metrics' must map metric names to settings.`, {
          file,
        });
      }
      for (const metricPair of value.items) {
        const metric = isScalar(metricPair.key) ? String(metricPair.key.value) : '';
        rules.push(
          ...metricSettings(metric, metricPair.value, `${file}:${lineOf(metricPair.key)}`),
        );
      }
    } else {
      throw new ConfigurationError(
        `${where}: unknown key '${key}' in the rules file; expected 'rules' or 'metrics'.`,
        { file, line: lineOf(pair.key) },
      );
    }
  }
  return rules;
}

function metricSettings(metric: string, node: unknown, origin: string): Rule[] {
  const settings = (isMap(node) ? node.toJSON() : undefined) as Record<string, unknown> | undefined;
  if (!metric || !settings) {
    throw new ConfigurationError(
      `${origin}: each metric maps to settings (${METRIC_FIELDS.join(', ')}).`,
    );
  }
  const rules: Rule[] = [];
  for (const [field, raw] of Object.entries(settings)) {
    const value = String(raw).trim();
    switch (field) {
      case 'direction':
        if (value !== 'higher' && value !== 'lower') {
          throw new ConfigurationError(`${origin}: ${metric}.direction must be higher or lower.`);
        }
        rules.push(parseRule(`${metric} ${value} is better`, origin));
        break;
      case 'min':
        rules.push(parseRule(`${metric} >= ${number(value, metric, field, origin)}`, origin));
        break;
      case 'max':
        rules.push(parseRule(`${metric} <= ${number(value, metric, field, origin)}`, origin));
        break;
      case 'max-drop':
      case 'max-rise': {
        const amount = value.replace(/\s*%$/, '');
        const verb = field === 'max-drop' ? 'drop' : 'rise';
        const tolerance = number(amount, metric, field, origin);
        rules.push(
          parseRule(
            tolerance === '0'
              ? `${metric} may not ${verb}`
              : `${metric} may not ${verb} by more than ${tolerance}${value.endsWith('%') ? '%' : ''}`,
            origin,
          ),
        );
        break;
      }
      default:
        throw new ConfigurationError(
          `${origin}: unknown setting '${field}' for ${metric}; expected ${METRIC_FIELDS.join(', ')}.`,
        );
    }
  }
  return rules;
}

function number(value: string, metric: string, field: string, origin: string): string {
  if (!new RegExp(`^${NUMBER}$`).test(value)) {
    throw new ConfigurationError(`${origin}: ${metric}.${field} must be a number, got '${value}'.`);
  }
  return value;
}
