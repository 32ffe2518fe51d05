import { appendFileSync } from 'node:fs';
import { readContext } from '../core/context';
import type { Logger } from '../core/logger';
import { readToken } from '../core/tokens';
import { createForge } from '../forge';
import { repositoryPrefix } from '../git/ensure-revision';
import { inputsOf } from '../inputs';
import { readInputs } from '../inputs/parse';
import { QualityGateFailure } from './gate';
import { loadRules } from './load-rules';
import { writeOutputs } from './outputs';
import { publishCheck } from './publish';
import { metricsJson, paramsJson, reportMarkdown, runMetricsDiff } from './run-diff';

/**
 * The metrics-diff action (GitHub) and component (GitLab): compares metrics (and params) between
 * the base revision and the working tree, writes the outputs, publishes a check run / commit
 * status, and fails the step when a quality gate is violated, after everything is written.
 */
export async function runMetricsDiffAction(
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const inputs = readInputs(inputsOf('metrics-diff'), (s) => logger.mask(s), env);
  const context = readContext(env);
  const str = (name: string) => (inputs[name] as string | undefined) || undefined;
  const list = (name: string) => (inputs[name] as string[] | undefined) ?? [];
  const flag = (name: string) => inputs[name] === true;
  const token = readToken(logger, context.platform, str('token'), env);
  const cwd = process.cwd();

  const rules = await loadRules({
    lines: str('rules') ? [str('rules')!] : [],
    linesOrigin: "input 'rules'",
    file: str('rules-file'),
    cwd,
  });
  const outcome = await runMetricsDiff({
    cwd,
    logger,
    context,
    base: str('base'),
    head: str('head'),
    targets: list('targets'),
    params: list('params'),
    allRows: flag('all-rows'),
    rules,
  });
  const render = {
    all: flag('all'),
    noPath: flag('no-path'),
    precision: (inputs.precision as number | undefined) ?? 5,
  };
  const markdown = reportMarkdown(outcome, render);
  logger.info(markdown);
  writeOutputs(
    {
      markdown,
      json: metricsJson(outcome, render.all),
      'params-json': paramsJson(outcome, render.all),
      changed: String(outcome.changed),
      passed: String(outcome.gate.passed),
    },
    context.platform,
    str('dotenv-file') ??
      (context.platform === 'gitlab' ? env.CML_DOTENV || 'cml-metrics-diff.env' : env.CML_DOTENV),
    cwd,
  );
  if (context.platform === 'github' && flag('summary') && context.summaryFile) {
    appendFileSync(context.summaryFile, `${markdown.trimEnd()}\n\n`);
  }

  const prefix = await repositoryPrefix(cwd);
  const failed = outcome.gate.results.filter((r) => !r.passed);
  // Each violation is also a workflow annotation at the metric's line (GitHub shows it on the
  // file in the PR; GitLab and local runs print file:line).
  for (const r of failed) {
    logger.error(`Quality gate failed: ${r.rule.text}: ${r.detail}`, {
      file: r.path !== undefined ? prefix + r.path : undefined,
      line: r.line,
      title: 'Quality gate',
    });
  }

  if (flag('check') && context.platform !== 'local') {
    if (!token) {
      logger.warning(
        'No token (the token input, REPO_TOKEN, GITHUB_TOKEN or GITLAB_TOKEN): the check was not published.',
      );
    } else {
      await publishCheck({
        forge: createForge({ context, token, logger }),
        context,
        logger,
        name: str('check-name') ?? 'cml metrics-diff',
        markdown,
        gate: outcome.gate,
        changed: outcome.changed,
        prefix,
        failOnError: flag('fail-on-error'),
      });
    }
  }
  if (failed.length > 0) {
    throw new QualityGateFailure(
      `${failed.length} quality gate${failed.length > 1 ? 's' : ''} failed: ${failed
        .map((r) => `${r.rule.text} (${r.detail})`)
        .join('; ')}`,
    );
  }
}
