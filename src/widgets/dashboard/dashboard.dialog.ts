// A lazily loaded part (src/widgets/dashboard/dashboard.parts.ts): the full-screen fallback
// dialog, needed only where the browser refuses the Fullscreen API. Import it with import()
// only; `import type` is fine.
import { css, html, svg, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { adoptStyles } from '../../shared/lazy-view.js';
import { icon } from './dashboard.frame.js';

/** The dashboard as the dialog drives it. */
export type DialogHost = ReactiveControllerHost &
  HTMLElement & { renderRoot: HTMLElement | DocumentFragment; shadowRoot: ShadowRoot | null };

/** A cross: close. */
const closeIcon = (): TemplateResult =>
  icon(svg`<path d="M3.5 3.5l9 9"></path><path d="M12.5 3.5l-9 9"></path>`);

/** The dialog's styles, adopted by the dashboard's shadow root when the dialog first opens. */
const dialogStyles = css`
  dialog {
    width: calc(100vw - 32px);
    height: calc(100vh - 32px);
    max-width: none;
    max-height: none;
    padding: var(--_frame-padding);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 8px;
    margin-bottom: 8px;
  }
`;

/**
 * The modal `<dialog>` that takes a frame's widget in where the browser refuses full screen
 * (an iframe without `allow="fullscreen"`, an old WebView). Escape or the close button
 * closes it; the widget goes back to its frame and `onClosed` runs (focus returns).
 */
export class FullscreenDialog {
  private readonly host: DialogHost;
  private readonly onClosed: () => void;
  /** The widget shown in the dialog, and where it came from. */
  private moved?: { el: Element; parent: Node; next: Node | null; slot?: HTMLSlotElement };
  private title = '';

  constructor(host: DialogHost, onClosed: () => void) {
    this.host = host;
    this.onClosed = onClosed;
    adoptStyles(host.shadowRoot, dialogStyles);
  }

  /** True while `el` is in the dialog (the host must not slot it back meanwhile). */
  holds(el: Element): boolean {
    return this.moved?.el === el;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  /** Closes the dialog when it is open. */
  close(): void {
    this.dialog?.close();
  }

  /** Moves `widget` into the dialog under `title` and opens it modally. */
  async show(widget: Element, title: string): Promise<void> {
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
    this.onClosed();
  };

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
          @click=${() => this.close()}
        >
          ${closeIcon()}
        </button>
      </div>
      <div class="dialog-body"><slot></slot></div>
    </dialog>`;
  }
}
