/**
 * Helpers shared by the tests of modules loaded on demand (validators, error wording): what a
 * widget dispatched and what it showed, its first render included.
 */
import type { BspErrorDetail } from '@bsp/sdk';

/** Every `bsp-error` detail dispatched at or below `target` from now on. */
export function errorsOf(target: EventTarget): BspErrorDetail[] {
  const details: BspErrorDetail[] = [];
  target.addEventListener('bsp-error', (e) => details.push((e as CustomEvent<BspErrorDetail>).detail));
  return details;
}

/**
 * Every text the element's shadow root showed from now on, its first render included: call it
 * right after attaching (the shadow root exists, the first update has not run yet).
 */
export function recordShown(el: HTMLElement): () => string {
  let seen = '';
  const observer = new MutationObserver(() => (seen += `|${el.shadowRoot!.textContent}`));
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    return `${seen}|${el.shadowRoot!.textContent}`;
  };
}

/**
 * A test-only seam on a `LazyModule`: its importer is private; replacing it (and forgetting what
 * was loaded) lets a test delay, count or fail the load as a slow network or a removed chunk would.
 */
export function lazySeam(lazy: object) {
  const seam = lazy as { importer: () => Promise<unknown>; module?: unknown; failure?: unknown };
  const real = seam.importer;
  return {
    /** The module's own importer. */
    real,
    get module(): unknown {
      return seam.module;
    },
    get failure(): unknown {
      return seam.failure;
    },
    /** Unloaded again, loading through `importer` (the real one when left out) from now on. */
    unload(importer: () => Promise<unknown> = real): void {
      seam.module = undefined;
      seam.failure = undefined;
      seam.importer = importer;
    },
    /** Loads through `importer` from now on, keeping what is loaded (a retry after a failure). */
    set importer(importer: () => Promise<unknown>) {
      seam.importer = importer;
    },
  };
}

/** What `import()` of a chunk that is gone (offline, a newer deploy) does. */
export const failingImport = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

/** The text of a widget's load warning (`renderLoadWarning`), if it shows one. */
export const loadWarningOf = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="load-warning"]')?.textContent?.replace(/\s+/g, ' ').trim();
