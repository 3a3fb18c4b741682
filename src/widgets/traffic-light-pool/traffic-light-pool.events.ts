import type { TrafficColor } from '../../core/traffic-light.js';
import { PulseEvent } from '../../shared/events.js';

/** Detail of `pulse-client-select`. */
export interface ClientSelectDetail {
  /** The client's id (a number id arrives as its string). */
  id: string;
}

/** Detail of `pulse-owner-select`. */
export interface OwnerSelectDetail {
  /** The owner, or `null` for the clients without one. */
  owner: string | null;
  /** Ids of the owner's clients that pass the colour filter (all of them when no colour is chosen). */
  ids: string[];
}

/** Detail of `pulse-color-select`. */
export interface ColorSelectDetail {
  /** The colours now chosen in the colour filter (empty: the filter was cleared). */
  colors: TrafficColor[];
  /** Ids of every client (of every owner) with one of those colours; empty when none is chosen. */
  ids: string[];
}

/** A client was chosen (a light or a table row) with the mouse or with Enter / Space. */
export class PulseClientSelectEvent extends PulseEvent<ClientSelectDetail> {
  static readonly type = 'pulse-client-select';
  constructor(detail: ClientSelectDetail) {
    super(PulseClientSelectEvent.type, detail);
  }
}

/** An owner was chosen (the mix table, the per-owner bars or the owner filter). */
export class PulseOwnerSelectEvent extends PulseEvent<OwnerSelectDetail> {
  static readonly type = 'pulse-owner-select';
  constructor(detail: OwnerSelectDetail) {
    super(PulseOwnerSelectEvent.type, detail);
  }
}

/** A colour of the colour filter was switched on or off with the mouse or the keyboard. */
export class PulseColorSelectEvent extends PulseEvent<ColorSelectDetail> {
  static readonly type = 'pulse-color-select';
  constructor(detail: ColorSelectDetail) {
    super(PulseColorSelectEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pulse-client-select': PulseClientSelectEvent;
    'pulse-owner-select': PulseOwnerSelectEvent;
    'pulse-color-select': PulseColorSelectEvent;
  }
}
