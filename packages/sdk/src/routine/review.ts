import type { Lang } from '../i18n/lang.js';
import { format, type MessageOverrides } from '../i18n/messages.js';
import { consentFor, currentConsents, followUpRecipient, type ConsentRecipient } from '../consent/consent.js';
import { recipientInSentence } from '../consent/consent-note.js';
import { ownAnswer } from './condition.js';
import { screeningOpensMapping, visibleRecord } from './engine.js';
import { answerNoteItems, childLabel, FOUR_POINTS } from './note-items.js';
import type { Procedure } from './procedure.js';
import type { ChecklistRecord } from './record.js';
import { checklistMessages, type ChecklistMessageKey } from './translations/index.js';

/**
 * Contradictions and gaps the professional should see before finishing (002 §4.3.1, §5.3.2;
 * DOMAIN §5–§6). `blocking` asks for confirmation before "finish"; `task` is a true state that is
 * still open (a report to be sent, a patient who will not say), shown as an open task, not an
 * error; every issue is also in the `bsp-complete` detail, and blocking and warning issues are
 * written into the record entry.
 */
export type ReviewCode =
  | 'followup-consent-refused'
  | 'followup-consent-missing'
  | 'report-not-recorded'
  | 'report-to-send'
  | 'acute-care'
  | 'no-children'
  | 'child-points-open'
  | 'child-no-plan'
  | 'consent-not-asked'
  | 'consent-basis-missing'
  | 'consent-ask-again-missing'
  | 'deceased-follow-up-not-agreed'
  | 'unclear-open'
  | 'stale-edit'
  | 'set-aside-note';

export type ReviewSeverity = 'blocking' | 'warning' | 'task' | 'info';

export interface ReviewIssue {
  code: ReviewCode;
  severity: ReviewSeverity;
  /** The step where it is fixed. */
  step: string;
  childId?: string;
  questionId?: string;
  recipient?: ConsentRecipient;
  /** The note item concerned (stale edits). */
  key?: string;
}

const SEVERITY: Record<ReviewCode, ReviewSeverity> = {
  'followup-consent-refused': 'blocking',
  'report-not-recorded': 'blocking',
  'acute-care': 'blocking',
  'no-children': 'blocking',
  'child-no-plan': 'blocking',
  'consent-basis-missing': 'blocking',
  'followup-consent-missing': 'warning',
  'child-points-open': 'warning',
  'consent-not-asked': 'warning',
  'consent-ask-again-missing': 'warning',
  'deceased-follow-up-not-agreed': 'warning',
  'stale-edit': 'warning',
  'report-to-send': 'task',
  'unclear-open': 'task',
  'set-aside-note': 'info',
};

/** Open tasks that keep the case open in FHIR (`in-progress`) although it may be finished. */
const KEEPS_OPEN: readonly ReviewCode[] = ['report-to-send'];

const issue = (code: ReviewCode, step: string, more: Omit<ReviewIssue, 'code' | 'severity' | 'step'> = {}): ReviewIssue => ({ code, severity: SEVERITY[code], step, ...more });

/** What the summary question says when the consent form was not used; partial is partial, not "none". */
function summaryConsent(record: ChecklistRecord): 'given' | 'partial' | 'refused' | 'none' {
  const status = ownAnswer(record.answers, 'consentStatus');
  return status === 'given' || status === 'partial' || status === 'refused' ? status : 'none';
}

const answered = (answers: Record<string, unknown>, id: string) => {
  const v = ownAnswer(answers as never, id);
  return v !== undefined && v !== '' && !(Array.isArray(v) && !v.length);
};

/**
 * A child assessed as needing information and/or follow-up has that plan, or the record says why
 * not (002 §4.3.1 steps 4–6): the step where the plan is missing, or undefined.
 */
function missingPlan(answers: Record<string, unknown>): 'information' | 'followup' | undefined {
  const need = ownAnswer(answers as never, 'professionalAssessment');
  if (answered(answers, 'noPlanReason')) return undefined;
  if ((need === 'information' || need === 'both') && !['infoWho', 'infoWhat', 'infoWhen', 'infoForm'].some((id) => answered(answers, id))) return 'information';
  if ((need === 'followup' || need === 'both') && !['followUpWhere', 'referralTo'].some((id) => answered(answers, id))) return 'followup';
  return undefined;
}

