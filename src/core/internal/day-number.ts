// The fast path of date parsing: lifecycle and funnel input carry millions of dates,
// nearly all in one of the two exact forms.

/**
 * The day number (days since 1970-01-01) of an exact `YYYY-MM-DD` or `DD.MM.YYYY` string
 * of a valid calendar date from year 100 on, or NaN for anything else: other forms, bad
 * dates, the 1C empty date. Those go through parseDate, which decides and explains; where
 * this gives a number, it is parseDate's. Integer arithmetic as in dayNumber, no regular
 * expression and no Date. Years before 100 take the general path (the truncating division
 * below needs a positive year).
 *
 * @example fastDayNumber('27.02.2024') === fastDayNumber('2024-02-27') // true
 * @example fastDayNumber('0001-01-01') // NaN
 */
export function fastDayNumber(s: string): number {
  if (s.length !== 10) return NaN;
  // Positions of the digits: year, month, day (the fields of the two forms).
  let y0: number, m0: number, d0: number;
  if (s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    y0 = 0;
    m0 = 5;
    d0 = 8;
  } else if (s.charCodeAt(2) === 46 && s.charCodeAt(5) === 46) {
    y0 = 6;
    m0 = 3;
    d0 = 0;
  } else {
    return NaN;
  }
  const a = s.charCodeAt(y0) - 48;
  const b = s.charCodeAt(y0 + 1) - 48;
  const c = s.charCodeAt(y0 + 2) - 48;
  const e = s.charCodeAt(y0 + 3) - 48;
  const f = s.charCodeAt(m0) - 48;
  const g = s.charCodeAt(m0 + 1) - 48;
  const h = s.charCodeAt(d0) - 48;
  const k = s.charCodeAt(d0 + 1) - 48;
  // A digit x is 0..9: x and 9 - x are both non-negative, so an OR of them all is
  // negative when any character is not a digit (one test instead of eight branches).
  const bad =
    a |
    (9 - a) |
    b |
    (9 - b) |
    c |
    (9 - c) |
    e |
    (9 - e) |
    f |
    (9 - f) |
    g |
    (9 - g) |
    h |
    (9 - h) |
    k |
    (9 - k);
  if (bad < 0) return NaN;
  const y = a * 1000 + b * 100 + c * 10 + e;
  const m = f * 10 + g;
  const d = h * 10 + k;
  if (y < 100 || m < 1 || m > 12 || d < 1) return NaN;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31)) return NaN;
  const yy = m <= 2 ? y - 1 : y;
  const era = (yy / 400) | 0; // yy >= 99: truncation is floor
  const yoe = yy - era * 400;
  const doy = (((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) | 0) + d - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return (era * 146_097 + doe - 719_468) | 0; // a small integer, kept unboxed
}
