import { contentKeys } from '../../i18n/lang.js';
import { routineScreeningContent } from '../content/screening.js';
import type { Guidance, GuidanceId } from '../guidance.js';
import { LEGAL } from './screening-part.js';

/** The text is in ../content/<lang>.ts, keyed `guidance.<id>.…`. */
const t = contentKeys(routineScreeningContent);

/** The guidance part 1's answers call for (002 recommendation 3; DOMAIN §7): there from the first screen. */
export const screeningGuidance = {
  'rare-case': {
    id: 'rare-case',
    step: 'screening',
    critical: false,
    severity: 'info',
    title: t('guidance.rare-case.title'),
    body: [
      t('guidance.rare-case.body.1'),
      t('guidance.rare-case.body.2'),
    ],
    askLink: true,
  },
  'fear-of-report': {
    id: 'fear-of-report',
    step: 'screening',
    critical: false,
    severity: 'info',
    title: t('guidance.fear-of-report.title'),
    body: [
      t('guidance.fear-of-report.body.1'),
      t('guidance.fear-of-report.body.2'),
    ],
  },
  'cannot-clarify': {
    id: 'cannot-clarify',
    step: 'screening',
    questionId: 'hasChildren',
    critical: false,
    severity: 'warning',
    title: t('guidance.cannot-clarify.title'),
    body: [
      t('guidance.cannot-clarify.body.1'),
      t('guidance.cannot-clarify.body.2'),
      t('guidance.cannot-clarify.body.3'),
    ],
    askLink: true,
  },
  acute: {
    id: 'acute',
    step: 'screening',
    questionId: 'childWithoutCareNow',
    critical: true,
    severity: 'danger',
    title: t('guidance.acute.title'),
    body: [
      t('guidance.acute.body.1'),
      t('guidance.acute.body.2'),
    ],
  },
  'duty-to-report': {
    id: 'duty-to-report',
    step: 'screening',
    questionId: 'neglectConcern',
    critical: true,
    severity: 'danger',
    title: t('guidance.duty-to-report.title'),
    body: [
      t('guidance.duty-to-report.body.1'),
      t('guidance.duty-to-report.body.2'),
    ],
    legalRef: LEGAL.dutyToReport,
    askLink: true,
  },
  interpreter: {
    id: 'interpreter',
    step: 'screening',
    questionId: 'interpreter',
    critical: false,
    severity: 'info',
    title: t('guidance.interpreter.title'),
    body: [
      // The Interpreter Act § 6 bars children as interpreters (002 l.2404 names the Act).
      t('guidance.interpreter.body.1'),
      t('guidance.interpreter.body.2'),
    ],
    legalRef: LEGAL.interpreter,
  },
} satisfies Partial<Record<GuidanceId, Guidance>>;
