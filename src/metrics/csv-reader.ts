import { parse } from 'csv-parse/sync';
import { ConfigurationError } from '../core/errors';
import { integerFromText } from './exact';
import type { FlatMetrics, MetricEntry } from './types';

/**
 * Reads a CSV or TSV table with a header row: the last row's columns become keys (`accuracy`),
 * or, with allRows, every row's (`0.accuracy`, `1.accuracy`, … as if the table were a list).
 * Cells that read as numbers are numbers; everything else stays text.
 */
export function readTableMetrics(
  text: string,
  file: string,
  delimiter: ',' | '\t',
  allRows: boolean,
): FlatMetrics {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const e = error as Error & { lines?: number };
    const kind = delimiter === '\t' ? 'TSV' : 'CSV';
    throw new ConfigurationError(
      `${file}${e.lines ? `:${e.lines}` : ''}: invalid ${kind}: ${e.message.replace(/^Invalid Record Length: /, '')}`,
      { file, line: e.lines },
    );
  }
  const out: FlatMetrics = new Map();
  const header = records[0]?.record;
  if (!header) return out;
  const rows = records.slice(1);
  const chosen = allRows ? rows : rows.slice(-1);
  for (let r = 0; r < chosen.length; r++) {
    const { record, info } = chosen[r]!;
    const prefix = allRows ? `${r}.` : '';
    header.forEach((column, c) => {
      out.set(prefix + column, cellEntry(record[c] ?? '', info.lines));
    });
  }
  return out;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(inf|infinity|nan)$/i;

function cellEntry(cell: string, line: number): MetricEntry {
  const text = cell.trim();
  if (NUMBER.test(text)) {
    const value = /^[+-]?inf/i.test(text)
      ? text.startsWith('-')
        ? -Infinity
        : Infinity
      : /nan/i.test(text)
        ? NaN
        : Number(text);
    return /^[+-]?\d+$/.test(text)
      ? { value: integerFromText(text), line }
      : { value, float: true, line };
  }
  return { value: cell, line };
}
