import type { Message, MessageCatalog } from '../../i18n/messages.js';
import { defineArea } from '../../i18n/registry.js';
import { consentDecisionsNb } from './decisions-nb.js';
import { consentScreenNb, type ConsentMessageKey, type ConsentScreenMessageKey } from './nb.js';
import { consentNoteNb } from './note-nb.js';
import { consentPaperNb } from './paper-nb.js';
import { consentLoaders } from './screen.js';

export type { ConsentMessageKey, ConsentScreenMessageKey };
export { consentScreenMessages } from './screen.js';
export { consentDecisionMessages, type ConsentDecisionMessageKey } from './decisions.js';
export { consentPaperMessages, type ConsentPaperMessageKey } from './paper.js';
export { consentNoteMessages, type ConsentNoteMessageKey } from './note.js';

/** Consent UI and note text (all four tables): bokmål bundled, other languages fetched when a page asks for them. */
export const consentMessages: MessageCatalog<ConsentMessageKey> = /* @__PURE__ */ defineArea<ConsentMessageKey, Message>({
  name: 'consent',
  nb: { ...consentScreenNb, ...consentDecisionsNb, ...consentPaperNb, ...consentNoteNb },
  load: consentLoaders,
});
