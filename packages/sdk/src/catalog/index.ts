export * from './schema.js';
export * from './labels.js';
export * from './national.js';
export * from './search.js';
export * from './import.js';
export * from './csv.js';
export * from './translations/index.js';
export * from './text-encoding.js';
