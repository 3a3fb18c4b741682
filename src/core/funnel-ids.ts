// Id bookkeeping for a million deals. Deal ids: "does any id repeat?" Whole-number ids
// are marked in a bitmap; other numbers are sorted and compared at the end; strings go
// to a StringIndex. Ids compare as strings: 5 and "5" are the same id. When the answer
// is yes, the caller finds and names the repeats in a slower second pass. Client ids:
// numbered once with a StringIndex, so per-group counting works on integers.

/**
 * Numbers strings in order of first appearance: an open-addressing table of indices,
 * about twice as fast as a Map of fresh strings and with no per-entry objects.
 */
export class StringIndex {
  /** The strings, by number. */
  readonly strings: string[] = [];
  /** Number + 1 per slot; 0 is an empty slot. Length is a power of two. */
  private table: Int32Array = new Int32Array(0);
  /** The hash of each slot's string, compared before the string itself (which is a memory fetch). */
  private hashes: Int32Array = new Int32Array(0);

  /** `expected`: about how many distinct strings will come (the table grows past it). */
  constructor(private readonly expected = 0) {}

  get size(): number {
    return this.strings.length;
  }

  /** The string's number, giving it the next one if it is new. */
  intern(s: string): number {
    if (2 * (this.strings.length + 1) > this.table.length) this.grow();
    const mask = this.table.length - 1;
    const h = hash(s);
    let slot = h & mask;
    for (let at = this.table[slot]; at !== 0; at = this.table[slot]) {
      if (this.hashes[slot] === h && this.strings[at - 1] === s) return at - 1;
      slot = (slot + 1) & mask;
    }
    this.strings.push(s);
    this.table[slot] = this.strings.length;
    this.hashes[slot] = h;
    return this.strings.length - 1;
  }

  private grow(): void {
    let size = 16;
    while (size < 2 * Math.max(this.expected, 2 * this.strings.length + 2)) size *= 2;
    this.table = new Int32Array(size);
    this.hashes = new Int32Array(size);
    const mask = size - 1;
    this.strings.forEach((s, i) => {
      const h = hash(s);
      let slot = h & mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & mask;
      this.table[slot] = i + 1;
      this.hashes[slot] = h;
    });
  }
}

/** Finds out whether a list of ids has a repeat. */
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
      if (this.strings.intern(id) < this.strings.size - 1) this.found = true;
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

// FNV-1a over UTF-16 code units.
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h | 0;
}
