// The npm package's executables (bin/*): one per shim of src/setup/shims.ts, each a POSIX sh
// wrapper that finds the package through npm's symlinks and hands the CLI the right words.
import {
  accessSync,
  constants,
  readdirSync,
  readFileSync,
  writeFileSync,
  mkdtempSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEGACY_BINARIES } from '../src/cli/commands';
import { LEGACY_SHIM_NAMES, SHIMS } from '../src/setup/shims';
import { ROOT } from './support/dist';
import { runCml } from './cli-helpers';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};

describe('bin/ wrappers', () => {
  it('exist for exactly the shims, are executable and listed in package.json', () => {
    const files = readdirSync(join(ROOT, 'bin')).sort();
    expect(files).toEqual(SHIMS.map((s) => s.name).sort());
    for (const name of files) accessSync(join(ROOT, 'bin', name), constants.X_OK);
    expect(pkg.bin).toEqual(Object.fromEntries(files.map((n) => [n, `bin/${n}`])));
  });

  it('the legacy names are the ones the CLI maps', () => {
    expect([...LEGACY_SHIM_NAMES].sort()).toEqual(Object.keys(LEGACY_BINARIES).sort());
  });

  it('each wrapper passes its own words', () => {
    for (const shim of SHIMS) {
      const text = readFileSync(join(ROOT, 'bin', shim.name), 'utf8');
      expect(text.startsWith('#!/bin/sh\n'), shim.name).toBe(true);
      if (shim.invokedAs) expect(text).toContain(`CML_INVOKED_AS=${shim.invokedAs}\n`);
      else expect(text).toContain('unset CML_INVOKED_AS');
      expect(text).toContain(
        `exec node "$root/dist/cml/index.js" ${shim.words.map((w) => `${w} `).join('')}"$@"`,
      );
    }
  });

  it('cml --version runs through an npm-style symlink', async () => {
    const r = await runCml(['--version'], { cwd: tmpdir(), binary: 'cml' });
    expect(r.stderr).toBe('');
    expect(r.output).toBe(pkg.version);
  });

  it('legacy binaries reach their modern commands', async () => {
    const expected: Record<string, string> = {
      'cml-send-comment': 'cml comment create',
      'cml-publish': 'cml publish [asset]',
      'cml-send-github-check': 'cml check create',
      'cml-pr': 'cml pr create',
      'cml-runner': 'cml runner launch',
    };
    for (const [binary, usage] of Object.entries(expected)) {
      const r = await runCml(['--help'], { cwd: tmpdir(), binary });
      expect(r.output, binary).toContain(usage);
    }
  });

  it('cml --help lists every CML command, legacy forms included', async () => {
    const r = await runCml(['--help'], { cwd: tmpdir() });
    expect(r.code).toBe(0);
    const listed = [...r.output.matchAll(/^\s+cml ([a-z0-9-]+)/gm)].map((m) => m[1]);
    for (const command of [
      'comment',
      'send-comment',
      'pr',
      'check',
      'send-github-check',
      'asset',
      'publish',
      'repo',
      'ci',
      'workflow',
      'rerun-workflow',
      'runner',
    ]) {
      expect(listed, command).toContain(command);
    }
  });

  it('vl2vg compiles a Vega-Lite spec through its wrapper', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cml-vl2vg-'));
    writeFileSync(
      join(dir, 'spec.json'),
      JSON.stringify({
        data: { values: [{ a: 1 }] },
        mark: 'point',
        encoding: { x: { field: 'a', type: 'quantitative' } },
      }),
    );
    const r = await runCml(['spec.json'], { cwd: dir, binary: 'vl2vg' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.output).$schema).toMatch(/vega\/v\d/);
  });
});