/**
 * Follow-up chosen at a service whose consent is refused, withdrawn or not registered (hpl § 10 a
 * second paragraph b: follow-up of the child needs the patient's consent). One definition for the
 * review and for the warning the widget shows at the follow-up field the moment it is chosen
 * (issue 27). `visible` is `visibleRecord`'s.
 */
function followUpConsentOf(visible: ChecklistRecord, child: ChecklistRecord['children'][number]): ReviewIssue[] {
  const consentBy = ownAnswer(visible.answers, 'consentBy');
  // The basis recorded for a patient who cannot consent, or the agreement with those with
  // parental responsibility after a death, stands in for the patient's consent.
  if (consentBy === 'no-capacity' || consentBy === 'deceased') return [];
  // The duty to report applies regardless of consent (hpl § 33): child welfare needs none then.
  const dutyToReport = ownAnswer(visible.answers, 'neglectConcern') === 'yes';
  const formUsed = Boolean(visible.consent?.entries.length);
  const places = ownAnswer(child.answers, 'followUpWhere');
  const found: ReviewIssue[] = [];
  for (const place of Array.isArray(places) ? places : []) {
    const recipient = followUpRecipient(place);
    if (!recipient || (recipient === 'child-welfare' && dutyToReport)) continue;
    const decision = formUsed ? consentFor(visible.consent, recipient, child.id) : summaryConsent(visible);
    if (decision === 'refused' || decision === 'withdrawn') found.push(issue('followup-consent-refused', 'followup', { childId: child.id, recipient, questionId: 'followUpWhere' }));
    else if (decision === 'none') found.push(issue('followup-consent-missing', 'followup', { childId: child.id, recipient, questionId: 'followUpWhere' }));
  }
  return found;
}

/**
 * The consent problems of the follow-up chosen for each child, as `reviewRecord` reports them:
 * what the widget warns about at the follow-up field (`fieldWarningMessage`), at once.
 */
export function followUpConsentIssues(record: ChecklistRecord, procedure: Procedure): ReviewIssue[] {
  if (!screeningOpensMapping(record, procedure)) return [];
  const visible = visibleRecord(record, procedure);
  return visible.children.flatMap((child) => followUpConsentOf(visible, child));
}

