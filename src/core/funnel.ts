import { describeValue } from './errors.js';
import { booleanOption, enumOption } from './options.js';
import { dealsFunnel } from './funnel-deals.js';
import { isRecord } from './funnel-input.js';
import { stagesFunnel } from './funnel-stages.js';
import { IssueList } from './internal/issues.js';
import { isOptionsObject } from './internal/read.js';
import {
  FUNNEL_MODES,
  type FunnelInput,
  type FunnelMode,
  type FunnelOptions,
  type FunnelResult,
} from './funnel-types.js';

export * from './funnel-types.js';
export { checklist } from './funnel-checklist.js';
export type {
  ChecklistInput,
  ChecklistResult,
  ChecklistStep,
  ChecklistOwner,
  ChecklistStepInput,
} from './funnel-checklist.js';

/**
 * A sales or needs funnel: per stage, how many reached it, the conversion from the
 * previous and the first stage, the drop-off, and (from deals) where deals are open, won
 * and lost, how long they stay, and the same per owner.
 *
 * Input is either aggregated stages `{stages: [{key, label?, count, value?, clients?}]}`
 * or deals with a stage order `{stageOrder, stageLabels?, deals: [{id, stage, status,
 * amount?, owner?, client?, history?, closedAt?}]}`; both may carry a `base` (clients in
 * the pool) and owners (aggregated: `owners: [{owner, base?, stages}]`; deals:
 * `owners: [{owner, base?}]` for bases and order, the deals' `owner` for the figures).
 *
 * The rules (domain.md, "Funnel"):
 * - With deals, a stage's count is the number of deals that reached at least that stage:
 *   an open or lost deal at stage k counts for stages 1..k, a won deal for all of them.
 *   Per stage also: open deals now in it, deals lost at it, won deals closed at it (count,
 *   sum, ids). win rate = won / (won + lost), `null` for 0 / 0.
 * - fromPrevious = count / previous count, fromFirst = count / first count, dropOff =
 *   1 − fromPrevious. The first stage has 1, 1 and 0 (all `null` when it is empty). After
 *   a stage with a count of 0, fromPrevious and dropOff are `null`.
 * - Aggregated counts may rise from one stage to the next (data is data): the result then
 *   has `nonMonotonic: true` and a fromPrevious above 1. With deals this cannot happen.
 * - Time in stage from histories: see {@link StageTime}. History does not change counts:
 *   they follow each deal's stage and status.
 * - shareOfBase = count / base (the `81%` of `570/81% — 348`); clients counts distinct
 *   `client` ids among the deals (`348`), `null` when no deal carries a client.
 * - Checklist mode (`options.mode: 'checklist'`, aggregated input only): independent
 *   steps, count and share of base each, conversion fields `null`, `nonMonotonic` false.
 *   {@link checklist} is the same with step-shaped input and output.
 *
 * Throws one {@link PulseDataError} listing every problem (up to 100): `deals[3].status`,
 * `deals[5].stage` (not in stageOrder), `stages[2].count` (negative or not whole),
 * duplicate stage keys and deal ids, `options.mode`.
 *
 * @example
 * const r = funnel({ stages: [
 *   { key: 'need', count: 548 }, { key: 'tools', count: 430 },
 *   { key: 'effect', count: 330 }, { key: 'confirmed', count: 179 },
 * ] });
 * r.stages[1].fromPrevious; // 0.7847 (430 / 548)
 * r.stages[3].fromFirst; // 0.3266 (179 / 548)
 *
 * @example
 * const r = funnel({
 *   stageOrder: ['contact', 'proposal', 'delivery'],
 *   deals: [
 *     { id: 1, stage: 'proposal', status: 'lost', amount: 707.76 },
 *     { id: 2, stage: 'contact', status: 'won', amount: 1000 },
 *   ],
 * });
 * r.stages.map((s) => s.count); // [2, 2, 1]: the won deal counts for every stage
 * r.winRate; // 0.5
 */
export function funnel(input: FunnelInput, options: FunnelOptions = {}): FunnelResult {
  const issues = new IssueList();
  const opts = isOptionsObject(options, 'options', issues) ? options : undefined;
  const mode = issues.read<FunnelMode>(
    () => enumOption(opts, 'mode', Object.values(FUNNEL_MODES), 'funnel'),
    'funnel',
  );
  const withIds = issues.read(() => booleanOption(opts, 'ids', true), true);
  let result: FunnelResult | null = null;
  if (!isRecord(input)) {
    issues.add(
      '',
      `expected an object with stages, or with stageOrder and deals, got ${describeValue(input)}`,
    );
  } else if (input.deals !== undefined || input.stageOrder !== undefined) {
    if (input.stages !== undefined)
      issues.add('', 'expected either stages, or stageOrder and deals, not both');
    else if (mode === 'checklist')
      issues.add('options.mode', `'checklist' needs aggregated stages, not deals`);
    else result = dealsFunnel(input, withIds, issues);
  } else {
    result = stagesFunnel(input, mode, issues);
  }
  issues.throwIfAny();
  return result!;
}
