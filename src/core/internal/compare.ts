// Deterministic orders (design.md, habit 3): strings by UTF-16 code unit, the same on
// every machine and in every locale; a widget re-sorts with Intl.Collator for display.

/** Compares two strings by code unit, for `Array#sort`. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** {@link compareStrings}, with `null` (no owner, no department) last. */
export function compareNullLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
