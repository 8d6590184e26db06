import type { MessageCatalog } from '../../i18n/messages.js';
import { consentNb, type ConsentMessageKey } from './nb.js';
import { consentNn } from './nn.js';
import { consentEn } from './en.js';

export type { ConsentMessageKey };
export const consentMessages: MessageCatalog<ConsentMessageKey> = { nb: consentNb, nn: consentNn, en: consentEn };
