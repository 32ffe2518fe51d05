import { existsSync, readFileSync } from 'node:fs';
import { extname, join, posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigurationError } from '../core/errors';
import { isDataFile } from './data-file';
import type { TemplateOptions } from './templates';

export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.svg'];

/** One data file of a plot and the fields it contributes. */
export interface PlotSourceFile {
  file: string;
  x?: string;
  y?: string[];
}

/** A plot as dvc.yaml defines it: an id, its data files, and the template properties. */
export interface PlotDefinition {
  id: string;
  sources: PlotSourceFile[];
  props: TemplateOptions;
  /** An image file listed as a plot: published as it is. */
  image?: boolean;
}

const PROPS = ['template', 'x', 'y', 'title', 'x_label', 'y_label'] as const;

/**
 * Reads the plots of dvc.yaml: the top-level `plots:` list (a path, `path: {props}` or
 * `id: {y: {file: field}, x: ..., template: ...}`) and every stage's `plots:` list
 * (a path or `path: {props}`, relative to the stage's wdir). Undefined when there is no dvc.yaml.
 */
export function readDvcPlots(cwd: string, file = 'dvc.yaml'): PlotDefinition[] | undefined {
  const path = join(cwd, file);
  if (!existsSync(path)) return undefined;
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`${file}: cannot parse YAML: ${(error as Error).message}`);
  }
  if (doc === null || typeof doc !== 'object') return [];
  const root = doc as { plots?: unknown; stages?: Record<string, unknown> };
  const plots: PlotDefinition[] = [];
  for (const [index, item] of entries(root.plots, `${file}: plots`)) {
    plots.push(topLevelPlot(item, `${file}: plots[${index}]`, cwd));
  }
  for (const [name, stage] of Object.entries(root.stages ?? {})) {
    if (stage === null || typeof stage !== 'object') continue;
    const s = stage as { plots?: unknown; wdir?: unknown };
    const wdir = typeof s.wdir === 'string' ? s.wdir : '.';
    for (const [index, item] of entries(s.plots, `${file}: stages.${name}.plots`)) {
      plots.push(filePlot(item, `${file}: stages.${name}.plots[${index}]`, wdir));
    }
  }
  return plots;
}

/** The list items of a `plots:` section; a mapping (id → props) is accepted too. */
function entries(section: unknown, where: string): [number, unknown][] {
  if (section === undefined || section === null) return [];
  if (Array.isArray(section)) return section.map((item, i) => [i, item]);
  if (typeof section === 'object')
    return Object.entries(section).map(([k, v], i) => [i, { [k]: v }]);
  throw new ConfigurationError(`${where} must be a list of plots`);
}

function topLevelPlot(item: unknown, where: string, cwd: string): PlotDefinition {
  if (typeof item === 'string') return filePlot(item, where, '.');
  const [key, value] = singleKey(item, where);
  const props = (value ?? {}) as Record<string, unknown>;
  const looksLikeFile =
    isDataFile(key) ||
    IMAGE_EXTENSIONS.includes(extname(key).toLowerCase()) ||
    existsSync(join(cwd, key));
  if (isRecord(props.y) || (!looksLikeFile && props.y !== undefined))
    return idPlot(key, props, where);
  return filePlot(item, where, '.');
}

/** `path` or `path: {props}`: one file, the plot id is its path. */
function filePlot(item: unknown, where: string, wdir: string): PlotDefinition {
  const [key, value] = typeof item === 'string' ? [item, undefined] : singleKey(item, where);
  const file = wdir === '.' ? key : posix.join(wdir, key);
  const props = readProps(value, where);
  if (IMAGE_EXTENSIONS.includes(extname(file).toLowerCase()))
    return { id: file, sources: [{ file }], props, image: true };
  const y = props.y === undefined ? undefined : Array.isArray(props.y) ? props.y : [props.y];
  return { id: file, sources: [{ file, x: props.x, y }], props };
}

/** `id: {y: {file: field(s)}, x: field | {file: field}, ...}`: several files in one plot. */
function idPlot(id: string, raw: Record<string, unknown>, where: string): PlotDefinition {
  const { y, x, ...rest } = raw;
  const props = readProps(rest, where);
  const sources: PlotSourceFile[] = [];
  const xOf = (file: string): string | undefined => {
    if (typeof x === 'string') return x;
    if (isRecord(x) && typeof x[file] === 'string') return x[file] as string;
    return undefined;
  };
  if (isRecord(y)) {
    for (const [file, fields] of Object.entries(y)) {
      const list =
        typeof fields === 'string'
          ? [fields]
          : Array.isArray(fields)
            ? fields.map(String)
            : undefined;
      if (!list)
        throw new ConfigurationError(`${where}: y.${file} must be a field name or a list of them`);
      sources.push({ file, x: xOf(file), y: list });
    }
  } else {
    throw new ConfigurationError(
      `${where}: plot "${id}" is not a file, so y must map data files to fields (y: {file.csv: field})`,
    );
  }
  if (typeof x === 'string') props.x = x;
  return { id, sources, props };
}

function readProps(value: unknown, where: string): TemplateOptions & { y?: string | string[] } {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw new ConfigurationError(`${where}: plot properties must be a mapping`);
  const props: Record<string, unknown> = {};
  for (const key of PROPS) {
    const v = value[key];
    if (v === undefined) continue;
    if (key === 'y' && Array.isArray(v)) props.y = v.map(String);
    else if (typeof v === 'string' || typeof v === 'number') props[key] = String(v);
    else throw new ConfigurationError(`${where}.${key} must be a string`);
  }
  return props as TemplateOptions;
}

function singleKey(item: unknown, where: string): [string, unknown] {
  if (!isRecord(item) || Object.keys(item).length !== 1) {
    throw new ConfigurationError(
      `${where} must be a path or a single "path: {properties}" mapping`,
    );
  }
  const [entry] = Object.entries(item);
  return entry as [string, unknown];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
