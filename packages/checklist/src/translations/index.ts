import { checklistMessages, defineArea, type ChecklistMessageKey, type MessageCatalog } from '@bsp/sdk';
import { checklistUiNb } from './nb.js';

export type ChecklistUiKey = keyof typeof checklistUiNb;
export type ChecklistWidgetKey = ChecklistMessageKey | ChecklistUiKey;

/**
 * The SDK's checklist catalog plus the widget's own UI text; hosts override both by key. Same
 * area name as the SDK's ("checklist"): a language load fills one table with both, and a
 * registered language gives text for both under that name. Bokmål bundled, nn/en on demand.
 */
export const checklistWidgetMessages: MessageCatalog<ChecklistWidgetKey> = /* @__PURE__ */ defineArea({
  name: checklistMessages.name,
  nb: { ...checklistMessages.nb, ...checklistUiNb },
  load: {
    nn: () => import('./nn.js').then((m) => m.checklistUiNn),
    en: () => import('./en.js').then((m) => m.checklistUiEn),
  },
});
