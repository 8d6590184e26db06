import { consentScreenMessages, defineArea, type ConsentScreenMessageKey, type Message, type MessageCatalog } from '@bsp/sdk';
import type { consentUiDecisionsNb } from './decisions-nb.js';
import { consentUiNb } from './nb.js';
import type { consentUiPaperNb } from './paper-nb.js';

export type ConsentUiKey = keyof typeof consentUiNb | keyof typeof consentUiDecisionsNb | keyof typeof consentUiPaperNb;
/** The keys the form's first screen uses (what shows once decisions exist, and the paper, bring theirs). */
export type ConsentFirstScreenKey = ConsentScreenMessageKey | keyof typeof consentUiNb;

/** Per language, the widget's own text (every key): one chunk each. */
export const consentUiLoaders = {
  nn: () => import('./nn.js').then((m) => m.consentUiNn),
  en: () => import('./en.js').then((m) => m.consentUiEn),
};

/**
 * The SDK's consent words for the first screen plus the widget's own; hosts override both by
 * key. Same area name as the SDK's ("consent"): a language load fills one table with both, and
 * a registered language gives text for both under that name. Bokmål bundled, nn/en on demand.
 */
export const consentWidgetMessages: MessageCatalog<ConsentFirstScreenKey> = /* @__PURE__ */ defineArea<ConsentFirstScreenKey, Message>({
  name: consentScreenMessages.name,
  nb: { ...consentScreenMessages.nb, ...consentUiNb },
  load: consentUiLoaders,
});
