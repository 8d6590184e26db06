import { BspProvider } from './provider.js';
import { defineElement } from '../utils/define-element.js';

// Imported by `@bsp/ui/define` (eagerly) and by a widget that finds an undefined
// `<bsp-provider>` above it (on demand, provider-on-demand.ts).
defineElement('bsp-provider', BspProvider);
