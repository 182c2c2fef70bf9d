/**
 * CSV that spreadsheets open safely. Each cell is quoted when it holds a comma, quote or line
 * break, and a cell that starts like a formula (= + - @, tab, carriage return) gets a leading
 * apostrophe so the spreadsheet shows it as text instead of running it.
 */
export function csvCell(value: string | number): string {
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export function toCsv(rows: Array<Array<string | number>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/**
 * The UTF-8 byte order mark, written before the first row: without it, Excel on Windows reads the
 * file in the system's legacy code page, and "Café" opens as "CafÃ©".
 */
export const utf8ByteOrderMark = '\uFEFF'
