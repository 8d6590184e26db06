// Generated checklist records for the FHIR round trips (SDK prefill test and the FHIR-server
// test), and what of each record FHIR may carry back: the answers the QuestionnaireResponse
// holds, the children, the consent entries that hold now. Items kept out of the entry and UI
// state (note edits, addendum) are not in FHIR by design (fhir/shown-record.ts).
import fc from 'fast-check';
import {
  addConsentEntry,
  allChildQuestions,
  CONSENT_RECIPIENTS,
  currentConsents,
  defaultProcedure as P,
  emptyConsentRecord,
  emptyRecord,
  noteItems,
  withdrawConsent,
  type Answer,
  type ChecklistRecord,
  type ConsentEntry,
  type ConsentRecord,
  type Question,
} from '@bsp/sdk';
import { recorded } from '../../packages/sdk/src/routine/note-items.js';
import { visibleRecord } from '../../packages/sdk/src/routine/engine.js';
import { keptRecord, shownRecord } from '../../packages/sdk/src/fhir/shown-record.js';

/** Child ids as hosts make them: short and the same in every patient's record (c1, c2, …). */
export const SHARED_CHILD_IDS = ['c1', 'c2', 'c3'] as const;

const childQuestionIds = new Set(allChildQuestions(P).map((q) => q.id));
const topQuestions = P.steps.flatMap((s) => s.questions).filter((q) => !childQuestionIds.has(q.id));
const childQuestions = allChildQuestions(P);
const word = fc.constantFrom('mor', 'BUP', 'helsestasjon', 'skulen', 'ÆØÅ æøå', 'x < y & "z"', 'Line one\nline two');
const DATES = ['2026-12-01', '2027-01-15', '2027-03-31'];

/** A valid answer for a question: an option value, yes/no, an ISO date or text. */
function answerFor(q: Question): fc.Arbitrary<Answer> {
  const values = q.options?.map((o) => o.value) ?? [];
  if (q.type === 'multi' && values.length) return fc.subarray(values, { minLength: 1 });
  if (values.length) return fc.constantFrom(...values);
  if (q.type === 'yesno') return fc.constantFrom('yes', 'no');
  if (q.type === 'date') return fc.constantFrom(...DATES);
  return word;
}

function answersArb(questions: readonly Question[], force: Record<string, fc.Arbitrary<Answer>> = {}): fc.Arbitrary<Record<string, Answer>> {
  const parts = Object.fromEntries(questions.map((q) => [q.id, force[q.id] ?? answerFor(q)]));
  return fc.record(parts, { requiredKeys: Object.keys(force) }) as fc.Arbitrary<Record<string, Answer>>;
}

const AT = ['2026-11-01T09:00:00.000Z', '2026-11-02T09:00:00.000Z', '2026-11-03T09:00:00.000Z', '2026-11-04T09:00:00.000Z'];

/** Decisions in time order; a withdrawal only of a consent that holds (what the form allows). */
function consentArb(childIds: readonly string[]): fc.Arbitrary<ConsentRecord> {
  const step = fc.record({
    recipient: fc.constantFrom(...CONSENT_RECIPIENTS),
    decision: fc.constantFrom('given' as const, 'refused' as const, 'withdrawn' as const),
    children: fc.subarray([...childIds]),
    information: fc.subarray(['condition', 'treatment', 'practical'] as const),
    other: fc.option(fc.constantFrom('Lærar', 'Trener'), { nil: undefined }),
    method: fc.constantFrom('written' as const, 'verbal' as const),
  });
  return fc.tuple(fc.array(step, { maxLength: 4 }), fc.option(fc.constantFrom(...DATES), { nil: undefined })).map(([steps, askAgainOn]) => {
    let record = emptyConsentRecord();
    steps.forEach((s, i) => {
      const at = AT[i]!;
      const recipientName = s.recipient === 'other' ? 'Onkel Per' : undefined;
      const holds = currentConsents(record).find((e) => e.recipient === s.recipient && e.recipientName === recipientName)?.decision === 'given';
      if (s.decision === 'withdrawn') {
        if (holds) record = withdrawConsent(record, s.recipient, { at, recordedBy: 'Lege Lie', ...(recipientName ? { recipientName } : {}) });
        return;
      }
      record = addConsentEntry(record, {
        at,
        recipient: s.recipient,
        ...(recipientName ? { recipientName } : {}),
        decision: s.decision,
        information: s.decision === 'given' ? s.information : [],
        ...(s.decision === 'given' && s.other ? { informationOther: s.other } : {}),
        children: s.children,
        ...(s.decision === 'given' ? { method: s.method } : {}),
        recordedBy: 'Sykepleier Hansen',
      });
    });
    return askAgainOn ? { ...record, askAgainOn } : record;
  });
}

/**
 * A record with 0–3 children whose ids are the shared c1…c3, mostly with part 2 open, sometimes
 * a consent record and items kept out of the entry.
 */
