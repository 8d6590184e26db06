// Imported on demand (role-panel.ts, `directoryValidator`): zod and the directory's schema stay
// out of the panel's first load, as most pages show the roles without a directory. The unit
// search and "who do I ask?" come with it: they only ever run on a directory it has checked.
export { findingsDetail, findUnits, parseDirectory, prepareUnitSearch, whoToAsk } from '@bsp/sdk';
