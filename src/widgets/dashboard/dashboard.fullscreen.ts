import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { closeIcon } from './dashboard.frame.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The full-screen view of a frame: the Fullscreen API on the frame, or, where the browser
 * refuses it (an iframe without `allow="fullscreen"`, an old WebView, no user gesture), a
 * modal `<dialog>` that takes the widget in. Escape closes both; focus returns to the
 * button that opened the view.
 */
export class FullscreenFallback implements ReactiveController {
  private readonly host: Host;
  private returnFocus?: HTMLElement;
  /** The widget shown in the dialog, and where it came from. */
  private moved?: { el: Element; parent: Node; next: Node | null; slot?: HTMLSlotElement };
  private title = '';

  constructor(host: Host) {
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
    return this.moved?.el === el;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  /** Shows `frame` full screen, or `widget` in the dialog when that is refused. */
  async open(frame: HTMLElement, widget: Element, title: string, opener: HTMLElement): Promise<void> {
    this.returnFocus = opener;
    if (document.fullscreenEnabled && typeof frame.requestFullscreen === 'function') {
      try {
        await frame.requestFullscreen();
        return;
      } catch {
        // refused: the dialog below
      }
    }
    await this.showDialog(widget, title);
  }

  private async showDialog(widget: Element, title: string): Promise<void> {
    this.title = title;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    const body = dialog.querySelector('.dialog-body') as HTMLElement;
    if (widget.assignedSlot) {
      // A slotted child stays a child of the host: it moves to the dialog's slot.
      const slot = body.querySelector('slot') as HTMLSlotElement;
      this.moved = { el: widget, parent: widget.parentNode as Node, next: null, slot: widget.assignedSlot };
      slot.assign(widget);
    } else {
      this.moved = { el: widget, parent: widget.parentNode as Node, next: widget.nextSibling };
      body.append(widget);
    }
    dialog.showModal();
    dialog.querySelector<HTMLElement>('.dialog-close')?.focus();
  }

  private onClose = (): void => {
    const moved = this.moved;
    this.moved = undefined;
    if (moved?.slot) moved.slot.assign(moved.el);
    else if (moved) moved.parent.insertBefore(moved.el, moved.next);
    this.restoreFocus();
  };

  private onFullscreenChange = (): void => {
    if (!document.fullscreenElement) this.restoreFocus();
  };

  private restoreFocus(): void {
    const target = this.returnFocus;
    this.returnFocus = undefined;
    if (target?.isConnected) target.focus();
  }

  /** The dialog (closed until a fallback view opens). */
  render(closeLabel: string): TemplateResult {
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onClose}>
      <div class="dialog-head">
        <div class="frame-title dialog-title" id="dialog-title" role="heading" aria-level="2">
          ${this.title}
        </div>
        <button
          type="button"
          class="dialog-close"
          aria-label=${closeLabel}
          title=${closeLabel}
          @click=${() => this.dialog?.close()}
        >
          ${closeIcon()}
        </button>
      </div>
      <div class="dialog-body"><slot></slot></div>
    </dialog>`;
  }
}
