// Classes, types and the core. No registration side effects: import
// 'crm-pulse/<widget>.js' (or the one-file bundle) to define the tags.
export * from './core/index.js';
export * from './shared/pulse-element.js';
export * from './shared/events.js';
export * from './shared/format.js';
export * from './shared/register.js';
export * from './shared/locale-controller.js';
export * from './shared/resize-controller.js';
export {
  PulseChannelPie,
  type ChannelPieOptions,
  type ChannelPieResult,
} from './widgets/channel-pie/channel-pie.component.js';
export * from './widgets/channel-pie/channel-pie.events.js';

export {
  PulseFunnel,
  type FunnelWidgetOptions,
  type FunnelWidgetResult,
} from './widgets/funnel/funnel.component.js';
export * from './widgets/funnel/funnel.events.js';

export { PulseAbcXyzMatrix } from './widgets/abc-xyz-matrix/abc-xyz-matrix.component.js';
export type {
  AbcXyzMatrixOptions,
  AbcXyzMatrixViewResult,
} from './widgets/abc-xyz-matrix/abc-xyz-matrix.compute.js';
export * from './widgets/abc-xyz-matrix/abc-xyz-matrix.events.js';
export { ABC_XYZ_VIEWS, type AbcXyzView } from './widgets/abc-xyz-matrix/abc-xyz-matrix.tabs.js';
// The default readings' texts load on demand: loadDefaultReadings() here, the constant
// DEFAULT_READINGS from 'crm-pulse/abc-xyz-matrix.js' (kept out of the one-file bundle's eager part).
export {
  loadDefaultReadings,
  READING_PRIORITIES,
  type AbcXyzReading,
  type AbcXyzReadings,
  type DefaultReadings,
  type ReadingPriority,
} from './widgets/abc-xyz-matrix/abc-xyz-matrix.readings.js';

export {
  PulseTrafficLightPool,
  POOL_VIEWS,
  type PoolView,
  type PoolClient,
  type TrafficLightPoolOptions,
  type TrafficLightPoolResult,
} from './widgets/traffic-light-pool/traffic-light-pool.component.js';
export * from './widgets/traffic-light-pool/traffic-light-pool.events.js';

export {
  PulseLifecycleGrid,
  type LifecycleGridOptions,
  type LifecycleGridResult,
  type LifecycleStrategy,
} from './widgets/lifecycle-grid/lifecycle-grid.component.js';
export * from './widgets/lifecycle-grid/lifecycle-grid.events.js';

export {
  PulseDebtTable,
  type DebtTableOptions,
  type DebtTableResult,
} from './widgets/debt-table/debt-table.component.js';
export * from './widgets/debt-table/debt-table.events.js';

export * from './shared/data-source.js';
export {
  PulseDashboard,
  type DashboardLoader,
  type DashboardWidgetElement,
} from './widgets/dashboard/dashboard.component.js';
export * from './widgets/dashboard/dashboard.events.js';
export {
  schema as dashboardSchema,
  validateDashboard,
  DASHBOARD_WIDGET_TYPES,
  type DashboardConfig,
  type DashboardWidgetConfig,
  type CheckedDashboard,
} from './widgets/dashboard/dashboard.schema.js';
