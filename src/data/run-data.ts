import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import { drawDriftCharts } from './charts';
import { schemaChanges, type DatasetResult } from './compare';
import { measureDrift } from './drift';
import { lazyConnection } from './small/lazy-connection';
import { evaluateRules } from './evaluate';
import { diffMarkdown, validateMarkdown } from './markdown';
import { profileFile, type TableProfile } from './profile';
import { profileMoves } from './profile-moves';
import { fileAtRevision } from './revision-file';
import { forgetTrees } from './revision-tree';
import { GitObjectSession } from '../git/object-session';
import { loadDataRules } from './rules';
import { checkSchema, loadSchema } from './schema';
import { isInside, isSymlink, workspaceFile } from '../core/workspace-file';
import { resolveTargets } from './targets';
import type { DataFailure, DataOutcome, DataRunOptions } from './types';

export type { DataFailure, DataOutcome, DataRunOptions, DataChart } from './types';

/**
 * Profile base and HEAD of each dataset, compare them and check the rules. `objects` is the
 * caller's git session (the CLI starts one early); else the run opens its own and closes it.
 */
export async function runDataDiff(
  options: DataRunOptions,
  logger: Logger,
  objects?: GitObjectSession,
): Promise<DataOutcome> {
  if (!objects) return withSession(options.cwd, (own) => runDataDiff(options, logger, own));
  forgetTrees(); // revisions are listed afresh for each run (revision-tree.ts)
  const abs = (p: string) => (isAbsolute(p) ? p : join(options.cwd, p));
  const rules = await loadDataRules(options.rules, options.rulesFile, abs);
  const schema = options.schemaFile
    ? await loadSchema(options.schemaFile, abs(options.schemaFile))
    : undefined;
  const baseRev = options.baseRev ?? 'HEAD';
  const datasets = await resolveTargets(options.cwd, options.targets, baseRev);
  const conn = lazyConnection();
  const results: DatasetResult[] = [];
  const failures: DataFailure[] = [];
  const warnings: string[] = [];
  const warn = warnOnce(warnings);
  for (const dataset of datasets) {
    await logger.group(`data diff ${dataset}`, async () => {
      const basePath = await fileAtRevision(options.cwd, dataset, baseRev, warn, objects);
      const headPath = options.headRev
        ? await fileAtRevision(options.cwd, dataset, options.headRev, warn, objects)
        : workspaceDataset(options.cwd, dataset);
      if (!basePath && !headPath) {
        throw new ConfigurationError(
          `${dataset}: not found in the workspace${options.headRev ? ` at ${options.headRev}` : ''} nor at ${baseRev}`,
          { file: dataset },
        );
      }
      // Each side is read once: its pass also counts its categories for drift (drift-sketch.ts).
      const sketch = basePath && headPath ? { categories: true } : undefined;
      const base = basePath
        ? await profileFile(conn, basePath, dataset, baseRev, sketch)
        : undefined;
      const head = headPath
        ? await profileFile(conn, headPath, dataset, options.headRev, sketch)
        : undefined;
      const result: DatasetResult = {
        dataset,
        base,
        head,
        schema: base && head ? schemaChanges(base, head) : [],
        drift: [],
      };
      if (base && head && basePath && headPath)
        result.drift = await measureDrift(
          conn,
          { path: basePath, profile: base },
          { path: headPath, profile: head },
        );
      if (schema && head && headPath)
        failures.push(...(await checkSchema(conn, schema, head, headPath)));
      reportMalformed(head, logger);
      results.push(result);
    });
  }
  failures.push(...evaluateRules(rules, results, 'diff'));
  const drifted = results.flatMap((r) =>
    r.drift
      .filter((d) => d.drifted && d.bins?.length)
      .map((drift) => ({ dataset: r.dataset, drift })),
  );
  const charts = options.chartsDir
    ? await drawDriftCharts(abs(options.chartsDir), drifted, logger)
    : [];
  const changed = results.some(dataChanged);
  return {
    markdown: diffMarkdown(results, failures, charts, options.all, options.cwd, warnings),
    json: {
      mode: 'diff',
      base: baseRev,
      head: options.headRev ?? 'workspace',
      datasets: results.map(jsonOf),
      failures,
    },
    passed: failures.length === 0,
    changed,
    failures,
    charts,
    warnings,
  };
}

