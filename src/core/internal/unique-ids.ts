import * as z from './z.js';
import { addKey, keySlots } from './key-table.js';

/**
 * A check that the rows of an array have unique ids (strings or numbers, compared as
 * strings): each repeat is an issue at `[i, 'id']` naming the first row,
 * `duplicate id "7" (first at invoices[2])`. It runs even when some rows have other
 * issues, so one error lists them all.
 *
 * @example z.array(row).check(uniqueIds('invoices'))
 */
export function uniqueIds(field: string) {
  return z.superRefine(
    (rows: readonly unknown[], ctx) => {
      if (!Array.isArray(rows)) return;
      const keys: string[] = new Array(rows.length);
      const slots = keySlots(rows.length);
      rows.forEach((row: unknown, i) => {
        const raw = row !== null && typeof row === 'object' ? (row as { id?: unknown }).id : undefined;
        if (typeof raw !== 'string' && typeof raw !== 'number') return;
        const key = String(raw);
        const first = addKey(slots, keys, key, i);
        if (first < 0) keys[i] = key;
        else
          ctx.issues.push({
            code: 'custom',
            message: `duplicate id "${key}" (first at ${field}[${first}])`,
            input: raw,
            path: [i, 'id'],
          });
      });
    },
    { when: () => true },
  );
}
