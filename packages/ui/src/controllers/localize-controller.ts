import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LANG, isLanguageLoaded, loadLanguage, toLang, type Lang } from '@bsp/sdk';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Every connected controller, told when any `lang` attribute in the document changes. One
 * MutationObserver for the whole page (not one per widget), created on first use in a browser
 * only, so server-side rendering never touches `document`.
 */
const listeners = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

function observeDocumentLang(controller: LocalizeController): void {
  listeners.add(controller);
  if (observer || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  observer = new MutationObserver(() => listeners.forEach((l) => l.languageMayHaveChanged()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unobserveDocumentLang(controller: LocalizeController): void {
  listeners.delete(controller);
  if (!listeners.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** The nearest `lang` above an element, crossing shadow roots (a widget inside another's shadow). */
function inheritedLang(element: Element): string | null {
  let current: Element | null = element;
  while (current) {
    const found = current.parentElement?.closest('[lang]');
    if (found) return found.getAttribute('lang');
    const root = current.getRootNode();
    current = 'host' in root ? (root as ShadowRoot).host : null;
    if (current?.hasAttribute('lang')) return current.getAttribute('lang');
  }
  return null;
}

/**
 * The language of a widget: its own `lang`, then the provider's, then the nearest `lang` in the
 * page (across shadow roots), then `<html lang>`, then bokmål. Reacts to changes of any of them
 * and loads a language's text before the widget shows it, so the widget never flashes the
 * wrong language: until the text is there, `lang` stays the language last shown.
 */
export class LocalizeController implements ReactiveController {
  private shown: Lang | undefined;
  private pendingLoad: Promise<void> | undefined;

  constructor(
    private readonly host: Host,
    private readonly providedLang: () => Lang | undefined,
  ) {
    host.addController(this);
  }

  /** The language asked for, whether or not its text has arrived. */
  get requested(): Lang {
    const host = this.host;
    const own = host.getAttribute?.('lang');
    if (own) return toLang(own);
    const provided = this.providedLang();
    if (provided) return provided;
    if (typeof document === 'undefined') return DEFAULT_LANG;
    return toLang(inheritedLang(host) ?? document.documentElement.lang, DEFAULT_LANG);
  }

  /** The language to render in: the requested one once its text is there. */
  get lang(): Lang {
    const requested = this.requested;
    if (isLanguageLoaded(requested)) this.shown = requested;
    else this.load(requested);
    return this.shown ?? DEFAULT_LANG;
  }

  /**
   * A promise while the requested language's text is on its way, else undefined. The host waits
   * for it before its first render.
   */
  ready(): Promise<void> | undefined {
    const requested = this.requested;
    if (isLanguageLoaded(requested)) return undefined;
    return this.load(requested);
  }

  private load(lang: Lang): Promise<void> | undefined {
    const pending = loadLanguage(lang);
    if (pending && pending !== this.pendingLoad) {
      this.pendingLoad = pending;
      void pending.then(() => this.host.requestUpdate());
    }
    return pending;
  }

  /** Called by the shared observer: a re-render picks up the new language if it changed. */
  languageMayHaveChanged(): void {
    if (this.requested !== this.shown) this.host.requestUpdate();
  }

  hostConnected(): void {
    observeDocumentLang(this);
  }

  hostDisconnected(): void {
    unobserveDocumentLang(this);
  }
}
