import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readContext, type RunContext } from '../core/context';
import { errorMessage, isConfigurationError, PermissionError } from '../core/errors';
import type { Logger } from '../core/logger';
import { readToken } from '../core/tokens';
import type { Forge } from '../forge/types';
import { inputsOf } from '../inputs';
import { readInputs } from '../inputs/parse';
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
  const inputs = readInputs(inputsOf('report'), (s) => logger.mask(s), env);
  const context = readContext(env);
  const str = (name: string) => (inputs[name] as string | undefined) || undefined;
  const list = (name: string) => (inputs[name] as string[] | undefined) ?? [];
  const token = readToken(logger, context.platform, str('token'), env);
  const cwd = context.workspace || process.cwd();
  const outputs = await runReport({
    context,
    logger,
    cwd,
    markdownFile: reportFile(
      str('file'),
      cwd,
      list('plots').length + list('metrics').length + list('data').length > 0,
    ),
    plots: list('plots'),
    plotsAllowedHosts: list('allowed-hosts'),
    metrics: list('metrics'),
    metricsBase: str('metrics-base'),
    data: { targets: list('data'), base: str('metrics-base') },
    target: str('target') ?? 'auto',
    watermarkTitle: (inputs['watermark-title'] as string | undefined) ?? '',
    // Teams moving from `cml comment update report.md` (no title) keep their old comment.
    adoptCmlDefaultWatermark: inputs['watermark-title'] === '{workflow}',
    section: str('section'),
    mode: inputs.update === false ? 'create' : 'update',
    publish: inputs.publish !== false,
    publishUrl: str('publish-url'),
    outputDir: str('output-dir') ?? 'cml-report',
    summary: inputs.summary !== false,
    failOnError: inputs['fail-on-error'] === true,
    // The drivers (octokit, gitbeaker) load only when a forge is used: cold start matters.
    forge: context.platform === 'local' ? undefined : () => loadForge(context, token, logger),
  });
  setOutputs(outputs, context.platform, str('dotenv-file') ?? defaultDotenv(context.platform, env));
}

/**
 * Only this platform's driver is loaded: octokit and gitbeaker together cost ~100 ms of start.
 * Missing tokens still go through createForge for its error message.
 */
async function loadForge(
  context: RunContext,
  token: string | undefined,
  logger: Logger,
): Promise<Forge> {
  if (token && context.platform === 'github') {
    return (await import('../forge/github')).createGitHubForge(context, token, logger);
  }
  if (token && context.platform === 'gitlab') {
    return (await import('../forge/gitlab')).createGitLabForge(context, token, logger);
  }
  try {
    return (await import('../forge')).createForge({ context, token, logger });
  } catch (error) {
    // No token is a refusal like a read-only one: the report stays in the summary and on disk.
    if (!token && isConfigurationError(error)) {
      throw new PermissionError(
        errorMessage(error),
        context.platform === 'github'
          ? 'Pass `token: ${{ github.token }}` (or a personal access token) to the action, or set REPO_TOKEN.'
          : 'Set REPO_TOKEN or GITLAB_TOKEN to a project or personal access token with api scope.',
      );
    }
    throw error;
  }
}

/** The default report.md may be absent when plots, metrics or data make the report. */
function reportFile(file: string | undefined, cwd: string, generated: boolean): string | undefined {
  if (file === 'report.md' && generated && !existsSync(resolve(cwd, file))) return undefined;
  return file;
}

function defaultDotenv(platform: string, env: NodeJS.ProcessEnv): string | undefined {
  if (platform !== 'gitlab') return env.CML_DOTENV || undefined;
  return env.CML_DOTENV || 'cml-report.env';
}

function setOutputs(outputs: ReportOutputs, platform: string, dotenv: string | undefined): void {
  writeStepOutputs(
    { ...outputs },
    {
      githubOutputFile: platform === 'github' ? process.env.GITHUB_OUTPUT : undefined,
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
