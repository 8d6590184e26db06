import { defineElement } from '@bsp/ui';
import { BspRolePanel } from './role-panel/role-panel.js';

export * from './index.js';

defineElement('bsp-role-panel', BspRolePanel);

declare global {
  interface HTMLElementTagNameMap {
    'bsp-role-panel': BspRolePanel;
  }
}
