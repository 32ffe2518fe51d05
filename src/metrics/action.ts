import { defaultDotenvFile, readContext, stepOutputFile } from '../platforms';
import type { Logger } from '../core/logger';
import { readForgeToken } from '../forge/token';
import { forgeInfo } from '../forge/registry';
import { createForge } from '../forge';
import { repositoryPrefix } from '../git/ensure-revision';
import { readInputs } from '../inputs';
import { writeJobSummary } from '../core/outputs';
import { LIMITS, truncateMarkdown } from '../core/markdown-truncate';
import { gateFailureMessage, QualityGateFailure } from './gate';
import { loadRules } from './load-rules';
import { writeOutputs } from './outputs';
import { publishCheck } from './publish';
import { metricsJson, paramsJson, reportMarkdown, runMetricsDiff } from './run-diff';

const OUTPUT_LIMIT = 1_000_000;
const STEP_ANNOTATIONS = 10;

/**
 * The metrics-diff action (GitHub) and component (GitLab): compares metrics (and params) between
 * the base revision and the working tree, writes the outputs, publishes a check run / commit
 * status, and fails the step when a quality gate is violated, after everything is written.
 */
export async function runMetricsDiffAction(
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const inputs = readInputs('metrics-diff', (s) => logger.mask(s), env);
  const context = readContext(env);
  const token = readForgeToken(logger, context.forge, inputs.token, env);
  const cwd = process.cwd();

  const rules = await loadRules({
    lines: inputs.rules ? [inputs.rules] : [],
    linesOrigin: "input 'rules'",
    file: inputs['rules-file'],
    cwd,
  });
  const outcome = await runMetricsDiff({
    cwd,
    logger,
    context,
    base: inputs.base,
    head: inputs.head,
    targets: inputs.targets,
    params: inputs.params,
    allRows: inputs['all-rows'],
    rules,
  });
  const render = {
    all: inputs.all,
    noPath: inputs['no-path'],
    precision: inputs.precision,
  };
  const fullMarkdown = reportMarkdown(outcome, render);
  // A step output is capped at 1 MB by the runner; the job summary and check run have their own
  // limits. The JSON output stays whole (a cut would not parse); the dotenv route writes files.
  const markdown = (
    await truncateMarkdown(fullMarkdown, OUTPUT_LIMIT, {
      fullReport: 'the JSON output',
      unit: 'bytes',
    })
  ).text;
  logger.info(markdown);
  writeOutputs(
    {
      markdown,
      json: metricsJson(outcome, render.all),
      'params-json': paramsJson(outcome, render.all),
      changed: String(outcome.changed),
      passed: String(outcome.gate.passed),
    },
    stepOutputFile(context.platform, env),
    inputs['dotenv-file'] ?? defaultDotenvFile(context.platform, 'cml-metrics-diff.env', env),
    cwd,
    logger,
  );
  if (inputs.summary && context.summaryFile) {
    await writeJobSummary(context.summaryFile, markdown, 'the JSON output');
  }

  const prefix = await repositoryPrefix(cwd);
  const failed = outcome.gate.results.filter((r) => !r.passed);
  // Each violation is also a workflow annotation at the metric's line (GitHub shows it on the
  // file in the PR; GitLab and local runs print file:line).
  // GitHub shows only the first 10 error annotations of a step; the check run carries them all.
  for (const r of failed.slice(0, STEP_ANNOTATIONS)) {
    logger.error(`Quality gate failed: ${r.rule.text}: ${r.detail}`, {
      file: r.path !== undefined ? prefix + r.path : undefined,
      line: r.line,
      title: 'Quality gate',
    });
  }
  if (failed.length > STEP_ANNOTATIONS) {
    logger.info(
      `${failed.length - STEP_ANNOTATIONS} more failed quality gates are in the check and the job summary.`,
    );
  }

  if (inputs.check && context.forge) {
    if (!token) {
      logger.warning(`${forgeInfo(context.forge).missingToken} The check was not published.`);
    } else {
      await publishCheck({
        forge: await createForge({ context, token, logger }),
        context,
        logger,
        name: inputs['check-name'],
        markdown: (
          await truncateMarkdown(fullMarkdown, LIMITS.checkRunSummary, {
            fullReport: 'the job summary',
          })
        ).text,
        gate: outcome.gate,
        changed: outcome.changed,
        prefix,
        failOnError: inputs['fail-on-error'],
      });
    }
  }
  if (failed.length > 0) {
    throw new QualityGateFailure(gateFailureMessage(failed));
  }
}
