import type { Message, MessageCatalog } from '../../i18n/messages.js';
import { defineArea } from '../../i18n/registry.js';
import { consentNoteNb } from './note-nb.js';
import { consentLoaders } from './screen.js';

export type ConsentNoteMessageKey = keyof typeof consentNoteNb;

/** The consent words of the journal note: imported only by the code that uses them (same area and loaders as the first screen's). */
export const consentNoteMessages: MessageCatalog<ConsentNoteMessageKey> = /* @__PURE__ */ defineArea<ConsentNoteMessageKey, Message>({
  name: 'consent',
  nb: consentNoteNb,
  load: consentLoaders,
});
