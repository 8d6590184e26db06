import type { MessageCatalog } from '../../i18n/messages.js';
import { defineArea } from '../../i18n/registry.js';
import { checklistNb, type ChecklistMessageKey } from './nb.js';

export type { ChecklistMessageKey };
/** Checklist UI and note text: bokmål bundled, other languages fetched when a page asks for them. */
export const checklistMessages: MessageCatalog<ChecklistMessageKey> = /* @__PURE__ */ defineArea({
  name: 'checklist',
  nb: checklistNb,
  load: {
    nn: () => import('./nn.js').then((m) => m.checklistNn),
    en: () => import('./en.js').then((m) => m.checklistEn),
  },
});
