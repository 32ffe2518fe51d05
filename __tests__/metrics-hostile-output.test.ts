import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, distEntry, node24, runAction } from './support/dist';
import { GITLAB_SECTION, runnerCommands, type RunnerCommand } from './support/runner-commands';
import { newRepo, removeTempDirs, type TestRepo } from './metrics-fixtures';

// A pull request's files are untrusted: metric keys and file names from them must never reach
// the Actions runner as workflow commands, nor a GitLab job log as section markers. The
// runner's parsing is ported in support/runner-commands.ts (with its sources).
beforeAll(() => {
  for (const bundle of ['metrics-diff', 'cml']) {
    if (!existsSync(distEntry(bundle))) throw new Error(`Build dist/${bundle} first`);
  }
});
afterAll(removeTempDirs);

const ESC = '\x1b';
/** A file name with a line break and a command in it, declared in dvc.yaml (YAML escapes). */
const HOSTILE_FILE = 'm\n::warning::pwned-by-file\n.json';
const HOSTILE_KEYS = [
  'acc\n::warning::pwned-by-key',
  'a\r::set-output name=x::pwned-by-cr',
  'b ##[set-output name=y;]pwned-by-legacy',
  '::add-mask::pwned-at-start',
  'c\u2028\u0085::error::pwned-by-unicode-space',
  `d${ESC}[0Ksection_end:1:cml_section_1\r${ESC}[0Kpwned-section`,
];

function metrics(value: number): string {
  return JSON.stringify(Object.fromEntries(HOSTILE_KEYS.map((k) => [k, value])));
}

function hostileRepo(): TestRepo {
  const repo = newRepo();
  repo.write({
    'metrics.json': metrics(0.5),
    [HOSTILE_FILE]: metrics(0.5),
    'dvc.yaml': `metrics:\n  - metrics.json\n  - ${JSON.stringify(HOSTILE_FILE)}\n`,
  });
  repo.commit('base');
  repo.write({ 'metrics.json': metrics(0.7), [HOSTILE_FILE]: metrics(0.9) });
  return repo;
}

/** Commands the runner would run whose text came from the files (every marker says pwned). */
function injected(output: string): RunnerCommand[] {
  return runnerCommands(output).filter((c) => /pwned/.test(c.properties + c.data + c.name));
}

describe('metrics-diff bundle on GitHub: names from the files issue no workflow command', () => {
  it('prints the hostile keys and file names for people, with commands disabled', async () => {
    const repo = hostileRepo();
    const run = await runAction('metrics-diff', {
      cwd: repo.dir,
      inputs: { base: 'main', check: 'false', rules: 'acc >= 0.9' },
    });
    // The gate names a metric that is not there: a failure we issued ourselves.
    expect(run.code).toBe(1);
    expect(injected(run.stdout)).toEqual([]);
    expect(injected(run.stderr)).toEqual([]);
    // Our own commands still work around the paused stretches.
    const ours = runnerCommands(run.stdout);
    expect(ours.some((c) => c.name === 'error' && /quality gate failed/.test(c.data))).toBe(true);
    // People still see the names as written (the table escapes line breaks in cells).
    expect(run.stdout).toContain('::add-mask::pwned-at-start');
    expect(run.stdout).toContain('acc\\n::warning::pwned-by-key');
    // Step outputs: heredoc values are whole, so parsing them gives back the JSON.
    expect(Object.keys(JSON.parse(run.outputs.json!) as object)).toEqual([
      'metrics.json',
      HOSTILE_FILE,
    ]);
  });
});

describe('cml metrics diff (bundled CLI) under the Actions runner', () => {
  function cml(repo: TestRepo, ...args: string[]) {
    return spawnSync(node24(), [distEntry('cml'), 'metrics', 'diff', ...args], {
      cwd: repo.dir,
      env: cleanEnv({ GITHUB_ACTIONS: 'true', CI: 'true' }),
      encoding: 'utf8',
    });
  }

  it('tables, Markdown and JSON on a pipe, and logs on stderr, issue no command', () => {
    const repo = hostileRepo();
    for (const format of [[], ['--md'], ['--no-path'], ['--json']]) {
      const r = cml(repo, ...format, '--rule', 'acc >= 0.9');
      expect(r.status, r.stderr).toBe(1);
      expect(injected(r.stdout)).toEqual([]);
      expect(injected(r.stderr)).toEqual([]);
      expect(r.stdout).toContain('pwned-at-start');
    }
  });

  it('--json stays the same JSON to a reader, with ##[ and non-ASCII escaped', () => {
    const repo = hostileRepo();
    const r = cml(repo, '--json');
    expect(r.stdout).not.toMatch(/##\[/);
    expect(r.stdout).toMatch(/^[\x20-\x7e]*\n$/);
    const parsed = JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
    expect(Object.keys(parsed[HOSTILE_FILE]!).sort()).toEqual([...HOSTILE_KEYS].sort());
  });
});

describe('metrics-diff bundle on GitLab: no forged section marker or escape sequence', () => {
  it('prints keys and file names with control characters escaped', async () => {
    const repo = hostileRepo();
    const env = cleanEnv({
      GITLAB_CI: 'true',
      CI: 'true',
      CI_PROJECT_DIR: repo.dir,
      INPUT_BASE: 'main',
      INPUT_CHECK: 'false',
    });
    const child = spawn(node24(), [distEntry('metrics-diff')], { cwd: repo.dir, env });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, out).toBe(0);
    expect(out).toContain('pwned-section');
    const sections = [...out.matchAll(GITLAB_SECTION)].map((m) => m[3]);
    expect(sections.every((name) => name!.startsWith('cml_section_'))).toBe(true);
    expect(out).not.toContain(`${ESC}[0Kpwned`);
    // No bare carriage return either: it would blank the line before it in the log.
    // eslint-disable-next-line no-control-regex
    expect(out.replace(/\r\x1b\[0K/g, '')).not.toMatch(/\r(?!\n)/);
    const dotenv = readFileSync(join(repo.dir, 'cml-metrics-diff.env'), 'utf8');
    expect(dotenv.trim().split('\n')).toHaveLength(4);
  });

  it('refuses a dotenv path with a line break instead of writing a forged variable', async () => {
    const repo = hostileRepo();
    const env = cleanEnv({
      GITLAB_CI: 'true',
      CI: 'true',
      CI_PROJECT_DIR: repo.dir,
      INPUT_BASE: 'main',
      INPUT_CHECK: 'false',
      'INPUT_DOTENV-FILE': 'out\nEVIL=1\n/x.env',
    });
    const child = spawn(node24(), [distEntry('metrics-diff')], { cwd: repo.dir, env });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(out).toContain('holds a line break');
    expect(existsSync(join(repo.dir, 'out'))).toBe(false);
  });
});
