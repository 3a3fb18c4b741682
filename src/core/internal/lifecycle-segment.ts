import { EPSILON } from '../numbers.js';
import { formatIsoDate } from '../dates.js';
import { numberOption } from '../options.js';
import {
  LIFECYCLE_SEGMENTS,
  type CycleSource,
  type LifecycleClientResult,
  type LifecycleResult,
  type LifecycleSegment,
  type LifecycleSegmentNumber,
} from '../lifecycle-types.js';
import type { IssueList } from './issues.js';
import type { History } from './lifecycle-history.js';
import { isOptionsObject } from './read.js';

// Pass 2 of lifecycleSegments: each client's rhythm, activity and segment, and the result
// objects; and the options that set the rules.

/** The options of lifecycleSegments, read and checked. */
export interface Settings {
  regularFrom: number;
  defaultCycleDays: number;
  minCycleDays: number;
  fallingAsleepFactor: number;
  asleepFactor: number;
}

/** Ages of the last purchase (days) whose date text is kept in an array; older ones in a Map. */
const MAX_AGE = 1 << 16;

/**
 * Makes the result of a potential client (no purchase). A plain object like the literal in
 * {@link segment} (prototype Object.prototype, the same keys in the same order), but made
 * by a constructor, so V8 gives it a hidden class of its own: the literal's class never
 * sees a `null` cycleDays and keeps it as an in-object double, so a million clients with
 * a half-day rhythm do not cost another million boxed numbers for the garbage collector to copy.
 */
const PotentialClient = function PotentialClient(
  this: LifecycleClientResult,
  id: string,
  name: string | null,
  owner: string | null,
) {
  this.id = id;
  this.name = name;
  this.owner = owner;
  this.segment = null;
  this.stage = 'potential';
  this.activity = null;
  this.daysToNextState = null;
  this.lastPurchase = null;
  this.purchases = 0;
  this.cycleDays = null;
  this.cycleSource = null;
  this.recencyDays = null;
} as unknown as new (id: string, name: string | null, owner: string | null) => LifecycleClientResult;
PotentialClient.prototype = Object.prototype;

/** Pass 2: rhythm, activity, segment; the result objects. */
export function segment(h: History, asOf: number, s: Settings): LifecycleResult {
  const n = h.ids.length;
  const segments: LifecycleSegment[] = [];
  for (let k = 1; k <= 9; k++) {
    const number = k as LifecycleSegmentNumber;
    segments.push({ segment: number, ...LIFECYCLE_SEGMENTS[number], count: 0, share: null, ids: [] });
  }
  const potential = { count: 0, ids: [] as string[] };
  const clients: LifecycleClientResult[] = new Array(n);
  const fallbackCycle = Number.isNaN(h.medianGap) ? s.defaultCycleDays : h.medianGap;
  const fallbackSource: CycleSource = Number.isNaN(h.medianGap) ? 'default' : 'all';
  // Few distinct last dates: each is formatted once, kept by its age (asOf - last).
  const isoByAge: (string | undefined)[] = [];
  const isoOf = new Map<number, string>(); // ages beyond MAX_AGE
  for (let i = 0; i < n; i++) {
    const id = h.ids[i];
    const count = h.count[i];
    if (count === 0) {
      potential.count++;
      potential.ids.push(id);
      clients[i] = new PotentialClient(id, h.names[i], h.owners[i]);
      continue;
    }
    const own = h.ownCycle[i];
    const hasOwn = !Number.isNaN(own);
    const cycle = Math.max(hasOwn ? own : fallbackCycle, s.minCycleDays);
    const last = h.last[i];
    const r = asOf - last;
    const stage = count === 1 ? 0 : count < s.regularFrom ? 1 : 2;
    const fallingAt = s.fallingAsleepFactor * cycle + EPSILON;
    const asleepAt = s.asleepFactor * cycle + EPSILON;
    const activity = r <= fallingAt ? 0 : r <= asleepAt ? 1 : 2;
    // The first whole day beyond the limit of the current activity.
    const next =
      activity === 0 ? Math.floor(fallingAt) + 1 - r : activity === 1 ? Math.floor(asleepAt) + 1 - r : null;
    const seg = segments[activity * 3 + stage];
    seg.count++;
    seg.ids.push(id);
    let iso = r < MAX_AGE ? isoByAge[r] : isoOf.get(r);
    if (iso === undefined) {
      iso = formatIsoDate(last);
      if (r < MAX_AGE) isoByAge[r] = iso;
      else isoOf.set(r, iso);
    }
    clients[i] = {
      id,
      name: h.names[i],
      owner: h.owners[i],
      segment: seg.segment,
      stage: seg.stage,
      activity: seg.activity,
      daysToNextState: next,
      lastPurchase: iso,
      purchases: count,
      cycleDays: cycle,
      cycleSource: hasOwn ? 'own' : fallbackSource,
      recencyDays: r,
    };
  }
  const counted = n - potential.count;
  if (counted > 0) for (const seg of segments) seg.share = seg.count / counted;
  return {
    asOf: formatIsoDate(asOf),
    segments,
    potential,
    clients,
    total: n,
    medianGapDays: Number.isNaN(h.medianGap) ? null : h.medianGap,
  };
}

/** Reads the options; every bad one is recorded, and its default used. */
export function readSettings(options: unknown, issues: IssueList): Settings {
  const s: Settings = {
    regularFrom: 4,
    defaultCycleDays: 30,
    minCycleDays: 7,
    fallingAsleepFactor: 1.5,
    asleepFactor: 3,
  };
  if (!isOptionsObject(options, 'options', issues)) return s;
  s.regularFrom = issues.read(() => numberOption(options, 'regularFrom', 4, { min: 2, integer: true }), 4);
  s.defaultCycleDays = issues.read(() => numberOption(options, 'defaultCycleDays', 30, { min: 1 }), 30);
  s.minCycleDays = issues.read(() => numberOption(options, 'minCycleDays', 7, { min: 0 }), 7);
  s.fallingAsleepFactor = issues.read(
    () => numberOption(options, 'fallingAsleepFactor', 1.5, { min: 0 }),
    1.5,
  );
  s.asleepFactor = issues.read(() => numberOption(options, 'asleepFactor', 3, { min: 0 }), 3);
  if (s.asleepFactor < s.fallingAsleepFactor) {
    issues.add(
      'options.asleepFactor',
      `expected at least fallingAsleepFactor (${s.fallingAsleepFactor}), got ${s.asleepFactor}`,
    );
  }
  return s;
}
