import { describeValue } from './errors.js';
import type { StageMeta } from './funnel-stages.js';
import { finishTally, LOST, OPEN, Tally, WON, type DealColumns, type TallyContext } from './funnel-tally.js';
import { HistoryReader } from './funnel-history.js';
import { DuplicateFinder } from './funnel-ids.js';
import { isRecord, keyOf, readAmount, readCount, readKey, readOptionalKey, type IssueList } from './funnel-input.js';
import type { FunnelOwner, FunnelResult } from './funnel-types.js';

// Deal-list funnels: one pass over the deals validates each one and adds it to the tally
// of all deals and to its owner's; stage keys are mapped to indices once.

/** Reads a deal-list funnel and computes its figures; `null` when the input has issues. */
export function dealsFunnel(input: Record<string, unknown>, withIds: boolean, issues: IssueList): FunnelResult | null {
  const { metas, index } = readStageOrder(input.stageOrder, input.stageLabels, issues);
  const base = readCount(input.base, 'base', false, issues);
  const bases = readOwnerBases(input.owners, issues);
  const deals = input.deals;
  if (!Array.isArray(deals)) {
    issues.add('deals', deals === undefined ? 'missing (expected an array)' : `expected an array, got ${describeValue(deals)}`);
    return null;
  }
  const s = metas.length;
  const n = deals.length;
  const columns: DealColumns = {
    ids: [],
    stage: new Int32Array(n),
    status: new Uint8Array(n),
    reach: new Int32Array(n),
  };
  const all = new Tally(s, true);
  const owners = new Map<string, Tally>();
  for (const owner of bases.keys()) owners.set(owner, new Tally(s, false));
  const ids = new DuplicateFinder(n);
  const history = new HistoryReader(s, index, issues);
  let withAmounts = false;
  const clientNumbers = new Map<string, number>();
  let withTime = false;

  for (let i = 0; i < n; i++) {
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
    const status = deal.status === 'open' ? OPEN : deal.status === 'won' ? WON : deal.status === 'lost' ? LOST : -1;
    if (status < 0) issues.add(`deals[${i}].status`, `expected one of 'open', 'won', 'lost', got ${describeValue(deal.status)}`);
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
    const owner = deal.owner === undefined || deal.owner === null ? null : readOptionalKey(deal.owner, `deals[${i}].owner`, 'owner', issues);
    const clientKey = deal.client === undefined || deal.client === null ? null : readOptionalKey(deal.client, `deals[${i}].client`, 'client', issues);
    const timed = deal.history !== undefined && deal.history !== null;
    if (timed) history.read(deal.history, deal.closedAt, status === OPEN, i);
    else if (deal.closedAt !== undefined && deal.closedAt !== null && history.readDate(deal.closedAt, true) === undefined) {
      issues.add(`deals[${i}].closedAt`, history.problem);
    }
    if (issues.size > before || stage === undefined || status < 0) continue;

    const reach = status === WON ? s - 1 : stage;
    columns.stage[i] = stage;
    columns.status[i] = status;
    columns.reach[i] = reach;
    let client = -1;
    if (clientKey !== null) {
      client = clientNumbers.get(clientKey) ?? -1;
      if (client < 0) clientNumbers.set(clientKey, (client = clientNumbers.size));
    }
    all.add(i, stage, status, reach, amount, client);
    let own: Tally | undefined;
    if (owner !== null) {
      own = owners.get(owner);
      if (own === undefined) owners.set(owner, (own = new Tally(s, false)));
      own.add(i, stage, status, reach, amount, client);
    }
    if (timed) {
      withTime = true;
      history.time(all, own);
    }
  }
  if (ids.hasDuplicates()) reportDuplicates(deals, issues);
  if (issues.size > 0) return null;
  if (withIds) columns.ids = deals.map((deal: Record<string, unknown>) => keyOf(deal.id)!);

  const ctx: TallyContext = { metas, deals: columns, withIds, withAmounts, withClients: clientNumbers.size > 0, withTime };
  const figures = finishTally(all, base, ctx);
  let ownerFigures: FunnelOwner[] | null = null;
  if (owners.size > 0) {
    // Listed owners first, in their order; then the others by id, so the result does not
    // depend on the order of the deals.
    const rest = [...owners.keys()].filter((o) => !bases.has(o)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    ownerFigures = [...bases.keys(), ...rest].map((owner) => ({
      owner,
      ...finishTally(owners.get(owner)!, bases.get(owner) ?? null, ctx),
    }));
  }
  return { mode: 'funnel', ...figures, owners: ownerFigures };
}

function readStageOrder(order: unknown, labels: unknown, issues: IssueList): { metas: StageMeta[]; index: Map<string, number> } {
  const metas: StageMeta[] = [];
  const index = new Map<string, number>();
  const at = new Map<string, number>();
  if (!Array.isArray(order)) {
    issues.add('stageOrder', order === undefined ? 'missing (expected an array of stage keys)' : `expected an array of stage keys, got ${describeValue(order)}`);
    return { metas, index };
  }
  order.forEach((raw: unknown, i) => {
    const key = readKey(raw, `stageOrder[${i}]`, 'stage key', issues);
    if (key === null) return;
    if (at.has(key)) {
      issues.add(`stageOrder[${i}]`, `duplicate stage ${describeValue(key)} (also at stageOrder[${at.get(key)}])`);
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
    if (k === undefined) issues.add(`stageLabels.${key}`, `unknown stage ${describeValue(key)} (not in stageOrder)`);
    else if (typeof label !== 'string') issues.add(`stageLabels.${key}`, `expected a string, got ${describeValue(label)}`);
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
    if (at.has(owner)) issues.add(`owners[${o}].owner`, `duplicate owner ${describeValue(owner)} (also at owners[${at.get(owner)}])`);
    else {
      at.set(owner, o);
      bases.set(owner, base);
    }
  });
  return bases;
}

// Duplicates are rare: they are named in this second pass only when there are some.
function reportDuplicates(deals: unknown[], issues: IssueList): void {
  const first = new Map<string, number>();
  deals.forEach((deal, i) => {
    const id = isRecord(deal) ? keyOf(deal.id) : null;
    if (id === null) return;
    const at = first.get(id);
    if (at === undefined) first.set(id, i);
    else issues.add(`deals[${i}].id`, `duplicate id ${describeValue(id)} (also at deals[${at}])`);
  });
}
