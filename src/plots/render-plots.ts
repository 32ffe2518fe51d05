import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, extname, join, posix, resolve } from 'node:path';
import { ConfigurationError, errorMessage, isConfigurationError } from '../core/errors';
import {
  ALLOWED_HOSTS_ENV,
  hostsFromEnv,
  isInside,
  readRegularFile,
  readWorkspaceFile,
  workspaceRoot,
  type DataAccess,
} from './data-access';
import { checkScale } from './limits';
import type { Logger } from '../core/logger';
import { readFileAtRevision } from '../git/read-at-revision';
import { runGit } from '../git/run-git';
import { checkFileSize, parseDataFile, type Row } from './data-file';
import type { PlotDefinition } from './dvc-yaml';
import { outputName, resolvePlotJobs, type PlotJob } from './plot-jobs';
import { PngUnavailable } from './rasterise';
import { PlotRenderer } from './render';
import { overlaySpec } from './spec-overlay';
import {
  REV_FIELD,
  SERIES_FIELD,
  STEP_FIELD,
  VALUE_FIELD,
  templateSpec,
  type TemplateOptions,
} from './templates';
import { writeFileAtomic } from './write-atomic';

export interface RenderPlotsRequest {
  /** Spec files, data files, images or dvc.yaml plot ids; empty means every dvc.yaml plot. */
  targets: string[];
  cwd: string;
  outDir: string;
  format?: 'png' | 'svg';
  scale?: number;
  /** Overlay the same plot read at this revision (data plots), coloured by revision. */
  baseRevision?: string;
  /** How the base revision is labelled in the legend (default: the revision, shortened). */
  baseLabel?: string;
  /** Template options for data plots, over dvc.yaml's. */
  options?: TemplateOptions;
  dvcFile?: string;
  /** Hosts specs may fetch data and images from (default: CML_PLOTS_ALLOWED_HOSTS; none). */
  allowedHosts?: string[];
  /** How the user allows a host, for refusals (default: the CLI's option). */
  allowHint?: string;
  /** Folder specs may read from (default: the CI workspace holding cwd, else cwd). */
  workspace?: string;
}

export interface RenderedPlot {
  id: string;
  title: string;
  /** Absolute path of the written image. */
  path: string;
  format: 'png' | 'svg' | 'image';
}

/** Images being rasterised at once while the next chart is drawn (see renderEveryPlot). */
const PNG_IN_FLIGHT = 2;

/** The label of the current side of an overlay. */
export const HEAD_LABEL = 'HEAD';

/** A plot that could not be drawn, and why. */
export interface PlotFailure {
  id: string;
  error: unknown;
}

/**
 * Renders every requested plot in this one process and writes the images into outDir, then
 * fails naming every plot that could not be drawn (after writing all the others).
 */
export async function renderPlots(
  request: RenderPlotsRequest,
  logger: Logger,
): Promise<RenderedPlot[]> {
  const { plots, failures } = await renderEveryPlot(request, logger);
  if (failures.length > 0) throw plotFailures(failures, plots.length);
  return plots;
}

/** One error for several failed plots: a ConfigurationError unless one of them was internal. */
export function plotFailures(failures: PlotFailure[], written: number): Error {
  const messages = failures.map(({ id, error }) => {
    const message = errorMessage(error);
    return message.startsWith(id) ? message : `${id}: ${message}`;
  });
  if (failures.length === 1 && written === 0) {
    const only = failures[0]!.error;
    return only instanceof Error ? only : new Error(messages[0]);
  }
  const summary =
    `Could not draw ${failures.length} of ${failures.length + written} plots` +
    `${written > 0 ? ` (the other ${written} ${written === 1 ? 'was' : 'were'} written)` : ''}: ` +
    messages.join('; ');
  return failures.every((f) => isConfigurationError(f.error))
    ? new ConfigurationError(summary)
    : new Error(summary);
}

/**
 * Renders each plot on its own: a plot that fails (bad spec, refused data, over a budget) does
 * not stop the others. Every image that could be drawn is written (each file atomically, so a
 * failed plot leaves no half image and an older image of it stays as it was).
 */
