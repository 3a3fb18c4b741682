import { medianOfHistogram } from './internal/median.js';
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
  /** The deal's client number, -1 for none. */
  client: Int32Array;
  /** How many distinct clients there are (0: no deal has one). */
  clientCount: number;
}

/** One group's running totals. */
export class Tally {
  /** Deals by the last stage they reached; a stage's count is the sum from it onwards. */
  readonly reached: Int32Array;
  readonly reachedValue: Float64Array;
  /** Deals by status and stage, at `status * stages + stage`. */
  readonly byStatus: Int32Array;
  readonly byStatusValue: Float64Array;
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
  }

  /** Adds deal `i`; `amount` is 0 when the deal has none. */
  add(i: number, stage: number, status: number, reach: number, amount: number): void {
    this.reached[reach]++;
    this.reachedValue[reach] += amount;
    const at = status * this.stageCount + stage;
    this.byStatus[at]++;
    this.byStatusValue[at] += amount;
    if (this.members !== null) this.members.push(i);
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
  /** Scratch space for counting clients: one slot per client, all 0 between uses. */
  clientScratch: Int32Array;
  /** Some deal has an amount: sums are numbers (deals without one add nothing), else `null`. */
  withAmounts: boolean;
  withTime: boolean;
}

/** Turns a tally into the stage figures of its group. */
export function finishTally(tally: Tally, base: number | null, ctx: TallyContext): FunnelFigures {
  const s = tally.stageCount;
  const stages = ctx.metas.map(blankStage);
  // Clients, like deals, are counted by the last stage they reached and summed from the end.
  const clientsReached = ctx.deals.clientCount > 0 ? clientsByReach(tally, ctx) : null;
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
  if (ctx.withIds) {
    fillIds(
      tally,
      stages,
      totals.map((t) => t.total),
      ctx.deals,
    );
  }
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

// The ids are placed once, by a counting sort, into one array of buckets ordered so that
// the stage reached never rises along it: won deals (by their stage), then for each stage
// from the last: open, then lost. Every status group of a stage is then one contiguous
// range, and the deals that reached stage k are a prefix, so each list is a slice (a
// memory copy) instead of millions of single writes.
function fillIds(tally: Tally, stages: FunnelStage[], totals: DealGroup[], deals: DealColumns): void {
  const s = tally.stageCount;
  const bucketOf = new Int32Array(3 * s);
  for (let k = 0; k < s; k++) {
    bucketOf[WON * s + k] = k;
    bucketOf[OPEN * s + k] = s + 2 * (s - 1 - k);
    bucketOf[LOST * s + k] = s + 2 * (s - 1 - k) + 1;
  }
  const start = new Int32Array(3 * s + 1);
  for (let at = 0; at < 3 * s; at++) start[bucketOf[at] + 1] = tally.byStatus[at];
  for (let b = 0; b < 3 * s; b++) start[b + 1] += start[b];
  const ordered = new Array<string>(start[3 * s]);
  const next = start.slice(0, 3 * s);
  const totalIds = totals.map((t) => new Array<string>(t.count));
  const totalAt = new Int32Array(3);
  const visit = (i: number) => {
    const id = deals.ids[i];
    const status = deals.status[i];
    ordered[next[bucketOf[status * s + deals.stage[i]]]++] = id;
    totalIds[status][totalAt[status]++] = id;
  };
  if (tally.members === null) for (let i = 0; i < deals.reach.length; i++) visit(i);
  else for (const i of tally.members) visit(i);
  stages.forEach((stage, k) => {
    stage.ids = ordered.slice(0, stage.count);
    for (const [status, group] of [
      [OPEN, stage.open!],
      [WON, stage.won!],
      [LOST, stage.lost!],
    ] as const) {
      const b = bucketOf[status * s + k];
      group.ids = ordered.slice(start[b], start[b + 1]);
    }
  });
  totals.forEach((t, status) => (t.ids = totalIds[status]));
}

// Distinct clients of the group by the last stage any of their deals reached. The scratch
// array holds 1 + that stage per client while the group's deals are walked, then is reset.
function clientsByReach(tally: Tally, ctx: TallyContext): Int32Array {
  const { client, reach } = ctx.deals;
  const best = ctx.clientScratch;
  const touched: number[] = [];
  const visit = (i: number) => {
    const c = client[i];
    if (c < 0) return;
    if (best[c] === 0) touched.push(c);
    if (best[c] <= reach[i]) best[c] = reach[i] + 1;
  };
  if (tally.members === null) for (let i = 0; i < reach.length; i++) visit(i);
  else for (const i of tally.members) visit(i);
  const out = new Int32Array(tally.stageCount);
  for (const c of touched) {
    out[best[c] - 1]++;
    best[c] = 0;
  }
  return out;
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
  if (max <= 4 * n + 1024) {
    const counts = new Uint32Array(max + 1);
    for (let i = 0; i < n; i++) counts[values[i]]++;
    return medianOfHistogram(counts, n);
  }
  const sorted = Float64Array.from(values).sort();
  return (sorted[(n - 1) >> 1] + sorted[n >> 1]) / 2;
}
