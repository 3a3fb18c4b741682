import { PulseEvent } from '../../shared/events.js';
import type { DebtTableLevel } from './debt-table.schema.js';

/** Detail of `pulse-row-select`. */
export interface RowSelectDetail {
  /** The client row's id. */
  id: string;
}

/** A client row was chosen with the mouse or with Enter / Space. */
export class PulseRowSelectEvent extends PulseEvent<RowSelectDetail> {
  static readonly type = 'pulse-row-select';
  constructor(detail: RowSelectDetail) {
    super(PulseRowSelectEvent.type, detail);
  }
}

/** Detail of `pulse-group-select`. */
export interface GroupSelectDetail {
  /** The grouping level of the row: `department` or `owner`. */
  level: DebtTableLevel;
  /** The department or owner; `null` for the rows without a department. */
  key: string | null;
  /** Ids of every client row in the group. */
  ids: string[];
}

/** A group row was toggled with the mouse or with Enter / Space. */
export class PulseGroupSelectEvent extends PulseEvent<GroupSelectDetail> {
  static readonly type = 'pulse-group-select';
  constructor(detail: GroupSelectDetail) {
    super(PulseGroupSelectEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pulse-row-select': PulseRowSelectEvent;
    'pulse-group-select': PulseGroupSelectEvent;
  }
}
