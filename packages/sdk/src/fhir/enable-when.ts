import type { Extension, QuestionnaireItem, QuestionnaireItemEnableWhen } from 'fhir/r4.js';
import type { Condition } from '../routine/condition.js';
import type { Question } from '../routine/procedure.js';
import { ENABLE_WHEN_EXPRESSION_URL, type FhirBaseOptions } from './canonical.js';
import { answerCodes, answerCoding, asciiCode } from './terminology.js';

/**
 * The engine's Condition in a Questionnaire, so a renderer shows exactly what the widget shows:
 * `enableWhen` (+ `enableBehavior`) whenever the rule fits its flat any/all form, which every
 * renderer understands; otherwise the SDC `enableWhenExpression` in FHIRPath over the response.
 * R4's `!=` is left out on purpose: renderers disagree on whether it holds for an unanswered
 * question, while the engine's `not` is clear (it does).
 */
export type QuestionLookup = (id: string) => Question | undefined;

type Fields = Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior' | 'extension'>;

function leafEnableWhen(condition: Condition, question: Question, options: FhirBaseOptions): QuestionnaireItemEnableWhen[] | undefined {
  if ('equals' in condition) {
    const base = { question: question.id, operator: '=' as const };
    if (question.type === 'yesno') {
      return condition.equals === 'yes' || condition.equals === 'no' ? [{ ...base, answerBoolean: condition.equals === 'yes' }] : undefined;
    }
    if (question.type === 'date') return [{ ...base, answerDate: condition.equals }];
    if (question.options?.length) return [{ ...base, answerCoding: codingOnly(question, condition.equals, options) }];
    return [{ ...base, answerString: condition.equals }];
  }
  if ('answered' in condition) return [{ question: question.id, operator: 'exists', answerBoolean: true }];
  if ('includesOtherThan' in condition) {
    const others = (question.options ?? []).filter((o) => !condition.includesOtherThan.includes(o.value));
    return question.type === 'multi' && others.length ? others.map((o) => ({ question: question.id, operator: '=', answerCoding: codingOnly(question, o.value, options) })) : undefined;
  }
  return undefined;
}

const codingOnly = (question: Question, value: string, options: FhirBaseOptions) => {
  const { system, code } = answerCoding(question, value, options);
  return { system, code };
};

/** enableWhen entries for a leaf (or a negated "answered"), with how they combine. */
function flat(condition: Condition, lookup: QuestionLookup, options: FhirBaseOptions): { entries: QuestionnaireItemEnableWhen[]; behavior: 'any' | 'all' } | undefined {
  if ('not' in condition) {
    const inner = condition.not;
    if ('answered' in inner && lookup(inner.question)) return { entries: [{ question: inner.question, operator: 'exists', answerBoolean: false }], behavior: 'all' };
    return undefined;
  }
  if ('any' in condition || 'all' in condition) return undefined;
  const question = lookup(condition.question);
  const entries = question && leafEnableWhen(condition, question, options);
  return entries ? { entries, behavior: 'any' } : undefined;
}

/** enableWhen for the condition, or undefined when it does not fit the flat form. */
export function toEnableWhen(condition: Condition, lookup: QuestionLookup, options: FhirBaseOptions = {}): Fields | undefined {
  const parts = 'any' in condition ? condition.any : 'all' in condition ? condition.all : [condition];
  const behavior = 'all' in condition ? 'all' : 'any';
  const entries: QuestionnaireItemEnableWhen[] = [];
  for (const part of parts) {
    const f = flat(part, lookup, options);
    // A part that is itself an OR of several entries only fits inside an OR.
    if (!f || (f.entries.length > 1 && f.behavior !== behavior)) return undefined;
    entries.push(...f.entries);
  }
  if (!entries.length) return undefined;
  return entries.length > 1 ? { enableWhen: entries, enableBehavior: behavior } : { enableWhen: entries };
}

const literal = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * The condition as a FHIRPath boolean over the QuestionnaireResponse (%resource). Every leaf
 * ends in exists(), so an unanswered question gives false (never empty) and `not` stays exact.
 */
export function toFhirPath(condition: Condition, lookup: QuestionLookup): string {
  if ('any' in condition) return condition.any.length ? `(${condition.any.map((c) => toFhirPath(c, lookup)).join(' or ')})` : 'false';
  if ('all' in condition) return condition.all.length ? `(${condition.all.map((c) => toFhirPath(c, lookup)).join(' and ')})` : 'true';
  if ('not' in condition) return `${toFhirPath(condition.not, lookup)}.not()`;
  const question = lookup(condition.question);
  const answers = `%resource.repeat(item).where(linkId = ${literal(condition.question)}).answer`;
  if ('answered' in condition) return `${answers}.exists()`;
  const codes = question ? answerCodes(question) : new Map<string, string>();
  const code = (value: string) => literal(codes.get(value) ?? asciiCode(value));
  if ('includesOtherThan' in condition) {
    const listed = condition.includesOtherThan.map(code);
    return listed.length ? `${answers}.where((value.code in (${listed.join(' | ')})).not()).exists()` : `${answers}.exists()`;
  }
  if (question?.type === 'yesno') return `${answers}.where(value = ${condition.equals === 'yes'}).exists()`;
  if (question?.options?.length) return `${answers}.where(value.code = ${code(condition.equals)}).exists()`;
  return `${answers}.where(value = ${literal(condition.equals)}).exists()`;
}

/** The item fields that make it show when the condition holds. */
export function enableFields(condition: Condition, lookup: QuestionLookup, options: FhirBaseOptions = {}): Fields {
  const flatForm = toEnableWhen(condition, lookup, options);
  if (flatForm) return flatForm;
  const extension: Extension = {
    url: ENABLE_WHEN_EXPRESSION_URL,
    valueExpression: { language: 'text/fhirpath', expression: toFhirPath(condition, lookup) },
  };
  return { extension: [extension] };
}
