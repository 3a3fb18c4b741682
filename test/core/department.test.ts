import { describe, expect, it } from 'vitest';
import {
  abcXyzMatrix,
  abcXyzMatrixSchema,
  channelPieSchema,
  channelShares,
  debtTableRuntimeSchema,
  debtTableSchema,
  funnel,
  funnelRuntimeSchema,
  funnelSchema,
  lifecycleGridSchema,
  lifecycleSegments,
  poolMix,
  scoreTrafficLights,
  trafficLightPoolSchema,
  validate,
  type AbcXyzRow,
  type ChannelSharesInput,
  type FunnelInput,
  type LifecycleInput,
  type TrafficLightInput,
} from '../../src/core/index.js';
import { DEPARTMENT_OWNERS, department, departmentInputs, departmentModel } from '../fixtures/department.js';

const d = department();
const ownerNames = DEPARTMENT_OWNERS.map((o) => o.owner);

describe('department() builds inputs that every widget accepts', () => {
  const cases = [
    ['funnel', funnelSchema, d.funnel],
    ['funnel (runtime)', funnelRuntimeSchema, d.funnel],
    ['lifecycle-grid', lifecycleGridSchema, d.lifecycle],
    ['traffic-light-pool', trafficLightPoolSchema, d.pool],
    ['abc-xyz-matrix', abcXyzMatrixSchema, d.abcXyz],
    ['debt-table', debtTableSchema, d.debts],
    ['debt-table (runtime)', debtTableRuntimeSchema, d.debts],
    ['channel-pie', channelPieSchema, d.channels],
  ] as const;
  for (const [name, schema, data] of cases) {
    it(`${name}: the widget's schema finds no issue and drops nothing`, () => {
      const r = validate(schema, data);
      expect(r.issues).toEqual([]);
      expect(r.ok && r.dropped).toBe(0);
    });
  }

  it('the core computes every input without throwing', () => {
    expect(() => funnel(d.funnel as FunnelInput)).not.toThrow();
    expect(() => lifecycleSegments(d.lifecycle as LifecycleInput)).not.toThrow();
    expect(() => scoreTrafficLights(d.pool as TrafficLightInput)).not.toThrow();
    expect(() => abcXyzMatrix(d.abcXyz.rows as AbcXyzRow[])).not.toThrow();
    const channels = validate(channelPieSchema, d.channels);
    expect(() => channels.ok && channelShares(channels.value as ChannelSharesInput)).not.toThrow();
  });
});

describe('department() sizes and consistency', () => {
  it('has 2,000 clients with unique ids and names, 8 owners, 12 months and the previous 12', () => {
    expect(d.clients).toHaveLength(2000);
    expect(new Set(d.clients.map((c) => c.id)).size).toBe(2000);
    expect(new Set(d.clients.map((c) => c.name)).size).toBe(2000);
    expect(d.owners.map((o) => o.owner)).toEqual(ownerNames);
    expect(new Set(d.clients.map((c) => c.owner))).toEqual(new Set(ownerNames));
    expect(d.abcXyz.periods).toHaveLength(12);
    expect(d.abcXyz.previous!.periods).toHaveLength(12);
    expect(d.abcXyz.rows).toHaveLength(2000);
    expect(d.lifecycle.clients).toHaveLength(2000);
  });

  it('every widget names the same clients with the same owner and name', () => {
    const byId = new Map(d.clients.map((c) => [c.id, c]));
    const rows: { id: string | number; owner?: string | null; name?: string | null }[] = [
      ...d.lifecycle.clients!,
      ...d.pool.clients.map((c) => ({ ...c, owner: c.owner as string })),
      ...d.debts.rows,
      ...d.abcXyz.rows,
    ];
    for (const row of rows) {
      const client = byId.get(String(row.id));
      expect(client, String(row.id)).toBeDefined();
      expect(row.owner).toBe(client!.owner);
      expect(row.name).toBe(client!.name);
    }
    for (const deal of d.funnel.deals as { client: string; owner: string }[]) {
      expect(byId.get(deal.client)?.owner).toBe(deal.owner);
    }
    for (const row of d.debts.rows) expect(row.department).toBe(byId.get(String(row.id))!.department);
  });

  it('is deterministic for a seed and differs for another seed', { timeout: 30_000 }, () => {
    // Compared as JSON: a deep toEqual of ~100,000 values is slow on a busy machine.
    expect(JSON.stringify(department())).toBe(JSON.stringify(d));
    const other = department({ seed: 7 });
    expect(other.clients.map((c) => c.name)).not.toEqual(d.clients.map((c) => c.name));
  });

  it('takes the number of clients and owners as options', () => {
    const small = department({ clients: 300, owners: 3 });
    expect(small.clients).toHaveLength(300);
    expect(new Set(small.clients.map((c) => c.owner))).toEqual(new Set(ownerNames.slice(0, 3)));
    expect(small.funnel.owners).toHaveLength(3);
  });
});

