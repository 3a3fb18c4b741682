import { describeValue, PulseDataError, type PulseIssue } from './errors.js';
import { amountProblem, parseAmount } from './numbers.js';

// Field readers shared by the funnel modules. They record problems in an IssueList
// instead of throwing, so one PulseDataError can list every problem of the input.

/** Most issues one error lists; the rest are summed up in a last issue. */
const MAX_ISSUES = 100;

/** Collects issues so one {@link PulseDataError} can list them all. */
export class IssueList {
  private readonly list: PulseIssue[] = [];
  private more = 0;

  get size(): number {
    return this.list.length + this.more;
  }

  add(path: string, message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ path, message });
    else this.more++;
  }

  /** Runs a reader that throws; records its issues and returns the fallback. */
  read<T>(reader: () => T, fallback: T): T {
    try {
      return reader();
    } catch (e) {
      if (!(e instanceof PulseDataError)) throw e;
      for (const issue of e.issues) this.add(issue.path, issue.message);
      return fallback;
    }
  }

  throwIfAny(): void {
    if (this.list.length === 0) return;
    const list =
      this.more > 0 ? [...this.list, { path: '', message: `and ${this.more} more issue(s)` }] : this.list;
    throw new PulseDataError(list);
  }
}

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A key or id: a non-empty string, or a finite number turned into a string; else `null`. */
export function keyOf(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
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

/** Reads an optional label: a string, or nothing. */
export function readLabel(value: unknown, path: string, issues: IssueList): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  issues.add(path, `expected a string, got ${describeValue(value)}`);
  return null;
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

/** Checks `options` is an object (or absent); records an issue otherwise. */
export function optionsObject(options: unknown, issues: IssueList): Record<string, unknown> | undefined {
  if (options === undefined) return undefined;
  if (isRecord(options)) return options;
  issues.add('options', `expected an object, got ${describeValue(options)}`);
  return undefined;
}
