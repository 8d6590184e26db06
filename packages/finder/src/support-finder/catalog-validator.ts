// Imported on demand (support-finder.ts, `catalogValidator`): zod, the service schema and the
// CSV reader stay out of the finder's first load, as most pages show the national catalog only.
export { findingsDetail, importCatalogCsv, importCatalogInSteps } from '@bsp/sdk';
