import type { QuestionnaireResponseItemAnswer } from 'fhir/r4.js';
import type { Question } from '../routine/procedure.js';
import type { Answer } from '../routine/record.js';
import type { FhirBaseOptions } from './canonical.js';
import { answerCoding, answerValue } from './terminology.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A record answer as QuestionnaireResponse answers, typed like the Questionnaire item. A coded
 * answer is the answerOption's Coding exactly, display in the Questionnaire's language (bokmål)
 * whatever the response's language: renderers match answers on display too (LHC-Forms drops a
 * nynorsk or English display it cannot find among the options, issue 31), and the translations
 * travel once, in the Questionnaire's `translation` extensions.
 */
export function toResponseAnswers(question: Question, answer: Answer | undefined, options: FhirBaseOptions = {}): QuestionnaireResponseItemAnswer[] {
  if (answer === undefined || answer === '') return [];
  const values = (Array.isArray(answer) ? answer : [answer]).filter((v) => v !== '');
  return values.flatMap((v): QuestionnaireResponseItemAnswer[] => {
    if (question.type === 'yesno') return v === 'yes' || v === 'no' ? [{ valueBoolean: v === 'yes' }] : [];
    // A date item takes only a date; anything else would be invalid for the item type.
    if (question.type === 'date') return ISO_DATE.test(v) ? [{ valueDate: v }] : [];
    if (question.options?.length) return [{ valueCoding: answerCoding(question, v, options) }];
    return [{ valueString: v }];
  });
}

/** The record answer back from QuestionnaireResponse answers (the inverse, for round trips). */
export function fromResponseAnswers(question: Question, answers: QuestionnaireResponseItemAnswer[]): Answer | undefined {
  const values = answers.flatMap((a) => {
    if (a.valueBoolean !== undefined) return [a.valueBoolean ? 'yes' : 'no'];
    if (a.valueDate !== undefined) return [a.valueDate];
    if (a.valueCoding?.code !== undefined) return [answerValue(question, a.valueCoding.code) ?? a.valueCoding.code];
    if (a.valueString !== undefined) return [a.valueString];
    return [];
  });
  if (!values.length) return undefined;
  return question.type === 'multi' ? values : values[0];
}
