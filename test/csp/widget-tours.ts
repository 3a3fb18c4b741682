// The six widgets with their fixture data, and what a user opens in each: shared by the
// strict-CSP page (test/csp/csp-page.ts, every interactive part) and the leak census
// (test/widgets/leaks.test.ts, a quick part on some cycles). No test framework here: the
// CSP page runs it under `script-src 'self'`, where anything that evals would be refused.
import '../../src/widgets/abc-xyz-matrix/abc-xyz-matrix.js';
import '../../src/widgets/channel-pie/channel-pie.js';
import '../../src/widgets/debt-table/debt-table.js';
import '../../src/widgets/funnel/funnel.js';
import '../../src/widgets/lifecycle-grid/lifecycle-grid.js';
import '../../src/widgets/traffic-light-pool/traffic-light-pool.js';
import { abcXyzIssue, abcXyzSeed } from '../fixtures/abc-xyz-matrix.js';
import { channelMany, channelSeed } from '../fixtures/channel-pie.js';
import { debtIssue, debtSeed } from '../fixtures/debt-table.js';
import { erpDeals, funnelIssue, k2uChecklist } from '../fixtures/funnel.js';
import { lifecycleExample } from '../fixtures/lifecycle-grid.js';
import { poolSeed, poolSlide } from '../fixtures/traffic-light-pool.js';

/** A mounted widget as the tours see it. */
export type TourElement = HTMLElement & {
  data?: unknown;
  theme?: string;
  view?: string;
  updateComplete: Promise<boolean>;
};

/** One widget: its tag, its fixture data, and the ways to open its interactive parts. */
export interface Tour {
  tag: string;
  /** The fixture the page shows. */
  data: unknown;
  /** The smallest fixture (the issue's example), for the many cycles of the leak census. */
  small: unknown;
  /**
   * Opens every interactive part, one after the other. Returns what could not be opened
   * (empty when the whole tour ran), so a caller can tell a checked page from an empty one.
   */
  full(el: TourElement): Promise<string[]>;
  /** Opens one interactive part, cheaply (the leak census does this on some cycles). */
  quick(el: TourElement): Promise<string[]>;
  /** Opens the part that is too slow for many cycles (the lazy Plot chart), if any. */
  rare?(el: TourElement): Promise<string[]>;
}

/** Waits for a Lit element to finish its pending updates (including ones it triggers). */
export async function settle(el: TourElement): Promise<void> {
  for (let i = 0; i < 5; i++) if (await el.updateComplete) return;
}

/** Waits until `check()` holds (polling), or gives up after `timeout` ms. */
export async function until(check: () => boolean, timeout: number): Promise<boolean> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const click = (target: Element) =>
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

/** Runs the steps in order; a step returns false (or finds no target) when its part did not open. */
async function steps(
  el: TourElement,
  list: [name: string, step: () => boolean | Promise<boolean>][],
): Promise<string[]> {
  const missing: string[] = [];
  for (const [name, step] of list) {
    let ok: boolean;
    try {
      ok = await step();
    } catch (error) {
      ok = false;
      missing.push(`${el.localName}: ${name} threw ${String(error)}`);
      continue;
    }
    await settle(el);
    if (!ok) missing.push(`${el.localName}: ${name}`);
  }
  return missing;
}

/** Clicks the first match of `selector` in the shadow root; false when there is none. */
function clickFirst(el: Element, selector: string): boolean {
  const target = $(el, selector);
  if (!target) return false;
  click(target);
  return true;
}

/** Points at slice `index` of the pie (the tooltip follows the pointer). */
function pointAtSlice(el: TourElement, index: number): boolean {
  const slice = $$<SVGPathElement>(el, 'path.slice')[index];
  if (!slice) return false;
  const box = slice.getBoundingClientRect();
  const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  slice.dispatchEvent(new PointerEvent('pointerenter', at));
  slice.dispatchEvent(new PointerEvent('pointermove', { ...at, bubbles: true, composed: true }));
  return true;
}

const tooltipOpen = (el: Element) =>
  !!$(el, '.tooltip')?.matches(':popover-open') && text($(el, '.tooltip')) !== '';

