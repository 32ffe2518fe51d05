import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { Logger } from '../core/logger';
import { writeDotenvOutputs, writeGitHubOutputs } from '../core/outputs';

/** The most a GitHub step output may hold (the runner refuses more). */
export const OUTPUT_LIMIT = 1_000_000;

export interface DataActionOutputs {
  markdown: string;
  json: string;
  changed: string;
  passed: string;
}

/**
 * GitHub: step outputs; a value over 1 MB (the JSON, which a cut would break) goes to a file
 * named by `<name>-file`. GitLab (or any run given a dotenv file): a dotenv report whose values
 * are single lines, so the Markdown and JSON go to files next to it and the report names them.
 */
export function writeDataOutputs(
  outputs: DataActionOutputs,
  target: { githubOutputFile?: string; dotenv?: string; cwd: string },
  logger: Logger,
  tempDir: string = process.env.RUNNER_TEMP || tmpdir(),
): void {
  if (target.githubOutputFile) {
    const values: Record<string, string> = {};
    for (const [name, value] of Object.entries(outputs)) {
      const bytes = Buffer.byteLength(value, 'utf8');
      if (bytes <= OUTPUT_LIMIT) {
        values[name] = value;
        continue;
      }
      const file = join(tempDir, `cml-data-validate-${name}.txt`);
      writeFileSync(file, value);
      values[name] = '';
      values[`${name}-file`] = file;
      logger.warning(
        `The ${name} output is ${bytes} bytes, over the 1 MB a step output may hold: it is in ${file} (output ${name}-file).`,
      );
    }
    writeGitHubOutputs(target.githubOutputFile, values);
  }
  if (!target.dotenv) return;
  const dotenv = resolve(target.cwd, target.dotenv);
  const dir = dirname(dotenv);
  const markdownFile = join(dir, 'cml-data-validate.md');
  const jsonFile = join(dir, 'cml-data-validate.json');
  // The report first: it refuses a path holding a line break before anything is written.
  writeDotenvOutputs(
    { file: dotenv, prefix: 'CML_DATA_', input: 'dotenv-file' },
    {
      changed: outputs.changed,
      passed: outputs.passed,
      'markdown-file': relative(target.cwd, markdownFile),
      'json-file': relative(target.cwd, jsonFile),
    },
  );
  writeFileSync(markdownFile, outputs.markdown);
  writeFileSync(jsonFile, outputs.json);
}
