import { definePulseElement } from '../../shared/register.js';
import { PulseAbcXyzMatrix } from './abc-xyz-matrix.component.js';

export * from './abc-xyz-matrix.component.js';
export * from './abc-xyz-matrix.events.js';
export * from './abc-xyz-matrix.schema.js';
export type { AbcXyzMatrixOptions, AbcXyzMatrixViewResult } from './abc-xyz-matrix.compute.js';
export { ABC_XYZ_VIEWS, type AbcXyzView } from './abc-xyz-matrix.tabs.js';
export { DEFAULT_READINGS, READING_PRIORITIES } from './abc-xyz-matrix.readings.js';
export type { AbcXyzReading, AbcXyzReadings, ReadingPriority } from './abc-xyz-matrix.readings.js';

definePulseElement('pulse-abc-xyz-matrix', PulseAbcXyzMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'pulse-abc-xyz-matrix': PulseAbcXyzMatrix;
  }
}
