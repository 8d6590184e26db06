import { checklistMessages, type ChecklistMessageKey, type MessageCatalog } from '@bsp/sdk';
import { checklistUiNb } from './nb.js';
import { checklistUiNn } from './nn.js';
import { checklistUiEn } from './en.js';

export type ChecklistUiKey = keyof typeof checklistUiNb;
export type ChecklistWidgetKey = ChecklistMessageKey | ChecklistUiKey;

/** The SDK's checklist catalog plus the widget's own UI text; hosts override both by key. */
export const checklistWidgetMessages: MessageCatalog<ChecklistWidgetKey> = {
  nb: { ...checklistMessages.nb, ...checklistUiNb },
  nn: { ...checklistMessages.nn, ...checklistUiNn },
  en: { ...checklistMessages.en, ...checklistUiEn },
};
