import { displayWidth, padToWidth } from './display-width';

/**
 * Tables rendered as DVC renders them: tabulate's "github" format for --md and its "plain"
 * format otherwise, every cell left-aligned text (DVC turns number parsing off), each column at
 * least two characters wider than its header. Widths are display columns (wcwidth), so CJK keys
 * line up in a terminal as they do in DVC's tables.
 */
export function renderTable(headers: string[], rows: string[][], markdown: boolean): string {
  const widths = headers.map((h, c) =>
    rows.reduce((w, row) => Math.max(w, displayWidth(row[c] ?? '')), displayWidth(h) + 2),
  );
  const lines: string[] = [];
  if (markdown) {
    const line = (cells: string[]) =>
      `| ${cells.map((cell, c) => padToWidth(cell, widths[c]!)).join(' | ')} |`;
    lines.push(line(headers));
    lines.push(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const row of rows) lines.push(line(row));
    // DVC ends a Markdown table with a newline: the table is incomplete without it.
    return lines.join('\n') + '\n';
  }
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => padToWidth(cell, widths[c]!))
      .join('  ')
      .trimEnd();
  lines.push(line(headers));
  for (const row of rows) lines.push(line(row));
  return lines.join('\n');
}
