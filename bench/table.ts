/** Plain-text tables for the terminal: a header, a rule, and columns padded to fit. */

/** A cell: text is left-aligned, numbers right-aligned; null prints as a dash. */
export type Cell = string | number | null;

export function formatTable(header: string[], rows: Cell[][]): string {
  const text = rows.map((row) => row.map((cell) => (cell === null ? '—' : String(cell))));
  const widths = header.map((title, column) => Math.max(title.length, ...text.map((row) => row[column].length)));
  const numeric = header.map((_, column) => rows.every((row) => typeof row[column] !== 'string'));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (numeric[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...text.map(line)].join('\n');
}

/** A share (0–1) as a percentage for display; null stays null. */
export function percent(share: number | null): string | null {
  return share === null ? null : `${(share * 100).toFixed(1)}%`;
}
