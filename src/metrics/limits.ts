import { posix } from 'node:path';
import { ConfigurationError } from '../core/errors';

/**
 * What one metrics or params file may cost to read (docs/limits.md, "Metrics", gives the
 * reasons). A pull request's files are untrusted input: every figure here bounds memory and
 * time linearly, so a hostile file gets a message naming it instead of an out-of-memory crash.
 */
export const METRICS_LIMITS = {
  /** JSON, CSV, TSV, TOML. At 8 MiB (344,000 keys) the whole action took 7.8 s and 410 MB. */
  fileBytes: 8 * 1024 * 1024,
  /** YAML costs ~4× more per byte (a node per token): at 2 MiB, 6.3 s and 350 MB. */
  yamlFileBytes: 2 * 1024 * 1024,
  /** Levels of nested mappings and lists (Python's own recursion limit stops DVC near 1,000). */
  depth: 100,
  /** Characters of all flattened keys of one file: a prefix repeated on every leaf is quadratic. */
  keyChars: 64 * 1024 * 1024,
  /** YAML aliases, as the yaml library counts them (its default). */
  aliasCount: 100,
} as const;

/**
 * Rows of a metrics or params table in a report (the action's markdown output, job summary,
 * check run, cml comment): a table is for people; the JSON output keeps every row. Rendering
 * is cheap, but the report's Markdown is parsed again to fit forge limits (86,000 rows took
 * 60 s and 3.7 GB there).
 */
export const REPORT_ROWS = 1000;

/** Files DVC reads as YAML: .yaml/.yml, and any name without a known extension. */
export function isYamlPath(path: string): boolean {
  const ext = posix.extname(path.toLowerCase());
  return !['.json', '.csv', '.tsv', '.toml'].includes(ext);
}

/** The size budget for a file of this name. */
export function sizeLimitFor(path: string): number {
  return isYamlPath(path) ? METRICS_LIMITS.yamlFileBytes : METRICS_LIMITS.fileBytes;
}

/** Refuses a file over its size budget, naming the file, its size and the limit. */
export function checkFileSize(path: string, bytes: number, limit = sizeLimitFor(path)): void {
  if (bytes <= limit) return;
  throw new ConfigurationError(
    `${path} is ${mib(bytes)} (${bytes} bytes), over the ${mib(limit)} limit for this kind of ` +
      `file (see docs/limits.md): it was not read.`,
    { file: path },
  );
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
}

/** Counts nesting and flattened key characters while a reader walks a file. */
export class ReadBudget {
  private keyChars = 0;

  constructor(private readonly file: string) {}

  /** Call on entering a mapping or list at `depth` (1 for the top level). */
  enter(depth: number, line?: number): void {
    if (depth <= METRICS_LIMITS.depth) return;
    throw new ConfigurationError(
      `${this.file}${line ? `:${line}` : ''}: nested deeper than ${METRICS_LIMITS.depth} levels; ` +
        `metrics and params files are read up to ${METRICS_LIMITS.depth} (see docs/limits.md).`,
      { file: this.file, line },
    );
  }

  /** Call for every flattened key written. */
  key(key: string, line?: number): void {
    this.keyChars += key.length;
    if (this.keyChars <= METRICS_LIMITS.keyChars) return;
    throw new ConfigurationError(
      `${this.file}${line ? `:${line}` : ''}: its flattened keys exceed ${METRICS_LIMITS.keyChars} characters ` +
        `(deep nesting repeats every parent key on each value; see docs/limits.md).`,
      { file: this.file, line },
    );
  }
}
