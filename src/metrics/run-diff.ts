import { isAbsolute, relative } from 'node:path';
import type { RunContext } from '../core/context';
import type { Logger } from '../core/logger';
import { resolveBaseRevision } from '../git/base-revision';
import { ensureRevision } from '../git/ensure-revision';
import {
  compareTargets,
  discoverDvcTargets,
  expandDirectories,
  readContextFor,
  type Comparison,
} from './compare';
import type { DvcDeclarations, Target } from './dvc-yaml';
import { directionsFrom, evaluateGates, type GateReport } from './gate';
import type { Side } from './read-metrics';
import { dvcJson, renderDiffTable, renderGateMarkdown } from './render';
import type { Rule } from './rules';
import { visibleRows } from './diff';
import type { DiffResult, Direction } from './types';
import { REPORT_ROWS } from './limits';

export interface MetricsDiffRequest {
  cwd: string;
  logger: Logger;
  context: RunContext;
  /** Old side; undefined: the base found from the context (PR base, default branch). */
  base?: string;
  /** New side; undefined or 'workspace': the working tree. */
  head?: string;
  /** Metrics files; empty: dvc.yaml's. */
  targets: string[];
  /** Params files; empty: dvc.yaml's (none without dvc.yaml); undefined: no params diff. */
  params?: string[];
  /** `params diff --deps`: only the params stages depend on (ignored with explicit targets). */
  depsOnly?: boolean;
  /** Skip the metrics diff (cml params diff). */
  metrics?: boolean;
  allRows: boolean;
  rules: Rule[];
}

export interface MetricsDiffOutcome {
  oldSide: Side;
  newSide: Side;
  metrics?: Comparison;
  params?: Comparison;
  gate: GateReport;
  directionOf: (path: string, key: string) => Direction | undefined;
  /** Some metric or param differs. */
  changed: boolean;
}

/** Resolves both sides, reads and compares the files, and checks the quality gates. */
export async function runMetricsDiff(input: MetricsDiffRequest): Promise<MetricsDiffOutcome> {
  const { cwd, logger, context } = input;
  const request = {
    ...input,
    targets: input.targets.map((t) => toRelative(t, cwd)),
    params: input.params?.map((t) => toRelative(t, cwd)),
  };
  const ctx = await readContextFor(cwd);
  const base = await resolveBaseRevision({ context, cwd, logger, explicit: request.base });
  const oldSide: Side = { revision: base.revision, label: base.label };
  const newSide: Side =
    request.head && request.head !== 'workspace'
      ? {
          revision: await ensureRevision(request.head, cwd, logger, 'origin', 'revision'),
          label: request.head,
        }
      : { label: 'workspace' };
  const from = base.source === 'given' ? '' : ` (the base, from the ${base.source})`;
  logger.info(`Comparing ${oldSide.label}${from} with ${newSide.label}.`);

  const options = {
    cwd,
    oldSide,
    newSide,
    targets: request.targets,
    allRows: request.allRows,
    logger,
  };
  const needDiscovery =
    (request.metrics !== false && request.targets.length === 0) ||
    (request.params !== undefined && request.params.length === 0);
  const declared = needDiscovery ? await discoverDvcTargets([oldSide, newSide], ctx) : undefined;

  let metrics: Comparison | undefined;
  if (request.metrics !== false) {
    const explicit = request.targets.length > 0;
    const targets: Target[] = await expandDirectories(
      explicit ? request.targets.map((path) => ({ path })) : (declared?.metrics ?? []),
      [oldSide, newSide],
      ctx,
    );
    // DVC with no metrics to read shows an empty diff (exit 0); a warning says why.
    if (targets.length === 0) {
      logger.warning(
        declared
          ? 'dvc.yaml declares no metrics: name the metrics files (the targets input, or --targets).'
          : 'No metrics files to compare: name them (the targets input, or --targets) or declare metrics: in dvc.yaml.',
      );
    } else metrics = await compareTargets('metrics', targets, explicit, options, ctx);
  }

  let params: Comparison | undefined;
  if (request.params !== undefined) {
    const explicit = request.params.length > 0;
    const targets: Target[] = await expandDirectories(
      explicit
        ? request.params.map((path) => ({ path }))
        : discoveredParams(declared, request.depsOnly === true),
      [oldSide, newSide],
      ctx,
    );
    if (targets.length > 0)
      params = await compareTargets('params', targets, explicit, options, ctx);
  }

  // Rules may name params too (`lr == 0.001`): the gate sees both comparisons.
  const combined = new Map([...(metrics?.result ?? []), ...(params?.result ?? [])]);
  const unreadable = new Map([...(metrics?.unreadable ?? []), ...(params?.unreadable ?? [])]);
  const gate = evaluateGates(
    request.rules,
    combined,
    { old: oldSide.label, new: newSide.label },
    unreadable,
  );
  const changed = [metrics, params].some(
    (c) => c !== undefined && [...c.result.values()].some((rows) => rows.some((r) => !r.unchanged)),
  );
  return {
    oldSide,
    newSide,
    metrics,
    params,
    gate,
    directionOf: directionsFrom(request.rules),
    changed,
  };
}

