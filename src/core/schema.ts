import * as z from './internal/z.js';
import { amountProblem, parseAmount } from './numbers.js';
import { dateProblem, monthProblem, parseDate, parseMonth, type DayNumber } from './dates.js';
import { describeValue, joinPath, PulseDataError, type PulseIssue } from './errors.js';

// One schema per input gives three things: the TypeScript type (z.output), runtime
// validation with messages that name the path, and the published JSON Schema
// (z.toJSONSchema, run at build time by scripts/schemas.mjs). `z` is the in-house
// internal/z.ts: zod/mini's call shapes and messages at a fraction of its weight.

/**
 * A parse step after a type check: `read` gives the value, or a problem (a string: the
 * core's own message, as parseAmount or parseDate would throw it), which is an issue.
 */
function parsedBy<I, O extends number | null>(read: (value: I) => O | string) {
  return z.transform((v: I, ctx): O => {
    const r = read(v);
    if (typeof r === 'string') {
      ctx.issues.push({ code: 'custom', message: r, input: v });
      return z.NEVER;
    }
    return r;
  });
}

/** `read` once per distinct string: dates and months repeat across thousands of rows. */
function memo<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let r = cache.get(text);
    if (r === undefined && !cache.has(text)) {
      if (cache.size >= 10_000) cache.clear();
      cache.set(text, (r = read(text)));
    }
    return r as T;
  };
}

/** A date string: its problem, or its day number (`null`: the 1C empty date). */
const readDate = memo((v): string | DayNumber | null => dateProblem(v) ?? parseDate(v));
/** A month string: its problem (without the "month:" prefix), or its month number. */
const readMonth = memo((v): string | number => monthProblem(v)?.replace(/^[^:]*: /, '') ?? parseMonth(v));
const EMPTY_DATE = 'expected a date, got the empty date 0001-01-01';

/** An amount: a JSON number or a Russian/plain number string, normalised to a number. */
export const amount = () =>
  z.pipe(
    z.union([z.number(), z.string()], { error: (iss) => amountProblem(iss.input) ?? undefined }),
    // The union let through finite numbers only: they are amounts as they are.
    parsedBy<number | string, number>((v) =>
      typeof v === 'number' ? v : (amountProblem(v) ?? parseAmount(v)),
    ),
  );

/** An amount that must not be negative (a negative value is a data error). */
export const nonNegativeAmount = () =>
  z.pipe(
    amount(),
    parsedBy<number, number>((v) => (v < 0 ? `expected a value of 0 or more, got ${v}` : v)),
  );

/** A date string by the strict rules; the 1C empty date becomes `null`. */
export const date = () =>
  z.pipe(
    z.string({ error: (iss) => dateProblem(iss.input) ?? undefined }),
    parsedBy<string, DayNumber | null>(readDate),
  );

/** A date that must be present (the 1C empty date is refused). */
export const requiredDate = () =>
  z.pipe(
    date(),
    parsedBy<DayNumber | null, DayNumber>((v) => (v === null ? EMPTY_DATE : v)),
  );

/**
 * A date string checked by the strict rules and kept as written, for core functions that
 * parse dates themselves (`paymentDays`, `agingBuckets`, the funnel's history). The 1C
 * empty date `0001-01-01` is refused unless `emptyIsNone` (then it means "no date").
 */
export const dateText = (emptyIsNone = false) =>
  z.string({ error: (iss) => dateProblem(iss.input) ?? undefined }).check(
    z.superRefine((v, ctx) => {
      const r = readDate(v);
      if (typeof r === 'string') ctx.addIssue({ code: 'custom', message: r, input: v });
      else if (!emptyIsNone && r === null) ctx.addIssue({ code: 'custom', message: EMPTY_DATE, input: v });
    }),
  );

/** An optional field that may also be `null` (hosts send either for "absent"). */
export const optional = <T extends z.ZodMiniType>(type: T) => z.optional(z.nullable(type));

/** A month (`YYYY-MM`, `MM.YYYY` or any date), as `year * 12 + month - 1`. */
export const month = () =>
  z.pipe(
    z.string({ error: (iss) => monthProblem(iss.input) ?? undefined }),
    parsedBy<string, number>(readMonth),
  );

/** A non-empty id: a string, or a number turned into a string. */
export const id = () =>
  z.pipe(
    z.union([z.string().check(z.minLength(1)), z.number()], {
      error: (iss) => `expected a non-empty string or number id, got ${describeValue(iss.input)}`,
    }),
    z.transform((v) => String(v)),
  );

const ARTICLE: Record<string, string> = {
  array: 'an array',
  object: 'an object',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  int: 'an integer',
};

type ZodIssue = z.core.$ZodIssue & { input?: unknown };

