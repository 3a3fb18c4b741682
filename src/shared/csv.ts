import type { PulseLang } from './messages.js';

/** A CSV cell: text, a number (written with the dialect's decimal mark), or empty. */
export type CsvCell = string | number | null | undefined;

/** How a CSV file is written. */
export interface CsvDialect {
  separator: string;
  decimal: string;
  /** Prefix a UTF-8 byte-order mark so Excel opens Cyrillic text correctly. */
  bom: boolean;
}

/** Russian Excel: `;` separator, decimal comma, UTF-8 with BOM. */
export const RU_EXCEL: CsvDialect = { separator: ';', decimal: ',', bom: true };
/** Plain CSV: `,` separator, decimal point, UTF-8 with BOM. */
export const EN_EXCEL: CsvDialect = { separator: ',', decimal: '.', bom: true };

/** The dialect for a widget language. */
export function dialectOf(lang: PulseLang): CsvDialect {
  return lang === 'en' ? EN_EXCEL : RU_EXCEL;
}

// Text that a spreadsheet would run as a formula is prefixed with an apostrophe
// (CSV injection); numbers are written as numbers, so negative amounts stay numbers.
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: CsvCell, dialect: CsvDialect): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return String(value).replace('.', dialect.decimal);
  }
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[";\r\n,]/.test(text) || text.includes(dialect.separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as CSV text (CRLF line ends, BOM when the dialect asks for it).
 *
 * @example toCsv([['Клиент', 'Долг'], ['Ликстрой', 1000000.5]]) // '\uFEFFКлиент;Долг\r\nЛикстрой;1000000,5\r\n'
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect = RU_EXCEL): string {
  const body = rows.map((row) => row.map((v) => cell(v, dialect)).join(dialect.separator)).join('\r\n');
  return `${dialect.bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** Offers text as a file download (no server round trip). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Copies text to the clipboard; resolves false when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
