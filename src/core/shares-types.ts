// The vocabulary of channel shares (domain.md, "Channel shares"): the "other" slice, the
// orders, and the input, options and result of channelShares. shares.ts, which holds the
// function, re-exports all of it.

/**
 * The key of the slice that groups the small slices. Input keys may not use it.
 *
 * @example result.gains.find((s) => s.key === OTHER_KEY)?.members
 */
export const OTHER_KEY = '__other__';

/**
 * How {@link channelShares} orders the slices of a set. `'input'` keeps the host's order
 * (it is usually meaningful: the order of a slide or a report); `'value'` sorts by value
 * descending, then key ascending. The "other" slice is always last.
 *
 * @example channelShares(data, { sort: SHARE_SORTS.value })
 */
export const SHARE_SORTS = { input: 'input', value: 'value' } as const;
/** One of {@link SHARE_SORTS}. */
export type ShareSort = (typeof SHARE_SORTS)[keyof typeof SHARE_SORTS];

/**
 * One input slice of {@link channelShares}.
 *
 * @example { key: 'upsell', label: 'Upsell', value: '5' }
 */
export interface ChannelItem {
  /** Unique key within its set: a non-empty string, or a number (turned into a string). */
  key: string | number;
  /** Display label; defaults to the key. */
  label?: string | null;
  /** Non-negative amount: a number or a number string such as `"1 234,56"`. */
  value: number | string;
}

/**
 * Input of {@link channelShares}: gains (connections, upsell, ...) and, optionally,
 * losses (disconnections), each a set with its own total.
 *
 * @example { gains: [{ key: 'upsell', value: 5 }], losses: [{ key: 'competitors', value: 2.3 }] }
 */
export interface ChannelSharesInput {
  gains: readonly ChannelItem[];
  losses?: readonly ChannelItem[] | null;
}

/** Options of {@link channelShares}. */
export interface ChannelSharesOptions {
  /**
   * Slices whose share (a fraction of their set's total, not a percentage) is below this
   * are grouped into one {@link OTHER_KEY} slice, when there are at least two of them.
   * Compared with a tolerance of 1e-9: a share equal to the threshold is kept. 0 turns
   * grouping off. Default 0.02 (2%).
   *
   * @example channelShares(data, { otherBelow: 0.05 })
   */
  otherBelow?: number;
  /**
   * Decimals of `percent`, 0 to {@link MAX_SHARE_DECIMALS}. Default 0.
   *
   * @example channelShares(data, { decimals: 1 }) // percents such as 26.8 and 73.2
   */
  decimals?: number;
  /**
   * Slice order, one of {@link SHARE_SORTS}. Default `'input'`.
   *
   * @example channelShares(data, { sort: 'value' })
   */
  sort?: ShareSort;
  /**
   * Label of the "other" slice. Default `'Other'`; a widget passes its localised word.
   *
   * @example channelShares(data, { otherLabel: 'Прочие' })
   */
  otherLabel?: string;
}

/** A slice grouped into "other", as listed in its `members`. */
export interface ChannelMember {
  key: string;
  label: string;
  value: number;
  /** value / the set's total, full precision. */
  share: number;
}

/** One slice of a set, as drawn. */
export interface ChannelSlice {
  key: string;
  label: string;
  /** The amount (for "other", the sum of its members). */
  value: number;
  /** value / the set's total, full precision; `null` when the total is 0. */
  share: number | null;
  /**
   * The share as a percentage rounded to `options.decimals` by the largest-remainder
   * method, so a set's percents sum to exactly 100; `null` when the total is 0.
   */
  percent: number | null;
  /** Only on the {@link OTHER_KEY} slice: the grouped slices, in slice order. */
  members?: ChannelMember[];
}

/**
 * Result of {@link channelShares}.
 *
 * @example
 * // gains 5, 1.7, 1, 2.3 and losses 2.3, 6.27:
 * // gainsTotal 10, lossesTotal 8.57, net 1.43; percents 50, 17, 10, 23 and 27, 73
 */
export interface ChannelSharesResult {
  gains: ChannelSlice[];
  losses: ChannelSlice[];
  /** Sum of the gains. */
  gainsTotal: number;
  /** Sum of the losses (0 when there are none). */
  lossesTotal: number;
  /** gainsTotal − lossesTotal: the balance of the client base; 0 or above is the goal. */
  net: number;
}
