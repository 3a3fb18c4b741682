import { EPSILON } from '../../core/numbers.js';
import type { FunnelFigures, FunnelMode, FunnelResult, FunnelStage } from '../../core/funnel.js';

// Pure layout helpers of <pulse-funnel>: bar segments and the "worst owner" marks.

/** One coloured part of a stage bar, as fractions of the widest bar (0..1). */
export interface BarSegment {
  /** `reached` (aggregated), `advanced` (went on to the next stage), `won`, `open`, `lost`, `done` (checklist). */
  kind: 'reached' | 'advanced' | 'won' | 'open' | 'lost' | 'done';
  x: number;
  width: number;
}

/** The bar of one stage: its segments and a ghost of the previous stage's bar. */
export interface StageBar {
  segments: BarSegment[];
  /** Width of the previous stage's bar (funnel mode), so the drop-off shows; `null` for none. */
  ghost: number | null;
}

/**
 * Bars of every stage, scaled to the largest count. With deals a bar splits into the deals
 * that went on to the next stage (won, at the last stage), those still open at the stage
 * and those lost at it: count(k) = count(k + 1) + open(k) + lost(k). In checklist mode the
 * bar is the share of base when there is one (a step done by 89 % of the base is 89 % long),
 * otherwise the count against the largest count.
 */
export function stageBars(figures: FunnelFigures, mode: FunnelMode): StageBar[] {
  const stages = figures.stages;
  const max = Math.max(0, ...stages.map((s) => s.count));
  const scale = (n: number) => (max > 0 ? clamp(n / max) : 0);
  if (mode === 'checklist') {
    const shares = stages.every((s) => s.shareOfBase !== null);
    return stages.map((s) => ({
      segments: [{ kind: 'done', x: 0, width: shares ? clamp(s.shareOfBase as number) : scale(s.count) }],
      ghost: null,
    }));
  }
  return stages.map((s, k) => {
    const ghost = k > 0 ? scale(stages[k - 1].count) : null;
    if (s.open === null || s.lost === null) {
      return { segments: [{ kind: 'reached', x: 0, width: scale(s.count) }], ghost };
    }
    const last = k === stages.length - 1;
    const on = last ? (figures.won?.count ?? 0) : stages[k + 1].count;
    const parts: [BarSegment['kind'], number][] = [
      [last ? 'won' : 'advanced', on],
      ['open', s.open.count],
      ['lost', s.lost.count],
    ];
    let x = 0;
    const segments: BarSegment[] = [];
    for (const [kind, n] of parts) {
      const width = scale(n);
      if (width > 0) segments.push({ kind, x, width });
      x += width;
    }
    return { segments, ghost };
  });
}

/**
 * The figure an owner is compared on at a stage: the conversion from the previous stage
 * (funnel mode, from the second stage on), else the share of the owner's base (the first
 * stage, and every checklist step). `null` when undefined.
 */
export function ownerMetric(stage: FunnelStage, mode: FunnelMode): number | null {
  if (mode === 'funnel' && stage.index > 0) return stage.fromPrevious;
  return stage.shareOfBase;
}

/**
 * Per stage, the owners with the lowest {@link ownerMetric}: every owner within 1e-9 of
 * the minimum, but only when at least two owners have the figure and they differ (when
 * all are equal nobody is worst).
 */
export function worstOwners(result: FunnelResult): Set<string>[] {
  const owners = result.owners ?? [];
  return result.stages.map((_, k) => {
    const values = owners
      .map((o) => ({ owner: o.owner, v: o.stages[k] ? ownerMetric(o.stages[k], result.mode) : null }))
      .filter((x): x is { owner: string; v: number } => x.v !== null);
    const worst = new Set<string>();
    if (values.length < 2) return worst;
    const min = Math.min(...values.map((x) => x.v));
    const max = Math.max(...values.map((x) => x.v));
    if (max - min <= EPSILON) return worst;
    for (const x of values) if (x.v - min <= EPSILON) worst.add(x.owner);
    return worst;
  });
}

/** The stage with the largest drop-off from the previous one (funnel mode); `null` with fewer than two stages. */
export function largestDrop(stages: readonly FunnelStage[]): FunnelStage | null {
  let worst: FunnelStage | null = null;
  for (const s of stages.slice(1)) {
    if (s.dropOff !== null && (worst === null || s.dropOff > (worst.dropOff as number) + EPSILON)) worst = s;
  }
  return worst;
}

function clamp(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
