import type { BspErrorDetail } from '@bsp/sdk';

// Re-exported so every package that dispatches the event also exports its detail type.
export type { BspErrorDetail };

/** Invalid configuration or data, or a failed load. The widget shows the same error. */
export class BspErrorEvent extends CustomEvent<BspErrorDetail> {
  constructor(detail: BspErrorDetail) {
    super('bsp-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bsp-error': BspErrorEvent;
  }
}
