import type { DealGroup, FunnelStage, StageTime } from '../../core/funnel.js';
import type { Formatter } from '../../shared/format.js';
import { fill } from '../../shared/messages.js';
import { largestDrop } from './funnel.model.js';
import type { messages } from './funnel.messages.js';

type Text = (typeof messages)['ru'];

/** What the text helpers need to know about the computed funnel. */
export interface TextContext {
  mode: 'funnel' | 'checklist';
  currency: string;
  decimals: number;
}

/**
 * The words and numbers of <pulse-funnel>: figures formatted in the locale, the accessible
 * description of a stage and of an owner's cell, and the summary for screen readers.
 * Everything visible goes through here, so the screen and the descriptions agree.
 */
export class FunnelText {
  constructor(
    readonly f: Formatter,
    readonly m: Text,
    readonly ctx: TextContext,
  ) {}

  count(n: number | null): string {
    return this.f.count(n);
  }

  money(v: number | null): string {
    return this.f.money(v, { withCurrency: true, currency: this.ctx.currency });
  }

  percent(p: number | null, digits = this.ctx.decimals): string {
    return this.f.percent(p, digits);
  }

  days(d: number | null): string {
    return d === null ? '—' : fill(this.m.days, { n: this.f.count(d, 1) });
  }

  /** `3 · 15 000,00 ₽`, or just the count when the group has no amounts. */
  group(g: DealGroup): string {
    return g.value === null ? this.count(g.count) : `${this.count(g.count)} · ${this.money(g.value)}`;
  }

  /** `отток 21,5 % · −118` (or a rise, when counts grow). */
  drop(stage: FunnelStage, previous: FunnelStage): string {
    const lost = previous.count - stage.count;
    return fill(lost < 0 ? this.m.rise : this.m.dropOff, {
      percent: this.percent(Math.abs(stage.dropOff ?? 0)),
      n: this.count(Math.abs(lost)),
    });
  }

  time(t: StageTime): string {
    return fill(this.m.time, { mean: this.days(t.mean), median: this.days(t.median) });
  }

  /**
   * The `570/81 % — 348` of the source reports: count, share of base (whole percent) and
   * distinct clients; the parts that are unknown are left out.
   */
  cell(stage: FunnelStage): string {
    let text = this.count(stage.count);
    if (stage.shareOfBase !== null) text += `/${this.percent(stage.shareOfBase, 0)}`;
    if (stage.clients !== null) text += ` — ${this.count(stage.clients)}`;
    return text;
  }

  /** The summary for screen readers: the shape of the funnel and where it loses most. */
  summary(
    label: string,
    stages: readonly FunnelStage[],
    winRate: number | null,
    won: DealGroup | null,
    lost: DealGroup | null,
  ): string {
    const m = this.m;
    const f = this.f;
    if (this.ctx.mode === 'checklist') {
      const forms = { one: m.stepOne, few: m.stepFew, many: m.stepMany, other: m.stepMany };
      const rated = stages.filter((s) => s.shareOfBase !== null);
      const low =
        rated.length > 0
          ? rated.reduce((a, b) => ((b.shareOfBase as number) < (a.shareOfBase as number) ? b : a))
          : null;
      const lowText = low
        ? ` ${fill(m.lowestStep, { label: low.label, percent: this.percent(low.shareOfBase) })}.`
        : '';
      return `${label}: ${f.countOf(stages.length, forms)}, ${m.independent}.${lowText} ${m.instructions}.`;
    }
    const forms = { one: m.stageOne, few: m.stageFew, many: m.stageMany, other: m.stageMany };
    const first = stages[0];
    const last = stages[stages.length - 1];
    let text = `${label}: ${f.countOf(stages.length, forms)}. ${first.label} — ${this.count(first.count)}`;
    if (last !== first) {
      text += `; ${last.label} — ${this.count(last.count)}, ${this.percent(last.fromFirst)} ${m.ofFirst}`;
      const drop = largestDrop(stages);
      if (drop && (drop.dropOff as number) > 0)
        text += `; ${fill(m.largestDrop, { label: drop.label, percent: this.percent(drop.dropOff) })}`;
    }
    text += '.';
    if (won && lost) {
      text += ` ${m.won}: ${this.group(won)}; ${m.lost}: ${this.group(lost)}; ${m.winRate} ${this.percent(winRate)}.`;
    }
    return `${text} ${m.instructions}.`;
  }
}
