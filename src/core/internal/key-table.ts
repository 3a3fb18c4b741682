// Open-addressing hash tables of strings, for ids and keys by the million: one typed
// array instead of a Map of a million strings (several times slower, mostly in garbage
// collection). A table is a plain Int32Array handled by functions, not an object: the
// hidden class of a short-lived object dies with it at the next garbage collection, and
// the optimised code of the loop that used it is thrown away with it ("weak objects").

/** FNV-1a over the UTF-16 code units of the whole string (so long common prefixes do not collide). */
export function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}

/**
 * An empty table for up to `capacity` keys. Per slot: row + 1 (0 when empty), then the
 * key's full hash, side by side, so a probe is one cache line; at least twice as many
 * slots as keys (a power of two) keeps probe chains short.
 */
export function keySlots(capacity: number): Int32Array {
  return new Int32Array(2 * 2 ** Math.ceil(Math.log2(Math.max(16, 2 * capacity))));
}

/**
 * Adds `key` as the key of `row` and returns -1; or, when an earlier row has it, returns
 * that row. The keys stay in the caller's array and are read only when two hashes are
 * equal: `keys[row]` must hold the key of a row once it is added (before the next call).
 * At most the `capacity` of {@link keySlots} keys may be added.
 */
export function addKey(slots: Int32Array, keys: readonly string[], key: string, row: number): number {
  const mask = (slots.length >> 1) - 1;
  const h = hashString(key);
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const at = slots[2 * slot] - 1;
    if (at < 0) {
      slots[2 * slot] = row + 1;
      slots[2 * slot + 1] = h;
      return -1;
    }
    if (slots[2 * slot + 1] === h && keys[at] === key) return at;
  }
}

/** Numbers strings in order of first appearance, so counting can work on integers. */
export class StringIndex {
  /** The strings, by number. */
  readonly strings: string[] = [];
  private slots: Int32Array;
  private capacity: number;

  /** `expected`: about how many distinct strings will come (the table grows past it). */
  constructor(expected = 0) {
    this.capacity = Math.max(8, expected);
    this.slots = keySlots(this.capacity);
  }

  get size(): number {
    return this.strings.length;
  }

  /** The string's number, giving it the next one if it is new. */
  intern(s: string): number {
    const row = this.strings.length;
    if (row === this.capacity) this.grow();
    const at = addKey(this.slots, this.strings, s, row);
    if (at >= 0) return at;
    this.strings.push(s);
    return row;
  }

  /** Doubles the capacity, placing each string again by its kept hash. */
  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    const slots = keySlots(this.capacity);
    const mask = (slots.length >> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s] === 0) continue;
      let slot = old[s + 1] & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[s];
      slots[2 * slot + 1] = old[s + 1];
    }
    this.slots = slots;
  }
}

/**
 * The hash of a key for {@link hasRepeatOf}: {@link hashString} as unsigned, 0 for `''`.
 *
 * @example hashKey('') // 0
 */
export function hashKey(key: string): number {
  return key === '' ? 0 : hashString(key) >>> 0;
}

/**
 * Whether some non-empty key comes twice (`''` keys are skipped), given the keys' hashes
 * ({@link hashKey}), which the rows' walk made while each id was at hand. A million keys put
 * in a hash table cost a cache miss each, the table being far larger than the cache; here
 * the hashes alone are radix-sorted instead (passes in sequence, 2048 buckets, one array
 * written per pass). Equal neighbours name the few hashes shared by two or more keys; only
 * the keys with such a hash are then compared. A `true` is then explained by a slower,
 * exact pass (which key, first seen where).
 *
 * @example hasRepeatOf(['a', 'b', '', ''], Uint32Array.from(['a', 'b', '', ''], hashKey)) // false
 * @example hasRepeatOf(['a', 'b', 'a'], Uint32Array.from(['a', 'b', 'a'], hashKey)) // true
 */
export function hasRepeatOf(keys: readonly string[], hashOf: Uint32Array): boolean {
  const n = keys.length;
  let hash = new Uint32Array(n);
  const counts = new Uint32Array(3 * 2048);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const h = hashOf[i];
    // A hash of 0 is an empty key, or (rarely) a key that hashes to 0.
    if (h === 0 && keys[i] === '') continue;
    hash[m++] = h;
    counts[h & 0x7ff]++;
    counts[2048 + ((h >>> 11) & 0x7ff)]++;
    counts[4096 + (h >>> 22)]++;
  }
  if (m < 2) return false;
  let hash2 = new Uint32Array(m);
  for (let pass = 0; pass < 3; pass++) {
    const base = pass * 2048;
    const shift = pass * 11;
    let sum = 0;
    for (let d = 0; d < 2048; d++) {
      const c = counts[base + d];
      counts[base + d] = sum;
      sum += c;
    }
    for (let k = 0; k < m; k++) {
      const h = hash[k];
      hash2[counts[base + ((h >>> shift) & 0x7ff)]++] = h;
    }
    [hash, hash2] = [hash2, hash];
  }
  // The hashes that come more than once, and a bit per their low 16 bits to find them fast.
  const shared = new Set<number>();
  const filter = new Uint32Array(2048);
  for (let k = 1; k < m; k++) {
    const h = hash[k];
    if (h === hash[k - 1] && !shared.has(h)) {
      shared.add(h);
      filter[(h & 0xffff) >>> 5] |= 1 << (h & 31);
    }
  }
  if (shared.size === 0) return false;
  // The keys of each shared hash, in row order: a repeat is two equal keys among them.
  const byHash = new Map<number, Set<string>>();
  for (let i = 0; i < n; i++) {
    const h = hashOf[i];
    if ((filter[(h & 0xffff) >>> 5] & (1 << (h & 31))) === 0 || !shared.has(h) || keys[i] === '') continue;
    const seen = byHash.get(h);
    if (seen === undefined) byHash.set(h, new Set([keys[i]]));
    else if (seen.has(keys[i])) return true;
    else seen.add(keys[i]);
  }
  return false;
}
