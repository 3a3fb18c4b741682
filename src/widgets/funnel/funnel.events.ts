import { PulseEvent } from '../../shared/events.js';

/** Detail of `pulse-stage-select`. */
export interface StageSelectDetail {
  /** The stage's key (a step's key in checklist mode). */
  stage: string;
  /** The stage's label as shown. */
  label: string;
  /** The owner, when a cell of the owner breakdown was chosen. */
  owner?: string;
  /**
   * Ids of the deals that reached the stage (of that owner, for a cell), in the core's
   * order (`FunnelStage.ids`: won first, then by how far a deal got); `null` for aggregated
   * input, which has no deals.
   */
  ids: string[] | null;
  /** Ids of the deals lost at the stage; `null` for aggregated input. */
  lostIds: string[] | null;
  /** How many reached the stage (steps done, in checklist mode). */
  count: number;
}

/** A stage (or an owner's cell) was chosen with the mouse or with Enter / Space. */
export class PulseStageSelectEvent extends PulseEvent<StageSelectDetail> {
  static readonly type = 'pulse-stage-select';
  constructor(detail: StageSelectDetail) {
    super(PulseStageSelectEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pulse-stage-select': PulseStageSelectEvent;
  }
}
