import { defineElement } from '@bsp/ui';
import { BspChildChecklist } from './child-checklist/child-checklist.js';

export * from './index.js';

defineElement('bsp-child-checklist', BspChildChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'bsp-child-checklist': BspChildChecklist;
  }
}
