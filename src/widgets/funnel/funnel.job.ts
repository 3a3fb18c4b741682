import { funnel, type FunnelInput, type FunnelMode } from '../../core/funnel.js';
import { defineJob } from '../../worker/job.js';
import type { FunnelWidgetResult } from './funnel.component.js';
import { stageBars, worstOwners } from './funnel.model.js';
import { runtimeSchema, type FunnelRuntimeInput } from './funnel.schema.js';

/** What the funnel's computation depends on beside the input. */
export interface FunnelJobParams {
  mode: FunnelMode;
  ids: boolean;
}

/**
 * The computation of `<pulse-funnel>` that may run in a worker: the core's funnel, the
 * bars and the worst owners (all plain data).
 */
export const funnelJob = defineJob({
  widget: 'funnel',
  schema: runtimeSchema,
  core(input: FunnelRuntimeInput, params: FunnelJobParams): FunnelWidgetResult {
    const { currency, ...data } = input;
    const result = funnel(data as FunnelInput, { mode: params.mode, ids: params.ids });
    const stages = result.stages;
    return {
      ...result,
      currency: currency ?? 'RUB',
      fromDeals: data.deals !== undefined,
      bars: stageBars(result, result.mode),
      worst: worstOwners(result),
      has: {
        value: stages.some((s) => s.value !== null),
        share: stages.some((s) => s.shareOfBase !== null),
        clients: stages.some((s) => s.clients !== null),
        time: stages.some((s) => s.time !== null && s.time.left + s.time.inStage > 0),
      },
    };
  },
});