export async function renderEveryPlot(
  request: RenderPlotsRequest,
  logger: Logger,
): Promise<{ plots: RenderedPlot[]; failures: PlotFailure[] }> {
  const cwd = resolve(request.cwd);
  const outDir = resolve(cwd, request.outDir);
  const scale = checkScale(request.scale ?? 1, 'scale');
  const access: DataAccess = {
    roots: [resolve(request.workspace ?? workspaceRoot(cwd))],
    allowedHosts: request.allowedHosts ?? hostsFromEnv(),
    allowHint: request.allowHint ?? `--allow-host HOST (or ${ALLOWED_HOSTS_ENV})`,
  };
  const failures: PlotFailure[] = [];
  // Targets are resolved one by one, so an unknown one fails alone, in the user's order.
  const batches: { id: string; jobs: () => PlotJob[] }[] =
    request.targets.length === 0
      ? [{ id: '', jobs: () => resolvePlotJobs([], cwd, request.options, request.dvcFile) }]
      : request.targets.map((target) => ({
          id: target,
          jobs: () => resolvePlotJobs([target], cwd, request.options, request.dvcFile),
        }));
  const renderer = await PlotRenderer.create((w) => logger.warning(w));
  const format = request.format ?? 'png';
  const names = new Set<string>();
  const plots: RenderedPlot[] = [];
  const slots: Array<{ plot: RenderedPlot } | { failure: PlotFailure } | undefined> = [];
  const pending = new Set<Promise<void>>();
  let pngUnavailable: string | undefined;

  for (const batch of batches) {
    let jobs: PlotJob[];
    try {
      jobs = batch.jobs();
    } catch (error) {
      // No target named: nothing to render without dvc.yaml, so that is the whole answer.
      if (!batch.id) throw error;
      slots.push({ failure: { id: batch.id, error } });
      continue;
    }
    for (const job of jobs) {
      // The next chart's dataflow runs while earlier ones rasterise off the main thread (resvg's
      // renderAsync, libvips' threads): on 2 cores that hides most of the rasterising. At most
      // PNG_IN_FLIGHT wait at once, so memory stays that of a few images.
      // Drawing is one chart at a time (Vega's random seed is global); only the rasterising of
      // one overlaps the drawing of the next.
      const { done: finished } = await renderJob(job, slots.length);
      pending.add(finished);
      void finished.then(() => pending.delete(finished));
      if (pending.size >= PNG_IN_FLIGHT) await Promise.race(pending);
    }
  }
  await Promise.all(pending);
  // In the order asked for, whatever order the images finished in.
  for (const slot of slots) {
    if (slot && 'plot' in slot) plots.push(slot.plot);
    else if (slot) failures.push(slot.failure);
  }
  if (pngUnavailable)
    logger.warning(`Plots written as SVG: PNG is unavailable here: ${pngUnavailable}`);
  return { plots, failures };

  /**
   * Draws the chart's SVG; `done` is the rest (PNG, file), which records the plot or its
   * failure in slots[index] and never rejects (wrapped: an awaited promise would be adopted).
   */
  async function renderJob(job: PlotJob, index: number): Promise<{ done: Promise<void> }> {
    slots.push(undefined);
    const failed = (error: unknown) => void (slots[index] = { failure: { id: job.id, error } });
    let name = outputName(job.id);
    for (let n = 2; names.has(name); n++) name = `${outputName(job.id)}-${n}`;
    names.add(name);
    let svg: string;
    let title: string;
    try {
      if (job.type === 'image') {
        const from = resolve(cwd, job.file);
        if (!existsSync(from)) throw new ConfigurationError(`${job.id}: no such image file`);
        checkInWorkspace(from, job, access);
        const bytes = readRegularFile(from, job.id, job.file);
        const path = join(outDir, `${name}${extname(from).toLowerCase()}`);
        writeFileAtomic(path, bytes);
        slots[index] = { plot: { id: job.id, title: job.id, path, format: 'image' } };
        return { done: Promise.resolve() };
      }
      if (job.type === 'spec') checkInWorkspace(job.file, job, access);
      const source = await specSource(
        job,
        cwd,
        request.baseRevision,
        request.baseLabel,
        logger,
        access,
      );
      title = source.title;
      svg = await renderer.toSvg(source.source, { scale, access, output: format });
    } catch (error) {
      failed(error);
      return { done: Promise.resolve() };
    }
    const finish = async () => {
      let bytes: string | Buffer = svg;
      let ext: 'png' | 'svg' = 'svg';
      if (format === 'png') {
        const png = await renderer.toPng(svg, job.id);
        if (png instanceof PngUnavailable) pngUnavailable = png.reason;
        else {
          bytes = png;
          ext = 'png';
        }
      }
      const path = join(outDir, `${name}.${ext}`);
      writeFileAtomic(path, bytes);
      slots[index] = { plot: { id: job.id, title, path, format: ext } };
    };
    return { done: finish().catch(failed) };
  }
}

