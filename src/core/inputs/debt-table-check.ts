import type * as z from '../internal/z.js';
import { dateProblem, parseDate, parseMonth, type DayNumber } from '../dates.js';
import { describeValue } from '../errors.js';
import { amountProblem, parseAmount } from '../numbers.js';

// The row check the element runs. The schema of a row (debt-table.schema.ts) documents the
// input and generates the published JSON Schema; validating 20 000 rows with their
// charges, payments and invoices through it takes about a second, so the element reads rows
// with this hand-written equivalent: the same rules, paths and messages (a browser test
// compares the two on bad rows). It also normalises the row, once.

/** A row as the element uses it: amounts as numbers, display dates as day numbers, months as month numbers. */
export interface RowData {
  id: string;
  name: string;
  department: string | null;
  owner: string;
  debt: number;
  charges: { month: number; amount: number }[] | null;
  debtMonths: number[] | null;
  unconfirmedMonths: number[] | null;
  lastPayment: { date: DayNumber | null; amount: number | null } | null;
  lastUpdate: DayNumber | null;
  lastLogin: DayNumber | null;
  lastMonthCharge: number | null;
  plan: number | null;
  advance: number | null;
  fact: number | null;
  /** Payments with their dates as day numbers. */
  payments: { day: DayNumber; amount: number | null }[] | null;
  /** Kept as written (due dates as strings) for `agingBuckets`. */
  invoices:
    { id: string; date: DayNumber | null; dueDate: string; amount: number; paid: number | null }[] | null;
}

type Path = (string | number)[];
type Issue = [Path, string];
/** Reads `v`, found at `[...at, key]`; an issue builds its path only when there is one. */
type Reader<T> = (v: unknown, at: Path, key: string | number, out: Issue[]) => T;

const EMPTY_DATE = 'expected a date, got the empty date 0001-01-01';
const KINDS: Record<string, string> = { object: 'an object', array: 'an array', string: 'a string' };

const typeIssue = (v: unknown, kind: string) =>
  v === undefined ? `missing (expected ${KINDS[kind]})` : `expected ${KINDS[kind]}, got ${describeValue(v)}`;

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Pushes an issue at `[...at, key]` (`key` '' for `at` itself). */
const fail = (out: Issue[], at: Path, key: string | number, message: string) =>
  out.push([key === '' ? at : [...at, key], message]);

// Dates and months repeat across rows: each distinct string is read once.
const memo = <T>(read: (s: string) => T) => {
  const cache = new Map<string, T>();
  return (s: string): T => {
    let r = cache.get(s);
    if (r === undefined && !cache.has(s)) {
      if (cache.size > 50_000) cache.clear();
      cache.set(s, (r = read(s)));
    }
    return r as T;
  };
};
/** A date string: its day number (null for the 1C empty date) or its problem. */
const readDate = memo((s): { day: DayNumber | null } | string => dateProblem(s) ?? { day: parseDate(s) });
/** A month string: its month number or its problem (as the schema words it). */
const readMonth = memo((s): number | string => {
  try {
    return parseMonth(s);
  } catch (e) {
    return (e as Error).message.replace(/^[^:]*: /, '');
  }
});

const str: Reader<string> = (v, at, key, out) => {
  if (typeof v !== 'string') fail(out, at, key, typeIssue(v, 'string'));
  return v as string;
};

const id: Reader<string> = (v, at, key, out) => {
  if (typeof v === 'string' ? v === '' : !(typeof v === 'number' && Number.isFinite(v))) {
    fail(
      out,
      at,
      key,
      v === ''
        ? 'expected a non-empty string'
        : `expected a non-empty string or number id, got ${describeValue(v)}`,
    );
  }
  return String(v);
};

const amount: Reader<number> = (v, at, key, out) => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const problem = amountProblem(v);
  if (problem) fail(out, at, key, problem);
  return problem ? 0 : parseAmount(v);
};

const nonNegative: Reader<number> = (v, at, key, out) => {
  const n = amount(v, at, key, out);
  if (n < 0) fail(out, at, key, `expected a value of 0 or more, got ${n}`);
  return n;
};

const date: Reader<DayNumber | null> = (v, at, key, out) => {
  const r = typeof v === 'string' ? readDate(v) : typeIssue(v, 'string');
  if (typeof r === 'string') fail(out, at, key, r);
  return typeof r === 'string' ? null : r.day;
};

/** A date kept as written; the 1C empty date is refused unless `emptyIsNone`. */
const dateText =
  (emptyIsNone: boolean): Reader<string> =>
  (v, at, key, out) => {
    const r = typeof v === 'string' ? readDate(v) : typeIssue(v, 'string');
    if (typeof r === 'string') fail(out, at, key, r);
    else if (r.day === null && !emptyIsNone) fail(out, at, key, EMPTY_DATE);
    return v as string;
  };

/** A required date (not the 1C empty date) as its day number. */
const day: Reader<DayNumber> = (v, at, key, out) => {
  dateText(false)(v, at, key, out);
  const r = typeof v === 'string' ? readDate(v) : null;
  return (r !== null && typeof r === 'object' && r.day) || 0;
};

