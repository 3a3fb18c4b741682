import { describe, expect, it } from 'vitest';
import {
  LIFECYCLE_SEGMENTS,
  lifecycleSegments,
  SEGMENT_NAMES,
  type LifecycleClient,
  type LifecycleClientResult,
} from '../../src/core/lifecycle.js';
import { issuesOf } from './issues-of.js';

const ASOF = '2024-06-30';
const byId = (clients: LifecycleClientResult[]) => Object.fromEntries(clients.map((c) => [c.id, c]));
const run = (clients: LifecycleClient[], asOf = ASOF, options = {}) =>
  byId(lifecycleSegments({ asOf, clients }, options).clients);

/** A date `days` before 2024-06-30 as YYYY-MM-DD. */
const ago = (days: number) => new Date(Date.UTC(2024, 5, 30 - days)).toISOString().slice(0, 10);

describe('lifecycleSegments({asOf, clients}) on the widget example', () => {
  // Gaps: b 31, 30, 31; c 31 -> the median of all gaps is 31 (used by a and d).
  const r = lifecycleSegments({
    asOf: ASOF,
    clients: [
      { id: 'a', purchases: ['2024-06-20'] },
      { id: 'b', purchases: ['2024-03-01', '2024-04-01', '2024-05-01', '2024-06-01'] },
      { id: 'c', purchases: ['2024-01-01', '2024-02-01'] },
      { id: 'd', purchases: ['2024-04-15'] },
      { id: 'e', purchases: [] },
    ],
  });
  const c = byId(r.clients);

  it('puts a (one purchase 10 days ago, T 31) into 1 New: active', () => {
    expect(c.a).toMatchObject({
      segment: 1,
      stage: 'new',
      activity: 'active',
      recencyDays: 10,
      cycleDays: 31,
    });
    expect(c.a.cycleSource).toBe('all');
    expect(c.a.daysToNextState).toBe(37); // falls asleep when r > 46.5, on day 47
  });

  it('puts b (4 purchases, own T 31, last 29 days ago) into 3 Regular: active', () => {
    expect(c.b).toMatchObject({
      segment: 3,
      stage: 'regular',
      activity: 'active',
      purchases: 4,
      cycleDays: 31,
    });
    expect(c.b).toMatchObject({ recencyDays: 29, lastPurchase: '2024-06-01', cycleSource: 'own' });
  });

  it('puts c (2 purchases, own T 31, last 150 days ago > 3T) into 8 Asleep promising', () => {
    expect(c.c).toMatchObject({ segment: 8, stage: 'promising', activity: 'asleep', recencyDays: 150 });
    expect(c.c.daysToNextState).toBeNull();
  });

  it('puts d (one purchase 76 days ago, 1.5T < 76 <= 3T) into 4 Falling-asleep new', () => {
    expect(c.d).toMatchObject({ segment: 4, stage: 'new', activity: 'falling-asleep', recencyDays: 76 });
    expect(c.d.daysToNextState).toBe(18); // asleep when r > 93
  });

  it('keeps e (no purchase) outside the nine cells, as potential', () => {
    expect(c.e).toEqual({
      id: 'e',
      name: null,
      owner: null,
      segment: null,
      stage: 'potential',
      activity: null,
      daysToNextState: null,
      lastPurchase: null,
      purchases: 0,
      cycleDays: null,
      cycleSource: null,
      recencyDays: null,
    });
    expect(r.potential).toEqual({ count: 1, ids: ['e'] });
  });

  it('counts segments with shares of the clients in the nine cells, and reports the median gap', () => {
    expect(r.segments.map((s) => s.count)).toEqual([1, 0, 1, 1, 0, 0, 0, 1, 0]);
    expect(r.segments.map((s) => s.share)).toEqual([0.25, 0, 0.25, 0.25, 0, 0, 0, 0.25, 0]);
    expect(r.segments[7]).toEqual({
      segment: 8,
      stage: 'promising',
      activity: 'asleep',
      count: 1,
      share: 0.25,
      ids: ['c'],
    });
    expect(r.total).toBe(5);
    expect(r.medianGapDays).toBe(31);
    expect(r.asOf).toBe('2024-06-30');
  });
});