async function specSource(
  job: Exclude<PlotJob, { type: 'image' }>,
  cwd: string,
  base: string | undefined,
  baseLabel: string | undefined,
  logger: Logger,
  access: DataAccess,
) {
  if (job.type === 'spec') {
    const title =
      typeof (job.spec as { title?: unknown }).title === 'string'
        ? (job.spec as { title: string }).title
        : job.id;
    let spec = job.spec;
    if (base) {
      const { baseName, headName } = revisionNames(base, baseLabel);
      const prefix = await repoPrefix(cwd);
      spec = await overlaySpec({
        spec,
        kind: job.kind,
        file: job.file,
        id: job.id,
        cwd,
        readBase: async (path) =>
          (
            await readFileAtRevision(base, posix.normalize(posix.join(prefix, toPosix(path))), cwd)
          )?.toString('utf8'),
        baseName,
        headName,
        logger,
        readHead: (path, url) => readWorkspaceFile(path, access, job.id, url).toString('utf8'),
      });
    }
    return {
      title,
      source: { spec, kind: job.kind, name: job.id, baseURL: `${dirname(job.file)}/` },
    };
  }
  const { rows, options } = await dataRows(job.definition, cwd, base, baseLabel, logger, (file) =>
    readWorkspace(cwd, file, job.definition.id, access, job.named === true),
  );
  // As in DVC, a plot without a title is titled with its id (the file path).
  const spec = templateSpec(rows, { ...options, title: options.title ?? job.id }, job.id);
  return {
    title: options.title ?? job.id,
    source: { spec, kind: 'vega-lite' as const, name: job.id },
  };
}

/**
 * The rows of a data plot, tagged with their revision. One file with its own fields stays as
 * it is (the template folds several y fields); several files are melted into one series each.
 */
