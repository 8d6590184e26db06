import type { MessageCatalog } from '../../i18n/messages.js';
import { defineArea } from '../../i18n/registry.js';
import { consentNb, type ConsentMessageKey } from './nb.js';

export type { ConsentMessageKey };
/** Consent UI and note text: bokmål bundled, other languages fetched when a page asks for them. */
export const consentMessages: MessageCatalog<ConsentMessageKey> = /* @__PURE__ */ defineArea({
  name: 'consent',
  nb: consentNb,
  load: {
    nn: () => import('./nn.js').then((m) => m.consentNn),
    en: () => import('./en.js').then((m) => m.consentEn),
  },
});