/**
 * The params DVC diffs without targets (dvc/repo/params/show.py _collect_params): what the
 * dvc.yaml files declare, all of params.yaml whenever it exists (a stage naming `- lr` does not
 * narrow it: the default file is tracked whole), and the vars files' interpolated keys unless
 * that file is a params file already (_collect_vars).
 */
function discoveredParams(declared: DvcDeclarations | undefined, depsOnly: boolean): Target[] {
  if (depsOnly) {
    // --deps: the stages' params with their keys only; no top-level files, no default file;
    // the vars files' interpolated keys still (_collect_params with deps_only; _gather_params).
    const targets: Target[] = [...(declared?.stageParams ?? [])];
    for (const v of declared?.vars ?? []) {
      if (!targets.some((t) => t.path === v.path)) targets.push({ ...v, optional: true });
    }
    return targets;
  }
  const declaredParams = declared?.params ?? [];
  const targets = declaredParams.map((t) => (t.path === 'params.yaml' ? { path: t.path } : t));
  if (!targets.some((t) => t.path === 'params.yaml')) {
    targets.push({ path: 'params.yaml', optional: true });
  }
  for (const v of declared?.vars ?? []) {
    if (!targets.some((t) => t.path === v.path)) targets.push({ ...v, optional: true });
  }
  return targets;
}

/** The rows a report table shows, at most REPORT_ROWS; `dropped` counts the rest. */
function capRows(result: DiffResult, all: boolean): { result: DiffResult; dropped: number } {
  const visible = visibleRows(result, all);
  const out: DiffResult = new Map();
  let room = REPORT_ROWS;
  let dropped = 0;
  for (const [path, rows] of visible) {
    if (room > 0) out.set(path, rows.slice(0, room));
    dropped += Math.max(0, rows.length - room);
    room = Math.max(0, room - rows.length);
  }
  return { result: out, dropped };
}

/** Targets are read relative to cwd on both sides; absolute paths and backslashes are normalised. */
function toRelative(target: string, cwd: string): string {
  const path = isAbsolute(target) ? relative(cwd, target) : target;
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

export interface RenderOptions {
  all: boolean;
  noPath: boolean;
  precision: number;
  markdown: boolean;
}

export function metricsTable(outcome: MetricsDiffOutcome, options: RenderOptions): string {
  return renderDiffTable(visibleRows(outcome.metrics?.result ?? new Map(), options.all), {
    kind: 'metrics',
    oldLabel: outcome.oldSide.label,
    newLabel: outcome.newSide.label,
    markdown: options.markdown,
    noPath: options.noPath,
    // DVC: `precision or DEFAULT_PRECISION`, so 0 means the default 5, not whole numbers.
    precision: options.precision || 5,
    directionOf: outcome.directionOf,
  });
}

export function paramsTable(outcome: MetricsDiffOutcome, options: RenderOptions): string {
  return renderDiffTable(visibleRows(outcome.params?.result ?? new Map(), options.all), {
    kind: 'params',
    oldLabel: outcome.oldSide.label,
    newLabel: outcome.newSide.label,
    markdown: options.markdown,
    noPath: options.noPath,
  });
}

export function metricsJson(outcome: MetricsDiffOutcome, all: boolean): string {
  return dvcJson(visibleRows(outcome.metrics?.result ?? new Map(), all));
}

export function paramsJson(outcome: MetricsDiffOutcome, all: boolean): string {
  return dvcJson(visibleRows(outcome.params?.result ?? new Map(), all));
}

/**
 * The report block: the metrics table (DVC's Markdown), the params table when params changed,
 * and the quality gates. A diff with no changes says so instead of an empty table.
 */
export function reportMarkdown(
  outcome: MetricsDiffOutcome,
  options: Omit<RenderOptions, 'markdown'>,
): string {
  const parts: string[] = [];
  const md = { ...options, markdown: true };
  // A report table is for people: past REPORT_ROWS rows it is cut (the JSON output keeps every
  // row), so a file with 100,000 keys costs no more to post than one with a thousand.
  const metrics = outcome.metrics && capRows(outcome.metrics.result, options.all);
  const params = outcome.params && capRows(outcome.params.result, options.all);
  const capped = {
    ...outcome,
    metrics: metrics && { ...outcome.metrics!, result: metrics.result },
    params: params && { ...outcome.params!, result: params.result },
  };
  const more = (n: number, what: string) =>
    n > 0
      ? `\n${n} more ${what} not shown (a report table shows ${REPORT_ROWS}); the JSON output has them all.\n`
      : '';
  if (metrics) {
    parts.push(
      metrics.result.size > 0
        ? `#### Metrics\n\n${metricsTable(capped, { ...md, all: true })}${more(metrics.dropped, 'metrics')}`
        : `#### Metrics\n\nNo metric changed between ${outcome.oldSide.label} and ${outcome.newSide.label}.\n`,
    );
  }
  if (params && params.result.size > 0) {
    parts.push(
      `#### Params\n\n${paramsTable(capped, { ...md, all: true })}${more(params.dropped, 'params')}`,
    );
  }
  const gates = renderGateMarkdown(outcome.gate);
  if (gates) parts.push(gates);
  return parts.join('\n');
}
