import { describeValue } from '../errors.js';
import type { IssueList } from './issues.js';
import { hashKey } from './key-table.js';

// Reading row ids: a non-empty string, or a finite number read as its string, so 5 and
// "5" are the same id.

/** A key or id: a non-empty string, or a finite number turned into a string; else `null`. */
export function keyOf(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** Each row's id as a string; `''` when the row or its id is not valid. */
export function idKeys(rows: readonly unknown[]): string[] {
  const n = rows.length;
  const keys: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    keys[i] = idKey(row !== null && typeof row === 'object' ? (row as { id?: unknown }).id : undefined);
  }
  return keys;
}

/**
 * {@link idKeys}, and the hash of each key ({@link hashKey}) made while the key is at
 * hand: one walk reads the ids and their characters, where two would read them twice.
 *
 * @example hashedIdKeys([{ id: 'a' }, { id: 5 }, null]).keys // ['a', '5', '']
 */
export function hashedIdKeys(rows: readonly unknown[]): { keys: string[]; hashes: Uint32Array } {
  const n = rows.length;
  const keys: string[] = new Array(n);
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    const key = idKey(row !== null && typeof row === 'object' ? (row as { id?: unknown }).id : undefined);
    keys[i] = key;
    hashes[i] = hashKey(key);
  }
  return { keys, hashes };
}

/**
 * A row's id as {@link idKeys} gives it: the string, a finite number as a string, else `''`.
 *
 * @example idKey(5) // '5'
 */
export function idKey(id: unknown): string {
  return typeof id === 'string' ? id : typeof id === 'number' && Number.isFinite(id) ? String(id) : '';
}

/**
 * Records a bad id of `label[i]`, or a duplicate one naming the first index
 * (`duplicateOf` from {@link earlierDuplicates}, `null` when no id repeats).
 */
export function checkId(
  keys: readonly string[],
  duplicateOf: Int32Array | null,
  id: unknown,
  label: string,
  i: number,
  issues: IssueList,
): void {
  if (keys[i] === '') {
    issues.add(`${label}[${i}].id`, `expected a non-empty string or number id, got ${describeValue(id)}`);
  } else if (duplicateOf !== null && duplicateOf[i] >= 0) {
    issues.add(
      `${label}[${i}].id`,
      `duplicate id ${JSON.stringify(keys[i])}, also at ${label}[${duplicateOf[i]}]`,
    );
  }
}
