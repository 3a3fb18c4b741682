import { definePulseElement } from '../../shared/register.js';
import { PulseDebtTable } from './debt-table.component.js';

export * from './debt-table.component.js';
export * from './debt-table.events.js';
export * from './debt-table.schema.js';

definePulseElement('pulse-debt-table', PulseDebtTable);

declare global {
  interface HTMLElementTagNameMap {
    'pulse-debt-table': PulseDebtTable;
  }
}
