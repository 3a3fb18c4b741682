// The input schemas of the widgets, DOM-free: a host can validate a payload in Node or a
// Worker before sending it (`validate(channelPieSchema, json)`), and the build writes them
// out as schemas/<widget>.schema.json. Each widget validates with exactly these.
export {
  schema as channelPieSchema,
  CHANNEL_UNITS,
  type ChannelUnit,
  type ChannelPieData,
  type ChannelPieInput,
} from './channel-pie.js';
export {
  schema as funnelSchema,
  runtimeSchema as funnelRuntimeSchema,
  type FunnelData,
  type FunnelWidgetInput,
  type FunnelRuntimeInput,
} from './funnel.js';
export {
  schema as lifecycleGridSchema,
  type LifecycleGridData,
  type LifecycleGridInput,
} from './lifecycle-grid.js';
export {
  schema as trafficLightPoolSchema,
  type TrafficLightPoolData,
  type TrafficLightPoolInput,
  type PoolIndicatorInput,
  type PoolClientInput,
} from './traffic-light-pool.js';
export {
  schema as abcXyzMatrixSchema,
  ABC_XYZ_MEASURES,
  type AbcXyzMeasure,
  type AbcXyzMatrixData,
  type AbcXyzMatrixInput,
  type AbcXyzMatrixRow,
} from './abc-xyz-matrix.js';
export {
  schema as debtTableSchema,
  runtimeSchema as debtTableRuntimeSchema,
  DEBT_TABLE_VIEWS,
  DEBT_TABLE_LEVELS,
  DEBT_TABLE_COLUMNS,
  type DebtTableView,
  type DebtTableLevel,
  type DebtTableColumn,
  type DebtTableData,
  type DebtTableInput,
} from './debt-table.js';
