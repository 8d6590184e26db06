import type { Message, MessageCatalog } from '../../i18n/messages.js';
import { defineArea } from '../../i18n/registry.js';
import { consentScreenNb, type ConsentScreenMessageKey } from './nb.js';

/** Per language, every consent word (all four tables): one module each, fetched on demand. */
export const consentLoaders = {
  nn: () => import('./nn.js').then((m) => m.consentNn),
  en: () => import('./en.js').then((m) => m.consentEn),
};

/**
 * The part of `consentMessages` the consent form's first screen uses (same area, same
 * per-language text). A module of its own, apart from the whole catalog: a first load carries
 * this table, and the decisions', paper's and note's words come with the code that uses them.
 */
export const consentScreenMessages: MessageCatalog<ConsentScreenMessageKey> = /* @__PURE__ */ defineArea<ConsentScreenMessageKey, Message>({
  name: 'consent',
  nb: consentScreenNb,
  load: consentLoaders,
});
