import { array, enum as zEnum, minLength, object, optional, partial, refine, string, union, type infer as Infer } from 'zod/mini';
import type { Lang, LocalizedText } from '../i18n/lang.js';
import { BspError } from '../errors/bsp-error.js';
import { parseWith, type ParseResult } from '../errors/parse.js';
import { format } from '../i18n/messages.js';
import { safeHref } from '../shared/safe-href.js';
import type { Procedure, Question, Step } from './procedure.js';
import { checklistMessages } from './translations/index.js';

/** A text a municipality gives: one string for all languages, or per language. */
const localizedInput = union([string().check(minLength(1)), partial(object({ nb: string(), nn: string(), en: string() }))]);
const safeLink = object({
  label: localizedInput,
  href: string().check(refine((v) => safeHref(v) !== undefined, { message: 'unsafe-link' })),
});
const overlayQuestion = object({
  id: string().check(minLength(1)),
  type: zEnum(['yesno', 'text', 'date']),
  label: localizedInput,
  help: optional(localizedInput),
});

/**
 * A municipality's overlay on the national procedure: reword steps and questions, add local
 * steps and questions, link its own documents. The legal core (identify, assess, consent,
 * document) cannot be removed (DOMAIN §4).
 */
export const procedureOverlaySchema = object({
  wording: optional(
    array(object({ id: string().check(minLength(1)), label: optional(localizedInput), help: optional(localizedInput), title: optional(localizedInput), intro: optional(localizedInput) })),
  ),
  addQuestions: optional(array(object({ step: string().check(minLength(1)), question: overlayQuestion }))),
  addSteps: optional(
    array(object({ id: string().check(minLength(1)), after: string(), title: localizedInput, intro: optional(localizedInput), questions: optional(array(overlayQuestion)) })),
  ),
  links: optional(array(object({ step: string().check(minLength(1)), link: safeLink }))),
  remove: optional(array(string())),
});
export type ProcedureOverlay = Infer<typeof procedureOverlaySchema>;
type LocalizedInput = Infer<typeof localizedInput>;

function localize(input: LocalizedInput, fallback?: LocalizedText): LocalizedText {
  if (typeof input === 'string') return { nb: input, nn: input, en: input };
  const base = fallback ?? { nb: '', nn: '', en: '' };
  const nb = input.nb ?? base.nb;
  return { nb, nn: input.nn ?? base.nn ?? nb, en: input.en ?? base.en ?? nb };
}

/** Applies a validated overlay; refuses to remove the legal core, naming the field. */
export function applyOverlay(procedure: Procedure, input: unknown, lang: Lang): ParseResult<Procedure> {
  const parsed = parseWith(procedureOverlaySchema, input, { what: 'procedure', lang, code: 'invalid-config' });
  if (!parsed.ok) return parsed;
  const overlay = parsed.value;
  // Copy down to the questions: the national default must never be mutated.
  let steps: Step[] = procedure.steps.map((s) => ({ ...s, questions: s.questions.map((q) => ({ ...q })) }));
  const allQuestions = (): Question[] => [...steps.flatMap((s) => s.questions), ...procedure.childQuestions];

  const removeIssues: { path: string; message: string }[] = [];
  (overlay.remove ?? []).forEach((id, i) => {
    const step = steps.find((s) => s.id === id);
    const question = allQuestions().find((q) => q.id === id);
    if (step?.core || question?.core) {
      removeIssues.push({ path: `remove.${i}`, message: format(checklistMessages, lang, 'coreCannotBeRemoved', { id }) });
    }
  });
  if (removeIssues.length) {
    return {
      ok: false,
      error: new BspError({ code: 'invalid-config', message: format(checklistMessages, lang, 'overlayInvalid'), issues: removeIssues }),
    };
  }
  const removed = new Set(overlay.remove ?? []);
  steps = steps.filter((s) => !removed.has(s.id)).map((s) => ({ ...s, questions: s.questions.filter((q) => !removed.has(q.id)) }));

  for (const added of overlay.addSteps ?? []) {
    const at = steps.findIndex((s) => s.id === added.after);
    const step: Step = {
      id: added.id,
      part: 'mapping',
      title: localize(added.title),
      intro: added.intro ? localize(added.intro) : undefined,
      questions: (added.questions ?? []).map((q) => ({ id: q.id, type: q.type, label: localize(q.label), help: q.help ? localize(q.help) : undefined })),
    };
    steps.splice(at < 0 ? steps.length - 1 : at + 1, 0, step);
  }
  for (const { step: stepId, question: q } of overlay.addQuestions ?? []) {
    steps.find((s) => s.id === stepId)?.questions.push({ id: q.id, type: q.type, label: localize(q.label), help: q.help ? localize(q.help) : undefined });
  }
  const childQuestions = procedure.childQuestions.map((q) => ({ ...q }));
  for (const w of overlay.wording ?? []) {
    const step = steps.find((s) => s.id === w.id);
    if (step) {
      if (w.title) step.title = localize(w.title, step.title);
      if (w.intro) step.intro = localize(w.intro, step.intro);
    }
    for (const q of [...steps.flatMap((s) => s.questions), ...childQuestions]) {
      if (q.id !== w.id) continue;
      if (w.label) q.label = localize(w.label, q.label);
      if (w.help) q.help = localize(w.help, q.help);
    }
  }
  for (const { step: stepId, link } of overlay.links ?? []) {
    const step = steps.find((s) => s.id === stepId);
    if (step) step.links = [...(step.links ?? []), { label: localize(link.label), href: link.href }];
  }
  return { ok: true, value: { ...procedure, steps, childQuestions } };
}
