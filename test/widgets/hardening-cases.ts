// Case tables and DOM helpers of the hardening suites (issue #8): bad and hostile input for
// all six widgets. Each case says what the widget must show (`ready`, `empty`, `error`, or
// `notice` = the valid part with a list of what was left out) and which issue paths its
// pulse-error must carry. The expectations follow the input rules of domain.md ("How the
// core computes", "Input values") and src/core/dates.ts / numbers.ts: `DD.MM.YYYY` only
// with a four-digit year (so `27.02.24` is refused), `31.02.2024` refused, `0001-01-01`
// is "no date", an ISO date-time keeps the calendar date as written whatever its offset.
import { expect } from '@esm-bundle/chai';
import { abcXyzIssue } from '../fixtures/abc-xyz-matrix.js';
import { channelMoney, channelSeed } from '../fixtures/channel-pie.js';
import { debtIssue, debtSeed } from '../fixtures/debt-table.js';
import { erpDeals, funnelIssue, needsByOwner } from '../fixtures/funnel.js';
import { lifecycleExample, lifecycleSeed } from '../fixtures/lifecycle-grid.js';
import { poolExample, poolSlide } from '../fixtures/traffic-light-pool.js';

/** What the widget must show for a case. */
export type Expected = 'ready' | 'empty' | 'error' | 'notice';

export interface InputCase {
  name: string;
  data: unknown;
  expect: Expected;
  /** The issue paths of the pulse-error, in any order (required for `error` and `notice`). */
  paths?: string[];
  /** With `notice`: whether the kept part is shown (`ready`, the default) or nothing is left (`empty`). */
  shows?: 'ready' | 'empty';
  /** Text that must appear in the shadow root (e.g. a date shown as written). */
  text?: string[];
  /** Properties set on the element before `data` (view, mode, options). */
  props?: Record<string, unknown>;
}

export interface WidgetTable {
  tag: string;
  /** A valid payload (used by the fuzzers and the markup and pollution suites). */
  valid: unknown;
  cases: InputCase[];
}

type Json = Record<string, unknown>;

/** A deep copy of `value` with `path` (dot/bracket segments as an array) set to `to`. */
export function setAt(value: unknown, path: readonly (string | number)[], to: unknown): unknown {
  const copy = structuredClone(value) as Json;
  let node: Json = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Json;
  const last = path[path.length - 1];
  if (to === DELETE) delete node[last];
  else node[last] = to;
  return copy;
}

/** Marker for {@link setAt}: remove the field. */
export const DELETE = Symbol('delete');

/** A deep copy with `extra` merged over the top level. */
const withTop = (value: unknown, extra: Json): unknown => ({ ...(structuredClone(value) as Json), ...extra });

// Cases every widget shares: the input itself of the wrong kind.
function wholeInput(emptyObjectPaths: string[]): InputCase[] {
  return [
    { name: 'data is null', data: null, expect: 'error', paths: [''] },
    { name: 'data is a number', data: 5, expect: 'error', paths: [''] },
    { name: 'data is NaN', data: NaN, expect: 'error', paths: [''] },
    { name: 'data is a string', data: 'abc', expect: 'error', paths: [''] },
    { name: 'data is true', data: true, expect: 'error', paths: [''] },
    { name: 'data is an array', data: [], expect: 'error', paths: [''] },
    { name: 'data is an empty object', data: {}, expect: 'error', paths: emptyObjectPaths },
  ];
}

// ---------------------------------------------------------------- channel pie
const pie = channelSeed;
const pieGain = (value: unknown) => setAt(pie, ['gains', 0, 'value'], value);

