import { ConfigurationError } from '../core/errors';
import { FORMATS_TEXT, formatOf } from './source';

/** DuckDB's own words kept in the message: enough to say why, never the whole sniffer report. */
const MAX_REASON = 300;

const FORMAT_NAMES = { csv: 'CSV', tsv: 'TSV', jsonl: 'JSON Lines', parquet: 'Parquet' } as const;

/**
 * The one-line ConfigurationError for a file DuckDB could not read (random bytes, a broken
 * Parquet footer, a .gz that is not gzip, a line over max_line_size), or undefined for any other
 * error, which keeps its stack. A read error is one of DuckDB's input error classes (Invalid
 * Input, IO, Conversion) that names the file it was reading: an error in our own SQL (Binder,
 * Parser, Catalog…) never names it. `path` is the file read (a temporary copy for a base
 * version); the message names `dataset` (and `at <revision>`) instead, first, as the logger's
 * annotation prefix expects.
 */
export function unreadableFile(
  error: unknown,
  path: string,
  dataset: string,
  revision?: string,
): ConfigurationError | undefined {
  if (!(error instanceof Error)) return undefined;
  const match = /^(Invalid Input|IO|Conversion) Error: ([\s\S]*)$/.exec(error.message);
  if (!match || !error.message.includes(path)) return undefined;
  return notReadable(path, dataset, revision, reason(match[2] as string, path, dataset));
}

/** `<dataset>: not a readable <format> file [at <revision>] (<why>); expected <formats>`. */
export function notReadable(
  path: string,
  dataset: string,
  revision: string | undefined,
  why: string,
): ConfigurationError {
  const format = formatOf(dataset) ?? formatOf(path);
  const kind = format
    ? `${FORMAT_NAMES[format]}${/\.gz$/i.test(dataset) ? ' (gzipped)' : ''}`
    : 'data';
  return new ConfigurationError(
    `${dataset}: not a readable ${kind} file${revision ? ` at ${revision}` : ''} (${why}); expected ${FORMATS_TEXT}`,
    { file: dataset },
  );
}

/**
 * The lines of DuckDB's message that say what is wrong, on one line: the text before its SQL
 * excerpt, hints and option dumps, without the raw line of a CSV error (it can be megabytes),
 * with the dataset's name in place of the path read.
 */
function reason(message: string, path: string, dataset: string): string {
  const kept: string[] = [];
  for (const line of message.split('\n')) {
    const text = line.trim();
    if (
      text === '' ||
      /^(LINE \d+:|Possible Solution|The search space used was|\^)/.test(text) ||
      /^[a-z_]+ = /.test(text)
    ) {
      if (kept.length) break;
      continue;
    }
    if (text.startsWith('Original Line:')) continue;
    kept.push(text);
  }
  const one = kept.join(' ').split(path).join(dataset);
  return one.length > MAX_REASON ? `${one.slice(0, MAX_REASON - 1)}…` : one;
}
