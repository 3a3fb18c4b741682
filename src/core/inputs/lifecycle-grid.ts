import * as z from '../internal/z.js';
import { amountProblem } from '../numbers.js';
import { dateProblem } from '../dates.js';
import { describeValue } from '../errors.js';
import { id } from '../schema.js';

// The clients are checked here but not converted: lifecycleSegments reads the same strings
// (dates, "1 234,56" amounts) itself, so a bad value is named by the schema's path
// (`clients[3].purchases[1]`) and the client is left out and listed, while the valid
// clients still render.

/** A date string by the strict input rules, kept as written. */
const dateText = () =>
  z.string({ error: (iss) => dateProblem(iss.input) ?? undefined }).check(
    z.check<string>((ctx) => {
      const problem = dateProblem(ctx.value);
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, continue: true });
    }),
  );

/**
 * An amount (a number or a number string), kept as written. Any value reaches the check (not
 * a type check that aborts), so a bad amount of a `{date, amount}` purchase is named at its
 * own path (`purchases[1].amount`), not as a purchase of the wrong shape.
 */
const amountText = () =>
  z.custom<number | string>().check(
    z.check<number | string>((ctx) => {
      const problem = amountProblem(ctx.value);
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, continue: true });
    }),
    z.meta({
      type: ['number', 'string'],
      description: 'An amount: a number or a string such as "1 234,56".',
    }),
  );

const purchase = z.union(
  [dateText(), z.object({ date: dateText(), amount: z.optional(z.nullable(amountText())) })],
  {
    error: (iss) =>
      typeof iss.input === 'string'
        ? (dateProblem(iss.input) ?? undefined)
        : `expected a date or {date, amount}, got ${describeValue(iss.input)}`,
  },
);

const client = z.object({
  id: id(),
  name: z.optional(z.nullable(z.string())),
  owner: z.optional(z.nullable(z.string())),
  purchases: z.array(purchase),
});

/** The nine segments by number, or `'potential'` (clients without purchases). */
const segmentKey = z.union([z.number().check(z.int(), z.gte(1), z.lte(9)), z.literal('potential')], {
  error: (iss) => `expected a segment number 1..9 or "potential", got ${describeValue(iss.input)}`,
});

const count = z
  .number({ error: (iss) => `expected a count, got ${describeValue(iss.input)}` })
  .check(z.int(), z.gte(0));

const precomputed = z.object({
  segment: segmentKey,
  count,
  ids: z.optional(z.array(id())),
});

/**
 * Input of `<pulse-lifecycle-grid>`, one of two forms:
 * - `{asOf, clients}`: clients with their purchase dates (or `{date, amount}`); the element
 *   runs `lifecycleSegments`. Dates are `YYYY-MM-DD`, ISO date-times or `DD.MM.YYYY`
 *   (strict: 31.02.2024 is an error); amounts are numbers or strings like `"1 234,56"`.
 * - `{segments}` (with an optional `asOf` for the heading and `potential`): counts a host
 *   computed server-side, `segment` being 1..9 as in the source or `"potential"`.
 *
 * @example
 * { "asOf": "2024-06-30",
 *   "clients": [{"id": "a", "name": "Нео-Пак, ООО", "owner": "Орлов А.", "purchases": ["2024-06-20"]}] }
 * @example
 * { "asOf": "26.05.2015", "segments": [{"segment": 1, "count": 3}, {"segment": 7, "count": 17, "ids": ["..."]}] }
 */
export const schema = z
  .object({
    asOf: z.optional(dateText()),
    clients: z.optional(z.array(client)),
    segments: z.optional(z.array(precomputed)),
    potential: z.optional(z.object({ count, ids: z.optional(z.array(id())) })),
  })
  .check(
    z.describe(
      'Input JSON of <pulse-lifecycle-grid>: either {asOf, clients} (purchase histories; asOf required) ' +
        'or {segments, potential?, asOf?} (counts computed by the host), not both.',
    ),
    z.check((ctx) => {
      const v = ctx.value;
      const push = (message: string, path: PropertyKey[] = []) =>
        ctx.issues.push({ code: 'custom', message, input: v, path });
      if (v.clients && v.segments) push('expected either clients (with asOf) or segments, not both');
      else if (!v.clients && !v.segments) push('expected clients (with asOf) or precomputed segments');
      else if (v.clients && v.asOf === undefined)
        push('missing (the analysis date is required with clients)', ['asOf']);
      else if (v.clients && v.potential)
        push('computed from clients: send it with segments only', ['potential']);
    }),
  );

/** The validated input (ids as strings; dates and amounts as written). */
export type LifecycleGridInput = z.output<typeof schema>;
/** The JSON a host sends. */
export type LifecycleGridData = z.input<typeof schema>;
