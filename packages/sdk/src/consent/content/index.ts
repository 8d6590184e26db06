import { defineArea } from '../../i18n/registry.js';
import { consentLabelsNb, type ConsentContentKey } from './nb.js';

export type { ConsentContent, ConsentContentKey } from './nb.js';

/** Consent recipients and kinds of information: bokmål bundled, others on demand. */
export const consentContent = /* @__PURE__ */ defineArea<ConsentContentKey, string>({
  name: 'consent-labels',
  nb: consentLabelsNb,
  load: {
    nn: () => import('./nn.js').then((m) => m.consentLabelsNn),
    en: () => import('./en.js').then((m) => m.consentLabelsEn),
  },
});
