import { pick, type Lang } from '../i18n/lang.js';
import { format, type MessageOverrides } from '../i18n/messages.js';
import { consentNoteEntries } from '../consent/consent-note.js';
import { evaluateCondition, ownAnswer } from './condition.js';
import { answerText, childDescription } from './child-description.js';
import { visibleQuestions, visibleRecord, visibleSteps } from './engine.js';
import type { Procedure, Question } from './procedure.js';
import type { Answer } from './record.js';
import { ONLY_NONE } from './parts/screening-part.js';
import type { ChecklistRecord } from './record.js';
import { checklistMessages, type ChecklistMessageKey } from './translations/index.js';

/**
 * The record entry as a list of items derived from the record (one definition for the summary
 * the professional sees, the text and the FHIR narrative). Invariants, tested in note.test.ts:
 * - only answers of visible steps and questions appear (`visibleRecord`);
 * - every child has its identity item and the four points that must be documented
 *   (002 §5.3.2; DOMAIN §5), written "not clarified" when unanswered;
 * - core items (question.core, child identity, consent decisions) can never be excluded;
 * - an excluded item is absent from the text, however it was edited;
 * - an edit made before the answers changed is stale and never printed.
 */
import { FOUR_POINTS } from './four-points.js';

export { FOUR_POINTS };

export type NoteSection =
  | 'sectionAcute'
  | 'sectionCritical'
  | 'sectionScreening'
  | 'sectionChildren'
  | 'sectionResponsibility'
  | 'sectionInformed'
  | 'sectionParents'
  | 'sectionProfessional'
  | 'sectionChildSituation'
  | 'sectionConsent'
  | 'sectionInformation'
  | 'sectionFollowUp'
  | 'sectionReview';

export const SECTION_ORDER: readonly NoteSection[] = [
  'sectionAcute',
  'sectionCritical',
  'sectionScreening',
  'sectionChildren',
  'sectionResponsibility',
  'sectionInformed',
  'sectionParents',
  'sectionProfessional',
  'sectionChildSituation',
  'sectionConsent',
  'sectionInformation',
  'sectionFollowUp',
  'sectionReview',
];

export interface NoteItem {
  /** Stable: `answer:<question>`, `child:<child>:identity`, `child:<child>:<question>`, `consent:<recipient>`, `review:…`. */
  key: string;
  section: NoteSection;
  /** The text the entry gets (the edit when there is a current one). */
  text: string;
  /** The text generated from the answers. */
  generated: string;
  /** Language-independent fingerprint of what the item says; an edit is current only for the same source. */
  source: string;
  childId?: string;
  questionId?: string;
  /** Cannot be excluded (identity, the four points, duty to report, consent decisions). */
  core: boolean;
  excluded: boolean;
  edited: boolean;
  staleEdit: boolean;
  /** False when the item reports a core point as not clarified. */
  answered: boolean;
}


/** Which child (pårørendeveilederen): right under the child's label, before the four points. */
const IDENTITY_DETAILS: readonly string[] = ['childName', 'birthDate', 'residence', 'language', 'timeInNorway'];

const STEP_SECTIONS: Readonly<Record<string, NoteSection>> = {
  screening: 'sectionScreening',
  children: 'sectionChildren',
  consent: 'sectionConsent',
  information: 'sectionInformation',
  followup: 'sectionFollowUp',
};

/**
 * Answers that belong at the top of the entry when they call for action: a child without care now
 * first, with what was done; then the duty to report (its own heading, so an acute case without
 * reason to believe never reads as a report).
 */
function criticalSection(questionId: string, answer: unknown): NoteSection | undefined {
  if (['acuteCarer', 'acuteContacted', 'acuteWhen'].includes(questionId) || (questionId === 'childWithoutCareNow' && answer === 'yes')) return 'sectionAcute';
  if (['reportAction', 'reportDate', 'anonymousConsultation'].includes(questionId) || (questionId === 'neglectConcern' && answer === 'yes')) return 'sectionCritical';
  return undefined;
}

/** Whether the item goes into the entry and the FHIR response (`Question.recordedOnlyWhen`). */
export function recorded(q: Question, answers: Record<string, Answer>): boolean {
  return !q.recordedOnlyWhen || evaluateCondition(q.recordedOnlyWhen, answers);
}

/** A date as a Norwegian journal writes it (dd.mm.yyyy); FHIR keeps ISO. */
export function noteDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** The answer as the entry writes it: dates dd.mm.yyyy, everything else as `answerText`. */
export function noteAnswerText(q: Question, answer: Answer | undefined, lang: Lang): string | undefined {
  const text = answerText(q, answer, lang);
  return text !== undefined && q.type === 'date' ? noteDate(text) : text;
}

/** "Label: value" for a statement label; the question and its answer otherwise (a municipality's own question without one). */
function labelled(q: Question, text: string, lang: Lang): string {
  return q.noteLabel ? `${pick(q.noteLabel, lang)}: ${text}` : `${pick(q.label, lang)} ${text}`;
}

