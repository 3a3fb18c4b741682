import { describeValue } from '../errors.js';
import type { IssueList } from './issues.js';
import { earlierDuplicates } from './duplicates.js';
import { hashKey, hasRepeatOf } from './key-table.js';
import { keepShape } from './shapes.js';

// Reading row ids: a non-empty string, or a finite number read as its string, so 5 and
// "5" are the same id.

/** A key or id: a non-empty string, or a finite number turned into a string; else `null`. */
export function keyOf(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * Each row's id as a string ({@link idKey}; `''` when the row or its id is not valid), and
 * the hash of each key ({@link hashKey}) made while the key is at hand: one walk reads the
 * ids and their characters, where two would read them twice.
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
 * A row's id as a key: the string, a finite number as a string, else `''`.
 *
 * @example idKey(5) // '5'
 */
export function idKey(id: unknown): string {
  return typeof id === 'string' ? id : typeof id === 'number' && Number.isFinite(id) ? String(id) : '';
}

/**
 * The rows' id keys ({@link hashedIdKeys}), and per row the index where its id first came
 * when that is earlier ({@link earlierDuplicates}); `duplicates` is `null` when no id
 * repeats. Repeats are rare: a sort of the keys' hashes says whether to name them, so a
 * million distinct ids are not put in a hash table.
 *
 * @example readIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }]).duplicates // Int32Array [-1, -1, 0]
 */
export function readIds(rows: readonly unknown[]): { ids: string[]; duplicates: Int32Array | null } {
  const { keys, hashes } = hashedIdKeys(rows);
  return { ids: keys, duplicates: hasRepeatOf(keys, hashes) ? earlierDuplicates(keys) : null };
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

// Kept (see keepShape): the rows' readers destructure what readIds returns.
keepShape(readIds([]));
