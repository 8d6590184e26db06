import { consentDecisionMessages, consentPaperMessages, defineArea, type Message, type MessageCatalog } from '@bsp/sdk';
import { consentUiDecisionsNb } from './decisions-nb.js';
import { consentUiPaperNb } from './paper-nb.js';
import { consentUiLoaders, consentWidgetMessages, type ConsentFirstScreenKey } from './index.js';

export type ConsentLaterKey = ConsentFirstScreenKey | keyof typeof consentDecisionMessages.nb | keyof typeof consentUiDecisionsNb | keyof typeof consentPaperMessages.nb | keyof typeof consentUiPaperNb;

/**
 * The words of what shows once decisions exist and of the paper form (with the first screen's,
 * which both repeat): imported only by their code, one chunk fetched when the page is idle. The
 * journal note's words stay out (they go with the FHIR output's chunk). Same area and overrides
 * as the first screen's catalog.
 */
export const consentLaterMessages: MessageCatalog<ConsentLaterKey> = /* @__PURE__ */ defineArea<ConsentLaterKey, Message>({
  name: consentWidgetMessages.name,
  nb: { ...consentWidgetMessages.nb, ...consentDecisionMessages.nb, ...consentUiDecisionsNb, ...consentPaperMessages.nb, ...consentUiPaperNb },
  load: consentUiLoaders,
});
