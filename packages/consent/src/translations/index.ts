import { consentMessages, defineArea, type ConsentMessageKey, type MessageCatalog } from '@bsp/sdk';
import { consentUiNb } from './nb.js';

export type ConsentUiKey = keyof typeof consentUiNb;
export type ConsentWidgetKey = ConsentMessageKey | ConsentUiKey;

/**
 * The SDK's consent catalog plus the widget's own UI text; hosts override both by key. Same
 * area name as the SDK's ("consent"): a language load fills one table with both, and a
 * registered language gives text for both under that name. Bokmål bundled, nn/en on demand.
 */
export const consentWidgetMessages: MessageCatalog<ConsentWidgetKey> = /* @__PURE__ */ defineArea({
  name: consentMessages.name,
  nb: { ...consentMessages.nb, ...consentUiNb },
  load: {
    nn: () => import('./nn.js').then((m) => m.consentUiNn),
    en: () => import('./en.js').then((m) => m.consentUiEn),
  },
});
