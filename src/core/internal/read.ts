import { describeValue } from '../errors.js';
import { amountProblem, parseAmount } from '../numbers.js';
import type { IssueList } from './issues.js';

// Field readers shared by the core functions that validate by hand: each records its
// problem in an IssueList and returns a fallback, so reading goes on to the next field.

/**
 * Checks that `options` is an object, or absent (false, no issue); records an issue at
 * `path` otherwise.
 */
export function isOptionsObject(
  options: unknown,
  path: string,
  issues: IssueList,
): options is Record<string, unknown> {
  if (options === undefined) return false;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    issues.add(path, `expected an object, got ${describeValue(options)}`);
    return false;
  }
  return true;
}

/**
 * An optional string field of `label[i]`: the string, or `null` when missing; records an
 * issue and gives `null` for anything else. The path is only built for an issue.
 */
export function readText(
  v: unknown,
  label: string,
  i: number,
  field: string,
  issues: IssueList,
): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  issues.add(`${label}[${i}].${field}`, `expected a string, got ${describeValue(v)}`);
  return null;
}

/**
 * A number string (or a bad value) by the input rules of parseAmount; records the issue
 * at `path` and gives 0 for a bad one. Never -0.
 */
export function readAmount(v: unknown, path: string, issues: IssueList): number {
  const problem = amountProblem(v);
  if (problem === null) return parseAmount(v) || 0;
  issues.add(path, problem);
  return 0;
}
