import { ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import { repositoryPrefix } from '../git/ensure-revision';
import { diffMetrics } from './diff';
import { parseDvcYaml, TargetSet, type DvcDeclarations, type Target } from './dvc-yaml';
import {
  parseMetrics,
  readSideText,
  selectKeys,
  type ReadContext,
  type Side,
} from './read-metrics';
import type { DiffResult, FlatMetrics } from './types';

export interface CompareOptions {
  cwd: string;
  oldSide: Side;
  newSide: Side;
  /** Files named by the user; empty: what dvc.yaml declares. */
  targets: string[];
  allRows: boolean;
  logger: Logger;
}

export interface Comparison {
  /** Every key of every file, unchanged ones marked: tables filter, gates see everything. */
  result: DiffResult;
  /** Files compared, in order. */
  files: string[];
}

/** Reads the dvc.yaml of both sides and merges what they declare (a file added or removed shows). */
export async function discoverDvcTargets(
  sides: Side[],
  ctx: ReadContext,
): Promise<DvcDeclarations | undefined> {
  const metrics = new TargetSet();
  const params = new TargetSet();
  let found = false;
  for (const side of sides) {
    const text = await readSideText(side, 'dvc.yaml', ctx);
    if (text === undefined) continue;
    found = true;
    const declared = parseDvcYaml(text, side.revision ? `dvc.yaml (at ${side.label})` : 'dvc.yaml');
    for (const t of declared.metrics) metrics.add(t.path, t.keys);
    for (const t of declared.params) params.add(t.path, t.keys);
  }
  return found ? { metrics: metrics.list(), params: params.list() } : undefined;
}

export async function readContextFor(cwd: string): Promise<ReadContext> {
  return { cwd, prefix: await repositoryPrefix(cwd) };
}

/**
 * Compares metrics or params files between two sides. Named files missing on both sides are an
 * error (most likely a typo); missing on one side, their keys show as new or deleted.
 */
export async function compareTargets(
  kind: 'metrics' | 'params',
  targets: Target[],
  explicit: boolean,
  options: CompareOptions,
  ctx: ReadContext,
): Promise<Comparison> {
  const { oldSide, newSide, logger } = options;
  const files: { path: string; old: FlatMetrics | undefined; new: FlatMetrics | undefined }[] = [];
  for (const target of targets) {
    const read = async (side: Side): Promise<FlatMetrics | undefined> => {
      const text = await readSideText(side, target.path, ctx);
      if (text === undefined) return undefined;
      const where = side.revision ? `${target.path} (at ${side.label})` : target.path;
      try {
        return selectKeys(parseMetrics(text, target.path, options), target.keys);
      } catch (error) {
        if (error instanceof ConfigurationError && side.revision) {
          throw new ConfigurationError(error.message.replace(target.path, where), error.where);
        }
        throw error;
      }
    };
    const [old, next] = await Promise.all([read(oldSide), read(newSide)]);
    if (!old && !next) {
      const message = `${kind === 'params' ? 'Params' : 'Metrics'} file ${target.path} exists neither at ${oldSide.label} nor at ${newSide.label}`;
      if (explicit) throw new ConfigurationError(`${message}.`, { file: target.path });
      if (target.optional) logger.debug(`${message}; skipped.`);
      else logger.warning(`${message}; skipped.`);
      continue;
    }
    if (!old)
      logger.info(`${target.path} does not exist at ${oldSide.label}: its keys show as new.`);
    if (!next) {
      logger.info(`${target.path} does not exist at ${newSide.label}: its keys show as deleted.`);
    }
    files.push({ path: target.path, old, new: next });
  }
  return { result: diffMetrics(files), files: files.map((f) => f.path) };
}
