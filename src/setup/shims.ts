import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every executable the package puts on PATH and the words it hands the `cml` CLI. Legacy CML
 * binaries pass their own name in CML_INVOKED_AS (the CLI maps it through LEGACY_BINARIES);
 * the chart converters are `cml` commands of the same name. The npm package's bin/ scripts
 * and the setup action's wrappers are both built from this one table.
 */
export interface Shim {
  name: string;
  /** CML_INVOKED_AS value for legacy binaries. */
  invokedAs?: string;
  /** Words placed before the user's arguments. */
  words: readonly string[];
}

export const LEGACY_SHIM_NAMES = [
  'cml-send-comment',
  'cml-publish',
  'cml-send-github-check',
  'cml-pr',
  'cml-runner',
] as const;

export const PLOT_SHIM_NAMES = ['vl2png', 'vl2svg', 'vl2vg', 'vg2png', 'vg2svg'] as const;

export const SHIMS: readonly Shim[] = [
  { name: 'cml', words: [] },
  ...LEGACY_SHIM_NAMES.map((name) => ({ name, invokedAs: name, words: [] })),
  ...PLOT_SHIM_NAMES.map((name) => ({ name, words: [name] })),
];

/** Single-quotes a word for POSIX sh (paths may hold spaces or quotes). */
export function shQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The wrapper script for one shim: exec the given Node on the CLI bundle. CML_INVOKED_AS is
 * set for legacy names and cleared otherwise, so a `cml` started from inside a legacy command
 * (or a user's script run by one) is never mistaken for the legacy binary.
 */
export function shimScript(shim: Shim, node: string, entry: string): string {
  const env = shim.invokedAs
    ? `CML_INVOKED_AS=${shQuote(shim.invokedAs)}\nexport CML_INVOKED_AS`
    : 'unset CML_INVOKED_AS';
  const words = [node, entry, ...shim.words].map(shQuote).join(' ');
  return [
    '#!/bin/sh',
    '# Written by the cml setup action: runs the bundled cml CLI with the Node that ran the action.',
    env,
    `exec ${words} "$@"`,
    '',
  ].join('\n');
}

/** Writes every shim into `dir` (created if missing), executable, and returns their paths. */
export async function writeShims(dir: string, node: string, entry: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const shim of SHIMS) {
    const path = join(dir, shim.name);
    await writeFile(path, shimScript(shim, node, entry));
    await chmod(path, 0o755);
    written.push(path);
  }
  return written;
}
