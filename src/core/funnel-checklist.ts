import { describeValue } from './errors.js';
import { isRecord } from './funnel-input.js';
import { stagesFunnel, type StageNames } from './funnel-stages.js';
import type { FunnelStage } from './funnel-types.js';
import { IssueList } from './internal/issues.js';

// A checklist (the "K2U" contact steps of domain.md, section 1): steps that are not a
// funnel. Each step has its own count and share of base; nothing assumes the counts fall.

/**
 * One step of a checklist input.
 *
 * @example { key: 'visit', label: 'Visited', done: 89, base: 100 }
 */
export interface ChecklistStepInput {
  /** Unique step key: a non-empty string, or a number (turned into a string). */
  key: string | number;
  label?: string | null;
  /** How many completed the step: a whole number of 0 or more. */
  done: number | string;
  /** Base of this step only (it applies to fewer clients), overriding the input's `base`. */
  base?: number | string | null;
  /** Distinct clients who completed it, a whole number. */
  clients?: number | string | null;
}

/**
 * Input of {@link checklist}: steps, a base, and optionally per-owner steps (the same
 * step keys, each exactly once, any order).
 *
 * @example
 * { steps: [{ key: 'visit', done: 89 }, { key: 'call', done: 85 }], base: 100,
 *   owners: [{ owner: 'NOIO 1', base: 20, steps: [{ key: 'visit', done: 18 }, { key: 'call', done: 15 }] }] }
 */
export interface ChecklistInput {
  steps: readonly ChecklistStepInput[];
  /** Clients in the pool, a whole number; gives each step's `share`. */
  base?: number | string | null;
  owners?:
    | readonly {
        owner: string | number;
        base?: number | string | null;
        steps: readonly Omit<ChecklistStepInput, 'label'>[];
      }[]
    | null;
}

/**
 * One step of a checklist result.
 *
 * @example { key: 'visit', label: 'Visited', index: 0, done: 89, base: 100, share: 0.89, clients: null, clientShare: null }
 */
export interface ChecklistStep {
  key: string;
  label: string;
  index: number;
  done: number;
  /** The step's base, or the group's; `null` when unknown. */
  base: number | null;
  /** done / base; `null` without a base or with a base of 0. May exceed 1 if the data says so. */
  share: number | null;
  clients: number | null;
  /** clients / base. */
  clientShare: number | null;
}

/**
 * One owner's checklist.
 *
 * @example { owner: 'NOIO 1', base: 20, steps: [...] }
 */
export interface ChecklistOwner {
  owner: string;
  base: number | null;
  steps: ChecklistStep[];
}

/**
 * Result of {@link checklist}.
 *
 * @example checklist({ steps, base: 100 }).steps.map((s) => s.share) // [0.89, 0.85, ...]
 */
export interface ChecklistResult {
  steps: ChecklistStep[];
  base: number | null;
  owners: ChecklistOwner[] | null;
}

const NAMES: StageNames = { stages: 'steps', count: 'done', noun: 'step' };

/**
 * A checklist of independent steps: each step's count (`done`) and its share of the base,
 * in input order, with no conversion between steps and no assumption that the counts
 * fall (89%, 85%, 51%, 74% is a valid checklist). The same as
 * `funnel({stages}, {mode: 'checklist'})`, with step-shaped input and output.
 *
 * Throws one {@link PulseDataError} listing every problem: `steps[2].done` (missing,
 * negative or not whole), duplicate keys, `owners[1].steps` missing a step.
 *
 * @example
 * const r = checklist({ base: 100, steps: [
 *   { key: 'a', done: 89 }, { key: 'b', done: 85 }, { key: 'c', done: 51 },
 * ] });
 * r.steps.map((s) => s.share); // [0.89, 0.85, 0.51]
 */
export function checklist(input: ChecklistInput): ChecklistResult {
  const issues = new IssueList();
  if (!isRecord(input)) {
    issues.add('', `expected an object with steps, got ${describeValue(input)}`);
    issues.throwIfAny();
  }
  const r = stagesFunnel(input as unknown as Record<string, unknown>, 'checklist', issues, NAMES);
  issues.throwIfAny();
  return {
    steps: r.stages.map(toStep),
    base: r.base,
    owners: r.owners?.map((o) => ({ owner: o.owner, base: o.base, steps: o.stages.map(toStep) })) ?? null,
  };
}

function toStep(s: FunnelStage): ChecklistStep {
  return {
    key: s.key,
    label: s.label,
    index: s.index,
    done: s.count,
    base: s.base,
    share: s.shareOfBase,
    clients: s.clients,
    clientShare: s.clientShareOfBase,
  };
}
