import { channelShares } from '../../core/shares.js';
import { defineJob } from '../../worker/job.js';
import type { ChannelPieOptions, ChannelPieResult } from './channel-pie.component.js';
import { schema, type ChannelPieInput } from './channel-pie.schema.js';

/**
 * The computation of `<pulse-channel-pie>` that may run in a worker: the shares of both
 * sets (with "other" grouping and largest-remainder percents). The donut geometry is laid
 * out on the page.
 */
export const channelPieJob = defineJob({
  widget: 'channel-pie',
  schema,
  core(input: ChannelPieInput, options: ChannelPieOptions): ChannelPieResult {
    const shares = channelShares({ gains: input.gains, losses: input.losses ?? [] }, options);
    return {
      ...shares,
      unit: input.unit ?? 'count',
      currency: input.currency ?? 'RUB',
      hasLosses: input.losses !== undefined,
    };
  },
});
