// Answers "does any deal id repeat?" for a million deals without a million-entry hash set
// in the common case of whole-number ids: those are marked in a bitmap. Other numbers are
// sorted and compared at the end; other strings go to a Set. Ids compare as strings (5 and
// "5" are the same id). When the answer is yes, the caller finds and names the repeats
// in a slower second pass.

/** Finds out whether a list of ids has a repeat. */
export class DuplicateFinder {
  private bits: Uint8Array = new Uint8Array(0);
  private readonly limit: number;
  /** Numbers outside the bitmap (negative, fractional, large). */
  private readonly numbers: number[] = [];
  private readonly strings = new Set<string>();
  private found = false;

  /** `expected`: about how many ids will come; the bitmap covers 0 to 8 times that. */
  constructor(expected: number) {
    this.limit = Math.max(1024, 8 * expected);
  }

  /** Adds an id: a non-empty string or a finite number, as validated by the caller. */
  add(id: string | number): void {
    if (this.found) return;
    if (typeof id === 'number') {
      if (Number.isInteger(id) && id >= 0 && id < this.limit) {
        const byte = id >> 3;
        if (byte >= this.bits.length) this.grow(byte);
        const mask = 1 << (id & 7);
        if (this.bits[byte] & mask) this.found = true;
        else this.bits[byte] |= mask;
      } else {
        this.numbers.push(id);
      }
    } else if (this.strings.has(id)) {
      this.found = true;
    } else {
      this.strings.add(id);
    }
  }

  /** Whether some id came twice. */
  hasDuplicates(): boolean {
    if (this.found) return true;
    if (this.numbers.length > 1) {
      const sorted = Float64Array.from(this.numbers).sort();
      for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) return true;
    }
    // A string such as "5" is the same id as the number 5.
    if (this.strings.size > 0 && (this.numbers.length > 0 || this.bits.length > 0)) {
      const others = new Set(this.numbers);
      for (const s of this.strings) {
        const n = Number(s);
        if (String(n) !== s) continue;
        if (others.has(n)) return true;
        if (Number.isInteger(n) && n >= 0 && n < this.limit && (this.bits[n >> 3] ?? 0) & (1 << (n & 7))) return true;
      }
    }
    return false;
  }

  private grow(byte: number): void {
    const size = Math.min(Math.ceil(this.limit / 8) + 1, Math.max(128, 2 * this.bits.length, byte + 1));
    const grown = new Uint8Array(size);
    grown.set(this.bits);
    this.bits = grown;
  }
}
