import { checklistMessages, defineArea, type Message, type MessageCatalog } from '@bsp/sdk';
import { checklistUiNb } from './nb.js';
import { checklistSummaryNb } from './summary-nb.js';
import { checklistUiLoaders, type ChecklistWidgetKey } from './index.js';

/**
 * Every checklist word (the SDK's note and review words, the widget's summary words): imported
 * only by the summary's code, so a first load carries none of it. Same area ("checklist") and
 * overrides as the first screens' catalog.
 */
export const checklistSummaryMessages: MessageCatalog<ChecklistWidgetKey> = /* @__PURE__ */ defineArea<ChecklistWidgetKey, Message>({
  name: checklistMessages.name,
  nb: { ...checklistMessages.nb, ...checklistUiNb, ...checklistSummaryNb },
  load: checklistUiLoaders,
});
