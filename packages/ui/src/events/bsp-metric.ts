import type { BspMetric } from '@bsp/sdk';

// Re-exported so every package that dispatches the event also exports its detail type.
export type { BspMetric };

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
