import { describeValue } from './errors.js';
import { IssueList } from './internal/issues.js';
import { keySlots } from './internal/key-table.js';
import { keepShape } from './internal/shapes.js';
import { compileIndicators, earnedOf } from './internal/traffic-light-rules.js';
import {
  DateCache,
  readAsOf,
  readId,
  readNumbers,
  readThresholds,
  readValue,
} from './internal/traffic-light-read.js';
import { EPSILON } from './numbers.js';
import { booleanOption, numberOption } from './options.js';
import { COLOR_NAMES, GREEN, MixTally, readOwner, readTarget, RED, YELLOW } from './pool-mix.js';
import type {
  TrafficClient,
  TrafficExpiry,
  TrafficLightClientResult,
  TrafficLightInput,
  TrafficLightOptions,
  TrafficLightResult,
} from './traffic-light-types.js';

export {
  DEFAULT_TRAFFIC_TARGET,
  poolMix,
  TRAFFIC_COLORS,
  type ColorShares,
  type OwnerPoolMix,
  type PoolMix,
  type PoolMixClient,
  type PoolMixResult,
  type TrafficColor,
  type TrafficTarget,
} from './pool-mix.js';
export * from './traffic-light-types.js';

// Traffic-light scoring of a client pool: one pass over the clients, each indicator's rule
// compiled once (internal/traffic-light-rules.ts), fields read by
// internal/traffic-light-read.ts. The types are in traffic-light-types.ts; the colour mix
// is in pool-mix.ts.

/** The earned weights of one combination of outcomes, its score and colour index. */
interface Earned {
  earned: Readonly<Record<string, number>>;
  score: number;
  color: number;
}

// Shared by every client with nothing missing or expired, so a million clients do not
// allocate two million empty arrays. Frozen: results are read, not edited.
const NONE: readonly string[] = Object.freeze([]);
// Clients with the same outcomes share one frozen `earned` record: a pool has at most a
// few hundred combinations, so a million clients do not allocate a million records.
// Combinations whose code reaches this are not remembered.
const MAX_SHARED = 65_536;

const DEFAULT_SOON_DAYS = 30;

// Kept (see keepShape): what the client loop of scoreTrafficLights reads besides the clients.
keepShape(new MixTally());
keepShape(new DateCache());
keepShape(compileIndicators([], new IssueList()).compiled);

/**
 * Scores every client of a pool from weighted indicators and gives it a colour, then
 * the colour mix in total and per owner against the target. One pass over the clients;
 * each rule is compiled once.
 *
 * - score = sum of the earned weights (`options.normalize`: divided by their sum).
 * - green when score >= thresholds.green, yellow when >= thresholds.yellow, else red,
 *   with a tolerance of 1e-9, so floating sums such as 0.7000000000000001 or
 *   0.6999999999999999 behave as the decimal 0.7.
 * - A missing value earns 0 and is listed in `missing`.
 * - With `asOf`: an indicator whose `expires` date lies in asOf..asOf + soonDays
 *   (inclusive) is in `expiresSoon`, with the score and colour the client has once they
 *   earn 0; an expiry before asOf is listed in `expired` and does not change the score.
 * - Clients with the same outcomes share one frozen `earned` record (and `missing`
 *   list): a million clients cost a million small result objects and little more.
 *
 * @throws {PulseDataError} listing every issue (up to 100) with paths such as
 *   `clients[3].values.cok`, `indicators[1].rule.min`, `options.soonDays`.
 *
 * @example
 * const r = scoreTrafficLights({
 *   indicators: [
 *     { key: 'activity', label: 'K+ activity', weight: 0.4, rule: { min: 100 } },
 *     { key: 'overhang', label: 'Навес', weight: 0.1, rule: { max: 0 } },
 *   ],
 *   clients: [{ id: 1, name: 'Ромашка', owner: 'Сотрудник 1', values: { activity: 1779, overhang: 0 } }],
 * });
 * r.clients[0].score // 0.5
 * r.clients[0].color // 'yellow'
 */