export const channelPieTable: WidgetTable = {
  tag: 'pulse-channel-pie',
  valid: pie,
  cases: [
    ...wholeInput(['gains']),
    { name: 'gains missing', data: { losses: pie.losses }, expect: 'error', paths: ['gains'] },
    { name: 'gains null', data: { gains: null }, expect: 'error', paths: ['gains'] },
    { name: 'gains a string', data: { gains: 'oops' }, expect: 'error', paths: ['gains'] },
    { name: 'gains an object', data: { gains: { a: 1 } }, expect: 'error', paths: ['gains'] },
    { name: 'empty gains', data: { gains: [] }, expect: 'empty' },
    { name: 'empty gains and losses', data: { gains: [], losses: [] }, expect: 'empty' },
    { name: 'losses only', data: { gains: [], losses: pie.losses }, expect: 'ready' },
    {
      name: 'one slice',
      data: { gains: [{ key: 'a', label: 'Один', value: 5 }] },
      expect: 'ready',
      text: ['Один', '100 %'],
    },
    {
      name: 'all values zero',
      data: {
        gains: [
          { key: 'a', value: 0 },
          { key: 'b', value: 0 },
        ],
      },
      expect: 'ready',
    },
    { name: 'a null slice', data: setAt(pie, ['gains', 1], null), expect: 'notice', paths: ['gains[1]'] },
    {
      name: 'a slice is an array',
      data: setAt(pie, ['gains', 1], [1]),
      expect: 'notice',
      paths: ['gains[1]'],
    },
    {
      name: 'value missing',
      data: setAt(pie, ['gains', 0, 'value'], DELETE),
      expect: 'notice',
      paths: ['gains[0].value'],
    },
    { name: 'value null', data: pieGain(null), expect: 'notice', paths: ['gains[0].value'] },
    { name: 'value "abc"', data: pieGain('abc'), expect: 'notice', paths: ['gains[0].value'] },
    { name: 'value ""', data: pieGain(''), expect: 'notice', paths: ['gains[0].value'] },
    { name: 'value "1,234.56"', data: pieGain('1,234.56'), expect: 'notice', paths: ['gains[0].value'] },
    { name: 'value true', data: pieGain(true), expect: 'notice', paths: ['gains[0].value'] },
    { name: 'value NaN', data: pieGain(NaN), expect: 'notice', paths: ['gains[0].value'] },
    { name: 'value Infinity', data: pieGain(Infinity), expect: 'notice', paths: ['gains[0].value'] },
    { name: 'value -Infinity', data: pieGain(-Infinity), expect: 'notice', paths: ['gains[0].value'] },
    { name: 'value -5', data: pieGain(-5), expect: 'notice', paths: ['gains[0].value'] },
    {
      name: 'every gain bad',
      data: { gains: [{ key: 'a', value: 'x' }] },
      expect: 'notice',
      shows: 'empty',
      paths: ['gains[0].value'],
    },
    {
      name: 'value "1 234,56" (grouped, decimal comma)',
      data: setAt(channelMoney, ['gains', 0, 'value'], '1 234,56'),
      expect: 'ready',
      text: ['1 234,56 ₽'],
    },
    {
      name: 'value with no-break spaces "1\u00a0234\u00a0567,5"',
      data: setAt(channelMoney, ['gains', 0, 'value'], '1\u00a0234\u00a0567,5'),
      expect: 'ready',
      text: ['1 234 567,50 ₽'],
    },
    { name: 'a huge value 1e300', data: pieGain(1e300), expect: 'ready' },
    {
      name: 'values whose sum overflows (2 x 1e308)',
      data: {
        gains: [
          { key: 'a', value: 1e308 },
          { key: 'b', value: 1e308 },
        ],
      },
      expect: 'error',
      paths: ['gains'],
    },
    {
      name: 'key missing',
      data: setAt(pie, ['gains', 0, 'key'], DELETE),
      expect: 'notice',
      paths: ['gains[0].key'],
    },
    { name: 'key ""', data: setAt(pie, ['gains', 0, 'key'], ''), expect: 'notice', paths: ['gains[0].key'] },
    {
      name: 'key an object',
      data: setAt(pie, ['gains', 0, 'key'], {}),
      expect: 'notice',
      paths: ['gains[0].key'],
    },
    { name: 'key a number', data: setAt(pie, ['gains', 0, 'key'], 7), expect: 'ready' },
    {
      name: 'label a number',
      data: setAt(pie, ['gains', 0, 'label'], 5),
      expect: 'notice',
      paths: ['gains[0].label'],
    },
    {
      name: 'duplicate keys',
      data: setAt(pie, ['gains', 1, 'key'], 'upsell'),
      expect: 'error',
      paths: ['gains[1].key'],
    },
    { name: 'unit unknown', data: withTop(pie, { unit: 'euro' }), expect: 'error', paths: ['unit'] },
    {
      name: 'currency lower case',
      data: withTop(channelMoney, { currency: 'rub' }),
      expect: 'error',
      paths: ['currency'],
    },
    { name: 'unknown top-level fields are ignored', data: withTop(pie, { extra: [1, 2] }), expect: 'ready' },
    {
      name: 'options.otherBelow NaN',
      data: pie,
      props: { options: { otherBelow: NaN } },
      expect: 'error',
      paths: ['options.otherBelow'],
    },
    {
      name: 'options.decimals "2"',
      data: pie,
      props: { options: { decimals: '2' } },
      expect: 'error',
      paths: ['options.decimals'],
    },
  ],
};

// ---------------------------------------------------------------- funnel
const stageCount = (value: unknown) => setAt(funnelIssue, ['stages', 1, 'count'], value);
const deal = (field: string, value: unknown) => setAt(erpDeals, ['deals', 0, field], value);
const historyDate = (value: unknown) => setAt(erpDeals, ['deals', 0, 'history', 0, 'date'], value);

