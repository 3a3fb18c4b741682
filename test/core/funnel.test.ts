import { describe, expect, it } from 'vitest';
import { checklist, funnel, type Deal, type FunnelDealsInput } from '../../src/core/funnel.js';
import { issuesOf } from './issues-of.js';

// The needs funnel of the source slides (domain.md, section 1).
const needs = {
  stages: [
    { key: 'need', label: 'Need identified', count: 548 },
    { key: 'tools', label: 'Tools implemented', count: 430 },
    { key: 'effect', label: 'Effect recorded', count: 330 },
    { key: 'confirmed', label: 'Key user confirmed', count: 179 },
  ],
};

const sales = ['contact', 'qualification', 'proposal', 'negotiation', 'delivery'];

function dealsInput(deals: Deal[], extra: Partial<FunnelDealsInput> = {}): FunnelDealsInput {
  return { stageOrder: sales, deals, ...extra };
}

describe('funnel({stages})', () => {
  it('converts 548 → 430 at 78.47% from the previous and 179 at 32.66% from the first', () => {
    const r = funnel(needs);
    expect(r.stages[1].fromPrevious).toBeCloseTo(0.7847, 4);
    expect(r.stages[3].fromFirst).toBeCloseTo(0.3266, 4);
    expect(r.stages[3].fromPrevious).toBeCloseTo(179 / 330, 12);
    expect(r.stages.map((s) => s.count)).toEqual([548, 430, 330, 179]);
    expect(r.mode).toBe('funnel');
    expect(r.nonMonotonic).toBe(false);
  });
  it('gives the first stage 1 from the previous, 1 from the first and no drop-off', () => {
    const first = funnel(needs).stages[0];
    expect([first.fromPrevious, first.fromFirst, first.dropOff]).toEqual([1, 1, 0]);
  });
  it('computes dropOff as 1 − fromPrevious', () => {
    const r = funnel(needs);
    expect(r.stages[1].dropOff).toBeCloseTo(1 - 430 / 548, 12);
    expect(r.stages[2].dropOff).toBeCloseTo(1 - 330 / 430, 12);
  });
  it('keeps labels, defaults a missing label to the key and leaves deal fields null', () => {
    const r = funnel({
      stages: [
        { key: 'a', count: 3 },
        { key: 7, label: 'Seven', count: 2 },
      ],
    });
    expect(r.stages.map((s) => [s.key, s.label, s.index])).toEqual([
      ['a', 'a', 0],
      ['7', 'Seven', 1],
    ]);
    const s = r.stages[0];
    expect([s.value, s.clients, s.ids, s.open, s.lost, s.won, s.time]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect([r.open, r.won, r.lost, r.winRate, r.owners, r.base]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
  it('accepts number strings for counts and values', () => {
    const r = funnel({ stages: [{ key: 'a', count: '570', value: '1 234,56' }] });
    expect(r.stages[0].count).toBe(570);
    expect(r.stages[0].value).toBe(1234.56);
  });
  it('gives null, not 0, after a stage with a count of 0', () => {
    const r = funnel({
      stages: [
        { key: 'a', count: 5 },
        { key: 'b', count: 0 },
        { key: 'c', count: 0 },
      ],
    });
    expect(r.stages[1]).toMatchObject({ fromPrevious: 0, fromFirst: 0, dropOff: 1 });
    expect(r.stages[2]).toMatchObject({ fromPrevious: null, fromFirst: 0, dropOff: null });
  });
  it('gives null conversions everywhere when the first stage is empty (0/0)', () => {
    const r = funnel({
      stages: [
        { key: 'a', count: 0 },
        { key: 'b', count: 0 },
      ],
    });
    for (const s of r.stages) expect([s.fromPrevious, s.fromFirst, s.dropOff]).toEqual([null, null, null]);
  });
  it('returns no stages for an empty list and 1/1/0 for a single stage', () => {
    expect(funnel({ stages: [] }).stages).toEqual([]);
    expect(funnel({ stages: [{ key: 'a', count: 4 }] }).stages[0]).toMatchObject({
      fromPrevious: 1,
      fromFirst: 1,
      dropOff: 0,
    });
  });
  it('allows a rising count but marks the result nonMonotonic', () => {
    const r = funnel({
      stages: [
        { key: 'a', count: 10 },
        { key: 'b', count: 12 },
      ],
    });
    expect(r.nonMonotonic).toBe(true);
    expect(r.stages[1].fromPrevious).toBeCloseTo(1.2, 12);
    expect(r.stages[1].dropOff).toBeCloseTo(-0.2, 12);
  });
  it('computes the share of the base, with a stage base overriding the input base', () => {
    const r = funnel({
      base: 700,
      stages: [
        { key: 'a', count: 548, clients: 348 },
        { key: 'b', count: 43, base: 50 },
      ],
    });
    expect(r.stages[0]).toMatchObject({ base: 700, shareOfBase: 548 / 700, clientShareOfBase: 348 / 700 });
    expect(r.stages[1]).toMatchObject({ base: 50, shareOfBase: 0.86, clientShareOfBase: null });
    expect(funnel({ base: 0, stages: [{ key: 'a', count: 1 }] }).stages[0].shareOfBase).toBeNull();
    expect(funnel(needs).stages[0].shareOfBase).toBeNull();
  });

  describe('owners', () => {
    it('reads the cell 570/81% — 348: count, share of the base, distinct clients', () => {
      const r = funnel({
        stages: [{ key: 'need', count: 570 }],
        owners: [{ owner: 'Ivanova', base: 704, stages: [{ key: 'need', count: 570, clients: 348 }] }],
      });
      const cell = r.owners![0].stages[0];
      expect(cell.count).toBe(570);
      expect(Math.round(cell.shareOfBase! * 100)).toBe(81);
      expect(cell.clients).toBe(348);
    });
    it('puts each owner stage in funnel order, with its own conversions and nonMonotonic flag', () => {
      const r = funnel({
        ...needs,
        owners: [
          {
            owner: 7,
            stages: [
              { key: 'effect', count: 5 },
              { key: 'need', count: 10 },
              { key: 'confirmed', count: 6 },
              { key: 'tools', count: 8 },
            ],
          },
        ],
      });
      const o = r.owners![0];
      expect(o.owner).toBe('7');
      expect(o.stages.map((s) => [s.key, s.label, s.count])).toEqual([
        ['need', 'Need identified', 10],
        ['tools', 'Tools implemented', 8],
        ['effect', 'Effect recorded', 5],
        ['confirmed', 'Key user confirmed', 6],
      ]);
      expect(o.stages[1].fromPrevious).toBe(0.8);
      expect(o.nonMonotonic).toBe(true);
      expect(r.nonMonotonic).toBe(false);
      expect(o.base).toBeNull();
    });
    it('names an owner stage that is missing, unknown or repeated', () => {
      const input = {
        stages: [
          { key: 'a', count: 2 },
          { key: 'b', count: 1 },
        ],
        owners: [
          { owner: 'x', stages: [{ key: 'a', count: 1 }] },
          {
            owner: 'y',
            stages: [
              { key: 'a', count: 1 },
              { key: 'a', count: 1 },
              { key: 'z', count: 1 },
              { key: 'b', count: 0 },
            ],
          },
          { owner: 'x', stages: 'none' },
        ],
      };
      expect(issuesOf(() => funnel(input as never))).toEqual([
        { path: 'owners[0].stages', message: 'missing stage(s) "b"' },
        { path: 'owners[1].stages[1].key', message: 'duplicate stage "a" (also at owners[1].stages[0])' },
        { path: 'owners[1].stages[2].key', message: 'unknown stage "z"' },
        { path: 'owners[2].owner', message: 'duplicate owner "x" (also at owners[0])' },
        { path: 'owners[2].stages', message: 'expected an array, got "none"' },
      ]);
    });
  });

  it('lists every problem of the stages in one error', () => {
    const input = {
      stages: [
        { key: 'a', count: -1 },
        { key: 'b', count: 2.5 },
        { key: 'a', count: 1 },
        { key: '', count: 1 },
        { key: 'c' },
        { key: 'd', count: 'many', value: -3, clients: 1.5, label: 9 },
        null,
      ],
      base: -2,
    };
    expect(issuesOf(() => funnel(input as never))).toEqual([
      { path: 'stages[0].count', message: 'expected a value of 0 or more, got -1' },
      { path: 'stages[1].count', message: 'expected a whole number, got 2.5' },
      { path: 'stages[2].key', message: 'duplicate stage "a" (also at stages[0])' },
      { path: 'stages[3].key', message: 'expected a non-empty string or number key, got ""' },
      { path: 'stages[4].count', message: 'missing (expected a whole number)' },
      { path: 'stages[5].label', message: 'expected a string, got 9' },
      { path: 'stages[5].count', message: 'expected a number, got "many"' },
      { path: 'stages[5].value', message: 'expected a value of 0 or more, got -3' },
      { path: 'stages[5].clients', message: 'expected a whole number, got 1.5' },
      { path: 'stages[6]', message: 'expected an object with key and count, got null' },
      { path: 'base', message: 'expected a value of 0 or more, got -2' },
    ]);
  });
  it('refuses a missing stages list, a non-object input, both shapes at once and bad options', () => {
    expect(issuesOf(() => funnel({} as never))).toEqual([
      { path: 'stages', message: 'missing (expected an array)' },
    ]);
    expect(issuesOf(() => funnel(null as never))[0].path).toBe('');
    expect(issuesOf(() => funnel({ stages: [], deals: [], stageOrder: [] } as never))).toEqual([
      { path: '', message: 'expected either stages, or stageOrder and deals, not both' },
    ]);
    expect(issuesOf(() => funnel(needs, { mode: 'pyramid' as never, ids: 'yes' as never }))).toEqual([
      { path: 'options.mode', message: `expected one of 'funnel', 'checklist', got "pyramid"` },
      { path: 'options.ids', message: 'expected true or false, got "yes"' },
    ]);
    expect(issuesOf(() => funnel(needs, 5 as never))).toEqual([
      { path: 'options', message: 'expected an object, got 5' },
    ]);
  });
  it('does not mutate its input', () => {
    const input = structuredClone({
      ...needs,
      owners: [{ owner: 'a', stages: needs.stages.slice().reverse() }],
    });
    const copy = structuredClone(input);
    funnel(input);
    expect(input).toEqual(copy);
  });
});

describe('funnel({stageOrder, deals})', () => {
  const deals: Deal[] = [
    { id: 'D1', stage: 'proposal', status: 'open', amount: 100 },
    { id: 'D2', stage: 'qualification', status: 'lost', amount: 50 },
    { id: 'D3', stage: 'contact', status: 'won', amount: 1000 },
    { id: 'D4', stage: 'negotiation', status: 'lost', amount: '707,76' },
    { id: 'D5', stage: 'contact', status: 'open' },
    { id: 'D6', stage: 'delivery', status: 'won', amount: 10 },
  ];

  it('counts a deal for every stage up to its own; a won deal for all stages', () => {
    const r = funnel(dealsInput(deals));
    expect(r.stages.map((s) => s.count)).toEqual([6, 5, 4, 3, 2]);
    expect(r.stages.map((s) => s.key)).toEqual(sales);
  });
  it('counts a won deal at the first stage for all stages', () => {
    const r = funnel(dealsInput([{ id: 1, stage: 'contact', status: 'won' }]));
    expect(r.stages.map((s) => s.count)).toEqual([1, 1, 1, 1, 1]);
  });
  it('sums the amounts of the deals that reached each stage (number strings too)', () => {
    const r = funnel(dealsInput(deals));
    expect(r.stages[0].value).toBeCloseTo(1867.76, 9);
    expect(r.stages[3].value).toBeCloseTo(1717.76, 9);
    expect(r.stages[4].value).toBe(1010);
  });
  it('gives null sums when no deal has an amount', () => {
    const r = funnel(dealsInput([{ id: 1, stage: 'contact', status: 'open' }]));
    expect(r.stages[0].value).toBeNull();
    expect(r.stages[0].open).toEqual({ count: 1, value: null, ids: ['1'] });
  });
  it('splits each stage into open deals now in it, deals lost at it and deals won at it', () => {
    const r = funnel(dealsInput(deals));
    expect(r.stages[0].open).toEqual({ count: 1, value: 0, ids: ['D5'] });
    expect(r.stages[0].won).toEqual({ count: 1, value: 1000, ids: ['D3'] });
    expect(r.stages[1].lost).toEqual({ count: 1, value: 50, ids: ['D2'] });
    expect(r.stages[3].lost!.value).toBeCloseTo(707.76, 9);
    expect(r.stages[4].lost).toEqual({ count: 0, value: 0, ids: [] });
    expect(r.open).toEqual({ count: 2, value: 100, ids: ['D1', 'D5'] });
    expect(r.won).toEqual({ count: 2, value: 1010, ids: ['D3', 'D6'] });
    expect(r.lost!.count).toBe(2);
    expect(r.lost!.ids).toEqual(['D2', 'D4']);
  });
  it('computes the win rate as won / (won + lost), ignoring open deals', () => {
    expect(funnel(dealsInput(deals)).winRate).toBe(0.5);
    expect(funnel(dealsInput([{ id: 1, stage: 'contact', status: 'open' }])).winRate).toBeNull();
  });
  it('handles all deals lost: win rate 0, counts by where they were lost', () => {
    const r = funnel(
      dealsInput([
        { id: 1, stage: 'contact', status: 'lost' },
        { id: 2, stage: 'proposal', status: 'lost' },
      ]),
    );
    expect(r.winRate).toBe(0);
    expect(r.stages.map((s) => s.count)).toEqual([2, 1, 1, 0, 0]);
    expect(r.stages[4]).toMatchObject({ fromPrevious: null, fromFirst: 0, dropOff: null });
  });
  it('gives zero counts and null conversions with no deals', () => {
    const r = funnel(dealsInput([]));
    expect(r.stages.map((s) => [s.count, s.fromPrevious, s.fromFirst])).toEqual(
      sales.map(() => [0, null, null]),
    );
    expect(r.winRate).toBeNull();
    expect(r.owners).toBeNull();
  });
  it('handles a one-stage order', () => {
    const r = funnel({
      stageOrder: ['only'],
      deals: [
        { id: 1, stage: 'only', status: 'won' },
        { id: 2, stage: 'only', status: 'lost' },
      ],
    });
    expect(r.stages[0]).toMatchObject({ count: 2, fromPrevious: 1, fromFirst: 1, dropOff: 0 });
  });
  it('lists the ids that reached each stage: won first, then by stage furthest first', () => {
    const r = funnel(dealsInput(deals));
    expect(r.stages[0].ids).toEqual(['D3', 'D6', 'D4', 'D1', 'D2', 'D5']);
    expect(r.stages[2].ids).toEqual(['D3', 'D6', 'D4', 'D1']);
    expect(r.stages[4].ids).toEqual(['D3', 'D6']);
  });
  it('leaves every id list out with ids: false', () => {
    const r = funnel(dealsInput(deals, { owners: [{ owner: 'x' }] }), { ids: false });
    expect(r.stages.every((s) => s.ids === null && s.open!.ids === null && s.lost!.ids === null)).toBe(true);
    expect([r.open!.ids, r.won!.ids, r.lost!.ids]).toEqual([null, null, null]);
    expect(r.owners![0].stages[0].ids).toBeNull();
  });
  it('takes labels from stageLabels and defaults to the key', () => {
    const r = funnel(dealsInput([], { stageLabels: { contact: 'Primary contact' } }));
    expect(r.stages.map((s) => s.label).slice(0, 2)).toEqual(['Primary contact', 'qualification']);
  });
  it('counts distinct clients per stage by the furthest deal of each client', () => {
    const r = funnel(
      dealsInput([
        { id: 1, stage: 'contact', status: 'open', client: 'ГБУЗ НСО "ЦКБ"' },
        { id: 2, stage: 'proposal', status: 'lost', client: 'ГБУЗ НСО "ЦКБ"' },
        { id: 3, stage: 'qualification', status: 'open', client: 'Нео-Пак, ООО' },
        { id: 4, stage: 'contact', status: 'open' },
      ]),
    );
    expect(r.stages.map((s) => [s.count, s.clients])).toEqual([
      [4, 2],
      [2, 2],
      [1, 1],
      [0, 0],
      [0, 0],
    ]);
    expect(funnel(dealsInput(deals)).stages[0].clients).toBeNull();
  });
  it('computes the share of the base from input.base', () => {
    const r = funnel(dealsInput(deals, { base: 12 }));
    expect(r.base).toBe(12);
    expect(r.stages[0].shareOfBase).toBe(0.5);
  });

  describe('owners', () => {
    const owned: Deal[] = [
      { id: 1, stage: 'proposal', status: 'won', owner: 'Petrov', client: 'a' },
      { id: 2, stage: 'contact', status: 'lost', owner: 'Ivanova', client: 'b' },
      { id: 3, stage: 'proposal', status: 'lost', owner: 'Ivanova', client: 'b' },
      { id: 4, stage: 'qualification', status: 'open' },
      { id: 5, stage: 'contact', status: 'open', owner: 'Abramov' },
    ];
    it('gives each owner the same figures, listed owners first, the others by id', () => {
      const r = funnel(
        dealsInput(owned, {
          owners: [
            { owner: 'Sidorov', base: 3 },
            { owner: 'Petrov', base: 4 },
          ],
        }),
      );
      expect(r.owners!.map((o) => o.owner)).toEqual(['Sidorov', 'Petrov', 'Abramov', 'Ivanova']);
      const [sidorov, petrov, , ivanova] = r.owners!;
      expect(sidorov.stages.map((s) => s.count)).toEqual([0, 0, 0, 0, 0]);
      expect(sidorov.winRate).toBeNull();
      expect(petrov.stages.map((s) => [s.count, s.shareOfBase])).toEqual([
        [1, 0.25],
        [1, 0.25],
        [1, 0.25],
        [1, 0.25],
        [1, 0.25],
      ]);
      expect(petrov.winRate).toBe(1);
      expect(ivanova.stages.map((s) => [s.count, s.clients])).toEqual([
        [2, 1],
        [1, 1],
        [1, 1],
        [0, 0],
        [0, 0],
      ]);
      expect(ivanova.lost!.ids).toEqual(['2', '3']);
      expect(ivanova.stages[2].ids).toEqual(['3']);
      expect(ivanova.base).toBeNull();
    });
    it('counts deals without an owner in the totals only', () => {
      const r = funnel(dealsInput(owned));
      expect(r.stages[0].count).toBe(5);
      const sum = r.owners!.reduce((a, o) => a + o.stages[0].count, 0);
      expect(sum).toBe(4);
    });
    it('names bad owner rows', () => {
      const input = dealsInput([], {
        owners: [{ owner: 'a', base: 1.5 }, { owner: 'a' }, { base: 2 }, 'b'] as never,
      });
      expect(issuesOf(() => funnel(input))).toEqual([
        { path: 'owners[0].base', message: 'expected a whole number, got 1.5' },
        { path: 'owners[1].owner', message: 'duplicate owner "a" (also at owners[0])' },
        { path: 'owners[2].owner', message: 'missing (expected an owner)' },
        { path: 'owners[3]', message: 'expected an object with owner and base, got "b"' },
      ]);
    });
  });

  describe('time in stage', () => {
    it('averages the days of the deals that left a stage, with the median', () => {
      const r = funnel(
        dealsInput([
          {
            id: 1,
            stage: 'proposal',
            status: 'open',
            history: [
              { stage: 'contact', date: '2024-03-01' },
              { stage: 'qualification', date: '2024-03-11' },
              { stage: 'proposal', date: '2024-03-12' },
            ],
          },
          {
            id: 2,
            stage: 'qualification',
            status: 'open',
            history: [
              { stage: 'contact', date: '01.03.2024' },
              { stage: 'qualification', date: '03.03.2024' },
            ],
          },
          {
            id: 3,
            stage: 'qualification',
            status: 'open',
            history: [
              { stage: 'contact', date: '2024-03-01' },
              { stage: 'qualification', date: '2024-03-04' },
            ],
          },
        ]),
      );
      expect(r.stages[0].time).toEqual({ mean: 5, median: 3, left: 3, inStage: 0 });
      expect(r.stages[1].time).toEqual({ mean: 1, median: 1, left: 1, inStage: 2 });
      expect(r.stages[2].time).toEqual({ mean: null, median: null, left: 0, inStage: 1 });
      expect(r.stages[3].time).toEqual({ mean: null, median: null, left: 0, inStage: 0 });
    });
    it('sorts history entries by date, whatever their order', () => {
      const r = funnel(
        dealsInput([
          {
            id: 1,
            stage: 'proposal',
            status: 'open',
            history: [
              { stage: 'proposal', date: '2024-03-20' },
              { stage: 'contact', date: '2024-03-01' },
              { stage: 'qualification', date: '2024-03-05T10:00:00+03:00' },
            ],
          },
        ]),
      );
      expect(r.stages.slice(0, 3).map((s) => [s.time!.mean, s.time!.inStage])).toEqual([
        [4, 0],
        [15, 0],
        [null, 1],
      ]);
    });
    it('times the last stay of a closed deal up to closedAt, and leaves it untimed without', () => {
      const history = [
        { stage: 'contact', date: '2024-03-01' },
        { stage: 'qualification', date: '2024-03-02' },
      ];
      const r = funnel(
        dealsInput([
          { id: 1, stage: 'qualification', status: 'lost', history, closedAt: '2024-03-09' },
          { id: 2, stage: 'qualification', status: 'won', history },
        ]),
      );
      expect(r.stages[0].time).toMatchObject({ mean: 1, left: 2 });
      expect(r.stages[1].time).toEqual({ mean: 7, median: 7, left: 1, inStage: 0 });
    });
    it('adds up the stays of a deal that went back to a stage, once per deal', () => {
      const r = funnel(
        dealsInput([
          {
            id: 1,
            stage: 'proposal',
            status: 'open',
            history: [
              { stage: 'contact', date: '2024-03-01' },
              { stage: 'qualification', date: '2024-03-03' },
              { stage: 'contact', date: '2024-03-04' },
              { stage: 'proposal', date: '2024-03-10' },
            ],
          },
        ]),
      );
      expect(r.stages[0].time).toEqual({ mean: 8, median: 8, left: 1, inStage: 0 });
    });
    it('does not average a stage an open deal is still in, even after an earlier stay there', () => {
      const r = funnel(
        dealsInput([
          {
            id: 1,
            stage: 'contact',
            status: 'open',
            history: [
              { stage: 'contact', date: '2024-03-01' },
              { stage: 'qualification', date: '2024-03-03' },
              { stage: 'contact', date: '2024-03-04' },
            ],
          },
        ]),
      );
      expect(r.stages[0].time).toEqual({ mean: null, median: null, left: 0, inStage: 1 });
    });
    it('gives time: null when no deal has a history, and per owner', () => {
      expect(funnel(dealsInput(deals)).stages[0].time).toBeNull();
      const r = funnel(
        dealsInput([
          {
            id: 1,
            stage: 'qualification',
            status: 'open',
            owner: 'x',
            history: [
              { stage: 'contact', date: '2024-03-01' },
              { stage: 'qualification', date: '2024-03-03' },
            ],
          },
        ]),
      );
      expect(r.owners![0].stages[0].time).toEqual({ mean: 2, median: 2, left: 1, inStage: 0 });
    });
    it('reads the 1C empty closedAt as no date', () => {
      const history = [{ stage: 'contact', date: '2024-03-01' }];
      const r = funnel(
        dealsInput([{ id: 1, stage: 'contact', status: 'lost', history, closedAt: '0001-01-01' }]),
      );
      expect(r.stages[0].time).toEqual({ mean: null, median: null, left: 0, inStage: 0 });
    });
    it('names bad history entries and a closedAt before the last entry', () => {
      const input = dealsInput([
        {
          id: 1,
          stage: 'contact',
          status: 'lost',
          history: [
            { stage: 'nowhere', date: '2024-03-01' },
            { stage: 'contact', date: '31.02.2024' },
            { stage: 'contact', date: '0001-01-01' },
            'x',
          ] as never,
        },
        {
          id: 2,
          stage: 'contact',
          status: 'lost',
          history: [{ stage: 'contact', date: '2024-03-05' }],
          closedAt: '2024-03-01',
        },
        { id: 3, stage: 'contact', status: 'lost', history: {} as never, closedAt: 'soon' },
      ]);
      expect(issuesOf(() => funnel(input))).toEqual([
        { path: 'deals[0].history[0].stage', message: 'unknown stage "nowhere" (not in stageOrder)' },
        { path: 'deals[0].history[1].date', message: '"31.02.2024" is not a calendar date' },
        { path: 'deals[0].history[2].date', message: 'expected a date, got the empty date 0001-01-01' },
        { path: 'deals[0].history[3]', message: 'expected an object with stage and date, got "x"' },
        {
          path: 'deals[1].closedAt',
          message: `"2024-03-01" is before the deal's last history entry (2024-03-05)`,
        },
        { path: 'deals[2].history', message: 'expected an array of {stage, date}, got an object' },
      ]);
    });
    it('validates closedAt without a history too', () => {
      const input = dealsInput([{ id: 1, stage: 'contact', status: 'lost', closedAt: '2024-13-01' }]);
      expect(issuesOf(() => funnel(input))[0].path).toBe('deals[0].closedAt');
    });
  });

  describe('validation', () => {
    it('names every bad deal field in one error', () => {
      const input = dealsInput([
        { id: 1, stage: 'nowhere', status: 'open' },
        { id: 2, stage: 'contact', status: 'closed' as never },
        { id: '', stage: 'contact', status: 'open' },
        { id: 4, stage: 'contact', status: 'open', amount: -5 },
        { id: 5, stage: 'contact', status: 'open', amount: 'abc' },
        { id: 6, stage: null as never, status: 'open', owner: {} as never, client: [] as never },
        42 as never,
      ]);
      expect(issuesOf(() => funnel(input))).toEqual([
        { path: 'deals[0].stage', message: 'unknown stage "nowhere" (not in stageOrder)' },
        { path: 'deals[1].status', message: `expected one of 'open', 'won', 'lost', got "closed"` },
        { path: 'deals[2].id', message: 'expected a non-empty string or number id, got ""' },
        { path: 'deals[3].amount', message: 'expected a value of 0 or more, got -5' },
        { path: 'deals[4].amount', message: 'expected a number, got "abc"' },
        { path: 'deals[5].stage', message: 'expected a stage key, got null' },
        { path: 'deals[5].owner', message: 'expected a non-empty string or number owner, got an object' },
        { path: 'deals[5].client', message: 'expected a non-empty string or number client, got an array' },
        { path: 'deals[6]', message: 'expected a deal object, got 42' },
      ]);
    });
    it('names duplicate deal ids; 5 and "5" are the same id', () => {
      const input = dealsInput([
        { id: 5, stage: 'contact', status: 'open' },
        { id: 'a', stage: 'contact', status: 'open' },
        { id: '5', stage: 'contact', status: 'open' },
        { id: 'a', stage: 'contact', status: 'open' },
        { id: 1.5, stage: 'contact', status: 'open' },
        { id: 1.5, stage: 'contact', status: 'open' },
      ]);
      expect(issuesOf(() => funnel(input))).toEqual([
        { path: 'deals[2].id', message: 'duplicate id "5" (also at deals[0])' },
        { path: 'deals[3].id', message: 'duplicate id "a" (also at deals[1])' },
        { path: 'deals[5].id', message: 'duplicate id "1.5" (also at deals[4])' },
      ]);
    });
    it('names a string id repeated by the very next deal (the last new id so far)', () => {
      const input = dealsInput([
        { id: 'a', stage: 'contact', status: 'open' },
        { id: 'a', stage: 'contact', status: 'open' },
        { id: 'b', stage: 'contact', status: 'open' },
        { id: 'b', stage: 'contact', status: 'won' },
      ]);
      expect(issuesOf(() => funnel(input))).toEqual([
        { path: 'deals[1].id', message: 'duplicate id "a" (also at deals[0])' },
        { path: 'deals[3].id', message: 'duplicate id "b" (also at deals[2])' },
      ]);
    });
    it('finds a duplicate among large, negative and fractional numeric ids', () => {
      const ids = [1e12, -3, 0.25, 7, 1e12];
      const input = dealsInput(ids.map((id) => ({ id, stage: 'contact', status: 'open' as const })));
      expect(issuesOf(() => funnel(input))).toEqual([
        { path: 'deals[4].id', message: 'duplicate id "1000000000000" (also at deals[0])' },
      ]);
      expect(() =>
        funnel(dealsInput(ids.slice(0, 4).map((id) => ({ id, stage: 'contact', status: 'open' as const })))),
      ).not.toThrow();
    });
    it('names a bad stage order and labels', () => {
      const input = { stageOrder: ['a', 'b', 'a', ''], stageLabels: { a: 'A', z: 'Z', b: 5 }, deals: [] };
      expect(issuesOf(() => funnel(input as never))).toEqual([
        { path: 'stageOrder[2]', message: 'duplicate stage "a" (also at stageOrder[0])' },
        { path: 'stageOrder[3]', message: 'expected a non-empty string or number stage key, got ""' },
        { path: 'stageLabels.z', message: 'unknown stage "z" (not in stageOrder)' },
        { path: 'stageLabels.b', message: 'expected a string, got 5' },
      ]);
      expect(issuesOf(() => funnel({ deals: [] } as never))).toEqual([
        { path: 'stageOrder', message: 'missing (expected an array of stage keys)' },
      ]);
      expect(issuesOf(() => funnel({ stageOrder: [] } as never))).toEqual([
        { path: 'deals', message: 'missing (expected an array)' },
      ]);
    });
    it('refuses checklist mode with deals', () => {
      expect(issuesOf(() => funnel(dealsInput([]), { mode: 'checklist' }))).toEqual([
        { path: 'options.mode', message: `'checklist' needs aggregated stages, not deals` },
      ]);
    });
    it('caps the issues at 100 and says that reading stopped', () => {
      const input = dealsInput(
        Array.from({ length: 150 }, (_, i) => ({ id: i, stage: 'x', status: 'open' as const })),
      );
      const issues = issuesOf(() => funnel(input));
      expect(issues).toHaveLength(101);
      expect(issues[100]).toEqual({ path: '', message: 'more than 100 issues; reading stopped' });
    });
  });

  it('does not mutate its input', () => {
    const input = dealsInput(
      [
        ...deals,
        {
          id: 'h',
          stage: 'proposal',
          status: 'open',
          owner: 'x',
          history: [
            { stage: 'proposal', date: '2024-03-09' },
            { stage: 'contact', date: '2024-03-01' },
          ],
        },
      ],
      { owners: [{ owner: 'x', base: 3 }] },
    );
    const copy = structuredClone(input);
    funnel(input);
    expect(input).toEqual(copy);
  });
});

// The K2U contact checklist of the source slides: shares go up and down.
const k2u = [89, 85, 51, 74, 44, 83, 13];

describe('funnel({stages}, {mode: checklist})', () => {
  it('gives each step its count and share of the base, with no conversion fields', () => {
    const r = funnel(
      { base: 100, stages: k2u.map((count, i) => ({ key: `s${i}`, count })) },
      { mode: 'checklist' },
    );
    expect(r.mode).toBe('checklist');
    expect(r.stages.map((s) => s.shareOfBase)).toEqual([0.89, 0.85, 0.51, 0.74, 0.44, 0.83, 0.13]);
    for (const s of r.stages) expect([s.fromPrevious, s.fromFirst, s.dropOff]).toEqual([null, null, null]);
    expect(r.nonMonotonic).toBe(false);
  });
});

describe('checklist(input)', () => {
  const steps = k2u.map((done, i) => ({ key: `step${i + 1}`, label: `Step ${i + 1}`, done }));

  it('reads the K2U shares 89%, 85%, 51%, 74%, 44%, 83%, 13% without assuming they fall', () => {
    const r = checklist({ steps, base: 100 });
    expect(r.steps.map((s) => Math.round(s.share! * 100))).toEqual(k2u);
    expect(r.steps[0]).toEqual({
      key: 'step1',
      label: 'Step 1',
      index: 0,
      done: 89,
      base: 100,
      share: 0.89,
      clients: null,
      clientShare: null,
    });
    expect(r.base).toBe(100);
    expect(r.owners).toBeNull();
  });
  it('gives null shares without a base, and uses a step base over the input base', () => {
    expect(checklist({ steps }).steps.every((s) => s.share === null)).toBe(true);
    const r = checklist({
      steps: [
        { key: 'a', done: 3, base: 4 },
        { key: 'b', done: 3 },
      ],
      base: 10,
    });
    expect(r.steps.map((s) => [s.base, s.share])).toEqual([
      [4, 0.75],
      [10, 0.3],
    ]);
  });
  it('gives each owner their steps over their own base', () => {
    const r = checklist({
      steps: [
        { key: 'a', done: 30 },
        { key: 'b', done: 20 },
      ],
      base: 40,
      owners: [
        {
          owner: 'NOIO 1',
          base: 20,
          steps: [
            { key: 'b', done: 15 },
            { key: 'a', done: 18 },
          ],
        },
      ],
    });
    expect(r.owners![0].owner).toBe('NOIO 1');
    expect(r.owners![0].steps.map((s) => [s.key, s.done, s.share])).toEqual([
      ['a', 18, 0.9],
      ['b', 15, 0.75],
    ]);
  });
  it('names bad steps with their own field names', () => {
    const input = {
      steps: [{ key: 'a', done: -1 }, { key: 'a', done: 1 }, { key: 'c' }],
      owners: [{ owner: 'x', steps: [{ key: 'q', done: 1 }] }],
    };
    expect(issuesOf(() => checklist(input as never))).toEqual([
      { path: 'steps[0].done', message: 'expected a value of 0 or more, got -1' },
      { path: 'steps[1].key', message: 'duplicate step "a" (also at steps[0])' },
      { path: 'steps[2].done', message: 'missing (expected a whole number)' },
      { path: 'owners[0].steps[0].key', message: 'unknown step "q"' },
      { path: 'owners[0].steps', message: 'missing step(s) "a", "c"' },
    ]);
    expect(issuesOf(() => checklist('x' as never))).toEqual([
      { path: '', message: 'expected an object with steps, got "x"' },
    ]);
  });
});
