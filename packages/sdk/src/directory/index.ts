export * from './directory.js';
export * from './directory-schema.js';
