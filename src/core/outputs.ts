import { appendFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { delimiter, dirname, resolve } from 'node:path';
import { ConfigurationError } from './errors';
import { LIMITS, truncateMarkdown } from './markdown-truncate';

/**
 * The one way every capability publishes step outputs:
 * - GitHub Actions: the runner's GITHUB_OUTPUT file, in the heredoc form @actions/core writes
 *   (that package is left out of the bundles for start-up time). The delimiter is random and a
 *   value never contains it (another is drawn), so no value can close its heredoc and forge another output.
 * - GitLab CI (or any run given a dotenv file): `KEY=value` lines for `artifacts: reports: dotenv`.
 *   GitLab reads each line alone, so a value or path holding a line break could add a variable
 *   of its choosing: both are refused, never rewritten silently.
 */
export interface OutputTarget {
  /** GITHUB_OUTPUT, when running as a GitHub action. */
  githubOutputFile?: string;
  /** A dotenv report and the prefix of its variable names (CML_REPORT_, CML_RUNNER_, …). */
  dotenv?: DotenvTarget;
}

export interface DotenvTarget {
  file: string;
  /** Prefix of every variable name (CML_REPORT_, CML_RUNNER_, …). */
  prefix: string;
  /** The input that named the file, for messages. */
  input?: string;
  /**
   * Which outputs go to the dotenv report and under which name after the prefix; all of them,
   * upper-cased with hyphens as underscores, when omitted.
   */
  names?: Record<string, string>;
  /** Replace the file instead of appending to it (a report that describes one run's files). */
  overwrite?: boolean;
}

export function writeStepOutputs(outputs: Record<string, string>, target: OutputTarget): void {
  if (target.githubOutputFile) writeGitHubOutputs(target.githubOutputFile, outputs);
  if (target.dotenv) writeDotenvOutputs(target.dotenv, outputs);
}

/** `name<<delimiter` heredocs, as the runner's file command parser reads them. */
export function writeGitHubOutputs(file: string, outputs: Record<string, string>): void {
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = heredocDelimiter(name, value);
    if (/[\r\n]/.test(name))
      throw new Error(`Output name ${JSON.stringify(name)} holds a line break.`);
    text += `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
  }
  appendFileSync(file, text);
}

/**
 * A heredoc delimiter that occurs in neither the name nor the value. What keeps a value from
 * closing its heredoc is that check, not the delimiter being secret (the runner ends a value at
 * the first line equal to it), so a random suffix from Math.random does: node:crypto's
 * randomUUID, as @actions/core uses, would cost every action ~15 ms of start-up to load it.
 */
export function heredocDelimiter(
  name: string,
  value: string,
  random: () => number = Math.random,
): string {
  for (;;) {
    const suffix = Array.from({ length: 4 }, () =>
      Math.floor(random() * 0x100000000)
        .toString(16)
        .padStart(8, '0'),
    ).join('');
    const delimiter = `ghadelimiter_${suffix}`;
    if (!name.includes(delimiter) && !value.includes(delimiter)) return delimiter;
  }
}

/** `PREFIX_NAME=value` lines; names upper-cased with hyphens as underscores. */
export function writeDotenvOutputs(dotenv: DotenvTarget, outputs: Record<string, string>): void {
  if (/[\r\n\0]/.test(dotenv.file)) {
    throw new ConfigurationError(
      `The dotenv file path ${JSON.stringify(dotenv.file)}${dotenv.input ? ` (input ${dotenv.input})` : ''} holds a line break or NUL; give a plain relative path such as cml.env.`,
      dotenv.input ? { input: dotenv.input } : undefined,
    );
  }
  const entries = Object.entries(outputs).filter(([name]) => !dotenv.names || name in dotenv.names);
  const lines = entries.map(([name, value]) => {
    const key = `${dotenv.prefix}${dotenv.names?.[name] ?? name.toUpperCase().replace(/-/g, '_')}`;
    if (/[\r\n\0]/.test(value)) {
      throw new ConfigurationError(
        `The ${key} output ${JSON.stringify(value.slice(0, 80))} holds a line break, which a dotenv report cannot carry; write it to a file and output the path.`,
      );
    }
    return `${key}=${value}`;
  });
  const file = resolve(dotenv.file);
  mkdirSync(dirname(file), { recursive: true });
  (dotenv.overwrite ? writeFileSync : appendFileSync)(file, `${lines.join('\n')}\n`);
}

/**
 * Appends Markdown (a report, a metrics table) to $GITHUB_STEP_SUMMARY within its 1 MiB per-step limit (counting what
 * earlier writes of this step left there); over it, truncated with a note.
 */
export async function writeJobSummary(
  file: string,
  markdown: string,
  fullReport?: string,
): Promise<boolean> {
  const used = existsSync(file) ? statSync(file).size : 0;
  const room = Math.max(0, LIMITS.jobSummaryBytes - used - 2);
  const fitted = await truncateMarkdown(markdown, room, { unit: 'bytes', fullReport });
  appendFileSync(file, `${fitted.text.trimEnd()}\n\n`);
  return fitted.truncated;
}

/**
 * Puts a folder on PATH for this step (process.env) and the job's later steps (the runner's
 * GITHUB_PATH file, one folder a line), as @actions/core's addPath does.
 */
export function addPath(folder: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env.GITHUB_PATH) appendFileSync(env.GITHUB_PATH, `${folder}${EOL}`);
  process.env.PATH = `${folder}${delimiter}${process.env.PATH}`;
}
