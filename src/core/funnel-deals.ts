import { describeValue } from './errors.js';
import type { StageMeta } from './funnel-stages.js';
import { finishTally, LOST, OPEN, Tally, WON, type DealColumns, type TallyContext } from './funnel-tally.js';
import { HistoryReader } from './funnel-history.js';
import { isRecord, readAmount, readCount, readKey, readOptionalKey } from './funnel-input.js';
import type { FunnelOwner, FunnelResult } from './funnel-types.js';
import { compareStrings } from './internal/compare.js';
import { DuplicateFinder, earlierDuplicates } from './internal/duplicates.js';
import { keyOf } from './internal/ids.js';
import { IssueList } from './internal/issues.js';
import { keepShape } from './internal/shapes.js';
import { StringIndex } from './internal/key-table.js';

// Deal-list funnels: one pass over the deals validates each one and adds it to the tally
// of all deals and to its owner's; stage keys are mapped to indices once.

function dealColumns(n: number): DealColumns {
  return {
    ids: [],
    stage: new Int32Array(n),
    status: new Uint8Array(n),
    reach: new Int32Array(n),
    client: new Int32Array(n),
    clientCount: 0,
  };
}

function tallyContext(
  metas: StageMeta[],
  deals: DealColumns,
  withIds: boolean,
  clientScratch: Int32Array,
  withAmounts: boolean,
  withTime: boolean,
): TallyContext {
  return { metas, deals, withIds, clientScratch, withAmounts, withTime };
}

// Kept (see keepShape): what the deal loop and the tallies read besides the deals.
const KEPT_STAGES = keepShape(readStageOrder(['a'], undefined, new IssueList()));
keepShape(new Tally(1, true));
keepShape(new DuplicateFinder(0));
keepShape(new HistoryReader(1, KEPT_STAGES.index, new IssueList()));
keepShape(tallyContext(KEPT_STAGES.metas, keepShape(dealColumns(0)), false, new Int32Array(0), false, false));

/** Reads a deal-list funnel and computes its figures; `null` when the input has issues. */
export function dealsFunnel(
  input: Record<string, unknown>,
  withIds: boolean,
  issues: IssueList,
): FunnelResult | null {
  const { metas, index } = readStageOrder(input.stageOrder, input.stageLabels, issues);
  const base = readCount(input.base, 'base', false, issues);
  const bases = readOwnerBases(input.owners, issues);
  const deals = input.deals;
  if (!Array.isArray(deals)) {
    issues.add(
      'deals',
      deals === undefined ? 'missing (expected an array)' : `expected an array, got ${describeValue(deals)}`,
    );
    return null;
  }
  const s = metas.length;
  const n = deals.length;
  const columns = dealColumns(n);
  const all = new Tally(s, true);
  const owners = new Map<string, Tally>();
  for (const owner of bases.keys()) owners.set(owner, new Tally(s, false));
  const ids = new DuplicateFinder(n);
  const history = new HistoryReader(s, index, issues);
  let withAmounts = false;
  const clients = new StringIndex();
  let withTime = false;
  let lastOwner: string | null = null;
  let lastTally: Tally | undefined;

  for (let i = 0; i < n && !issues.full; i++) {
    const deal: unknown = deals[i];
    if (!isRecord(deal)) {
      issues.add(`deals[${i}]`, `expected a deal object, got ${describeValue(deal)}`);
      continue;
    }
    const before = issues.size;
    const id = deal.id;
    if ((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id))) ids.add(id);
    else readKey(id, `deals[${i}].id`, 'id', issues);
    const stageKey = keyOf(deal.stage);
    const stage = stageKey === null ? undefined : index.get(stageKey);
    if (stage === undefined) {
      issues.add(
        `deals[${i}].stage`,
        stageKey === null
          ? `expected a stage key, got ${describeValue(deal.stage)}`
          : `unknown stage ${describeValue(stageKey)} (not in stageOrder)`,
      );
    }
    const status =
      deal.status === 'open' ? OPEN : deal.status === 'won' ? WON : deal.status === 'lost' ? LOST : -1;
    if (status < 0) {
      const got = describeValue(deal.status);
      issues.add(`deals[${i}].status`, `expected one of 'open', 'won', 'lost', got ${got}`);
    }
    const rawAmount = deal.amount;
    // The common case, a plain non-negative number, skips the string rules.
    let amount = 0;
    if (typeof rawAmount === 'number' && rawAmount >= 0 && rawAmount < Infinity) {
      amount = rawAmount;
      withAmounts = true;
    } else if (rawAmount !== undefined && rawAmount !== null) {
      amount = readAmount(rawAmount, `deals[${i}].amount`, issues) ?? 0;
      withAmounts = true;
    }
    const owner = optionalKey(deal.owner, i, 'owner', issues);
    const clientKey = optionalKey(deal.client, i, 'client', issues);
    const timed = deal.history !== undefined && deal.history !== null;
    if (timed) history.read(deal.history, deal.closedAt, status === OPEN, i);
    else if (
      deal.closedAt !== undefined &&
      deal.closedAt !== null &&
      history.readDate(deal.closedAt, true) === undefined
    ) {
      issues.add(`deals[${i}].closedAt`, history.problem);
    }
    if (issues.size > before || stage === undefined || status < 0) continue;

    const reach = status === WON ? s - 1 : stage;
    columns.stage[i] = stage;
    columns.status[i] = status;
    columns.reach[i] = reach;
    columns.client[i] = clientKey === null ? -1 : clients.intern(clientKey);
    all.add(i, stage, status, reach, amount);
    let own: Tally | undefined;
    if (owner !== null) {
      // Deals of one owner often come together: skip the lookup then.
      if (owner === lastOwner) own = lastTally;
      else {
        own = owners.get(owner);
        if (own === undefined) owners.set(owner, (own = new Tally(s, false)));
        lastOwner = owner;
        lastTally = own;
      }
      own!.add(i, stage, status, reach, amount);
    }
    if (timed) {
      withTime = true;
      history.time(all, own);
    }
  }
  if (ids.hasDuplicates()) reportDuplicates(deals, issues);
  if (issues.size > 0) return null;
  if (withIds) columns.ids = deals.map((deal: Record<string, unknown>) => keyOf(deal.id)!);

  columns.clientCount = clients.size;
  const clientScratch = new Int32Array(clients.size);
  const ctx = tallyContext(metas, columns, withIds, clientScratch, withAmounts, withTime);
  const figures = finishTally(all, base, ctx);
  let ownerFigures: FunnelOwner[] | null = null;
  if (owners.size > 0) {
    // Listed owners first, in their order; then the others by id, so the result does not
    // depend on the order of the deals.
    const rest = [...owners.keys()].filter((o) => !bases.has(o)).sort(compareStrings);
    ownerFigures = [...bases.keys(), ...rest].map((owner) => ({
      owner,
      ...finishTally(owners.get(owner)!, bases.get(owner) ?? null, ctx),
    }));
  }
  return { mode: 'funnel', ...figures, owners: ownerFigures };
}