export const funnelTable: WidgetTable = {
  tag: 'pulse-funnel',
  valid: funnelIssue,
  cases: [
    ...wholeInput(['']),
    { name: 'stages null', data: { stages: null }, expect: 'error', paths: ['stages'] },
    { name: 'stages a string', data: { stages: 'x' }, expect: 'error', paths: ['stages'] },
    { name: 'empty stages', data: { stages: [] }, expect: 'empty' },
    {
      name: 'one stage',
      data: { stages: [{ key: 'a', label: 'Один', count: 3 }] },
      expect: 'ready',
      text: ['Один'],
    },
    {
      name: 'stages and deals together',
      data: withTop(funnelIssue, { deals: [] }),
      expect: 'error',
      paths: [''],
    },
    { name: 'count "abc"', data: stageCount('abc'), expect: 'error', paths: ['stages[1].count', 'stages'] },
    { name: 'count 1.5', data: stageCount(1.5), expect: 'error', paths: ['stages[1].count', 'stages'] },
    { name: 'count -1', data: stageCount(-1), expect: 'error', paths: ['stages[1].count', 'stages'] },
    { name: 'count NaN', data: stageCount(NaN), expect: 'error', paths: ['stages[1].count', 'stages'] },
    {
      name: 'count Infinity',
      data: stageCount(Infinity),
      expect: 'error',
      paths: ['stages[1].count', 'stages'],
    },
    { name: 'count null', data: stageCount(null), expect: 'error', paths: ['stages[1].count', 'stages'] },
    {
      name: 'count missing',
      data: stageCount(DELETE),
      expect: 'error',
      paths: ['stages[1].count', 'stages'],
    },
    { name: 'count "1 234"', data: stageCount('1 234'), expect: 'ready', text: ['1 234'] },
    { name: 'count 1e21 (huge)', data: stageCount(1e21), expect: 'ready' },
    {
      name: 'a null stage',
      data: setAt(funnelIssue, ['stages', 2], null),
      expect: 'error',
      paths: ['stages[2]', 'stages'],
    },
    {
      name: 'duplicate stage keys',
      data: setAt(funnelIssue, ['stages', 1, 'key'], 'need'),
      expect: 'error',
      paths: ['stages[1].key', 'stages'],
    },
    { name: 'base "abc"', data: withTop(funnelIssue, { base: 'abc' }), expect: 'error', paths: ['base'] },
    {
      name: 'currency "rub"',
      data: withTop(funnelIssue, { currency: 'rub' }),
      expect: 'error',
      paths: ['currency'],
    },
    {
      name: 'owner row null',
      data: setAt(needsByOwner, ['owners', 1], null),
      expect: 'notice',
      paths: ['owners[1]'],
    },
    {
      name: 'owner row misses a stage',
      data: setAt(needsByOwner, ['owners', 1, 'stages'], (needsByOwner.owners![1].stages ?? []).slice(1)),
      expect: 'notice',
      paths: ['owners[1].stages'],
    },
    { name: 'deals without stageOrder', data: { deals: [] }, expect: 'error', paths: ['stageOrder'] },
    { name: 'no deals', data: { stageOrder: ['a', 'b'], deals: [] }, expect: 'ready' },
    { name: 'empty stageOrder and no deals', data: { stageOrder: [], deals: [] }, expect: 'empty' },
    {
      name: 'one deal',
      data: { stageOrder: ['a', 'b'], deals: [{ id: 1, stage: 'b', status: 'won', amount: '1 000,50' }] },
      expect: 'ready',
    },
    {
      name: 'duplicate stageOrder',
      data: withTop(erpDeals, { stageOrder: [...(erpDeals.stageOrder as string[]), 'contact'] }),
      expect: 'error',
      paths: ['stageOrder[7]', 'stageOrder'],
    },
    { name: 'deal null', data: setAt(erpDeals, ['deals', 0], null), expect: 'notice', paths: ['deals[0]'] },
    {
      name: 'deal status "closed"',
      data: deal('status', 'closed'),
      expect: 'notice',
      paths: ['deals[0].status'],
    },
    {
      name: 'deal status missing',
      data: deal('status', DELETE),
      expect: 'notice',
      paths: ['deals[0].status'],
    },
    { name: 'deal amount "abc"', data: deal('amount', 'abc'), expect: 'notice', paths: ['deals[0].amount'] },
    { name: 'deal amount NaN', data: deal('amount', NaN), expect: 'notice', paths: ['deals[0].amount'] },
    {
      name: 'deal amount -Infinity',
      data: deal('amount', -Infinity),
      expect: 'notice',
      paths: ['deals[0].amount'],
    },
    { name: 'deal amount "1 234,56"', data: deal('amount', '1 234,56'), expect: 'ready' },
    {
      name: 'deal unknown stage',
      data: deal('stage', 'nowhere'),
      expect: 'notice',
      paths: ['deals[0].stage'],
    },
    { name: 'deal id null', data: deal('id', null), expect: 'notice', paths: ['deals[0].id'] },
    {
      name: 'duplicate deal ids',
      data: setAt(erpDeals, ['deals', 1, 'id'], erpDeals.deals![0].id),
      expect: 'notice',
      paths: ['deals[1].id'],
    },
    {
      name: 'history not an array',
      data: deal('history', 'x'),
      expect: 'notice',
      paths: ['deals[0].history'],
    },
    {
      name: 'history date 31.02.2024',
      data: historyDate('31.02.2024'),
      expect: 'notice',
      paths: ['deals[0].history[0].date'],
    },
    {
      name: 'history date 27.02.24',
      data: historyDate('27.02.24'),
      expect: 'notice',
      paths: ['deals[0].history[0].date'],
    },
    {
      name: 'history date 0001-01-01',
      data: historyDate('0001-01-01'),
      expect: 'notice',
      paths: ['deals[0].history[0].date'],
    },
    {
      name: 'history date 2024-01-09T23:30:00+03:00',
      data: historyDate('2024-01-09T23:30:00+03:00'),
      expect: 'ready',
    },
    {
      name: 'history date 2024-01-09T00:30:00-05:00',
      data: historyDate('2024-01-09T00:30:00-05:00'),
      expect: 'ready',
    },
    {
      name: 'history date 2024-01-09T25:00',
      data: historyDate('2024-01-09T25:00'),
      expect: 'notice',
      paths: ['deals[0].history[0].date'],
    },
    {
      name: 'closedAt 0001-01-01 (no date)',
      data: setAt(erpDeals, ['deals', 1, 'closedAt'], '0001-01-01'),
      expect: 'ready',
    },
    {
      name: 'closedAt 30.02.2024',
      data: setAt(erpDeals, ['deals', 1, 'closedAt'], '30.02.2024'),
      expect: 'notice',
      paths: ['deals[1].closedAt'],
    },
    {
      name: 'options.ids "yes"',
      data: erpDeals,
      props: { options: { ids: 'yes' } },
      expect: 'error',
      paths: ['options.ids'],
    },
  ],
};