export function reviewRecord(record: ChecklistRecord, procedure: Procedure): ReviewIssue[] {
  const visible = visibleRecord(record, procedure);
  const a = (id: string) => ownAnswer(visible.answers, id);
  const issues: ReviewIssue[] = [];
  const dutyToReport = a('neglectConcern') === 'yes';

  // A child without proper care now: the record shows who has the child and whom you contacted
  // (barnevernvakt, police 112: 002 §4.3.1; delprosedyre 3 tiltak) before the case can finish.
  if (a('childWithoutCareNow') === 'yes' && (!answered(visible.answers, 'acuteCarer') || !answered(visible.answers, 'acuteContacted'))) {
    issues.push(issue('acute-care', 'screening', { questionId: answered(visible.answers, 'acuteCarer') ? 'acuteContacted' : 'acuteCarer' }));
  }
  // hpl § 33 second paragraph; barnevernsloven § 13-2: with reason to believe, the duty is the
  // report itself ("skal ... gi opplysninger til barnevernstjenesten"); an anonymous consultation
  // only helps decide whether there is reason to believe. Sent: done. To be sent: an open task
  // (FHIR stays in progress, a Task due today). Neither: blocking.
  if (dutyToReport && a('reportAction') === 'planned') issues.push(issue('report-to-send', 'screening', { questionId: 'reportAction' }));
  else if (dutyToReport && a('reportAction') !== 'report-sent') issues.push(issue('report-not-recorded', 'screening', { questionId: 'reportAction' }));
  if (a('hasChildren') === 'unknown') issues.push(issue('unclear-open', 'screening', { questionId: 'hasChildren' }));

  if (screeningOpensMapping(record, procedure)) {
    if (a('hasChildren') === 'yes' && !visible.children.length) issues.push(issue('no-children', 'children'));
    const formUsed = Boolean(visible.consent?.entries.length);
    const consentBy = a('consentBy');
    // Nobody consents for a patient who cannot, or for one who has died (DOMAIN §6, updated).
    const nobodyConsents = consentBy === 'no-capacity' || consentBy === 'deceased';
    if (consentBy === 'no-capacity' && !answered(visible.answers, 'consentBasis')) issues.push(issue('consent-basis-missing', 'consent', { questionId: 'consentBasis' }));
    if (consentBy === 'deceased' && visible.children.length && !answered(visible.answers, 'deceasedAgreedWith')) issues.push(issue('deceased-follow-up-not-agreed', 'consent', { questionId: 'deceasedAgreedWith' }));
    if (!formUsed && !nobodyConsents && summaryConsent(visible) === 'none' && visible.children.length) issues.push(issue('consent-not-asked', 'consent', { questionId: 'consentStatus' }));
    // A refusal is asked about again, in every path (DOMAIN §6).
    const refusedInForm = formUsed && currentConsents(visible.consent!).some((e) => e.decision !== 'given') && !visible.consent!.askAgainOn;
    const refusedHere = !formUsed && (a('consentStatus') === 'refused' || a('consentStatus') === 'partial') && !answered(visible.answers, 'consentAskAgainOn');
    if (!nobodyConsents && (refusedInForm || refusedHere)) issues.push(issue('consent-ask-again-missing', 'consent', { questionId: 'consentAskAgainOn' }));
    for (const child of visible.children) {
      const open = Object.keys(FOUR_POINTS).some((id) => ownAnswer(child.answers, id) === undefined);
      if (open) issues.push(issue('child-points-open', 'children', { childId: child.id }));
      const plan = missingPlan(child.answers);
      if (plan) issues.push(issue('child-no-plan', plan, { childId: child.id, questionId: plan === 'information' ? 'infoWho' : 'followUpWhere' }));
      issues.push(...followUpConsentOf(visible, child));
    }
  }
  for (const item of answerNoteItems(record, procedure, 'nb')) {
    if (item.staleEdit && !item.excluded) issues.push(issue('stale-edit', 'summary', { key: item.key, ...(item.childId ? { childId: item.childId } : {}) }));
  }
  if (record.setAsideNote) issues.push(issue('set-aside-note', 'summary'));
  return issues;
}

export function hasBlockingIssues(issues: readonly ReviewIssue[]): boolean {
  return issues.some((i) => i.severity === 'blocking');
}

/** Whether the FHIR response stays `in-progress`: something blocking, or an open task that keeps the case open. */
export function keepsResponseOpen(issues: readonly ReviewIssue[]): boolean {
  return issues.some((i) => i.severity === 'blocking' || KEEPS_OPEN.includes(i.code));
}

/**
 * The issue as the warning at its field, in the child's card (so without the child's label): what
 * is wrong and what to do.
 */
export function fieldWarningMessage(issue: ReviewIssue, lang: Lang, overrides?: MessageOverrides): string {
  const recipient = issue.recipient ? recipientInSentence({ recipient: issue.recipient }, lang) : '';
  const key = issue.code === 'followup-consent-refused' ? 'field-followup-consent-refused' : 'field-followup-consent-missing';
  return format(checklistMessages, lang, key, { recipient }, overrides);
}

/** The issue as a sentence in the reader's language. */
export function reviewMessage(issue: ReviewIssue, record: ChecklistRecord, procedure: Procedure, lang: Lang, overrides?: MessageOverrides): string {
  const key = `review-${issue.code}` as ChecklistMessageKey;
  const child = issue.childId ? (childLabel(record, procedure, lang, issue.childId) ?? issue.childId) : '';
  const recipient = issue.recipient ? recipientInSentence({ recipient: issue.recipient }, lang) : '';
  return format(checklistMessages, lang, key, { child, recipient }, overrides);
}