function readStageOrder(
  order: unknown,
  labels: unknown,
  issues: IssueList,
): { metas: StageMeta[]; index: Map<string, number> } {
  const metas: StageMeta[] = [];
  const index = new Map<string, number>();
  const at = new Map<string, number>();
  if (!Array.isArray(order)) {
    issues.add(
      'stageOrder',
      order === undefined
        ? 'missing (expected an array of stage keys)'
        : `expected an array of stage keys, got ${describeValue(order)}`,
    );
    return { metas, index };
  }
  order.forEach((raw: unknown, i) => {
    const key = readKey(raw, `stageOrder[${i}]`, 'stage key', issues);
    if (key === null) return;
    if (at.has(key)) {
      issues.add(
        `stageOrder[${i}]`,
        `duplicate stage ${describeValue(key)} (also at stageOrder[${at.get(key)}])`,
      );
      return;
    }
    at.set(key, i);
    index.set(key, metas.length);
    metas.push({ key, label: key });
  });
  if (labels === undefined || labels === null) return { metas, index };
  if (!isRecord(labels)) {
    issues.add('stageLabels', `expected an object of labels by stage key, got ${describeValue(labels)}`);
    return { metas, index };
  }
  for (const key of Object.keys(labels)) {
    const label = labels[key];
    const k = index.get(key);
    if (k === undefined)
      issues.add(`stageLabels.${key}`, `unknown stage ${describeValue(key)} (not in stageOrder)`);
    else if (typeof label !== 'string')
      issues.add(`stageLabels.${key}`, `expected a string, got ${describeValue(label)}`);
    else metas[k].label = label;
  }
  return { metas, index };
}

// Owner → base (or null), in input order.
function readOwnerBases(owners: unknown, issues: IssueList): Map<string, number | null> {
  const bases = new Map<string, number | null>();
  if (owners === undefined || owners === null) return bases;
  if (!Array.isArray(owners)) {
    issues.add('owners', `expected an array, got ${describeValue(owners)}`);
    return bases;
  }
  const at = new Map<string, number>();
  owners.forEach((row: unknown, o) => {
    if (!isRecord(row)) {
      issues.add(`owners[${o}]`, `expected an object with owner and base, got ${describeValue(row)}`);
      return;
    }
    const owner = readKey(row.owner, `owners[${o}].owner`, 'owner', issues);
    const base = readCount(row.base, `owners[${o}].base`, false, issues);
    if (owner === null) return;
    if (at.has(owner)) {
      const message = `duplicate owner ${describeValue(owner)} (also at owners[${at.get(owner)}])`;
      issues.add(`owners[${o}].owner`, message);
    } else {
      at.set(owner, o);
      bases.set(owner, base);
    }
  });
  return bases;
}

// An optional owner or client id of deal `i`; the path is built only for a bad one.
function optionalKey(value: unknown, i: number, field: string, issues: IssueList): string | null {
  if (value === undefined || value === null) return null;
  return keyOf(value) ?? readOptionalKey(value, `deals[${i}].${field}`, field, issues);
}

// Duplicates are rare: they are named in this second pass only when there are some.
function reportDuplicates(deals: unknown[], issues: IssueList): void {
  const keys: string[] = new Array(deals.length);
  for (let i = 0; i < deals.length; i++) {
    const deal = deals[i];
    keys[i] = (isRecord(deal) ? keyOf(deal.id) : null) ?? '';
  }
  const first = earlierDuplicates(keys);
  if (first === null) return;
  for (let i = 0; i < keys.length; i++) {
    if (first[i] >= 0)
      issues.add(`deals[${i}].id`, `duplicate id ${describeValue(keys[i])} (also at deals[${first[i]}])`);
  }
}
