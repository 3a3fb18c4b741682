import { addKey, keySlots, StringIndex } from './key-table.js';

// Finding repeated ids, on the hash tables of key-table.ts.

/**
 * For each key, the index of its first occurrence when that is earlier, else -1; `null`
 * when all keys are distinct. `''` keys (no valid id) are skipped.
 *
 * @example earlierDuplicates(['a', 'b', 'a', '']) // Int32Array [-1, -1, 0, -1]
 */
export function earlierDuplicates(keys: readonly string[]): Int32Array | null {
  const n = keys.length;
  const slots = keySlots(n);
  let out: Int32Array | null = null;
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    if (key === '') continue;
    const first = addKey(slots, keys, key, i);
    if (first >= 0) (out ??= new Int32Array(n).fill(-1))[i] = first;
  }
  return out;
}

/**
 * Finds out whether a list of ids has a repeat, without turning number ids into strings:
 * whole numbers are marked in a bitmap, other numbers are sorted and compared at the end,
 * strings go to a {@link StringIndex}. Ids compare as strings: 5 and "5" are the same id.
 * When the answer is yes, the caller names the repeats with {@link earlierDuplicates}.
 */
export class DuplicateFinder {
  private bits: Uint8Array = new Uint8Array(0);
  private readonly limit: number;
  /** Numbers outside the bitmap (negative, fractional, large). */
  private readonly numbers: number[] = [];
  private readonly strings: StringIndex;
  private found = false;

  /** `expected`: about how many ids will come; the bitmap covers 0 to 8 times that. */
  constructor(expected: number) {
    this.limit = Math.max(1024, 8 * expected);
    this.strings = new StringIndex(expected);
  }

  /** Adds an id: a non-empty string or a finite number, as validated by the caller. */
  add(id: string | number): void {
    if (this.found) return;
    if (typeof id === 'string') {
      const before = this.strings.size;
      if (this.strings.intern(id) < before) this.found = true;
    } else if (Number.isInteger(id) && id >= 0 && id < this.limit) {
      const byte = id >> 3;
      if (byte >= this.bits.length) this.growBits(byte);
      const mask = 1 << (id & 7);
      if (this.bits[byte] & mask) this.found = true;
      else this.bits[byte] |= mask;
    } else {
      this.numbers.push(id);
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
      for (const s of this.strings.strings) {
        const n = Number(s);
        if (String(n) !== s) continue;
        if (others.has(n)) return true;
        if (Number.isInteger(n) && n >= 0 && n < this.limit && (this.bits[n >> 3] ?? 0) & (1 << (n & 7)))
          return true;
      }
    }
    return false;
  }

  private growBits(byte: number): void {
    const size = Math.min(Math.ceil(this.limit / 8) + 1, Math.max(128, 2 * this.bits.length, byte + 1));
    const grown = new Uint8Array(size);
    grown.set(this.bits);
    this.bits = grown;
  }
}
