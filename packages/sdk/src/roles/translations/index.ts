import type { MessageCatalog } from '../../i18n/messages.js';
import { defineArea } from '../../i18n/registry.js';
import { rolePanelNb, type RolePanelMessageKey } from './nb.js';

export type { RolePanelMessageKey };
/** Role panel UI text: bokmål bundled, other languages fetched when a page asks for them. */
export const rolePanelMessages: MessageCatalog<RolePanelMessageKey> = /* @__PURE__ */ defineArea({
  name: 'role-panel',
  nb: rolePanelNb,
  load: {
    nn: () => import('./nn.js').then((m) => m.rolePanelNn),
    en: () => import('./en.js').then((m) => m.rolePanelEn),
  },
});