/** Turns schema issues into {@link PulseIssue}s with messages that say what was received. */
export function toIssues(issues: readonly ZodIssue[], prefix: readonly PropertyKey[] = []): PulseIssue[] {
  return issues.map((issue) => ({
    path: joinPath([...prefix, ...issue.path]),
    message: missingWording(messageOf(issue)),
  }));
}

/** "expected X, got undefined" (a field not sent) reads "missing (expected X)", as elsewhere. */
function missingWording(message: string): string {
  // A message may quote an inner one after its path: "[0].min: expected a number, got undefined".
  const m = /^((?:\S+: )?)expected (.*), got undefined$/.exec(message);
  return m ? `${m[1]}missing (expected ${m[2]})` : message;
}

function messageOf(issue: ZodIssue): string {
  const got = describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return `missing (expected ${ARTICLE[issue.expected!] ?? issue.expected})`;
      return `expected ${ARTICLE[issue.expected!] ?? issue.expected}, got ${got}`;
    case 'invalid_value':
      return `expected one of ${issue.values!.map((v) => JSON.stringify(v)).join(', ')}, got ${got}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${issue.minimum} item(s)`
        : issue.origin === 'string'
          ? `expected a non-empty string`
          : `expected ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}, got ${got}`;
    case 'too_big':
      return `expected ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}, got ${got}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid value ${got}`;
  }
}

/** The outcome of {@link validate}: the usable value, and every issue found. */
export type Validated<T> =
  { ok: true; value: T; issues: PulseIssue[]; dropped: number } | { ok: false; issues: PulseIssue[] };

/**
 * Validates host input against a schema. Lenient by design: an invalid element of an
 * array (a row, a slice, a client) is left out and reported, the rest is returned, so a
 * widget renders the valid part and says what was left out. An issue outside any array
 * element (a wrong type at the top, a bad `asOf`) makes the whole input invalid.
 *
 * @example
 * const r = validate(schema, { gains: [{ key: 'a', value: 'abc' }, { key: 'b', value: 2 }] });
 * // r.ok === true, r.value.gains has 'b' only, r.issues[0].path === 'gains[0].value'
 */
export function validate<S extends z.ZodMiniType>(schema: S, data: unknown): Validated<z.output<S>> {
  const first = schema.safeParse(data, { reportInput: true });
  if (first.success) return { ok: true, value: first.data as z.output<S>, issues: [], dropped: 0 };
  const issues = toIssues(first.error.issues as ZodIssue[]);
  const drops = new Map<string, { path: PropertyKey[]; indices: Set<number> }>();
  for (const issue of first.error.issues) {
    const at = issue.path.findIndex((s) => typeof s === 'number');
    if (at < 0 || !isArrayAt(data, issue.path.slice(0, at))) return { ok: false, issues };
    const arrayPath = issue.path.slice(0, at);
    const key = JSON.stringify(arrayPath);
    const entry = drops.get(key) ?? { path: arrayPath, indices: new Set<number>() };
    entry.indices.add(issue.path[at] as number);
    drops.set(key, entry);
  }
  let pruned = data;
  let dropped = 0;
  for (const { path, indices } of drops.values()) {
    pruned = removeAt(pruned, path, indices);
    dropped += indices.size;
  }
  const second = schema.safeParse(pruned, { reportInput: true });
  if (!second.success) return { ok: false, issues };
  return { ok: true, value: second.data as z.output<S>, issues, dropped };
}

function isArrayAt(data: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = data;
  for (const s of path)
    node = node != null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[s] : undefined;
  return Array.isArray(node);
}

// Copies only the objects along the path; the host's data is never mutated.
function removeAt(node: unknown, path: readonly PropertyKey[], indices: Set<number>): unknown {
  if (path.length === 0) return Array.isArray(node) ? node.filter((_, i) => !indices.has(i)) : node;
  if (node === null || typeof node !== 'object') return node;
  const [head, ...rest] = path;
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[head as number] = removeAt(copy[head as number], rest, indices);
    return copy;
  }
  const copy: Record<PropertyKey, unknown> = {};
  for (const k of Object.keys(node)) {
    Object.defineProperty(copy, k, {
      value: (node as Record<string, unknown>)[k],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  copy[head] = removeAt((node as Record<PropertyKey, unknown>)[head], rest, indices);
  return copy;
}

/**
 * Strict validation for the core's functions: returns the parsed value or throws one
 * {@link PulseDataError} listing every issue.
 */
export function parseOrThrow<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
  prefix: readonly PropertyKey[] = [],
): z.output<S> {
  const r = schema.safeParse(data, { reportInput: true });
  if (!r.success) throw new PulseDataError(toIssues(r.error.issues as ZodIssue[], prefix));
  return r.data as z.output<S>;
}
