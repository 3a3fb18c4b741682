import { PulseDataError, type PulseIssue } from '../errors.js';
import { keepShape } from './shapes.js';

// The issue collector of every core function that validates by hand: problems are
// recorded, not thrown, so one PulseDataError lists every problem of the input.

/** Most issues one error lists; past it, a last issue says so and reading stops. */
export const MAX_ISSUES = 100;

/** The message of the last issue of a list that went past {@link MAX_ISSUES}. */
const STOPPED = `more than ${MAX_ISSUES} issues; reading stopped`;

/**
 * Collects issues in input order, up to {@link MAX_ISSUES}, and throws them as one
 * {@link PulseDataError}. The issue after the last one kept is replaced by a closing
 * "more than 100 issues" entry and sets `full`: loops over rows check it and stop, so a
 * million bad rows cost a hundred messages, not a million.
 */
export class IssueList {
  private readonly list: PulseIssue[] = [];
  /** True once more than MAX_ISSUES issues came: callers stop reading input. */
  full = false;

  /** Issues listed so far (the closing entry included): grows when a row adds one. */
  get size(): number {
    return this.list.length;
  }

  add(path: string, message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ path, message });
    else if (!this.full) {
      this.full = true;
      this.list.push({ path: '', message: STOPPED });
    }
  }

  /**
   * Runs a reader that throws a PulseDataError (the option readers of options.ts);
   * records its issues and returns the fallback. `prefix` replaces a leading `options`
   * in their paths (`options.abc.thresholds` for a nested options object).
   */
  read<T>(reader: () => T, fallback: T, prefix = 'options'): T {
    try {
      return reader();
    } catch (e) {
      if (!(e instanceof PulseDataError)) throw e;
      for (const issue of e.issues) {
        this.add(
          prefix === 'options' ? issue.path : issue.path.replace(/^options(?=\.)/, prefix),
          issue.message,
        );
      }
      return fallback;
    }
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new PulseDataError(this.list);
  }
}

// Kept (see keepShape): the row loops test `issues.full`.
keepShape(new IssueList());
