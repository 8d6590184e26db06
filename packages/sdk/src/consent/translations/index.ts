import type { MessageCatalog } from '../../i18n/messages.js';
import { defineArea } from '../../i18n/registry.js';
import { consentFormNb, type ConsentMessageKey, type ConsentUiMessageKey } from './nb.js';
import { consentPaperNoteNb } from './paper-note-nb.js';
import { consentLoaders } from './ui.js';

export type { ConsentMessageKey, ConsentUiMessageKey };
export { consentUiMessages } from './ui.js';

/** Consent UI and note text: bokmål bundled, other languages fetched when a page asks for them. */
export const consentMessages: MessageCatalog<ConsentMessageKey> = /* @__PURE__ */ defineArea({
  name: 'consent',
  nb: { ...consentFormNb, ...consentPaperNoteNb },
  load: consentLoaders,
});
