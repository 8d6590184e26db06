import { defineElement } from '@bsp/ui';
import { BspSupportFinder } from './support-finder/support-finder.js';

export * from './index.js';

defineElement('bsp-support-finder', BspSupportFinder);

declare global {
  interface HTMLElementTagNameMap {
    'bsp-support-finder': BspSupportFinder;
  }
}
