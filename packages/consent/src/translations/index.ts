import { consentMessages, type ConsentMessageKey, type MessageCatalog } from '@bsp/sdk';
import { consentUiNb } from './nb.js';
import { consentUiNn } from './nn.js';
import { consentUiEn } from './en.js';

export type ConsentUiKey = keyof typeof consentUiNb;
export type ConsentWidgetKey = ConsentMessageKey | ConsentUiKey;

/** The SDK's consent catalog plus the widget's own UI text; hosts override both by key. */
export const consentWidgetMessages: MessageCatalog<ConsentWidgetKey> = {
  nb: { ...consentMessages.nb, ...consentUiNb },
  nn: { ...consentMessages.nn, ...consentUiNn },
  en: { ...consentMessages.en, ...consentUiEn },
};
