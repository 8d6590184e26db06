import type { MessageCatalog } from '../../i18n/messages.js';
import { defineArea } from '../../i18n/registry.js';
import { checklistUiNb, type ChecklistMessageKey, type ChecklistUiMessageKey } from './nb.js';
import { checklistNoteNb } from './note-nb.js';
import { checklistLoaders } from './ui.js';

export type { ChecklistMessageKey, ChecklistUiMessageKey };
export { checklistUiMessages } from './ui.js';

/** Checklist UI and note text: bokmål bundled, other languages fetched when a page asks for them. */
export const checklistMessages: MessageCatalog<ChecklistMessageKey> = /* @__PURE__ */ defineArea({
  name: 'checklist',
  nb: { ...checklistUiNb, ...checklistNoteNb },
  load: checklistLoaders,
});
