import { ratio } from './numbers.js';
import { applyBase, applyConversions, blankStage, type StageMeta } from './funnel-stages.js';
import type { DealGroup, FunnelFigures, FunnelStage, StageTime } from './funnel-types.js';

// Running totals of a deal-list funnel for one group (all deals, or one owner's), kept in
// typed arrays indexed by stage so a million deals cost a few array increments each.

/** Status codes used in the typed arrays. */
export const OPEN = 0;
export const WON = 1;
export const LOST = 2;

/** The deals every tally reads from, stored once as columns (no per-deal objects). */
export interface DealColumns {
  /** Ids as strings; filled only when ids are listed. */
  ids: string[];
  /** Index of the deal's stage in the stage order. */
  stage: Int32Array;
  /** OPEN, WON or LOST. */
  status: Uint8Array;
  /** The last stage the deal reached: its stage, or the last stage when won. */
  reach: Int32Array;
}

/** One group's running totals. */
export class Tally {
  /** Deals by the last stage they reached; a stage's count is the sum from it onwards. */
  readonly reached: Int32Array;
  readonly reachedValue: Float64Array;
  /** Deals by status and stage, at `status * stages + stage`. */
  readonly byStatus: Int32Array;
  readonly byStatusValue: Float64Array;
  /** All deals: client number → 1 + the last stage any of its deals reached (0: none). */
  private clientReach = new Int32Array(0);
  /** An owner's deals: client number → the last stage reached. */
  private readonly clientMap: Map<number, number> | null;
  /** Days spent per stage by each deal that left it. */
  readonly durations: number[][];
  /** Open deals whose latest history entry is the stage. */
  readonly inStage: Int32Array;
  /** Indices of the group's deals in input order; `null` for the group of all deals. */
  readonly members: number[] | null;

  constructor(
    readonly stageCount: number,
    all: boolean,
  ) {
    const s = stageCount;
    this.reached = new Int32Array(s);
    this.reachedValue = new Float64Array(s);
    this.byStatus = new Int32Array(3 * s);
    this.byStatusValue = new Float64Array(3 * s);
    this.durations = Array.from({ length: s }, () => []);
    this.inStage = new Int32Array(s);
    this.members = all ? null : [];
    this.clientMap = all ? null : new Map();
  }

  /**
   * Adds deal `i`. `amount` is 0 when the deal has none; `client` is the client's number
   * (clients are numbered once, in order of appearance), -1 when it has none.
   */
  add(i: number, stage: number, status: number, reach: number, amount: number, client: number): void {
    this.reached[reach]++;
    this.reachedValue[reach] += amount;
    const at = status * this.stageCount + stage;
    this.byStatus[at]++;
    this.byStatusValue[at] += amount;
    if (client >= 0) {
      if (this.clientMap === null) {
        if (client >= this.clientReach.length) this.growClients(client);
        if (this.clientReach[client] <= reach) this.clientReach[client] = reach + 1;
      } else {
        const before = this.clientMap.get(client);
        if (before === undefined || before < reach) this.clientMap.set(client, reach);
      }
    }
    if (this.members !== null) this.members.push(i);
  }

  /** Distinct clients by the last stage they reached. */
  clientsByReach(): Int32Array {
    const out = new Int32Array(this.stageCount);
    if (this.clientMap === null) {
      for (const r of this.clientReach) if (r > 0) out[r - 1]++;
    } else {
      for (const reach of this.clientMap.values()) out[reach]++;
    }
    return out;
  }

  private growClients(client: number): void {
    const grown = new Int32Array(Math.max(1024, 2 * this.clientReach.length, client + 1));
    grown.set(this.clientReach);
    this.clientReach = grown;
  }

  /** Records the time a deal spent in a stage it left. */
  addDuration(stage: number, days: number): void {
    this.durations[stage].push(days);
  }
}

/** What the whole input says about optional figures. */
export interface TallyContext {
  metas: StageMeta[];
  deals: DealColumns;
  withIds: boolean;
  /** Some deal has an amount: sums are numbers (deals without one add nothing), else `null`. */
  withAmounts: boolean;
  withClients: boolean;
  withTime: boolean;
}

