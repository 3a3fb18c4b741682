import { definePulseElement } from '../../shared/register.js';
import { PulseAbcXyzMatrix } from './abc-xyz-matrix.component.js';

export * from './abc-xyz-matrix.component.js';
export * from './abc-xyz-matrix.events.js';
export * from './abc-xyz-matrix.schema.js';
export type { AbcXyzMatrixOptions, AbcXyzMatrixViewResult } from './abc-xyz-matrix.compute.js';
export { ABC_XYZ_VIEWS, type AbcXyzView } from './abc-xyz-matrix.tabs.js';
// lazy part: the one-file bundle loads the texts with loadDefaultReadings() (scripts/build.mjs).
export { DEFAULT_READINGS } from './abc-xyz-matrix.readings.defaults.js';
export { loadDefaultReadings, READING_PRIORITIES } from './abc-xyz-matrix.readings.js';
export type {
  AbcXyzReading,
  AbcXyzReadings,
  DefaultReadings,
  ReadingPriority,
} from './abc-xyz-matrix.readings.js';

definePulseElement('pulse-abc-xyz-matrix', PulseAbcXyzMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'pulse-abc-xyz-matrix': PulseAbcXyzMatrix;
  }
}
