import { describeValue } from './errors.js';
import { dateProblem, formatIsoDate, parseDate } from './dates.js';
import { isRecord } from './funnel-input.js';
import type { Tally } from './funnel-tally.js';
import { fastDayNumber } from './internal/day-number.js';
import { keyOf } from './internal/ids.js';
import type { IssueList } from './internal/issues.js';

// Time in stage from deal histories (domain.md: "mean and median days over deals that
// left the stage; deals still in it are counted separately, not averaged").
//
// Per deal: the history entries are sorted by date (stable). Each entry is a stay in its
// stage that ends when the next entry begins; the last stay ends at closedAt for a won or
// lost deal. A deal's days in a stage are the sum of its stays there. An open deal whose
// last stay is in a stage is "in stage" there and is not averaged for that stage; a
// closed deal without closedAt has its last stay untimed (neither averaged nor in stage).

const UNTOUCHED = 0;
const LEFT = 1;
const IN_STAGE = 2;
const UNTIMED = 3;

/**
 * Reads one deal's history at a time and works out the days it spent per stage. Scratch
 * arrays are reused across deals, so a million histories allocate little.
 */
export class HistoryReader {
  private readonly days = new Map<string, number | null>();
  private readonly spent: Float64Array;
  private readonly state: Uint8Array;
  /** Stages the current deal stayed in: `touched[0 .. touchedCount)`. */
  private readonly touched: Int32Array;
  private touchedCount = 0;
  // The current deal's entries, reused across deals (resetting a plain array's length is slow).
  private stages = new Int32Array(16);
  private dates = new Float64Array(16);
  private size = 0;
  /** Why the last {@link HistoryReader.readDate} gave `undefined`. */
  problem = '';

  constructor(
    stageCount: number,
    private readonly index: Map<string, number>,
    private readonly issues: IssueList,
  ) {
    this.spent = new Float64Array(stageCount);
    this.state = new Uint8Array(stageCount);
    this.touched = new Int32Array(stageCount);
  }

  /**
   * A date by the strict rules as a day number; `null` for the 1C empty date when
   * `emptyIsNone` (it means "no date"); `undefined` for a bad date, or the empty date
   * otherwise, with the reason in `problem`.
   */
  readDate(value: unknown, emptyIsNone: boolean): number | null | undefined {
    if (typeof value === 'string') {
      const quick = fastDayNumber(value);
      if (quick === quick) return quick;
    }
    let day = typeof value === 'string' ? this.days.get(value) : undefined;
    if (day === undefined) {
      const problem = dateProblem(value);
      if (problem) {
        this.problem = problem;
        return undefined;
      }
      day = parseDate(value);
      this.days.set(value as string, day);
    }
    if (day === null && !emptyIsNone) {
      this.problem = 'expected a date, got the empty date 0001-01-01';
      return undefined;
    }
    return day;
  }

  /** Validates deal `i`'s history and computes its stays; `time` then adds them to tallies. */
  read(history: unknown, closedAt: unknown, open: boolean, i: number): void {
    this.reset();
    if (!Array.isArray(history)) {
      this.issues.add(
        `deals[${i}].history`,
        `expected an array of {stage, date}, got ${describeValue(history)}`,
      );
      return;
    }
    if (history.length > this.stages.length) this.grow(history.length);
    const before = this.issues.size;
    const { stages, dates } = this;
    let n = 0;
    let sorted = true;
    for (let j = 0; j < history.length; j++) {
      const entry: unknown = history[j];
      if (!isRecord(entry)) {
        this.issues.add(
          `deals[${i}].history[${j}]`,
          `expected an object with stage and date, got ${describeValue(entry)}`,
        );
        continue;
      }
      const key = keyOf(entry.stage);
      const stage = key === null ? undefined : this.index.get(key);
      if (stage === undefined) {
        const message =
          key === null
            ? `expected a stage key, got ${describeValue(entry.stage)}`
            : `unknown stage ${describeValue(key)} (not in stageOrder)`;
        this.issues.add(`deals[${i}].history[${j}].stage`, message);
      }
      const day = this.readDate(entry.date, false);
      if (day === undefined || day === null) this.issues.add(`deals[${i}].history[${j}].date`, this.problem);
      if (stage === undefined || day === undefined || day === null) continue;
      if (n > 0 && day < dates[n - 1]) sorted = false;
      stages[n] = stage;
      dates[n] = day;
      n++;
    }
    this.size = n;
    let closed: number | null | undefined = null;
    if (closedAt !== undefined && closedAt !== null) {
      closed = this.readDate(closedAt, true);
      if (closed === undefined) this.issues.add(`deals[${i}].closedAt`, this.problem);
    }
    if (this.issues.size > before || closed === undefined) return;
    if (!sorted) this.sortByDate();
    const last = n - 1;
    if (!open && closed !== null && last >= 0 && closed < dates[last]) {
      const when = formatIsoDate(dates[last]);
      this.issues.add(
        `deals[${i}].closedAt`,
        `${describeValue(closedAt)} is before the deal's last history entry (${when})`,
      );
      return;
    }
    for (let j = 0; j <= last; j++) {
      const stage = stages[j];
      if (this.state[stage] === UNTOUCHED) this.touched[this.touchedCount++] = stage;
      const end = j < last ? dates[j + 1] : open ? null : closed;
      if (end === null) {
        this.state[stage] = open ? IN_STAGE : UNTIMED;
      } else {
        this.spent[stage] += end - dates[j];
        if (this.state[stage] === UNTOUCHED) this.state[stage] = LEFT;
      }
    }
  }

  /** Adds the stays computed by the last `read` to the tallies. */
  time(all: Tally, owner: Tally | undefined): void {
    for (let t = 0; t < this.touchedCount; t++) {
      const stage = this.touched[t];
      const state = this.state[stage];
      if (state === LEFT) {
        all.addDuration(stage, this.spent[stage]);
        owner?.addDuration(stage, this.spent[stage]);
      } else if (state === IN_STAGE) {
        all.inStage[stage]++;
        if (owner) owner.inStage[stage]++;
      }
    }
  }

  // Stable: entries on the same date keep their input order.
  private sortByDate(): void {
    const { stages, dates, size } = this;
    const order = Array.from({ length: size }, (_, j) => j).sort((a, b) => dates[a] - dates[b] || a - b);
    const s = order.map((j) => stages[j]);
    const d = order.map((j) => dates[j]);
    stages.set(s);
    dates.set(d);
  }

  private grow(length: number): void {
    this.stages = new Int32Array(2 * length);
    this.dates = new Float64Array(2 * length);
  }

  private reset(): void {
    for (let t = 0; t < this.touchedCount; t++) {
      this.spent[this.touched[t]] = 0;
      this.state[this.touched[t]] = UNTOUCHED;
    }
    this.touchedCount = 0;
    this.size = 0;
  }
}
