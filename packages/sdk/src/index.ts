/**
 * The logic of "Barn som pårørende" without a DOM: schemas and types, the routine and its
 * journal note, consent, the support catalog, message catalogs and the FHIR R4 mapping.
 * Usable in a browser, on a server or in a journal system's back end.
 *
 * @packageDocumentation
 * @module @bsp/sdk
 */
export * from './i18n/lang.js';
export * from './i18n/registry.js';
export * from './i18n/messages.js';
export * from './errors/bsp-error.js';
export * from './errors/parse.js';
export * from './errors/parse-with.js';
export * from './errors/suggest-key.js';
export * from './errors/unknown-keys.js';
export * from './errors/findings.js';
export * from './storage/storage-adapter.js';
export * from './metrics.js';
// Areas (each owns its folder and index):
export * from './roles/index.js';
export * from './directory/index.js';
export * from './shared/safe-href.js';
export * from './routine/index.js';
export * from './consent/index.js';
export * from './catalog/index.js';
export * from './config/index.js';
export * from './fhir/index.js';
export * from './storage/draft-store.js';
