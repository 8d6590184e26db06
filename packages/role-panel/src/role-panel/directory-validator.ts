// Imported on demand (role-panel.ts, `directoryValidator`): zod and the directory's schema stay
// out of the panel's first load, as most pages show the roles without a directory.
export { parseDirectory } from '@bsp/sdk';
