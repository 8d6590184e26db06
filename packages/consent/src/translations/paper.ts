import { consentMessages, defineArea, type Message, type MessageCatalog } from '@bsp/sdk';
import { consentUiNb } from './nb.js';
import { consentUiLoaders, type ConsentWidgetKey } from './index.js';

/**
 * Every consent word (the SDK's paper form and note words too): imported only by the paper
 * form's code, so a first load carries none of the paper's words. Same area ("consent") and
 * overrides as the screen's catalog.
 */
export const consentPaperMessages: MessageCatalog<ConsentWidgetKey> = /* @__PURE__ */ defineArea<ConsentWidgetKey, Message>({
  name: consentMessages.name,
  nb: { ...consentMessages.nb, ...consentUiNb },
  load: consentUiLoaders,
});
