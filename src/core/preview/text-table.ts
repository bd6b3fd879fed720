import type { ZonesTable } from '../time/index';

/**
 * A table for a terminal: columns padded to their widest cell, two spaces apart, no trailing
 * blanks. A column with no cell filled (Ends, for a time without an end) is left out.
 */
export function formatTextTable({ headers, rows }: ZonesTable): string[] {
  const kept = headers
    .map((_, column) => column)
    .filter((column) => rows.length === 0 || rows.some((row) => (row[column] ?? '') !== ''));
  // A reduce, not Math.max(...rows): a spread of one argument per row overflows on long tables.
  const widths = kept.map((column) =>
    rows.reduce(
      (widest, row) => Math.max(widest, (row[column] ?? '').length),
      headers[column].length,
    ),
  );
  const line = (cells: readonly string[]) =>
    kept
      .map((column, i) => (cells[column] ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)];
}
