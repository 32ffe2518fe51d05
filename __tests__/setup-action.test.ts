// The setup action's bundle, run as the Actions runner runs it (Node 24, INPUT_* variables,
// GITHUB_PATH / GITHUB_OUTPUT files), from a clean copy of the action with no node_modules in
// reach; afterwards the commands it put on PATH must work.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, node24, parseRunnerFile, ROOT } from './support/dist';
import { SHIMS } from '../src/setup/shims';

const VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

/** A copy of what a workflow gets from `uses: owner/cml@ref`: action.yml, package.json, dist/. */
function cleanActionCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'cml-setup-action-'));
  cpSync(join(ROOT, 'action.yml'), join(root, 'action.yml'));
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  cpSync(join(ROOT, 'dist'), join(root, 'dist'), { recursive: true });
  return root;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  path: string[];
}

/** Runs <actionRoot>/dist/setup/index.js like the runner, in a fresh workspace. */
function runSetup(
  actionRoot: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Run {
  const dir = mkdtempSync(join(tmpdir(), 'cml-setup-run-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const inputEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) inputEnv[`INPUT_${k.toUpperCase()}`] = v;
  const env = cleanEnv({
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: join(dir, 'temp'),
    RUNNER_TOOL_CACHE: extraEnv.RUNNER_TOOL_CACHE ?? join(dir, 'tool-cache'),
    ...files,
    ...inputEnv,
    ...extraEnv,
  });
  for (const key of Object.keys(env)) if (/^(PIP_|npm_config_)/i.test(key)) delete env[key];
  Object.assign(env, extraEnv);
  // An empty value stands for "not set" (some self-hosted runners and containers lack them).
  for (const [key, value] of Object.entries(extraEnv)) if (value === '') delete env[key];
  if (env.RUNNER_TEMP) mkdirSync(env.RUNNER_TEMP, { recursive: true });
  const workspace = join(dir, 'workspace');
  mkdirSync(workspace);
  const r = spawnSync(node24(), [join(actionRoot, 'dist/setup/index.js')], {
    cwd: workspace,
    env,
    encoding: 'utf8',
  });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseRunnerFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    path: readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean),
  };
}

/** Runs a command line in /bin/sh with only the PATH entries setup added (no node among them). */
function sh(path: string[], command: string, cwd?: string) {
  return spawnSync('/bin/sh', ['-c', command], {
    cwd,
    encoding: 'utf8',
    env: cleanEnv({ PATH: path.join(':') }),
  });
}

describe('setup action (dist/setup under Node 24, clean copy)', () => {
  let actionRoot: string;
  let run: Run;
  beforeAll(() => {
    actionRoot = cleanActionCopy();
    run = runSetup(actionRoot, {});
  });

  it('succeeds and reports the bundled version', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.version).toBe(VERSION);
    expect(run.outputs['dvc-version']).toBe('');
    expect(run.path).toEqual([run.outputs['bin-dir']]);
  });

  it('puts every command on PATH', () => {
    for (const shim of SHIMS)
      expect(existsSync(join(run.path[0]!, shim.name)), shim.name).toBe(true);
  });

  it('cml --version runs from PATH, with no node on PATH', () => {
    const r = sh(run.path, 'command -v node >/dev/null && echo "node on PATH"; cml --version');
    expect(r.stdout).not.toContain('node on PATH');
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(VERSION);
  });

  it('legacy binaries dispatch to their modern commands', () => {
    const pr = sh(run.path, 'cml-pr --help');
    expect(pr.status).toBe(0);
    expect(pr.stdout).toContain('cml pr create');
    const check = sh(run.path, 'cml-send-github-check --help');
    expect(check.stdout).toContain('cml check create');
    const publish = sh(run.path, 'cml-publish --help');
    expect(publish.stdout).toContain('cml publish [asset]');
    // A `cml` started from a legacy binary's environment is plain `cml` again.
    const nested = sh(run.path, 'CML_INVOKED_AS=cml-pr cml --version');
    expect(nested.stdout.trim()).toBe(VERSION);
  });

  it('vl2png renders a Vega-Lite spec to PNG from PATH', () => {
    const work = mkdtempSync(join(tmpdir(), 'cml-vl2png-'));
    writeFileSync(
      join(work, 'spec.json'),
      JSON.stringify({
        $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
        data: {
          values: [
            { x: 1, y: 2 },
            { x: 2, y: 3 },
          ],
        },
        mark: 'line',
        encoding: {
          x: { field: 'x', type: 'quantitative' },
          y: { field: 'y', type: 'quantitative' },
        },
      }),
    );
    const r = sh(run.path, 'vl2png spec.json > chart.png', work);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const png = readFileSync(join(work, 'chart.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('refuses a malformed version, naming the input, without a stack trace', () => {
    const r = runSetup(actionRoot, { version: 'one.two' });
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain("Input 'version' must be");
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    expect(r.path).toEqual([]);
  });

  it('works without RUNNER_TEMP and RUNNER_TOOL_CACHE (bare self-hosted runners, containers)', () => {
    const r = runSetup(actionRoot, {}, { RUNNER_TEMP: '', RUNNER_TOOL_CACHE: '' });
    expect(r.code).toBe(0);
    expect(r.outputs['bin-dir']!.startsWith(tmpdir())).toBe(true);
    expect(sh(r.path, 'cml --version').stdout.trim()).toBe(VERSION);
  });

  it('action.yml runs this bundle on node24', () => {
    const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    expect(yml).toMatch(/\nruns:\n {2}using: node24\n {2}main: dist\/setup\/index\.js\n/);
  });
});
