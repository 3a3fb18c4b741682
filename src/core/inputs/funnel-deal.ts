import type * as z from '../internal/z.js';
import { dateProblem, parseDate } from '../dates.js';
import { describeValue } from '../errors.js';
import { amountProblem, parseAmount } from '../numbers.js';

// The deal check the element runs. The schema of a deal (funnel.schema.ts) documents
// the input and generates the published JSON Schema; validating 50 000 deals with their
// histories through it takes over a second, so the element checks deals with this hand-written
// equivalent instead: the same rules, the same paths, the same messages (a browser test
// compares the two on bad deals). The core parses the values again.

type Ctx = z.core.$RefinementCtx<unknown>;

const STATUSES = new Set(['open', 'won', 'lost']);
const EMPTY_DATE = 'expected a date, got the empty date 0001-01-01';
/** Dates seen in this run: most deals share a few hundred distinct dates. */
const dateCache = new Map<string, string | null>();

function issue(ctx: Ctx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', message, path, continue: true });
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** The message of a required id that is not one, or `null`. */
function idProblem(v: unknown): string | null {
  if (typeof v === 'string') return v === '' ? 'expected a non-empty string' : null;
  if (typeof v === 'number' && Number.isFinite(v)) return null;
  return `expected a non-empty string or number id, got ${describeValue(v)}`;
}

/** Why a value is not a date string; the 1C empty date is one unless `emptyIsNone`. */
function dateTextProblem(v: unknown, emptyIsNone = false): string | null {
  if (typeof v !== 'string')
    return v === undefined ? 'missing (expected a string)' : `expected a string, got ${describeValue(v)}`;
  let problem = dateCache.get(v);
  if (problem === undefined) {
    problem = dateProblem(v);
    if (problem === null && parseDate(v) === null) problem = EMPTY_DATE;
    if (dateCache.size > 10_000) dateCache.clear();
    dateCache.set(v, problem);
  }
  return emptyIsNone && problem === EMPTY_DATE ? null : problem;
}

function amountIssue(v: unknown): string | null {
  if (typeof v === 'number' && v >= 0 && v < Infinity) return null;
  const problem = amountProblem(v);
  if (problem) return problem;
  const n = parseAmount(v);
  return n < 0 ? `expected a value of 0 or more, got ${n}` : null;
}

/** Checks one deal; issues are relative to the deal (`status`, `history[2].date`). */
export function checkDeal(deal: unknown, ctx: Ctx): void {
  if (deal === null || typeof deal !== 'object' || Array.isArray(deal)) {
    issue(ctx, [], `expected an object, got ${describeValue(deal)}`);
    return;
  }
  const d = deal as Record<string, unknown>;
  let p = idProblem(d.id);
  if (p) issue(ctx, ['id'], p);
  p = idProblem(d.stage);
  if (p) issue(ctx, ['stage'], p);
  if (typeof d.status !== 'string' || !STATUSES.has(d.status)) {
    issue(ctx, ['status'], `expected one of "open", "won", "lost", got ${describeValue(d.status)}`);
  }
  if (d.amount !== undefined && d.amount !== null) {
    p = amountIssue(d.amount);
    if (p) issue(ctx, ['amount'], p);
  }
  for (const field of ['owner', 'client']) {
    const v = d[field];
    if (v !== undefined && v !== null) {
      p = idProblem(v);
      if (p) issue(ctx, [field], p);
    }
  }
  const history = d.history;
  if (history !== undefined && history !== null) {
    if (!Array.isArray(history)) issue(ctx, ['history'], `expected an array, got ${describeValue(history)}`);
    else {
      for (let j = 0; j < history.length; j++) {
        const entry: unknown = history[j];
        if (kind(entry) !== 'object') {
          issue(ctx, ['history', j], `expected an object, got ${describeValue(entry)}`);
          continue;
        }
        const e = entry as Record<string, unknown>;
        p = idProblem(e.stage);
        if (p) issue(ctx, ['history', j, 'stage'], p);
        p = dateTextProblem(e.date);
        if (p) issue(ctx, ['history', j, 'date'], p);
      }
    }
  }
  if (d.closedAt !== undefined && d.closedAt !== null) {
    p = dateTextProblem(d.closedAt, true);
    if (p) issue(ctx, ['closedAt'], p);
  }
}
