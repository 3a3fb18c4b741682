import { PulseEvent } from '../../shared/events.js';

/** The dashboard's cross-filter. */
export interface DashboardFilters {
  /** Show only this owner's rows in every widget; absent or `null`: every owner. */
  owner?: string | null;
  /**
   * Show only these clients in every widget but the one that chose them (a lifecycle
   * segment, an ABC/XYZ cell); absent or `null`: every client. Composes with `owner`.
   */
  clients?: DashboardClientFilter | null;
}

/** A chosen set of clients, as the dashboard's chip names it. */
export interface DashboardClientFilter {
  /** The client ids (`filterByClients` of the core keeps the rows with these ids). */
  ids: string[];
  /** What was chosen, as the chip names it: "Сегмент 5: Засыпающие перспективные". */
  label: string;
  /** The id of the frame whose widget chose the clients (it stays unfiltered), or `null`. */
  source?: string | null;
}

/** Detail of `pulse-filter-change`. */
export interface FilterChangeDetail {
  /** The filters now in force. */
  filters: DashboardFilters;
  /**
   * The id of the frame whose widget set the filter (`widget-<index>` or the config's `id`),
   * or `null` when it came from the dashboard's own owner select.
   */
  source: string | null;
}

/** The user changed the dashboard's filter (in a widget or in the owner select). */
export class PulseFilterChangeEvent extends PulseEvent<FilterChangeDetail> {
  static readonly type = 'pulse-filter-change';
  constructor(detail: FilterChangeDetail) {
    super(PulseFilterChangeEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pulse-filter-change': PulseFilterChangeEvent;
  }
}
