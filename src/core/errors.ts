/**
 * One problem found in host input: where it is and what is wrong.
 *
 * @example
 * { path: 'gains[2].value', message: 'expected a number, got "abc"' }
 */
export interface PulseIssue {
  /** Dotted path with array indices, e.g. `rows[3].debt`; `''` for the input itself. */
  path: string;
  /** What is wrong, in English, naming the expectation and what was received. */
  message: string;
}

/**
 * The one error the core raises for bad input or bad options. It carries every issue
 * found, not just the first, so a host can show them all.
 *
 * @example
 * try { classifyAbc(items) } catch (e) {
 *   if (e instanceof PulseDataError) console.table(e.issues);
 * }
 */
export class PulseDataError extends Error {
  /** Every issue found, in input order. Never empty. */
  readonly issues: PulseIssue[];

  constructor(issues: PulseIssue[]) {
    const list = issues.length > 0 ? issues : [{ path: '', message: 'invalid input' }];
    super(list.map(formatIssue).join('; '));
    this.name = 'PulseDataError';
    this.issues = list;
  }
}

/** `path: message`, or just the message when the path is empty. */
export function formatIssue(issue: PulseIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/**
 * Joins path segments the way a developer writes them: `rows[3].debt`.
 *
 * @example joinPath(['rows', 3, 'debt']) // 'rows[3].debt'
 */
export function joinPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${String(s)}` : String(s);
  }
  return out;
}

/**
 * A short, safe description of a received value for messages: strings quoted and cut
 * at 40 characters, `null`, `undefined`, arrays and objects named by kind.
 *
 * @example describeValue('abc') // '"abc"'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(cut);
  }
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** Throws a {@link PulseDataError} with a single issue. */
export function fail(path: string, message: string): never {
  throw new PulseDataError([{ path, message }]);
}