describe('lifecycleSegments(input) activity boundaries', () => {
  // Own gap 10 days -> T = 10: active r <= 15, falling asleep r <= 30, asleep beyond.
  const at = (r: number) => ({ id: `r${r}`, purchases: [ago(r + 10), ago(r)] });
  const c = run([at(0), at(15), at(16), at(30), at(31)]);

  it('keeps r exactly 1.5 T active and r exactly 3 T falling asleep', () => {
    expect(c.r0).toMatchObject({ activity: 'active', daysToNextState: 16, cycleDays: 10 });
    expect(c.r15).toMatchObject({ activity: 'active', daysToNextState: 1 });
    expect(c.r16).toMatchObject({ activity: 'falling-asleep', daysToNextState: 15 });
    expect(c.r30).toMatchObject({ activity: 'falling-asleep', daysToNextState: 1 });
    expect(c.r31).toMatchObject({ activity: 'asleep', daysToNextState: null });
    expect([c.r0, c.r15, c.r16, c.r30, c.r31].map((x) => x.segment)).toEqual([2, 2, 5, 5, 8]);
  });

  it('reads fallingAsleepFactor and asleepFactor', () => {
    const d = run([at(16), at(31)], ASOF, { fallingAsleepFactor: 2, asleepFactor: 4 });
    expect(d.r16.activity).toBe('active');
    expect(d.r31.activity).toBe('falling-asleep');
  });

  it('uses a fractional T as it is (median of an even number of gaps)', () => {
    const d = run([{ id: 'x', purchases: [ago(40), ago(30), ago(10), ago(0)] }]); // gaps 10, 20, 10 -> 10
    expect(d.x.cycleDays).toBe(10);
    const e = run([{ id: 'x', purchases: [ago(30), ago(20), ago(5)] }]); // gaps 10, 15 -> 12.5
    expect(e.x).toMatchObject({ cycleDays: 12.5, recencyDays: 5, daysToNextState: 14 }); // r > 18.75 from day 19
  });
});

describe('lifecycleSegments(input) stages and rhythm', () => {
  it('sets the stage by purchase count: 1 new, 2..3 promising, 4+ regular; regularFrom is an option', () => {
    const clients = [1, 2, 3, 4, 5].map((n) => ({
      id: `n${n}`,
      purchases: Array.from({ length: n }, (_, i) => ago(i * 10)),
    }));
    const c = run(clients);
    expect(clients.map((x) => c[x.id].stage)).toEqual([
      'new',
      'promising',
      'promising',
      'regular',
      'regular',
    ]);
    const d = run(clients, ASOF, { regularFrom: 5 });
    expect(clients.map((x) => d[x.id].stage)).toEqual([
      'new',
      'promising',
      'promising',
      'promising',
      'regular',
    ]);
  });

  it('gives clients with one purchase the median of all gaps, else defaultCycleDays', () => {
    const c = run([{ id: 'one', purchases: [ago(40)] }]);
    expect(c.one).toMatchObject({ cycleDays: 30, cycleSource: 'default', activity: 'active' }); // 40 <= 45
    const d = run([{ id: 'one', purchases: [ago(40)] }], ASOF, { defaultCycleDays: 20 });
    expect(d.one).toMatchObject({ cycleDays: 20, activity: 'falling-asleep' });
    const e = run([
      { id: 'one', purchases: [ago(40)] },
      { id: 'x', purchases: [ago(100), ago(80), ago(60)] }, // gaps 20, 20
      { id: 'y', purchases: [ago(100), ago(90)] }, // gap 10
    ]);
    expect(e.one).toMatchObject({ cycleDays: 20, cycleSource: 'all' });
  });

  it('pools all gaps for the median and averages the two middle ones', () => {
    const r = lifecycleSegments({
      asOf: ASOF,
      clients: [
        { id: 'x', purchases: [ago(100), ago(90)] }, // 10
        { id: 'y', purchases: [ago(100), ago(80), ago(50), ago(10)] }, // 20, 30, 40
      ],
    });
    expect(r.medianGapDays).toBe(25);
  });

  it('keeps T at least minCycleDays (7), an option', () => {
    const clients = [{ id: 'x', purchases: [ago(6), ago(4)] }]; // own gap 2
    expect(run(clients).x).toMatchObject({ cycleDays: 7, activity: 'active' });
    expect(run(clients, ASOF, { minCycleDays: 1 }).x).toMatchObject({
      cycleDays: 2,
      activity: 'falling-asleep',
    });
  });
});

