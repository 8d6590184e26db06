import { pick, type Lang } from '../i18n/lang.js';
import { format, type MessageOverrides } from '../i18n/messages.js';
import { consentFor, followUpRecipient, recipientLabels, type ConsentRecipient } from '../consent/consent.js';
import { inSentence } from '../consent/consent-note.js';
import { ownAnswer } from './condition.js';
import { screeningOpensMapping, visibleRecord } from './engine.js';
import { answerNoteItems, childLabel, FOUR_POINTS } from './note-items.js';
import type { Procedure } from './procedure.js';
import type { ChecklistRecord } from './record.js';
import { checklistMessages, type ChecklistMessageKey } from './translations/index.js';

/**
 * Contradictions and gaps the professional should see before finishing (002 §4.3.1, §5.3.2;
 * DOMAIN §5–§6). `blocking` asks for confirmation before "finish"; every issue is also in the
 * `bsp-complete` detail, and blocking and warning issues are written into the record entry.
 */
export type ReviewCode =
  | 'followup-consent-refused'
  | 'followup-consent-missing'
  | 'report-not-recorded'
  | 'no-children'
  | 'child-points-open'
  | 'consent-not-asked'
  | 'unclear-open'
  | 'acute-care'
  | 'stale-edit'
  | 'set-aside-note';

export type ReviewSeverity = 'blocking' | 'warning' | 'info';

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
  'no-children': 'blocking',
  'followup-consent-missing': 'warning',
  'child-points-open': 'warning',
  'consent-not-asked': 'warning',
  'stale-edit': 'warning',
  'unclear-open': 'info',
  'acute-care': 'info',
  'set-aside-note': 'info',
};

const issue = (code: ReviewCode, step: string, more: Omit<ReviewIssue, 'code' | 'severity' | 'step'> = {}): ReviewIssue => ({ code, severity: SEVERITY[code], step, ...more });

/** What the summary question says when the consent form was not used. */
function summaryConsent(record: ChecklistRecord): 'given' | 'refused' | 'none' {
  const status = ownAnswer(record.answers, 'consentStatus');
  return status === 'given' ? 'given' : status === 'refused' ? 'refused' : 'none';
}

export function reviewRecord(record: ChecklistRecord, procedure: Procedure): ReviewIssue[] {
  const visible = visibleRecord(record, procedure);
  const a = (id: string) => ownAnswer(visible.answers, id);
  const issues: ReviewIssue[] = [];
  const dutyToReport = a('neglectConcern') === 'yes';

  if (dutyToReport && a('reportAction') !== 'report-sent' && a('reportAction') !== 'anonymous-consultation') {
    issues.push(issue('report-not-recorded', 'screening', { questionId: 'reportAction' }));
  }
  if (a('childWithoutCareNow') === 'yes') issues.push(issue('acute-care', 'screening', { questionId: 'childWithoutCareNow' }));
  if (a('hasChildren') === 'unknown') issues.push(issue('unclear-open', 'screening', { questionId: 'hasChildren' }));

  if (screeningOpensMapping(record, procedure)) {
    if (a('hasChildren') === 'yes' && !visible.children.length) issues.push(issue('no-children', 'children'));
    const formUsed = Boolean(visible.consent?.entries.length);
    if (!formUsed && summaryConsent(visible) === 'none' && visible.children.length) issues.push(issue('consent-not-asked', 'consent'));
    for (const child of visible.children) {
      const open = Object.keys(FOUR_POINTS).some((id) => ownAnswer(child.answers, id) === undefined);
      if (open) issues.push(issue('child-points-open', 'children', { childId: child.id }));
      const places = ownAnswer(child.answers, 'followUpWhere');
      for (const place of Array.isArray(places) ? places : []) {
        const recipient = followUpRecipient(place);
        // The duty to report applies regardless of consent (hpl § 33): child welfare needs none then.
        if (!recipient || (recipient === 'child-welfare' && dutyToReport)) continue;
        const decision = formUsed ? consentFor(visible.consent, recipient, child.id) : summaryConsent(visible);
        if (decision === 'refused' || decision === 'withdrawn') issues.push(issue('followup-consent-refused', 'followup', { childId: child.id, recipient }));
        else if (decision === 'none') issues.push(issue('followup-consent-missing', 'followup', { childId: child.id, recipient }));
      }
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

/** The issue as a sentence in the reader's language. */
export function reviewMessage(issue: ReviewIssue, record: ChecklistRecord, procedure: Procedure, lang: Lang, overrides?: MessageOverrides): string {
  const key = `review-${issue.code}` as ChecklistMessageKey;
  const child = issue.childId ? (childLabel(record, procedure, lang, issue.childId) ?? issue.childId) : '';
  const recipient = issue.recipient ? inSentence(pick(recipientLabels[issue.recipient], lang)) : '';
  return format(checklistMessages, lang, key, { child, recipient }, overrides);
}
