// Imported on demand (role-panel.ts, `directoryValidator`): zod and the directory's schema, needed
// only when a host hands the panel a directory; most pages show the roles without one.
export { findingsDetail, parseDirectory } from '@bsp/sdk';
