// The runner start-up script is one shared template plus one part from the forge's folder
// (src/forge/<forge>/startup.ts) and one from the cloud's (src/clouds/<cloud>/startup.ts). These
// tests hold the registries to that: every forge cml provisions runners on brings a part that
// defines each function the template lists, a forge without one is refused in one line, every
// cloud brings its reclaim_notice, and the shared code compares no forge names.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { CLOUD_KINDS, type CloudKind } from '../src/clouds';
import { ConfigurationError } from '../src/core/errors';
import {
  FORGE_KINDS,
  forgeInfo,
  runnerForge,
  runnerStartup,
  type RunnerForgeKind,
} from '../src/forge/registry';
import { renderStartupScript, type StartupOptions } from '../src/runners/render-startup';
import { STARTUP_TEMPLATE } from '../src/runners/startup-template';

const base: Omit<StartupOptions, 'forge'> = {
  cloud: 'aws',
  name: 'cml-0a1b2c3d',
  labels: ['cml'],
  targetUrl: 'https://forge.example/octo/repo',
  pin: {
    version: '1.2.3',
    url: 'https://downloads.example/r-@ARCH@',
    sha256: { x64: 'a', arm64: 'b' },
  },
  registration: { id: 1, secret: 'single-use', kind: 'github-jit' },
  idleTimeoutSeconds: 300,
  maxLifetimeSeconds: 3600,
  single: true,
  gpu: false,
  spot: false,
  docker: false,
  gitlabExecutor: 'docker',
  gitlabImage: 'ubuntu:24.04',
};

/** The functions the template says each forge part defines (its comment above #@FORGE_PART@#). */
function forgeFunctions(): string[] {
  const block = STARTUP_TEMPLATE.slice(
    STARTUP_TEMPLATE.indexOf('It defines:'),
    STARTUP_TEMPLATE.indexOf('#@FORGE_PART@#'),
  );
  return [...block.matchAll(/^# {3}([a-z_]+)/gm)].map((m) => m[1]!);
}

/** The shell functions a rendered script defines, read by sourcing it in bash. */
function definedFunctions(script: string): string[] {
  const path = join(mkdtempSync(join(tmpdir(), 'cml-fragments-')), 'startup.sh');
  writeFileSync(path, script);
  const run = spawnSync('bash', ['--norc', '-c', `source "${path}" && declare -F`], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, CML_SOURCE_ONLY: '1' },
  });
  expect(run.stderr).toBe('');
  return run.stdout.split('\n').map((line) => line.replace(/^declare -f /, ''));
}

const runnerForges = FORGE_KINDS.filter((k) => forgeInfo(k).runners);
const otherForges = FORGE_KINDS.filter((k) => !forgeInfo(k).runners);

describe('forge parts of the start-up script', () => {
  it('the template names the functions a forge part must define', () => {
    expect(forgeFunctions()).toEqual([
      'runner_package_arch',
      'install_runner_package',
      'runner_needs_docker',
      'launch_runner',
      'runner_busy',
      'deregister',
    ]);
  });

  it.each(runnerForges)('%s: its part, and no other forge’s, defines every one of them', (kind) => {
    const script = renderStartupScript({ ...base, forge: kind as RunnerForgeKind });
    const defined = definedFunctions(script);
    for (const fn of forgeFunctions()) expect(defined, `${kind} defines ${fn}`).toContain(fn);
    // The forge's own lines are all there (placeholders aside); another forge's are not.
    const lines = (k: string) =>
      new Set(
        runnerStartup(k as RunnerForgeKind)
          .split('\n')
          .filter((l) => /^\S.*\(\) \{$/.test(l) || /^ {2}\S/.test(l)),
      );
    const own = [...lines(kind)].filter((l) => !l.includes('{{'));
    for (const line of own) expect(script).toContain(line);
    for (const other of runnerForges.filter((k) => k !== kind)) {
      const foreign = [...lines(other)].filter(
        (l) => !lines(kind).has(l) && !STARTUP_TEMPLATE.includes(l),
      );
      expect(foreign.length).toBeGreaterThan(0);
      for (const line of foreign) expect(script).not.toContain(line);
    }
  });

  it('the runner forges are GitHub and GitLab, and the type follows the descriptors', () => {
    expect(runnerForges).toEqual(['github', 'gitlab']);
    expectTypeOf<RunnerForgeKind>().toEqualTypeOf<'github' | 'gitlab'>();
  });

  it.each(otherForges)('%s: no part, so runners are refused in one line', (kind) => {
    const refusal = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error;
      }
      throw new Error('not refused');
    };
    for (const error of [
      refusal(() => runnerForge({ kind })),
      refusal(() => renderStartupScript({ ...base, forge: kind as RunnerForgeKind })),
    ]) {
      expect(error).toBeInstanceOf(ConfigurationError);
      const message = (error as Error).message;
      expect(message).not.toContain('\n');
      expect(message).toMatch(
        /^runner-provision: cml registers no self-hosted runners on \w+; it works with GitHub and GitLab\.$/,
      );
    }
  });

  it('the shared template and its renderer compare no forge names', () => {
    expect(STARTUP_TEMPLATE).not.toMatch(/CML_FORGE\s*[=!]=|==\s*(github|gitlab)\b/);
    const renderer = readFileSync(join(__dirname, '../src/runners/render-startup.ts'), 'utf8');
    expect(renderer).not.toMatch(/'(github|gitlab|bitbucket)'/);
  });
});

describe('every forge with every cloud', () => {
  // The golden pair (github-aws, gitlab-gcp) is linted in runner-startup-script.test.ts; each
  // other pairing is a different script, and each must lint as clean.
  const pairs = runnerForges.flatMap((forge) => CLOUD_KINDS.map((cloud) => [forge, cloud]));
  it.each(pairs)('%s on %s passes bash -n and shellcheck', (forge, cloud) => {
    const path = join(mkdtempSync(join(tmpdir(), 'cml-fragments-')), 'startup.sh');
    writeFileSync(
      path,
      renderStartupScript({ ...base, forge: forge as RunnerForgeKind, cloud: cloud as CloudKind }),
    );
    const syntax = spawnSync('bash', ['-n', path], { encoding: 'utf8' });
    expect(syntax.stderr).toBe('');
    const lint = spawnSync('shellcheck', ['--severity=style', path], { encoding: 'utf8' });
    expect(lint.error, 'shellcheck must be installed (apt-get install shellcheck)').toBeUndefined();
    expect(lint.stdout).toBe('');
    expect(lint.status).toBe(0);
  });
});

describe('cloud parts of the start-up script', () => {
  it.each(CLOUD_KINDS)('%s: its part defines reclaim_notice', (cloud) => {
    const defined = definedFunctions(renderStartupScript({ ...base, cloud, forge: 'github' }));
    expect(defined).toContain('reclaim_notice');
  });
});
