import type { Reference, ServiceRequest, Task } from 'fhir/r4.js';
import { pick, type Lang } from '../i18n/lang.js';
import { childDescription } from '../routine/child-description.js';
import { ownAnswer } from '../routine/condition.js';
import { visibleRecord } from '../routine/engine.js';
import { allQuestions, type Procedure } from '../routine/procedure.js';
import type { ChecklistRecord, ChildEntry } from '../routine/record.js';
import type { FhirBaseOptions } from './canonical.js';
import { fhirLabels, taskLabels, type FollowUpTaskCode } from './labels.js';
import { narrative } from './narrative.js';
import { noteNarrative } from './note-narrative.js';
import { keptRecord } from './shown-record.js';
import { bspCoding, TASK_CODE_SYSTEM_ID } from './code-system-ids.js';
import { answerCoding } from './terminology.js';

export interface FhirFollowUpOptions extends FhirBaseOptions {
  /** The patient; Task.for and ServiceRequest.subject. */
  patient?: Reference;
  /** Who asks for it (the professional); Task.requester, ServiceRequest.requester. */
  requester?: Reference;
  /** ISO dateTime the tasks are authored; defaults to now. */
  authoredOn?: string;
  /** How to reference a child (the RelatedPerson's fullUrl in a Bundle); default: by label. */
  childReference?: (child: ChildEntry) => Reference;
  /** How to reference a child's referral from its verification task (set by the Bundle). */
  referralReference?: (child: ChildEntry) => Reference | undefined;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);

function task(code: FollowUpTaskCode, due: string, lang: Lang, options: FhirFollowUpOptions, about: string, extra: Partial<Task> = {}): Task {
  const t: Task = {
    resourceType: 'Task',
    status: 'requested',
    intent: 'plan',
    priority: 'routine',
    code: { coding: [bspCoding(TASK_CODE_SYSTEM_ID, code, taskLabels[code], lang, options)], text: pick(taskLabels[code], lang) },
    description: `${pick(taskLabels[code], lang)}: ${about}`,
    authoredOn: options.authoredOn ?? new Date().toISOString(),
    // restriction.period.end: "by when", which work lists sort and warn on.
    restriction: { period: { end: due } },
    ...extra,
  };
  if (options.patient) t.for = options.patient;
  if (options.requester) t.requester = options.requester;
  return t;
}

/**
 * The follow-up a journal system can put on a work list, from what the entry may hold (kept-out
 * answers never): per child with a check date, "check that the child actually got help" (based on
 * its referral when there is one); "ask about consent again" on the consent's ask-again date;
 * "ask again whether there are children" when that could not be clarified; "send the report to
 * child welfare", due today, when it is recorded as to be sent.
 */
export function toFhirTasks(record: ChecklistRecord, procedure: Procedure, lang: Lang, options: FhirFollowUpOptions = {}): Task[] {
  const shown = keptRecord(record, procedure);
  const tasks: Task[] = [];
  shown.children.forEach((child, index) => {
    const due = text(ownAnswer(child.answers, 'verifyDate'));
    if (!due) return;
    const about = childDescription(child, index, procedure, lang);
    const referral = options.referralReference?.(child);
    tasks.push(
      task('verify-help', due, lang, options, about, {
        text: noteNarrative(record, procedure, lang, `${pick(taskLabels['verify-help'], lang)}: ${about}`, (i) => i.childId === child.id && i.section === 'sectionFollowUp'),
        ...(options.childReference ? { focus: options.childReference(child) } : {}),
        ...(referral ? { basedOn: [referral] } : {}),
      }),
    );
  });
  const askConsent = shown.consent?.askAgainOn ?? text(ownAnswer(shown.answers, 'consentAskAgainOn'));
  if (askConsent) {
    tasks.push(task('ask-consent-again', askConsent, lang, options, askConsent, { text: noteNarrative(record, procedure, lang, pick(taskLabels['ask-consent-again'], lang), (i) => i.key.startsWith('consent:')) }));
  }
  const askChildren = text(ownAnswer(shown.answers, 'askAgainOn'));
  if (askChildren) {
    tasks.push(task('ask-children-again', askChildren, lang, options, askChildren, { text: noteNarrative(record, procedure, lang, pick(taskLabels['ask-children-again'], lang), (i) => i.section === 'sectionScreening') }));
  }
  // hpl § 33: a report to child welfare still to be sent is due the day it is recorded, urgent.
  if (ownAnswer(visibleRecord(record, procedure).answers, 'neglectConcern') === 'yes' && ownAnswer(visibleRecord(record, procedure).answers, 'reportAction') === 'planned') {
    const today = (options.authoredOn ?? new Date().toISOString()).slice(0, 10);
    tasks.push(task('send-report', today, lang, options, today, { priority: 'urgent', text: noteNarrative(record, procedure, lang, pick(taskLabels['send-report'], lang), (i) => i.section === 'sectionCritical') }));
  }
  return tasks;
}

/**
 * A ServiceRequest per child referred elsewhere (referralTo answered), with where follow-up
 * happens as category. Its subject is the patient (R4 allows no RelatedPerson there; the child is
 * in supportingInfo): without a patient there is none, never a subject that is only a text.
 */
export function toFhirServiceRequests(record: ChecklistRecord, procedure: Procedure, lang: Lang, options: FhirFollowUpOptions = {}): { child: ChildEntry; request: ServiceRequest }[] {
  const shown = keptRecord(record, procedure);
  const where = allQuestions(procedure).find((q) => q.id === 'followUpWhere');
  const subject = options.patient;
  if (!subject) return [];
  return shown.children.flatMap((child, index) => {
    const to = text(ownAnswer(child.answers, 'referralTo'));
    if (!to) return [];
    const about = childDescription(child, index, procedure, lang);
    const places = ownAnswer(child.answers, 'followUpWhere');
    const request: ServiceRequest = {
      resourceType: 'ServiceRequest',
      text: narrative(`${pick(fhirLabels.referral, lang)}: ${about}`, [{ lines: [to] }]),
      status: 'active',
      intent: 'order',
      code: { text: to },
      subject,
      ...(options.childReference ? { supportingInfo: [options.childReference(child)] } : {}),
      performer: [{ display: to }],
      authoredOn: text(ownAnswer(child.answers, 'referralDate')) ?? options.authoredOn ?? new Date().toISOString(),
    };
    if (where && Array.isArray(places) && places.length) request.category = places.map((v) => ({ coding: [answerCoding(where, v, { ...options, lang })] }));
    if (options.requester) request.requester = options.requester;
    return [{ child, request }];
  });
}