// ---------------------------------------------------------------- lifecycle grid
const lc = lifecycleExample;
const purchase = (value: unknown) => setAt(lc, ['clients', 2, 'purchases', 1], value);

export const lifecycleGridTable: WidgetTable = {
  tag: 'pulse-lifecycle-grid',
  valid: lc,
  cases: [
    ...wholeInput(['']),
    { name: 'clients null', data: { asOf: lc.asOf, clients: null }, expect: 'error', paths: ['clients'] },
    { name: 'no clients', data: { asOf: lc.asOf, clients: [] }, expect: 'empty' },
    {
      name: 'one client',
      data: { asOf: lc.asOf, clients: [lc.clients[0]] },
      expect: 'ready',
    },
    { name: 'asOf missing', data: { clients: lc.clients }, expect: 'error', paths: ['asOf'] },
    { name: 'asOf null', data: withTop(lc, { asOf: null }), expect: 'error', paths: ['asOf'] },
    { name: 'asOf 31.02.2024', data: withTop(lc, { asOf: '31.02.2024' }), expect: 'error', paths: ['asOf'] },
    { name: 'asOf 27.02.24', data: withTop(lc, { asOf: '27.02.24' }), expect: 'error', paths: ['asOf'] },
    {
      name: 'asOf 0001-01-01 (no date)',
      data: withTop(lc, { asOf: '0001-01-01' }),
      expect: 'error',
      paths: ['asOf'],
    },
    {
      name: 'asOf 30.06.2024',
      data: withTop(lc, { asOf: '30.06.2024' }),
      expect: 'ready',
      text: ['30.06.2024'],
    },
    {
      name: 'asOf 2024-06-30T23:30:00+03:00',
      data: withTop(lc, { asOf: '2024-06-30T23:30:00+03:00' }),
      expect: 'ready',
      text: ['30.06.2024'],
    },
    {
      name: 'asOf 2024-06-30T00:30:00-05:00',
      data: withTop(lc, { asOf: '2024-06-30T00:30:00-05:00' }),
      expect: 'ready',
      text: ['30.06.2024'],
    },
    { name: 'both clients and segments', data: withTop(lc, { segments: [] }), expect: 'error', paths: [''] },
    { name: 'a null client', data: setAt(lc, ['clients', 1], null), expect: 'notice', paths: ['clients[1]'] },
    {
      name: 'client id missing',
      data: setAt(lc, ['clients', 1, 'id'], DELETE),
      expect: 'notice',
      paths: ['clients[1].id'],
    },
    {
      name: 'client name a number',
      data: setAt(lc, ['clients', 1, 'name'], 5),
      expect: 'notice',
      paths: ['clients[1].name'],
    },
    {
      name: 'purchases null',
      data: setAt(lc, ['clients', 1, 'purchases'], null),
      expect: 'notice',
      paths: ['clients[1].purchases'],
    },
    {
      name: 'purchase 31.02.2024',
      data: purchase('31.02.2024'),
      expect: 'notice',
      paths: ['clients[2].purchases[1]'],
    },
    {
      name: 'purchase 27.02.24',
      data: purchase('27.02.24'),
      expect: 'notice',
      paths: ['clients[2].purchases[1]'],
    },
    {
      name: 'purchase a number',
      data: purchase(20240201),
      expect: 'notice',
      paths: ['clients[2].purchases[1]'],
    },
    { name: 'purchase 01.02.2024', data: purchase('01.02.2024'), expect: 'ready' },
    {
      name: 'purchase 2024-02-01T23:59:59+03:00',
      data: purchase('2024-02-01T23:59:59+03:00'),
      expect: 'ready',
    },
    { name: 'purchase 0001-01-01 (no date)', data: purchase('0001-01-01'), expect: 'ready' },
    {
      name: 'purchase amount "abc"',
      data: purchase({ date: '2024-02-01', amount: 'abc' }),
      expect: 'notice',
      paths: ['clients[2].purchases[1].amount'],
    },
    {
      name: 'purchase amount NaN',
      data: purchase({ date: '2024-02-01', amount: NaN }),
      expect: 'notice',
      paths: ['clients[2].purchases[1].amount'],
    },
    {
      name: 'purchase amount an object',
      data: purchase({ date: '2024-02-01', amount: {} }),
      expect: 'notice',
      paths: ['clients[2].purchases[1].amount'],
    },
    {
      name: 'purchase amount "1 234,56"',
      data: purchase({ date: '2024-02-01', amount: '1 234,56' }),
      expect: 'ready',
    },
    // The core refuses the whole input on a repeated id (lifecycle-grid.test.ts asks for it),
    // unlike the pool, the matrix and the table, which leave the repeat out.
    {
      name: 'duplicate client ids',
      data: setAt(lc, ['clients', 1, 'id'], 'a'),
      expect: 'error',
      paths: ['clients[1].id'],
    },
    { name: 'segments: none', data: { segments: [] }, expect: 'empty' },
    { name: 'segments: one', data: { segments: [{ segment: 3, count: 4 }] }, expect: 'ready' },
    {
      name: 'segment 10',
      data: setAt(lifecycleSeed, ['segments', 0, 'segment'], 10),
      expect: 'notice',
      paths: ['segments[0].segment'],
    },
    {
      name: 'segment count -1',
      data: setAt(lifecycleSeed, ['segments', 0, 'count'], -1),
      expect: 'notice',
      paths: ['segments[0].count'],
    },
    {
      name: 'segment count NaN',
      data: setAt(lifecycleSeed, ['segments', 0, 'count'], NaN),
      expect: 'notice',
      paths: ['segments[0].count'],
    },
    {
      name: 'segment count "3"',
      data: setAt(lifecycleSeed, ['segments', 0, 'count'], '3'),
      expect: 'notice',
      paths: ['segments[0].count'],
    },
    {
      name: 'segments asOf 31.02.2015',
      data: withTop(lifecycleSeed, { asOf: '31.02.2015' }),
      expect: 'error',
      paths: ['asOf'],
    },
  ],
};

