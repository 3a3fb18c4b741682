import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Tracks the host's content box with a ResizeObserver and requests a redraw (not a
 * recomputation) when it changes. The observer is released when the host is removed.
 */
export class ResizeController implements ReactiveController {
  private readonly host: Host;
  private observer?: ResizeObserver;
  width = 0;
  height = 0;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      if (width !== this.width || height !== this.height) {
        this.width = width;
        this.height = height;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
