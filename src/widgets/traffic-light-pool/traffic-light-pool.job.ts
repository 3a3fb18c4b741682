import { defineJob } from '../../worker/job.js';
import {
  buildPool,
  type TrafficLightPoolOptions,
  type TrafficLightPoolResult,
} from './traffic-light-pool.model.js';
import { schema, type TrafficLightPoolInput } from './traffic-light-pool.schema.js';

/** The computation of `<pulse-traffic-light-pool>` that may run in a worker: every client scored. */
export const trafficLightPoolJob = defineJob({
  widget: 'traffic-light-pool',
  schema,
  core: (input: TrafficLightPoolInput, options: TrafficLightPoolOptions): TrafficLightPoolResult =>
    buildPool(input, options),
});
