import * as z from '../internal/z.js';
import { dateProblem, parseDate } from '../dates.js';
import { describeValue, joinPath } from '../errors.js';
import { amountProblem, parseAmount } from '../numbers.js';
import { amount, id, nonNegativeAmount } from '../schema.js';

// The core (scoreTrafficLights) reads dates itself, so dates stay strings here: they are
// checked by the same strict rules, not converted (5,000 clients x 7 expiry dates).

/** A date string by the strict rules (`YYYY-MM-DD`, ISO date-time, `DD.MM.YYYY`, the 1C empty date). */
const dateText = () =>
  z.string().check(
    z.superRefine((v, ctx) => {
      const problem = dateProblem(v);
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: v });
    }),
  );

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * An object of values by indicator key, read in one loop. A pool has 5,000 clients x 7
 * values: a z.record with a schema per entry costs ~100 ms in a browser, this loop ~2 ms.
 * The same rules and messages as amount() / date(); the JSON Schema is given as metadata.
 * `__proto__` keys are skipped (never an indicator key), so nothing reaches a prototype.
 */
function recordOf<T>(
  kind: 'values' | 'dates',
  read: (v: unknown) => { ok: true; value: T } | { ok: false; message: string },
  json: object,
) {
  return z
    .pipe(
      z.custom<Record<string, unknown>>(isPlainObject, {
        error: (iss) => `expected an object of ${kind} by indicator key, got ${describeValue(iss.input)}`,
      }),
      z.transform((rec, ctx) => {
        const out: Record<string, T | null> = {};
        for (const key of Object.keys(rec)) {
          if (key === '__proto__') continue;
          const v = rec[key];
          if (v === null || v === undefined) {
            out[key] = null;
            continue;
          }
          const r = read(v);
          if (r.ok) out[key] = r.value;
          else ctx.issues.push({ code: 'custom', message: r.message, input: v, path: [key] });
        }
        return out;
      }),
    )
    .check(z.meta(json as Record<string, unknown>));
}

const valueRecord = () =>
  recordOf<number>(
    'values',
    (v) => {
      // Fast path: a finite number (x - x is 0 only for finite x).
      if (typeof v === 'number' && v - v === 0) return { ok: true, value: v };
      const problem = amountProblem(v);
      return problem ? { ok: false, message: problem } : { ok: true, value: parseAmount(v) };
    },
    {
      type: 'object',
      description:
        'Raw value per indicator key: a number, a number string ("1 779", "0,5") or null (no value).',
      additionalProperties: { type: ['number', 'string', 'null'] },
    },
  );

const dateRecord = () =>
  recordOf<string>(
    'dates',
    (v) => {
      const problem = dateProblem(v);
      return problem ? { ok: false, message: problem } : { ok: true, value: v as string };
    },
    {
      type: 'object',
      description:
        'Expiry date per indicator key: YYYY-MM-DD, an ISO date-time or DD.MM.YYYY; null or 0001-01-01 for none.',
      additionalProperties: { type: ['string', 'null'] },
    },
  );

/** A fraction from 0 to 1 (a share or a threshold). */
const fraction = () =>
  z.pipe(
    amount(),
    z.transform((v, ctx): number => {
      if (v < 0 || v > 1) {
        ctx.issues.push({ code: 'custom', message: `expected a share from 0 to 1, got ${v}`, input: v });
        return z.NEVER;
      }
      return v;
    }),
  );

/** A range: the full weight is earned when `min <= value <= max` (inclusive; either may be left out). */
const range = z.object({
  min: z.optional(z.nullable(amount())),
  max: z.optional(z.nullable(amount())),
});

/** A graded step: from `min` on, `earn` x weight is earned (the highest step reached applies). */
const step = z.object({ min: amount(), earn: fraction() });

const steps = z.array(step).check(z.minLength(1));

// A failed union says only "invalid value": name the shape that was meant and what is wrong in it.
const rule = z.union([range, steps], {
  error: (iss) => {
    const input = iss.input;
    const errors = (iss as { errors?: { path: PropertyKey[]; message: string }[][] }).errors;
    const meant = Array.isArray(input)
      ? errors?.[1]
      : input !== null && typeof input === 'object'
        ? errors?.[0]
        : undefined;
    const first = meant?.[0];
    if (!first) return `expected a range {min, max} or steps [{min, earn}], got ${describeValue(input)}`;
    return `${joinPath(first.path) || 'rule'}: ${first.message}`;
  },
});

const indicator = z.object({
  key: z.string().check(
    z.minLength(1),
    z.refine((k) => k !== '__proto__' && k !== 'constructor' && k !== 'prototype', 'this key cannot be used'),
  ),
  label: z.optional(z.string()),
  weight: nonNegativeAmount(),
  rule,
});

