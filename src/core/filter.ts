// Cross-filtering of the widgets' input by owner or by a set of clients: pure functions on the host's JSON, so a
// dashboard (or a host wiring widgets by hand) filters what a widget receives and no widget
// needs a filter property of its own. The input is never mutated: the objects along the
// changed path are copied, everything else is shared.

/** The widget types a dashboard knows, as `type` values (the tag without `pulse-`). */
export const WIDGET_TYPES = [
  'funnel',
  'lifecycle-grid',
  'traffic-light-pool',
  'debt-table',
  'abc-xyz-matrix',
  'channel-pie',
] as const;
export type WidgetType = (typeof WIDGET_TYPES)[number];

/**
 * The widget type of a `type` value or a tag name (`'funnel'`, `'pulse-funnel'`,
 * case-insensitive), or `null` when it is none of them.
 *
 * @example widgetType('pulse-debt-table') // 'debt-table'
 */
export function widgetType(name: string): WidgetType | null {
  const bare = name
    .trim()
    .toLowerCase()
    .replace(/^pulse-/, '');
  return (WIDGET_TYPES as readonly string[]).includes(bare) ? (bare as WidgetType) : null;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** An owner as the schemas read it: a string, or a number turned into a string; else null. */
function ownerOf(row: unknown): string | null {
  if (!isObject(row)) return null;
  const o = row.owner;
  return typeof o === 'string' || (typeof o === 'number' && Number.isFinite(o)) ? String(o) : null;
}

/** A shallow copy with one field replaced (own data properties only: no `__proto__` setter runs). */
function withField(data: Json, key: string, value: unknown): Json {
  const copy: Json = {};
  for (const k of Object.keys(data)) {
    Object.defineProperty(copy, k, { value: data[k], enumerable: true, writable: true, configurable: true });
  }
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Where each type keeps its rows with an `owner` field. */
const ROWS: Record<WidgetType, readonly string[]> = {
  funnel: ['deals'],
  'lifecycle-grid': ['clients'],
  'traffic-light-pool': ['clients'],
  'debt-table': ['rows'],
  'abc-xyz-matrix': ['rows'],
  'channel-pie': [],
};

function keepOwner(list: unknown, owner: string): unknown {
  return Array.isArray(list) ? list.filter((row) => ownerOf(row) === owner) : list;
}

/**
 * An aggregated funnel narrowed to one owner: the stages take that owner's figures (the
 * stage labels stay), `base` becomes the owner's base, and `owners` lists the owner only.
 * Stages the owner has no figures for count 0. Without that owner the input is unchanged.
 */
function aggregatedFunnelOf(data: Json, owner: string): Json {
  const owners = data.owners;
  if (!Array.isArray(owners) || !Array.isArray(data.stages)) return data;
  const entry = owners.find((o) => ownerOf(o) === owner) as Json | undefined;
  if (!entry || !Array.isArray(entry.stages)) return data;
  const figures = new Map<string, Json>();
  for (const s of entry.stages as unknown[]) if (isObject(s)) figures.set(String(s.key), s);
  const stages = (data.stages as unknown[]).map((s) => {
    if (!isObject(s)) return s;
    const f = figures.get(String(s.key));
    const out: Json = { key: s.key, count: f?.count ?? 0 };
    if (s.label !== undefined) out.label = s.label;
    for (const k of ['value', 'clients', 'base'] as const) if (f && f[k] !== undefined) out[k] = f[k];
    return out;
  });
  let result = withField(data, 'stages', stages);
  result = withField(result, 'owners', [entry]);
  return entry.base !== undefined ? withField(result, 'base', entry.base) : result;
}

/**
 * The input of a widget narrowed to one owner (a service engineer, a manager): the rows,
 * clients or deals whose `owner` is `owner` (numbers compare as their strings). Inputs
 * without owners (the channel pie, precomputed lifecycle segments) come back unchanged, as
 * does anything that is not an object, so a bad input still reaches the widget and is
 * reported there. `owner` null or undefined means "no filter".
 *
 * - `funnel`: `deals` (raw form) and `owners`; an aggregated funnel takes the owner's
 *   per-stage figures from `owners[].stages`.
 * - `lifecycle-grid`, `traffic-light-pool`: `clients`.
 * - `debt-table`: `rows`; `abc-xyz-matrix`: `rows` and `previous.rows`.
 *
 * @example filterByOwner('debt-table', { asOf: '2024-07-19', rows }, 'Калинина М.В.')
 */
export function filterByOwner(type: string, data: unknown, owner: string | null | undefined): unknown {
  const kind = widgetType(type);
  if (owner === null || owner === undefined || !kind || !isObject(data)) return data;
  let out: Json = data;
  for (const key of ROWS[kind]) {
    if (Array.isArray(out[key])) out = withField(out, key, keepOwner(out[key], owner));
  }
  if (kind === 'funnel') {
    if (Array.isArray(out.owners)) {
      out = Array.isArray(out.deals)
        ? withField(out, 'owners', keepOwner(out.owners, owner))
        : aggregatedFunnelOf(out, owner);
    }
  }
  if (kind === 'abc-xyz-matrix' && isObject(out.previous) && Array.isArray(out.previous.rows)) {
    out = withField(out, 'previous', withField(out.previous, 'rows', keepOwner(out.previous.rows, owner)));
  }
  return out;
}

/**
 * The owners found in a widget's input, sorted (Russian collation), without repeats:
 * what an owner filter can offer. Inputs without owners give `[]`.
 *
 * @example ownersIn('traffic-light-pool', pool) // ['Сотрудник 1', 'Сотрудник 2']
 */
export function ownersIn(type: string, data: unknown): string[] {
  const kind = widgetType(type);
  if (!kind || !isObject(data)) return [];
  const found = new Set<string>();
  const add = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const row of list) {
      const o = ownerOf(row);
      if (o !== null && o !== '') found.add(o);
    }
  };
  for (const key of ROWS[kind]) add(data[key]);
  if (kind === 'funnel') add(data.owners);
  return [...found].sort((a, b) => a.localeCompare(b, 'ru'));
}

