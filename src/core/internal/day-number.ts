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
  let y: number;
  let m: number;
  let d: number;
  if (s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
    m = digit(s, 5) * 10 + digit(s, 6);
    d = digit(s, 8) * 10 + digit(s, 9);
  } else if (s.charCodeAt(2) === 46 && s.charCodeAt(5) === 46) {
    d = digit(s, 0) * 10 + digit(s, 1);
    m = digit(s, 3) * 10 + digit(s, 4);
    y = digit(s, 6) * 1000 + digit(s, 7) * 100 + digit(s, 8) * 10 + digit(s, 9);
  } else {
    return NaN;
  }
  // A non-digit makes its field negative, so these checks refuse it too.
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

/** The ASCII digit at `i`, or a large negative number when it is not a digit. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -100_000;
}