/** Profile HEAD of each dataset and check the schema and rules (`objects` as in runDataDiff). */
export async function runDataValidate(
  options: DataRunOptions,
  logger: Logger,
  objects?: GitObjectSession,
): Promise<DataOutcome> {
  if (!objects && options.headRev)
    return withSession(options.cwd, (own) => runDataValidate(options, logger, own));
  forgetTrees(); // revisions are listed afresh for each run (revision-tree.ts)
  const abs = (p: string) => (isAbsolute(p) ? p : join(options.cwd, p));
  const rules = await loadDataRules(options.rules, options.rulesFile, abs);
  const schema = options.schemaFile
    ? await loadSchema(options.schemaFile, abs(options.schemaFile))
    : undefined;
  const datasets = await resolveTargets(options.cwd, options.targets);
  const conn: DuckDBConnection = lazyConnection();
  const profiles: TableProfile[] = [];
  const failures: DataFailure[] = [];
  const warnings: string[] = [];
  const warn = warnOnce(warnings);
  for (const dataset of datasets) {
    await logger.group(`data validate ${dataset}`, async () => {
      const path = options.headRev
        ? await fileAtRevision(options.cwd, dataset, options.headRev, warn, objects)
        : workspaceDataset(options.cwd, dataset);
      if (!path) throw new ConfigurationError(`${dataset}: no such file`, { file: dataset });
      const profile = await profileFile(conn, path, dataset, options.headRev);
      if (schema) failures.push(...(await checkSchema(conn, schema, profile, path)));
      reportMalformed(profile, logger);
      profiles.push(profile);
    });
  }
  const results: DatasetResult[] = profiles.map((head) => ({
    dataset: head.dataset,
    head,
    schema: [],
    drift: [],
  }));
  failures.push(...evaluateRules(rules, results, 'validate'));
  return {
    markdown: validateMarkdown(profiles, failures, warnings),
    json: { mode: 'validate', datasets: profiles, failures },
    passed: failures.length === 0,
    changed: false,
    failures,
    charts: [],
    warnings,
  };
}

/** Runs `run` with a git session of its own, ended when the run ends, however it ends. */
async function withSession<T>(cwd: string, run: (objects: GitObjectSession) => Promise<T>) {
  const objects = new GitObjectSession(cwd);
  try {
    return await run(objects);
  } finally {
    objects.close();
  }
}

/**
 * HEAD's copy of a dataset. Dataset paths can come from the pull request (dvc.yaml, .dvc files):
 * one that leads out of the workspace, lexically or through a symlink, or to a non-file is
 * refused, as the report and plots refuse theirs.
 */
function workspaceDataset(cwd: string, dataset: string): string | undefined {
  const path = join(cwd, dataset);
  if (!isInside(cwd, path)) {
    throw new ConfigurationError(`${dataset}: outside the workspace; refused`, { file: dataset });
  }
  if (existsSync(path) || isSymlink(path)) return workspaceFile(path, cwd, dataset, dataset);
  if (existsSync(`${path}.dvc`))
    throw new ConfigurationError(
      `${dataset}: tracked by DVC but not in the workspace; run dvc pull ${dataset} first`,
      { file: dataset },
    );
  return undefined;
}

/**
 * A warning about the data's sources (a DVC cache entry refused, a DVC file that does not parse)
 * goes into the report once, however many datasets or revisions meet it; the action and the CLI
 * log each one.
 */
function warnOnce(warnings: string[]): (message: string) => void {
  return (message) => {
    if (!warnings.includes(message)) warnings.push(message);
  };
}

/**
 * Malformed rows are an annotation at the first one; the report says it once, from the profile
 * (markdown.ts malformedLines), so they are not added to the general warnings as well.
 */
function reportMalformed(profile: TableProfile | undefined, logger: Logger): void {
  if (!profile?.malformed.count) return;
  const first = profile.malformed.first[0] ?? { line: 0, message: '' };
  const message = `${profile.dataset}: ${profile.malformed.count} malformed row(s) skipped; first at line ${first.line}: ${first.message}`;
  logger.warning(message, { file: profile.dataset, line: first.line, title: 'malformed rows' });
}

/**
 * `changed` as documented: "the schema, the row count or any column's profile differs" (a
 * dataset added or removed, duplicates, drift, and any field of a column profile that moved).
 */
function dataChanged(r: DatasetResult): boolean {
  const { base, head } = r;
  if (!base || !head) return true;
  if (r.schema.length || base.rows !== head.rows || base.duplicates !== head.duplicates)
    return true;
  if (r.drift.some((d) => d.drifted)) return true;
  return head.columns.some((h) => {
    const b = base.columns.find((c) => c.name === h.name);
    return b !== undefined && profileMoves(b, h).length > 0;
  });
}

function jsonOf(r: DatasetResult) {
  return {
    dataset: r.dataset,
    base: r.base,
    head: r.head,
    schema_changes: r.schema,
    drift: r.drift.map(({ bins, ...rest }) => ({ ...rest, bins })),
  };
}
