import type { PulseIssue } from '../core/errors.js';

/**
 * Base of every crm-pulse event: bubbles and crosses shadow roots so a host can listen
 * on any ancestor (`document.addEventListener('pulse-slice-select', ...)`).
 */
export class PulseEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T, options: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
  }
}

/** Detail of `pulse-error`: every issue with its path; `partial` when the valid part still renders. */
export interface PulseErrorDetail {
  issues: PulseIssue[];
  /** True when part of the input was valid and is shown; the issues list what was left out. */
  partial: boolean;
  /** Where the problem came from: validation of `data`, fetching `src`, or the computation. */
  source: 'data' | 'src' | 'compute';
}

/** Fired when input is invalid (fully or partly) or `src` cannot be fetched. */
export class PulseErrorEvent extends PulseEvent<PulseErrorDetail> {
  static readonly type = 'pulse-error';
  constructor(detail: PulseErrorDetail) {
    super(PulseErrorEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pulse-error': PulseErrorEvent;
  }
}
