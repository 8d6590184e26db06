import { pick, type Lang } from '../i18n/lang.js';
import { allChildQuestions, type Procedure, type Question } from './procedure.js';
import type { Answer, ChecklistRecord } from './record.js';
import { visibleRecord } from './engine.js';
import { noteItems } from './note.js';

/**
 * HL7 FHIR R4 mapping: the procedure as a Questionnaire (part 2 shown via enableWhen) and the
 * answers as a QuestionnaireResponse. Plain JSON objects typed loosely; tests check them
 * against the official R4 JSON schema.
 */
export const ANSWER_SYSTEM = 'urn:bsp:checklist:answer';

export interface FhirOptions {
  /** e.g. `{ reference: 'Patient/123' }`, from the host's patient context. */
  subject?: { reference: string; display?: string };
  author?: { reference: string; display?: string };
  /** ISO dateTime; defaults to now. */
  authored?: string;
  status?: 'in-progress' | 'completed';
}

type FhirItem = Record<string, unknown>;

const questionnaireUrl = (procedure: Procedure) => `urn:bsp:questionnaire:${procedure.id}`;

function fhirType(q: Question): string {
  return q.type === 'yesno' ? 'boolean' : q.type === 'multi' ? 'choice' : q.type;
}

function questionItem(q: Question, lang: Lang): FhirItem {
  const item: FhirItem = { linkId: q.id, text: pick(q.label, lang), type: fhirType(q) };
  if (q.type === 'multi') item['repeats'] = true;
  if (q.core) item['required'] = true;
  if (q.options) {
    item['answerOption'] = q.options.map((o) => ({ valueCoding: { system: ANSWER_SYSTEM, code: o.value, display: pick(o.label, lang) } }));
  }
  return item;
}

export function toFhirQuestionnaire(procedure: Procedure, lang: Lang): Record<string, unknown> {
  const screening = procedure.steps.filter((s) => s.part === 'screening');
  const mapping = procedure.steps.filter((s) => s.part === 'mapping');
  return {
    resourceType: 'Questionnaire',
    url: questionnaireUrl(procedure),
    version: procedure.version,
    name: 'BarnSomPaarorende',
    title: pick(procedure.title, lang),
    status: 'active',
    language: lang === 'en' ? 'en' : lang === 'nn' ? 'nn' : 'nb',
    item: [
      ...screening.map((s) => ({ linkId: s.id, text: pick(s.title, lang), type: 'group', item: s.questions.map((q) => questionItem(q, lang)) })),
      {
        linkId: 'mapping',
        text: mapping[0] ? pick(mapping[0].title, lang) : 'Del 2',
        type: 'group',
        // Part 2 opens on any answer that calls for it (TrygtBarn, 003).
        enableBehavior: 'any',
        enableWhen: [
          { question: 'hasChildren', operator: '=', answerCoding: { system: ANSWER_SYSTEM, code: 'yes' } },
          { question: 'childWithoutCareNow', operator: '=', answerBoolean: true },
          { question: 'neglectConcern', operator: '=', answerBoolean: true },
        ],
        item: mapping.map((s) =>
          s.id === 'children'
            ? { linkId: 'child', text: pick(s.title, lang), type: 'group', repeats: true, item: allChildQuestions(procedure).map((q) => questionItem(q, lang)) }
            : { linkId: s.id, text: pick(s.title, lang), type: 'group', item: s.questions.map((q) => questionItem(q, lang)) },
        ),
      },
    ],
  };
}

function answerValues(q: Question, answer: Answer | undefined, lang: Lang): Record<string, unknown>[] {
  if (answer === undefined || answer === '') return [];
  const values = Array.isArray(answer) ? answer : [answer];
  return values.map((v) => {
    if (q.type === 'yesno') return { valueBoolean: v === 'yes' };
    if (q.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return { valueDate: v };
    if (q.options) {
      const option = q.options.find((o) => o.value === v);
      return { valueCoding: { system: ANSWER_SYSTEM, code: v, display: option ? pick(option.label, lang) : v } };
    }
    return { valueString: v };
  });
}

function answeredItems(questions: Question[], answers: Record<string, Answer>, excluded: (id: string) => boolean, lang: Lang): FhirItem[] {
  return questions.flatMap((q) => {
    if (excluded(q.id)) return [];
    const answer = answerValues(q, answers[q.id], lang);
    return answer.length ? [{ linkId: q.id, text: pick(q.label, lang), answer }] : [];
  });
}

/** The answers, without any item marked "not for the journal". */
export function toFhirQuestionnaireResponse(
  record: ChecklistRecord,
  procedure: Procedure,
  lang: Lang,
  options: FhirOptions = {},
): Record<string, unknown> {
  // Only what the entry may hold: visible answers, minus items kept out (never core ones).
  const excluded = new Set(noteItems(record, procedure, lang).filter((i) => i.excluded).map((i) => i.key));
  record = visibleRecord(record, procedure);
  const groups: FhirItem[] = [];
  for (const step of procedure.steps) {
    if (step.part === 'summary') continue;
    if (step.id === 'children') {
      for (const child of record.children) {
        const item = answeredItems(allChildQuestions(procedure), child.answers, (id) => excluded.has(`child:${child.id}:${id}`), lang);
        if (item.length) groups.push({ linkId: 'child', text: pick(step.title, lang), item });
      }
      continue;
    }
    const item = answeredItems(step.questions, record.answers, (id) => excluded.has(`answer:${id}`), lang);
    if (item.length) groups.push({ linkId: step.id, text: pick(step.title, lang), item });
  }
  const screening = groups.filter((g) => procedure.steps.find((s) => s.id === g['linkId'])?.part === 'screening');
  const mapping = groups.filter((g) => !screening.includes(g));
  const response: Record<string, unknown> = {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${questionnaireUrl(procedure)}|${procedure.version}`,
    status: options.status ?? 'completed',
    authored: options.authored ?? new Date().toISOString(),
    item: [...screening, ...(mapping.length ? [{ linkId: 'mapping', item: mapping }] : [])],
  };
  if (options.subject) response['subject'] = options.subject;
  if (options.author) response['author'] = options.author;
  return response;
}
