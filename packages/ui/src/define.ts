import './provider/define-provider.js';

export * from './index.js';