/** Turns a tally into the stage figures of its group. */
export function finishTally(tally: Tally, base: number | null, ctx: TallyContext): FunnelFigures {
  const s = tally.stageCount;
  const stages = ctx.metas.map(blankStage);
  // Clients, like deals, are counted by the last stage they reached and summed from the end.
  const clientsReached = ctx.withClients ? tally.clientsByReach() : null;
  let count = 0;
  let value = 0;
  let clients = 0;
  for (let k = s - 1; k >= 0; k--) {
    count += tally.reached[k];
    value += tally.reachedValue[k];
    const stage = stages[k];
    stage.count = count;
    stage.value = ctx.withAmounts ? value : null;
    if (clientsReached) stage.clients = clients += clientsReached[k];
    if (ctx.withTime) stage.time = stageTime(tally.durations[k], tally.inStage[k]);
  }
  const totals = [OPEN, WON, LOST].map((status) => {
    const groups = stages.map((_, k) => group(tally, status * s + k, ctx.withAmounts));
    const total: DealGroup = { count: 0, value: ctx.withAmounts ? 0 : null, ids: null };
    for (const g of groups) {
      total.count += g.count;
      if (g.value !== null) total.value! += g.value;
    }
    return { groups, total };
  });
  stages.forEach((stage, k) => {
    stage.open = totals[OPEN].groups[k];
    stage.won = totals[WON].groups[k];
    stage.lost = totals[LOST].groups[k];
  });
  if (ctx.withIds) fillIds(tally, stages, totals.map((t) => t.total), ctx.deals);
  applyConversions(stages, 'funnel');
  applyBase(stages, base);
  const won = totals[WON].total;
  const lost = totals[LOST].total;
  return {
    stages,
    base,
    open: totals[OPEN].total,
    won,
    lost,
    winRate: ratio(won.count, won.count + lost.count),
    nonMonotonic: false,
  };
}

function group(tally: Tally, at: number, withAmounts: boolean): DealGroup {
  return { count: tally.byStatus[at], value: withAmounts ? tally.byStatusValue[at] : null, ids: null };
}

// One pass over the group's deals in input order: every id goes to the stages it
// reached and to its status group at its stage and in total. The counts are known, so
// the arrays are allocated at their final length (several times faster than push).
function fillIds(tally: Tally, stages: FunnelStage[], totals: DealGroup[], deals: DealColumns): void {
  const s = tally.stageCount;
  const reachedIds = stages.map((st) => (st.ids = new Array<string>(st.count)));
  const statusIds: string[][] = [];
  for (const status of [OPEN, WON, LOST]) {
    for (const st of stages) {
      const g = status === OPEN ? st.open! : status === WON ? st.won! : st.lost!;
      statusIds.push((g.ids = new Array<string>(g.count)));
    }
  }
  const totalIds = totals.map((t) => (t.ids = new Array<string>(t.count)));
  const reachedAt = new Int32Array(s);
  const statusAt = new Int32Array(3 * s);
  const totalAt = new Int32Array(3);
  const visit = (i: number) => {
    const id = deals.ids[i];
    const reach = deals.reach[i];
    for (let k = 0; k <= reach; k++) reachedIds[k][reachedAt[k]++] = id;
    const status = deals.status[i];
    const at = status * s + deals.stage[i];
    statusIds[at][statusAt[at]++] = id;
    totalIds[status][totalAt[status]++] = id;
  };
  if (tally.members === null) for (let i = 0; i < deals.reach.length; i++) visit(i);
  else for (const i of tally.members) visit(i);
}

function stageTime(durations: number[], inStage: number): StageTime {
  const n = durations.length;
  if (n === 0) return { mean: null, median: null, left: 0, inStage };
  let sum = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    sum += durations[i];
    if (durations[i] > max) max = durations[i];
  }
  return { mean: sum / n, median: median(durations, max), left: n, inStage };
}

// Durations are whole days, so the median comes from a count per day when the longest
// stay is not much longer than the list (O(n), no sort); otherwise from a sort.
function median(values: number[], max: number): number {
  const n = values.length;
  const lo = (n - 1) >> 1;
  const hi = n >> 1;
  if (max <= 4 * n + 1024) {
    const counts = new Int32Array(max + 1);
    for (let i = 0; i < n; i++) counts[values[i]]++;
    let seen = 0;
    let low = -1;
    for (let day = 0; day <= max; day++) {
      seen += counts[day];
      if (low < 0 && seen > lo) low = day;
      if (seen > hi) return (low + day) / 2;
    }
  }
  const sorted = Float64Array.from(values).sort();
  return (sorted[lo] + sorted[hi]) / 2;
}
