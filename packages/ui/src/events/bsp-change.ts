import type { BspMetric } from '@bsp/sdk';

export interface BspChangeDetail<R = unknown> {
  widget: BspMetric['widget'];
  /** The whole, validated record after the change. */
  record: R;
}

/** A widget's record changed (checklist answers, consent entries). */
export class BspChangeEvent<R = unknown> extends CustomEvent<BspChangeDetail<R>> {
  constructor(detail: BspChangeDetail<R>) {
    super('bsp-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bsp-change': BspChangeEvent;
  }
}
