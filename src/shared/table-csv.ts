import { dialectOf, toCsv, type CsvCell } from './csv.js';
import type { PulseLang } from './messages.js';

/**
 * The first data table in a widget's shadow root (every widget renders one, visible or
 * for screen readers) as CSV text; '' when there is none. Cells are taken as text, as shown,
 * with whitespace collapsed; the caption is left out.
 *
 * @example tableCsv(pie.renderRoot, 'ru') // '\uFEFFНабор;Канал или причина;Значение;Доля\r\n...'
 */
export function tableCsv(root: ParentNode, lang: PulseLang): string {
  const table = root.querySelector('table');
  if (!table) return '';
  const rows: CsvCell[][] = [];
  for (const tr of table.querySelectorAll('tr')) {
    if (tr.closest('table') !== table) continue; // a nested table is part of a cell
    rows.push([...tr.cells].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()));
  }
  return rows.length > 0 ? toCsv(rows, dialectOf(lang)) : '';
}
