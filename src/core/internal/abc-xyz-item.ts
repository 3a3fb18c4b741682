import type { AbcClass, AbcXyzCellKey, AbcXyzStatus, XyzClass } from '../abc-xyz-types.js';
import type { AbcXyzItem } from '../abc-xyz.js';
import { keepShape } from './shapes.js';

// The item objects of abcXyzMatrix that hold a `null` among their numbers.

/**
 * Makes the {@link AbcXyzItem} of a client with a `null` among its numbers (lost,
 * potential, XYZ undefined). A plain object like the literal in matrixOf (prototype
 * Object.prototype, the same keys in the same order), but made by a constructor, so V8
 * gives it a hidden class of its own and the literal's class stays the one of the
 * classified clients, with doubles in its number fields.
 */
export const LooseItem = function LooseItem(
  this: AbcXyzItem,
  id: string,
  name: string | null,
  owner: string | null,
  status: AbcXyzStatus,
  cell: AbcXyzCellKey,
  value: number,
  share: number | null,
  cumulativeShare: number | null,
  abc: AbcClass | null,
  periods: number,
  mean: number | null,
  sd: number | null,
  cv: number | null,
  xyz: XyzClass | null,
) {
  this.id = id;
  this.name = name;
  this.owner = owner;
  this.status = status;
  this.cell = cell;
  this.value = value;
  this.share = share;
  this.cumulativeShare = cumulativeShare;
  this.abc = abc;
  this.periods = periods;
  this.mean = mean;
  this.sd = sd;
  this.cv = cv;
  this.xyz = xyz;
} as unknown as new (
  ...fields: [
    string,
    string | null,
    string | null,
    AbcXyzStatus,
    AbcXyzCellKey,
    number,
    number | null,
    number | null,
    AbcClass | null,
    number,
    number | null,
    number | null,
    number | null,
    XyzClass | null,
  ]
) => AbcXyzItem;
LooseItem.prototype = Object.prototype;

// Kept (see keepShape) with `null` in every nullable field, so its hidden class never
// needs a wider field.
keepShape(
  new LooseItem(
    '',
    null,
    null,
    'lost',
    'lost',
    null as unknown as number,
    null,
    null,
    null,
    null as unknown as number,
    null,
    null,
    null,
    null,
  ),
);