describe('lifecycleSegments(input) purchases', () => {
  it('counts several purchases on one date once', () => {
    const c = run([{ id: 'x', purchases: ['2024-06-01', '01.06.2024', '2024-06-01T10:00:00+03:00'] }]);
    expect(c.x.purchases).toBe(1);
  });

  it('nets amounts per date: a date whose amounts sum to 0 or less is not a purchase', () => {
    const c = run([
      {
        id: 'x',
        purchases: [
          { date: '2024-06-01', amount: 100 },
          { date: '2024-06-01', amount: -100 },
          { date: '2024-05-01', amount: '0,1' },
          { date: '2024-05-01', amount: 0.2 },
          { date: '2024-05-01', amount: -0.3 },
          { date: '2024-04-01', amount: -50 },
          { date: '2024-03-01', amount: '1 234,56' },
          { date: '2024-03-01', amount: -1000 },
        ],
      },
    ]);
    expect(c.x).toMatchObject({ purchases: 1, lastPurchase: '2024-03-01' });
  });

  it('counts a bare date, or an object without amount, as a purchase whatever the amounts of that date', () => {
    const c = run([
      { id: 'x', purchases: ['2024-06-01', { date: '2024-06-01', amount: -500 }, { date: '2024-05-01' }] },
      { id: 'z', purchases: [{ date: '2024-06-01', amount: 0 }] },
    ]);
    expect(c.x.purchases).toBe(2);
    expect(c.z.stage).toBe('potential');
  });

  it('ignores purchases after asOf and counts one on asOf (r = 0)', () => {
    const c = run([
      { id: 'x', purchases: ['2024-07-01', '2024-06-30'] },
      { id: 'y', purchases: ['2024-12-31'] },
    ]);
    expect(c.x).toMatchObject({ purchases: 1, recencyDays: 0, lastPurchase: '2024-06-30' });
    expect(c.y.stage).toBe('potential');
  });

  it('skips the 1C empty date and sorts purchases given in any order', () => {
    const c = run([
      {
        id: 'x',
        purchases: [
          '0001-01-01',
          '2024-06-01',
          '2024-01-01',
          { date: '01.01.0001', amount: 5 },
          '2024-03-01',
        ],
      },
    ]);
    expect(c.x).toMatchObject({ purchases: 3, lastPurchase: '2024-06-01' });
    expect(c.x.cycleDays).toBe(76); // gaps 60 and 92
  });

  it('reads a newest-first list that turns out otherwise again from its start, once', () => {
    // Each list starts as exact date strings, newest first, then breaks that form: an
    // object, a repeated date, an older-first step, a bad date. Read again from the start,
    // each gives what the same purchases give in another order, and a bad date is listed once.
    const c = run([
      { id: 'object', purchases: ['2024-06-01', '2024-05-01', { date: '2024-04-01', amount: 5 }] },
      { id: 'repeat', purchases: ['2024-06-01', '2024-05-01', '2024-05-01', '2024-04-01'] },
      { id: 'turn', purchases: ['2024-06-01', '2024-04-01', '2024-05-01'] },
      { id: 'future', purchases: ['2024-07-01', '2024-06-01', '2024-05-01', '2024-04-01'] },
      { id: 'plain', purchases: ['2024-04-01', '2024-05-01', '2024-06-01'] },
    ]);
    const same = { purchases: 3, lastPurchase: '2024-06-01', cycleDays: 30.5 }; // gaps 30 and 31
    for (const id of ['object', 'repeat', 'turn', 'future', 'plain']) expect(c[id]).toMatchObject(same);
    const issues = issuesOf(() =>
      lifecycleSegments({
        asOf: ASOF,
        clients: [{ id: 'x', purchases: ['2024-06-01', '31.02.2024', '2024-04-01'] }],
      }),
    );
    expect(issues).toEqual([
      { path: 'clients[0].purchases[1]', message: '"31.02.2024" is not a calendar date' },
    ]);
  });

  it('handles a client with many purchases in random order', () => {
    const days = Array.from({ length: 200 }, (_, i) => (i * 37) % 200);
    const c = run([{ id: 'x', purchases: days.map((d) => ago(d * 3)) }]);
    expect(c.x).toMatchObject({ purchases: 200, cycleDays: 7, recencyDays: 0, lastPurchase: ASOF }); // gaps 3 -> min 7
  });

  it('passes name and owner through and keeps the input order of clients', () => {
    const r = lifecycleSegments({
      asOf: ASOF,
      clients: [
        { id: 2, name: 'ГБУЗ НСО "ЦКБ"', owner: 'Петров', purchases: [] },
        { id: 1, purchases: [ASOF] },
      ],
    });
    expect(r.clients.map((x) => [x.id, x.name, x.owner])).toEqual([
      ['2', 'ГБУЗ НСО "ЦКБ"', 'Петров'],
      ['1', null, null],
    ]);
  });

  it('gives null shares when every client is potential or there are none', () => {
    const r = lifecycleSegments({ asOf: ASOF, clients: [{ id: 'x', purchases: [] }] });
    expect(r.segments.every((s) => s.share === null && s.count === 0)).toBe(true);
    expect(r.medianGapDays).toBeNull();
    expect(lifecycleSegments({ asOf: ASOF, clients: [] }).segments).toHaveLength(9);
  });

  it('does not mutate the input', () => {
    const clients = Object.freeze([
      Object.freeze({ id: 'x', purchases: Object.freeze(['2024-06-01', '2024-01-01']) }),
    ]);
    expect(() => lifecycleSegments(Object.freeze({ asOf: ASOF, clients }))).not.toThrow();
    expect(clients[0].purchases).toEqual(['2024-06-01', '2024-01-01']);
  });
});