// ---------------------------------------------------------------- traffic-light pool
const pool = poolExample;
const value = (v: unknown) => setAt(pool, ['clients', 0, 'values', 'activity'], v);
const expiry = (v: unknown) => setAt(poolSlide, ['clients', 0, 'expires', 'cok'], v);

export const trafficLightPoolTable: WidgetTable = {
  tag: 'pulse-traffic-light-pool',
  valid: pool,
  cases: [
    ...wholeInput(['indicators', 'clients']),
    { name: 'clients missing', data: setAt(pool, ['clients'], DELETE), expect: 'error', paths: ['clients'] },
    { name: 'no clients', data: setAt(pool, ['clients'], []), expect: 'empty' },
    {
      name: 'one client',
      data: setAt(pool, ['clients'], [pool.clients[0]]),
      expect: 'ready',
      text: ['1 клиент'],
    },
    {
      name: 'indicators empty',
      data: setAt(pool, ['indicators'], []),
      expect: 'error',
      paths: ['indicators'],
    },
    {
      name: 'indicator weight "abc"',
      data: setAt(pool, ['indicators', 0, 'weight'], 'abc'),
      expect: 'error',
      paths: ['indicators[0].weight', 'indicators'],
    },
    {
      name: 'indicator weight Infinity',
      data: setAt(pool, ['indicators', 0, 'weight'], Infinity),
      expect: 'error',
      paths: ['indicators[0].weight', 'indicators'],
    },
    {
      name: 'duplicate indicator keys',
      data: setAt(pool, ['indicators', 1, 'key'], 'activity'),
      expect: 'error',
      paths: ['indicators[1].key', 'indicators'],
    },
    {
      name: 'indicator steps without min',
      data: setAt(pool, ['indicators', 5, 'rule'], [{ earn: 0.5 }]),
      expect: 'error',
      paths: ['indicators[5].rule', 'indicators'],
    },
    { name: 'value "abc"', data: value('abc'), expect: 'notice', paths: ['clients[0].values.activity'] },
    { name: 'value NaN', data: value(NaN), expect: 'notice', paths: ['clients[0].values.activity'] },
    {
      name: 'value Infinity',
      data: value(Infinity),
      expect: 'notice',
      paths: ['clients[0].values.activity'],
    },
    { name: 'value "1 779"', data: value('1 779'), expect: 'ready' },
    { name: 'value 1e308', data: value(1e308), expect: 'ready' },
    { name: 'value null (no value)', data: value(null), expect: 'ready' },
    {
      name: 'values null',
      data: setAt(pool, ['clients', 0, 'values'], null),
      expect: 'notice',
      paths: ['clients[0].values'],
    },
    {
      name: 'values missing',
      data: setAt(pool, ['clients', 0, 'values'], DELETE),
      expect: 'notice',
      paths: ['clients[0].values'],
    },
    {
      name: 'values an array',
      data: setAt(pool, ['clients', 0, 'values'], [1, 2]),
      expect: 'notice',
      paths: ['clients[0].values'],
    },
    {
      name: 'client id null',
      data: setAt(pool, ['clients', 0, 'id'], null),
      expect: 'notice',
      paths: ['clients[0].id'],
    },
    {
      name: 'duplicate client ids',
      data: setAt(pool, ['clients', 1, 'id'], 'c1'),
      expect: 'notice',
      paths: ['clients[1].id'],
    },
    {
      name: 'every client bad',
      data: setAt(pool, ['clients'], [null]),
      expect: 'notice',
      shows: 'empty',
      paths: ['clients[0]'],
    },
    {
      name: 'expiry 31.02.2024',
      data: expiry('31.02.2024'),
      expect: 'notice',
      paths: ['clients[0].expires.cok'],
    },
    {
      name: 'expiry 27.02.24',
      data: expiry('27.02.24'),
      expect: 'notice',
      paths: ['clients[0].expires.cok'],
    },
    { name: 'expiry 0001-01-01 (none)', data: expiry('0001-01-01'), expect: 'ready' },
    { name: 'expiry 2024-07-10T23:30:00+03:00', data: expiry('2024-07-10T23:30:00+03:00'), expect: 'ready' },
    {
      name: 'asOf 31.02.2024',
      data: withTop(pool, { asOf: '31.02.2024' }),
      expect: 'error',
      paths: ['asOf'],
    },
    { name: 'asOf 27.02.24', data: withTop(pool, { asOf: '27.02.24' }), expect: 'error', paths: ['asOf'] },
    {
      name: 'asOf 0001-01-01',
      data: withTop(pool, { asOf: '0001-01-01' }),
      expect: 'error',
      paths: ['asOf'],
    },
    { name: 'asOf 30.06.2024', data: withTop(pool, { asOf: '30.06.2024' }), expect: 'ready' },
    {
      name: 'asOf 2024-06-30T23:30:00+03:00',
      data: withTop(pool, { asOf: '2024-06-30T23:30:00+03:00' }),
      expect: 'ready',
    },
    {
      name: 'thresholds.yellow "abc"',
      data: withTop(pool, { thresholds: { yellow: 'abc' } }),
      expect: 'error',
      paths: ['thresholds.yellow'],
    },
    {
      name: 'target.red 2',
      data: withTop(pool, { target: { red: 2 } }),
      expect: 'error',
      paths: ['target.red'],
    },
    {
      name: 'options.soonDays -1',
      data: poolSlide,
      props: { options: { soonDays: -1 } },
      expect: 'error',
      paths: ['options.soonDays'],
    },
  ],
};

