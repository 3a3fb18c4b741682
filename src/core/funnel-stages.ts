import { describeValue } from './errors.js';
import { ratio } from './numbers.js';
import { isRecord, readAmount, readCount, readKey } from './funnel-input.js';
import type { FunnelFigures, FunnelMode, FunnelOwner, FunnelResult, FunnelStage } from './funnel-types.js';
import type { IssueList } from './internal/issues.js';
import { readText } from './internal/read.js';

// Aggregated funnels (stages with counts), and the finishing steps every funnel shares:
// conversions and shares of base.

/** A stage as the result needs it before figures: key and label. */
export interface StageMeta {
  key: string;
  label: string;
}

/** A stage with every figure undefined (`null`) and a count of 0. */
export function blankStage(meta: StageMeta, index: number): FunnelStage {
  return {
    key: meta.key,
    label: meta.label,
    index,
    count: 0,
    value: null,
    clients: null,
    fromPrevious: null,
    fromFirst: null,
    dropOff: null,
    base: null,
    shareOfBase: null,
    clientShareOfBase: null,
    ids: null,
    open: null,
    lost: null,
    won: null,
    time: null,
  };
}

/**
 * Sets fromPrevious, fromFirst and dropOff (funnel mode; checklist mode leaves them
 * `null`). Returns whether a count rises above the previous one.
 */
export function applyConversions(stages: FunnelStage[], mode: FunnelMode): boolean {
  if (mode === 'checklist' || stages.length === 0) return false;
  const first = stages[0].count;
  let nonMonotonic = false;
  stages.forEach((stage, k) => {
    // The first stage converts 1:1 from itself, unless it is empty (0/0 is undefined).
    const previous = k === 0 ? stage.count : stages[k - 1].count;
    if (stage.count > previous) nonMonotonic = true;
    stage.fromPrevious = ratio(stage.count, previous);
    stage.fromFirst = ratio(stage.count, first);
    stage.dropOff = stage.fromPrevious === null ? null : 1 - stage.fromPrevious;
  });
  return nonMonotonic;
}

/** Sets base, shareOfBase and clientShareOfBase; a stage's own base wins over the group's. */
export function applyBase(stages: FunnelStage[], groupBase: number | null): void {
  for (const stage of stages) {
    const base = stage.base ?? groupBase;
    stage.base = base;
    stage.shareOfBase = base === null ? null : ratio(stage.count, base);
    stage.clientShareOfBase = base === null || stage.clients === null ? null : ratio(stage.clients, base);
  }
}

/** Field names, so the checklist reports `steps[2].done` where the funnel says `stages[2].count`. */
export interface StageNames {
  stages: string;
  count: string;
  noun: string;
}

const FUNNEL_NAMES: StageNames = { stages: 'stages', count: 'count', noun: 'stage' };

/** Reads an aggregated funnel and computes its figures. Issues go to `issues`. */
export function stagesFunnel(
  input: Record<string, unknown>,
  mode: FunnelMode,
  issues: IssueList,
  names: StageNames = FUNNEL_NAMES,
): FunnelResult {
  const stages: FunnelStage[] = [];
  const index = new Map<string, number>();
  const at = new Map<string, number>();
  const list = input[names.stages];
  if (!Array.isArray(list)) {
    issues.add(
      names.stages,
      list === undefined ? 'missing (expected an array)' : `expected an array, got ${describeValue(list)}`,
    );
  } else {
    list.forEach((item: unknown, i) => {
      const path = `${names.stages}[${i}]`;
      if (!isRecord(item)) {
        issues.add(path, `expected an object with key and ${names.count}, got ${describeValue(item)}`);
        return;
      }
      const key = readKey(item.key, `${path}.key`, 'key', issues);
      const label = readText(item.label, names.stages, i, 'label', issues);
      const stage = blankStage({ key: key ?? '', label: label ?? key ?? '' }, stages.length);
      readFigures(item, path, stage, names, issues);
      if (key === null) return;
      const first = at.get(key);
      if (first !== undefined) {
        issues.add(
          `${path}.key`,
          `duplicate ${names.noun} ${describeValue(key)} (also at ${names.stages}[${first}])`,
        );
        return;
      }
      at.set(key, i);
      index.set(key, stages.length);
      stages.push(stage);
    });
  }
  const base = readCount(input.base, 'base', false, issues);
  const owners = readOwners(input.owners, stages, index, mode, names, issues);
  return { mode, ...finish(stages, base, mode), owners };
}

