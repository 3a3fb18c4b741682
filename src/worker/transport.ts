// Moving 50 000 rows between the page and a worker in one postMessage costs the page one
// task of several hundred milliseconds (the structured clone of the rows, on each side).
// So the large arrays of a message travel in slices, each its own message: every slice is
// cloned in its own short task, and the page stays responsive. The skeleton (everything
// but the large arrays) travels in one message with a placeholder where each array was.

/** The key of a placeholder: `{[SLOT]: index}` stands for `arrays[index]`. */
const SLOT = '\u0000pulse-slot';

/**
 * Arrays shorter than this travel inside the skeleton. Small, so that many mid-sized
 * arrays (the ids of each owner's stage) do not add up to one large skeleton.
 */
export const SLICE_MIN = 256;

/** How deep the skeleton is searched for arrays (ids sit six levels down in a funnel result). */
const MAX_DEPTH = 10;

/** A value with its large arrays taken out. */
export interface Split {
  /** The value, with `{[SLOT]: k}` in place of the k-th large array (containers on the way copied). */
  root: unknown;
  /** The large arrays, each once (an array met twice gets one slot). */
  arrays: unknown[][];
}

const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * Takes the large arrays (at least `min` items) out of `value`. Only plain objects and
 * arrays on the way are copied; the host's data is never mutated, and the items of a
 * large array are not looked into (they travel as they are, a slice at a time).
 */
export function split(value: unknown, min = SLICE_MIN): Split {
  const arrays: unknown[][] = [];
  const slots = new Map<unknown[], number>();
  const walk = (v: unknown, depth: number): unknown => {
    if (Array.isArray(v)) {
      if (v.length >= min) {
        let k = slots.get(v);
        if (k === undefined) {
          k = arrays.push(v) - 1;
          slots.set(v, k);
        }
        return { [SLOT]: k };
      }
      if (depth >= MAX_DEPTH) return v;
      let copy: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        const w = walk(v[i], depth + 1);
        if (w !== v[i]) (copy ??= v.slice())[i] = w;
      }
      return copy ?? v;
    }
    if (!isPlain(v) || depth >= MAX_DEPTH) return v;
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(v)) {
      const w = walk(v[key], depth + 1);
      if (w !== v[key]) {
        // defineProperty: a host key "__proto__" stays a plain key (no prototype change).
        copy ??= { ...v };
        Object.defineProperty(copy, key, { value: w, enumerable: true, writable: true, configurable: true });
      }
    }
    return copy ?? v;
  };
  return { root: walk(value, 0), arrays };
}

/** Puts the arrays back into a skeleton received from {@link split} (in place: it is a fresh clone). */
export function join(root: unknown, arrays: readonly unknown[][]): unknown {
  const walk = (v: unknown, depth: number): unknown => {
    if (v === null || typeof v !== 'object' || depth > MAX_DEPTH) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = walk(v[i], depth + 1);
      return v;
    }
    if (!isPlain(v)) return v;
    if (Object.prototype.hasOwnProperty.call(v, SLOT)) return arrays[v[SLOT] as number];
    for (const key of Object.keys(v)) {
      const w = walk(v[key], depth + 1);
      if (w !== v[key])
        Object.defineProperty(v, key, { value: w, enumerable: true, writable: true, configurable: true });
    }
    return v;
  };
  return walk(root, 0);
}

/** Collects the slices of the arrays of one message, in order. */
export class Assembly {
  private readonly parts: unknown[][][];

  constructor(readonly lengths: readonly number[]) {
    this.parts = lengths.map(() => []);
  }

  add(array: number, items: unknown[]): void {
    this.parts[array]?.push(items);
  }

  /** The arrays, each joined from its slices. */
  arrays(): unknown[][] {
    return this.parts.map((slices, k) => {
      const whole = slices.length === 1 ? slices[0] : ([] as unknown[]).concat(...slices);
      if (whole.length !== this.lengths[k])
        throw new Error(
          `crm-pulse worker: array ${k} arrived with ${whole.length} of ${this.lengths[k]} items`,
        );
      return whole;
    });
  }
}

/**
 * Sends the arrays slice by slice: each slice is sized so that cloning it takes about
 * `budgetMs` (measured on the way: the first slice is small), and `pause()` is awaited
 * whenever a task has used its budget, so other work (input, rendering) runs between.
 * Stops early, returning false, when `live()` turns false.
 */
export async function sendSlices(
  arrays: readonly unknown[][],
  post: (array: number, items: unknown[]) => void,
  options: { budgetMs: number; maxItems?: number; pause: () => Promise<void>; live?: () => boolean },
): Promise<boolean> {
  const maxItems = options.maxItems ?? 20_000;
  let perItem = 0; // ms per item, learnt from the slices sent so far
  let taskStart = performance.now();
  for (let k = 0; k < arrays.length; k++) {
    const array = arrays[k];
    for (let at = 0; at < array.length;) {
      if (options.live && !options.live()) return false;
      const size =
        perItem > 0
          ? Math.max(50, Math.min(maxItems, Math.floor(options.budgetMs / perItem)))
          : Math.min(200, maxItems, array.length);
      const t0 = performance.now();
      post(k, array.slice(at, at + size));
      const took = performance.now() - t0;
      const n = Math.min(size, array.length - at);
      at += n;
      // A running estimate that follows the recent slices (items differ in weight).
      const rate = took / n;
      perItem = perItem === 0 ? rate : perItem * 0.5 + rate * 0.5;
      if (performance.now() - taskStart >= options.budgetMs) {
        await options.pause();
        taskStart = performance.now();
      }
    }
  }
  return true;
}
