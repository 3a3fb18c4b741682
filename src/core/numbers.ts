import { describeValue, fail } from './errors.js';

// Digits grouped by thousands with a space, no-break space or narrow no-break space
// ("1 234 567,89"), or plain digits ("1234.56"); decimal comma or point; optional sign.
// "1,234.56" is refused on purpose: in ru-RU data a comma is the decimal separator.
const GROUPED = /^[-−]?\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?$/;
const PLAIN = /^[-−]?\d+(?:[.,]\d+)?$/;

/**
 * Why a value is not an acceptable amount, or `null` when it is. Used by the schemas.
 *
 * @example amountProblem('abc') // 'expected a number, got "abc"'
 */
export function amountProblem(value: unknown): string | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? null : `expected a finite number, got ${describeValue(value)}`;
  }
  if (typeof value === 'string') {
    const s = value.trim();
    if (!GROUPED.test(s) && !PLAIN.test(s)) return `expected a number, got ${describeValue(value)}`;
    return Number.isFinite(toNumber(s)) ? null : `expected a finite number, got ${describeValue(value)}`;
  }
  return `expected a number, got ${describeValue(value)}`;
}

function toNumber(s: string): number {
  return Number(
    s
      .replace(/[ \u00A0\u202F]/g, '')
      .replace('−', '-')
      .replace(',', '.'),
  );
}

/**
 * Parses an amount by the strict input rules: a finite JSON number, or a string such as
 * `"1 234,56"` (space or no-break space grouping, decimal comma) or `"1234.56"`.
 * NaN, Infinity and anything else throw a {@link PulseDataError} naming `path`.
 *
 * @example parseAmount('1 234,56') // 1234.56
 * @example parseAmount('abc', 'rows[0].debt') // throws: rows[0].debt: expected a number, got "abc"
 */
export function parseAmount(value: unknown, path = ''): number {
  const problem = amountProblem(value);
  if (problem) fail(path, problem);
  return typeof value === 'number' ? value : toNumber((value as string).trim());
}

/** `a / b`, or `null` when `b` is 0 (undefined is not zero). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** Default tolerance for comparing shares and thresholds. */
export const EPSILON = 1e-9;