function readFigures(
  item: Record<string, unknown>,
  path: string,
  stage: FunnelStage,
  names: StageNames,
  issues: IssueList,
) {
  stage.count = readCount(item[names.count], `${path}.${names.count}`, true, issues) ?? 0;
  stage.value = readAmount(item.value, `${path}.value`, issues);
  stage.clients = readCount(item.clients, `${path}.clients`, false, issues);
  stage.base = readCount(item.base, `${path}.base`, false, issues);
}

function finish(stages: FunnelStage[], base: number | null, mode: FunnelMode): FunnelFigures {
  const nonMonotonic = applyConversions(stages, mode);
  applyBase(stages, base);
  return { stages, base, open: null, won: null, lost: null, winRate: null, nonMonotonic };
}

function readOwners(
  owners: unknown,
  stages: FunnelStage[],
  index: Map<string, number>,
  mode: FunnelMode,
  names: StageNames,
  issues: IssueList,
): FunnelOwner[] | null {
  if (owners === undefined || owners === null) return null;
  if (!Array.isArray(owners)) {
    issues.add('owners', `expected an array, got ${describeValue(owners)}`);
    return null;
  }
  const seen = new Map<string, number>();
  const out: FunnelOwner[] = [];
  owners.forEach((row: unknown, o) => {
    const path = `owners[${o}]`;
    if (!isRecord(row)) {
      issues.add(path, `expected an object with owner and ${names.stages}, got ${describeValue(row)}`);
      return;
    }
    const owner = readKey(row.owner, `${path}.owner`, 'owner', issues);
    if (owner !== null) {
      const first = seen.get(owner);
      if (first !== undefined)
        issues.add(`${path}.owner`, `duplicate owner ${describeValue(owner)} (also at owners[${first}])`);
      else seen.set(owner, o);
    }
    const base = readCount(row.base, `${path}.base`, false, issues);
    const own = ownerStages(row[names.stages], `${path}.${names.stages}`, stages, index, names, issues);
    if (owner !== null && own !== null) out.push({ owner, ...finish(own, base, mode) });
  });
  return out;
}

// An owner's stages, reordered to the funnel's order; each funnel stage exactly once.
function ownerStages(
  list: unknown,
  path: string,
  stages: FunnelStage[],
  index: Map<string, number>,
  names: StageNames,
  issues: IssueList,
): FunnelStage[] | null {
  if (!Array.isArray(list)) {
    issues.add(
      path,
      list === undefined ? 'missing (expected an array)' : `expected an array, got ${describeValue(list)}`,
    );
    return null;
  }
  const own: (FunnelStage | undefined)[] = new Array(stages.length);
  const at = new Map<string, number>();
  list.forEach((item: unknown, i) => {
    const itemPath = `${path}[${i}]`;
    if (!isRecord(item)) {
      issues.add(itemPath, `expected an object with key and ${names.count}, got ${describeValue(item)}`);
      return;
    }
    const key = readKey(item.key, `${itemPath}.key`, 'key', issues);
    if (key === null) return;
    const k = index.get(key);
    if (k === undefined) {
      issues.add(`${itemPath}.key`, `unknown ${names.noun} ${describeValue(key)}`);
      return;
    }
    if (at.has(key)) {
      issues.add(
        `${itemPath}.key`,
        `duplicate ${names.noun} ${describeValue(key)} (also at ${path}[${at.get(key)}])`,
      );
      return;
    }
    at.set(key, i);
    const stage = blankStage(stages[k], k);
    readFigures(item, itemPath, stage, names, issues);
    own[k] = stage;
  });
  const missing = stages.filter((_, k) => own[k] === undefined).map((s) => describeValue(s.key));
  if (missing.length > 0) issues.add(path, `missing ${names.noun}(s) ${missing.join(', ')}`);
  return missing.length > 0 ? null : (own as FunnelStage[]);
}