async function dataRows(
  definition: PlotDefinition,
  cwd: string,
  base: string | undefined,
  baseLabel: string | undefined,
  logger: Logger,
  readHead: (file: string) => string,
) {
  const { baseName, headName } = revisionNames(base, baseLabel);
  const revisions: { label: string; read: (file: string) => Promise<string | undefined> }[] = [
    { label: headName, read: async (file) => readHead(file) },
  ];
  if (base) {
    const prefix = await repoPrefix(cwd);
    revisions.unshift({
      label: baseName,
      read: async (file) =>
        (
          await readFileAtRevision(base, posix.join(prefix, file.split('\\').join('/')), cwd)
        )?.toString('utf8'),
    });
  }
  const options: TemplateOptions = { ...definition.props };
  const single = definition.sources.length === 1;
  // Legend names as short as still tell the series apart: the file when every file draws the
  // same field (train.csv, test.csv), the field when one file draws several, else both.
  const pairs = definition.sources.flatMap((s) => (s.y ?? []).map((y) => [s.file, y] as const));
  const sameField = new Set(pairs.map(([, y]) => y)).size === 1;
  const sameFile = new Set(pairs.map(([f]) => f)).size === 1;
  const seriesName = (file: string, field: string) =>
    sameField ? file : sameFile ? field : `${file}: ${field}`;
  const rows: Row[] = [];
  for (const { label, read } of revisions) {
    for (const source of definition.sources) {
      const text = await read(source.file);
      if (text === undefined) {
        logger.warning(
          `${source.file} does not exist at ${base}: plot "${definition.id}" shows ${HEAD_LABEL} only`,
        );
        continue;
      }
      const data = parseDataFile(text, source.file);
      if (single) {
        for (const row of data) rows.push({ ...row, [REV_FIELD]: label });
        if (source.x) options.x = source.x;
        if (source.y) options.y = source.y;
        continue;
      }
      const x = source.x ?? options.x ?? STEP_FIELD;
      for (const field of source.y ?? []) {
        data.forEach((row, index) => {
          if (!(field in row)) {
            throw new ConfigurationError(
              `${source.file}: y field "${field}" of plot "${definition.id}" is not in the data; fields there: ${Object.keys(row).join(', ')}`,
            );
          }
          rows.push({
            [STEP_FIELD]: index,
            ...(x in row ? { [STEP_FIELD]: row[x] } : {}),
            [VALUE_FIELD]: row[field],
            [SERIES_FIELD]: seriesName(source.file, field),
            [REV_FIELD]: label,
          });
        });
      }
    }
  }
  if (!single) {
    options.x_label ??= options.x ?? STEP_FIELD;
    options.x = STEP_FIELD;
    options.y = VALUE_FIELD;
    options.melted = true;
  }
  return { rows, options };
}

/**
 * A data file of a plot: a regular file inside the workspace, symlinks resolved (repository
 * content), unless the workflow named a path outside the workspace itself (trusted configuration).
 */
function readWorkspace(
  cwd: string,
  file: string,
  id: string,
  access: DataAccess,
  named: boolean,
): string {
  const path = resolve(cwd, file);
  if (!existsSync(path)) {
    throw new ConfigurationError(`${file}: data file of plot "${id}" does not exist`);
  }
  if (!named || isInside(access.roots[0]!, path))
    return readWorkspaceFile(path, access, id, file).toString('utf8');
  checkFileSize(path, file);
  return readFileSync(path, 'utf8');
}

/**
 * A file the workflow named may be anywhere it says (trusted configuration), but one inside the
 * workspace must not be a symlink out of it (repository content); files found through dvc.yaml
 * must be inside the workspace.
 */
function checkInWorkspace(path: string, job: PlotJob, access: DataAccess): void {
  const root = access.roots[0]!;
  if (job.named && !isInside(root, path)) return;
  const where = job.type === 'image' ? 'image' : 'spec';
  if (!isInside(root, path)) {
    throw new ConfigurationError(
      `${job.id}: the ${where} file is outside the workspace (${root}); dvc.yaml may only name files inside it`,
    );
  }
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return; // missing files are reported by the reader
  }
  let realRoot = root;
  try {
    realRoot = realpathSync(root);
  } catch {
    // keep the path as given
  }
  if (!isInside(realRoot, real)) {
    throw new ConfigurationError(
      `${job.id}: the ${where} file is a symbolic link that leads out of the workspace (to ${real})`,
    );
  }
}

async function repoPrefix(cwd: string): Promise<string> {
  const result = await runGit(['rev-parse', '--show-prefix'], cwd);
  if (result.code !== 0) {
    throw new ConfigurationError(
      `Cannot compare plots with a base revision: ${cwd} is not in a git repository (${result.stderr.trim()})`,
    );
  }
  return result.stdout.toString('utf8').trim();
}

function revisionNames(base: string | undefined, baseLabel: string | undefined) {
  const baseName = base ? (baseLabel ?? shortRevision(base)) : '';
  // DVC's name for the working tree, when the base itself is called HEAD.
  const headName = baseName === HEAD_LABEL ? 'workspace' : HEAD_LABEL;
  return { baseName, headName };
}

function toPosix(path: string): string {
  return path.split('\\').join('/');
}

/** Labels a revision as users know it: names stay, full commit ids are shortened. */
function shortRevision(revision: string): string {
  return /^[0-9a-f]{40}$/i.test(revision) ? revision.slice(0, 7) : revision;
}
