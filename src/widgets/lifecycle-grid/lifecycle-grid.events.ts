import type { LifecycleSegmentNumber } from '../../core/lifecycle.js';
import { PulseEvent } from '../../shared/events.js';

/** A cell of the grid: a segment number 1..9 as in the source, or `'potential'` (no purchases). */
export type LifecycleGridSegment = LifecycleSegmentNumber | 'potential';

/** Detail of `pulse-segment-select`. */
export interface SegmentSelectDetail {
  /** The chosen cell: 1..9 (1 new … 9 asleep regular) or `'potential'`. */
  segment: LifecycleGridSegment;
  /**
   * The ids of the cell's clients, in input order, after the owner filter; `[]` when a
   * precomputed input gave the count only.
   */
  ids: string[];
}

/** A cell was chosen with the mouse or with Enter / Space; its client list opens. */
export class PulseSegmentSelectEvent extends PulseEvent<SegmentSelectDetail> {
  static readonly type = 'pulse-segment-select';
  constructor(detail: SegmentSelectDetail) {
    super(PulseSegmentSelectEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pulse-segment-select': PulseSegmentSelectEvent;
  }
}
