import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as core from '@actions/core';

export interface MetricsDiffOutputs {
  markdown: string;
  json: string;
  'params-json': string;
  changed: string;
  passed: string;
}

/**
 * GitHub: step outputs. GitLab (or any run given a dotenv file): a dotenv report, whose values
 * must be single lines, so the Markdown and JSON go to files next to it and the report names them.
 */
export function writeOutputs(
  outputs: MetricsDiffOutputs,
  platform: string,
  dotenv: string | undefined,
  cwd: string,
): void {
  if (platform === 'github') {
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  }
  if (!dotenv) return;
  const file = join(cwd, dotenv);
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const markdownFile = join(dir, 'cml-metrics-diff.md');
  const jsonFile = join(dir, 'cml-metrics-diff.json');
  writeFileSync(markdownFile, outputs.markdown);
  writeFileSync(jsonFile, outputs.json);
  const lines = [
    `CML_METRICS_CHANGED=${outputs.changed}`,
    `CML_METRICS_PASSED=${outputs.passed}`,
    `CML_METRICS_MARKDOWN_FILE=${relative(cwd, markdownFile)}`,
    `CML_METRICS_JSON_FILE=${relative(cwd, jsonFile)}`,
  ];
  writeFileSync(file, `${lines.join('\n')}\n`);
}
