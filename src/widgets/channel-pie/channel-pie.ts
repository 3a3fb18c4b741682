import { definePulseElement } from '../../shared/register.js';
import { PulseChannelPie } from './channel-pie.component.js';

export * from './channel-pie.component.js';
export * from './channel-pie.events.js';
export * from './channel-pie.schema.js';

definePulseElement('pulse-channel-pie', PulseChannelPie);

declare global {
  interface HTMLElementTagNameMap {
    'pulse-channel-pie': PulseChannelPie;
  }
}
