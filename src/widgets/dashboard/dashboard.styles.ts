import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--pulse-dashboard-gap, 16px);
    --_frame-bg: var(--pulse-dashboard-frame-bg, var(--_bg));
    --_frame-border: var(--pulse-dashboard-frame-border, var(--_border));
    --_frame-padding: var(--pulse-dashboard-frame-padding, 12px);
    --_frame-min-height: var(--pulse-dashboard-frame-min-height, 120px);
    background: var(--pulse-dashboard-bg, var(--_surface));
    padding: var(--_gap);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px 16px;
    margin-bottom: var(--_gap);
  }
  .title {
    margin: 0;
    font-size: 1.3em;
    font-weight: 600;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 2px 4px 2px 10px;
  }
  .chip-clear {
    display: inline-flex;
    align-items: center;
    border-radius: 999px;
    padding: 4px;
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    color: var(--_muted);
  }
  select,
  button {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 4px 8px;
  }
  button {
    cursor: pointer;
    min-width: 32px;
    min-height: 32px;
    line-height: 1;
    display: inline-flex;
    align-items: center;
    justify-content: center;
  }
  .icon {
    display: block;
    flex: none;
  }
  button:hover {
    background: var(--_surface);
  }
  button:disabled {
    cursor: default;
    opacity: 0.5;
  }
  .layout {
    container-type: inline-size;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(var(--_columns, 2), minmax(0, 1fr));
    gap: var(--_gap);
  }
  .frame {
    grid-column: span min(var(--_span, 1), var(--_columns, 2));
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: var(--_frame-min-height);
    background: var(--_frame-bg);
    border: 1px solid var(--_frame-border);
    border-radius: var(--_radius);
    padding: var(--_frame-padding);
  }
  /* A phone (or a narrow container): one column, every frame full width. */
  @container (max-width: 640px) {
    .grid {
      grid-template-columns: minmax(0, 1fr);
    }
    .frame {
      grid-column: auto;
    }
  }
  .frame:fullscreen {
    overflow: auto;
    border: 0;
    border-radius: 0;
  }
  .frame-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 4px 8px;
    margin-bottom: 8px;
  }
  .frame-title {
    margin: 0;
    font-size: 1.05em;
    font-weight: 600;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .body {
    flex: 1;
    min-width: 0;
  }
  .frame-error {
    padding: 12px;
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    border-left: 4px solid var(--_danger);
  }
  .frame-error h4,
  .frame-error p.error-title {
    margin: 0 0 4px;
    color: var(--_danger);
    font-size: 1em;
  }
  /* The full-screen dialog's styles come with its lazily loaded part (dashboard.dialog.ts). */
  .note {
    margin: 4px 0 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .note:empty {
    display: none;
  }
`;
