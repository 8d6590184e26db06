import type { Answer } from './record.js';

/**
 * When a question or part of the procedure shows, as data. The engine evaluates it and the FHIR
 * export translates the same object (enableWhen / FHIRPath), so the two can never drift apart.
 * Deliberately small: what the national procedure and municipal overlays need, nothing more.
 */
export type Condition =
  | { any: Condition[] }
  | { all: Condition[] }
  | { not: Condition }
  /** A single answer equals the value; a multi answer includes it. */
  | { question: string; equals: string }
  | { question: string; answered: true }
  /** A multi answer holds a value outside the list (e.g. any trigger but "none of these"). */
  | { question: string; includesOtherThan: string[] };

/** Own-property read: ids like `toString` or `__proto__` never reach Object.prototype. */
export function ownAnswer(answers: Record<string, Answer>, id: string): Answer | undefined {
  return Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
}

function values(answer: Answer | undefined): string[] {
  if (answer === undefined || answer === '') return [];
  return Array.isArray(answer) ? answer : [answer];
}

export function evaluateCondition(condition: Condition, answers: Record<string, Answer>): boolean {
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers));
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers));
  if ('not' in condition) return !evaluateCondition(condition.not, answers);
  const given = values(ownAnswer(answers, condition.question));
  if ('equals' in condition) return given.includes(condition.equals);
  if ('answered' in condition) return given.length > 0;
  return given.some((v) => !condition.includesOtherThan.includes(v));
}

/** The question ids a condition reads (to order and validate overlays). */
export function conditionQuestions(condition: Condition): string[] {
  if ('any' in condition) return condition.any.flatMap(conditionQuestions);
  if ('all' in condition) return condition.all.flatMap(conditionQuestions);
  if ('not' in condition) return conditionQuestions(condition.not);
  return [condition.question];
}
