import { posix } from 'node:path';
import { parseYamlDocument } from '../core/yaml-document';
import { ConfigurationError } from '../core/errors';

/** A file to compare, and for params the keys a stage uses (undefined: the whole file). */
export interface Target {
  path: string;
  keys?: string[];
  /** A default looked for, not declared: its absence is not worth a warning. */
  optional?: boolean;
}

export interface DvcDeclarations {
  metrics: Target[];
  params: Target[];
  /**
   * `vars:` files and the keys the stages interpolate from them (`${model.lr}`): DVC shows these
   * as params too, unless the file is a params file already (dvc/repo/params/show.py
   * _collect_vars, stage.tracked_vars).
   */
  vars?: Target[];
  /**
   * The params the stages depend on, with their keys (not top-level `params:` files): what
   * `params diff --deps` shows (dvc/repo/params/show.py _collect_params, deps_only).
   */
  stageParams?: Target[];
}

const DEFAULT_PARAMS = 'params.yaml';

/**
 * The `metrics:` and `params:` that a dvc.yaml declares, at the top level and per stage (paths
 * relative to the stage's wdir). Stage params name keys of params.yaml (`- lr`) or of another
 * file (`- train.yaml: [lr, epochs]`; an empty list means the whole file), as DVC reads them.
 */
export function parseDvcYaml(text: string, file = 'dvc.yaml', dir = ''): DvcDeclarations {
  const { doc } = parseYamlDocument(text, file);
  const root: unknown = doc.toJS();
  const metrics = new TargetSet();
  const params = new TargetSet();
  const vars = new TargetSet();
  const stageParams = new TargetSet();
  if (!isRecord(root)) return { metrics: [], params: [], vars: [], stageParams: [] };
  // Paths in a dvc.yaml are relative to its folder (tests/func/metrics/test_diff.py,
  // test_diff_top_level_metrics: dir/dvc.yaml naming my_metrics.yaml or ../my_metrics.yaml).
  const inDir = (p: string) => posix.normalize(posix.join(dir || '.', p));
  const topVars = varsFiles(root.vars);

  for (const path of fileList(root.metrics, `${file}: metrics`))
    metrics.add(inDir(path), undefined);
  for (const path of fileList(root.params, `${file}: params`)) params.add(inDir(path), undefined);

  const stages = root.stages;
  if (stages !== undefined && !isRecord(stages)) {
    throw new ConfigurationError(`${file}: 'stages' must be a mapping of stage names to stages.`, {
      file,
    });
  }
  for (const [name, stage] of Object.entries(stages ?? {})) {
    if (!isRecord(stage)) continue;
    // foreach/matrix stages keep their declarations under `do:`.
    const body = isRecord(stage.do) ? stage.do : stage;
    const wdir = typeof body.wdir === 'string' ? body.wdir : '.';
    const at = (p: string) => inDir(posix.join(wdir, p));
    const used = interpolatedNames(stage);
    if (used.length > 0) {
      for (const varsFile of [...topVars, ...varsFiles(stage.vars)]) {
        const keys = varsFile.keys
          ? used.filter((k) => varsFile.keys!.includes(k.split('.')[0]!))
          : used;
        if (keys.length > 0) vars.add(inDir(posix.join(wdir, varsFile.path)), keys);
      }
    }
    for (const path of fileList(body.metrics, `${file}: stages.${name}.metrics`)) {
      metrics.add(at(path), undefined);
    }
    if (body.params === undefined || body.params === null) continue;
    if (!Array.isArray(body.params)) {
      throw new ConfigurationError(
        `${file}: stages.${name}.params must be a list of keys or {file: [keys]} entries.`,
        { file },
      );
    }
    for (const entry of body.params) {
      if (typeof entry === 'string') {
        params.add(at(DEFAULT_PARAMS), [entry]);
        stageParams.add(at(DEFAULT_PARAMS), [entry]);
      } else if (isRecord(entry)) {
        for (const [path, keys] of Object.entries(entry)) {
          const list = Array.isArray(keys) ? keys.map(String) : [];
          params.add(at(path), list.length > 0 ? list : undefined);
          stageParams.add(at(path), list.length > 0 ? list : undefined);
        }
      }
    }
  }
  return {
    metrics: metrics.list(),
    params: params.list(),
    vars: vars.list(),
    stageParams: stageParams.list(),
  };
}

/**
 * The files of a `vars:` list: `file.yaml` or `file.yaml:key1,key2` (only those keys); inline
 * mappings are not files. DVC also loads params.yaml as vars, but shows it whole as params.
 */
function varsFiles(value: unknown): { path: string; keys?: string[] }[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((entry): entry is string => typeof entry === 'string')
    .map((entry) => {
      const colon = entry.indexOf(':');
      if (colon < 0) return { path: entry };
      return {
        path: entry.slice(0, colon),
        keys: entry
          .slice(colon + 1)
          .split(',')
          .map((k) => k.trim()),
      };
    });
}

/** Names a stage interpolates (`${model.lr}`), except foreach/matrix's own `item` and `key`. */
function interpolatedNames(stage: unknown): string[] {
  const names = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(/\$\{\s*([A-Za-z_][\w-]*(?:\.[\w-]+)*)\s*\}/g)) {
        const name = m[1]!;
        const root = name.split('.')[0]!;
        if (root !== 'item' && root !== 'key') names.add(name);
      }
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (isRecord(value)) {
      for (const [k, v] of Object.entries(value)) {
        if (k !== 'vars') {
          visit(k);
          visit(v);
        }
      }
    }
  };
  visit(stage);
  return [...names];
}

/** `metrics:` lists hold paths or {path: {cache: false, …}} entries. */
function fileList(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new ConfigurationError(`${where} must be a list of files.`);
  }
  const paths: string[] = [];
  for (const entry of value) {
    if (typeof entry === 'string') paths.push(entry);
    else if (isRecord(entry)) paths.push(...Object.keys(entry));
  }
  return paths;
}

/** Targets merged by path: keys add up, and a whole-file entry wins over key lists. */
export class TargetSet {
  private readonly byPath = new Map<string, Set<string> | undefined>();
  add(path: string, keys: string[] | undefined): void {
    const normalized = posix.normalize(path.replace(/\\/g, '/'));
    if (!this.byPath.has(normalized)) {
      this.byPath.set(normalized, keys ? new Set(keys) : undefined);
      return;
    }
    const existing = this.byPath.get(normalized);
    if (!keys || !existing) this.byPath.set(normalized, undefined);
    else for (const k of keys) existing.add(k);
  }
  list(): Target[] {
    return [...this.byPath].map(([path, keys]) => (keys ? { path, keys: [...keys] } : { path }));
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
