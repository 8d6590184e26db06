import type { CodeSystem, CodeSystemConcept, Coding, ValueSet } from 'fhir/r4.js';
import { CONSENT_INFORMATION, CONSENT_RECIPIENTS, informationLabels, recipientLabels } from '../consent/consent.js';
import { pick, type Lang, type Text } from '../i18n/lang.js';
import { allQuestions, defaultProcedure, type Option, type Procedure, type Question } from '../routine/procedure.js';
import { canonicalUrl, fhirBase, ISO_3166, type FhirBaseOptions } from './canonical.js';
import { INFORMATION_CODE_SYSTEM_ID, QUESTION_CODE_SYSTEM_ID, RECIPIENT_CODE_SYSTEM_ID, TASK_CODE_SYSTEM_ID } from './code-system-ids.js';
import { fhirLabels, taskLabels, TASK_CODES } from './labels.js';
import { narrative } from './narrative.js';
import { BASE_LANG, designations, translations } from './translation.js';
import { asciiCode } from './ascii-code.js';
import { localQuestionSystemId, nationalQuestion, questionnaireIdentity } from './identity.js';

export { asciiCode } from './ascii-code.js';

export interface FhirDefinitionOptions extends FhirBaseOptions {
  /** Who publishes the definitions (the municipality or health trust); defaults to the project. */
  publisher?: string;
  /** Publication date (ISO date) of the definitions; defaults to the release date. */
  date?: string;
}

export const DEFAULT_PUBLISHER = 'Barn som pårørende (open source)';
/** The release date of the shipped definitions (a fixed date keeps the exported files stable). */
export const DEFINITIONS_DATE = '2026-11-23';
/** Version of the code systems that do not come from a procedure (consent, tasks). */
export const TERMINOLOGY_VERSION = '1.0.0';

/** ASCII code per option value of a question, checked to keep one meaning per code. */
export function answerCodes(question: Question): Map<string, string> {
  const codes = new Map<string, string>();
  const taken = new Set<string>();
  for (const option of question.options ?? []) {
    const code = asciiCode(option.value);
    if (taken.has(code)) throw new Error(`Answer values of "${question.id}" collide in ASCII code "${code}"`);
    taken.add(code);
    codes.set(option.value, code);
  }
  return codes;
}

