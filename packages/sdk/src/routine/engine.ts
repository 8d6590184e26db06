import { evaluateCondition, ownAnswer } from './condition.js';
import { screeningPart } from './parts/screening-part.js';
import type { Procedure, Question, Step } from './procedure.js';
import type { Answer, ChecklistRecord, ChildEntry } from './record.js';

/**
 * Which parts of the procedure apply now. The note, the review and the FHIR export all read the
 * record through `visibleRecord`, so an answer left behind in a part that has closed (screening
 * changed so part 2 closed, a "don't know" changed to "yes") can never reach the record entry.
 */

/**
 * Part 2 opens when the procedure's rule holds (TrygtBarn, 003): data, shared with FHIR. Left out,
 * the national rule (part 1's, the same object as `defaultProcedure`'s).
 */
export function screeningOpensMapping(record: Pick<ChecklistRecord, 'answers'>, procedure: Pick<Procedure, 'mappingOpensWhen'> = screeningPart): boolean {
  return evaluateCondition(procedure.mappingOpensWhen, record.answers);
}

/** The steps to show now: part 2 only when screening calls for it. */
export function visibleSteps(procedure: Procedure, record: Pick<ChecklistRecord, 'answers'>): Step[] {
  const mapping = screeningOpensMapping(record, procedure);
  return procedure.steps.filter((step) => step.part !== 'mapping' || mapping);
}

/** The questions to show now, given the answers they depend on. */
export function visibleQuestions(questions: readonly Question[], answers: Record<string, Answer>): Question[] {
  return questions.filter((q) => !q.enableWhen || evaluateCondition(q.enableWhen, answers));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The answer as the question can read it: option values it does not know and dates that are not
 * ISO dates are dropped (a host or an old draft may hold anything), so no output carries them.
 */
export function interpretAnswer(q: Question, answer: Answer | undefined): Answer | undefined {
  if (answer === undefined) return undefined;
  if (q.type === 'text') return typeof answer === 'string' && answer.trim() ? answer : undefined;
  if (q.type === 'date') return typeof answer === 'string' && ISO_DATE.test(answer) ? answer : undefined;
  const known = q.type === 'yesno' ? ['yes', 'no'] : (q.options ?? []).map((o) => o.value);
  const values = (Array.isArray(answer) ? answer : [answer]).filter((v) => known.includes(v));
  if (q.type === 'multi') return values.length ? [...new Set(values)] : undefined;
  return values[0];
}

function keep(questions: readonly Question[], answers: Record<string, Answer>, into: Record<string, Answer>): void {
  for (const q of visibleQuestions(questions, answers)) {
    const answer = interpretAnswer(q, ownAnswer(answers, q.id));
    if (answer !== undefined) into[q.id] = answer;
  }
}

/**
 * The record as the outputs may see it: only answers of visible steps and questions, as the
 * questions can read them; children only when part 2 is open. The stored record keeps everything (nothing typed is lost).
 */
export function visibleRecord(record: ChecklistRecord, procedure: Procedure): ChecklistRecord {
  const steps = visibleSteps(procedure, record);
  const answers: Record<string, Answer> = {};
  for (const step of steps) keep(step.questions, record.answers, answers);
  const mapping = steps.some((s) => s.part === 'mapping');
  const children: ChildEntry[] = mapping
    ? record.children.map((child) => {
        const own: Record<string, Answer> = {};
        for (const step of steps) keep(step.childQuestions ?? [], child.answers, own);
        return { ...child, answers: own };
      })
    : [];
  return { ...record, answers, children, ...(mapping ? {} : { consent: undefined }) };
}
