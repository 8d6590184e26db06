import type { QuestionnaireResponse, QuestionnaireResponseItem, Questionnaire, Reference } from 'fhir/r4.js';
import { pick, type Lang } from '../i18n/lang.js';
import { requireLanguage } from '../i18n/require-language.js';
import { DATA_ABSENT_REASON_URL } from '../fhir/canonical.js';
import { toResponseAnswers } from '../fhir/answers.js';
import { fhirLabels } from '../fhir/labels.js';
import { noteNarrative } from '../fhir/note-narrative.js';
import { LINK_IDS, questionnaireFor, questionnaireIdentity, requiredQuestionIds, type FhirQuestionnaireOptions } from '../fhir/questionnaire.js';
import { visibleRecord, visibleSteps } from './engine.js';
import { shownRecord } from '../fhir/shown-record.js';
import type { Procedure, Question, Step } from './procedure.js';
import type { Answer, ChecklistRecord } from './record.js';
import { keepsResponseOpen, reviewRecord } from './review.js';
import { recorded } from './note-items.js';

/**
 * HL7 FHIR R4 for the routine: the procedure as one Questionnaire (SDC: enableWhen or
 * enableWhenExpression from the procedure's own Conditions) and the record as a
 * QuestionnaireResponse. Resources are typed with `@types/fhir` and checked in tests against the
 * R4 JSON schema, the R4 invariants (FHIRPath) and LHC-Forms.
 */
export interface FhirOptions extends FhirQuestionnaireOptions {
  /** e.g. `{ reference: 'Patient/123' }`, from the host's patient context. */
  subject?: Reference;
  author?: Reference;
  /** ISO dateTime; defaults to now. */
  authored?: string;
  /**
   * 'in-progress' keeps a finished record open. 'completed' is only given when the review finds
   * nothing blocking and no open task that keeps the case open (a report to child welfare still
   * to be sent), and every required item is answered; otherwise the response stays in progress.
   */
  status?: 'in-progress' | 'completed';
}

/** The procedure as one Questionnaire for nb, nn and en (`_lang` is kept for callers of the first version). */
export function toFhirQuestionnaire(procedure: Procedure, _lang?: Lang, options: FhirQuestionnaireOptions = {}): Questionnaire {
  return questionnaireFor(procedure, options);
}

const masked = { extension: [{ url: DATA_ABSENT_REASON_URL, valueCode: 'masked' }] };

/**
 * Answered items; an answer-less item marked `masked` where an answer was kept out, or where the
 * answer it depends on was kept out (a renderer could not see it enabled: SDC forbids answers on
 * disabled items, and LHC-Forms drops them).
 */
function responseItems(questions: readonly Question[], visible: Record<string, Answer>, shown: Record<string, Answer>, lang: Lang, options: FhirOptions): QuestionnaireResponseItem[] {
  return questions.flatMap((q): QuestionnaireResponseItem[] => {
    if (!toResponseAnswers(q, visible[q.id], options).length) return [];
    if (!recorded(q, visible)) return [];
    const answer = toResponseAnswers(q, shown[q.id], options);
    const base = { linkId: q.id, text: pick(q.label, lang) };
    return [answer.length ? { ...base, answer } : { ...base, ...masked }];
  });
}

/**
 * Whether every item the Questionnaire marks required has an answer where it is enabled: a
 * `completed` response must satisfy that, or renderers report "requires a value".
 */
function requiredAnswered(shown: ChecklistRecord, procedure: Procedure, options: FhirOptions): boolean {
  const required = requiredQuestionIds(procedure, options);
  return visibleSteps(procedure, shown).every((s) => s.questions.every((q) => !required.has(q.id) || shown.answers[q.id] !== undefined));
}

const group = (linkId: string, text: string, item: QuestionnaireResponseItem[]): QuestionnaireResponseItem[] => (item.length ? [{ linkId, text, item }] : []);

/**
 * The record as an R4 QuestionnaireResponse for the procedure's Questionnaire: only what the
 * record entry may hold (visible steps and questions), in the same groups as the Questionnaire
 * (one `child` group per child, after the children step). Items kept out of the entry carry no answer, only
 * data-absent-reason `masked`. In progress until the review finds nothing blocking and every
 * required item is answered.
 */
export function toFhirQuestionnaireResponse(record: ChecklistRecord, procedure: Procedure, lang: Lang, options: FhirOptions = {}): QuestionnaireResponse {
  requireLanguage(lang, 'toFhirQuestionnaireResponse');
  const visible = visibleRecord(record, procedure);
  const shown = shownRecord(record, procedure);
  // The steps the Questionnaire's own rule opens on what is sent: part 2 is not sent when it
  // opened only on an answer kept out of the entry (a receiver would find answers in a disabled group).
  const steps = visibleSteps(procedure, shown).filter((s) => s.part !== 'summary');
  const childSteps = steps.filter((s) => s.childQuestions?.length);
  const [firstChildStep, ...laterChildSteps] = childSteps;
  const children = visible.children.flatMap((child) => {
    const own = shown.children.find((c) => c.id === child.id)?.answers ?? {};
    const items = [
      ...responseItems(firstChildStep?.childQuestions ?? [], child.answers, own, lang, options),
      ...laterChildSteps.flatMap((s) => group(`${LINK_IDS.child}-${s.id}`, pick(fhirLabels.childStepGroup(s.title), lang), responseItems(s.childQuestions!, child.answers, own, lang, options))),
    ];
    return group(LINK_IDS.child, pick(fhirLabels.childGroup, lang), items);
  });
  const stepItems = (s: Step) => [...group(s.id, pick(s.title, lang), responseItems(s.questions, visible.answers, shown.answers, lang, options)), ...(s === firstChildStep ? children : [])];
  const blocking = keepsResponseOpen(reviewRecord(record, procedure)) || !requiredAnswered(shown, procedure, options);
  const response: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    language: lang,
    text: noteNarrative(record, procedure, lang, pick(procedure.title, lang), () => true, true),
    questionnaire: questionnaireIdentity(procedure, options).canonical,
    status: blocking ? 'in-progress' : (options.status ?? 'completed'),
    authored: options.authored ?? new Date().toISOString(),
  };
  if (options.subject) response.subject = options.subject;
  if (options.author) response.author = options.author;
  const item = [
    ...steps.filter((s) => s.part === 'screening').flatMap(stepItems),
    ...group(LINK_IDS.mapping, pick(fhirLabels.mappingGroup, lang), steps.filter((s) => s.part === 'mapping').flatMap(stepItems)),
  ];
  if (item.length) response.item = item;
  return response;
}
