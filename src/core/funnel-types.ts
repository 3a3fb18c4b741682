// Types of the funnel (domain.md, "Funnel"): its inputs, options and result. The
// computation is in funnel.ts (entry), funnel-stages.ts (aggregated counts) and
// funnel-deals.ts (deal lists); the checklist variant is in funnel-checklist.ts.

/**
 * The status of a deal. An open deal is still being worked on at its stage; a lost deal
 * was lost at its stage; a won deal counts as having reached every stage.
 *
 * @example { id: 'D-1', stage: 'proposal', status: DEAL_STATUSES.lost }
 */
export const DEAL_STATUSES = { open: 'open', won: 'won', lost: 'lost' } as const;
/** One of {@link DEAL_STATUSES}. */
export type DealStatus = (typeof DEAL_STATUSES)[keyof typeof DEAL_STATUSES];

/**
 * How {@link funnel} reads the stages. `'funnel'`: consecutive stages with conversion from
 * the previous and the first stage. `'checklist'`: independent steps (count and share of
 * base each, no conversion fields, counts may go up and down); aggregated input only.
 *
 * @example funnel({ stages }, { mode: FUNNEL_MODES.checklist })
 */
export const FUNNEL_MODES = { funnel: 'funnel', checklist: 'checklist' } as const;
/** One of {@link FUNNEL_MODES}. */
export type FunnelMode = (typeof FUNNEL_MODES)[keyof typeof FUNNEL_MODES];

/**
 * A deal entered `stage` on `date` (`YYYY-MM-DD`, an ISO date-time or `DD.MM.YYYY`). The
 * entries of a deal may come in any order: they are sorted by date (entries on the same
 * date keep their input order). A stage may appear more than once (the deal went back).
 *
 * @example { stage: 'proposal', date: '14.03.2024' }
 */
export interface DealHistoryEntry {
  stage: string | number;
  date: string;
}

/**
 * One deal of a deal-list funnel.
 *
 * @example
 * { id: 'D-17', stage: 'negotiation', status: 'lost', amount: '707,76', owner: 'Ivanova',
 *   client: 'ГБУЗ НСО "ЦКБ"', history: [{ stage: 'contact', date: '2024-03-01' }], closedAt: '2024-04-02' }
 */
export interface Deal {
  /** Unique deal id: a non-empty string, or a number (turned into a string). */
  id: string | number;
  /** The deal's current stage (for a lost deal, where it was lost); a key of `stageOrder`. */
  stage: string | number;
  status: DealStatus;
  /** The deal's potential sum, a non-negative number or number string; a deal without one adds nothing to sums. */
  amount?: number | string | null;
  /** The employee who owns the deal; deals without one count in the totals only. */
  owner?: string | number | null;
  /** The client (organisation) id, to count distinct clients per stage. */
  client?: string | number | null;
  /** When the deal entered each stage; gives the time spent per stage. */
  history?: readonly DealHistoryEntry[] | null;
  /**
   * When a won or lost deal was closed: ends its last stay in a stage, so that stay is
   * timed too. Without it the last stay of a closed deal is not timed. Ignored for open deals.
   */
  closedAt?: string | null;
}

/**
 * An owner's base (clients in the pool) for a deal-list funnel. Owners listed here come
 * first in the result, in this order, even with no deals.
 *
 * @example { owner: 'Ivanova', base: 704 }
 */
export interface FunnelOwnerBase {
  owner: string | number;
  /** Clients in the owner's pool, a whole number; gives `shareOfBase`. */
  base?: number | null;
}

/**
 * Deal-list input of {@link funnel}.
 *
 * @example
 * { stageOrder: ['contact', 'proposal', 'won'], stageLabels: { contact: 'Primary contact' },
 *   deals: [{ id: 1, stage: 'proposal', status: 'open' }], owners: [{ owner: 'Ivanova', base: 40 }] }
 */
export interface FunnelDealsInput {
  /** Stage keys in funnel order (strings, or numbers turned into strings), unique. */
  stageOrder: readonly (string | number)[];
  /** Display labels by stage key; a stage without one is labelled by its key. */
  stageLabels?: Readonly<Record<string, string>> | null;
  deals: readonly Deal[];
  /** Clients in the whole pool, a whole number; gives `shareOfBase` of the totals. */
  base?: number | null;
  /** Owners' bases, and the order of owners in the result. */
  owners?: readonly FunnelOwnerBase[] | null;
}

/**
 * One stage of an aggregated funnel (or one step of a checklist).
 *
 * @example { key: 'need', label: 'Need identified', count: 548, clients: 348 }
 */
export interface FunnelStageInput {
  /** Unique stage key: a non-empty string, or a number (turned into a string). */
  key: string | number;
  label?: string | null;
  /** How many reached the stage: a whole number of 0 or more (a number string is accepted). */
  count: number | string;
  /** Sum of the stage's deals, non-negative; none → `value: null`. */
  value?: number | string | null;
  /** Distinct clients at the stage, a whole number. */
  clients?: number | string | null;
  /** Base of this stage only, overriding the input's `base` (a step that applies to fewer clients). */
  base?: number | string | null;
}

/**
 * One owner of an aggregated funnel: the same stage keys as the input's `stages`, each
 * exactly once, in any order.
 *
 * @example { owner: 'Ivanova', base: 704, stages: [{ key: 'need', count: 570, clients: 348 }] }
 */
