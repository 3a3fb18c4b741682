import * as z from '../internal/z.js';
import { id, nonNegativeAmount, dateText, optional } from '../schema.js';
import { checkFunnel } from './funnel-checks.js';
import { checkDeal } from './funnel-deal.js';

/** A whole number of 0 or more: a JSON number or a number string ("570", "1 234"). */
const count = () =>
  z.pipe(
    nonNegativeAmount(),
    z.transform((v, ctx): number => {
      if (!Number.isInteger(v)) {
        ctx.issues.push({ code: 'custom', message: `expected a whole number, got ${v}`, input: v });
        return z.NEVER;
      }
      return v;
    }),
  );

/** One stage of an aggregated funnel, or one step of a checklist (`count` = steps done). */
const stage = z.object({
  key: id(),
  label: optional(z.string()),
  count: count(),
  value: optional(nonNegativeAmount()),
  clients: optional(count()),
  base: optional(count()),
});

/** One owner's figures of a stage (aggregated input): the stage's key and its figures. */
const ownerStage = z.object({
  key: id(),
  count: count(),
  value: optional(nonNegativeAmount()),
  clients: optional(count()),
  base: optional(count()),
});

/**
 * An owner: with aggregated stages, the owner's `stages` (each funnel stage exactly once);
 * with deals, only `base` (clients in the owner's pool) and the order of the rows.
 */
const owner = z.object({
  owner: id(),
  base: optional(count()),
  stages: z.optional(z.array(ownerStage)),
});

/** The deal entered `stage` on `date`. */
const historyEntry = z.object({ stage: id(), date: dateText() });

/** One deal of the raw (deal-list) form. */
const deal = z.object({
  id: id(),
  stage: id(),
  status: z.enum(['open', 'won', 'lost']),
  amount: optional(nonNegativeAmount()),
  owner: optional(id()),
  client: optional(id()),
  history: optional(z.array(historyEntry)),
  closedAt: optional(dateText(true)),
});

function funnelSchema<D extends z.ZodMiniType>(dealSchema: D) {
  return z
    .object({
      /** ISO 4217 code of the amounts; RUB by default. */
      currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
      /** Clients in the whole pool: gives the share of base of each stage. */
      base: optional(count()),
      stages: z.optional(z.array(stage)),
      stageOrder: z.optional(z.array(id())),
      stageLabels: optional(z.record(z.string(), z.string())),
      deals: z.optional(z.array(dealSchema)),
      owners: optional(z.array(owner)),
    })
    .check(z.superRefine(checkFunnel, { when: () => true }));
}

/**
 * Input of `<pulse-funnel>`, in one of two forms:
 * - aggregated: `stages` with counts in funnel order (also the steps of `mode="checklist"`),
 *   optionally `owners: [{owner, base?, stages}]`;
 * - raw: `stageOrder` (stage keys in funnel order), `stageLabels?`, and `deals` with
 *   `{id, stage, status: 'open' | 'won' | 'lost', amount?, owner?, client?, history?, closedAt?}`,
 *   optionally `owners: [{owner, base?}]`.
 *
 * Counts are whole numbers, amounts non-negative (JSON numbers or strings such as
 * `"1 234,56"`); dates `YYYY-MM-DD`, ISO date-times or `DD.MM.YYYY`. A bad deal or owner
 * row is left out and listed; a bad stage rejects the input (conversions need every stage).
 *
 * @example
 * { "stages": [ {"key": "need", "label": "Потребность выявлена", "count": 548},
 *               {"key": "implemented", "label": "Внедрение проведено", "count": 430} ] }
 */
export const schema = funnelSchema(deal);

/**
 * What the element validates with: {@link schema} with the deals checked by a hand-written
 * equivalent of the deal schema (same rules, paths and messages), fast enough for 50 000
 * deals. Deals pass through as sent; the core normalises them.
 */
export const runtimeSchema = funnelSchema(z.unknown().check(z.superRefine(checkDeal)));

/** The validated input (amounts and counts normalised to numbers, ids to strings). */
export type FunnelWidgetInput = z.output<typeof schema>;
/** What the element computes from: as {@link FunnelWidgetInput}, with the deals as sent. */
export type FunnelRuntimeInput = z.output<typeof runtimeSchema>;
/** The JSON a host sends. */
export type FunnelData = z.input<typeof schema>;
