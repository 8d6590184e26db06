// The checklist engine's invariants over generated action sequences (fast-check): each one is a
// rule of the routine stated once, checked over thousands of generated cases (hostile texts and
// ids included), shrunk to the smallest failing sequence when one breaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addConsentEntry, emptyConsentRecord, CONSENT_RECIPIENTS, type ConsentRecord } from '../consent/consent.js';
import { AT, HOSTILE_STRINGS, twoChildrenRecord } from '../../../../test/fixtures/checklist-records.js';
import type { QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4.js';
import { consentAnswerFor } from './checklist-actions.js';
import { applyRoutineAction as applyChecklistAction, applyRoutineActions as applyChecklistActions, type RoutineAction as ChecklistAction } from './routine-actions.js';
import { childProgress, followUpPlanned, CHILD_POINTS } from './checklist-selectors.js';
import { journalRecord } from './journal-record.js';
import { childDescription, childDetails } from './child-description.js';
import { registerLanguage } from '../i18n/registry.js';
import { journalNote, noteItems } from './note.js';
import { FOUR_POINTS } from './note-items.js';
import { allChildQuestions, defaultProcedure as P, type Question } from './procedure.js';
import { emptyRecord, type ChecklistRecord } from './record.js';
import { readChecklistRecord } from './record-schema.js';
import { toFhirQuestionnaireResponse } from './fhir.js';

const ctx = { procedure: P, now: () => AT };
const topQuestions = P.steps.flatMap((s) => s.questions);
const childQuestions = allChildQuestions(P);
const childIds = ['c1', 'c2', 'c3', '__proto__', 'toString', 'x'.repeat(100)];
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...HOSTILE_STRINGS));

