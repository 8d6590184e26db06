import type { Procedure, Question, Step } from '../routine/procedure.js';

// TEMPORARY shims until the record-v2 procedure shape lands on main (SDK-CONTRACT.md).
export type Condition =
  | { any: Condition[] }
  | { all: Condition[] }
  | { not: Condition }
  | { question: string; equals: string }
  | { question: string; answered: true }
  | { question: string; includesOtherThan: string[] };
type StepV2 = Step & { childQuestions?: Question[] };
type QuestionV2 = Question & { enableWhen?: Condition };
type ProcedureV2 = Procedure & { mappingOpensWhen?: Condition };

/** Questions asked once per child inside a step. */
export function stepChildQuestions(procedure: Procedure, step: Step): Question[] {
  const own = (step as StepV2).childQuestions;
  if (own) return own;
  return step.id === 'children' ? procedure.childQuestions : [];
}

export function questionCondition(question: Question): Condition | undefined {
  return (question as QuestionV2).enableWhen;
}

const legacyMappingRule: Condition = {
  any: [
    { question: 'hasChildren', equals: 'yes' },
    { question: 'childNeedsCareNow', equals: 'yes' },
    { question: 'neglectConcern', equals: 'yes' },
    { all: [{ not: { question: 'hasChildren', equals: 'no' } }, { question: 'triggers', answered: true }] },
  ],
};

export function mappingCondition(procedure: Procedure): Condition {
  return (procedure as ProcedureV2).mappingOpensWhen ?? legacyMappingRule;
}

/** Every question of a procedure once: patient-level questions, then those asked per child. */
export function procedureQuestions(procedure: Procedure): Question[] {
  return [...procedure.steps.flatMap((s) => s.questions), ...procedure.steps.flatMap((s) => stepChildQuestions(procedure, s))];
}

/** TEMPORARY copy of the engine's evaluator (routine/condition.ts on main replaces it). */
export function evaluateCondition(condition: Condition, answers: Record<string, string | string[]>): boolean {
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers));
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers));
  if ('not' in condition) return !evaluateCondition(condition.not, answers);
  const raw = Object.prototype.hasOwnProperty.call(answers, condition.question) ? answers[condition.question] : undefined;
  const given = raw === undefined || raw === '' ? [] : Array.isArray(raw) ? raw : [raw];
  if ('equals' in condition) return given.includes(condition.equals);
  if ('answered' in condition) return given.length > 0;
  return given.some((v) => !condition.includesOtherThan.includes(v));
}