const kebab = (id: string) => asciiCode(id.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase());
const pascal = (id: string) => kebab(id).split(/[-._]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

/** Resource id of a question's answer list (also the last part of its canonical). */
export const answerListId = (question: Question) => `bsp-answer-${kebab(question.id)}`;

/** The questions whose answers are codes (choice and multi). */
export function codedQuestions(procedure: Procedure): Question[] {
  return allQuestions(procedure).filter((q) => (q.type === 'choice' || q.type === 'multi') && q.options?.length);
}

/** The Coding of an answer value, display in the given language. */
export function answerCoding(question: Question, value: string, options: FhirBaseOptions & { lang?: Lang } = {}): Coding {
  const option = question.options?.find((o) => o.value === value);
  return {
    system: canonicalUrl.codeSystem(fhirBase(options), answerListId(question)),
    code: answerCodes(question).get(value) ?? asciiCode(value),
    display: option ? pick(option.label, options.lang ?? BASE_LANG) : value,
  };
}

/** The answer value a coded answer stands for (the inverse of {@link answerCoding}). */
export function answerValue(question: Question, code: string): string | undefined {
  for (const [value, c] of answerCodes(question)) if (c === code) return value;
  return undefined;
}

interface ConceptInput {
  code: string;
  label: Text;
}

const concept = ({ code, label }: ConceptInput): CodeSystemConcept => ({ code, display: pick(label, BASE_LANG), designation: designations(label) });

function codeSystem(id: string, title: Text, version: string, concepts: ConceptInput[], options: FhirDefinitionOptions): CodeSystem {
  const url = canonicalUrl.codeSystem(fhirBase(options), id);
  return {
    resourceType: 'CodeSystem',
    id,
    text: narrative(pick(title, BASE_LANG), [{ lines: concepts.map((c) => `${c.code}: ${pick(c.label, BASE_LANG)}`) }]),
    url,
    version,
    name: pascal(id),
    title: pick(title, BASE_LANG),
    _title: translations(title),
    status: 'active',
    experimental: false,
    date: options.date ?? DEFINITIONS_DATE,
    publisher: options.publisher ?? DEFAULT_PUBLISHER,
    jurisdiction: [{ coding: [{ system: ISO_3166, code: 'NO', display: 'Norway' }] }],
    language: BASE_LANG,
    caseSensitive: true,
    valueSet: canonicalUrl.valueSet(fhirBase(options), id),
    content: 'complete',
    count: concepts.length,
    concept: concepts.map(concept),
  };
}

/** The ValueSet of all codes of one of our CodeSystems (what an item's answers are bound to). */
export function valueSetFor(system: CodeSystem): ValueSet {
  return {
    resourceType: 'ValueSet',
    id: system.id!,
    text: narrative(system.title!, [{ lines: [system.url!] }]),
    url: system.valueSet!,
    version: system.version!,
    name: system.name!,
    title: system.title!,
    _title: system._title,
    status: 'active',
    experimental: false,
    date: system.date!,
    publisher: system.publisher!,
    jurisdiction: system.jurisdiction!,
    language: BASE_LANG,
    compose: { include: [{ system: system.url!, version: system.version! }] },
  };
}

const optionConcepts = (question: Question, codes = answerCodes(question)) =>
  (question.options ?? []).map((o: Option) => ({ code: codes.get(o.value)!, label: o.label }));

/**
 * Every CodeSystem the exports use: one per coded question (its own system, so "unknown" and
 * "other" mean one thing each), the questions themselves (item.code), consent recipients and
 * information classes, and follow-up task kinds.
 */
export function toFhirCodeSystems(procedure: Procedure, options: FhirDefinitionOptions = {}): CodeSystem[] {
  // A national question's codes are the national CodeSystems as published, whatever an overlay
  // rewords: one url|version never names two contents (issue 31). An overlay's own questions get
  // a local CodeSystem, versioned with its local Questionnaire.
  const perQuestion = codedQuestions(procedure).map((q) => {
    const national = nationalQuestion(q.id);
    const [source, version] = national ? [national, defaultProcedure.version] : [q, questionnaireIdentity(procedure, options).version];
    return codeSystem(answerListId(source), fhirLabels.answerListTitle(source.label), version, optionConcepts(source), options);
  });
  const local = allQuestions(procedure).filter((q) => !nationalQuestion(q.id));
  const identity = questionnaireIdentity(procedure, options);
  return [
    codeSystem(QUESTION_CODE_SYSTEM_ID, fhirLabels.questionSystemTitle, defaultProcedure.version, allQuestions(defaultProcedure).map((q) => ({ code: q.id, label: q.label })), options),
    ...perQuestion,
    codeSystem(RECIPIENT_CODE_SYSTEM_ID, fhirLabels.recipientSystemTitle, TERMINOLOGY_VERSION, CONSENT_RECIPIENTS.map((r) => ({ code: r, label: recipientLabels[r] })), options),
    codeSystem(INFORMATION_CODE_SYSTEM_ID, fhirLabels.informationSystemTitle, TERMINOLOGY_VERSION, CONSENT_INFORMATION.map((i) => ({ code: i, label: informationLabels[i] })), options),
    codeSystem(TASK_CODE_SYSTEM_ID, fhirLabels.taskSystemTitle, TERMINOLOGY_VERSION, TASK_CODES.map((t) => ({ code: t, label: taskLabels[t] })), options),
    ...(local.length ? [codeSystem(localQuestionSystemId(procedure, options), fhirLabels.localQuestionSystemTitle(procedure.title), identity.version, local.map((q) => ({ code: q.id, label: q.label })), options)] : []),
  ];
}

/** A ValueSet per CodeSystem of {@link toFhirCodeSystems}. */
export function toFhirValueSets(procedure: Procedure, options: FhirDefinitionOptions = {}): ValueSet[] {
  return toFhirCodeSystems(procedure, options).map(valueSetFor);
}
