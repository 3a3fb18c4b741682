import type { ClientRow, GroupNode } from './debt-table.model.js';

// The grouped rows as the flat list the virtualised table renders: group rows (with their
// sums) and client rows in tree order, collapsed groups without their rows.

/** One rendered line: a group or a client row, with its tree position (aria-level/posinset/setsize). */
export type Item = ({ group: GroupNode; row?: undefined } | { row: ClientRow; group?: undefined }) & {
  /** 1-based tree level. */
  level: number;
  pos: number;
  size: number;
};

/** How to order rows and groups: a sort value per row and per group (`null` last). */
export interface Order {
  row: (r: ClientRow) => number | string | null;
  group: (g: GroupNode) => number | string | null;
  descending: boolean;
  collator: Intl.Collator;
}

function sorted<T>(list: readonly T[], value: (x: T) => number | string | null, order: Order): T[] {
  const sign = order.descending ? -1 : 1;
  const numeric = sortedNumbers(list, value, sign);
  if (numeric) return numeric;
  // Values read once per item, not once per comparison.
  const keyed = list.map((x, i) => ({ x, v: value(x), i }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
    const c =
      typeof a.v === 'number' && typeof b.v === 'number'
        ? a.v - b.v
        : order.collator.compare(String(a.v), String(b.v));
    return c !== 0 ? sign * c : a.i - b.i;
  });
  return keyed.map((k) => k.x);
}

/**
 * The same order for numeric values (`null` last, ties in list order), through typed
 * arrays: no object per item, so sorting 50 000 rows on a click stays a short task.
 * `undefined` when a value is a string (then the collator sorts).
 */
function sortedNumbers<T>(
  list: readonly T[],
  value: (x: T) => number | string | null,
  sign: number,
): T[] | undefined {
  const n = list.length;
  const values = new Float64Array(n);
  const present = new Uint32Array(n);
  const missing: number[] = [];
  let count = 0;
  for (let i = 0; i < n; i++) {
    const v = value(list[i]);
    if (v === null) missing.push(i);
    else if (typeof v === 'number') {
      values[i] = v;
      present[count++] = i;
    } else return undefined;
  }
  const order = present.subarray(0, count).sort((a, b) => sign * (values[a] - values[b]) || a - b);
  const out = new Array<T>(n);
  for (let k = 0; k < count; k++) out[k] = list[order[k]];
  for (let k = 0; k < missing.length; k++) out[count + k] = list[missing[k]];
  return out;
}

/**
 * The visible lines of the tree under `root` (the root itself is the total row, not a
 * line). Without `order`, groups and rows keep the input order (as the source reports).
 * Sorted lists are memoised per node in `cache` (keyed by the order), so collapsing and
 * expanding does not sort again.
 */
export function flatten(
  root: GroupNode,
  collapsed: ReadonlySet<string>,
  order: Order | undefined,
  cache: WeakMap<GroupNode, (GroupNode | ClientRow)[]>,
): Item[] {
  const out: Item[] = [];
  const children = (node: GroupNode): (GroupNode | ClientRow)[] => {
    let list = cache.get(node);
    if (!list) {
      const raw: (GroupNode | ClientRow)[] = node.groups ?? node.rows;
      list = !order
        ? raw
        : node.groups
          ? sorted(node.groups, order.group, order)
          : sorted(node.rows, order.row, order);
      cache.set(node, list);
    }
    return list;
  };
  const walk = (node: GroupNode, level: number) => {
    const list = children(node);
    list.forEach((child, i) => {
      if ('sums' in child) {
        out.push({ group: child, level, pos: i + 1, size: list.length });
        if (!collapsed.has(child.id)) walk(child, level + 1);
      } else {
        out.push({ row: child, level, pos: i + 1, size: list.length });
      }
    });
  };
  walk(root, 1);
  return out;
}

/** The index of the group line that holds line `index` (the nearest earlier line one level up), or -1. */
export function parentOf(items: readonly Item[], index: number): number {
  const level = items[index]?.level ?? 1;
  for (let i = index - 1; i >= 0; i--) if (items[i].level < level) return i;
  return -1;
}

/** What a key does on line `i`: move the focus to a line, open or close a group, activate, clear. */
export type KeyAction = { move: number } | { open: boolean } | 'activate' | 'clear' | null;

/**
 * The treegrid keys: Up / Down / Page Up / Page Down / Home / End move; Right opens a
 * closed group or moves into an open one; Left closes an open group or moves to the
 * line's group; Enter and Space activate; Escape clears the selection.
 */
export function keyAction(
  key: string,
  items: readonly Item[],
  i: number,
  collapsed: ReadonlySet<string>,
  page: number,
): KeyAction {
  const group = items[i]?.group;
  const open = group !== undefined && !collapsed.has(group.id);
  const last = items.length - 1;
  const move = (to: number) => ({ move: Math.max(0, Math.min(last, to)) });
  switch (key) {
    case 'ArrowDown':
      return move(i + 1);
    case 'ArrowUp':
      return move(i - 1);
    case 'PageDown':
      return move(i + page);
    case 'PageUp':
      return move(i - page);
    case 'Home':
      return move(0);
    case 'End':
      return move(last);
    case 'ArrowRight':
      return group && !open ? { open: true } : open ? move(i + 1) : null;
    case 'ArrowLeft':
      return open ? { open: false } : parentOf(items, i) >= 0 ? move(parentOf(items, i)) : null;
    case 'Enter':
    case ' ':
      return 'activate';
    case 'Escape':
      return 'clear';
    default:
      return null;
  }
}
