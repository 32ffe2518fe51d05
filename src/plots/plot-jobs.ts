import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { ConfigurationError } from '../core/errors';
import { checkFileSize, isDataFile } from './data-file';
import { checkDepth } from './limits';
import { IMAGE_EXTENSIONS, readDvcPlots, type PlotDefinition } from './dvc-yaml';
import type { SpecKind } from './spec-check';
import type { TemplateOptions } from './templates';

/**
 * What one output image is made from. `named`: the file was named by the workflow or command
 * line (trusted configuration) rather than found through dvc.yaml (repository content).
 */
export type PlotJob =
  | { type: 'spec'; id: string; file: string; spec: unknown; kind: SpecKind; named?: boolean }
  | { type: 'data'; id: string; definition: PlotDefinition; named?: boolean }
  | { type: 'image'; id: string; file: string; named?: boolean };

/**
 * Turns what the user named (spec files, data files, image files, dvc.yaml plot ids; nothing
 * means every dvc.yaml plot) into render jobs. `overrides` (CLI/action template options) apply
 * to data plots on top of dvc.yaml's properties.
 */
export function resolvePlotJobs(
  targets: string[],
  cwd: string,
  overrides: TemplateOptions = {},
  dvcFile = 'dvc.yaml',
): PlotJob[] {
  const dvcPlots = readDvcPlots(cwd, dvcFile);
  if (targets.length === 0) {
    if (!dvcPlots || dvcPlots.length === 0) {
      throw new ConfigurationError(
        `No plots named and ${dvcPlots ? `${dvcFile} has no plots: section` : `no ${dvcFile} in ${cwd}`}; name spec or data files`,
      );
    }
    return dvcPlots.map((d) => definitionJob(d, overrides, cwd));
  }
  return targets.map((target) => {
    const path = isAbsolute(target) ? target : resolve(cwd, target);
    const fromDvc = dvcPlots?.find((d) => d.id === target || resolve(cwd, d.id) === path);
    if (existsSync(path)) {
      const ext = extname(path).toLowerCase();
      if (IMAGE_EXTENSIONS.includes(ext))
        return { type: 'image', id: target, file: path, named: true };
      const spec = ext === '.json' ? specIn(path, target) : undefined;
      if (spec)
        return {
          type: 'spec',
          id: target,
          file: path,
          spec: spec.spec,
          kind: spec.kind,
          named: true,
        };
      if (fromDvc) return definitionJob(fromDvc, overrides, cwd);
      if (isDataFile(path)) {
        return {
          ...definitionJob({ id: target, sources: [{ file: target }], props: {} }, overrides, cwd),
          named: true,
        };
      }
      throw new ConfigurationError(
        `${target}: not a plot: expected a Vega-Lite/Vega spec (.json), a data file (.csv, .tsv, .json, .yaml) or an image`,
      );
    }
    if (fromDvc) return definitionJob(fromDvc, overrides, cwd);
    const ids = dvcPlots?.map((d) => d.id) ?? [];
    throw new ConfigurationError(
      `${target}: no such file` +
        (dvcPlots
          ? `, and ${dvcFile} has no plot with that id${ids.length ? ` (plots: ${ids.join(', ')})` : ''}`
          : ''),
    );
  });
}

function definitionJob(
  definition: PlotDefinition,
  overrides: TemplateOptions,
  cwd: string,
): PlotJob {
  const first = definition.sources[0]!.file;
  if (definition.image) return { type: 'image', id: definition.id, file: first };
  // dvc.yaml may list a Vega-Lite/Vega spec like a data file: render it as a spec.
  const path = resolve(cwd, first);
  if (
    definition.sources.length === 1 &&
    extname(first).toLowerCase() === '.json' &&
    existsSync(path)
  ) {
    const spec = specIn(path, first);
    if (spec)
      return { type: 'spec', id: definition.id, file: path, spec: spec.spec, kind: spec.kind };
  }
  const props = { ...definition.props };
  for (const [k, v] of Object.entries(overrides))
    if (v !== undefined) (props as Record<string, unknown>)[k] = v;
  const sources =
    overrides.y !== undefined || overrides.x !== undefined
      ? definition.sources.map((s) => ({
          ...s,
          ...(overrides.x !== undefined ? { x: overrides.x } : {}),
          ...(overrides.y !== undefined
            ? { y: Array.isArray(overrides.y) ? overrides.y : [overrides.y] }
            : {}),
        }))
      : definition.sources;
  return { type: 'data', id: definition.id, definition: { ...definition, props, sources } };
}

/** A .json file that holds a Vega or Vega-Lite spec (rather than data), with its kind. */
export function specIn(path: string, name: string): { spec: unknown; kind: SpecKind } | undefined {
  let parsed: unknown;
  checkFileSize(path, name);
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`${name}: cannot parse JSON: ${(error as Error).message}`);
  }
  checkDepth(parsed, name);
  const lower = basename(path).toLowerCase();
  if (lower.endsWith('.vl.json')) return { spec: parsed, kind: 'vega-lite' };
  if (lower.endsWith('.vg.json')) return { spec: parsed, kind: 'vega' };
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const kind = specKind(parsed as Record<string, unknown>);
  return kind ? { spec: parsed, kind } : undefined;
}

/** Vega-Lite or Vega, from `$schema` or the spec's shape; undefined for data. */
export function specKind(spec: Record<string, unknown>): SpecKind | undefined {
  const schema = typeof spec.$schema === 'string' ? spec.$schema : '';
  if (/vega-lite/i.test(schema)) return 'vega-lite';
  if (/\/vega\//i.test(schema)) return 'vega';
  if (Array.isArray(spec.marks) && spec.mark === undefined) return 'vega';
  const vlKeys = ['mark', 'layer', 'hconcat', 'vconcat', 'concat', 'facet', 'repeat', 'spec'];
  return vlKeys.some((k) => k in spec) ? 'vega-lite' : undefined;
}

/** A file name for a plot id: its path without extensions, made safe. */
export function outputName(id: string): string {
  const dir = dirname(id);
  const base = basename(id).replace(/(\.(vl|vg))?\.[^.]+$/i, '');
  const joined = dir === '.' || dir === '' ? base : join(dir, base);
  return joined.replace(/^[./\\]+/, '').replace(/[^A-Za-z0-9_-]+/g, '_') || 'plot';
}
