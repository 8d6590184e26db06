import { contentKeys } from '../../i18n/lang.js';
import { routineMappingContent } from '../content/mapping.js';
import type { Guidance, GuidanceId } from '../guidance.js';
import { LEGAL } from './screening-part.js';

/** The text is in ../content/<lang>.ts, keyed `guidance.<id>.…`. */
const t = contentKeys(routineMappingContent);

/** The guidance of part 2's steps (children, consent): it comes with part 2. */
export const mappingGuidance = {
  sibling: {
    id: 'sibling',
    step: 'children',
    // At the sibling, under "relation to the patient" in that child's card (issue 27).
    questionId: 'relation',
    perChild: true,
    critical: false,
    severity: 'info',
    title: t('guidance.sibling.title'),
    body: [
      t('guidance.sibling.body.1'),
      t('guidance.sibling.body.2'),
    ],
  },
  bereaved: {
    id: 'bereaved',
    step: 'children',
    critical: false,
    severity: 'info',
    title: t('guidance.bereaved.title'),
    body: [
      t('guidance.bereaved.body.1'),
      t('guidance.bereaved.body.2'),
    ],
    legalRef: LEGAL.hpl10b,
  },
  'consent-refused': {
    id: 'consent-refused',
    step: 'consent',
    // Under the summary question that raised it. Where the consent form replaces that question,
    // the form's own refusal guidance is the one shown (never both).
    questionId: 'consentStatus',
    critical: false,
    severity: 'warning',
    title: t('guidance.consent-refused.title'),
    body: [
      t('guidance.consent-refused.body.1'),
      t('guidance.consent-refused.body.2'),
      t('guidance.consent-refused.body.3'),
      t('guidance.consent-refused.body.4'),
    ],
    askLink: true,
  },
} satisfies Partial<Record<GuidanceId, Guidance>>;