// ---------------------------------------------------------------- ABC/XYZ matrix
const abc = abcXyzIssue;
const abcValue = (v: unknown) => setAt(abc, ['rows', 0, 'values', 1], v);

export const abcXyzMatrixTable: WidgetTable = {
  tag: 'pulse-abc-xyz-matrix',
  valid: abc,
  cases: [
    ...wholeInput(['periods', 'rows']),
    { name: 'rows null', data: setAt(abc, ['rows'], null), expect: 'error', paths: ['rows'] },
    { name: 'periods missing', data: setAt(abc, ['periods'], DELETE), expect: 'error', paths: ['periods'] },
    { name: 'no rows', data: setAt(abc, ['rows'], []), expect: 'empty' },
    { name: 'no periods and no rows', data: { periods: [], rows: [] }, expect: 'empty' },
    { name: 'one row', data: setAt(abc, ['rows'], [abc.rows[0]]), expect: 'ready', text: ['1 клиент'] },
    { name: 'a null row', data: setAt(abc, ['rows', 2], null), expect: 'notice', paths: ['rows[2]'] },
    { name: 'value "abc"', data: abcValue('abc'), expect: 'notice', paths: ['rows[0].values[1]'] },
    { name: 'value null', data: abcValue(null), expect: 'notice', paths: ['rows[0].values[1]'] },
    { name: 'value NaN', data: abcValue(NaN), expect: 'notice', paths: ['rows[0].values[1]'] },
    { name: 'value -Infinity', data: abcValue(-Infinity), expect: 'notice', paths: ['rows[0].values[1]'] },
    { name: 'value "1 234,56"', data: abcValue('1 234,56'), expect: 'ready' },
    { name: 'value negative (a refund)', data: abcValue(-50), expect: 'ready' },
    {
      name: 'values whose sum overflows (3 x 1e308)',
      data: setAt(abc, ['rows', 0, 'values'], [1e308, 1e308, 1e308]),
      expect: 'error',
      paths: ['rows[0].values'],
    },
    {
      name: 'one value too few',
      data: setAt(abc, ['rows', 0, 'values'], [1, 2]),
      expect: 'notice',
      paths: ['rows[0].values'],
    },
    {
      name: 'duplicate ids',
      data: setAt(abc, ['rows', 1, 'id'], 'c1'),
      expect: 'notice',
      paths: ['rows[1].id'],
    },
    {
      name: 'id an object',
      data: setAt(abc, ['rows', 1, 'id'], {}),
      expect: 'notice',
      paths: ['rows[1].id'],
    },
    {
      name: 'everPurchased "yes"',
      data: setAt(abc, ['rows', 1, 'everPurchased'], 'yes'),
      expect: 'notice',
      paths: ['rows[1].everPurchased'],
    },
    {
      name: 'measure unknown',
      data: withTop(abc, { measure: 'margin' }),
      expect: 'error',
      paths: ['measure'],
    },
    // Left out, period 0 would leave every row one value too many: the input is refused.
    { name: 'period ""', data: setAt(abc, ['periods', 0], ''), expect: 'error', paths: ['periods[0]'] },
    {
      name: 'period Infinity',
      data: setAt(abc, ['periods', 1], Infinity),
      expect: 'error',
      paths: ['periods[1]'],
    },
    { name: 'period a number', data: setAt(abc, ['periods', 1], 202402), expect: 'ready' },
    {
      name: 'previous rows null',
      data: withTop(abc, { previous: { periods: abc.periods, rows: null } }),
      expect: 'error',
      paths: ['previous.rows'],
    },
  ],
};

