import { fstatSync } from 'node:fs';
import { readContext } from '../platforms';
import { ConsoleLogger, withoutCommands } from '../core/logger';
import { gateFailureMessage, QualityGateFailure } from './gate';
import { loadRules } from './load-rules';
import { renderGateMarkdown } from './render';
import { metricsJson, metricsTable, paramsJson, paramsTable, runMetricsDiff } from './run-diff';

export interface DiffCliArgs {
  kind: 'metrics' | 'params';
  aRev?: string;
  bRev?: string;
  targets: string[];
  all: boolean;
  precision?: number;
  path: boolean;
  md: boolean;
  json: boolean;
  allRows: boolean;
  rules: string[];
  rulesFile?: string;
  /** params diff --deps. */
  depsOnly?: boolean;
}

/**
 * `cml metrics diff` / `cml params diff`, as DVC's: a_rev defaults to HEAD, b_rev to the working
 * tree; the table (or JSON) goes to stdout, everything else to stderr, so `--md >> report.md`
 * and `--json | jq` work. Quality gates (--rule, --rules-file) print their results to stderr
 * and make the exit code 1 when one fails.
 */
export async function runDiffCli(args: DiffCliArgs): Promise<void> {
  const logger = new ConsoleLogger(process.stderr, process.stderr);
  const cwd = process.cwd();
  const rules = await loadRules({
    lines: args.rules,
    linesOrigin: '--rule',
    file: args.rulesFile,
    cwd,
  });
  const outcome = await runMetricsDiff({
    cwd,
    logger,
    context: readContext(),
    base: args.aRev ?? 'HEAD',
    head: args.bRev,
    targets: args.kind === 'metrics' ? args.targets : [],
    params: args.kind === 'params' ? args.targets : undefined,
    depsOnly: args.depsOnly,
    metrics: args.kind === 'metrics',
    allRows: args.allRows,
    rules,
  });
  // DVC's own line for files it could not load (dvc/commands/metrics.py; params.py says
  // "metrics" too), naming the revisions in the order a_rev, b_rev.
  const comparison = args.kind === 'metrics' ? outcome.metrics : outcome.params;
  const failed = comparison?.failedSides;
  if (failed && (failed.old || failed.new)) {
    const revs = [failed.old && outcome.oldSide.label, failed.new && outcome.newSide.label];
    process.stderr.write(
      `DVC failed to load some metrics for following revisions: '${revs.filter(Boolean).join(', ')}'.\n`,
    );
  }
  const render = { all: args.all, noPath: !args.path, markdown: args.md };
  let text: string;
  if (args.kind === 'metrics') {
    text = args.json
      ? metricsJson(outcome, args.all)
      : metricsTable(outcome, { ...render, precision: args.precision ?? 5 });
  } else {
    // As DVC: with no change, a plain table prints nothing and --md only the header rows.
    text = args.json
      ? paramsJson(outcome, args.all)
      : paramsTable(outcome, { ...render, precision: args.precision ?? 5 });
  }
  // DVC ends a Markdown table with a blank line (tests/unit/test_compare.py,
  // test_metrics_diff_md), so text appended to a report after it starts a new paragraph.
  if (args.md && !args.json && text) text += '\n';
  // JSON needs no pause: it is one line that starts with `{`, with `##[` escaped (dvcJson).
  if (text) printResult(process.stdout, 1, text, args.json);
  const gates = renderGateMarkdown(outcome.gate);
  if (gates) printResult(process.stderr, 2, `\n${gates}`);
  const violated = outcome.gate.results.filter((r) => !r.passed);
  if (violated.length > 0) {
    throw new QualityGateFailure(gateFailureMessage(violated));
  }
}

/**
 * Prints a result that holds names from the compared files. Redirected to a file (`--md >>
 * report.md`), it is written as it is. Otherwise a CI log may read it: on GitHub Actions any
 * workflow command in it is disabled (stop-commands around it, only when it could hold one);
 * control characters are already escaped by the table and JSON writers.
 */
function printResult(
  stream: NodeJS.WritableStream,
  fd: number,
  text: string,
  commandFree = false,
): void {
  const whole = text.endsWith('\n') ? text : `${text}\n`;
  let toFile = false;
  try {
    toFile = fstatSync(fd).isFile();
  } catch {
    // Not a file descriptor we can inspect: treat it as a log.
  }
  if (commandFree || toFile || process.env.GITHUB_ACTIONS !== 'true') stream.write(whole);
  else stream.write(`${withoutCommands(whole.slice(0, -1))}\n`);
}