/** A plausible answer for a question (its options), sometimes a hostile or empty one. */
const answerFor = (q: Question) =>
  fc.oneof(
    { weight: 4, arbitrary: q.options?.length ? fc.constantFrom(...q.options.map((o) => o.value)) : q.type === 'yesno' ? fc.constantFrom('yes', 'no') : q.type === 'date' ? fc.constant('2026-12-01') : text },
    { weight: 2, arbitrary: q.options?.length ? fc.subarray(q.options.map((o) => o.value)) : fc.array(text, { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, '', ...HOSTILE_STRINGS) },
  );

const consentArb: fc.Arbitrary<ConsentRecord> = fc
  .array(
    fc.record({
      recipient: fc.constantFrom(...CONSENT_RECIPIENTS),
      decision: fc.constantFrom('given' as const, 'refused' as const, 'withdrawn' as const),
      children: fc.subarray(childIds, { maxLength: 3 }),
    }),
    { maxLength: 4 },
  )
  .map((entries) => entries.reduce((r, e) => addConsentEntry(r, { at: AT, information: e.decision === 'given' ? ['condition'] : [], method: 'verbal', ...e }), emptyConsentRecord()));

/**
 * An action, some of whose targets are picked from the record at the time it is applied (a note
 * item index, an existing child), the way a user can only act on what is on screen; others are
 * free (unknown ids), the way a headless host might send anything.
 */
type Seed = { pick: number; make: (record: ChecklistRecord, pick: number) => ChecklistAction };
const existingChild = (r: ChecklistRecord, n: number) => r.children[n % Math.max(1, r.children.length)]?.id ?? 'none';
const noteKey = (r: ChecklistRecord, n: number) => {
  const items = noteItems(r, P, 'nb');
  return items[n % Math.max(1, items.length)]?.key ?? 'answer:none';
};

const seedArb: fc.Arbitrary<Seed> = fc.oneof(
  fc.tuple(fc.constantFrom(...topQuestions), fc.nat()).chain(([q]) => answerFor(q).map((value) => ({ pick: 0, make: () => ({ type: 'answer', questionId: q.id, value }) as ChecklistAction }))),
  fc.tuple(fc.constantFrom(...childQuestions), fc.nat()).chain(([q, pick]) =>
    answerFor(q).map((value) => ({ pick, make: (r: ChecklistRecord, n: number) => ({ type: 'answer', questionId: q.id, value, childId: existingChild(r, n) }) as ChecklistAction })),
  ),
  fc.constantFrom(...childIds).map((childId) => ({ pick: 0, make: () => ({ type: 'childAdded', childId }) as ChecklistAction })),
  fc.nat().map((pick) => ({ pick, make: (r: ChecklistRecord, n: number) => ({ type: 'childRemoved', childId: existingChild(r, n) }) as ChecklistAction })),
  fc.tuple(fc.nat(), fc.option(text, { nil: undefined })).map(([pick, label]) => ({ pick, make: (r: ChecklistRecord, n: number) => ({ type: 'childLabelled', childId: existingChild(r, n), label }) as ChecklistAction })),
  fc.tuple(fc.nat(), fc.boolean()).map(([pick, excluded]) => ({ pick, make: (r: ChecklistRecord, n: number) => ({ type: 'excludedSet', key: noteKey(r, n), excluded }) as ChecklistAction })),
  fc.tuple(fc.nat(), fc.option(text, { nil: undefined })).map(([pick, t]) => ({ pick, make: (r: ChecklistRecord, n: number) => ({ type: 'noteEdited', key: noteKey(r, n), text: t }) as ChecklistAction })),
  text.map((t) => ({ pick: 0, make: () => ({ type: 'addendumSet', text: t }) as ChecklistAction })),
  consentArb.map((consent) => ({ pick: 0, make: () => ({ type: 'consentRecorded', consent }) as ChecklistAction })),
);

/** Runs seeds from a start record, returning every (before, action, after) step. */
function run(start: ChecklistRecord, seeds: Seed[]) {
  const steps: { before: ChecklistRecord; action: ChecklistAction; after: ChecklistRecord }[] = [];
  let record = start;
  for (const seed of seeds) {
    const action = seed.make(record, seed.pick);
    const after = applyChecklistAction(record, action, ctx);
    steps.push({ before: record, action, after });
    record = after;
  }
  return { steps, record };
}

const startArb = fc.constantFrom<() => ChecklistRecord>(emptyRecord, twoChildrenRecord, () => ({ ...emptyRecord(), answers: { hasChildren: 'yes', triggers: ['psychiatric'] } }));
const sequences = fc.tuple(startArb, fc.array(seedArb, { minLength: 1, maxLength: 25 }));
const RUNS = { numRuns: 300, seed: 20261207 };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

test('an action never changes the record it is given, and returns it unchanged when nothing changes', () => {
  fc.assert(
    fc.property(sequences, ([start, seeds]) => {
      let record = deepFreeze(start());
      for (const seed of seeds) {
        const action = seed.make(record, seed.pick);
        const next = applyChecklistAction(record, action, ctx); // a frozen input throws on mutation (strict mode)
        if (next !== record) assert.notDeepEqual({ ...next, updatedAt: undefined }, { ...record, updatedAt: undefined });
        record = deepFreeze(next);
      }
    }),
    RUNS,
  );
});

test('every record the actions build is one the record schema accepts', () => {
  fc.assert(
    fc.property(sequences, ([start, seeds]) => {
      const { record } = run(start(), seeds);
      const read = readChecklistRecord(JSON.parse(JSON.stringify(record)), 'nb');
      assert.ok(read.ok, read.ok ? '' : JSON.stringify(read.error.issues.slice(0, 3)));
    }),
    RUNS,
  );
});

test('a removed child leaves no answer, note edit, exclusion or consent link behind', () => {
  fc.assert(
    fc.property(sequences, fc.nat(), ([start, seeds], n) => {
      const { record } = run(start(), seeds);
      if (!record.children.length) return;
      const id = record.children[n % record.children.length]!.id;
      const after = applyChecklistAction(record, { type: 'childRemoved', childId: id }, ctx);
      const prefix = `child:${id}:`;
      assert.ok(!after.children.some((c) => c.id === id));
      assert.ok(!after.excluded.some((k) => k.startsWith(prefix)));
      assert.ok(!Object.keys(after.noteEdits ?? {}).some((k) => k.startsWith(prefix)));
      assert.ok(!(after.consent?.entries ?? []).some((e) => e.children.includes(id)));
      // No decision widened: an entry that named children still names some (empty means all).
      const before = new Map((record.consent?.entries ?? []).map((e) => [e.id, e]));
      for (const e of after.consent?.entries ?? []) if (before.get(e.id)!.children.length) assert.ok(e.children.length > 0);
      assert.ok(!noteItems(after, P, 'nb').some((i) => i.childId === id));
      // The other children keep everything.
      for (const c of record.children.filter((c) => c.id !== id)) assert.deepEqual(after.children.find((x) => x.id === c.id), c);
    }),
    RUNS,
  );
});

/** Every answered linkId in a QuestionnaireResponse, with the child group it is in. */
function answeredLinks(qr: QuestionnaireResponse): { linkId: string; childGroup?: string }[] {
  const out: { linkId: string; childGroup?: string }[] = [];
  const walk = (items: QuestionnaireResponseItem[] = [], group?: string) => {
    for (const item of items) {
      if (item.answer?.length) out.push({ linkId: item.linkId, ...(group ? { childGroup: group } : {}) });
      walk(item.item, item.linkId.startsWith('child') ? item.linkId : group);
      for (const a of item.answer ?? []) walk(a.item, group);
    }
  };
  walk(qr.item);
  return out;
}

test('nothing kept out reaches the note, FHIR or the journal record', () => {
  fc.assert(
    fc.property(sequences, ([start, seeds]) => {
      const { record } = run(start(), seeds);
      const excluded = noteItems(record, P, 'nb').filter((i) => i.excluded);
      if (!excluded.length) return;
      const note = journalNote(record, P, 'nb');
      const journal = journalRecord(record, P);
      const links = answeredLinks(toFhirQuestionnaireResponse(record, P, 'nb'));
      for (const item of excluded) {
        assert.ok(!note.split('\n').includes(`- ${item.text}`), `note holds ${item.key}`);
        assert.ok(!Object.keys(journal.noteEdits ?? {}).includes(item.key));
        const [, a, b] = item.key.split(':');
        if (item.key.startsWith('answer:')) {
          assert.equal(journal.answers[a!], undefined, `journal record holds ${item.key}`);
          assert.ok(!links.some((l) => l.linkId === a && !l.childGroup), `FHIR holds ${item.key}`);
        } else if (item.key.startsWith('child:')) {
          assert.equal(journal.children.find((c) => c.id === a)?.answers[b!], undefined, `journal record holds ${item.key}`);
        }
      }
      assert.deepEqual(journal.excluded, []);
      assert.equal(journal.setAsideNote, undefined);
    }),
    RUNS,
  );
});

test('a core item can never be kept out; the screening consent answer follows the consent form', () => {
  fc.assert(
    fc.property(sequences, consentArb, ([start, seeds], consent) => {
      const { record } = run(start(), seeds);
      for (const item of noteItems(record, P, 'nb').filter((i) => i.core)) {
        assert.equal(applyChecklistAction(record, { type: 'excludedSet', key: item.key, excluded: true }, ctx), record);
      }
      const after = applyChecklistAction(record, { type: 'consentRecorded', consent }, ctx);
      assert.equal(after.answers['consentStatus'], consentAnswerFor(consent));
    }),
    RUNS,
  );
});

test('unknown questions and children change nothing (a headless host may send anything)', () => {
  const r = twoChildrenRecord();
  const same = (action: ChecklistAction) => assert.equal(applyChecklistAction(r, action, ctx), r);
  same({ type: 'answer', questionId: 'noSuchQuestion', value: 'yes' });
  same({ type: 'answer', questionId: 'relation', value: 'child' }); // a child question asked without a child
  same({ type: 'answer', questionId: 'relation', value: 'child', childId: 'nobody' });
  same({ type: 'childAdded', childId: 'c1' }); // ids stay unique
  same({ type: 'childAdded', childId: '' });
  same({ type: 'childRemoved', childId: 'nobody' });
  same({ type: 'childLabelled', childId: 'nobody', label: 'x' });
  same({ type: 'excludedSet', key: 'child:c1:identity', excluded: true }); // core
});

test('removing a child drops its reworded note text (defect on 8a31305: the view left noteEdits behind)', () => {
  let r = twoChildrenRecord();
  r = applyChecklistAction(r, { type: 'noteEdited', key: 'child:c1:concernExpressed', text: 'Privat omskriving om barnet' }, ctx);
  assert.ok(r.noteEdits?.['child:c1:concernExpressed']);
  r = applyChecklistAction(r, { type: 'childRemoved', childId: 'c1' }, ctx);
  assert.equal(r.noteEdits, undefined);
  assert.ok(!JSON.stringify(r).includes('Privat omskriving'));
});

test('a consent decision about the removed child alone is dropped, not widened to all children', () => {
  const consent = addConsentEntry(addConsentEntry(emptyConsentRecord(), { at: AT, recipient: 'school', decision: 'given', information: ['condition'], children: ['c1'], method: 'verbal' }), {
    at: AT,
    recipient: 'gp',
    decision: 'given',
    information: ['condition'],
    children: ['c1', 'c2'],
    method: 'verbal',
  });
  const r = applyChecklistAction({ ...twoChildrenRecord(), consent }, { type: 'childRemoved', childId: 'c1' }, ctx);
  assert.deepEqual(
    r.consent!.entries.map((e) => [e.recipient, e.children]),
    [['gp', ['c2']]],
  );
});

test('the four points are one definition: the child cards count the note\'s four headings', () => {
  assert.deepEqual(CHILD_POINTS, Object.keys(FOUR_POINTS));
  const c1 = twoChildrenRecord().children[0]!;
  assert.deepEqual(childProgress(c1), { done: 4, total: 4, missing: [] });
  assert.deepEqual(childProgress({ answers: { informed: 'no', responsibility: [] } }), { done: 1, total: 4, missing: ['responsibility', 'parentsAssessment', 'professionalAssessment'] });
});

test('follow-up planned counts only a place chosen in a part that applies now (the metric)', () => {
  const r = twoChildrenRecord();
  assert.equal(followUpPlanned(r, P), true);
  assert.equal(followUpPlanned({ ...r, answers: { ...r.answers, hasChildren: 'no' } }, P), false, 'part 2 closed: the answer left there does not count');
  const none = applyChecklistActions(
    r,
    r.children.map((c) => ({ type: 'answer', questionId: 'followUpWhere', value: [], childId: c.id }) as const),
    ctx,
  );
  assert.equal(followUpPlanned(none, P), false);
});

test('a child is named from parts, whatever shape a registered language gives the description (defect on 8a31305)', () => {
  registerLanguage({ code: 'se', fallback: 'nb', messages: { checklist: { childDescription: 'Mánná {n}: {details}' } } });
  const child = { label: 'eldste', answers: { relation: 'child' } };
  assert.deepEqual(childDetails(child, P, 'se' as never), { label: 'eldste', relation: 'Barn' });
  assert.equal(childDescription(child, 0, P, 'se' as never), 'Mánná 1: eldste, Barn');
  assert.equal(childDescription(child, 0, P, 'nb'), 'Barn 1 (eldste, Barn)');
});

test('a headless host walks a case with actions only', () => {
  const r = applyChecklistActions(
    emptyRecord(),
    [
      { type: 'answer', questionId: 'hasChildren', value: 'yes' },
      { type: 'answer', questionId: 'triggers', value: ['psychiatric'] },
      { type: 'childAdded', childId: 'a' },
      { type: 'answer', questionId: 'relation', value: 'child', childId: 'a' },
      { type: 'answer', questionId: 'age', value: '10-12', childId: 'a' },
    ],
    ctx,
  );
  assert.equal(r.updatedAt, AT);
  assert.match(journalNote(r, P, 'nb'), /Barn 1 \(Barn, 10–12 år\)/);
});
