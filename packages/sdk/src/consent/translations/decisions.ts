import type { Message, MessageCatalog } from '../../i18n/messages.js';
import { defineArea } from '../../i18n/registry.js';
import { consentDecisionsNb } from './decisions-nb.js';
import { consentLoaders } from './screen.js';

export type ConsentDecisionMessageKey = keyof typeof consentDecisionsNb;

/** The consent words shown once decisions exist (withdrawal, history entries, refusal guidance): imported only by the code that uses them (same area and loaders as the first screen's). */
export const consentDecisionMessages: MessageCatalog<ConsentDecisionMessageKey> = /* @__PURE__ */ defineArea<ConsentDecisionMessageKey, Message>({
  name: 'consent',
  nb: consentDecisionsNb,
  load: consentLoaders,
});
