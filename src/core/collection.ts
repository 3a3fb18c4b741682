import * as z from './internal/z.js';
import { describeValue } from './errors.js';
import { kpiOf, sortedKeys, sum, Totals, totalsOf } from './internal/collection-totals.js';
import { uniqueIds } from './internal/unique-ids.js';
import { id, nonNegativeAmount, parseOrThrow } from './schema.js';

/**
 * One KPI step: from this collection ratio on (inclusive), the KPI is `kpi`.
 *
 * @example { from: 0.85, kpi: 0.2 }
 */
export interface CollectionKpiStep {
  /** Lowest ratio of the step, as a fraction. @example 0.75 */
  from: number;
  /** KPI value of the step. @example 0.1 */
  kpi: number;
}

/**
 * The source's KPI of collection: below 75% -> 0; 75% to 84.99% -> 0.1; 85% and more -> 0.2.
 *
 * @example collectionKpi(fact, plan, DEFAULT_KPI_STEPS)
 */
export const DEFAULT_KPI_STEPS: readonly Readonly<CollectionKpiStep>[] = Object.freeze([
  Object.freeze({ from: 0, kpi: 0 }),
  Object.freeze({ from: 0.75, kpi: 0.1 }),
  Object.freeze({ from: 0.85, kpi: 0.2 }),
]);

/**
 * Collection ratio and its KPI step.
 *
 * @example { ratio: 0.9053, kpi: 0.2 }
 */
export interface CollectionKpi {
  /** fact / plan, unrounded; `null` when the plan is 0. */
  ratio: number | null;
  /** KPI of the highest step whose `from` <= ratio (0 below the first step); `null` when the plan is 0. */
  kpi: number | null;
}

const stepsSchema = z.array(z.object({ from: z.number(), kpi: z.number() })).check(
  z.minLength(1),
  // Runs even when a step has another issue, so one error lists them all.
  z.superRefine(
    (steps, ctx) => {
      if (!Array.isArray(steps)) return;
      const from = (i: number): unknown =>
        steps[i] !== null && typeof steps[i] === 'object' ? steps[i].from : undefined;
      for (let i = 1; i < steps.length; i++) {
        const a = from(i - 1);
        const b = from(i);
        if (typeof a === 'number' && typeof b === 'number' && !(b > a)) {
          ctx.issues.push({
            code: 'custom',
            message: `expected more than the previous step's from ${a}, got ${b}`,
            input: b,
            path: [i, 'from'],
          });
        }
      }
    },
    { when: () => true },
  ),
);

const kpiInput = z.object({
  fact: nonNegativeAmount(),
  plan: nonNegativeAmount(),
  steps: z.optional(z.nullable(stepsSchema)),
});

/**
 * Collection KPI: ratio = fact / plan, then the KPI of the highest step whose `from` <=
 * the unrounded ratio (tolerance 1e-9): by default < 0.75 -> 0, [0.75, 0.85) -> 0.1,
 * >= 0.85 -> 0.2. A ratio below the first step gives 0. Plan 0 -> `{ratio: null, kpi: null}`.
 *
 * @param fact - Payments received; a number or a number string, 0 or more.
 * @param plan - The base of the month (charges due); 0 or more.
 * @param steps - Ascending steps `[{from, kpi}]`; default {@link DEFAULT_KPI_STEPS}.
 * @throws {PulseDataError} listing every issue: `fact`, `plan`, `steps[1].from`.
 *
 * @example collectionKpi(238539, 263492) // { ratio: 0.90530..., kpi: 0.2 }
 * @example collectionKpi(84.99, 100) // { ratio: 0.8499, kpi: 0.1 }
 * @example collectionKpi(0, 0) // { ratio: null, kpi: null }
 */
export function collectionKpi(
  fact: number | string,
  plan: number | string,
  steps?: readonly CollectionKpiStep[] | null,
): CollectionKpi {
  // Fast path for a table of thousands of rows: plain numbers, default steps.
  if (isPlainAmount(fact) && isPlainAmount(plan) && (steps === undefined || steps === null)) {
    return kpiOf(fact, plan, DEFAULT_KPI_STEPS);
  }
  const input = parseOrThrow(kpiInput, { fact, plan, steps });
  return kpiOf(input.fact, input.plan, input.steps ?? DEFAULT_KPI_STEPS);
}

function isPlainAmount(v: unknown): v is number {
  return typeof v === 'number' && v >= 0 && v !== Infinity;
}

/**
 * One row of {@link collection}: a client's period.
 *
 * @example { id: '777008', owner: 'Калинина М.В.', department: 'СИ', charges: [80213.44], debt: 80213.44, advance: 0, fact: 80213.44 }
 */
export interface CollectionRow {
  /** Unique id of the row (a number is read as its string). @example '777008' */
  id: string | number;
  /** The owner (service engineer, manager); a number is read as its string. @example 'Калинина М.В.' */
  owner?: string | number | null;
  /** The department; a number is read as its string. @example 'Подразделение СИ' */
  department?: string | number | null;
  /** The host's own plan for the period; when sent, `charges` are not summed. @example 263492 */
  plan?: number | string | null;
  /** The period's charges; their sum is the plan. @example [2818, 1150] */
  charges?: readonly (number | string)[] | null;
  /** Debt at the date, shown beside the ratio. @example 80213.44 */
  debt?: number | string | null;
  /** Advance at the date, shown beside the ratio. @example 0 */
  advance?: number | string | null;
  /** Payments received in the period. @example 80213.44 */
  fact: number | string;
}

/**
 * Options of {@link collection}.
 *
 * @example { steps: [{ from: 0, kpi: 0 }, { from: 0.9, kpi: 0.3 }] }
 */
