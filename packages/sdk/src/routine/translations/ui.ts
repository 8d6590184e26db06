import type { Message, MessageCatalog } from '../../i18n/messages.js';
import { defineArea } from '../../i18n/registry.js';
import { checklistUiNb, type ChecklistUiMessageKey } from './nb.js';

/** Per language, every checklist word (both tables): one module each, fetched on demand. */
export const checklistLoaders = {
  nn: () => import('./nn.js').then((m) => m.checklistNn),
  en: () => import('./en.js').then((m) => m.checklistEn),
};

/**
 * The part of `checklistMessages` a checklist's first screens use (same area, same per-language
 * text). A module of its own, apart from the whole catalog: rollup places whole modules, so a
 * first load carries this table and the note's, review's and summary's words come with the
 * code that uses them.
 */
export const checklistUiMessages: MessageCatalog<ChecklistUiMessageKey> = /* @__PURE__ */ defineArea<ChecklistUiMessageKey, Message>({
  name: 'checklist',
  nb: checklistUiNb,
  load: checklistLoaders,
});
