import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { RunContext } from '../core/context';
import {
  ConfigurationError,
  errorMessage,
  isConfigurationError,
  isProgrammingError,
  PermissionError,
} from '../core/errors';
import type { Logger } from '../core/logger';
import type { AssetFile, CommentTarget, Forge } from '../forge/types';
import { chunkMarkdown } from '../core/markdown-blocks';
import {
  composeReport,
  defaultPlotsDir,
  joinParts,
  type DataSectionRequest,
  type ReportPart,
} from './compose';
import {
  collectLocalImages,
  copyAssets,
  publishToUrl,
  rewriteImages,
  type LocalImages,
} from './images';
import { REPORT_LIMITS } from './limits';
import { expandWatermarkTitle } from './marker';
import { writeJobSummary } from '../core/outputs';
import type { ReportOutputs } from './outputs';
import { httpStatusOf, isPermissionFailure, permissionHint } from './permissions';
import { platformInfo } from '../platforms';
import { postComment } from './sticky';
import { describeTarget, parseTarget, resolveTarget } from './targets';

export interface ReportRequest {
  context: RunContext;
  logger: Logger;
  /** Folder relative paths are read from (the workspace in CI). */
  cwd: string;
  markdownFile?: string;
  plots: string[];
  /** Hosts plot specs may fetch from (the allowed-hosts input); undefined: CML_PLOTS_ALLOWED_HOSTS. */
  plotsAllowedHosts?: string[];
  metrics: string[];
  metricsBase?: string;
  /** Datasets for the data section (the report action's data input); none when undefined. */
  data?: DataSectionRequest;
  /** CML target syntax: auto, pr, pr/N, commit, commit/SHA, issue/N. */
  target: string;
  watermarkTitle: string;
  /**
   * Also adopt a comment carrying CML's default watermark (no title): the report action's
   * default title is {workflow}, while CML's `comment update` had none.
   */
  adoptCmlDefaultWatermark?: boolean;
  section?: string;
  mode: 'create' | 'update';
  noMarker?: boolean;
  /** Publish local images (CML's --publish; default on). */
  publish: boolean;
  /** CML's asset server protocol instead of the forge's storage. */
  publishUrl?: string;
  /** Folder for report.md and its assets. */
  outputDir: string;
  /** Write the GitHub job summary when the platform has one. */
  summary: boolean;
  failOnError: boolean;
  /** Commit to resolve `auto` / `commit` against (default: the run's). */
  sha?: string;
  /** Undefined: local run (no forge). A function so a missing token becomes a posting failure. */
  forge?: () => Forge | Promise<Forge>;
}

/**
 * The report capability: compose the Markdown, keep a full copy on disk (images copied next to
 * it), publish images and post or update the sticky comment, write the job summary. When the
 * forge refuses the comment the report is still on disk and in the summary, with a warning that
 * names the missing permission; the step fails only with failOnError.
 */
