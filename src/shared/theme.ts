import { css } from 'lit';

// System tokens (--pulse-*) are the public theming API: a host sets them on any ancestor.
// Each widget reads them through private --_* variables declared on :host, with light
// defaults, dark defaults under theme="dark" (or "auto" + prefers-color-scheme: dark).
// Palette: Okabe-Ito, distinguishable with the common colour-vision deficiencies.
// The token blocks are written out (the dark one twice) rather than interpolated: the
// build minifies css`` templates with LightningCSS, which cannot parse a bare list of
// declarations, so an interpolated block left the whole file unminified.

/** Tokens, themes, states and utilities shared by every widget. */
export const baseStyles = css`
  :host {
    --_font: var(--pulse-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--pulse-font-size, 14px);
    --_bg: var(--pulse-color-bg, #ffffff);
    --_surface: var(--pulse-color-surface, #f6f7f9);
    --_text: var(--pulse-color-text, #1f2328);
    --_muted: var(--pulse-color-muted, #59636e);
    --_border: var(--pulse-color-border, #d1d9e0);
    --_accent: var(--pulse-color-accent, #0060a8);
    --_focus: var(--pulse-color-focus, #0060a8);
    --_danger: var(--pulse-color-danger, #b3261e);
    --_danger-bg: var(--pulse-color-danger-bg, #fdecea);
    --_gain: var(--pulse-color-gain, #00785a);
    --_loss: var(--pulse-color-loss, #b34700);
    --_red: var(--pulse-status-red, #c43c00);
    --_yellow: var(--pulse-status-yellow, #e6a100);
    --_green: var(--pulse-status-green, #009e73);
    --_s1: var(--pulse-series-1, #0072b2);
    --_s2: var(--pulse-series-2, #e69f00);
    --_s3: var(--pulse-series-3, #009e73);
    --_s4: var(--pulse-series-4, #cc79a7);
    --_s5: var(--pulse-series-5, #56b4e9);
    --_s6: var(--pulse-series-6, #d55e00);
    --_s7: var(--pulse-series-7, #b8a100);
    --_s8: var(--pulse-series-8, #8a8f98);
    --_radius: var(--pulse-radius, 6px);
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    position: relative;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.4;
    color: var(--_text);
    background: var(--_bg);
    font-variant-numeric: tabular-nums;
  }
  :host([theme='dark']) {
    --_bg: var(--pulse-color-bg, #16191d);
    --_surface: var(--pulse-color-surface, #22262c);
    --_text: var(--pulse-color-text, #e6e8eb);
    --_muted: var(--pulse-color-muted, #a0a8b3);
    --_border: var(--pulse-color-border, #3a4049);
    --_accent: var(--pulse-color-accent, #6cb6ff);
    --_focus: var(--pulse-color-focus, #6cb6ff);
    --_danger: var(--pulse-color-danger, #ff8a80);
    --_danger-bg: var(--pulse-color-danger-bg, #3b1d1b);
    --_gain: var(--pulse-color-gain, #3ccf9e);
    --_loss: var(--pulse-color-loss, #ff9a52);
    --_red: var(--pulse-status-red, #ff7a3d);
    --_yellow: var(--pulse-status-yellow, #f5c242);
    --_green: var(--pulse-status-green, #3ccf9e);
    --_s1: var(--pulse-series-1, #4da3e0);
    --_s2: var(--pulse-series-2, #f0b232);
    --_s3: var(--pulse-series-3, #3ccf9e);
    --_s4: var(--pulse-series-4, #e39ac4);
    --_s5: var(--pulse-series-5, #8fd0f5);
    --_s6: var(--pulse-series-6, #ff8a3d);
    --_s7: var(--pulse-series-7, #e0cb3f);
    --_s8: var(--pulse-series-8, #a6adb8);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']),
    :host(:not([theme])) {
      --_bg: var(--pulse-color-bg, #16191d);
      --_surface: var(--pulse-color-surface, #22262c);
      --_text: var(--pulse-color-text, #e6e8eb);
      --_muted: var(--pulse-color-muted, #a0a8b3);
      --_border: var(--pulse-color-border, #3a4049);
      --_accent: var(--pulse-color-accent, #6cb6ff);
      --_focus: var(--pulse-color-focus, #6cb6ff);
      --_danger: var(--pulse-color-danger, #ff8a80);
      --_danger-bg: var(--pulse-color-danger-bg, #3b1d1b);
      --_gain: var(--pulse-color-gain, #3ccf9e);
      --_loss: var(--pulse-color-loss, #ff9a52);
      --_red: var(--pulse-status-red, #ff7a3d);
      --_yellow: var(--pulse-status-yellow, #f5c242);
      --_green: var(--pulse-status-green, #3ccf9e);
      --_s1: var(--pulse-series-1, #4da3e0);
      --_s2: var(--pulse-series-2, #f0b232);
      --_s3: var(--pulse-series-3, #3ccf9e);
      --_s4: var(--pulse-series-4, #e39ac4);
      --_s5: var(--pulse-series-5, #8fd0f5);
      --_s6: var(--pulse-series-6, #ff8a3d);
      --_s7: var(--pulse-series-7, #e0cb3f);
      --_s8: var(--pulse-series-8, #a6adb8);
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .num {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .state {
    padding: 16px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
  }
  .state--error,
  .notice {
    background: var(--_danger-bg);
    color: var(--_text);
    border-left: 4px solid var(--_danger);
  }
  .notice {
    padding: 8px 12px;
    margin-bottom: 8px;
    border-radius: var(--_radius);
    font-size: 0.9em;
  }
  .state h2,
  .notice h2 {
    font-size: 1em;
    margin: 0 0 4px;
    color: var(--_danger);
  }
  .issues {
    margin: 0;
    padding-left: 1.2em;
  }
  .issues code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.92em;
  }
  .state--loading {
    min-height: 80px;
    background: linear-gradient(90deg, var(--_surface) 25%, var(--_border) 50%, var(--_surface) 75%);
    background-size: 200% 100%;
    animation: pulse-shimmer 1.4s ease-in-out infinite;
  }
  /* A large input being computed in the worker: a thin bar over the last result. */
  .busy {
    height: 3px;
    overflow: hidden;
    color: transparent;
    font-size: 1px;
    margin-bottom: 4px;
    background: linear-gradient(90deg, var(--_surface) 25%, var(--_accent) 50%, var(--_surface) 75%);
    background-size: 200% 100%;
    animation: pulse-shimmer 1.4s ease-in-out infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .state--loading,
    .busy {
      animation: none;
    }
  }
  @keyframes pulse-shimmer {
    from {
      background-position: 200% 0;
    }
    to {
      background-position: -200% 0;
    }
  }
  .tooltip {
    position: absolute;
    z-index: 10;
    pointer-events: none;
    max-width: 280px;
    padding: 6px 10px;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_bg);
    font-size: 0.9em;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  table.data {
    border-collapse: collapse;
    width: 100%;
  }
  table.data th,
  table.data td {
    padding: 4px 8px;
    border-bottom: 1px solid var(--_border);
    text-align: left;
  }
  table.data td.num,
  table.data th.num {
    text-align: right;
  }
`;
