import { open } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { ConfigurationError } from '../core/errors';
import { readFileAtRevision } from '../git/read-at-revision';
import { readTableMetrics } from './csv-reader';
import { readJsonMetrics } from './json-reader';
import { checkFileSize, METRICS_LIMITS, sizeLimitFor } from './limits';
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

/**
 * A file's text on one side, or undefined when it does not exist there. A file over its size
 * budget (src/metrics/limits.ts) is refused before it is read into memory.
 */
export async function readSideText(
  side: Side,
  path: string,
  ctx: ReadContext,
): Promise<string | undefined> {
  const where = side.revision === undefined ? path : `${path} (at ${side.label})`;
  if (side.revision === undefined) {
    try {
      const file = await open(join(ctx.cwd, path), 'r');
      try {
        checkFileSize(where, (await file.stat()).size, sizeLimitFor(path));
        return await file.readFile('utf8');
      } finally {
        await file.close();
      }
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw new ConfigurationError(`Cannot read ${path}: ${(error as Error).message}`, {
        file: path,
      });
    }
  }
  const repoPath = posix.normalize(ctx.prefix + path.replace(/\\/g, '/').replace(/^\.\//, ''));
  const bytes = await readFileAtRevision(side.revision, repoPath, ctx.cwd);
  if (bytes) checkFileSize(where, bytes.length, sizeLimitFor(path));
  return bytes?.toString('utf8');
}

export interface ReadOptions {
  /** CSV/TSV: every row instead of the last. */
  allRows: boolean;
}

/** Parses a metrics or params file by its extension into flattened keys. */
export function parseMetrics(text: string, path: string, options: ReadOptions): FlatMetrics {
  // Callers that read the file (readSideText) check its size first; text from elsewhere is
  // checked here (by length: UTF-16 units never outnumber UTF-8 bytes).
  if (text.length > METRICS_LIMITS.yamlFileBytes) {
    checkFileSize(path, Buffer.byteLength(text, 'utf8'), sizeLimitFor(path));
  }
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
      if (/^\s*[{[]/.test(text)) return readJsonMetrics(text, path);
      return readYamlMetrics(text, path);
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

/**
 * The leaves DVC compares. Params (dvc/utils/diff.py: flatten_dict) lose empty mappings, which
 * flatten to nothing. Metrics (dvc/repo/metrics/show.py _extract_metrics keeps int, float and
 * str, bool being an int) also lose nulls, dates and empty lists; a mapping left empty by that
 * has no leaves, so it goes too. Non-empty lists stay as indexed items (`a.0`, our extension).
 */
export function dvcLeaves(kind: 'metrics' | 'params', metrics: FlatMetrics): FlatMetrics {
  let drop = false;
  for (const entry of metrics.values()) {
    if (entry.shape !== undefined || (kind === 'metrics' && entry.value === null)) {
      drop = true;
      break;
    }
  }
  if (!drop) return metrics;
  const out: FlatMetrics = new Map();
  for (const [key, entry] of metrics) {
    if (entry.shape === 'empty-map') continue;
    if (kind === 'metrics' && (entry.value === null || entry.shape !== undefined)) continue;
    out.set(key, entry);
  }
  return out;
}
