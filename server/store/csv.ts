/**
 * CSV for spreadsheet users: UTF-8 with a byte-order mark (so Excel opens Japanese correctly), CRLF line
 * ends, every cell quoted, and cells that a spreadsheet would run as a formula defused.
 */

const BOM = '\uFEFF';

/**
 * Makes one cell safe: a leading = + - @ (or tab / carriage return, which some spreadsheets skip before
 * a formula) gets a `'` prefix so it is shown as text (OWASP "CSV injection"); then quotes are doubled.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Builds a whole CSV document from a header row and data rows. */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
