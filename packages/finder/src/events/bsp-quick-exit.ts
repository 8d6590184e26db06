export interface QuickExitDetail {
  /** Where the page is about to go (replacing the current history entry). */
  url: string;
}

/**
 * The youth view's quick exit was used (button or Escape twice). Cancelable: a host that calls
 * `preventDefault()` handles the exit itself; otherwise the finder calls `location.replace(url)`.
 */
export class BspQuickExitEvent extends CustomEvent<QuickExitDetail> {
  constructor(detail: QuickExitDetail) {
    super('bsp-quick-exit', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bsp-quick-exit': BspQuickExitEvent;
  }
}
