// Every widget's worker-able computation, by widget name (imported by the worker script only:
// the page sends the name, never code).
import { abcXyzMatrixJob } from '../widgets/abc-xyz-matrix/abc-xyz-matrix.job.js';
import { channelPieJob } from '../widgets/channel-pie/channel-pie.job.js';
import { debtTableJob } from '../widgets/debt-table/debt-table.job.js';
import { funnelJob } from '../widgets/funnel/funnel.job.js';
import { lifecycleGridJob } from '../widgets/lifecycle-grid/lifecycle-grid.job.js';
import { trafficLightPoolJob } from '../widgets/traffic-light-pool/traffic-light-pool.job.js';
import type { WidgetJob } from './job.js';
import type { WidgetJobName } from './protocol.js';

type AnyJob = WidgetJob<never, unknown, never>;

/** The widget jobs the worker runs. */
export const widgetJobs: Readonly<Record<WidgetJobName, AnyJob>> = {
  'channel-pie': channelPieJob as unknown as AnyJob,
  funnel: funnelJob as unknown as AnyJob,
  'lifecycle-grid': lifecycleGridJob as unknown as AnyJob,
  'traffic-light-pool': trafficLightPoolJob as unknown as AnyJob,
  'abc-xyz-matrix': abcXyzMatrixJob as unknown as AnyJob,
  'debt-table': debtTableJob as unknown as AnyJob,
};
