import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { DialogHost, FullscreenDialog } from './dashboard.dialog.js';
import { dialogPart } from './dashboard.parts.js';

/** True where the Fullscreen API may show an element (it may still refuse). */
const canFullscreen = (el: Element): boolean =>
  document.fullscreenEnabled && typeof el.requestFullscreen === 'function';

/**
 * The full-screen view of a frame: the Fullscreen API on the frame, or, where the browser
 * refuses it (an iframe without `allow="fullscreen"`, an old WebView, no user gesture), a
 * modal `<dialog>` that takes the widget in. The dialog is a lazily loaded part
 * (dashboard.dialog.ts); the Fullscreen API is asked synchronously in the click, which it
 * needs (transient user activation). Escape closes both; focus returns to the button that
 * opened the view.
 */
export class FullscreenView implements ReactiveController {
  private readonly host: DialogHost;
  private returnFocus?: HTMLElement;
  private dialog?: FullscreenDialog;

  constructor(host: DialogHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.dialog?.close();
  }

  /** True while `el` is in the dialog (the host must not slot it back meanwhile). */
  holds(el: Element): boolean {
    return this.dialog?.holds(el) ?? false;
  }

  /** Starts loading the dialog where it will be needed (no Fullscreen API): on hover or focus. */
  prepare(frame: Element): void {
    if (!canFullscreen(frame)) dialogPart.load().catch(() => undefined);
  }

  /**
   * Shows `frame` full screen, or `widget` in the dialog when that is refused. Call it in the
   * click handler: the Fullscreen API is asked before any await. Rejects when the dialog part
   * could not be loaded.
   */
  async open(frame: HTMLElement, widget: Element, title: string, opener: HTMLElement): Promise<void> {
    this.returnFocus = opener;
    if (canFullscreen(frame)) {
      try {
        await frame.requestFullscreen();
        return;
      } catch {
        // refused: the dialog below
      }
    }
    const Dialog = dialogPart.value ?? (await dialogPart.load());
    this.dialog ??= new Dialog(this.host, () => this.restoreFocus());
    await this.dialog.show(widget, title);
  }

  private onFullscreenChange = (): void => {
    if (!document.fullscreenElement) this.restoreFocus();
  };

  private restoreFocus(): void {
    const target = this.returnFocus;
    this.returnFocus = undefined;
    if (target?.isConnected) target.focus();
  }

  /** The dialog once its part is loaded (closed until a fallback view opens). */
  render(closeLabel: string): TemplateResult | typeof nothing {
    return this.dialog ? this.dialog.render(closeLabel) : nothing;
  }
}
