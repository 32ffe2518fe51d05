import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RunContext } from '../core/context';
import { defaultDotenvFile, platformInfo, readContext, stepOutputFile } from '../platforms';
import { errorMessage, isConfigurationError, PermissionError } from '../core/errors';
import type { Logger } from '../core/logger';
import { readForgeToken } from '../forge/token';
import { forgeInfo } from '../forge/registry';
import type { Forge } from '../forge/types';
import { readInputs } from '../inputs';
import { type ReportOutputs } from './outputs';
import { writeStepOutputs } from '../core/outputs';
import { runReport } from './run-report';

/**
 * The report action (GitHub) and component (GitLab): both run dist/report/index.js with
 * INPUT_* variables. Outputs go to GITHUB_OUTPUT on GitHub and to a dotenv report on GitLab.
 */
export async function runReportAction(
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const inputs = readInputs('report', (s) => logger.mask(s), env);
  const context = readContext(env);
  const token = readForgeToken(logger, context.forge, inputs.token, env);
  const cwd = context.workspace || process.cwd();
  const outputs = await runReport({
    context,
    logger,
    cwd,
    markdownFile: reportFile(
      inputs.file,
      cwd,
      inputs.plots.length + inputs.metrics.length + inputs.data.length > 0,
    ),
    plots: inputs.plots,
    plotsAllowedHosts: inputs['allowed-hosts'],
    metrics: inputs.metrics,
    metricsBase: inputs['metrics-base'],
    data: { targets: inputs.data, base: inputs['metrics-base'] },
    target: inputs.target,
    watermarkTitle: inputs['watermark-title'],
    // Teams moving from `cml comment update report.md` (no title) keep their old comment.
    adoptCmlDefaultWatermark: inputs['watermark-title'] === '{workflow}',
    section: inputs.section,
    mode: inputs.update ? 'update' : 'create',
    publish: inputs.publish,
    publishUrl: inputs['publish-url'],
    outputDir: inputs['output-dir'],
    summary: inputs.summary,
    failOnError: inputs['fail-on-error'],
    // The drivers (octokit, gitbeaker) load only when a forge is used: cold start matters.
    forge: context.forge ? () => loadForge(context, token, logger) : undefined,
  });
  setOutputs(
    outputs,
    stepOutputFile(context.platform, env),
    inputs['dotenv-file'] ?? defaultDotenvFile(context.platform, 'cml-report.env', env),
  );
}

/**
 * Only this platform's driver is loaded (src/forge/registry.ts loads each driver on first use):
 * octokit and gitbeaker together cost ~100 ms of start.
 */
async function loadForge(
  context: RunContext,
  token: string | undefined,
  logger: Logger,
): Promise<Forge> {
  try {
    return await (await import('../forge')).createForge({ context, token, logger });
  } catch (error) {
    // No token is a refusal like a read-only one: the report stays in the summary and on disk.
    if (!token && isConfigurationError(error)) {
      throw new PermissionError(
        errorMessage(error),
        platformInfo(context.platform).missingTokenHint ?? forgeInfo(context.forge!).missingToken,
      );
    }
    throw error;
  }
}

/** The default report.md may be absent when plots, metrics or data make the report. */
function reportFile(file: string, cwd: string, generated: boolean): string | undefined {
  if (file === 'report.md' && generated && !existsSync(resolve(cwd, file))) return undefined;
  return file;
}

function setOutputs(
  outputs: ReportOutputs,
  outputFile: string | undefined,
  dotenv: string | undefined,
): void {
  writeStepOutputs(
    { ...outputs },
    {
      githubOutputFile: outputFile,
      dotenv: dotenv
        ? { file: dotenv, prefix: 'CML_REPORT_', input: 'dotenv-file', names: DOTENV_NAMES }
        : undefined,
    },
  );
}

/** The dotenv report's variables (CML_REPORT_…), as the include and component document them. */
const DOTENV_NAMES: Record<string, string> = {
  'comment-url': 'COMMENT_URL',
  'comment-id': 'COMMENT_ID',
  result: 'RESULT',
  'report-file': 'FILE',
};