// ---------------------------------------------------------------- debt table
// Flat, with the date columns shown, so a date can be read back from the table.
const debt = { ...debtIssue, groupBy: [], columns: ['debt', 'lastPaymentDate', 'lastUpdate', 'lastLogin'] };
const row0 = (field: string, v: unknown) => setAt(debt, ['rows', 0, field], v);

export const debtTableTable: WidgetTable = {
  tag: 'pulse-debt-table',
  valid: debtSeed,
  cases: [
    ...wholeInput(['asOf', 'rows']),
    { name: 'rows null', data: setAt(debt, ['rows'], null), expect: 'error', paths: ['rows'] },
    { name: 'no rows', data: setAt(debt, ['rows'], []), expect: 'empty' },
    {
      name: 'one row',
      data: setAt(debt, ['rows'], [debt.rows[0]]),
      expect: 'ready',
      text: ['Ликстрой', '1 000 000,00'],
    },
    {
      name: 'asOf 31.02.2024',
      data: withTop(debt, { asOf: '31.02.2024' }),
      expect: 'error',
      paths: ['asOf'],
    },
    { name: 'asOf 27.02.24', data: withTop(debt, { asOf: '27.02.24' }), expect: 'error', paths: ['asOf'] },
    {
      name: 'asOf 0001-01-01',
      data: withTop(debt, { asOf: '0001-01-01' }),
      expect: 'error',
      paths: ['asOf'],
    },
    { name: 'asOf a number', data: withTop(debt, { asOf: 20240719 }), expect: 'error', paths: ['asOf'] },
    {
      name: 'asOf 2024-07-19T23:30:00+03:00',
      data: withTop(debt, { asOf: '2024-07-19T23:30:00+03:00' }),
      expect: 'ready',
    },
    { name: 'a null row', data: setAt(debt, ['rows', 1], null), expect: 'notice', paths: ['rows[1]'] },
    { name: 'name missing', data: row0('name', DELETE), expect: 'notice', paths: ['rows[0].name'] },
    { name: 'owner null', data: row0('owner', null), expect: 'notice', paths: ['rows[0].owner'] },
    { name: 'debt "abc"', data: row0('debt', 'abc'), expect: 'notice', paths: ['rows[0].debt'] },
    { name: 'debt NaN', data: row0('debt', NaN), expect: 'notice', paths: ['rows[0].debt'] },
    { name: 'debt Infinity', data: row0('debt', Infinity), expect: 'notice', paths: ['rows[0].debt'] },
    {
      name: 'debt "1 000 000,00"',
      data: row0('debt', '1 000 000,00'),
      expect: 'ready',
      text: ['1 000 000,00'],
    },
    { name: 'debt "1 234,56"', data: row0('debt', '1 234,56'), expect: 'ready', text: ['1 234,56'] },
    { name: 'debt 1e300', data: row0('debt', 1e300), expect: 'ready' },
    { name: 'debt negative (an advance)', data: row0('debt', -500), expect: 'ready' },
    {
      name: 'lastMonthCharge -1',
      data: row0('lastMonthCharge', -1),
      expect: 'notice',
      paths: ['rows[0].lastMonthCharge'],
    },
    {
      name: 'last payment 31.02.2024',
      data: setAt(debt, ['rows', 0, 'lastPayment', 'date'], '31.02.2024'),
      expect: 'notice',
      paths: ['rows[0].lastPayment.date'],
    },
    {
      name: 'last payment 27.02.24',
      data: setAt(debt, ['rows', 0, 'lastPayment', 'date'], '27.02.24'),
      expect: 'notice',
      paths: ['rows[0].lastPayment.date'],
    },
    {
      name: 'last payment 0001-01-01 (no date)',
      data: setAt(debt, ['rows', 0, 'lastPayment', 'date'], '0001-01-01'),
      expect: 'ready',
    },
    {
      name: 'last payment 27.02.2024',
      data: debt,
      expect: 'ready',
      text: ['27.02.2024'],
    },
    {
      name: 'lastUpdate 2024-07-09T23:30:00+03:00',
      data: row0('lastUpdate', '2024-07-09T23:30:00+03:00'),
      expect: 'ready',
      text: ['09.07.2024'],
    },
    {
      name: 'lastUpdate 2024-07-09T00:30:00-05:00',
      data: row0('lastUpdate', '2024-07-09T00:30:00-05:00'),
      expect: 'ready',
      text: ['09.07.2024'],
    },
    {
      name: 'lastUpdate 2024-07-09T21:00:00Z',
      data: row0('lastUpdate', '2024-07-09T21:00:00Z'),
      expect: 'ready',
      text: ['09.07.2024'],
    },
    {
      name: 'lastUpdate 2024-07-09 (date only)',
      data: row0('lastUpdate', '2024-07-09'),
      expect: 'ready',
      text: ['09.07.2024'],
    },
    {
      name: 'lastLogin 2024-02-29 (leap day)',
      data: row0('lastLogin', '2024-02-29'),
      expect: 'ready',
      text: ['29.02.2024'],
    },
    {
      name: 'lastLogin 29.02.2023',
      data: row0('lastLogin', '29.02.2023'),
      expect: 'notice',
      paths: ['rows[0].lastLogin'],
    },
    {
      name: 'lastLogin 2024-13-01',
      data: row0('lastLogin', '2024-13-01'),
      expect: 'notice',
      paths: ['rows[0].lastLogin'],
    },
    {
      name: 'lastLogin an object',
      data: row0('lastLogin', {}),
      expect: 'notice',
      paths: ['rows[0].lastLogin'],
    },
    {
      name: 'debtMonths 13.2023',
      data: row0('debtMonths', ['13.2023']),
      expect: 'notice',
      paths: ['rows[0].debtMonths[0]'],
    },
    {
      name: 'duplicate ids',
      data: setAt(debt, ['rows', 1, 'id'], '842197'),
      expect: 'notice',
      paths: ['rows[1].id'],
    },
    {
      name: 'groupBy unknown level',
      data: withTop(debt, { groupBy: ['region'] }),
      expect: 'notice',
      paths: ['groupBy[0]'],
    },
  ],
};

