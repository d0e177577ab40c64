/**
 * CSV for spreadsheet users: UTF-8 with a byte-order mark (so Excel opens Japanese correctly), CRLF line
 * ends, every cell quoted, control characters removed, and cells that a spreadsheet would run as a
 * formula defused.
 */

const BOM = '\uFEFF';

/**
 * Characters that have no business in a spreadsheet cell: C0 controls except tab and line breaks (NUL
 * among them), DEL, C1 controls, and the bidi embeddings/overrides/isolates that make a cell read
 * differently from what it holds.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes one cell safe: control characters are dropped, then a leading = + - @ (or tab / carriage return,
 * which some spreadsheets skip before a formula) gets a `'` prefix so it is shown as text (OWASP "CSV
 * injection"); then quotes are doubled. Dropping first matters: `\0=cmd` must not become a bare `=cmd`.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value).replace(CONTROL, '');
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Builds a whole CSV document from a header row and data rows. */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
