import * as z from '../internal/z.js';
import { id, nonNegativeAmount } from '../schema.js';

/** Units of the values: shares of the client base in percent, money, or counts. */
export const CHANNEL_UNITS = ['percent', 'currency', 'count'] as const;
export type ChannelUnit = (typeof CHANNEL_UNITS)[number];

const slice = z.object({
  key: id(),
  label: z.optional(z.string()),
  value: nonNegativeAmount(),
});

/**
 * Input of `<pulse-channel-pie>`: gains by channel and losses by reason, each a separate
 * set with its own total. Values are JSON numbers or number strings ("1 234,56");
 * a negative value is an error.
 *
 * @example
 * { "unit": "percent",
 *   "gains": [{"key": "upsell", "label": "Допродажи ОС", "value": 5}],
 *   "losses": [{"key": "competitors", "label": "Потери — конкуренты", "value": 2.3}] }
 */
export const schema = z.object({
  unit: z.optional(z.enum(CHANNEL_UNITS)),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  gains: z.array(slice),
  losses: z.optional(z.array(slice)),
});

/** The validated input (amounts normalised to numbers). */
export type ChannelPieInput = z.output<typeof schema>;
/** The JSON a host sends. */
export type ChannelPieData = z.input<typeof schema>;
