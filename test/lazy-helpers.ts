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
