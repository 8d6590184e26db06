import type { Message, MessageCatalog } from '../../i18n/messages.js';
import { defineArea } from '../../i18n/registry.js';
import { consentFormNb, type ConsentUiMessageKey } from './nb.js';

/** Per language, every consent word (both tables): one module each, fetched on demand. */
export const consentLoaders = {
  nn: () => import('./nn.js').then((m) => m.consentNn),
  en: () => import('./en.js').then((m) => m.consentEn),
};

/**
 * The part of `consentMessages` the consent form's screen uses (same area, same per-language
 * text). A module of its own, apart from the whole catalog: rollup places whole modules, so a
 * first load carries this table and the paper form's and the note's words come with the code
 * that uses them.
 */
export const consentUiMessages: MessageCatalog<ConsentUiMessageKey> = /* @__PURE__ */ defineArea<ConsentUiMessageKey, Message>({
  name: 'consent',
  nb: consentFormNb,
  load: consentLoaders,
});
