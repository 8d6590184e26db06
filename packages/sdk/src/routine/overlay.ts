import { array, enum as zEnum, minLength, maxLength, object, optional, record, refine, regex, string, union, type infer as Infer } from 'zod/mini';
import { textByLanguage, type Lang, type LocalizedText, type Text } from '../i18n/lang.js';
import { toLocalizedText } from '../i18n/localized-input.js';
import { BspError, type BspIssue } from '../errors/bsp-error.js';
import type { ParseResult } from '../errors/parse.js';
import { parseWith } from '../errors/parse-with.js';
import { format } from '../i18n/messages.js';
import { safeHref } from '../shared/safe-href.js';
import { allQuestions, type Procedure, type Question, type Step } from './procedure.js';
import { checklistMessages, type ChecklistMessageKey } from './translations/index.js';
import { deferred } from '../shared/deferred.js';
import { unknownKeyIssues } from '../errors/unknown-keys.js';

/**
 * A municipality's overlay on the national procedure: reword steps and questions, add local
 * steps and questions, link its own documents. The legal core (identify, assess, consent,
 * document) cannot be removed or emptied, and added ids can neither collide with existing ones
 * nor take the ids the checklist gives meaning to (DOMAIN §4).
 */
export const procedureOverlaySchema = deferred(() => {
  /** A rewording: one string for all languages, or any subset of languages, merged over the text it replaces. */
  const localizedInput = union([string().check(minLength(1), maxLength(4000)), record(string().check(maxLength(3)), string().check(maxLength(4000)))]);
  // A pattern, not a refine: the JSON Schema then refuses `hjemme nord` too.
  const id = string().check(minLength(1), maxLength(100), regex(/^[A-Za-z][\w-]*$/, { message: 'formatId' }));
  const safeLink = object({
    label: localizedInput,
    href: string().check(refine((v) => safeHref(v) !== undefined, { message: 'unsafe-link' })),
  });
  const overlayQuestion = object({
    id,
    type: zEnum(['yesno', 'text', 'date']),
    label: localizedInput,
    help: optional(localizedInput),
    /** How the journal note names the answer, as a statement ("Fastlege: …"); the label otherwise. */
    noteLabel: optional(localizedInput),
  });
  return object({
    wording: optional(
      array(object({ id: string().check(minLength(1)), label: optional(localizedInput), help: optional(localizedInput), title: optional(localizedInput), intro: optional(localizedInput) })),
    ),
    addQuestions: optional(array(object({ step: string().check(minLength(1)), question: overlayQuestion }))),
    // Asked once per child, in each child's card on a step with per-child questions (issue 27;
    // the municipality's own "which child" items, e.g. the child's GP or school).
    addChildQuestions: optional(array(object({ step: string().check(minLength(1)), question: overlayQuestion }))),
    addSteps: optional(array(object({ id, after: string(), title: localizedInput, intro: optional(localizedInput), questions: optional(array(overlayQuestion)) }))),
    links: optional(array(object({ step: string().check(minLength(1)), link: safeLink }))),
    remove: optional(array(string())),
  });
});
export type ProcedureOverlay = Infer<typeof procedureOverlaySchema>;
type OverlayQuestion = NonNullable<ProcedureOverlay['addQuestions']>[number]['question'];
type LocalizedInput = OverlayQuestion['label'];

/** Step ids the checklist gives meaning to; an overlay may not add steps with them. */
const RESERVED_STEP_IDS = new Set(['screening', 'children', 'consent', 'information', 'followup', 'summary', 'mapping', 'child']);

function localize(input: LocalizedInput, fallback?: Text): LocalizedText {
  return toLocalizedText(input, fallback && textByLanguage(fallback));
}

const blank = (text: Text | undefined) => !text || Object.values(textByLanguage(text)).some((v) => typeof v !== 'string' || !v.trim());

