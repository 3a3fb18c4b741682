import type {
  CollectionKpi,
  CollectionKpiStep,
  CollectionRowResult,
  CollectionTotal,
} from '../collection.js';
import { EPSILON } from '../numbers.js';
import { compareNullLast } from './compare.js';

// The sums of collection: a row's plan, the totals of a group of rows and the KPI step
// of a ratio.

/** The KPI of the highest step whose `from` <= fact / plan (tolerance 1e-9); `null`s for a plan of 0. */
export function kpiOf(fact: number, plan: number, steps: readonly CollectionKpiStep[]): CollectionKpi {
  if (plan === 0) return { ratio: null, kpi: null };
  const ratio = fact / plan;
  let kpi = 0;
  for (const step of steps) if (ratio >= step.from - EPSILON) kpi = step.kpi;
  return { ratio, kpi };
}

/** The sum of the charges: the plan of a row without its own. */
export function sum(charges: readonly number[] | null | undefined): number {
  let s = 0;
  for (const c of charges ?? []) s += c;
  return s;
}

/** The running totals of a group of rows. */
export class Totals {
  private count = 0;
  private plan = 0;
  private fact = 0;
  private debt: number | null = null;
  private advance: number | null = null;
  private readonly ids: string[] = [];

  add(row: CollectionRowResult): void {
    this.count++;
    this.plan += row.plan;
    this.fact += row.fact;
    if (row.debt !== null) this.debt = (this.debt ?? 0) + row.debt;
    if (row.advance !== null) this.advance = (this.advance ?? 0) + row.advance;
    this.ids.push(row.id);
  }

  result(steps: readonly CollectionKpiStep[]): CollectionTotal {
    const { ratio, kpi } = kpiOf(this.fact, this.plan, steps);
    return {
      count: this.count,
      plan: this.plan,
      fact: this.fact,
      debt: this.debt,
      advance: this.advance,
      completeness: ratio,
      kpi,
      ids: [...this.ids],
    };
  }
}

/** The totals of `key` in `map`, made when first needed. */
export function totalsOf(map: Map<string | null, Totals>, key: string | null): Totals {
  let t = map.get(key);
  if (!t) map.set(key, (t = new Totals()));
  return t;
}

/** The keys of `map` in code-point order, deterministic on every machine; no key (`null`) last. */
export function sortedKeys(map: Map<string | null, unknown>): (string | null)[] {
  return [...map.keys()].sort(compareNullLast);
}
