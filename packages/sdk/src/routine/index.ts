export * from './procedure.js';
export * from './record.js';
export * from './engine.js';
export * from './overlay.js';
export * from './note.js';
export * from './fhir.js';
export * from './translations/index.js';
