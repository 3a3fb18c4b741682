import { PulseEvent } from '../../shared/events.js';

/** Detail of `pulse-slice-select`. */
export interface SliceSelectDetail {
  /** Which donut: gains by channel or losses by reason. */
  set: 'gains' | 'losses';
  /** The slice's key (the "other" slice has the key `__other__`). */
  key: string;
  /** The business keys behind the slice: `[key]`, or the members of "other". */
  keys: string[];
  label: string;
  value: number;
}

/** A slice was chosen with the mouse or with Enter / Space. */
export class PulseSliceSelectEvent extends PulseEvent<SliceSelectDetail> {
  static readonly type = 'pulse-slice-select';
  constructor(detail: SliceSelectDetail) {
    super(PulseSliceSelectEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pulse-slice-select': PulseSliceSelectEvent;
  }
}
