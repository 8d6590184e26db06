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
      // Delprosedyre 2 kartlegging; pårørendeveilederen: search the journal and epikriser, and
      // kjernejournal or Folkeregisteret when the patient cannot be asked.
      t('guidance.cannot-clarify.body.2'),
      t('guidance.cannot-clarify.body.4'),
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
      // 002 §4.3.1; delprosedyre 3 tiltak: others' care, barnevernvakt or police (112) in doubt,
      // valid consent when notifying carers; what was done is written (the review asks for it).
      t('guidance.acute.body.1'),
      t('guidance.acute.body.2'),
      t('guidance.acute.body.3'),
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
  prison: {
    // Children of prisoners (004 l.121; 002 l.1491-1494): the prison's child-responsible staff
    // and visits; national catalog entries come from ../shared/support-catalog only.
    id: 'prison',
    step: 'screening',
    questionId: 'triggers',
    critical: false,
    severity: 'info',
    title: t('guidance.prison.title'),
    // Support catalog BP1 (FFP) and BP2 (Kriminalomsorgen's barneansvarlig, child-friendly visits).
    body: [t('guidance.prison.body.1'), t('guidance.prison.body.2'), t('guidance.prison.body.3')],
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
      // Tolkeloven § 4 bars children as interpreters; § 6 is public bodies' duty to use a
      // qualified one (IMDi's guide to the Act; 002 l.2404 names the Act).
      t('guidance.interpreter.body.1'),
      t('guidance.interpreter.body.2'),
    ],
    legalRef: LEGAL.interpreter,
  },
} satisfies Partial<Record<GuidanceId, Guidance>>;
