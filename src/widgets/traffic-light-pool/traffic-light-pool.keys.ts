// Keyboard of <pulse-traffic-light-pool>: which item a key moves to. Pure, except
// verticalNeighbour, which measures the lights already on screen.

/** What a key does in a composite: move to an item, select the current one, clear the choice. */
export type KeyAction = { move: number } | 'select' | 'clear' | null;

/** Up / Down / Home / End in a vertical list (owner rows, bars, table rows); Escape clears. */
export function listKey(key: string, current: number, count: number): KeyAction {
  switch (key) {
    case 'ArrowDown':
      return { move: Math.min(current + 1, count - 1) };
    case 'ArrowUp':
      return { move: Math.max(current - 1, 0) };
    case 'Home':
      return { move: 0 };
    case 'End':
      return { move: count - 1 };
    case 'Escape':
      return 'clear';
    default:
      return null;
  }
}

/**
 * The lights: Left / Right step, Up / Down go to the visual row above or below (measured by
 * `vertical`), Home / End, Page Up / Page Down jump between owners (the first light of each
 * owner is in `starts`), Enter / Space select, Escape clears.
 */
export function lightsKey(
  key: string,
  current: number,
  count: number,
  starts: readonly number[],
  vertical: (dir: 1 | -1) => number,
): KeyAction {
  switch (key) {
    case 'ArrowRight':
      return { move: Math.min(current + 1, count - 1) };
    case 'ArrowLeft':
      return { move: Math.max(current - 1, 0) };
    case 'ArrowDown':
      return { move: vertical(1) };
    case 'ArrowUp':
      return { move: vertical(-1) };
    case 'Home':
      return { move: 0 };
    case 'End':
      return { move: count - 1 };
    case 'PageDown':
      return { move: starts.find((s) => s > current && s < count) ?? count - 1 };
    case 'PageUp':
      return { move: [...starts].reverse().find((s) => s < current) ?? 0 };
    case 'Enter':
    case ' ':
      return 'select';
    case 'Escape':
      return 'clear';
    default:
      return null;
  }
}

/**
 * The item in the next (dir 1) or previous (dir -1) visual row whose centre is closest in x
 * to the current one. Lights wrap with the width and owners start new rows, so rows are
 * read from the layout rather than computed.
 */
export function verticalNeighbour(items: readonly HTMLElement[], current: number, dir: 1 | -1): number {
  const here = items[current]?.getBoundingClientRect();
  if (!here) return current;
  const cx = here.left + here.width / 2;
  let rowTop: number | undefined;
  let best = current;
  let bestDistance = Infinity;
  for (let j = current + dir; j >= 0 && j < items.length; j += dir) {
    const box = items[j].getBoundingClientRect();
    if (rowTop === undefined) {
      if (Math.abs(box.top - here.top) < 2) continue;
      rowTop = box.top;
    } else if (Math.abs(box.top - rowTop) >= 2) break;
    const d = Math.abs(box.left + box.width / 2 - cx);
    if (d < bestDistance) {
      bestDistance = d;
      best = j;
    }
  }
  return best;
}
