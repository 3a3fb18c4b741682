import { EPSILON } from '../numbers.js';
import { formatIsoDate } from '../dates.js';
import { numberOption } from '../options.js';
import {
  LIFECYCLE_SEGMENTS,
  type CycleSource,
  type LifecycleActivity,
  type LifecycleClientResult,
  type LifecycleResult,
  type LifecycleSegment,
  type LifecycleSegmentNumber,
  type LifecycleStage,
} from '../lifecycle-types.js';
import { IssueList } from './issues.js';
import { isOptionsObject } from './read.js';
import { keepShape } from './shapes.js';

// lifecycleSegments: each client's rhythm, activity and segment, and the result objects,
// made while the clients are read (internal/lifecycle-history.ts); and the options that
// set the rules.

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
 * {@link Segmenter.client} (prototype Object.prototype, the same keys in the same order),
 * but made by a constructor, so V8 gives it a hidden class of its own.
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

/** Stage and activity by segment number (index 0 unused). */
const STAGE_OF: LifecycleStage[] = [];
const ACTIVITY_OF: LifecycleActivity[] = [];
for (let k = 1; k <= 9; k++) {
  STAGE_OF[k] = LIFECYCLE_SEGMENTS[k as LifecycleSegmentNumber].stage;
  ACTIVITY_OF[k] = LIFECYCLE_SEGMENTS[k as LifecycleSegmentNumber].activity;
}
STAGE_OF[0] = STAGE_OF[1];
ACTIVITY_OF[0] = ACTIVITY_OF[1];

/**
 * Makes the result objects as the clients are read: a client with two or more purchases,
 * or none, gets its object at once (its own rhythm is known); one with a single purchase
 * waits for the median of all clients' gaps ({@link Segmenter.finish}). Each client's
 * segment is kept as a byte, so the segments' id lists are made at the end in client
 * order, each at its exact size.
 */
export class Segmenter {
  /**
   * An object of the shape of the literal in {@link Segmenter.client}, kept for the life of
   * the module, with `null` in cycleDays. Objects made by literals with the same keys in
   * the same order share V8's hidden class; having seen a `null` there, the class keeps the
   * field as a tagged value rather than a boxed double, so a whole number of days (the
   * usual rhythm) is stored as a small integer: a million clients, a million fewer boxes.
   */
  static readonly shape: LifecycleClientResult = {
    id: '',
    name: null,
    owner: null,
    segment: 1,
    stage: 'new',
    activity: 'active',
    daysToNextState: null,
    lastPurchase: null,
    purchases: 0,
    cycleDays: null,
    cycleSource: null,
    recencyDays: null,
  };

  /** The result objects, by client index. */
  readonly clients: LifecycleClientResult[];
  /** Per client: 0 potential, else the segment number. */
  private readonly codes: Uint8Array;
  /** Clients per code (0 potential, 1..9 segments). */
  private readonly counts = new Uint32Array(10);
  // Few distinct last dates: each is formatted once, kept by its age (asOf - last).
  private readonly isoByAge: (string | undefined)[] = [];
  private readonly isoOf = new Map<number, string>(); // ages beyond MAX_AGE
  // Clients with one purchase, waiting for the pooled rhythm.
  private readonly waiting: number[] = [];
  private readonly waitingLast: number[] = [];
  private readonly waitingTexts: (string | null)[] = [];

  constructor(
    n: number,
    private readonly asOf: number,
    private readonly s: Settings,
  ) {
    this.clients = new Array(n);
    this.codes = new Uint8Array(n);
  }

  /** A client with no purchase. */
  potential(i: number, id: string, name: string | null, owner: string | null): void {
    this.counts[0]++;
    this.clients[i] = new PotentialClient(id, name, owner);
  }

  /** A client with one purchase: made in {@link finish}. */
  wait(i: number, name: string | null, owner: string | null, last: number): void {
    this.waiting.push(i);
    this.waitingLast.push(last);
    this.waitingTexts.push(name, owner);
  }

