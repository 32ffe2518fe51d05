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
}

const DEFAULT_PARAMS = 'params.yaml';

/**
 * The `metrics:` and `params:` that a dvc.yaml declares, at the top level and per stage (paths
 * relative to the stage's wdir). Stage params name keys of params.yaml (`- lr`) or of another
 * file (`- train.yaml: [lr, epochs]`; an empty list means the whole file), as DVC reads them.
 */
export function parseDvcYaml(text: string, file = 'dvc.yaml'): DvcDeclarations {
  const { doc } = parseYamlDocument(text, file);
  const root: unknown = doc.toJS();
  const metrics = new TargetSet();
  const params = new TargetSet();
  if (!isRecord(root)) return { metrics: [], params: [] };

  for (const path of fileList(root.metrics, `${file}: metrics`)) metrics.add(path, undefined);
  for (const path of fileList(root.params, `${file}: params`)) params.add(path, undefined);

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
    const at = (p: string) => posix.normalize(posix.join(wdir, p));
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
      if (typeof entry === 'string') params.add(at(DEFAULT_PARAMS), [entry]);
      else if (isRecord(entry)) {
        for (const [path, keys] of Object.entries(entry)) {
          const list = Array.isArray(keys) ? keys.map(String) : [];
          params.add(at(path), list.length > 0 ? list : undefined);
        }
      }
    }
  }
  return { metrics: metrics.list(), params: params.list() };
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