/**
 * Every indicator must be valid: dropping one would silently change every score. An issue
 * at `indicators` itself makes the whole input invalid (validation is lenient only for
 * array elements), and duplicate keys are named.
 */
const indicators = z.array(indicator).check(
  z.minLength(1),
  z.check(
    (payload) => {
      const seen = new Map<string, number>();
      const list = payload.value as unknown[];
      list.forEach((ind, i) => {
        const key = ind !== null && typeof ind === 'object' ? (ind as { key?: unknown }).key : undefined;
        if (typeof key !== 'string') return;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, i);
        else
          payload.issues.push({
            code: 'custom',
            message: `duplicate key ${describeValue(key)} (first at indicators[${first}])`,
            input: key,
            path: [i, 'key'],
          });
      });
      if (payload.issues.length > 0) {
        payload.issues.push({
          code: 'custom',
          message: 'every indicator must be valid: the scores depend on all of them',
          input: list,
        });
      }
    },
    { when: (payload) => Array.isArray(payload.value) } as z.core.$ZodCustomParams,
  ),
);

const owner = z.pipe(
  z.union([z.string(), z.number()], {
    error: (iss) => `expected a string or a number, got ${describeValue(iss.input)}`,
  }),
  z.transform((v) => String(v)),
);

const client = z.object({
  id: id(),
  name: z.optional(z.nullable(z.string())),
  owner: z.optional(z.nullable(owner)),
  /** Raw value per indicator key; `null` or a missing key means "no value" (earns 0). */
  values: valueRecord(),
  /** Date per indicator key when what earns it ends. */
  expires: z.optional(z.nullable(dateRecord())),
});

/** A later duplicate of a client id is left out and listed, like any other bad row. */
const clients = z.array(client).check(
  z.check(
    (payload) => {
      const seen = new Map<string, number>();
      (payload.value as unknown[]).forEach((c, i) => {
        const raw = c !== null && typeof c === 'object' ? (c as { id?: unknown }).id : undefined;
        if (typeof raw !== 'string' && typeof raw !== 'number') return;
        const key = String(raw);
        const first = seen.get(key);
        if (first === undefined) seen.set(key, i);
        else
          payload.issues.push({
            code: 'custom',
            message: `duplicate id ${describeValue(key)} (first at clients[${first}])`,
            input: raw,
            path: [i, 'id'],
          });
      });
    },
    { when: (payload) => Array.isArray(payload.value) } as z.core.$ZodCustomParams,
  ),
);

/**
 * Input of `<pulse-traffic-light-pool>` ("Лампочки"): weighted indicators, colour
 * thresholds, the target mix and the clients of the pool with their raw values. Numbers are
 * JSON numbers or number strings (`"1 779"`, `"0,5"`); dates `YYYY-MM-DD` or `DD.MM.YYYY`.
 * A bad client is left out and listed; a bad indicator, threshold or target rejects the input.
 *
 * @example
 * { "asOf": "2024-06-30",
 *   "indicators": [{"key": "activity", "label": "Активность К+", "weight": 0.4, "rule": {"min": 100}},
 *                  {"key": "overhang", "label": "Навес", "weight": 0.1, "rule": {"max": 0}}],
 *   "thresholds": {"yellow": 0.4, "green": 0.7},
 *   "target": {"red": 0.05, "yellow": 0.15, "green": 0.8},
 *   "clients": [{"id": "c1", "name": "Ромашка", "owner": "Сотрудник 1",
 *                "values": {"activity": 1779, "overhang": 0}, "expires": {"overhang": "2024-07-15"}}] }
 */
export const schema = z.object({
  /** Analysis date: "expires soon" counts from it. Without it, expiry dates are not read. */
  asOf: z.optional(
    z.nullable(
      dateText().check(
        z.refine((v) => parseDate(v) !== null, 'expected a date, got the empty date 0001-01-01'),
      ),
    ),
  ),
  indicators,
  /** Lowest yellow and lowest green score (inclusive); defaults 0.4 and 0.7. */
  thresholds: z.optional(z.nullable(z.object({ yellow: z.optional(amount()), green: z.optional(amount()) }))),
  /** Target shares; defaults red 0.05, yellow 0.15, green 0.8. */
  target: z.optional(
    z.nullable(
      z.object({
        red: z.optional(fraction()),
        yellow: z.optional(fraction()),
        green: z.optional(fraction()),
      }),
    ),
  ),
  clients,
});

/** The validated input (numbers normalised, ids and owners as strings). */
export type TrafficLightPoolInput = z.output<typeof schema>;
/** The JSON a host sends. */
export type TrafficLightPoolData = z.input<typeof schema>;
/** One indicator as validated. */
export type PoolIndicatorInput = TrafficLightPoolInput['indicators'][number];
/** One client as validated. */
export type PoolClientInput = TrafficLightPoolInput['clients'][number];
