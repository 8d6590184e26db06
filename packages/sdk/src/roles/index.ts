export * from './roles.js';
export * from './translations/index.js';
