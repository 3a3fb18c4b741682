import type { AbcClass, XyzClass } from '../../core/abc-xyz.js';
import { PulseEvent } from '../../shared/events.js';

/** A classified cell: `{abc: 'A', xyz: 'X', ids}`; `xyz` is `null` for the "no XYZ" column. */
export interface ClassCellSelectDetail {
  abc: AbcClass;
  xyz: XyzClass | null;
  /** Ids of the cell's clients, by value descending. */
  ids: string[];
}

/** The lost or the potential clients. */
export interface StatusCellSelectDetail {
  status: 'lost' | 'potential';
  /** Ids of the cell's clients. */
  ids: string[];
}

/** Detail of `pulse-cell-select`. */
export type CellSelectDetail = ClassCellSelectDetail | StatusCellSelectDetail;

/** A cell of the ABC/XYZ matrix was chosen with the mouse or with Enter / Space. */
export class PulseCellSelectEvent extends PulseEvent<CellSelectDetail> {
  static readonly type = 'pulse-cell-select';
  constructor(detail: CellSelectDetail) {
    super(PulseCellSelectEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pulse-cell-select': PulseCellSelectEvent;
  }
}
