import { definePulseElement } from '../../shared/register.js';
import { PulseLifecycleGrid } from './lifecycle-grid.component.js';

export * from './lifecycle-grid.component.js';
export * from './lifecycle-grid.events.js';
export * from './lifecycle-grid.schema.js';

definePulseElement('pulse-lifecycle-grid', PulseLifecycleGrid);

declare global {
  interface HTMLElementTagNameMap {
    'pulse-lifecycle-grid': PulseLifecycleGrid;
  }
}
