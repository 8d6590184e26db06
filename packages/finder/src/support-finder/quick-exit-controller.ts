import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeHref } from '@bsp/sdk';
import { BspQuickExitEvent } from '../events/bsp-quick-exit.js';

/** Two Escape presses this close together leave the youth view (as Norwegian helpline sites do). */
export const ESCAPE_TWICE_MS = 1500;
const FALLBACK_URL = 'https://www.google.com/';

/**
 * The youth view's quick exit: the button's action and Escape pressed twice, replacing this page
 * in the history (Back does not return here) unless the host cancels `bsp-quick-exit`. An Escape
 * that clears a search field is that field's, not half an exit: clearing the search and pressing
 * Escape once more must not leave the page (issue 29).
 */
export class QuickExitController implements ReactiveController {
  private lastEscape = -Infinity;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Whether the quick exit is offered now (the youth view). */
    private readonly enabled: () => boolean,
    /** Where to go (checked by the host: http(s) only). */
    private readonly url: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeydown);
  }

  exit(): void {
    const url = safeHref(this.url()) ?? FALLBACK_URL;
    if (this.host.dispatchEvent(new BspQuickExitEvent({ url }))) location.replace(url);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (!this.enabled() || event.key !== 'Escape') return;
    if (clearsSearch(event)) {
      this.lastEscape = -Infinity;
      return;
    }
    const now = performance.now();
    if (now - this.lastEscape <= ESCAPE_TWICE_MS) {
      this.lastEscape = -Infinity;
      this.exit();
    } else {
      this.lastEscape = now;
    }
  };
}

/** The key goes to a search field with text in it (which Escape empties). */
function clearsSearch(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  return target instanceof HTMLInputElement && target.type === 'search' && target.value !== '';
}