describe('lifecycleSegments(input) errors', () => {
  it('throws one PulseDataError listing every bad date, amount, id and option', () => {
    const issues = issuesOf(() =>
      lifecycleSegments(
        {
          asOf: ASOF,
          clients: [
            {
              id: 'a',
              purchases: ['31.02.2024', { date: 'yesterday', amount: 1 }, { date: ASOF, amount: 'abc' }, 5],
            },
            { id: 'a', purchases: 'none' },
            { purchases: [] },
          ] as never,
        },
        { regularFrom: 1, fallingAsleepFactor: 3, asleepFactor: 2 },
      ),
    );
    expect(issues).toEqual([
      { path: 'options.regularFrom', message: 'expected at least 2, got 1' },
      { path: 'options.asleepFactor', message: 'expected at least fallingAsleepFactor (3), got 2' },
      { path: 'clients[0].purchases[0]', message: '"31.02.2024" is not a calendar date' },
      { path: 'clients[0].purchases[1].date', message: expect.stringContaining('got "yesterday"') },
      { path: 'clients[0].purchases[2].amount', message: 'expected a number, got "abc"' },
      { path: 'clients[0].purchases[3]', message: 'expected a date or {date, amount}, got 5' },
      { path: 'clients[1].id', message: 'duplicate id "a", also at clients[0]' },
      { path: 'clients[1].purchases', message: 'expected an array of dates or {date, amount}, got "none"' },
      { path: 'clients[2].id', message: 'expected a non-empty string or number id, got undefined' },
    ]);
  });

  it('finds duplicate ids among many clients', () => {
    const clients = Array.from({ length: 3000 }, (_, i) => ({ id: `c${i}`, purchases: [] as string[] }));
    clients[2500] = { id: 'c1', purchases: [] };
    expect(issuesOf(() => lifecycleSegments({ asOf: ASOF, clients }))).toEqual([
      { path: 'clients[2500].id', message: 'duplicate id "c1", also at clients[1]' },
    ]);
  });

  it('requires asOf and refuses the empty date there', () => {
    expect(issuesOf(() => lifecycleSegments({ clients: [] } as never))[0].path).toBe('asOf');
    expect(issuesOf(() => lifecycleSegments({ asOf: '0001-01-01', clients: [] }))[0]).toEqual({
      path: 'asOf',
      message: 'expected a date, got the empty date "0001-01-01"',
    });
    expect(issuesOf(() => lifecycleSegments(null as never))[0].path).toBe('');
    expect(issuesOf(() => lifecycleSegments({ asOf: ASOF, clients: {} } as never))[0].path).toBe('clients');
    expect(
      issuesOf(() => lifecycleSegments({ asOf: ASOF, clients: [] }, { defaultCycleDays: 0 }))[0].path,
    ).toBe('options.defaultCycleDays');
  });
});

describe('lifecycle constants', () => {
  it('number the segments as in the source, with Russian and English names', () => {
    expect(Object.keys(LIFECYCLE_SEGMENTS)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(LIFECYCLE_SEGMENTS[6]).toEqual({ stage: 'regular', activity: 'falling-asleep' });
    expect(SEGMENT_NAMES[1]).toEqual({ ru: 'Новые', en: 'New' });
    expect(SEGMENT_NAMES[7]).toEqual({ ru: 'Уснувшие новые', en: 'Asleep new' });
    expect(SEGMENT_NAMES[9].ru).toBe('Уснувшие постоянные');
  });
});
