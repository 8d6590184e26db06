export { BspRolePanel, type RolePanelView } from './role-panel/role-panel.js';
export type { BspErrorDetail, BspMetric } from '@bsp/ui';
