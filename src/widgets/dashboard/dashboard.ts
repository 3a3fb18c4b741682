import { definePulseElement } from '../../shared/register.js';
import { PulseDashboard } from './dashboard.component.js';
// The dashboard creates the widgets of its config, so it registers all six.
import '../abc-xyz-matrix/abc-xyz-matrix.js';
import '../channel-pie/channel-pie.js';
import '../debt-table/debt-table.js';
import '../funnel/funnel.js';
import '../lifecycle-grid/lifecycle-grid.js';
import '../traffic-light-pool/traffic-light-pool.js';

export * from './dashboard.component.js';
export * from './dashboard.events.js';
export * from './dashboard.schema.js';

definePulseElement('pulse-dashboard', PulseDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'pulse-dashboard': PulseDashboard;
  }
}