export function scoreTrafficLights(
  input: TrafficLightInput,
  options?: TrafficLightOptions,
): TrafficLightResult {
  const issues = new IssueList();
  if (input === null || typeof input !== 'object') {
    issues.add('', `expected an object {indicators, clients}, got ${describeValue(input)}`);
    issues.throwIfAny();
  }
  const normalize = issues.read(() => booleanOption(options, 'normalize', false), false);
  const soonDays = issues.read(
    () => numberOption(options, 'soonDays', DEFAULT_SOON_DAYS, { min: 0, integer: true }),
    0,
  );
  const asOf = readAsOf(input.asOf, issues);
  const thresholds = readThresholds(input.thresholds, issues);
  const target = readTarget(input.target, 'target', issues);
  const { compiled, weightSum } = compileIndicators(input.indicators, issues);
  if (normalize && compiled.keys.length > 0 && !(weightSum > 0)) {
    issues.add('indicators', 'the weights sum to 0: nothing to normalise by');
  }
  const clients = input.clients;
  if (!Array.isArray(clients)) issues.add('clients', `expected an array, got ${describeValue(clients)}`);
  // Stop before the loop when the configuration is broken: every client would repeat it.
  issues.throwIfAny();

  const scale = normalize ? 1 / weightSum : 1;
  const greenFrom = thresholds.green - EPSILON;
  const yellowFrom = thresholds.yellow - EPSILON;
  const colorOf = (score: number): number =>
    score >= greenFrom ? GREEN : score >= yellowFrom ? YELLOW : RED;
  const soonUntil = asOf === null ? 0 : asOf + soonDays;
  const { keys, lo, hi, lows, radix, codable, combinations } = compiled;
  const m = keys.length;
  const outcomes = new Int32Array(m);
  const numbers = new Float64Array(m);
  const missed = new Uint8Array(m);
  const missingLists = new Map<number, readonly string[]>();
  // Indexed by outcome code while the combinations are few enough to remember.
  const shared = new Array<Earned | undefined>(codable ? Math.min(combinations, MAX_SHARED) : 0);
  const dates = new DateCache();
  const clientIds: string[] = new Array(clients.length);
  const ids = keySlots(clients.length);
  const tally = new MixTally();
  // Filled by position; a row with an issue leaves a hole, but then nothing is returned.
  const out: TrafficLightClientResult[] = new Array(clients.length);

  for (let i = 0; i < clients.length && !issues.full; i++) {
    const client = clients[i] as TrafficClient | null;
    if (client === null || typeof client !== 'object') {
      issues.add(`clients[${i}]`, `expected an object, got ${describeValue(client)}`);
      continue;
    }
    const id = readId(client.id, i, ids, clientIds, issues);
    const owner = readOwner(client.owner, i, issues);
    const name = client.name;
    if (name !== undefined && name !== null && typeof name !== 'string') {
      issues.add(`clients[${i}].name`, `expected a string, got ${describeValue(name)}`);
    }
    const values = client.values;
    if (values === null || typeof values !== 'object' || Array.isArray(values)) {
      issues.add(
        `clients[${i}].values`,
        `expected an object of values by indicator key, got ${describeValue(values)}`,
      );
      continue;
    }

    let code = 0;
    let missingCode = 0;
    readNumbers(values, keys, numbers);
    for (let k = 0; k < m; k++) {
      let v = numbers[k];
      // Not a finite number (x - x is NaN then): missing, a number string, or an error.
      if (v - v !== 0) {
        const key = keys[k];
        const value = readValue(values[key], values, key, i, issues);
        outcomes[k] = 0;
        if (value === null) {
          missed[k] = 1;
          missingCode += 2 ** k;
        }
        if (value === null || value === undefined) continue;
        v = value;
      }
      const steps = lows[k];
      let outcome: number;
      if (steps === null) outcome = v >= lo[k] && v <= hi[k] ? 1 : 0;
      else for (outcome = steps.length; outcome > 0 && v < steps[outcome - 1];) outcome--;
      outcomes[k] = outcome;
      code += outcome * radix[k];
    }
    let entry = code < shared.length ? shared[code] : undefined;
    if (entry === undefined) {
      const { earned, sum } = earnedOf(outcomes, compiled);
      entry = { earned, score: sum * scale, color: colorOf(sum * scale) };
      if (code < shared.length) shared[code] = entry;
    }
    const { earned, score, color } = entry;
    let missing = NONE;
    if (missingCode !== 0) {
      // Shared like `earned`, by the set of missing keys (a bit per key while it fits).
      const byCode = m <= 52 ? missingLists.get(missingCode) : undefined;
      missing = byCode ?? Object.freeze(keys.filter((_, k) => missed[k] === 1));
      if (byCode === undefined && m <= 52 && missingLists.size < MAX_SHARED)
        missingLists.set(missingCode, missing);
      missed.fill(0);
    }

    let expired = NONE;
    let expiresSoon: TrafficExpiry | null = null;
    const expires = client.expires;
    if (expires !== undefined && expires !== null) {
      if (typeof expires !== 'object' || Array.isArray(expires)) {
        issues.add(
          `clients[${i}].expires`,
          `expected an object of dates by indicator key, got ${describeValue(expires)}`,
        );
      } else if (asOf !== null) {
        let soon: string[] | null = null;
        let after = 0;
        for (let k = 0; k < m; k++) {
          const key = keys[k];
          const raw = Object.hasOwn(expires, key) ? expires[key] : undefined;
          const day = raw === undefined || raw === null ? null : dates.read(raw, i, key, issues);
          if (day !== null && day >= asOf && day <= soonUntil) (soon ??= []).push(key);
          else after += earned[key];
          if (day !== null && day < asOf) expired = [...expired, key];
        }
        if (soon) {
          // Summed again rather than subtracted, so no rounding residue is introduced.
          const s = after * scale;
          expiresSoon = { keys: soon, score: s, color: COLOR_NAMES[colorOf(s)] };
        }
      }
    }
    if (id === undefined || owner === undefined) continue;
    tally.add(owner, color);
    out[i] = {
      id,
      name: typeof name === 'string' ? name : null,
      owner,
      score,
      color: COLOR_NAMES[color],
      earned,
      missing,
      expired,
      expiresSoon,
    };
  }
  issues.throwIfAny();
  return { clients: out, mix: tally.result(target), thresholds, weightSum };
}
