const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escape text for HTML or SVG, in element content or a quoted attribute. Characters XML
 * forbids (controls, lone surrogates) become U+FFFD, so a hostile subject cannot break the page.
 */
export function escapeHtml(value: unknown): string {
  return String(value ?? "")
    .replace(/[&<>"']/g, (c) => HTML[c])
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/** Cells a spreadsheet would run as a formula: they start with = + - @, a tab or a carriage return. */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a leading formula character is defused with an apostrophe (OWASP's advice),
 * then the cell is quoted when it holds a comma, quote, line break or edge space.
 */
export function csvCell(value: unknown): string {
  let s = value == null ? "" : String(value);
  if (FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV record, CRLF-terminated as RFC 4180 asks. */
export function csvRow(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(",") + "\r\n";
}
