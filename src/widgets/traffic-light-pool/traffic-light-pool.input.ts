import { lightsKey, listKey, verticalNeighbour, type KeyAction } from './traffic-light-pool.keys.js';
import type { PoolState, Roving } from './traffic-light-pool.state.js';
import type { PoolView } from './traffic-light-pool.toolbar.js';

/**
 * Mouse and keyboard of <pulse-traffic-light-pool>: turns DOM events into PoolState
 * actions. The lights use one delegated listener per event type (up to maxLights lights),
 * read the light from `data-i`, and keep a roving Tab stop.
 */
export class PoolInput {
  private readonly state: PoolState;
  private readonly root: () => HTMLElement | DocumentFragment;
  private readonly view: () => PoolView;

  constructor(state: PoolState, root: () => HTMLElement | DocumentFragment, view: () => PoolView) {
    this.state = state;
    this.root = root;
    this.view = view;
  }

  private lightAt(event: Event): number {
    const el = (event.target as Element | null)?.closest<HTMLElement>('[role="option"]');
    return el ? Number(el.dataset.i) : -1;
  }

  private showTip(index: number): void {
    const c = this.state.lists.flat[index];
    const el = this.root().querySelector<HTMLElement>(`.pool [data-i="${index}"]`);
    if (!c || !el) return;
    const box = el.getBoundingClientRect();
    this.state.setTip({ id: c.id, x: box.left, y: box.bottom });
  }

  lightsClick = (event: MouseEvent): void => {
    const i = this.lightAt(event);
    if (i < 0) return;
    this.state.setActive('lights', i);
    this.state.selectClient(this.state.lists.flat[i]);
  };

  lightsPointer = (event: PointerEvent): void => {
    const i = this.lightAt(event);
    if (i >= 0) this.showTip(i);
    else this.state.setTip(undefined);
  };

  lightsLeave = (): void => this.state.setTip(undefined);

  lightsFocus = (event: FocusEvent): void => {
    const i = this.lightAt(event);
    if (i < 0) return;
    this.state.setActive('lights', i);
    this.showTip(i);
  };

  lightsKeydown = (event: KeyboardEvent): void => {
    const s = this.state;
    const n = s.lightsDrawn;
    if (n === 0) return;
    const cur = s.stop('lights', n);
    const items = () => [...this.root().querySelectorAll<HTMLElement>('.pool [role="option"]')];
    const starts = s.lists.groups.map((g) => g.start);
    const action = lightsKey(event.key, cur, n, starts, (dir) => verticalNeighbour(items(), cur, dir));
    this.perform(action, event, 'lights', () => {
      s.setActive('lights', cur);
      s.selectClient(s.lists.flat[cur]);
    });
  };

  private listKeydown(kind: Exclude<Roving, 'lights'>, count: number, event: KeyboardEvent): void {
    const target = (event.target as Element | null)?.closest<HTMLElement>(`[data-roving="${kind}"]`);
    if (!target || count === 0) return;
    this.perform(listKey(event.key, Number(target.dataset.i), count), event, kind);
  }

  private perform(action: KeyAction, event: KeyboardEvent, kind: Roving, select?: () => void): void {
    if (action === null) return;
    if (action === 'clear') return this.state.clearSelection();
    event.preventDefault();
    if (action === 'select') return select?.();
    const i = action.move;
    this.state.setActive(
      kind,
      i,
      kind === 'lights' ? `.pool [data-i="${i}"]` : `[data-roving="${kind}"][data-i="${i}"]`,
    );
  }

  mixKeydown = (e: KeyboardEvent) => this.listKeydown('mix', this.state.result?.owners.length ?? 0, e);
  barsKeydown = (e: KeyboardEvent) => this.listKeydown('bars', this.state.lists.groups.length, e);
  rowsKeydown = (e: KeyboardEvent) => this.listKeydown('rows', this.state.pageRows().length, e);

  /** An owner row of the mix table: choose it, or un-choose it when it is chosen. */
  mixOwner = (index: number): void => {
    const s = this.state;
    const owner = s.result?.owners[index]?.owner;
    if (owner === undefined) return;
    s.setActive('mix', index);
    if (s.owner?.value === owner) s.clearOwner();
    else s.chooseOwner(owner);
  };

  /** A per-owner bar: drill into the owner and focus its first light. */
  bar = (owner: string | null): void => {
    const s = this.state;
    s.setActive(
      'bars',
      s.lists.groups.findIndex((g) => g.owner === owner),
    );
    s.chooseOwner(owner);
    s.setActive('lights', 0, '.pool [data-i="0"]');
  };

  /** Back to all owners: focus the owner's bar again. */
  back = (): void => {
    const s = this.state;
    const owner = s.owner?.value;
    s.clearOwner();
    s.afterUpdate(() => {
      const i = Math.max(
        0,
        s.lists.groups.findIndex((g) => g.owner === owner),
      );
      s.setActive('bars', i, `[data-roving="bars"][data-i="${i}"]`);
    });
  };

  more = (): void => {
    const first = this.state.lightsDrawn;
    this.state.moreLights();
    this.state.setActive('lights', first, `.pool [data-i="${first}"]`);
  };

  ownerSelect = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    const o = this.state.result?.owners[Number(value)];
    if (value === '' || !o) this.state.clearOwner();
    else this.state.chooseOwner(o.owner);
  };

  tabsKeydown = (event: KeyboardEvent): void => {
    const other: PoolView = this.view() === 'lights' ? 'table' : 'lights';
    // Two tabs: either arrow moves to the other one.
    const next = (
      { Home: 'lights', End: 'table', ArrowRight: other, ArrowLeft: other } as Record<string, PoolView>
    )[event.key];
    if (!next) return;
    event.preventDefault();
    this.state.showView(next);
    this.state.focusLater(`#tab-${next}`);
  };

  page = (page: number): void => {
    this.state.goToPage(page);
    // The pressed button may become disabled (first or last page): keep focus in the pager.
    this.state.afterUpdate(() => {
      if (this.root().querySelector('.pager button:focus')) return;
      this.root().querySelector<HTMLButtonElement>('.pager button:not([disabled])')?.focus();
    });
  };

  /** Closes the explanation and gives focus back to the client's light or row. */
  close = (): void => {
    const s = this.state;
    const id = s.selectedId;
    s.clearSelection();
    const lights = this.view() === 'lights';
    const list = lights ? s.lists.flat.slice(0, s.lightsDrawn) : s.pageRows();
    const i = list.findIndex((c) => c.id === id);
    if (i < 0) return;
    s.setActive(
      lights ? 'lights' : 'rows',
      i,
      lights ? `.pool [data-i="${i}"]` : `[data-roving="rows"][data-i="${i}"]`,
    );
  };
}
