import { BspProvider } from './provider/provider.js';
import { defineElement } from './utils/define-element.js';

export * from './index.js';

defineElement('bsp-provider', BspProvider);

declare global {
  interface HTMLElementTagNameMap {
    'bsp-provider': BspProvider;
  }
}
