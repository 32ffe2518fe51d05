import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { MalformedRow } from './profile';

/** As many malformed rows are listed as the CSV path lists (its rejects query's LIMIT). */
const LISTED = 20;

/**
 * The lines of a JSON Lines file that are not a JSON object, with 1-based line numbers.
 * DuckDB's read_json(ignore_errors=true) reads each of them as a row whose every column is NULL,
 * and has no rejects table to say which (store_rejects is CSV only), so the file is read again
 * here. Only called when the profile found all-NULL rows, so a clean file never pays for it, and
 * it stops once it has found as many malformed lines as there are such rows (`atMost`): each
 * malformed line is one of them, so no other can follow.
 * DuckDB skips blank lines and accepts NaN and Infinity, which JSON.parse refuses: the same here.
 */
export async function malformedJsonLines(
  path: string,
  gzip: boolean,
  /** false when DuckDB read the file as one `json` column (not all lines are objects). */
  records: boolean,
  atMost: number,
): Promise<{ count: number; first: MalformedRow[] }> {
  const file = createReadStream(path);
  let input: NodeJS.ReadableStream = file;
  if (gzip) {
    // Required here: zlib is only needed for a gzipped JSON Lines file with bad lines.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createGunzip } = require('node:zlib') as typeof import('node:zlib');
    input = input.pipe(createGunzip());
  }
  const first: MalformedRow[] = [];
  let count = 0;
  let line = 0;
  try {
    for await (const text of createInterface({ input, crlfDelay: Infinity })) {
      line++;
      if (text.trim() === '') continue;
      const problem = notAnObject(text, records);
      if (!problem) continue;
      count++;
      if (first.length < LISTED) first.push({ line, message: problem });
      if (count >= atMost) break;
    }
  } finally {
    file.destroy();
  }
  return { count, first };
}

/** Why the line is not a JSON object, or undefined when it is one. */
function notAnObject(text: string, records: boolean): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    try {
      // DuckDB's JSON reader (yyjson) allows NaN and Infinity as numbers.
      value = JSON.parse(text.replace(/(?<=[:,[]\s*)-?(NaN|Infinity)(?=\s*[,}\]])/g, 'null'));
    } catch {
      // JSON.parse quotes the start of the line with control bytes escaped (\x01): log-safe.
      return `invalid JSON: ${(error as Error).message.slice(0, 200)}`;
    }
  }
  if (records && (value === null || typeof value !== 'object' || Array.isArray(value)))
    return 'not a JSON object';
  return undefined;
}
