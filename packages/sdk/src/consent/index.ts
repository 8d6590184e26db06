export * from './consent.js';
export * from './consent-schema.js';
export * from './consent-note.js';
export * from './consent-fhir.js';
export * from './translations/index.js';
export * from './decision-draft.js';
