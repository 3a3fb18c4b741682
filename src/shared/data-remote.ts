// The part of a widget's data source used only with `src` or `loader` (loaded with the first
// such load): fetching, the "updated at" line and the stale-data notice, and their styles.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { PulseIssue } from '../core/errors.js';
import { localeOf } from './format.js';
import { fill, type PulseLang } from './messages.js';
import type { PulseLoader } from './data-source.js';

const messages = {
  ru: {
    updatedAt: 'Обновлено {time}',
    staleData: 'Обновить не удалось, показаны данные от {time}',
  },
  en: {
    updatedAt: 'Updated {time}',
    staleData: 'Refresh failed; showing the data of {time}',
  },
} satisfies Record<PulseLang, Record<'updatedAt' | 'staleData', string>>;

/** Runs the host's `loader`, or fetches `src` as JSON (an HTTP error status is an error). */
export async function fetchInput(
  loader: PulseLoader | undefined,
  src: string | undefined,
  signal: AbortSignal,
): Promise<unknown> {
  if (typeof loader === 'function') return loader(signal);
  const response = await fetch(src as string, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response.json();
}

const stamps = new Map<string, Intl.DateTimeFormat>();

/** `15:06:10` today, `21.11.2026, 15:06:10` on another day (the viewer's time zone). */
function formatStamp(date: Date, lang: PulseLang, now = new Date()): string {
  const sameDay = date.toDateString() === now.toDateString();
  const key = `${lang}|${sameDay}`;
  let f = stamps.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lang), {
      ...(sameDay ? {} : { day: '2-digit', month: '2-digit', year: 'numeric' }),
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    stamps.set(key, f);
  }
  return f.format(date);
}

/**
 * The "updated at" line (`part="updated-at"`) and, when a refresh failed while the last good
 * data stays (`stale`), its notice (`part="stale"`).
 */
export function renderStatus(
  updatedAt: Date,
  stale: PulseIssue | undefined,
  lang: PulseLang,
): TemplateResult {
  const m = messages[lang];
  const time = formatStamp(updatedAt, lang);
  return html`<p class="updated-at" part="updated-at" aria-live="polite">
      <time datetime=${updatedAt.toISOString()}>${fill(m.updatedAt, { time })}</time>
    </p>
    ${
      stale
        ? html`<p class="stale" part="stale" role="alert">
            ${fill(m.staleData, { time })}: <code>${stale.path}</code>: ${stale.message}
          </p>`
        : nothing
    }`;
}

/** Styles of the "updated at" line and the stale-data notice (adopted with the first load). */
export const remoteStyles = css`
  .updated-at {
    margin: 6px 0 0;
    font-size: 0.85em;
    color: var(--_muted);
    text-align: end;
  }
  .stale {
    margin: 6px 0 0;
    padding: 4px 8px;
    font-size: 0.85em;
    border-left: 4px solid var(--_danger);
    background: var(--_danger-bg);
    border-radius: var(--_radius);
  }
  .stale code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
`;