export async function runReport(request: ReportRequest): Promise<ReportOutputs> {
  const { logger, context } = request;
  const outDir = resolve(request.cwd, request.outputDir);
  const parts = await composeReport({
    cwd: request.cwd,
    markdownFile: request.markdownFile,
    plots: request.plots,
    metrics: request.metrics,
    metricsBase: request.metricsBase,
    data: request.data,
    plotsDir: defaultPlotsDir(outDir),
    plotsAllowedHosts: request.plotsAllowedHosts,
    workspace: context.workspace || request.cwd,
    logger,
  });
  const workspace = resolve(context.workspace || request.cwd);
  // Missing or refused images are named and left as written; the report still posts (as CML's
  // did) unless fail-on-error, and even then only after the report is on disk and in the summary.
  const imageProblems: string[] = [];
  const plotsDir = defaultPlotsDir(outDir);
  const budgeted = parts.map((part) => withinBudget(part, logger));
  const images = budgeted.map(({ head }) =>
    collect(head, workspace, plotsDir, (message) => imageProblems.push(message)),
  );
  const allFiles = dedupe(images.flatMap((i) => i.files));
  for (const problem of imageProblems) {
    if (!request.failOnError) logger.warning(`${problem} It is left as written in the report.`);
  }

  mkdirSync(outDir, { recursive: true });
  const localUrls = copyAssets(outDir, allFiles);
  const localMarkdown = joinParts(
    budgeted.map((b, i) => rewriteImages(b.head.text, images[i]!, localUrls) + b.tail),
  );
  const reportFile = join(outDir, 'report.md');
  writeFileSync(reportFile, localMarkdown);
  const reportPath = relative(request.cwd, reportFile) || reportFile;
  logger.info(
    `Report written to ${reportPath}${localUrls.size ? ` with ${localUrls.size} image(s)` : ''}.`,
  );
  const fullReport = fullReportPointer(context, reportPath, request.summary);
  const outputs: ReportOutputs = {
    'comment-url': '',
    'comment-id': '',
    result: 'local',
    'report-file': reportPath,
    truncated: 'false',
  };

  // Only the processed head of each part goes to the forge: the rest could not fit anyway.
  let remoteMarkdown = joinParts(budgeted.map((b) => b.head.text));
  if (imageProblems.length > 0 && request.failOnError) {
    await writeSummary(request, request.forge ? remoteMarkdown : localMarkdown, fullReport);
    throw new ConfigurationError(imageProblems.join('\n'));
  }
  if (!request.forge) {
    await writeSummary(request, localMarkdown, fullReport);
    return outputs;
  }

  let forge: Forge | undefined;
  let target: CommentTarget | undefined;
  /** Shown in the comment only (the summary and the file keep their own links). */
  let missingImagesNote = '';
  try {
    forge = await request.forge();
    if (request.publish && allFiles.length > 0) {
      try {
        const urls = await publishImages(forge, request, allFiles);
        remoteMarkdown = joinParts(
          budgeted.map((b, i) => rewriteImages(b.head.text, images[i]!, urls)),
        );
      } catch (error) {
        // Images are an extra: a token that may comment but not store images (GitHub without
        // contents: write, as CML never needed) or an image store that fails (5xx, network)
        // still gets its comment, with the local references, a visible note and a warning.
        if (request.failOnError || isConfigurationError(error) || isProgrammingError(error))
          throw error;
        const permission = !request.publishUrl && isPermissionFailure(error);
        const hint = permission ? permissionHint(forge.kind, 'assets') : '';
        const names = describeFiles(allFiles);
        const reason = failureReason(error);
        logger.warning(
          `${allFiles.length} image(s) could not be published (${names}): ${reason}${hint ? `\n${hint}` : ''}\nThe comment is posted without them; they are in ${reportPath}.`,
        );
        missingImagesNote = `\n\n> **${allFiles.length} image(s) could not be published.** ${hint || `The image store failed: ${oneLine(reason)}.`} The report with its images was written to \`${reportPath}\` on the runner.\n`;
      }
    }
  } catch (error) {
    // User mistakes fail the step; refusals and outages leave the report on disk and warn. The
    // summary is written first either way: nothing the user made is lost.
    await writeSummary(request, remoteMarkdown, fullReport);
    // A bug (ours) fails the step with its stack (src/core/run-entry.ts), the report kept.
    if (isConfigurationError(error) || isProgrammingError(error)) throw error;
    return failed(request, outputs, error, forge ? permissionHint(forge.kind, 'assets') : '');
  }
  await writeSummary(request, remoteMarkdown, fullReport);

  try {
    const spec = parseTarget(request.target);
    target = await resolveTarget(spec, {
      pulls: forge,
      pullNumber: spec.kind === 'commit' ? undefined : context.pullNumber,
      sha: request.sha ?? context.sha,
    });
    const title = expandWatermarkTitle(request.watermarkTitle, {
      workflow: context.workflow,
      run: context.runId,
      job: context.job,
    });
    const result = await postComment({
      forge,
      target,
      title,
      legacyTitles: request.adoptCmlDefaultWatermark ? [title, ''] : [title],
      content: missingImagesNote
        ? `${remoteMarkdown.trimEnd()}${missingImagesNote}`
        : remoteMarkdown,
      section: request.section,
      mode: request.mode,
      noMarker: request.noMarker,
      fullReport,
      logger,
    });
    logger.info(`Report ${result.action} on ${describeTarget(target)}: ${result.comment.url}`);
    if (result.truncated)
      logger.warning(`The comment was truncated to fit the forge's limit; ${fullReport}.`);
    return {
      ...outputs,
      'comment-url': result.comment.url,
      'comment-id': String(result.comment.id),
      result: result.action,
      truncated: String(result.truncated),
    };
  } catch (error) {
    // The summary and the file were written above: a bug may fail the step without losing them.
    if (isConfigurationError(error) || isProgrammingError(error)) throw error;
    return failed(request, outputs, error, permissionHint(forge.kind, 'comment', target?.kind));
  }
}

