/** What a key does in a one-dimensional composite. */
export type ListKeyAction = { move: number } | 'select' | 'clear' | null;

/**
 * Keyboard of a list-like composite that is one Tab stop (slices of a donut, stages of a
 * funnel): Right / Down step forward and Left / Up back, Home / End jump to the ends,
 * Enter / Space select the current item, Escape clears the choice. With `wrap`, stepping
 * past an end continues at the other.
 *
 * @example listKey('ArrowRight', 3, 4, { wrap: true }) // { move: 0 }
 */
export function listKey(
  key: string,
  current: number,
  count: number,
  options: { wrap?: boolean } = {},
): ListKeyAction {
  const last = count - 1;
  const step = (to: number) => ({
    move: options.wrap ? (to + count) % count : Math.max(0, Math.min(last, to)),
  });
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return step(current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return step(current - 1);
    case 'Home':
      return { move: 0 };
    case 'End':
      return { move: last };
    case 'Enter':
    case ' ':
      return 'select';
    case 'Escape':
      return 'clear';
    default:
      return null;
  }
}