const pie: Tour = {
  tag: 'pulse-channel-pie',
  data: channelSeed,
  small: channelSeed,
  full: (el) =>
    steps(el, [
      ['slice tooltip', async () => pointAtSlice(el, 0) && (await settle(el), tooltipOpen(el))],
      ['tooltip follows', async () => pointAtSlice(el, 4) && (await settle(el), tooltipOpen(el))],
      ['slice select', () => clickFirst(el, 'path.slice')],
      [
        'keyboard move',
        () => {
          const slice = $(el, 'path.slice[tabindex="0"]');
          if (!slice) return false;
          slice.focus();
          return (
            slice.dispatchEvent(
              new KeyboardEvent('keydown', {
                key: 'ArrowRight',
                bubbles: true,
                composed: true,
                cancelable: true,
              }),
            ) === false
          );
        },
      ],
      [
        '"other" slices',
        async () => {
          el.data = channelMany;
          await settle(el);
          return clickFirst(el, '[part~="slice--other"]');
        },
      ],
      [
        'show-table',
        async () => {
          el.setAttribute('show-table', '');
          await settle(el);
          return !!$(el, '[part~="table"]');
        },
      ],
    ]),
  quick: (el) =>
    steps(el, [['slice tooltip', async () => pointAtSlice(el, 1) && (await settle(el), tooltipOpen(el))]]),
};

const funnel: Tour = {
  tag: 'pulse-funnel',
  data: erpDeals,
  small: funnelIssue,
  full: (el) =>
    steps(el, [
      [
        'stage select',
        async () => {
          const row = $$(el, '[role="option"]')[2];
          if (!row) return false;
          row.click();
          await settle(el);
          return $$(el, '[role="option"][aria-selected="true"]').length === 1;
        },
      ],
      [
        'owner cell',
        async () =>
          clickFirst(el, '[role="gridcell"]') &&
          (await settle(el), $$(el, '[role="gridcell"][aria-selected="true"]').length === 1),
      ],
      [
        'checklist',
        async () => {
          el.setAttribute('mode', 'checklist');
          el.data = k2uChecklist;
          await settle(el);
          return $$(el, '[role="option"]').length > 0;
        },
      ],
    ]),
  quick: (el) => steps(el, [['stage select', () => clickFirst(el, '[role="option"]')]]),
};

const lifecycle: Tour = {
  tag: 'pulse-lifecycle-grid',
  data: lifecycleExample,
  small: lifecycleExample,
  full: (el) =>
    steps(el, [
      [
        'client list',
        async () => clickFirst(el, '#cell-3') && (await settle(el), !!$(el, '[part~="details"]')),
      ],
      ['bars', () => $$(el, '.bar').length > 0],
      [
        'potential list',
        async () => clickFirst(el, '[part~="potential"]') && (await settle(el), !!$(el, '[part~="details"]')),
      ],
      [
        'another list',
        async () => clickFirst(el, '#cell-4') && (await settle(el), !!$(el, '[part~="details"]')),
      ],
    ]),
  quick: (el) =>
    steps(el, [
      [
        'client list',
        async () => clickFirst(el, '#cell-3') && (await settle(el), !!$(el, '[part~="details"]')),
      ],
    ]),
};

const pool: Tour = {
  tag: 'pulse-traffic-light-pool',
  data: poolSlide,
  small: poolSlide,
  full: (el) =>
    steps(el, [
      [
        'explanation',
        async () => {
          const light = $$(el, '[role="option"]')[1];
          if (!light) return false;
          light.click();
          await settle(el);
          return !!$(el, '[part~="explain"]');
        },
      ],
      ['mix bar', () => $$(el, '.mark').length > 0 || $$(el, '[part~="mix"]').length > 0],
      ['table', async () => clickFirst(el, '#tab-table') && (await settle(el), !!$(el, '.pool-table'))],
      [
        'table explanation',
        async () => {
          const button = $(el, '.client-btn');
          if (!button) return false;
          button.click();
          await settle(el);
          return !!$(el, '.detail-row');
        },
      ],
      [
        'owner bars',
        async () => {
          el.data = poolSeed;
          await settle(el);
          if (!clickFirst(el, '#tab-lights')) return false;
          await settle(el);
          const bar = $$(el, '[part~="bar"]')[0];
          if (!bar) return false;
          bar.click();
          return true;
        },
      ],
    ]),
  quick: (el) =>
    steps(el, [
      [
        'explanation',
        async () => {
          const light = $$(el, '[role="option"]')[0];
          if (!light) return false;
          light.click();
          await settle(el);
          return !!$(el, '[part~="explain"]');
        },
      ],
    ]),
};