export interface CollectionOptions {
  /** KPI steps for the totals; default {@link DEFAULT_KPI_STEPS}. @example { steps: [{ from: 0, kpi: 0 }, { from: 0.8, kpi: 1 }] } */
  steps?: readonly CollectionKpiStep[];
}

/**
 * A row with its completeness.
 *
 * @example { id: '777017', owner: 'A', department: null, plan: 102000, fact: 0, debt: 0, advance: 0, completeness: 0 }
 */
export interface CollectionRowResult {
  id: string;
  owner: string | null;
  department: string | null;
  /** The plan used: the host's plan, or the sum of the charges. */
  plan: number;
  fact: number;
  /** As sent, `null` when not sent. */
  debt: number | null;
  /** As sent, `null` when not sent. */
  advance: number | null;
  /** fact / plan; `null` when the plan is 0. */
  completeness: number | null;
}

/**
 * Totals of a group of rows: sums, completeness = sum of fact / sum of plan (not the mean
 * of the rows' ratios) and its KPI step.
 *
 * @example { count: 3, plan: 263492, fact: 238539, debt: null, advance: null, completeness: 0.9053, kpi: 0.2, ids: [...] }
 */
export interface CollectionTotal {
  count: number;
  plan: number;
  fact: number;
  /** Sum over the rows that sent a debt; `null` when none did. */
  debt: number | null;
  /** Sum over the rows that sent an advance; `null` when none did. */
  advance: number | null;
  /** Sum of fact / sum of plan; `null` when the plan is 0. */
  completeness: number | null;
  /** KPI step of the completeness; `null` when the plan is 0. */
  kpi: number | null;
  /** Row ids, in input order. */
  ids: string[];
}

/**
 * Result of {@link collection}.
 *
 * @example { rows, owners: [{ owner: 'A', ... }], departments: [{ department: 'СИ', ... }], total }
 */
export interface CollectionResult {
  /** One per input row, in input order. */
  rows: CollectionRowResult[];
  /** Totals per owner, sorted by owner (code-point order), rows without owner last. */
  owners: (CollectionTotal & { owner: string | null })[];
  /** Totals per department, sorted likewise. */
  departments: (CollectionTotal & { department: string | null })[];
  /** The grand total. */
  total: CollectionTotal;
}

const optionalAmount = () => z.optional(z.nullable(nonNegativeAmount()));
const optionalName = () =>
  z.optional(
    z.nullable(
      z.union([z.string(), z.pipe(z.number(), z.transform(String))], {
        error: (iss) => `expected a string or a number, got ${describeValue(iss.input)}`,
      }),
    ),
  );

const collectionInput = z.object({
  rows: z
    .array(
      z
        .object({
          id: id(),
          owner: optionalName(),
          department: optionalName(),
          plan: optionalAmount(),
          charges: z.optional(z.nullable(z.array(nonNegativeAmount()))),
          debt: optionalAmount(),
          advance: optionalAmount(),
          fact: nonNegativeAmount(),
        })
        .check(
          // Runs even when the row has other issues, so one error lists them all.
          z.superRefine(
            (row, ctx) => {
              if (row === null || typeof row !== 'object') return;
              if (
                (row.plan === undefined || row.plan === null) &&
                (row.charges === undefined || row.charges === null)
              ) {
                ctx.issues.push({
                  code: 'custom',
                  message: 'missing (send plan or charges)',
                  input: undefined,
                  path: ['plan'],
                });
              }
            },
            { when: () => true },
          ),
        ),
    )
    .check(uniqueIds('rows')),
  options: z.optional(z.nullable(z.object({ steps: z.optional(stepsSchema) }))),
});

/**
 * Collection completeness of a period: per row fact / plan (the plan is the sum of the
 * period's charges unless the host sends its own), then totals per owner, per
 * department and in all, each as sum of fact / sum of plan with its KPI step. A plan of
 * 0 gives `null`, never 0 or Infinity.
 *
 * @throws {PulseDataError} listing every issue: `rows[3].fact`, `rows[5].id` (duplicate),
 *   `rows[2].plan` (neither plan nor charges), `options.steps[1].from`.
 *
 * @example
 * const r = collection([
 *   { id: 1, owner: 'Аракелян Н.', plan: 263492, fact: 238539 },
 *   { id: 2, owner: 'Калинина М.В.', charges: [102000], fact: 0 },
 * ]);
 * r.owners[0].completeness // 0.9053...
 * r.owners[0].kpi // 0.2
 * r.total.completeness // 238539 / 365492
 */
export function collection(
  rows: readonly CollectionRow[],
  options?: CollectionOptions | null,
): CollectionResult {
  const input = parseOrThrow(collectionInput, { rows, options });
  const steps = input.options?.steps ?? DEFAULT_KPI_STEPS;
  const out: CollectionRowResult[] = [];
  const total = new Totals();
  const owners = new Map<string | null, Totals>();
  const departments = new Map<string | null, Totals>();
  for (const row of input.rows) {
    const plan = row.plan ?? sum(row.charges);
    const result: CollectionRowResult = {
      id: row.id,
      owner: row.owner ?? null,
      department: row.department ?? null,
      plan,
      fact: row.fact,
      debt: row.debt ?? null,
      advance: row.advance ?? null,
      completeness: plan === 0 ? null : row.fact / plan,
    };
    out.push(result);
    total.add(result);
    totalsOf(owners, result.owner).add(result);
    totalsOf(departments, result.department).add(result);
  }
  return {
    rows: out,
    owners: sortedKeys(owners).map((owner) => ({ owner, ...owners.get(owner)!.result(steps) })),
    departments: sortedKeys(departments).map((department) => ({
      department,
      ...departments.get(department)!.result(steps),
    })),
    total: total.result(steps),
  };
}
