import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { castText, classify, columnTypeOf, type EngineType, type ValueClass } from './value-types';

/** One column of a small table, typed as DuckDB's sniffer would type it. */
export interface SmallColumn {
  name: string;
  engineType: EngineType;
  /** CAST(value AS VARCHAR) per row; null for a missing value. */
  text: (string | null)[];
  /** The value as a DOUBLE per row, for numeric columns (NaN where missing). */
  numbers?: Float64Array;
}

export interface SmallTable {
  rows: number;
  columns: SmallColumn[];
  malformed: { line: number; message: string }[];
}

/** Why a file is left to DuckDB (the small-file path only answers where it agrees). */
export class Declined {
  constructor(readonly reason: string) {}
}

/**
 * Reads a CSV or TSV file (gzipped or not) the way the DuckDB path's read_csv(header=true,
 * store_rejects=true) does, or declines when the file has something DuckDB's dialect sniffer
 * might read differently: another delimiter candidate (`|`, `;`, tab in a CSV), a comment
 * candidate (`#`), a backslash or single-quote quoting, mixed line endings, blank-looking lines.
 */
export function readSmallTable(
  path: string,
  format: 'csv' | 'tsv',
  gzip: boolean,
  maxBytes = Infinity,
): SmallTable | Declined {
  let bytes: Buffer = readFileSync(path);
  if (gzip) {
    // Required here, not at the top: loading zlib costs 5–10 ms, which a plain CSV never needs.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { gunzipSync } = require('node:zlib') as typeof import('node:zlib');
    try {
      bytes = gunzipSync(bytes, {
        maxOutputLength: Number.isFinite(maxBytes) ? maxBytes : undefined,
      });
    } catch {
      return new Declined('gzip larger than the small-file limit, or not gzip');
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new Declined('not UTF-8');
  }
  if (text.startsWith('\ufeff')) text = text.slice(1);
  const delimiter = format === 'tsv' ? '\t' : ',';
  if (format === 'csv' && /[|;\t]/.test(text)) return new Declined('another delimiter candidate');
  if (/[#\\]/.test(text)) return new Declined('a comment or escape candidate');
  if (/(^|[\n,\t])'/.test(text)) return new Declined('single-quoted fields');
  const crlf = text.includes('\r');
  if (crlf) {
    if (/\r(?!\n)|(?<!\r)\n/.test(text)) return new Declined('mixed line endings');
    text = text.replace(/\r\n/g, '\n');
  }
  if (/(^|\n)[ \t]+(\n|$)/.test(text)) return new Declined('a blank-looking line');
  if (text === '')
    return {
      rows: 0,
      columns: [{ name: 'column0', engineType: 'VARCHAR', text: [] }],
      malformed: [],
    };

  const options = {
    delimiter,
    record_delimiter: '\n',
    relax_column_count: true,
    skip_empty_lines: true,
  };
  let records: { record: string[]; raw: string }[];
  try {
    // The raw text of each record only serves the line numbers of malformed rows: asked for
    // when there are some (it doubles what the parse allocates).
    const plain = parse(text, options) as string[][];
    const width = plain[0]?.length ?? 0;
    records = plain.some((r) => r.length !== width)
      ? (parse(text, { ...options, raw: true }) as unknown as typeof records)
      : plain.map((record) => ({ record, raw: '' }));
  } catch (error) {
    return new Declined(`csv-parse: ${(error as { code?: string }).code ?? 'error'}`);
  }
  const header = records[0]?.record ?? [];
  if (header.some((n) => n === '' || n !== n.trim()) || new Set(header).size !== header.length)
    return new Declined('empty, padded or repeated column names');
  const width = header.length;
  // With one column DuckDB reads an empty line as a row whose value is missing; csv-parse skips
  // it. Left to DuckDB rather than counted here.
  const body = text.replace(/\r?\n$/, '');
  if (width === 1 && (/\n\r?\n/.test(body) || /^\r?\n/.test(body) || body.endsWith('\n')))
    return new Declined('empty lines in a one-column file');

  // DuckDB numbers a rejected row by the line breaks outside quoted values before it.
  let unquotedBreaks = records[0] ? breaks(records[0].raw) - fieldBreaks(records[0].record) : 0;
  const good: string[][] = [];
  const malformed: SmallTable['malformed'] = [];
  let badRows = 0;
  for (let r = 1; r < records.length; r++) {
    const { record, raw } = records[r] as { record: string[]; raw: string };
    if (crlf && record.some((f) => f.includes('\n'))) return new Declined('CRLF inside quotes');
    if (record.length === width) {
      good.push(record);
      if (!raw) continue;
    }
    const leading = /^\n*/.exec(raw)?.[0].length ?? 0;
    const line = 1 + unquotedBreaks + leading;
    unquotedBreaks += breaks(raw) - fieldBreaks(record);
    if (record.length === width) continue;
    if (record.length === width + 1 && record[width] === '')
      return new Declined('a trailing delimiter');
    else if (record.length < width)
      malformed.push({
        line,
        message: `Expected Number of Columns: ${width} Found: ${record.length}`,
      });
    // DuckDB rejects a long row once per extra column (Found: width+1, width+2, …).
    else
      for (let found = width + 1; found <= record.length; found++)
        malformed.push({ line, message: `Expected Number of Columns: ${width} Found: ${found}` });
    if (record.length !== width) badRows++;
  }
  if (badRows * 2 > records.length - 1) return new Declined('mostly malformed rows');

  const columns: SmallColumn[] = [];
  for (let c = 0; c < width; c++) {
    const classes = new Set<ValueClass>();
    for (const row of good) {
      const v = row[c] as string;
      if (v !== '') classes.add(classify(v));
    }
    const engineType = columnTypeOf(classes);
    if (!engineType) return new Declined(`column ${header[c]}: values DuckDB may type otherwise`);
    const texts: (string | null)[] = new Array(good.length);
    const numeric = engineType === 'BIGINT' || engineType === 'DOUBLE';
    const numbers = numeric ? new Float64Array(good.length) : undefined;
    for (let r = 0; r < good.length; r++) {
      const v = (good[r] as string[])[c] as string;
      if (v === '') {
        texts[r] = null;
        if (numbers) numbers[r] = NaN;
        continue;
      }
      const t = castText(v, engineType);
      if (t === undefined) return new Declined(`column ${header[c]}: ${v}`);
      texts[r] = t;
      if (numbers) numbers[r] = Number(v);
    }
    columns.push({ name: header[c] as string, engineType, text: texts, numbers });
  }
  return { rows: good.length, columns, malformed };
}

function breaks(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function fieldBreaks(record: string[]): number {
  let n = 0;
  for (const f of record) if (f.includes('\n')) n += breaks(f);
  return n;
}
