import { describeValue } from './errors.js';
import { keyOf } from './internal/ids.js';
import type { IssueList } from './internal/issues.js';
import { amountProblem, parseAmount } from './numbers.js';

// Field readers shared by the funnel modules. They record problems in an IssueList
// (internal/issues.ts) instead of throwing, so one PulseDataError can list every problem
// of the input.

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Reads a required key or id; records an issue and returns `null` when it is not one. */
export function readKey(value: unknown, path: string, what: string, issues: IssueList): string | null {
  const key = keyOf(value);
  if (key === null) {
    issues.add(
      path,
      value === undefined
        ? `missing (expected ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what})`
        : `expected a non-empty string or number ${what}, got ${describeValue(value)}`,
    );
  }
  return key;
}

/** Reads an optional key (undefined or null → `null`, no issue). */
export function readOptionalKey(
  value: unknown,
  path: string,
  what: string,
  issues: IssueList,
): string | null {
  return value === undefined || value === null ? null : readKey(value, path, what, issues);
}

/**
 * Reads a whole number of 0 or more (a number, or a number string such as `"570"`).
 * Missing or null is an issue when `required`, else `null` without an issue.
 */
export function readCount(value: unknown, path: string, required: boolean, issues: IssueList): number | null {
  if (value === undefined || value === null) {
    if (required) issues.add(path, 'missing (expected a whole number)');
    return null;
  }
  const n = readNumber(value, path, issues);
  if (n === null) return null;
  if (!Number.isInteger(n)) {
    issues.add(path, `expected a whole number, got ${describeValue(value)}`);
    return null;
  }
  return n;
}

/** Reads an optional non-negative amount (`null` when absent). */
export function readAmount(value: unknown, path: string, issues: IssueList): number | null {
  if (value === undefined || value === null) return null;
  return readNumber(value, path, issues);
}

// A finite number of 0 or more, by the strict input rules of parseAmount.
function readNumber(value: unknown, path: string, issues: IssueList): number | null {
  let n: number;
  if (typeof value === 'number' && Number.isFinite(value)) n = value;
  else {
    const problem = amountProblem(value);
    if (problem) {
      issues.add(path, problem);
      return null;
    }
    n = parseAmount(value);
  }
  if (n < 0) {
    issues.add(path, `expected a value of 0 or more, got ${n}`);
    return null;
  }
  return n;
}