/** Opens the Pareto view and waits for Plot's chart (its first import takes seconds here). */
const pareto = async (el: TourElement) =>
  clickFirst(el, '#tab-pareto') && until(() => !!$(el, '.pareto-chart svg'), 30_000);

const matrix: Tour = {
  tag: 'pulse-abc-xyz-matrix',
  data: abcXyzSeed,
  small: abcXyzIssue,
  full: (el) =>
    steps(el, [
      [
        'client list',
        async () => clickFirst(el, '#cell-AX') && (await settle(el), !!$(el, '[part~="client-table"]')),
      ],
      [
        'sort clients',
        () => {
          const button = $(el, '[part~="client-table"] thead th button');
          if (!button) return false;
          button.click();
          return true;
        },
      ],
      [
        'transitions',
        async () =>
          clickFirst(el, '#tab-transitions') && (await settle(el), !!$(el, '[part~="transition-table"]')),
      ],
      ['Pareto chart (Plot)', () => pareto(el)],
    ]),
  quick: (el) =>
    steps(el, [
      [
        'client list',
        async () => clickFirst(el, '#cell-AX') && (await settle(el), !!$(el, '[part~="client-table"]')),
      ],
    ]),
  rare: (el) => steps(el, [['Pareto chart (Plot)', () => pareto(el)]]),
};

const debt: Tour = {
  tag: 'pulse-debt-table',
  data: debtSeed,
  small: debtIssue,
  full: (el) => {
    const lines = () => $$<HTMLTableRowElement>(el, 'tbody tr[data-i]');
    const chooser = (label: string) =>
      $$(el, '[part~="columns"] label')
        .find((l) => text(l) === label)
        ?.querySelector('input') ?? null;
    return steps(el, [
      [
        'collapse a group',
        async () => {
          lines()[0]?.click();
          await settle(el);
          return lines()[0]?.getAttribute('aria-expanded') === 'false';
        },
      ],
      [
        'expand it again',
        async () => {
          lines()[0]?.click();
          await settle(el);
          return lines()[0]?.getAttribute('aria-expanded') === 'true';
        },
      ],
      [
        'select a client row',
        () => {
          const row = lines()[2];
          if (!row) return false;
          row.click();
          return true;
        },
      ],
      [
        'column chooser',
        async () => {
          const box = $<HTMLDetailsElement>(el, '[part~="columns"]');
          if (!box) return false;
          box.open = true;
          const hide = chooser('Месяцы долга') ?? chooser('Months in debt');
          const show = chooser('Код') ?? chooser('Code');
          if (!hide || !show) return false;
          hide.click();
          show.click();
          await settle(el);
          return true;
        },
      ],
      ['sort', () => clickFirst(el, 'thead th[part~="header--debt"] button')],
      ...(['collection', 'regularity', 'aging'] as const).map((view): [string, () => Promise<boolean>] => [
        `view ${view}`,
        async () => clickFirst(el, `#tab-${view}`) && (await settle(el), $$(el, 'tbody tr').length > 0),
      ]),
    ]);
  },
  quick: (el) =>
    steps(el, [
      [
        'collapse a group',
        async () => {
          const line = $(el, 'tbody tr[data-i]');
          line?.click();
          await settle(el);
          return $(el, 'tbody tr[data-i]')?.getAttribute('aria-expanded') === 'false';
        },
      ],
    ]),
};

/** The six widgets, in the order of the README. */
export const TOURS: readonly Tour[] = [pie, funnel, lifecycle, pool, matrix, debt];

/** Creates `<tag>` with its fixture data in `parent`, waits for its render, and returns it. */
export async function mount(tour: Tour, parent: Element, theme = 'light'): Promise<TourElement> {
  const el = document.createElement(tour.tag) as TourElement;
  el.theme = theme;
  el.data = tour.data;
  parent.append(el);
  await settle(el);
  return el;
}