export const recordArb: fc.Arbitrary<ChecklistRecord> = fc
  .tuple(
    answersArb(topQuestions, { hasChildren: fc.constantFrom('yes', 'yes', 'yes', 'no', 'unknown') }),
    fc.integer({ min: 0, max: 3 }),
    fc.array(answersArb(childQuestions), { minLength: 3, maxLength: 3 }),
    fc.boolean(),
    fc.array(fc.nat(), { maxLength: 3 }),
  )
  .chain(([answers, n, childAnswers, withConsent, exclude]) => {
    const ids = SHARED_CHILD_IDS.slice(0, n);
    const base: ChecklistRecord = { ...emptyRecord(P.id), answers, children: ids.map((id, i) => ({ id, answers: childAnswers[i]! })) };
    // Kept out: some of the items the note lists that may be kept out (never a core item).
    const optional = noteItems(base, P, 'nb').filter((i) => !i.core).map((i) => i.key);
    const excluded = optional.length ? [...new Set(exclude.map((k) => optional[k % optional.length]!))] : [];
    return (withConsent ? consentArb(ids).map((consent) => ({ ...base, consent })) : fc.constant(base)).map((r) => ({ ...r, excluded }));
  });

/** The record as FHIR may carry it: answers shown and recorded, per child the same. */
export function expectedAnswers(record: ChecklistRecord): { answers: Record<string, Answer>; children: { id: string; answers: Record<string, Answer> }[] } {
  const shown = shownRecord(record, P);
  const visible = visibleRecord(record, P);
  const keep = (questions: readonly Question[], answers: Record<string, Answer>, context: Record<string, Answer>) =>
    Object.fromEntries(questions.filter((q) => answers[q.id] !== undefined && recorded(q, context)).map((q) => [q.id, answers[q.id]!]));
  return {
    answers: keep(topQuestions, shown.answers, visible.answers),
    children: shown.children.map((c) => ({ id: c.id, answers: keep(childQuestions, c.answers, visible.children.find((v) => v.id === c.id)?.answers ?? {}) })),
  };
}

type Comparable = Omit<ConsentEntry, 'id'>;
// Plain JSON (a key set to undefined, as withdrawConsent leaves recipientName, is no key).
const comparable = ({ id: _id, ...entry }: ConsentEntry): Comparable => JSON.parse(JSON.stringify({ ...entry, information: [...entry.information].sort(), children: [...entry.children].sort() })) as Comparable;

/**
 * The decisions that hold now, as FHIR carries them back. A child the Bundle names only by a
 * display (no RelatedPerson: part 2 closed) cannot be read back: a consent for it is left out, a
 * refusal is kept for all children (recordFromFhir's rule).
 */
export function expectedConsent(record: ChecklistRecord): { entries: Comparable[]; askAgainOn?: string } | undefined {
  // The Consent follows what the note keeps (part 2 closed: no Consent is sent; shown-record.ts).
  if (!record.consent || !keptRecord(record, P).consent) return undefined;
  const linked = new Set(shownRecord(record, P).children.map((c) => c.id));
  const all = record.children.map((c) => c.id);
  const entries = currentConsents(record.consent).flatMap((e): Comparable[] => {
    const named = e.children.length ? e.children : all;
    const resolved = named.filter((id) => linked.has(id));
    if (resolved.length < named.length && e.decision === 'given') return [];
    const everyLinked = linked.size > 0 && resolved.length === linked.size;
    const { method, ...rest } = comparable({ ...e, children: everyLinked ? [] : resolved });
    // The method travels on a consent given only (consent-fhir.ts).
    return [e.decision === 'given' && method ? { ...rest, method } : rest];
  });
  // Nothing left to say: the read-back record has no consent.
  if (!entries.length && !record.consent.askAgainOn) return undefined;
  return { entries: sortedEntries(entries), ...(record.consent.askAgainOn ? { askAgainOn: record.consent.askAgainOn } : {}) };
}

/** What a read-back record holds, in the same shape as the expectations above. */
export function actualConsent(record: ChecklistRecord): { entries: Comparable[]; askAgainOn?: string } | undefined {
  if (!record.consent) return undefined;
  return { entries: sortedEntries(currentConsents(record.consent).map(comparable)), ...(record.consent.askAgainOn ? { askAgainOn: record.consent.askAgainOn } : {}) };
}

/** Sorted for comparison: entries by recipient and time. */
function sortedEntries<T extends { recipient: string; at: string; recipientName?: string }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => `${a.recipient}${a.recipientName ?? ''}${a.at}`.localeCompare(`${b.recipient}${b.recipientName ?? ''}${b.at}`));
}

/** The same record with its children under other ids (in consent entries and kept-out keys too). */
export function withChildIds(record: ChecklistRecord, rename: (id: string) => string): ChecklistRecord {
  const consent = record.consent && { ...record.consent, entries: record.consent.entries.map((e) => ({ ...e, children: e.children.map(rename) })) };
  return {
    ...record,
    children: record.children.map((c) => ({ ...c, id: rename(c.id) })),
    excluded: record.excluded.map((key) => key.replace(/^child:([^:]+):/, (_all, id: string) => `child:${rename(id)}:`)),
    ...(consent ? { consent } : {}),
  };
}