/** Applies a validated overlay; refuses what would break the legal core, naming the field. */
export function applyOverlay(procedure: Procedure, input: unknown, lang: Lang): ParseResult<Procedure> {
  const parsed = parseWith(procedureOverlaySchema, input, { what: 'procedure', lang, code: 'invalid-config' });
  // One headline for a broken overlay, schema or core (review row 48), not "Konfigurasjonen (procedure)".
  if (!parsed.ok) return { ok: false, error: new BspError({ code: 'invalid-config', message: format(checklistMessages, lang, 'overlayInvalid'), issues: parsed.error.issues }) };
  const overlay = parsed.value;
  const issues: BspIssue[] = [];
  const fail = (path: string, key: ChecklistMessageKey, params: Record<string, string> = {}) =>
    issues.push({ path, message: format(checklistMessages, lang, key, params) });

  // Copy down to the questions: the national default must never be mutated.
  let steps: Step[] = procedure.steps.map((s) => ({
    ...s,
    questions: s.questions.map((q) => ({ ...q })),
    ...(s.childQuestions ? { childQuestions: s.childQuestions.map((q) => ({ ...q })) } : {}),
  }));
  const questions = (): Question[] => allQuestions({ ...procedure, steps });

  (overlay.remove ?? []).forEach((target, i) => {
    const step = steps.find((s) => s.id === target);
    const question = questions().find((q) => q.id === target);
    if (step?.core || question?.core) fail(`remove.${i}`, 'coreCannotBeRemoved', { id: target });
  });
  const removed = new Set(overlay.remove ?? []);
  steps = steps
    .filter((s) => !removed.has(s.id))
    .map((s) => ({ ...s, questions: s.questions.filter((q) => !removed.has(q.id)), ...(s.childQuestions ? { childQuestions: s.childQuestions.filter((q) => !removed.has(q.id)) } : {}) }));

  const usedIds = new Set([...steps.map((s) => s.id), ...questions().map((q) => q.id)]);
  /** True when the id is free; a taken id is reported and the addition skipped. */
  const claim = (newId: string, path: string): boolean => {
    if (usedIds.has(newId)) {
      fail(path, 'duplicateId', { id: newId });
      return false;
    }
    usedIds.add(newId);
    return true;
  };
  const toQuestion = (q: OverlayQuestion): Question => ({
    id: q.id,
    type: q.type,
    label: localize(q.label),
    ...(q.help ? { help: localize(q.help) } : {}),
    ...(q.noteLabel ? { noteLabel: localize(q.noteLabel) } : {}),
  });

  (overlay.addSteps ?? []).forEach((added, i) => {
    if (RESERVED_STEP_IDS.has(added.id)) fail(`addSteps.${i}.id`, 'reservedId', { id: added.id });
    else claim(added.id, `addSteps.${i}.id`);
    const addedQuestions = (added.questions ?? []).filter((q, j) => claim(q.id, `addSteps.${i}.questions.${j}.id`));
    const at = steps.findIndex((s) => s.id === added.after);
    if (at < 0) fail(`addSteps.${i}.after`, 'unknownTarget', { id: added.after });
    // Local steps belong to part 2 and always come before the summary, which stays last.
    const summary = steps.findIndex((s) => s.part === 'summary');
    const position = Math.min(at < 0 ? steps.length : at + 1, summary < 0 ? steps.length : summary);
    const step: Step = { id: added.id, part: 'mapping', title: localize(added.title), questions: addedQuestions.map(toQuestion), ...(added.intro ? { intro: localize(added.intro) } : {}) };
    steps.splice(Math.max(position, 1), 0, step);
  });
  (overlay.addQuestions ?? []).forEach(({ step: stepId, question: q }, i) => {
    const step = steps.find((s) => s.id === stepId && s.part !== 'summary');
    if (!step) fail(`addQuestions.${i}.step`, 'unknownTarget', { id: stepId });
    else if (claim(q.id, `addQuestions.${i}.question.id`)) step.questions.push(toQuestion(q));
  });
  (overlay.addChildQuestions ?? []).forEach(({ step: stepId, question: q }, i) => {
    const step = steps.find((s) => s.id === stepId && s.part !== 'summary');
    if (!step) fail(`addChildQuestions.${i}.step`, 'unknownTarget', { id: stepId });
    // Only where the step already asks per child (children, information, follow-up), so the
    // question shows in each child's card and never asks about "the child" at family level.
    else if (!step.childQuestions) fail(`addChildQuestions.${i}.step`, 'noChildQuestions', { id: stepId });
    else if (claim(q.id, `addChildQuestions.${i}.question.id`)) step.childQuestions.push(toQuestion(q));
  });
  (overlay.wording ?? []).forEach((w, i) => {
    const step = steps.find((s) => s.id === w.id);
    const matching = questions().filter((q) => q.id === w.id);
    if (!step && !matching.length) fail(`wording.${i}.id`, 'unknownTarget', { id: w.id });
    if (step) {
      if (w.title) step.title = localize(w.title, step.title);
      if (w.intro) step.intro = localize(w.intro, step.intro);
      if (step.core && blank(step.title)) fail(`wording.${i}.title`, 'coreLabelEmpty');
    }
    for (const q of steps.flatMap((s) => [...s.questions, ...(s.childQuestions ?? [])]).filter((x) => x.id === w.id)) {
      if (w.label) q.label = localize(w.label, q.label);
      if (w.help) q.help = localize(w.help, q.help);
      if (blank(q.label)) fail(`wording.${i}.label`, 'coreLabelEmpty');
    }
  });
  (overlay.links ?? []).forEach(({ step: stepId, link }, i) => {
    const step = steps.find((s) => s.id === stepId);
    if (!step) fail(`links.${i}.step`, 'unknownTarget', { id: stepId });
    else step.links = [...(step.links ?? []), { label: localize(link.label), href: link.href }];
  });
  if (issues.length) {
    return { ok: false, error: new BspError({ code: 'invalid-config', message: format(checklistMessages, lang, 'overlayInvalid'), issues }) };
  }
  // Keys the overlay does not know (`wordign`, `enableWhen`, `options`) would do nothing: named,
  // with the key most likely meant.
  const warnings = unknownKeyIssues(procedureOverlaySchema, input, lang);
  return { ok: true, value: { ...procedure, steps }, ...(warnings.length ? { warnings } : {}) };
}
