import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { ConfigurationError } from '../core/errors';
import { readFileAtRevision } from '../git/read-at-revision';
import { readTableMetrics } from './csv-reader';
import { readJsonMetrics } from './json-reader';
import { readTomlMetrics } from './toml-reader';
import { readYamlMetrics } from './yaml-reader';
import type { FlatMetrics } from './types';

/** One side of the comparison: a git revision, or the working tree when `revision` is undefined. */
export interface Side {
  revision?: string;
  label: string;
}

export interface ReadContext {
  cwd: string;
  /** cwd's path inside the repository ('' or 'sub/dir/'), so revisions read the same files. */
  prefix: string;
}

/** A file's text on one side, or undefined when it does not exist there. */
export async function readSideText(
  side: Side,
  path: string,
  ctx: ReadContext,
): Promise<string | undefined> {
  if (side.revision === undefined) {
    try {
      return await readFile(join(ctx.cwd, path), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw new ConfigurationError(`Cannot read ${path}: ${(error as Error).message}`, {
        file: path,
      });
    }
  }
  const repoPath = posix.normalize(ctx.prefix + path.replace(/\\/g, '/').replace(/^\.\//, ''));
  const bytes = await readFileAtRevision(side.revision, repoPath, ctx.cwd);
  return bytes?.toString('utf8');
}

export interface ReadOptions {
  /** CSV/TSV: every row instead of the last. */
  allRows: boolean;
}

/** Parses a metrics or params file by its extension into flattened keys. */
export function parseMetrics(text: string, path: string, options: ReadOptions): FlatMetrics {
  const ext = posix.extname(path.toLowerCase());
  switch (ext) {
    case '.json':
      return readJsonMetrics(text, path);
    case '.yaml':
    case '.yml':
      return readYamlMetrics(text, path);
    case '.csv':
      return readTableMetrics(text, path, ',', options.allRows);
    case '.tsv':
      return readTableMetrics(text, path, '\t', options.allRows);
    case '.toml':
      return readTomlMetrics(text, path);
    default:
      // DVC reads files without a known extension as YAML; JSON is nearly a subset of YAML,
      // but the JSON reader is faster and gives better errors for files that look like JSON.
      return /^\s*[{[]/.test(text) ? readJsonMetrics(text, path) : readYamlMetrics(text, path);
  }
}

/** Keeps only the selected keys and everything under them (`train` keeps `train.lr`). */
export function selectKeys(metrics: FlatMetrics, keys: string[] | undefined): FlatMetrics {
  if (!keys || keys.length === 0) return metrics;
  const out: FlatMetrics = new Map();
  for (const [key, entry] of metrics) {
    if (keys.some((k) => key === k || key.startsWith(`${k}.`))) out.set(key, entry);
  }
  return out;
}
