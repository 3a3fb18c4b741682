import type { AbcXyzCellKey, AbcXyzMatrixResult } from '../../core/abc-xyz.js';
import type { Formatter } from '../../shared/format.js';
import { fill } from '../../shared/messages.js';
import { classShares, periodLabel } from './abc-xyz-matrix.model.js';
import type { messages } from './abc-xyz-matrix.messages.js';
import type { AbcXyzMeasure } from './abc-xyz-matrix.schema.js';

// The words of <pulse-abc-xyz-matrix>: values in the measure's unit, client counts with
// their plural forms, cell names and the text summaries for screen readers.

/** The message catalogue of one language. */
export type AbcXyzMessages = (typeof messages)['ru'];

/** What every text helper needs: the messages and formatter of the language, and the measure. */
export interface TextContext {
  m: AbcXyzMessages;
  format: Formatter;
  measure: AbcXyzMeasure;
}

/** A value in the measure's unit: money with the currency sign, or a count of documents. */
export function valueText(ctx: TextContext, v: number | null): string {
  return ctx.measure === 'documents' ? ctx.format.count(v, 2) : ctx.format.money(v, { withCurrency: true });
}

/** The word for "client" that goes with `n`. */
export function clientWord(ctx: TextContext, n: number): string {
  const forms: Record<string, string> = {
    one: ctx.m.clientOne,
    few: ctx.m.clientFew,
    many: ctx.m.clientMany,
  };
  return forms[ctx.format.plural(n)] ?? ctx.m.clientMany;
}

/** `n` clients, with the right word form. */
export function clientsText(ctx: TextContext, n: number): string {
  return `${ctx.format.count(n)} ${clientWord(ctx, n)}`;
}

/** The name of a cell: `AX`, `A (no XYZ)`, `Lost`, `Potential`. */
export function cellName(m: AbcXyzMessages, key: AbcXyzCellKey): string {
  if (key === 'lost') return m.lost;
  if (key === 'potential') return m.potential;
  return key.length === 1 ? `${key} (${m.noXyz})` : key;
}

/** `Periods: 01.2024 – 03.2024 (3)`. */
export function periodsText(ctx: TextContext, periods: readonly string[]): string {
  if (periods.length === 0) return '—';
  return fill(ctx.m.periods, {
    from: periodLabel(periods[0], ctx.format),
    to: periodLabel(periods[periods.length - 1], ctx.format),
    count: ctx.format.count(periods.length),
  });
}

/** The text summary of the matrix for screen readers, with the keyboard instructions. */
export function matrixSummary(ctx: TextContext, matrix: AbcXyzMatrixResult): string {
  const { m, format: f } = ctx;
  const classes = classShares(matrix)
    .map((s) =>
      fill(m.summaryClass, { cls: s.abc, count: clientsText(ctx, s.count), share: f.percent(s.valueShare) }),
    )
    .join('; ');
  const outside = fill(m.summaryOutside, {
    lost: f.count(matrix.cells.lost.count),
    potential: f.count(matrix.cells.potential.count),
  });
  const head = fill(m.summary, {
    count: clientsText(ctx, matrix.count),
    measure: m[ctx.measure].toLowerCase(),
    total: valueText(ctx, matrix.total),
  });
  return `${head} ${classes}; ${outside}. ${m.instructions}.`;
}
