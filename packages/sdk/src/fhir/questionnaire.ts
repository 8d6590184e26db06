import type { Questionnaire, QuestionnaireItem, QuestionnaireItemAnswerOption } from 'fhir/r4.js';
import { allQuestions, type Procedure, type Question, type Step } from '../routine/procedure.js';
import { ISO_3166, ITEM_CONTROL_SYSTEM, ITEM_CONTROL_URL } from './canonical.js';
import { enableFields, toEnableWhen, type QuestionLookup } from './enable-when.js';
import { fhirLabels } from './labels.js';
import { narrative } from './narrative.js';
import {
  answerCoding,
  DEFAULT_PUBLISHER,
  DEFINITIONS_DATE,
} from './terminology.js';
import { BASE_LANG, translations } from './translation.js';
import { pick } from '../i18n/lang.js';
import { questionCoding, questionnaireIdentity, type FhirQuestionnaireOptions } from './identity.js';

export { questionnaireIdentity, type FhirQuestionnaireOptions } from './identity.js';

/** Stable linkIds of the groups that are not steps. */
export const LINK_IDS = { mapping: 'mapping', child: 'child' } as const;

const requiredWhereShown = (q: Question) => Boolean(q.core && !q.enableWhen && !q.recordedOnlyWhen);

/**
 * The questions the Questionnaire marks `required`: a core question that nothing hides itself
 * (one behind a condition is checked by the review; one recorded only when it applies, the duty
 * to report, is absent otherwise), and only where every SDC renderer can tell when it applies.
 * Part 2 behind an `enableWhenExpression` is not such a place (LHC-Forms' validation ignores
 * the expression and asks for part 2's items in a "no children" screening), nor is the repeating
 * child group (LHC-Forms shows one empty child and asks for its items when none is recorded).
 * Whether a completed response holds them is read from here too (`routine/fhir.ts`).
 */
export function requiredQuestionIds(procedure: Procedure, options: FhirQuestionnaireOptions = {}): Set<string> {
  const questions = new Map(allQuestions(procedure).map((q) => [q.id, q]));
  const mappingFlat = !!toEnableWhen(procedure.mappingOpensWhen, (id) => questions.get(id), options);
  return new Set(
    procedure.steps
      .filter((s) => s.part === 'screening' || (s.part === 'mapping' && mappingFlat))
      .flatMap((s) => s.questions.filter(requiredWhereShown).map((q) => q.id)),
  );
}

function questionItem(procedure: Procedure, q: Question, lookup: QuestionLookup, options: FhirQuestionnaireOptions, required: ReadonlySet<string> = new Set()): QuestionnaireItem {
  const condition = q.enableWhen;
  const item: QuestionnaireItem = {
    linkId: q.id,
    code: [questionCoding(procedure, q, options)],
    text: pick(q.label, BASE_LANG),
    _text: translations(q.label),
    type: q.type === 'yesno' ? 'boolean' : q.type === 'multi' ? 'choice' : q.type,
    ...(condition ? enableFields(condition, lookup, options) : {}),
  };
  if (q.type === 'multi') item.repeats = true;
  if (required.has(q.id)) item.required = true;
  if (q.options?.length) {
    item.answerOption = q.options.map((o): QuestionnaireItemAnswerOption => ({
      valueCoding: { ...answerCoding(q, o.value, options), _display: translations(o.label) },
    }));
  }
  if (q.help) {
    item.item = [
      {
        linkId: `${q.id}-help`,
        text: pick(q.help, BASE_LANG),
        _text: translations(q.help),
        type: 'display',
        extension: [
          {
            url: ITEM_CONTROL_URL,
            valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: 'help', display: 'Help-Button' }], text: pick(fhirLabels.help, BASE_LANG) },
          },
        ],
      },
    ];
  }
  return item;
}

function group(linkId: string, text: Step['title'], items: QuestionnaireItem[], extra: Partial<QuestionnaireItem> = {}): QuestionnaireItem {
  return { linkId, text: pick(text, BASE_LANG), _text: translations(text), type: 'group', ...extra, item: items };
}

/** The repeating per-child group: the children step's questions, then one subgroup per later step. */
function childGroup(procedure: Procedure, steps: Step[], lookup: QuestionLookup, options: FhirQuestionnaireOptions): QuestionnaireItem | undefined {
  const withChildQuestions = steps.filter((s) => (s.childQuestions ?? []).length);
  if (!withChildQuestions.length) return undefined;
  const [first, ...later] = withChildQuestions;
  const items = [
    ...(first!.childQuestions ?? []).map((q) => questionItem(procedure, q, lookup, options)),
    ...later.map((s) => group(`${LINK_IDS.child}-${s.id}`, fhirLabels.childStepGroup(s.title), (s.childQuestions ?? []).map((q) => questionItem(procedure, q, lookup, options)))),
  ];
  return group(LINK_IDS.child, fhirLabels.childGroup, items, { repeats: true });
}

/**
 * The procedure as one R4 Questionnaire for all three languages (bokmål text, nynorsk and
 * English as translation extensions): screening groups, then part 2 behind the procedure's own
 * opening condition, with one repeating group per child.
 */
export function questionnaireFor(procedure: Procedure, options: FhirQuestionnaireOptions = {}): Questionnaire {
  const identity = questionnaireIdentity(procedure, options);
  const questions = new Map(allQuestions(procedure).map((q) => [q.id, q]));
  const lookup: QuestionLookup = (id) => questions.get(id);
  const steps = procedure.steps.filter((s) => s.part !== 'summary');
  const mapping = steps.filter((s) => s.part === 'mapping');
  const firstChildStep = mapping.find((s) => (s.childQuestions ?? []).length);
  const child = childGroup(procedure, mapping, lookup, options);
  const required = requiredQuestionIds(procedure, options);
  const stepGroup = (s: Step) => group(s.id, s.title, s.questions.map((q) => questionItem(procedure, q, lookup, options, required)));
  // In part 2 the repeating child group follows the step that asks about the children.
  const mappingItems = mapping.flatMap((s) => [stepGroup(s), ...(child && s === firstChildStep ? [child] : [])]).filter((g) => g.item?.length);
  const items = [
    ...steps.filter((s) => s.part === 'screening').map(stepGroup),
    group(LINK_IDS.mapping, fhirLabels.mappingGroup, mappingItems, enableFields(procedure.mappingOpensWhen, lookup, options)),
  ];
  const questionnaire: Questionnaire = {
    resourceType: 'Questionnaire',
    id: identity.id,
    text: narrative(pick(procedure.title, BASE_LANG), steps.map((s) => ({ heading: pick(s.title, BASE_LANG), lines: [...s.questions, ...(s.childQuestions ?? [])].map((q) => pick(q.label, BASE_LANG)) }))),
    url: identity.url,
    version: identity.version,
    name: identity.id.split(/[-._]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(''),
    title: pick(procedure.title, BASE_LANG),
    _title: translations(procedure.title),
    status: 'active',
    experimental: false,
    subjectType: ['Patient'],
    date: options.date ?? DEFINITIONS_DATE,
    publisher: options.publisher ?? DEFAULT_PUBLISHER,
    jurisdiction: [{ coding: [{ system: ISO_3166, code: 'NO', display: 'Norway' }] }],
    language: BASE_LANG,
    item: items,
  };
  if (identity.derivedFrom) questionnaire.derivedFrom = [identity.derivedFrom];
  return questionnaire;
}
