import type { MessageCatalog } from '../../i18n/messages.js';
import { rolePanelNb, type RolePanelMessageKey } from './nb.js';
import { rolePanelNn } from './nn.js';
import { rolePanelEn } from './en.js';

export type { RolePanelMessageKey };
export const rolePanelMessages: MessageCatalog<RolePanelMessageKey> = {
  nb: rolePanelNb,
  nn: rolePanelNn,
  en: rolePanelEn,
};