  /** A client with `count` purchases, the last on day `last`, and its rhythm. */
  client(
    i: number,
    id: string,
    name: string | null,
    owner: string | null,
    count: number,
    last: number,
    own: number,
    hasOwn: boolean,
    fallbackSource: CycleSource,
  ): void {
    const s = this.s;
    const cycle = Math.max(own, s.minCycleDays);
    const r = this.asOf - last;
    const stage = count === 1 ? 0 : count < s.regularFrom ? 1 : 2;
    const fallingAt = s.fallingAsleepFactor * cycle + EPSILON;
    const asleepAt = s.asleepFactor * cycle + EPSILON;
    const activity = r <= fallingAt ? 0 : r <= asleepAt ? 1 : 2;
    // The first whole day beyond the limit of the current activity.
    const next =
      activity === 0 ? Math.floor(fallingAt) + 1 - r : activity === 1 ? Math.floor(asleepAt) + 1 - r : null;
    const code = activity * 3 + stage + 1;
    this.codes[i] = code;
    this.counts[code]++;
    let iso = r < MAX_AGE ? this.isoByAge[r] : this.isoOf.get(r);
    if (iso === undefined) {
      iso = formatIsoDate(last);
      if (r < MAX_AGE) this.isoByAge[r] = iso;
      else this.isoOf.set(r, iso);
    }
    this.clients[i] = {
      id,
      name,
      owner,
      segment: code as LifecycleSegmentNumber,
      stage: STAGE_OF[code],
      activity: ACTIVITY_OF[code],
      daysToNextState: next,
      lastPurchase: iso,
      purchases: count,
      cycleDays: cycle,
      cycleSource: hasOwn ? 'own' : fallbackSource,
      recencyDays: r,
    };
  }

  /**
   * The waiting clients, the segments and their id lists; `medianGap` NaN for none. Each
   * loop is a method of its own: V8 then reuses its optimised code from call to call.
   */
  finish(ids: readonly string[], medianGap: number): LifecycleResult {
    const n = ids.length;
    this.finishWaiting(ids, medianGap);
    const lists = this.idLists(ids);
    const potential = { count: this.counts[0], ids: lists[0] };
    const counted = n - potential.count;
    const segments: LifecycleSegment[] = [];
    for (let k = 1; k <= 9; k++) {
      const number = k as LifecycleSegmentNumber;
      const count = this.counts[k];
      segments.push({
        segment: number,
        ...LIFECYCLE_SEGMENTS[number],
        count,
        share: counted > 0 ? count / counted : null,
        ids: lists[k],
      });
    }
    return {
      asOf: formatIsoDate(this.asOf),
      segments,
      potential,
      clients: this.clients,
      total: n,
      medianGapDays: Number.isNaN(medianGap) ? null : medianGap,
    };
  }

  /** The clients with one purchase, on the rhythm of all clients (or the default). */
  private finishWaiting(ids: readonly string[], medianGap: number): void {
    const s = this.s;
    const fallbackCycle = Number.isNaN(medianGap) ? s.defaultCycleDays : medianGap;
    const fallbackSource: CycleSource = Number.isNaN(medianGap) ? 'default' : 'all';
    const waiting = this.waiting;
    for (let w = 0; w < waiting.length; w++) {
      const i = waiting[w];
      const name = this.waitingTexts[2 * w];
      const owner = this.waitingTexts[2 * w + 1];
      this.client(i, ids[i], name, owner, 1, this.waitingLast[w], fallbackCycle, false, fallbackSource);
    }
  }

  /** The ids of each code (0 potential, 1..9 segments), in client order, each list at its size. */
  private idLists(ids: readonly string[]): string[][] {
    const lists: string[][] = [];
    for (let code = 0; code < 10; code++) lists.push(new Array(this.counts[code]));
    const filled = new Uint32Array(10);
    const codes = this.codes;
    for (let i = 0; i < ids.length; i++) {
      const code = codes[i];
      lists[code][filled[code]++] = ids[i];
    }
    return lists;
  }
}

// Kept (see keepShape): a Segmenter with its settings, and a potential client.
keepShape(new Segmenter(0, 0, readSettings(undefined, new IssueList())));
keepShape(new PotentialClient('', null, null));

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
  const read = (key: keyof Settings, rule: { min: number; integer?: boolean }) =>
    (s[key] = issues.read(() => numberOption(options, key, s[key], rule), s[key]));
  read('regularFrom', { min: 2, integer: true });
  read('defaultCycleDays', { min: 1 });
  read('minCycleDays', { min: 0 });
  read('fallingAsleepFactor', { min: 0 });
  read('asleepFactor', { min: 0 });
  if (s.asleepFactor < s.fallingAsleepFactor) {
    issues.add(
      'options.asleepFactor',
      `expected at least fallingAsleepFactor (${s.fallingAsleepFactor}), got ${s.asleepFactor}`,
    );
  }
  return s;
}
