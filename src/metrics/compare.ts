import { posix } from 'node:path';
import { ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import { repositoryPrefix } from '../git/ensure-revision';
import { diffMetrics } from './diff';
import { parseDvcYaml, TargetSet, type DvcDeclarations, type Target } from './dvc-yaml';
import {
  dvcLeaves,
  parseMetrics,
  readSideText,
  selectKeys,
  type ReadContext,
  type Side,
} from './read-metrics';
import { listSideFiles } from './list-files';
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
  /**
   * Files that could not be read on a side (malformed), with the reason: DVC shows their keys as
   * new or deleted and warns; a gate on them cannot be checked and fails.
   */
  unreadable: Map<string, { old?: string; new?: string }>;
  /** Sides DVC would name in "DVC failed to load some metrics for following revisions". */
  failedSides: { old: boolean; new: boolean };
}

/**
 * Reads every dvc.yaml of both sides (the one in cwd and those in folders below it, as DVC's
 * index collects them) and merges what they declare (a file added or removed shows).
 */
export async function discoverDvcTargets(
  sides: Side[],
  ctx: ReadContext,
): Promise<DvcDeclarations | undefined> {
  const metrics = new TargetSet();
  const params = new TargetSet();
  const vars = new TargetSet();
  const stageParams = new TargetSet();
  let found = false;
  for (const side of sides) {
    const listed = await listSideFiles(side, '', ctx);
    const dvcFiles = listed.filter((p) => p === 'dvc.yaml' || p.endsWith('/dvc.yaml'));
    // The working tree may hold a dvc.yaml git does not see (ignored): the top one is read anyway.
    if (!dvcFiles.includes('dvc.yaml')) dvcFiles.unshift('dvc.yaml');
    for (const path of dvcFiles) {
      const text = await readSideText(side, path, ctx);
      if (text === undefined) continue;
      found = true;
      const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
      const declared = parseDvcYaml(text, side.revision ? `${path} (at ${side.label})` : path, dir);
      for (const t of declared.metrics) metrics.add(t.path, t.keys);
      for (const t of declared.params) params.add(t.path, t.keys);
      for (const t of declared.vars ?? []) vars.add(t.path, t.keys);
      for (const t of declared.stageParams ?? []) stageParams.add(t.path, t.keys);
    }
  }
  return found
    ? {
        metrics: metrics.list(),
        params: params.list(),
        vars: vars.list(),
        stageParams: stageParams.list(),
      }
    : undefined;
}

/**
 * Targets that are folders on either side become the files below them, as DVC expands them
 * (dvc/repo/metrics/show.py try_expand_paths: fs.find); other targets stay as they are.
 */
export async function expandDirectories(
  targets: Target[],
  sides: Side[],
  ctx: ReadContext,
): Promise<Target[]> {
  const out: Target[] = [];
  for (const target of targets) {
    const below = new Set<string>();
    for (const side of sides) {
      for (const path of await listSideFiles(side, target.path, ctx)) {
        if (path !== target.path) below.add(path);
      }
    }
    if (below.size === 0) out.push(target);
    else for (const path of [...below].sort()) out.push({ ...target, path });
  }
  return out;
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
  const unreadable: Comparison['unreadable'] = new Map();
  const failedSides = { old: false, new: false };
  for (const target of targets) {
    const read = async (side: Side, which: 'old' | 'new'): Promise<FlatMetrics | undefined> => {
      const text = await readSideText(side, target.path, ctx);
      if (text === undefined) return undefined;
      const where = side.revision ? `${target.path} (at ${side.label})` : target.path;
      try {
        return selectKeys(dvcLeaves(kind, parseMetrics(text, target.path, options)), target.keys);
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
        const message = side.revision ? error.message.replace(target.path, where) : error.message;
        // A file over a budget is refused (src/metrics/limits.ts); a malformed one is what DVC
        // warns about and shows as absent on that side.
        if (!MALFORMED.test(message)) throw new ConfigurationError(message, error.where);
        logger.warning(`${message} Its ${kind} show as absent at ${side.label}.`, {
          file: target.path,
          line: error.where?.line,
        });
        unreadable.set(target.path, { ...unreadable.get(target.path), [which]: message });
        failedSides[which] = true;
        return undefined;
      }
    };
    const [old, next] = await Promise.all([read(oldSide, 'old'), read(newSide, 'new')]);
    const bad = unreadable.get(target.path);
    if (!old && !next && !bad) {
      // DVC (FileNotFoundError on both revisions) warns and shows the rest; so does this.
      const message = `${kind === 'params' ? 'Params' : 'Metrics'} file ${target.path} exists neither at ${oldSide.label} nor at ${newSide.label}`;
      if (target.optional) logger.debug(`${message}; skipped.`);
      else {
        logger.warning(`${message}${explicit ? ' (is the name right?)' : ''}; skipped.`);
        failedSides.old = failedSides.new = true;
      }
      continue;
    }
    if (!old && !bad?.old && !target.optional) {
      logger.info(`${target.path} does not exist at ${oldSide.label}: its keys show as new.`);
      failedSides.old = true;
    }
    if (!next && !bad?.new && !target.optional) {
      logger.info(`${target.path} does not exist at ${newSide.label}: its keys show as deleted.`);
      failedSides.new = true;
    }
    files.push({ path: target.path, old, new: next });
  }
  return { result: diffMetrics(files), files: files.map((f) => f.path), unreadable, failedSides };
}

/** The readers' syntax errors ("invalid JSON", "invalid YAML", …), as opposed to budgets. */
const MALFORMED = /: invalid (?:JSON|YAML|TOML|CSV|TSV)\b/;
