import {
  ABC_BOUNDARIES,
  DEFAULT_ABC_THRESHOLDS,
  DEFAULT_XYZ_THRESHOLDS,
  XYZ_SIGMAS,
} from '../abc-xyz-types.js';
import { booleanOption, enumOption, numberOption, pairOption } from '../options.js';
import type { AbcSettings, XyzSettings } from './abc-xyz-kernels.js';
import { IssueList } from './issues.js';
import { isOptionsObject } from './read.js';
import { keepShape } from './shapes.js';

// The options of classifyAbc, classifyXyz and abcXyzMatrix, read into settings; every bad
// option is recorded, under its path (`options.abc.thresholds`).

/** The ABC options at `prefix` (`options`, `options.abc`), thresholds under `thresholdsKey`. */
export function readAbcSettings(
  options: unknown,
  prefix: string,
  thresholdsKey: string,
  issues: IssueList,
): AbcSettings {
  const s: AbcSettings = { low: 0.8, high: 0.95, boundary: 'inclusive', topIsA: true };
  if (!isOptionsObject(options, prefix, issues)) return s;
  [s.low, s.high] = readThresholds(options, thresholdsKey, DEFAULT_ABC_THRESHOLDS, 1, prefix, issues);
  s.boundary = issues.read(
    () => enumOption(options, 'boundary', Object.values(ABC_BOUNDARIES), 'inclusive'),
    'inclusive',
    prefix,
  );
  s.topIsA = issues.read(() => booleanOption(options, 'topIsA', true), true, prefix);
  return s;
}

/** The XYZ options at `prefix` (`options`, `options.xyz`), thresholds under `thresholdsKey`. */
export function readXyzSettings(
  options: unknown,
  prefix: string,
  thresholdsKey: string,
  issues: IssueList,
): XyzSettings {
  const s: XyzSettings = { low: 0.1, high: 0.25, sample: false, minPeriods: 3 };
  if (!isOptionsObject(options, prefix, issues)) return s;
  [s.low, s.high] = readThresholds(options, thresholdsKey, DEFAULT_XYZ_THRESHOLDS, Infinity, prefix, issues);
  s.sample =
    issues.read(
      () => enumOption(options, 'sigma', Object.values(XYZ_SIGMAS), 'population'),
      'population',
      prefix,
    ) === 'sample';
  s.minPeriods = issues.read(
    () => numberOption(options, 'minPeriods', 3, { min: 1, integer: true }),
    3,
    prefix,
  );
  return s;
}

function readThresholds(
  options: Record<string, unknown>,
  key: string,
  fallback: readonly [number, number],
  max: number,
  prefix: string,
  issues: IssueList,
): [number, number] {
  const pair = issues.read<[number, number]>(
    () => pairOption(options, key, fallback),
    [fallback[0], fallback[1]],
    prefix,
  );
  if (pair[0] < 0 || pair[1] > max) {
    const range = max === Infinity ? '0 or more' : `between 0 and ${max}`;
    issues.add(`${prefix}.${key}`, `expected thresholds ${range}, got [${pair[0]}, ${pair[1]}]`);
    return [fallback[0], fallback[1]];
  }
  return pair;
}

const FLAT_ABC = ['abcThresholds', 'boundary', 'topIsA'] as const;
const FLAT_XYZ = ['xyzThresholds', 'sigma', 'minPeriods'] as const;

/** The options of abcXyzMatrix: ABC and XYZ, each nested or flat, not both. */
export function readMatrixSettings(
  options: unknown,
  issues: IssueList,
): { abc: AbcSettings; xyz: XyzSettings } {
  if (!isOptionsObject(options, 'options', issues)) {
    return {
      abc: readAbcSettings(undefined, '', '', issues),
      xyz: readXyzSettings(undefined, '', '', issues),
    };
  }
  if (options.thresholds !== undefined) {
    issues.add(
      'options.thresholds',
      'ambiguous here: use abcThresholds and xyzThresholds, or abc.thresholds and xyz.thresholds',
    );
  }
  const both = (nested: 'abc' | 'xyz', flat: readonly string[]) => {
    const given = flat.filter((k) => options[k] !== undefined);
    if (options[nested] !== undefined && given.length > 0) {
      issues.add(
        `options.${nested}`,
        `give these options either in options.${nested} or flat (${given.join(', ')}), not both`,
      );
    }
    return options[nested] !== undefined;
  };
  const abc = both('abc', FLAT_ABC)
    ? readAbcSettings(options.abc, 'options.abc', 'thresholds', issues)
    : readAbcSettings(options, 'options', 'abcThresholds', issues);
  const xyz = both('xyz', FLAT_XYZ)
    ? readXyzSettings(options.xyz, 'options.xyz', 'thresholds', issues)
    : readXyzSettings(options, 'options', 'xyzThresholds', issues);
  return { abc, xyz };
}

/** Settings from no options, kept (see keepShape) with the two inside; read, never changed. */
export const KEPT_MATRIX_SETTINGS = keepShape(readMatrixSettings(undefined, new IssueList()));
