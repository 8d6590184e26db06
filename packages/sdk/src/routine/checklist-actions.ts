import { consentStatus, type ConsentRecord } from '../consent/consent.js';
import { allChildQuestions, type Procedure, type Question } from './procedure.js';
import { RECORD_TEXT_LIMITS, type Answer, type ChecklistRecord } from './record.js';

/**
 * The checklist's record changes, as named actions: with the note's own actions (note-actions.ts:
 * keeping an item out of the journal entry, rewording one) the one way a record changes, for the
 * widget and for a journal system running the routine in its own UI (routine-actions.ts takes both). Each action is pure: it returns a
 * new record (the one given is never mutated), or the same record when the action changes nothing
 * (an unknown question or child, a core item that cannot be kept out), so a caller can tell.
 *
 * Invariants (checked over generated action sequences in checklist-actions.test.ts):
 * - a removed child leaves no answer, note edit, exclusion or consent link behind;
 * - an action never lets text past the record's limits (RECORD_TEXT_LIMITS), so every record the
 *   actions build is one the record schema accepts;
 * - the screening's consent answer follows the consent form's decisions.
 */
export type ChecklistAction =
  /** One question's answer; `undefined`, an empty text or an empty list removes it. */
  | { type: 'answer'; questionId: string; value: Answer | undefined; childId?: string }
  | { type: 'childAdded'; childId: string }
  | { type: 'childRemoved'; childId: string }
  /** The child's short label (not a name: "eldste", "A"); empty removes it. */
  | { type: 'childLabelled'; childId: string; label: string | undefined }
  | { type: 'addendumSet'; text: string }
  /** The consent form's record (decisions are appended there, never changed). */
  | { type: 'consentRecorded'; consent: ConsentRecord };

export interface ChecklistActionContext {
  procedure: Procedure;
  /** The time stamped as `updatedAt` on a changed record; now by default. */
  now?: () => string;
}

/** The question an answer is for, among the procedure's questions (per child, or not). */
function questionFor(procedure: Procedure, questionId: string, perChild: boolean): Question | undefined {
  const questions = perChild ? allChildQuestions(procedure) : procedure.steps.flatMap((s) => s.questions);
  return questions.find((q) => q.id === questionId);
}

/** An answer cut to what the record holds; undefined when there is nothing to keep. */
function clipAnswer(value: Answer | undefined): Answer | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) {
    const items = [...new Set(value.filter((v) => typeof v === 'string' && v !== '').map((v) => v.slice(0, RECORD_TEXT_LIMITS.answerItem)))];
    return items.length ? items : undefined;
  }
  if (typeof value !== 'string' || value === '') return undefined;
  return value.slice(0, RECORD_TEXT_LIMITS.answer);
}

function withAnswer(answers: Record<string, Answer>, questionId: string, value: Answer | undefined): Record<string, Answer> {
  const next = { ...answers };
  if (value === undefined) delete next[questionId];
  else next[questionId] = value;
  return next;
}

/**
 * The screening's "has the patient consented?" answer that the consent form's decisions imply, so
 * guidance (the refusal path) and the review follow the form (002 §4.3.1 point 4).
 */
export function consentAnswerFor(consent: ConsentRecord): 'given' | 'partial' | 'refused' | 'not-asked' {
  const status = consentStatus(consent);
  return status === 'full' ? 'given' : status === 'none' ? 'not-asked' : status;
}

/** Prefix of every note item key, exclusion and edit that belongs to one child. */
export const childKeyPrefix = (childId: string): string => `child:${childId}:`;

/**
 * Removes a child and everything of it: its answers (with it), its note edits and exclusions, and
 * its links in the consent decisions. A decision that named only this child is dropped: kept with
 * an empty list it would mean "all children" and widen what was decided.
 */
function removeChild(record: ChecklistRecord, childId: string): ChecklistRecord {
  const prefix = childKeyPrefix(childId);
  const next: ChecklistRecord = {
    ...record,
    children: record.children.filter((c) => c.id !== childId),
    excluded: record.excluded.filter((k) => !k.startsWith(prefix)),
  };
  if (record.noteEdits) {
    const edits = Object.fromEntries(Object.entries(record.noteEdits).filter(([k]) => !k.startsWith(prefix)));
    if (Object.keys(edits).length) next.noteEdits = edits;
    else delete next.noteEdits;
  }
  if (record.consent) {
    const entries = record.consent.entries.flatMap((entry) => {
      if (!entry.children.includes(childId)) return [entry];
      const children = entry.children.filter((id) => id !== childId);
      return children.length ? [{ ...entry, children }] : [];
    });
    next.consent = { ...record.consent, entries };
  }
  return next;
}

function apply(record: ChecklistRecord, action: ChecklistAction, procedure: Procedure): ChecklistRecord {
  switch (action.type) {
    case 'answer': {
      const value = clipAnswer(action.value);
      if (action.childId === undefined) {
        if (!questionFor(procedure, action.questionId, false)) return record;
        return { ...record, answers: withAnswer(record.answers, action.questionId, value) };
      }
      const childId = action.childId;
      if (!record.children.some((c) => c.id === childId) || !questionFor(procedure, action.questionId, true)) return record;
      return { ...record, children: record.children.map((c) => (c.id === childId ? { ...c, answers: withAnswer(c.answers, action.questionId, value) } : c)) };
    }
    case 'childAdded': {
      const id = action.childId;
      if (typeof id !== 'string' || !id || id.length > RECORD_TEXT_LIMITS.childId || record.children.some((c) => c.id === id)) return record;
      return { ...record, children: [...record.children, { id, answers: {} }] };
    }
    case 'childRemoved':
      return record.children.some((c) => c.id === action.childId) ? removeChild(record, action.childId) : record;
    case 'childLabelled': {
      if (!record.children.some((c) => c.id === action.childId)) return record;
      const label = action.label?.trim() ? action.label.slice(0, RECORD_TEXT_LIMITS.childLabel) : undefined;
      return {
        ...record,
        children: record.children.map((c) => {
          if (c.id !== action.childId) return c;
          const { label: _old, ...rest } = c;
          return label === undefined ? rest : { ...rest, label };
        }),
      };
    }
    case 'addendumSet': {
      const { addendum: _old, ...rest } = record;
      return action.text.trim() ? { ...rest, addendum: action.text.slice(0, RECORD_TEXT_LIMITS.addendum) } : rest;
    }
    case 'consentRecorded':
      return { ...record, consent: action.consent, answers: { ...record.answers, consentStatus: consentAnswerFor(action.consent) } };
  }
}

/** JSON with object keys in order, so the same data always gives the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** Whether two records hold the same data (`updatedAt` aside). */
function sameData(a: ChecklistRecord, b: ChecklistRecord): boolean {
  return canonical({ ...a, updatedAt: undefined }) === canonical({ ...b, updatedAt: undefined });
}

/**
 * `next` stamped with `updatedAt` when it holds other data than `record`; else `record` itself,
 * so a caller can tell that nothing changed.
 */
export function stampChange(record: ChecklistRecord, next: ChecklistRecord, context: Pick<ChecklistActionContext, 'now'>): ChecklistRecord {
  if (next === record || sameData(next, record)) return record;
  return { ...next, updatedAt: (context.now ?? (() => new Date().toISOString()))() };
}

/** Applies one action. Returns the record given when nothing changed, else a new record stamped with `updatedAt`. */
export function applyChecklistAction(record: ChecklistRecord, action: ChecklistAction, context: ChecklistActionContext): ChecklistRecord {
  return stampChange(record, apply(record, action, context.procedure), context);
}
