import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Lines rendered above and below the visible ones. */
const OVERSCAN = 8;

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The window of lines a virtualised table renders: the lines in view of its scroller
 * (`.scroller`) plus a margin. Line height, viewport and header height are measured after
 * each render; the host re-renders only when scrolling or a measure moves the window, so
 * the DOM holds a bounded number of rows whatever the number of lines.
 */
export class LineWindow implements ReactiveController {
  /** First line in view. */
  first = 0;
  rowHeight = 32;
  private viewport = 480;
  private headHeight = 0;
  private rendered = '';

  constructor(
    private readonly host: Host,
    /** The number of lines. */
    private readonly count: () => number,
  ) {
    host.addController(this);
  }

  private get scroller(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  /** Lines that fit the viewport, less a little (Page Up / Page Down). */
  get page(): number {
    return Math.max(1, Math.floor(this.viewport / this.rowHeight) - 2);
  }

  /** The lines to render, [start, end); remembered to tell whether a measure moves them. */
  range(): [number, number] {
    const n = this.count();
    const start = Math.max(0, Math.min(this.first, n) - OVERSCAN);
    const end = Math.min(n, this.first + Math.ceil(this.viewport / this.rowHeight) + OVERSCAN);
    this.rendered = `${start},${end}`;
    return [start, end];
  }

  onScroll = (): void => {
    const s = this.scroller;
    if (!s) return;
    const first = Math.max(0, Math.floor(s.scrollTop / this.rowHeight));
    if (s.clientHeight > 0) this.viewport = s.clientHeight;
    if (first !== this.first) {
      this.first = first;
      this.host.requestUpdate();
    }
  };

  hostUpdated(): void {
    const s = this.scroller;
    if (!s) return;
    this.headHeight = s.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const height = s.querySelector('tbody tr[data-i]')?.getBoundingClientRect().height ?? 0;
    if (height > 0) this.rowHeight = height;
    if (s.clientHeight > 0) this.viewport = s.clientHeight;
    const before = this.rendered;
    if (this.range().join() !== before) this.host.requestUpdate();
    this.rendered = before;
  }

  /** Scrolls line `i` into view, below the sticky header and above the sticky footer. */
  reveal(i: number): void {
    const s = this.scroller;
    if (!s) return;
    const footer = s.querySelector('tfoot')?.getBoundingClientRect().height ?? 0;
    const top = i * this.rowHeight;
    if (top < s.scrollTop) s.scrollTop = top;
    else if (this.headHeight + top + this.rowHeight > s.scrollTop + s.clientHeight - footer) {
      s.scrollTop = this.headHeight + top + this.rowHeight - s.clientHeight + footer;
    }
    this.first = Math.max(0, Math.floor(s.scrollTop / this.rowHeight));
    this.host.requestUpdate();
  }
}
