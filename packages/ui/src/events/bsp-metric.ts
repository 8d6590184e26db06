import type { BspMetric } from '@bsp/sdk';

/** An anonymous usage count (never an answer's content). */
export class BspMetricEvent extends CustomEvent<BspMetric> {
  constructor(detail: BspMetric) {
    super('bsp-metric', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bsp-metric': BspMetricEvent;
  }
}