const month: Reader<number> = (v, at, key, out) => {
  const r = typeof v === 'string' ? readMonth(v) : typeIssue(v, 'string');
  if (typeof r === 'string') fail(out, at, key, r);
  return typeof r === 'string' ? 0 : r;
};

/** `null` and `undefined` are "not sent". */
const optional =
  <T>(read: Reader<T>): Reader<T | null> =>
  (v, at, key, out) =>
    v === undefined || v === null ? null : read(v, at, key, out);

const list =
  <T>(read: Reader<T>): Reader<T[]> =>
  (v, at, key, out) => {
    if (!Array.isArray(v)) {
      fail(out, at, key, typeIssue(v, 'array'));
      return [];
    }
    const here = [...at, key];
    return v.map((x, i) => read(x, here, i, out));
  };

/** An object whose fields `read` takes with `field(reader, name)`. */
const object =
  <T>(
    read: (
      field: <F>(reader: Reader<F>, name: string) => F,
      o: Record<string, unknown>,
      out: Issue[],
      here: Path,
    ) => T,
  ): Reader<T> =>
  (v, at, key, out) => {
    if (!isObject(v)) {
      fail(out, at, key, typeIssue(v, 'object'));
      return null as T;
    }
    const here = key === '' ? at : [...at, key];
    return read((reader, name) => reader(v[name], here, name, out), v, out, here);
  };

/**
 * Issues for every id that repeats an earlier one in `items` (compared as strings),
 * with the message of the core's own check.
 */
export function duplicateIds(items: readonly unknown[], field: string): Issue[] {
  const seen = new Map<string, number>();
  const out: Issue[] = [];
  items.forEach((item, i) => {
    const raw = isObject(item) ? item.id : undefined;
    if (typeof raw !== 'string' && typeof raw !== 'number') return;
    const key = String(raw);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else out.push([[i, 'id'], `duplicate id "${key}" (first at ${field}[${first}])`]);
  });
  return out;
}

const charge = object((f) => ({ month: f(month, 'month'), amount: f(nonNegative, 'amount') }));
const payment = object((f) => ({ day: f(day, 'date'), amount: f(optional(amount), 'amount') }));
const invoice = object((f) => ({
  id: f(id, 'id'),
  date: f(optional(date), 'date'),
  dueDate: f(dateText(true), 'dueDate'),
  amount: f(nonNegative, 'amount'),
  paid: f(optional(nonNegative), 'paid'),
}));
const lastPayment = object((f) => ({ date: f(date, 'date'), amount: f(optional(amount), 'amount') }));
const money = optional(nonNegative);
const months = optional(list(month));

/** Reads one row: the normalised row, and its issues with paths relative to the row. */
export const readRow: Reader<RowData> = object((f, o, out, here) => {
  // Object literals evaluate in order: the issues come in the schema's key order.
  const row: RowData = {
    id: f(id, 'id'),
    name: f(str, 'name'),
    department: f(optional(str), 'department'),
    owner: f(str, 'owner'),
    debt: f(amount, 'debt'),
    charges: f(optional(list(charge)), 'charges'),
    debtMonths: f(months, 'debtMonths'),
    unconfirmedMonths: f(months, 'unconfirmedMonths'),
    lastPayment: f(optional(lastPayment), 'lastPayment'),
    lastUpdate: f(optional(date), 'lastUpdate'),
    lastLogin: f(optional(date), 'lastLogin'),
    lastMonthCharge: f(money, 'lastMonthCharge'),
    plan: f(money, 'plan'),
    advance: f(money, 'advance'),
    fact: f(money, 'fact'),
    payments: f(optional(list(payment)), 'payments'),
    invoices: f(optional(list(invoice)), 'invoices'),
  };
  if (Array.isArray(o.invoices)) {
    for (const [path, message] of duplicateIds(o.invoices, 'invoices'))
      out.push([[...here, 'invoices', ...path], message]);
  }
  return row;
});

/** Rows read by {@link checkRow}, so the element does not read them twice. */
const readRows = new WeakMap<object, RowData>();

/** The normalised row of a raw row that passed {@link checkRow}. */
export function rowData(raw: unknown): RowData {
  return readRows.get(raw as object) ?? readRow(raw, [], '', []);
}

/**
 * A refinement of the whole `rows` array: reads each row (remembering its normalised
 * form), then checks that ids are unique. One refinement for the array, not one per row:
 * the schema's own overhead per element is most of the cost at 20 000 rows.
 */
export function checkRows(rows: unknown[], ctx: z.core.$RefinementCtx<unknown[]>): void {
  if (!Array.isArray(rows)) return;
  const out: Issue[] = [];
  rows.forEach((raw, i) => {
    if (isObject(raw) && readRows.has(raw)) return;
    const issues: Issue[] = [];
    const row = readRow(raw, [i], '', issues);
    if (issues.length === 0) readRows.set(raw as object, row);
    out.push(...issues);
  });
  out.push(...duplicateIds(rows, 'rows'));
  for (const [path, message] of out)
    ctx.addIssue({ code: 'custom', message, path, input: undefined, continue: true });
}
