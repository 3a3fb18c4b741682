import { describeValue } from '../errors.js';
import { EPSILON } from '../numbers.js';
import type { IssueList } from './issues.js';

// The indicators of scoreTrafficLights compiled once, before the pass over the clients,
// and the earned weights of one combination of outcomes.

/**
 * The indicators compiled once into parallel arrays the hot loop indexes by position.
 * Each rule maps a value to an outcome: a range to 0 (outside) or 1 (inside, when
 * `lo[k] <= value <= hi[k]`), graded steps to the number of step minimums `<= value`
 * (`lows[k]`, ascending). `gains[k][outcome]` is the weight earned.
 */
export interface Compiled {
  keys: string[];
  lo: Float64Array;
  hi: Float64Array;
  /** Ascending step minimums (tolerance applied) of a graded rule; `null` for a range. */
  lows: (Float64Array | null)[];
  gains: Float64Array[];
  /** Place value of indicator k in the outcome code (mixed radix over the gains' lengths). */
  radix: number[];
  /** Number of combinations of outcomes (product of the gains' lengths). */
  combinations: number;
  /** The outcome code of every combination fits in a safe integer. */
  codable: boolean;
  /** An `earned` record with every key, copied when a new combination is met. */
  template: Record<string, number>;
}

/** A compiled rule: range bounds (tolerance applied), or step minimums and gains. */
type CompiledRule = { lo: number; hi: number; weight: number } | { lows: Float64Array; gains: Float64Array };

// Keys that would reach Object.prototype when used on a plain object.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Compiles the indicators; every bad one is recorded, and left out. */
export function compileIndicators(
  indicators: unknown,
  issues: IssueList,
): { compiled: Compiled; weightSum: number } {
  const keys: string[] = [];
  const rules: CompiledRule[] = [];
  let weightSum = 0;
  if (!Array.isArray(indicators) || indicators.length === 0) {
    issues.add('indicators', `expected a non-empty array of indicators, got ${describeValue(indicators)}`);
  } else {
    const seen = new Map<string, number>();
    indicators.forEach((ind: unknown, i) => {
      const path = `indicators[${i}]`;
      if (ind === null || typeof ind !== 'object') {
        issues.add(path, `expected an object {key, label, weight, rule}, got ${describeValue(ind)}`);
        return;
      }
      const { key, label, weight, rule } = ind as Record<string, unknown>;
      let keyOk = false;
      if (typeof key !== 'string' || key === '') {
        issues.add(`${path}.key`, `expected a non-empty string, got ${describeValue(key)}`);
      } else if (FORBIDDEN_KEYS.has(key)) {
        issues.add(`${path}.key`, `${describeValue(key)} cannot be used as a key`);
      } else if (seen.has(key)) {
        issues.add(
          `${path}.key`,
          `duplicate key ${describeValue(key)} (first at indicators[${seen.get(key)}])`,
        );
      } else {
        seen.set(key, i);
        keyOk = true;
      }
      if (label !== undefined && typeof label !== 'string') {
        issues.add(`${path}.label`, `expected a string, got ${describeValue(label)}`);
      }
      let weightOk = false;
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
        issues.add(`${path}.weight`, `expected a finite number of 0 or more, got ${describeValue(weight)}`);
      } else {
        weightSum += weight;
        weightOk = true;
      }
      const compiled = compileRule(rule, weightOk ? (weight as number) : 0, `${path}.rule`, issues);
      if (keyOk && compiled) {
        keys.push(key as string);
        rules.push(compiled);
      }
    });
  }
  const gains = rules.map((r) => ('gains' in r ? r.gains : Float64Array.of(0, r.weight)));
  const radix: number[] = [];
  let combinations = 1;
  for (const g of gains) {
    radix.push(combinations);
    combinations *= g.length;
  }
  // JSON.parse builds an object with every key as an in-object field; spreading it
  // copies that shape at once instead of growing a new object key by key.
  const template = JSON.parse(`{${keys.map((k) => `${JSON.stringify(k)}:0`).join(',')}}`) as Record<
    string,
    number
  >;
  const compiled: Compiled = {
    keys,
    lo: Float64Array.from(rules, (r) => ('lo' in r ? r.lo : 0)),
    hi: Float64Array.from(rules, (r) => ('hi' in r ? r.hi : 0)),
    lows: rules.map((r) => ('lows' in r ? r.lows : null)),
    gains,
    radix,
    combinations,
    codable: combinations <= Number.MAX_SAFE_INTEGER,
    template,
  };
  return { compiled, weightSum };
}

function compileRule(rule: unknown, weight: number, path: string, issues: IssueList): CompiledRule | null {
  if (Array.isArray(rule)) return compileSteps(rule, weight, path, issues);
  if (rule === null || typeof rule !== 'object') {
    issues.add(path, `expected a range {min, max} or steps [{min, earn}], got ${describeValue(rule)}`);
    return null;
  }
  const bound = (name: 'min' | 'max', fallback: number): number | null => {
    const v = (rule as Record<string, unknown>)[name];
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    issues.add(`${path}.${name}`, `expected a finite number, got ${describeValue(v)}`);
    return null;
  };
  const min = bound('min', -Infinity);
  const max = bound('max', Infinity);
  if (min === null || max === null) return null;
  if (min > max) {
    issues.add(path, `expected min <= max, got min ${min} and max ${max}`);
    return null;
  }
  return { lo: min - EPSILON, hi: max + EPSILON, weight };
}

function compileSteps(
  rule: readonly unknown[],
  weight: number,
  path: string,
  issues: IssueList,
): CompiledRule | null {
  if (rule.length === 0) {
    issues.add(path, 'expected at least one step {min, earn}');
    return null;
  }
  const steps: { min: number; earn: number }[] = [];
  const mins = new Map<number, number>();
  let ok = true;
  rule.forEach((step, j) => {
    if (step === null || typeof step !== 'object') {
      issues.add(`${path}[${j}]`, `expected a step {min, earn}, got ${describeValue(step)}`);
      ok = false;
      return;
    }
    const { min, earn } = step as Record<string, unknown>;
    if (typeof min !== 'number' || !Number.isFinite(min)) {
      issues.add(`${path}[${j}].min`, `expected a finite number, got ${describeValue(min)}`);
      ok = false;
    } else if (mins.has(min)) {
      issues.add(`${path}[${j}].min`, `duplicate step min ${min} (first at ${path}[${mins.get(min)}])`);
      ok = false;
    } else {
      mins.set(min, j);
    }
    if (typeof earn !== 'number' || !Number.isFinite(earn) || earn < 0 || earn > 1) {
      issues.add(`${path}[${j}].earn`, `expected a fraction from 0 to 1, got ${describeValue(earn)}`);
      ok = false;
    }
    if (ok) steps.push({ min: min as number, earn: earn as number });
  });
  if (!ok) return null;
  steps.sort((a, b) => a.min - b.min);
  return {
    lows: Float64Array.from(steps, (s) => s.min - EPSILON),
    gains: Float64Array.from([0, ...steps.map((s) => s.earn * weight)]),
  };
}

/** The earned record and sum of one combination of outcomes; frozen, as it may be shared. */
export function earnedOf(
  outcomes: Int32Array,
  { keys, gains, template }: Compiled,
): { earned: Readonly<Record<string, number>>; sum: number } {
  const earned = { ...template };
  let sum = 0;
  for (let k = 0; k < keys.length; k++) {
    const e = gains[k][outcomes[k]];
    earned[keys[k]] = e;
    sum += e;
  }
  return { earned: Object.freeze(earned), sum };
}
