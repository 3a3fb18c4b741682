import type * as z from '../internal/z.js';
import { formatIsoDate, parseDate } from '../dates.js';
import { describeValue } from '../errors.js';

// Checks across fields of the funnel input (a deal's stage must be in stageOrder, ids must
// be unique, an owner must list every stage). They report each problem at the row it
// belongs to, so the lenient validation leaves out that deal or owner and keeps the rest;
// the core would reject the whole input for any of them. They also run when other parts
// of the input already failed, so every problem is listed in one pass.

type Ctx = z.core.$RefinementCtx<unknown>;
type Path = (string | number)[];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A key as the core reads it: a non-empty string, or a finite number as a string. */
function keyOf(v: unknown): string | null {
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

function add(ctx: Ctx, path: Path, message: string, input?: unknown): void {
  ctx.addIssue({ code: 'custom', message, path, input, continue: true });
}

/** Cross-field checks of the funnel input (see the module comment). */
export function checkFunnel(value: unknown, ctx: Ctx): void {
  if (!isRecord(value)) return;
  const hasStages = value.stages !== undefined;
  const hasDeals = value.deals !== undefined || value.stageOrder !== undefined;
  if (hasStages && hasDeals) add(ctx, [], 'expected either stages, or stageOrder and deals, not both');
  else if (!hasStages && !hasDeals) add(ctx, [], 'expected stages, or stageOrder and deals');
  else if (hasDeals) {
    if (value.stageOrder === undefined) add(ctx, ['stageOrder'], 'missing (expected an array of stage keys)');
    if (value.deals === undefined) add(ctx, ['deals'], 'missing (expected an array)');
    checkDeals(value, ctx);
  } else checkStages(value, ctx);
  requireEveryStage(ctx);
}

function checkStages(value: Record<string, unknown>, ctx: Ctx): void {
  const stages = Array.isArray(value.stages) ? value.stages : [];
  const keys = new Map<string, number>();
  stages.forEach((s: unknown, i) => {
    const key = isRecord(s) ? keyOf(s.key) : null;
    if (key === null) return;
    const first = keys.get(key);
    if (first !== undefined)
      add(ctx, ['stages', i, 'key'], `duplicate stage ${describeValue(key)} (also at stages[${first}])`);
    else keys.set(key, i);
  });
  forEachOwner(value, ctx, (row, o) => {
    const path = ['owners', o, 'stages'];
    if (!Array.isArray(row.stages)) {
      if (row.stages === undefined) add(ctx, path, 'missing (expected an array of the stages)');
      return;
    }
    const seen = new Map<string, number>();
    row.stages.forEach((s: unknown, j) => {
      const key = isRecord(s) ? keyOf(s.key) : null;
      if (key === null) return;
      if (!keys.has(key)) add(ctx, [...path, j, 'key'], `unknown stage ${describeValue(key)}`);
      else if (seen.has(key))
        add(
          ctx,
          [...path, j, 'key'],
          `duplicate stage ${describeValue(key)} (also at owners[${o}].stages[${seen.get(key)}])`,
        );
      else seen.set(key, j);
    });
    const missing = [...keys.keys()].filter((k) => !seen.has(k));
    if (missing.length > 0) add(ctx, path, `missing stage(s) ${missing.map(describeValue).join(', ')}`);
  });
}

function checkDeals(value: Record<string, unknown>, ctx: Ctx): void {
  const order = Array.isArray(value.stageOrder) ? value.stageOrder : [];
  const stages = new Map<string, number>();
  order.forEach((raw: unknown, i) => {
    const key = keyOf(raw);
    if (key === null) return;
    if (stages.has(key))
      add(
        ctx,
        ['stageOrder', i],
        `duplicate stage ${describeValue(key)} (also at stageOrder[${stages.get(key)}])`,
      );
    else stages.set(key, i);
  });
  if (isRecord(value.stageLabels)) {
    for (const key of Object.keys(value.stageLabels)) {
      if (!stages.has(key))
        add(ctx, ['stageLabels', key], `unknown stage ${describeValue(key)} (not in stageOrder)`);
    }
  }
  const deals = Array.isArray(value.deals) ? value.deals : [];
  const days = new Map<string, number | null>();
  const day = (text: string): number | null => {
    let n = days.get(text);
    if (n === undefined) days.set(text, (n = safeDay(text)));
    return n;
  };
  const ids = new Map<string, number>();
  const unknown = (key: string | null) => key !== null && !stages.has(key);
  deals.forEach((d: unknown, i) => {
    if (!isRecord(d)) return;
    const id = keyOf(d.id);
    if (id !== null) {
      const first = ids.get(id);
      if (first !== undefined)
        add(ctx, ['deals', i, 'id'], `duplicate id ${describeValue(id)} (also at deals[${first}])`);
      else ids.set(id, i);
    }
    const stage = keyOf(d.stage);
    if (unknown(stage))
      add(ctx, ['deals', i, 'stage'], `unknown stage ${describeValue(stage)} (not in stageOrder)`);
    if (!Array.isArray(d.history)) return;
    // Only a closed deal's closing date ends its last stay (the core ignores it on open deals).
    const closed = d.status !== 'open' && typeof d.closedAt === 'string' ? day(d.closedAt) : null;
    let last: number | null = null;
    d.history.forEach((entry: unknown, j) => {
      if (!isRecord(entry)) return;
      const key = keyOf(entry.stage);
      if (unknown(key))
        add(
          ctx,
          ['deals', i, 'history', j, 'stage'],
          `unknown stage ${describeValue(key)} (not in stageOrder)`,
        );
      const at = closed !== null && typeof entry.date === 'string' ? day(entry.date) : null;
      if (at !== null && (last === null || at > last)) last = at;
    });
    if (closed !== null && last !== null && closed < last) {
      const when = formatIsoDate(last);
      add(
        ctx,
        ['deals', i, 'closedAt'],
        `${describeValue(d.closedAt)} is before the deal's last history entry (${when})`,
      );
    }
  });
  forEachOwner(value, ctx, () => undefined);
}

// Duplicate owners are left out; `visit` sees each well-formed owner row.
function forEachOwner(
  value: Record<string, unknown>,
  ctx: Ctx,
  visit: (row: Record<string, unknown>, o: number) => void,
): void {
  if (!Array.isArray(value.owners)) return;
  const seen = new Map<string, number>();
  value.owners.forEach((row: unknown, o) => {
    if (!isRecord(row)) return;
    const owner = keyOf(row.owner);
    if (owner !== null) {
      const first = seen.get(owner);
      if (first !== undefined)
        add(
          ctx,
          ['owners', o, 'owner'],
          `duplicate owner ${describeValue(owner)} (also at owners[${first}])`,
        );
      else seen.set(owner, o);
    }
    visit(row, o);
  });
}

// A funnel with a stage left out would show the conversion across the gap as if it were
// one step: a bad stage (or stage key) rejects the whole input instead.
function requireEveryStage(ctx: Ctx): void {
  for (const field of ['stages', 'stageOrder']) {
    const bad = new Set<number>();
    for (const issue of ctx.issues) {
      if (issue.path?.[0] === field && typeof issue.path[1] === 'number') bad.add(issue.path[1]);
    }
    if (bad.size > 0) {
      add(
        ctx,
        [field],
        `every stage is needed for the conversions; ${bad.size} not accepted, so nothing is shown`,
      );
    }
  }
}

function safeDay(text: string): number | null {
  try {
    return parseDate(text);
  } catch {
    return null;
  }
}