export const tables: WidgetTable[] = [
  channelPieTable,
  funnelTable,
  lifecycleGridTable,
  trafficLightPoolTable,
  abcXyzMatrixTable,
  debtTableTable,
];

// ---------------------------------------------------------------- DOM helpers

/** Every element under `root`, walking into open shadow roots (nested widgets too). */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** Text of the shadow root without the issue lists (their messages may quote NaN). */
function resultText(el: Element): string {
  const root = el.shadowRoot!;
  let text = '';
  const walk = (node: Node) => {
    if (node instanceof Element && node.matches('[part~="error"], [part~="notice"]')) return;
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    for (const child of node.childNodes) walk(child);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
  };
  walk(root);
  return text;
}

/**
 * No NaN, Infinity, undefined or [object Object] in the rendered text or in any attribute;
 * an issue message may name a bad value only as `got NaN` / `value Infinity`.
 */
export function expectNoJunkDeep(el: Element, context = ''): void {
  const junk = /NaN|Infinity|undefined|\[object Object\]/;
  expect(resultText(el), `${context} result text`).not.to.match(junk);
  const issues = [...el.shadowRoot!.querySelectorAll('[part~="error"], [part~="notice"]')]
    .map((n) => n.textContent ?? '')
    .join(' ')
    .replace(/(got|value) -?(NaN|Infinity)/g, '');
  expect(issues, `${context} issue text`).not.to.match(junk);
  for (const node of allElements(el.shadowRoot!)) {
    for (const attr of node.attributes) {
      expect(`${attr.name}=${attr.value}`, `${context} attribute of <${node.localName}>`).not.to.match(
        /NaN|Infinity|undefined|\[object Object\]/,
      );
    }
  }
}
