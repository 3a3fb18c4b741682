import * as z from '../internal/z.js';
import { amount, id } from '../schema.js';

/** What the values measure: money (revenue, gross profit) or a count of sales documents. */
export const ABC_XYZ_MEASURES = ['revenue', 'profit', 'documents'] as const;
export type AbcXyzMeasure = (typeof ABC_XYZ_MEASURES)[number];

const row = z.object({
  id: id(),
  name: z.optional(z.nullable(z.string())),
  owner: z.optional(z.nullable(z.string())),
  values: z.array(amount()),
  everPurchased: z.optional(z.boolean()),
});

/** A period label: a string such as `"2024-01"` or a number, kept as a string. */
const period = z.pipe(
  z.union([z.string().check(z.minLength(1)), z.number()]),
  z.transform((v) => String(v)),
);

/**
 * Each row must have one value per period, and ids must be unique. The check runs on the
 * first pass too (`when`), on the raw input, so such a row is listed and left out together
 * with rows holding bad values, and the paths still point into the host's data. `label` is
 * where the rows are, for the message about a duplicate id.
 */
const rowChecks = (label: string) =>
  z.superRefine<{ periods: unknown; rows: unknown }>(
    (value, ctx) => {
      // Runs on the raw input (`when`), which may be anything: null, a number, a string.
      if (value === null || typeof value !== 'object') return;
      const { periods, rows } = value;
      if (!Array.isArray(rows)) return;
      const seen = new Map<string, number>();
      rows.forEach((r: unknown, i) => {
        if (r === null || typeof r !== 'object') return;
        const { id, values } = r as { id?: unknown; values?: unknown };
        if ((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id))) {
          const first = seen.get(String(id));
          if (first === undefined) seen.set(String(id), i);
          else {
            ctx.addIssue({
              code: 'custom',
              path: ['rows', i, 'id'],
              message: `duplicate id ${JSON.stringify(String(id))}, also at ${label}[${first}]`,
              input: id,
            });
          }
        }
        if (!Array.isArray(periods) || !Array.isArray(values) || values.length === periods.length) return;
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i, 'values'],
          message: `expected one value per period (${periods.length} periods), got ${values.length}`,
          input: values,
        });
      });
    },
    { when: () => true },
  );

const previous = z.object({ periods: z.array(period), rows: z.array(row) }).check(rowChecks('previous.rows'));

/**
 * Input of `<pulse-abc-xyz-matrix>`: clients (or products) with one value per period of
 * the analysis, optionally the previous analysis (for the transition matrices), and what
 * the values measure (`revenue` by default). Values are JSON numbers or number strings
 * (`"1 234,56"`); a row whose `values` has not one value per period, or whose id repeats an earlier row's, is left
 * out and listed.
 *
 * @example
 * { "periods": ["2024-01", "2024-02", "2024-03"],
 *   "rows": [{"id": "c1", "name": "Новосибирскэнергосбыт", "values": [500, 500, 500]},
 *            {"id": "c8", "name": "Трестник", "values": [0, 0, 0], "everPurchased": false}] }
 */
export const schema = z
  .object({
    periods: z.array(period),
    rows: z.array(row),
    previous: z.optional(previous),
    measure: z.optional(z.enum(ABC_XYZ_MEASURES)),
  })
  .check(rowChecks('rows'));

/** The validated input (amounts normalised to numbers, ids and periods to strings). */
export type AbcXyzMatrixInput = z.output<typeof schema>;
/** The JSON a host sends. */
export type AbcXyzMatrixData = z.input<typeof schema>;
/** One client row of the input. */
export type AbcXyzMatrixRow = AbcXyzMatrixInput['rows'][number];
