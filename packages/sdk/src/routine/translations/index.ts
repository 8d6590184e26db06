import type { MessageCatalog } from '../../i18n/messages.js';
import { checklistNb, type ChecklistMessageKey } from './nb.js';
import { checklistNn } from './nn.js';
import { checklistEn } from './en.js';

export type { ChecklistMessageKey };
export const checklistMessages: MessageCatalog<ChecklistMessageKey> = { nb: checklistNb, nn: checklistNn, en: checklistEn };
