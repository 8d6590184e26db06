import { consentUiMessages, defineArea, type ConsentMessageKey, type ConsentUiMessageKey, type Message, type MessageCatalog } from '@bsp/sdk';
import { consentUiNb } from './nb.js';

export type ConsentUiKey = keyof typeof consentUiNb;
/** Every key a host may override on the consent form: the SDK's and the widget's. */
export type ConsentWidgetKey = ConsentMessageKey | ConsentUiKey;
/** The keys the form's screen uses (the paper form's words load with its code). */
export type ConsentFirstScreenKey = ConsentUiMessageKey | ConsentUiKey;

/** Per language, the widget's own text: one chunk each. */
export const consentUiLoaders = {
  nn: () => import('./nn.js').then((m) => m.consentUiNn),
  en: () => import('./en.js').then((m) => m.consentUiEn),
};

/**
 * The SDK's consent words for the form's screen plus the widget's own UI text; hosts override
 * both by key. Same area name as the SDK's ("consent"): a language load fills one table with
 * both, and a registered language gives text for both under that name. Bokmål bundled, nn/en on
 * demand.
 */
export const consentWidgetMessages: MessageCatalog<ConsentFirstScreenKey> = /* @__PURE__ */ defineArea<ConsentFirstScreenKey, Message>({
  name: consentUiMessages.name,
  nb: { ...consentUiMessages.nb, ...consentUiNb },
  load: consentUiLoaders,
});
