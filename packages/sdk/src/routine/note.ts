import type { Lang } from '../i18n/lang.js';
import { format, type MessageOverrides } from '../i18n/messages.js';
import { consentNoteLines } from '../consent/consent-note.js';
import type { Procedure, Question } from './procedure.js';
import type { Answer, ChecklistRecord, ChildEntry } from './record.js';
import { checklistMessages, type ChecklistMessageKey } from './translations/index.js';

/**
 * One line of the journal note with a stable key, so the professional can keep it out of the
 * journal ("not for the journal"). Sections follow the four points that must be documented
 * (002 §5.3.2; DOMAIN §5), then consent, information and follow-up.
 */
export interface NoteItem {
  key: string;
  section: NoteSection;
  text: string;
}

export type NoteSection =
  | 'sectionScreening'
  | 'sectionResponsibility'
  | 'sectionInformed'
  | 'sectionParents'
  | 'sectionProfessional'
  | 'sectionChildSituation'
  | 'sectionConsent'
  | 'sectionInformation'
  | 'sectionFollowUp';

const SECTION_ORDER: NoteSection[] = [
  'sectionScreening',
  'sectionResponsibility',
  'sectionInformed',
  'sectionParents',
  'sectionProfessional',
  'sectionChildSituation',
  'sectionConsent',
  'sectionInformation',
  'sectionFollowUp',
];

const CHILD_SECTIONS: Record<string, NoteSection> = {
  responsibility: 'sectionResponsibility',
  informed: 'sectionInformed',
  parentsAssessment: 'sectionParents',
  professionalAssessment: 'sectionProfessional',
  daytime: 'sectionChildSituation',
  carerIfAdmitted: 'sectionChildSituation',
  network: 'sectionChildSituation',
  concernExpressed: 'sectionChildSituation',
};

const STEP_SECTIONS: Record<string, NoteSection> = {
  screening: 'sectionScreening',
  consent: 'sectionConsent',
  information: 'sectionInformation',
  followup: 'sectionFollowUp',
};

/** An answer as readable text in the language: option labels, yes/no, dates as given. */
export function answerText(question: Question, answer: Answer | undefined, lang: Lang): string | undefined {
  if (answer === undefined || answer === '' || (Array.isArray(answer) && !answer.length)) return undefined;
  const values = Array.isArray(answer) ? answer : [answer];
  if (question.type === 'yesno') return values.map((v) => format(checklistMessages, lang, v === 'yes' ? 'yes' : 'no')).join(', ');
  const label = (v: string) => question.options?.find((o) => o.value === v)?.label[lang] ?? v;
  return values.map(label).join(', ');
}

export function childDescription(child: ChildEntry, index: number, procedure: Procedure, lang: Lang): string {
  const q = (id: string) => procedure.childQuestions.find((x) => x.id === id)!;
  const details = [child.label, answerText(q('relation'), child.answers['relation'], lang), answerText(q('age'), child.answers['age'], lang)]
    .filter(Boolean)
    .join(', ');
  return format(checklistMessages, lang, 'childDescription', { n: index + 1, details: details || '–' });
}

/** Every item the record yields, before exclusion. */
export function noteItems(record: ChecklistRecord, procedure: Procedure, lang: Lang): NoteItem[] {
  const items: NoteItem[] = [];
  for (const step of procedure.steps) {
    const section = STEP_SECTIONS[step.id] ?? 'sectionFollowUp';
    for (const question of step.questions) {
      const text = answerText(question, record.answers[question.id], lang);
      if (text) items.push({ key: `answer:${question.id}`, section, text: `${question.label[lang]} ${text}` });
    }
  }
  record.children.forEach((child, index) => {
    const who = childDescription(child, index, procedure, lang);
    for (const question of procedure.childQuestions) {
      if (question.id === 'relation' || question.id === 'age') continue;
      const text = answerText(question, child.answers[question.id], lang);
      const section = CHILD_SECTIONS[question.id] ?? 'sectionChildSituation';
      if (text) items.push({ key: `child:${child.id}:${question.id}`, section, text: `${who}: ${section === 'sectionChildSituation' ? `${question.label[lang]} ` : ''}${text}` });
    }
  });
  return items;
}

/** Items that go in the journal: excluded keys never appear. */
export function includedNoteItems(record: ChecklistRecord, procedure: Procedure, lang: Lang): NoteItem[] {
  const excluded = new Set(record.excluded);
  return noteItems(record, procedure, lang).filter((item) => !excluded.has(item.key));
}

/**
 * The journal note: the professional's edited text when there is one, otherwise generated from
 * the included items, grouped by section. `extra` holds fragments from other parts (consent form).
 */
export function journalNote(
  record: ChecklistRecord,
  procedure: Procedure,
  lang: Lang,
  options: { overrides?: MessageOverrides; date?: string; extra?: { section: NoteSection; text: string }[] } = {},
): string {
  if (record.noteText !== undefined) return record.noteText;
  const t = (key: ChecklistMessageKey) => format(checklistMessages, lang, key, {}, options.overrides);
  // The consent form's entries, when it was used, go in the consent section (no double entry).
  const consent = record.consent ? consentNoteLines(record.consent, lang).map((text) => ({ section: 'sectionConsent' as const, text })) : [];
  const items: { section: NoteSection; text: string }[] = [...includedNoteItems(record, procedure, lang), ...consent, ...(options.extra ?? [])];
  const lines = [`${t('noteTitle')}${options.date ? ` (${options.date})` : ''}`];
  for (const section of SECTION_ORDER) {
    const inSection = items.filter((i) => i.section === section);
    if (!inSection.length) continue;
    lines.push('', `${t(section)}:`, ...inSection.map((i) => `- ${i.text}`));
  }
  return lines.join('\n');
}
