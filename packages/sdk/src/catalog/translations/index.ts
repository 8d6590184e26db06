import type { MessageCatalog } from '../../i18n/messages.js';
import { finderNb, type FinderMessageKey } from './nb.js';
import { finderNn } from './nn.js';
import { finderEn } from './en.js';

export type { FinderMessageKey };
export const finderMessages: MessageCatalog<FinderMessageKey> = { nb: finderNb, nn: finderNn, en: finderEn };