export interface FunnelOwnerStagesInput {
  owner: string | number;
  base?: number | string | null;
  stages: readonly Omit<FunnelStageInput, 'label'>[];
}

/**
 * Aggregated input of {@link funnel}: stages with counts, in funnel order.
 *
 * @example { stages: [{ key: 'need', count: 548 }, { key: 'tools', count: 430 }], base: 700 }
 */
export interface FunnelStagesInput {
  stages: readonly FunnelStageInput[];
  /** Clients in the pool, a whole number; gives `shareOfBase`. */
  base?: number | string | null;
  owners?: readonly FunnelOwnerStagesInput[] | null;
}

/** Input of {@link funnel}: aggregated stages, or deals with a stage order. */
export type FunnelInput = FunnelStagesInput | FunnelDealsInput;

/** Options of {@link funnel}. */
export interface FunnelOptions {
  /**
   * One of {@link FUNNEL_MODES}. Default `'funnel'`.
   *
   * @example funnel({ stages: steps }, { mode: 'checklist' })
   */
  mode?: FunnelMode;
  /**
   * Whether to list deal ids (per stage, per group, per owner). Default true; turn off to
   * save memory on very large inputs when no selection is needed.
   *
   * @example funnel(deals, { ids: false }).stages[0].ids // null
   */
  ids?: boolean;
}

/**
 * A group of deals: how many, the sum of their amounts (deals without an amount add
 * nothing; `null` when no deal of the input has an amount) and their ids (`null` with
 * `ids: false`), in input order.
 *
 * @example { count: 1, value: 707.76, ids: ['D-17'] }
 */
export interface DealGroup {
  count: number;
  value: number | null;
  ids: string[] | null;
}

/**
 * Time spent in a stage, in days, from deal histories: mean and median over the deals
 * that left the stage (a deal that stayed several times counts once, with the sum of its
 * stays); deals still in the stage are counted in `inStage`, not averaged.
 *
 * @example { mean: 12.5, median: 10, left: 8, inStage: 3 }
 */
export interface StageTime {
  /** `null` when no deal left the stage. */
  mean: number | null;
  median: number | null;
  /** Deals averaged. */
  left: number;
  /** Open deals whose latest history entry is this stage. */
  inStage: number;
}

/**
 * One stage of a funnel result. Fields that need deals are `null` for aggregated input;
 * conversion fields are `null` in checklist mode.
 *
 * @example
 * { key: 'tools', label: 'Tools implemented', index: 1, count: 430, fromPrevious: 0.7847,
 *   fromFirst: 0.7847, dropOff: 0.2153, ... }
 */
export interface FunnelStage {
  key: string;
  label: string;
  /** Position in the funnel, from 0. */
  index: number;
  /** Deals that reached at least this stage (aggregated: the given count). */
  count: number;
  /** Sum of the amounts of those deals (aggregated: the given value); `null` when no deal of the input has an amount. */
  value: number | null;
  /** Distinct clients among them; `null` when the input carries no clients. */
  clients: number | null;
  /** count / the previous stage's count; 1 at the first stage; `null` after an empty stage. */
  fromPrevious: number | null;
  /** count / the first stage's count; 1 at the first stage; `null` when the first is empty. */
  fromFirst: number | null;
  /** 1 − fromPrevious; 0 at the first stage; `null` when fromPrevious is. */
  dropOff: number | null;
  /** The base used for the shares: the stage's own, or its group's; `null` when unknown. */
  base: number | null;
  /** count / base (`570/81%`); `null` without a base or with a base of 0. */
  shareOfBase: number | null;
  /** clients / base; `null` without clients or base. */
  clientShareOfBase: number | null;
  /**
   * Ids of the deals that reached the stage: won deals first (by the stage they were won
   * at, first stage first), then the others by the stage they are at, furthest first,
   * open before lost; input order within each of these groups.
   */
  ids: string[] | null;
  /** Open deals now at this stage. */
  open: DealGroup | null;
  /** Deals lost at this stage. */
  lost: DealGroup | null;
  /** Won deals whose `stage` is this one (they count as reaching every stage). */
  won: DealGroup | null;
  /** Time in stage; `null` when no deal has a history. */
  time: StageTime | null;
}

/**
 * The figures of a whole funnel, or of one owner's part of it.
 *
 * @example result.winRate // won / (won + lost)
 */
export interface FunnelFigures {
  stages: FunnelStage[];
  /** The base of the group; `null` when not given. */
  base: number | null;
  /** All open, won and lost deals of the group; `null` for aggregated input. */
  open: DealGroup | null;
  won: DealGroup | null;
  lost: DealGroup | null;
  /** won / (won + lost); `null` for 0 / 0 and for aggregated input. */
  winRate: number | null;
  /** A count rises above the previous stage's (aggregated input, funnel mode); fromPrevious is then above 1. */
  nonMonotonic: boolean;
}

/**
 * One owner's figures, with the owner id.
 *
 * @example { owner: 'Ivanova', base: 704, stages: [...], winRate: 0.4, ... }
 */
export interface FunnelOwner extends FunnelFigures {
  owner: string;
}

/**
 * Result of {@link funnel}.
 *
 * @example funnel({ stages }).stages[1].fromPrevious // 0.7847 for 548 → 430
 */
export interface FunnelResult extends FunnelFigures {
  mode: FunnelMode;
  /** Per-owner figures; `null` when the input has no owners. */
  owners: FunnelOwner[] | null;
}
