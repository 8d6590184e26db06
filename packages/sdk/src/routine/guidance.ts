import { contentKeys, type Text } from '../i18n/lang.js';
import { routineMappingContent } from './content/mapping.js';
import { routineScreeningContent } from './content/screening.js';
import { ownAnswer } from './condition.js';
import { visibleRecord } from './engine.js';
import { defaultProcedure, LEGAL, type Procedure } from './procedure.js';
import type { ChecklistRecord } from './record.js';

/** The text is in ./content/<lang>.ts, keyed `guidance.<id>.…`: part 1's with the screening's words, part 2's with the mapping's. */
const t = contentKeys(routineScreeningContent);
const t2 = contentKeys(routineMappingContent);

export type GuidanceId =
  | 'cannot-clarify'
  | 'consent-refused'
  | 'interpreter'
  | 'sibling'
  | 'bereaved'
  | 'fear-of-report'
  | 'rare-case'
  | 'acute'
  | 'duty-to-report';

/**
 * Guidance for the hard situations the old procedure left blank (002 recommendation 3; DOMAIN §7),
 * shown at the moment it arises: right under the question whose answer calls for it.
 */
export interface Guidance {
  id: GuidanceId;
  /** The step where it shows. */
  step: string;
  /** Shown directly under this question (absent: at the top of the step). */
  questionId?: string;
  /** Critical guidance also stays as a banner on every later step, in the summary and the note. */
  critical: boolean;
  severity: 'info' | 'warning' | 'danger';
  title: Text;
  body: Text[];
  legalRef?: Text;
  /** Show a link to the role panel's "who do I ask?". */
  askLink?: boolean;
}

export const guidanceLibrary: Record<GuidanceId, Guidance> = {
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
  sibling: {
    id: 'sibling',
    step: 'children',
    critical: false,
    severity: 'info',
    title: t2('guidance.sibling.title'),
    body: [
      t2('guidance.sibling.body.1'),
      t2('guidance.sibling.body.2'),
    ],
  },
  bereaved: {
    id: 'bereaved',
    step: 'children',
    critical: false,
    severity: 'info',
    title: t2('guidance.bereaved.title'),
    body: [
      t2('guidance.bereaved.body.1'),
      t2('guidance.bereaved.body.2'),
    ],
    legalRef: LEGAL.hpl10b,
  },
  'consent-refused': {
    id: 'consent-refused',
    step: 'consent',
    critical: false,
    severity: 'warning',
    title: t2('guidance.consent-refused.title'),
    body: [
      t2('guidance.consent-refused.body.1'),
      t2('guidance.consent-refused.body.2'),
      t2('guidance.consent-refused.body.3'),
      t2('guidance.consent-refused.body.4'),
    ],
    askLink: true,
  },
};

/** The guidance the answers call for, in a stable order; only answers that are visible count. */
export function activeGuidance(record: ChecklistRecord, procedure: Procedure = defaultProcedure): Guidance[] {
  const visible = visibleRecord(record, procedure);
  const a = (id: string) => ownAnswer(visible.answers, id);
  const triggers = a('triggers');
  const active: GuidanceId[] = ['rare-case', 'fear-of-report'];
  if (a('hasChildren') === 'unknown') active.push('cannot-clarify');
  if (a('childWithoutCareNow') === 'yes') active.push('acute');
  if (a('neglectConcern') === 'yes') active.push('duty-to-report');
  if (a('interpreter') === 'yes') active.push('interpreter');
  if (visible.children.some((c) => ownAnswer(c.answers, 'relation') === 'sibling')) active.push('sibling');
  if (Array.isArray(triggers) && triggers.includes('death')) active.push('bereaved');
  if (a('consentStatus') === 'refused' || a('consentStatus') === 'partial') active.push('consent-refused');
  return active.map((id) => guidanceLibrary[id]);
}

/** Critical guidance: banner on later steps and in the summary, written into the note. */
export function criticalGuidance(record: ChecklistRecord, procedure: Procedure = defaultProcedure): Guidance[] {
  return activeGuidance(record, procedure).filter((g) => g.critical);
}
