import { checklistUiMessages, defineArea, type ChecklistMessageKey, type ChecklistUiMessageKey, type Message, type MessageCatalog } from '@bsp/sdk';
import { checklistUiNb } from './nb.js';
import type { checklistSummaryNb } from './summary-nb.js';

export type ChecklistUiKey = keyof typeof checklistUiNb | keyof typeof checklistSummaryNb;
/** Every key a host may override on the checklist: the SDK's and the widget's. */
export type ChecklistWidgetKey = ChecklistMessageKey | ChecklistUiKey;
/** The keys the checklist's first screens use (the summary's words load with its code). */
export type ChecklistFirstScreenKey = ChecklistUiMessageKey | keyof typeof checklistUiNb;

/** Per language, the widget's own text (every key, the summary's too): one chunk each. */
export const checklistUiLoaders = {
  nn: () => import('./nn.js').then((m) => m.checklistUiNn),
  en: () => import('./en.js').then((m) => m.checklistUiEn),
};

/**
 * The SDK's checklist words for the first screens plus the widget's own; hosts override both by
 * key. Same area name as the SDK's ("checklist"): a language load fills one table with both, and
 * a registered language gives text for both under that name. Bokmål bundled, nn/en on demand.
 */
export const checklistWidgetMessages: MessageCatalog<ChecklistFirstScreenKey> = /* @__PURE__ */ defineArea<ChecklistFirstScreenKey, Message>({
  name: checklistUiMessages.name,
  nb: { ...checklistUiMessages.nb, ...checklistUiNb },
  load: checklistUiLoaders,
});