/** A client id as the schemas read it: a string, or a number turned into a string; else null. */
function idOf(row: unknown, field: string): string | null {
  if (!isObject(row)) return null;
  const v = row[field];
  return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? String(v) : null;
}

function keepClients(list: unknown, field: string, ids: ReadonlySet<string>): unknown {
  if (!Array.isArray(list)) return list;
  return list.filter((row) => {
    const id = idOf(row, field);
    return id !== null && ids.has(id);
  });
}

/** Where each type keeps its rows with a client id, and the field of that id. */
const CLIENT_ROWS: Record<WidgetType, readonly (readonly [string, string])[]> = {
  funnel: [['deals', 'client']],
  'lifecycle-grid': [['clients', 'id']],
  'traffic-light-pool': [['clients', 'id']],
  'debt-table': [['rows', 'id']],
  'abc-xyz-matrix': [['rows', 'id']],
  'channel-pie': [],
};

/**
 * The input of a widget narrowed to a set of clients (the clients of a lifecycle segment,
 * of an ABC/XYZ cell, of a traffic-light colour): the rows, clients or deals whose client
 * id is in `ids` (numbers compare as their strings). Rows without a client id are dropped.
 * `ids` null or undefined means "no filter"; an empty set keeps no rows. As with
 * {@link filterByOwner}, anything that is not an object or not a known type comes back
 * unchanged and the input is never mutated.
 *
 * - `lifecycle-grid`, `traffic-light-pool`: `clients[].id`.
 * - `debt-table`: `rows[].id`; `abc-xyz-matrix`: `rows[].id` and `previous.rows[].id`.
 * - `funnel`: the deals of the raw form by `deals[].client` (deals without a client are
 *   dropped); an aggregated funnel has no clients and comes back unchanged.
 * - `channel-pie`: the pie holds sums per channel, not clients, so it comes back
 *   unchanged: a client filter cannot narrow it.
 *
 * @example filterByClients('debt-table', { asOf: '2024-07-19', rows }, ['1', '3'])
 */
export function filterByClients(
  type: string,
  data: unknown,
  ids: Iterable<string | number> | null | undefined,
): unknown {
  const kind = widgetType(type);
  if (ids === null || ids === undefined || !kind || !isObject(data)) return data;
  const set = new Set<string>();
  for (const id of ids) set.add(String(id));
  let out: Json = data;
  for (const [key, field] of CLIENT_ROWS[kind]) {
    if (Array.isArray(out[key])) out = withField(out, key, keepClients(out[key], field, set));
  }
  if (kind === 'abc-xyz-matrix' && isObject(out.previous) && Array.isArray(out.previous.rows)) {
    out = withField(
      out,
      'previous',
      withField(out.previous, 'rows', keepClients(out.previous.rows, 'id', set)),
    );
  }
  return out;
}
