import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../core/errors';
import { runGit } from '../git/run-git';

/** The example datasets: HEAD in examples/data/, the base branch's version in examples/data/base/. */
export const DEMO_DATASETS = ['train.csv'];
/** Files copied alongside the datasets (the rules and schema the demo checks). */
const DEMO_CONFIG = ['schema.yaml', 'rules.yaml'];

export interface DataHistory {
  /** The work tree: data/ holds the HEAD version, the commit on main the base version. */
  dir: string;
  /** The base revision to compare against. */
  base: string;
  remove(): void;
}

/**
 * The data section compares a base revision with the working tree, both read through git. A
 * fresh clone of this repository has no commit holding the example datasets' base version, so
 * the demo makes one: a throw-away repository whose main branch holds examples/data/base/ and
 * whose working tree holds examples/data/ (the drifted HEAD), under the same paths.
 */
export async function exampleDataHistory(examples: string): Promise<DataHistory> {
  const dir = mkdtempSync(join(tmpdir(), 'cml-demo-data-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'cml demo',
    GIT_AUTHOR_EMAIL: 'demo@cml.invalid',
    GIT_COMMITTER_NAME: 'cml demo',
    GIT_COMMITTER_EMAIL: 'demo@cml.invalid',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
  const git = async (...args: string[]) => {
    const r = await runGit(args, dir, env);
    if (r.code !== 0) {
      throw new ConfigurationError(`The demo could not run git ${args[0]}: ${r.stderr.trim()}`);
    }
  };
  try {
    await git('init', '-q', '-b', 'main');
    for (const name of [...DEMO_DATASETS, ...DEMO_CONFIG]) {
      const from = DEMO_DATASETS.includes(name)
        ? join(examples, 'data/base', name)
        : join(examples, 'data', name);
      cpSync(from, join(dir, 'data', name));
    }
    await git('add', '-A');
    await git('commit', '-q', '--no-gpg-sign', '-m', 'base version of the example data');
    for (const name of DEMO_DATASETS) cpSync(join(examples, 'data', name), join(dir, 'data', name));
    return { dir, base: 'main', remove };
  } catch (error) {
    remove();
    throw error;
  }
}
