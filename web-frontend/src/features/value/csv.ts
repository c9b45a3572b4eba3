/**
 * CSV export of the tables the browser already shows (RFC 4180): fields separated by commas, lines by CRLF, a field
 * with a comma, quote, CR or LF in double quotes with its quotes doubled. A text cell that a spreadsheet would run as
 * a formula (starting with `=`, `+`, `-`, `@`, or a tab or CR) gets a leading `'` (CSV injection); numbers are written
 * as they are, so −3 stays a number.
 */

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: empty for null/undefined, guarded against formulas, quoted when needed. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  let s: string;
  if (typeof cell === 'number') s = Number.isFinite(cell) ? String(cell) : '';
  else if (typeof cell === 'boolean') s = cell ? 'true' : 'false';
  else s = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows (the first one usually the header) as CSV text, each line ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** A file name with the date: `kundenwert-top-2026-11-30.csv`. */
export function csvFileName(name: string, date: string): string {
  return `${name}-${date}.csv`;
}

/**
 * Offers the rows as a download. With a byte order mark, so that spreadsheets read umlauts as UTF-8.
 * Returns the text (for tests and callers that show it).
 */
export function downloadCsv(fileName: string, rows: readonly (readonly CsvCell[])[]): string {
  const text = toCsv(rows);
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    // let the browser start the download first
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return text;
}