describe('department() looks like a real department (domain.md)', () => {
  it('the traffic-light pool is mostly green, near the 5 / 15 / 80 target, and not every owner meets it', () => {
    const mix = poolMix(scoreTrafficLights(d.pool as TrafficLightInput).clients);
    expect(mix.total.shares.red).toBeGreaterThan(0.005);
    expect(mix.total.shares.red).toBeLessThan(0.08);
    expect(mix.total.shares.yellow).toBeGreaterThan(0.08);
    expect(mix.total.shares.yellow).toBeLessThan(0.22);
    expect(mix.total.shares.green).toBeGreaterThan(0.72);
    expect(mix.total.shares.green).toBeLessThan(0.9);
    const meets = mix.owners.map((o) => o.meetsTarget);
    expect(meets).toContain(true);
    expect(meets).toContain(false);
  });

  it('most clients owe nothing, some owe months, and the largest debt is many times the median', () => {
    const debts = d.debts.rows.map((r) => Number(r.debt));
    const owing = debts.filter((v) => v > 0).sort((a, b) => a - b);
    expect(owing.length / debts.length).toBeGreaterThan(0.1);
    expect(owing.length / debts.length).toBeLessThan(0.4);
    expect(owing[owing.length - 1]).toBeGreaterThan(10 * owing[Math.floor(owing.length / 2)]);
  });

  it('a minority of clients carries most of the revenue, and revenue peaks in December', () => {
    const result = abcXyzMatrix(d.abcXyz.rows as AbcXyzRow[]);
    const a = result.items.filter((c) => c.abc === 'A').length;
    expect(a / d.clients.length).toBeGreaterThan(0.1);
    expect(a / d.clients.length).toBeLessThan(0.4);
    const byMonth = d.abcXyz.periods.map((_, k) =>
      d.abcXyz.rows.reduce((s, r) => s + Number(r.values[k]), 0),
    );
    expect(byMonth[11]).toBeGreaterThan(byMonth[6]);
    expect(byMonth[11]).toBeGreaterThan(byMonth[7]);
  });

  it('the funnel narrows stage by stage, and every lifecycle segment has clients', () => {
    const f = funnel(d.funnel as FunnelInput);
    const counts = f.stages.map((s) => s.count ?? 0);
    for (let k = 1; k < counts.length; k++) expect(counts[k]).toBeLessThan(counts[k - 1]);
    expect(f.won!.count).toBeGreaterThan(0);
    expect(f.lost!.count).toBeGreaterThan(0);
    const lc = lifecycleSegments(d.lifecycle as LifecycleInput);
    for (const segment of lc.segments) expect(segment.count, `segment ${segment.segment}`).toBeGreaterThan(0);
  });

  it('the channel balance has gains and losses in every group', () => {
    for (const item of [...d.channels.gains, ...d.channels.losses!]) {
      expect(Number(item.value), String(item.key)).toBeGreaterThan(0);
    }
  });
});

describe('departmentInputs(model, owner)', () => {
  const model = departmentModel();
  const owner = ownerNames[3];
  const mine = departmentInputs(model, owner);

  it("narrows every widget to the owner's clients", () => {
    const ids = new Set(model.clients.filter((c) => c.owner === owner).map((c) => c.id));
    expect(mine.lifecycle.clients!.length).toBe(ids.size);
    expect(mine.abcXyz.rows.every((r) => ids.has(String(r.id)) && r.owner === owner)).toBe(true);
    expect(mine.pool.clients.every((c) => ids.has(String(c.id)))).toBe(true);
    expect(mine.debts.rows.every((r) => r.owner === owner)).toBe(true);
    expect((mine.funnel.deals as { owner: string }[]).every((x) => x.owner === owner)).toBe(true);
    expect(mine.funnel.owners).toEqual([{ owner, base: expect.any(Number) }]);
  });

  it("gives the owner's rows exactly as in the whole department", () => {
    const all = departmentInputs(model);
    const json = (v: unknown) => JSON.stringify(v);
    expect(json(mine.pool.clients)).toBe(json(all.pool.clients.filter((c) => c.owner === owner)));
    expect(json(mine.debts.rows)).toBe(json(all.debts.rows.filter((r) => r.owner === owner)));
    const total = (data: typeof all) => data.channels.gains.reduce((s, g) => s + Number(g.value), 0);
    expect(total(mine)).toBeLessThan(total(all));
    expect(total(mine)).toBeGreaterThan(0);
  });
});
