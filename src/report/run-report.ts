import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { RunContext } from '../core/context';
import { errorMessage, isConfigurationError, PermissionError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { AssetFile, CommentTarget, Forge } from '../forge/types';
import { composeReport, defaultPlotsDir, joinParts, type ReportPart } from './compose';
import {
  collectLocalImages,
  copyAssets,
  publishToUrl,
  rewriteImages,
  type LocalImages,
} from './images';
import { expandWatermarkTitle } from './marker';
import { writeJobSummary, type ReportOutputs } from './outputs';
import { isPermissionFailure, permissionHint } from './permissions';
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
    plotsDir: defaultPlotsDir(outDir),
    plotsAllowedHosts: request.plotsAllowedHosts,
    logger,
  });
  const workspace = resolve(context.workspace || request.cwd);
  // Validates every image up front: a missing or escaping path fails before anything is posted.
  const plotsDir = defaultPlotsDir(outDir);
  const images = parts.map((part) => collect(part, workspace, plotsDir));
  const allFiles = dedupe(images.flatMap((i) => i.files));

  mkdirSync(outDir, { recursive: true });
  const localUrls = copyAssets(outDir, allFiles);
  const localMarkdown = joinParts(
    parts.map((p, i) => rewriteImages(p.text, images[i]!, localUrls)),
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

  if (!request.forge) {
    writeSummary(request, localMarkdown, fullReport);
    return outputs;
  }

  let forge: Forge | undefined;
  let remoteMarkdown = joinParts(parts.map((p) => p.text));
  let target: CommentTarget | undefined;
  /** Shown in the comment only (the summary and the file keep their own links). */
  let missingImagesNote = '';
  try {
    forge = await request.forge();
    if (request.publish && allFiles.length > 0) {
      try {
        const urls = await publishImages(forge, request, allFiles);
        remoteMarkdown = joinParts(parts.map((p, i) => rewriteImages(p.text, images[i]!, urls)));
      } catch (error) {
        // A token that may comment but not store images (GitHub without contents: write, as
        // CML never needed) still gets its comment, with a visible note, unless told to fail.
        if (request.failOnError || request.publishUrl || !isPermissionFailure(error)) throw error;
        const hint = permissionHint(forge.kind, 'assets');
        logger.warning(
          `${allFiles.length} image(s) could not be published: ${errorMessage(error)}\n${hint}\nThe comment is posted without them; they are in ${reportPath}.`,
        );
        missingImagesNote = `\n\n> **${allFiles.length} image(s) could not be published.** ${hint} The report with its images was written to \`${reportPath}\` on the runner.\n`;
      }
    }
  } catch (error) {
    // User mistakes fail the step; refusals and outages leave the report on disk and warn.
    if (isConfigurationError(error)) throw error;
    writeSummary(request, remoteMarkdown, fullReport);
    return failed(request, outputs, error, forge ? permissionHint(forge.kind, 'assets') : '');
  }
  writeSummary(request, remoteMarkdown, fullReport);

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
    if (isConfigurationError(error)) throw error;
    return failed(request, outputs, error, permissionHint(forge.kind, 'comment', target?.kind));
  }
}

function collect(part: ReportPart, workspace: string, plotsDir: string): LocalImages {
  return collectLocalImages(part.text, {
    workspace,
    baseDir: part.baseDir,
    source: part.source,
    generatedDir: part.generated ? plotsDir : undefined,
  });
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

function writeSummary(request: ReportRequest, markdown: string, fullReport: string): void {
  const file = request.context.summaryFile;
  if (!request.summary || !file) return;
  if (writeJobSummary(file, markdown, fullReport)) {
    request.logger.warning('The job summary was truncated to its 1 MiB limit.');
  }
}

function failed(
  request: ReportRequest,
  outputs: ReportOutputs,
  error: unknown,
  hint: string,
): ReportOutputs {
  const message = `The report could not be posted: ${errorMessage(error)}`;
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
  if (context.platform === 'github' && context.runUrl && summary && context.summaryFile) {
    return `the job summary of [this run](${context.runUrl})`;
  }
  if (context.platform === 'gitlab' && context.runUrl) {
    return `the job artifacts: [${reportPath}](${context.runUrl}/artifacts/file/${reportPath})`;
  }
  if (context.runUrl) return `\`${reportPath}\` of [this run](${context.runUrl})`;
  return `\`${reportPath}\``;
}
