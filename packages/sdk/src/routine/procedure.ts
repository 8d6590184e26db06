import type { Text } from '../i18n/lang.js';
import type { Condition } from './condition.js';
import type { MappingPart } from './parts/mapping-part.js';

/**
 * The national default procedure as data (002 §4.3.1 and §5.3.1; 000; TrygtBarn's two-part
 * screening, 003). The widget renders it; the note and FHIR are derived from it.
 */
export type AnswerType = 'yesno' | 'choice' | 'multi' | 'text' | 'date';

export interface Option {
  value: string;
  label: Text;
}

export interface Question {
  id: string;
  type: AnswerType;
  label: Text;
  help?: Text;
  options?: Option[];
  /**
   * Part of the legal core: a municipal overlay may reword it, never remove it, and its note item
   * can never be kept out of the record entry.
   */
  core?: boolean;
  /** Shown only when this holds (e.g. the reason when "don't know"); absent = always. */
  enableWhen?: Condition;
  /**
   * The item as a statement for the record entry ("Label: value"), where the question reads
   * oddly in a journal; absent: the question and its answer.
   */
  noteLabel?: Text;
  /**
   * Written into the record entry and the FHIR response only when this holds (a conclusion, never
   * a question a parent reads on Helsenorge as suspicion: the duty to report only when it applies).
   * Such an item is never required of a completed response.
   */
  recordedOnlyWhen?: Condition;
}

export type StepId = 'screening' | 'children' | 'consent' | 'information' | 'followup' | 'summary' | string;

export interface Step {
  id: StepId;
  title: Text;
  intro?: Text;
  /** `screening` is part 1; `mapping` steps show only when screening calls for it. */
  part: 'screening' | 'mapping' | 'summary';
  /** Asked once, about the patient and the family. */
  questions: Question[];
  /** Asked once per child inside this step (information and follow-up can differ per child). */
  childQuestions?: Question[];
  /** The law and section, localized (never an internal source code). */
  legalRef?: Text;
  core?: boolean;
  /** Local links (municipal overlay). */
  links?: { label: Text; href: string }[];
}

export interface Procedure {
  id: string;
  version: string;
  title: Text;
  steps: Step[];
  /** When part 2 (the `mapping` steps) opens: one rule for the engine and the FHIR export. */
  mappingOpensWhen: Condition;
}

/** Every per-child question, in step order (the children step's first). */
export function allChildQuestions(procedure: Procedure): Question[] {
  return procedure.steps.flatMap((s) => s.childQuestions ?? []);
}

/** Every question of the procedure, patient level and per child. */
export function allQuestions(procedure: Procedure): Question[] {
  return procedure.steps.flatMap((s) => [...s.questions, ...(s.childQuestions ?? [])]);
}

// The national procedure and its parts live in modules of their own, so code that needs only the
// types and helpers above (a first load) does not pull part 2 in with them (rollup places modules
// by their imports).
export { defaultProcedure } from './default-procedure.js';
export { FOLLOW_UP_OPTIONS, mappingPart, type MappingPart } from './parts/mapping-part.js';
export { LEGAL, TRIGGERS, screeningPart } from './parts/screening-part.js';

/**
 * A procedure from its two parts: part 2's steps between part 1's screening steps and its
 * summary. The national procedure is put together with it in one place (default-procedure.ts).
 */
export function composeProcedure(screening: Procedure, mapping: MappingPart): Procedure {
  const before = screening.steps.filter((step) => step.part !== 'summary');
  const after = screening.steps.filter((step) => step.part === 'summary');
  return { ...screening, steps: [...before, ...mapping.steps, ...after] };
}