function collect(
  part: ReportPart,
  workspace: string,
  plotsDir: string,
  onProblem: (message: string) => void,
): LocalImages {
  return collectLocalImages(part.text, {
    workspace,
    baseDir: part.baseDir,
    source: part.source,
    generatedDir: part.generated ? plotsDir : undefined,
    onProblem,
  });
}

/**
 * A part cut at a piece boundary (blocks.ts) at most REPORT_LIMITS.processedChars in: the head
 * is processed (images, comment, summary), the tail only kept in the file on disk.
 */
function withinBudget(part: ReportPart, logger: Logger): { head: ReportPart; tail: string } {
  const limit = REPORT_LIMITS.processedChars;
  if (part.text.length <= limit) return { head: part, tail: '' };
  const starts = chunkMarkdown(part.text, undefined, limit).map((c) => c.start);
  const cut = starts.filter((s) => s > 0 && s <= limit).pop() ?? limit;
  logger.warning(
    `${part.source} is ${mebibytes(part.text.length)} MiB; only its first ${mebibytes(cut)} MiB are searched for images and posted (the comment and the job summary hold less anyway). The whole report is kept in the report file.`,
  );
  return { head: { ...part, text: part.text.slice(0, cut) }, tail: part.text.slice(cut) };
}

function mebibytes(chars: number): string {
  return (chars / 1024 / 1024).toFixed(1);
}

function describeFiles(files: AssetFile[]): string {
  const shown = files.slice(0, 10).map((f) => f.name);
  return files.length > shown.length
    ? `${shown.join(', ')} and ${files.length - shown.length} more`
    : shown.join(', ');
}

/** The error's message, with the HTTP status in front when the message leaves it out. */
function failureReason(error: unknown): string {
  const message = errorMessage(error);
  const status = httpStatusOf(error);
  return status !== undefined && !message.includes(String(status))
    ? `HTTP ${status} ${message}`
    : message;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}

function dedupe<T extends { name: string }>(files: T[]): T[] {
  return [...new Map(files.map((f) => [f.name, f])).values()];
}

async function publishImages(
  forge: Forge,
  request: ReportRequest,
  files: AssetFile[],
): Promise<Map<string, string>> {
  if (request.publishUrl) return publishToUrl(request.publishUrl, files);
  return forge.publishAssets(files);
}

async function writeSummary(
  request: ReportRequest,
  markdown: string,
  fullReport: string,
): Promise<void> {
  const file = request.context.summaryFile;
  if (!request.summary || !file) return;
  if (await writeJobSummary(file, markdown, fullReport)) {
    request.logger.warning('The job summary was truncated to its 1 MiB limit.');
  }
}

function failed(
  request: ReportRequest,
  outputs: ReportOutputs,
  error: unknown,
  hint: string,
): ReportOutputs {
  const message = `The report could not be posted: ${failureReason(error)}`;
  const fullHint =
    error instanceof PermissionError ? error.hint : isPermissionFailure(error) ? hint : '';
  if (request.failOnError) {
    throw new PermissionError(
      message,
      `${fullHint} The report is in ${outputs['report-file']}${request.context.summaryFile ? ' and the job summary' : ''}.`.trim(),
    );
  }
  request.logger.warning(
    `${message}${fullHint ? `\n${fullHint}` : ''}\nThe report is in ${outputs['report-file']}${request.context.summaryFile && request.summary ? ' and in the job summary' : ''}; set fail-on-error to fail the step instead.`,
  );
  return { ...outputs, result: 'failed' };
}

/** Where the untruncated report can be read, for truncation notes. */
function fullReportPointer(context: RunContext, reportPath: string, summary: boolean): string {
  const link = platformInfo(context.platform).fullReportLink?.(context, reportPath, summary);
  if (link) return link;
  if (context.runUrl) return `\`${reportPath}\` of [this run](${context.runUrl})`;
  return `\`${reportPath}\``;
}
