import type { MessageCatalog } from '../../i18n/messages.js';
import { defineArea } from '../../i18n/registry.js';
import { finderNb, type FinderMessageKey } from './nb.js';

export type { FinderMessageKey };
/** Finder UI text: bokmål bundled, other languages fetched when a page asks for them. */
export const finderMessages: MessageCatalog<FinderMessageKey> = /* @__PURE__ */ defineArea({
  name: 'finder',
  nb: finderNb,
  load: {
    nn: () => import('./nn.js').then((m) => m.finderNn),
    en: () => import('./en.js').then((m) => m.finderEn),
  },
});
