// Classes, types and the core. No registration side effects: import
// 'crm-pulse/<widget>.js' (or the one-file bundle) to define the tags.
export * from './core/index.js';
export * from './shared/pulse-element.js';
export * from './shared/events.js';
export * from './shared/format.js';
export * from './shared/register.js';
export * from './shared/locale-controller.js';
export * from './shared/resize-controller.js';
export { PulseChannelPie, type ChannelPieOptions, type ChannelPieResult } from './widgets/channel-pie/channel-pie.component.js';
export * from './widgets/channel-pie/channel-pie.events.js';
export { schema as channelPieSchema, type ChannelPieData, type ChannelPieInput } from './widgets/channel-pie/channel-pie.schema.js';
