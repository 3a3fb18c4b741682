import { describeValue } from '../errors.js';
import type { AbcState, XyzState } from '../abc-xyz-matrix.js';
import type { IssueList } from './issues.js';

// Reading the two abcXyzMatrix results that compareAbcXyz compares: each client's id,
// states, value, name and owner, in columns, with an index by id.

const STATUSES = ['classified', 'lost', 'potential'];

/** One matrix's items, read into columns. */
export interface Side {
  ids: string[];
  abc: AbcState[];
  xyz: XyzState[];
  values: number[];
  names: (string | null)[];
  owners: (string | null)[];
  index: Map<string, number>;
}

/**
 * Reads the items of one matrix (`previous`, `current`) into columns; each problem goes to
 * `issues`, and reading stops when the list is full (past MAX_ISSUES, closed by a "reading
 * stopped" entry).
 */
export function readSide(result: unknown, label: string, issues: IssueList): Side {
  const side: Side = { ids: [], abc: [], xyz: [], values: [], names: [], owners: [], index: new Map() };
  const items =
    result !== null && typeof result === 'object' ? (result as { items?: unknown }).items : undefined;
  if (!Array.isArray(items)) {
    issues.add(label, `expected an abcXyzMatrix result with items, got ${describeValue(result)}`);
    return side;
  }
  for (let i = 0; i < items.length && !issues.full; i++) {
    const item: unknown = items[i];
    const path = `${label}.items[${i}]`;
    if (item === null || typeof item !== 'object') {
      issues.add(path, `expected an object, got ${describeValue(item)}`);
      continue;
    }
    const { id, status, abc, xyz, value, name, owner } = item as Record<string, unknown>;
    if (typeof id !== 'string' || id === '') {
      issues.add(`${path}.id`, `expected a non-empty string, got ${describeValue(id)}`);
      continue;
    }
    const first = side.index.get(id);
    if (first !== undefined) {
      issues.add(`${path}.id`, `duplicate id ${JSON.stringify(id)}, also at ${label}.items[${first}]`);
      continue;
    }
    if (typeof status !== 'string' || !STATUSES.includes(status)) {
      issues.add(
        `${path}.status`,
        `expected 'classified', 'lost' or 'potential', got ${describeValue(status)}`,
      );
      continue;
    }
    let abcState: AbcState = status as 'lost' | 'potential';
    let xyzState: XyzState = status as 'lost' | 'potential';
    if (status === 'classified') {
      if (abc !== 'A' && abc !== 'B' && abc !== 'C') {
        issues.add(
          `${path}.abc`,
          `expected 'A', 'B' or 'C' for a classified client, got ${describeValue(abc)}`,
        );
        continue;
      }
      if (xyz !== 'X' && xyz !== 'Y' && xyz !== 'Z' && xyz !== null && xyz !== undefined) {
        issues.add(`${path}.xyz`, `expected 'X', 'Y', 'Z' or null, got ${describeValue(xyz)}`);
        continue;
      }
      abcState = abc;
      xyzState = xyz ?? 'none';
    }
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) {
      issues.add(`${path}.value`, `expected a finite number, got ${describeValue(value)}`);
      continue;
    }
    side.index.set(id, side.ids.length);
    side.ids.push(id);
    side.abc.push(abcState);
    side.xyz.push(xyzState);
    side.values.push(value ?? 0);
    side.names.push(typeof name === 'string' ? name : null);
    side.owners.push(typeof owner === 'string' ? owner : null);
  }
  return side;
}
