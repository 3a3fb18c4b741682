import type { AbcXyzCellKey } from '../../core/abc-xyz.js';
import type { PulseLang } from '../../shared/messages.js';
import { lazyPart } from '../../shared/lazy-part.js';

/** How much attention a cell deserves; it tints the cell (its title says the same in words). */
export const READING_PRIORITIES = ['high', 'medium', 'low'] as const;
export type ReadingPriority = (typeof READING_PRIORITIES)[number];

/** What to do with the clients of a cell: a short title shown in the cell and the advice. */
export interface AbcXyzReading {
  /** A few words shown in the cell, e.g. "Опора бизнеса". */
  title: string;
  /** The advice shown when the cell is active, and read out as the cell's description. */
  text: string;
  /** Tints the cell; default `medium`. */
  priority?: ReadingPriority;
}

/**
 * Readings by cell key (`AX` ... `CZ`, `A` / `B` / `C` when XYZ is not defined, `lost`,
 * `potential`). A host's map replaces the defaults key by key, in the host's language.
 *
 * @example { AX: { title: 'Ключевые', text: 'Персональный менеджер и договор на год.' } }
 */
export type AbcXyzReadings = Partial<Record<AbcXyzCellKey, AbcXyzReading>>;

/** The default readings: by language, a reading for every cell key. */
export type DefaultReadings = Record<PulseLang, Record<AbcXyzCellKey, AbcXyzReading>>;

/** The default priority of each cell (the same in every language); it tints the cell. */
export const DEFAULT_PRIORITIES: Readonly<Record<AbcXyzCellKey, ReadingPriority>> = {
  AX: 'high',
  AY: 'high',
  AZ: 'medium',
  BX: 'high',
  BY: 'medium',
  BZ: 'low',
  CX: 'medium',
  CY: 'low',
  CZ: 'low',
  A: 'high',
  B: 'medium',
  C: 'low',
  lost: 'medium',
  potential: 'low',
};

const defaults = lazyPart(() =>
  import('./abc-xyz-matrix.readings.defaults.js').then((m) => m.DEFAULT_READINGS),
);

/**
 * Loads the default readings (`DEFAULT_READINGS` of `crm-pulse/abc-xyz-matrix.js`): their long
 * texts are a lazily loaded part of the one-file bundle. Loaded once per page.
 */
export function loadDefaultReadings(): Promise<DefaultReadings> {
  return defaults.load();
}

/** The default readings when loaded, else the promise of them (`null` when they failed to load). */
export function defaultReadings(): DefaultReadings | Promise<DefaultReadings> | null {
  return defaults.value ?? (defaults.failed ? null : defaults.load());
}

/**
 * The reading of a cell: the host's entry when it gave one, else the default of the language.
 * Without `base` (the defaults not loaded yet), only the host's own title and text show.
 */
export function readingOf(
  key: AbcXyzCellKey,
  lang: PulseLang,
  custom: AbcXyzReadings | undefined,
  base: DefaultReadings | undefined,
): AbcXyzReading {
  const own = custom && Object.prototype.hasOwnProperty.call(custom, key) ? custom[key] : undefined;
  const fallback = base?.[lang][key] ?? { title: '', text: '', priority: DEFAULT_PRIORITIES[key] };
  if (!own || typeof own !== 'object') return fallback;
  return {
    title: typeof own.title === 'string' ? own.title : fallback.title,
    text: typeof own.text === 'string' ? own.text : fallback.text,
    priority: READING_PRIORITIES.includes(own.priority as ReadingPriority) ? own.priority : fallback.priority,
  };
}

/** True when the host's entry for `key` gives its own title and text (no default needed). */
export function ownsReading(key: AbcXyzCellKey, custom: AbcXyzReadings | undefined): boolean {
  const own = custom && Object.prototype.hasOwnProperty.call(custom, key) ? custom[key] : undefined;
  return !!own && typeof own === 'object' && typeof own.title === 'string' && typeof own.text === 'string';
}
