import type { Message, MessageCatalog } from '../../i18n/messages.js';
import { defineArea } from '../../i18n/registry.js';
import { consentPaperNb } from './paper-nb.js';
import { consentLoaders } from './screen.js';

export type ConsentPaperMessageKey = keyof typeof consentPaperNb;

/** The consent words of the printed paper form: imported only by the code that uses them (same area and loaders as the first screen's). */
export const consentPaperMessages: MessageCatalog<ConsentPaperMessageKey> = /* @__PURE__ */ defineArea<ConsentPaperMessageKey, Message>({
  name: 'consent',
  nb: consentPaperNb,
  load: consentLoaders,
});
