import { definePulseElement } from '../../shared/register.js';
import { PulseTrafficLightPool } from './traffic-light-pool.component.js';

export * from './traffic-light-pool.component.js';
export * from './traffic-light-pool.events.js';
export * from './traffic-light-pool.schema.js';

definePulseElement('pulse-traffic-light-pool', PulseTrafficLightPool);

declare global {
  interface HTMLElementTagNameMap {
    'pulse-traffic-light-pool': PulseTrafficLightPool;
  }
}
