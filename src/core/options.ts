import { describeValue, fail } from './errors.js';

// Tiny option readers in the manner of Plot's keyword(): validate once, at the edge,
// and name the bad option in the error.

/** Reads a finite number option, with bounds. */
export function numberOption(
  options: object | undefined,
  name: string,
  fallback: number,
  bounds: { min?: number; max?: number; integer?: boolean } = {},
): number {
  const value = (options as Record<string, unknown> | undefined)?.[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(`options.${name}`, `expected a finite number, got ${describeValue(value)}`);
  }
  if (bounds.integer && !Number.isInteger(value))
    fail(`options.${name}`, `expected an integer, got ${value}`);
  if (bounds.min !== undefined && value < bounds.min)
    fail(`options.${name}`, `expected at least ${bounds.min}, got ${value}`);
  if (bounds.max !== undefined && value > bounds.max)
    fail(`options.${name}`, `expected at most ${bounds.max}, got ${value}`);
  return value;
}

/** Reads an option that must be one of a closed set of strings. */
export function enumOption<T extends string>(
  options: object | undefined,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = (options as Record<string, unknown> | undefined)?.[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(
      `options.${name}`,
      `expected one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describeValue(value)}`,
    );
  }
  return value as T;
}

/** Reads a boolean option. */
export function booleanOption(options: object | undefined, name: string, fallback: boolean): boolean {
  const value = (options as Record<string, unknown> | undefined)?.[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    fail(`options.${name}`, `expected true or false, got ${describeValue(value)}`);
  return value;
}

/** Reads an ascending pair of thresholds `[low, high]`. */
export function pairOption(
  options: object | undefined,
  name: string,
  fallback: readonly [number, number],
): [number, number] {
  const value = (options as Record<string, unknown> | undefined)?.[name];
  if (value === undefined) return [fallback[0], fallback[1]];
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((v) => typeof v === 'number' && Number.isFinite(v)) ||
    value[0] > value[1]
  ) {
    fail(`options.${name}`, `expected two ascending finite numbers [low, high], got ${describeValue(value)}`);
  }
  return [value[0], value[1]];
}
