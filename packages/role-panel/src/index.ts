export { BspRolePanel, type RolePanelView } from './role-panel/role-panel.js';