const own = <T>(map: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;

export interface NoteOptions {
  overrides?: MessageOverrides;
}

interface Draft {
  key: string;
  section: NoteSection;
  generated: string;
  source: string;
  core: boolean;
  answered: boolean;
  childId?: string;
  questionId?: string;
}

/** Items from the answers, consent and children, before review items. */
export function answerNoteItems(record: ChecklistRecord, procedure: Procedure, lang: Lang, options: NoteOptions = {}): NoteItem[] {
  const t = (key: ChecklistMessageKey, params: Record<string, string | number> = {}) => format(checklistMessages, lang, key, params, options.overrides);
  const visible = visibleRecord(record, procedure);
  const steps = visibleSteps(procedure, record);
  const drafts: Draft[] = [];
  const consentEntries = visible.consent?.entries.length
    ? consentNoteEntries(visible.consent, lang, { overrides: options.overrides, childLabel: (id) => childLabel(record, procedure, lang, id) })
    : [];

  const questionText = (q: Question, answer: unknown) => {
    const text = noteAnswerText(q, answer as never, lang);
    return { text: labelled(q, text ?? t('notAnswered'), lang), answered: text !== undefined };
  };

  for (const step of steps) {
    if (step.part === 'summary') continue;
    for (const q of visibleQuestions(step.questions, visible.answers)) {
      // The consent form's decisions say more than the summary question: one, not both.
      if (q.id === 'consentStatus' && consentEntries.length) continue;
      const answer = ownAnswer(visible.answers, q.id);
      if (!recorded(q, visible.answers)) continue;
      if (answer === undefined && !q.core) continue;
      const critical = criticalSection(q.id, answer);
      const { text, answered } = questionText(q, answer);
      drafts.push({
        key: `answer:${q.id}`,
        section: critical ?? own(STEP_SECTIONS, step.id) ?? 'sectionFollowUp',
        generated: text,
        source: JSON.stringify(answer ?? null),
        core: Boolean(q.core),
        answered,
        questionId: q.id,
      });
    }
  }
  // "Has children" and "none of these": the § 10 a duty does not apply, said once and plainly.
  if (ownAnswer(visible.answers, 'hasChildren') === 'yes' && evaluateCondition(ONLY_NONE, visible.answers)) {
    const text = t('dutyDoesNotApply');
    drafts.push({ key: 'duty10a:none', section: 'sectionScreening', generated: text, source: 'duty10a:none', core: true, answered: true });
  }
  for (const entry of consentEntries) {
    drafts.push({ key: entry.key, section: 'sectionConsent', generated: entry.text, source: entry.text, core: true, answered: true });
  }

  visible.children.forEach((child, index) => {
    const who = childDescription(child, index, procedure, lang);
    const identity = JSON.stringify([child.label ?? '', ownAnswer(child.answers, 'relation') ?? null, ownAnswer(child.answers, 'age') ?? null]);
    drafts.push({ key: `child:${child.id}:identity`, section: 'sectionChildren', generated: who, source: identity, core: true, answered: true, childId: child.id });
    for (const step of steps) {
      for (const q of visibleQuestions(step.childQuestions ?? [], child.answers)) {
        if (q.id === 'relation' || q.id === 'age') continue;
        const answer = ownAnswer(child.answers, q.id);
        const point = own(FOUR_POINTS, q.id);
        if (answer === undefined && !q.core && !point) continue;
        const text = noteAnswerText(q, answer, lang);
        // A statement: the four points named by their heading ("Pasientens ansvar for barnet:
        // …"), other answers by their note label. The child is named once, by its group's
        // heading (`noteGroups`), not on every line (issue 27).
        const body = point ? `${t(point)}: ${text ?? t('notAnswered')}` : labelled(q, text ?? t('notAnswered'), lang);
        drafts.push({
          key: `child:${child.id}:${q.id}`,
          section: point ?? (IDENTITY_DETAILS.includes(q.id) ? 'sectionChildren' : step.id === 'children' ? 'sectionChildSituation' : (own(STEP_SECTIONS, step.id) ?? 'sectionFollowUp')),
          generated: body,
          source: JSON.stringify([identity, answer ?? null]),
          core: Boolean(q.core) || point !== undefined,
          answered: text !== undefined,
          childId: child.id,
          questionId: q.id,
        });
      }
    }
  });
  return drafts.map((d) => finish(d, record));
}

/** Applies exclusion and edits to a generated item. */
export function finish(d: Draft, record: ChecklistRecord): NoteItem {
  const edit = record.noteEdits ? own(record.noteEdits, d.key) : undefined;
  const current = edit !== undefined && edit.basedOn === d.source && edit.text.trim() !== '';
  return {
    ...d,
    text: current ? edit.text : d.generated,
    excluded: !d.core && record.excluded.includes(d.key),
    edited: current,
    staleEdit: edit !== undefined && !current && edit.text.trim() !== '',
  };
}

/** The display label of a child id, for consent lines (labels only at display time). */
export function childLabel(record: ChecklistRecord, procedure: Procedure, lang: Lang, id: string): string | undefined {
  const index = record.children.findIndex((c) => c.id === id);
  return index < 0 ? undefined : childDescription(record.children[index]!, index, procedure, lang);
}
