import { definePulseElement } from '../../shared/register.js';
import { PulseFunnel } from './funnel.component.js';

export * from './funnel.component.js';
export * from './funnel.events.js';
export * from './funnel.schema.js';

definePulseElement('pulse-funnel', PulseFunnel);

declare global {
  interface HTMLElementTagNameMap {
    'pulse-funnel': PulseFunnel;
  }
}
