import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Formatter } from './format.js';
import { loadLanguage, type Messages, type PulseLang } from './messages.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole document: a change of any `lang` attribute re-resolves the
// language of every connected widget (a portal's language switch sets it on <html>).
const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watch(controller: LocaleController): void {
  hosts.add(controller);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => hosts.forEach((c) => c.refresh()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
}

function unwatch(controller: LocaleController): void {
  hosts.delete(controller);
  if (hosts.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/**
 * Re-resolves the language of every connected widget. The document observer does not see
 * `lang` changes inside shadow roots: a container that renders widgets in its own shadow
 * root under a `lang` of its own (pulse-dashboard's frames) calls this when that changes.
 */
export function refreshLanguages(): void {
  hosts.forEach((c) => c.refresh());
}

/** The `lang` of the element or its closest ancestor, crossing shadow roots. */
export function resolveLang(element: Element): PulseLang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang.toLowerCase().startsWith('en') ? 'en' : 'ru';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'ru';
}

/**
 * Resolves the widget's language (default ru-RU, en supported) from `lang` on the element
 * or its closest ancestor, keeps it current, and offers cached formatters and messages.
 */
export class LocaleController implements ReactiveController {
  private readonly host: Host;
  /** The language shown: its catalogues are loaded. */
  lang: PulseLang = 'ru';
  format = new Formatter('ru');
  /** The language resolved from `lang` attributes (its catalogues may still be loading). */
  wanted: PulseLang = 'ru';
  /**
   * Settles once the catalogues of the resolved language are loaded and shown; `undefined`
   * when the shown language is the resolved one. A widget shows its loading state meanwhile.
   */
  loading?: Promise<void>;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watch(this);
    this.refresh();
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** Re-reads the language; requests an update only when it changed. */
  refresh(): void {
    const lang = resolveLang(this.host);
    if (lang === this.wanted) return;
    this.wanted = lang;
    const load = loadLanguage(lang);
    if (!load) {
      this.loading = undefined;
      this.show(lang);
      return;
    }
    const loading: Promise<void> = load.then((ok) => {
      if (this.loading !== loading) return; // overtaken by another change
      this.loading = undefined;
      if (!ok) console.warn(`crm-pulse: the ${lang} texts could not be loaded; showing ru`);
      this.show(ok ? lang : 'ru');
    });
    this.loading = loading;
    this.host.requestUpdate();
  }

  private show(lang: PulseLang): void {
    if (lang !== this.lang) {
      this.lang = lang;
      this.format = new Formatter(lang);
    }
    this.host.requestUpdate();
  }

  /** The message catalogue of the current language. */
  t<K extends string>(messages: Messages<K>): Record<K, string> {
    return messages[this.lang];
  }
}
