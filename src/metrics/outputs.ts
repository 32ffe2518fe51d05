import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import { writeStepOutputs } from '../core/outputs';

/** The most a GitHub step output may hold. */
const OUTPUT_LIMIT = 1_000_000;

export interface MetricsDiffOutputs {
  markdown: string;
  json: string;
  'params-json': string;
  changed: string;
  passed: string;
}

/**
 * The platform's step output file (GitHub). GitLab (or any run given a dotenv file): a dotenv report, whose values
 * must be single lines, so the Markdown and JSON go to files next to it and the report names them.
 */
export function writeOutputs(
  outputs: MetricsDiffOutputs,
  /** The platform's step output file (GITHUB_OUTPUT), when it has one. */
  outputFile: string | undefined,
  dotenv: string | undefined,
  cwd: string,
  logger: Logger,
  tempDir: string = process.env.RUNNER_TEMP || tmpdir(),
): void {
  if (outputFile) {
    const step: Record<string, string> = {};
    for (const [name, value] of Object.entries(outputs)) {
      if (Buffer.byteLength(value, 'utf8') <= OUTPUT_LIMIT) {
        step[name] = value;
        continue;
      }
      // The runner refuses outputs over 1 MB; a cut JSON would not parse, so it goes to a file.
      const file = join(tempDir, `cml-metrics-diff-${name}.txt`);
      writeFileSync(file, value);
      step[name] = '';
      step[`${name}-file`] = file;
      logger.warning(
        `The ${name} output is ${Buffer.byteLength(value, 'utf8')} bytes, over the 1 MB a step output may hold: it is in ${file} (output ${name}-file).`,
      );
    }
    writeStepOutputs(step, { githubOutputFile: outputFile });
  }
  if (!dotenv) return;
  // A dotenv report is one KEY=value per line (GitLab's parser reads each line alone), so a line
  // break in the path would add a variable of the path's choosing.
  if (/[\r\n\0]/.test(dotenv)) {
    throw new ConfigurationError(
      `The dotenv file path ${JSON.stringify(dotenv)} (input dotenv-file or CML_DOTENV) holds a line break or NUL; give a plain relative path such as cml-metrics-diff.env.`,
      { input: 'dotenv-file' },
    );
  }
  const file = join(cwd, dotenv);
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const markdownFile = join(dir, 'cml-metrics-diff.md');
  const jsonFile = join(dir, 'cml-metrics-diff.json');
  writeFileSync(markdownFile, outputs.markdown);
  writeFileSync(jsonFile, outputs.json);
  // One run's report: the file is replaced, as it names this run's Markdown and JSON files.
  writeStepOutputs(
    {
      changed: outputs.changed,
      passed: outputs.passed,
      'markdown-file': relative(cwd, markdownFile),
      'json-file': relative(cwd, jsonFile),
    },
    { dotenv: { file, prefix: 'CML_METRICS_', input: 'dotenv-file', overwrite: true } },
  );
}
