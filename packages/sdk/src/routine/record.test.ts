// Reading stored records: every version the library wrote is migrated, never thrown away; no
// input makes readChecklistRecord throw. Plus guidance anchoring, conditions and overlays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
// Text in every shipped language, registered statically as a Node host would (no on-demand loading).
import '../languages/nn.js';
import '../languages/en.js';
import { HOSTILE_STRINGS, twoChildrenRecord } from '../../../../test/fixtures/checklist-records.js';
import { pick } from '../i18n/lang.js';
import { readConsentRecord } from '../consent/consent-schema.js';
import { consentNoteLines } from '../consent/consent-note.js';
import { activeGuidance, criticalGuidance } from './guidance.js';
import { applyOverlay } from './overlay.js';
import { defaultProcedure as P } from './procedure.js';
import { emptyRecord, type ChecklistRecord } from './record.js';
import { readChecklistRecord } from './record-schema.js';
import { journalNote } from './note.js';
import { evaluateCondition } from './condition.js';
import { screeningOpensMapping } from './engine.js';

/** A draft exactly as version 1 wrote it (consent form stored translated child labels). */
const v1Draft = {
  version: 1,
  procedure: 'bsp-national-default',
  answers: { hasChildren: 'yes', childNeedsCareNow: 'yes', neglectConcern: 'no' },
  children: [{ id: 'child-a', label: 'den eldste av de to barna i familien', answers: { relation: 'sibling', age: '13–15', carerIfAdmitted: 'Tante' } }],
  excluded: [],
  noteText: 'Eget notat med noe som var holdt utenfor',
  consent: {
    version: 1,
    entries: [{ id: 'e1', at: '2026-11-23T10:00:00+01:00', recipient: 'gp', decision: 'given', information: ['condition'], children: ['Barn 1 (den eldste av de to barna i familien, Søsken, 13–15 år)'], method: 'written' }],
  },
};

test('a version 1 draft is migrated: answers renamed, consent children matched to ids, edited note set aside', () => {
  const result = readChecklistRecord(v1Draft, 'nb');
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.error.issues));
  const r = result.value;
  assert.equal(r.version, 2);
  assert.equal(r.children[0]!.answers['carerWhileInCare'], 'Tante');
  assert.equal(r.children[0]!.answers['age'], '13-15');
  assert.equal(r.answers['childNeedsCareNow'], undefined, 'the ambiguous v1 question does not become the acute alarm');
  assert.deepEqual(r.consent!.entries[0]!.children, ['child-a']);
  assert.equal(r.setAsideNote, v1Draft.noteText);
  const note = journalNote(r, P, 'nb');
  assert.ok(!note.includes('holdt utenfor'), 'the set-aside text is never printed');
  assert.match(note, /Samtykke til fastlege: sykdommen eller tilstanden, gjelder Barn 1 \(den eldste av de to barna i familien, Søsken, 13–15 år\)/);
});

test('a 60-character child label survives save and reload with consent given for it, in every language', () => {
  const label = 'x'.repeat(60);
  const record: ChecklistRecord = { ...twoChildrenRecord(), children: [{ id: 'c1', label, answers: { relation: 'child', age: '6-9' } }] };
  record.consent!.entries.push({ id: 'e2', at: '2026-11-24T10:00:00+01:00', recipient: 'gp', decision: 'given', information: [], children: ['c1'], method: 'verbal' });
  const reloaded = readChecklistRecord(JSON.parse(JSON.stringify(record)), 'nn');
  assert.ok(reloaded.ok);
  for (const lang of ['nb', 'nn', 'en'] as const) {
    const note = journalNote(reloaded.value, P, lang);
    assert.ok(note.includes(label), `${lang}: the label is shown`);
  }
});

test('hostile input never throws: throwing getters, Proxies, cycles, wrong types', () => {
  const cyclic: Record<string, unknown> = { version: 2 };
  cyclic['self'] = cyclic;
  const inputs: unknown[] = [
    undefined, null, 42, 'x', [], { version: 2 }, { version: 1 }, { version: 99, answers: {} }, cyclic,
    { ...emptyRecord(), answers: { a: 5 } },
    { ...emptyRecord(), get answers() { throw new Error('boom'); } },
    new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } }),
    { ...v1Draft, children: 'nope' }, { ...v1Draft, consent: { version: 1, entries: 'x' } },
    ...HOSTILE_STRINGS.map((s) => ({ ...emptyRecord(), procedure: s, answers: { [s]: s } })),
  ];
  for (const input of inputs) {
    const result = readChecklistRecord(input, 'en');
    if (!result.ok) assert.ok(result.error.message.length > 0);
  }
});

test('consent v1 with a long label and no matching child keeps the label as written', () => {
  const r = readConsentRecord({ version: 1, entries: [{ id: 'e', at: '2026-11-23T10:00:00Z', recipient: 'gp', decision: 'refused', information: [], children: ['Barn 3 (ukjent)'], method: 'verbal' }] }, { lang: 'nb' });
  assert.ok(r.ok);
  assert.match(consentNoteLines(r.value, 'nb')[0]!, /Ikke samtykke til fastlege \(muntlig, 23.11.2026\)/);
});

test('guidance is anchored to its question; critical guidance is marked', () => {
  const ids = (r: ChecklistRecord) => activeGuidance(r, P).map((g) => `${g.id}@${g.questionId ?? g.step}`);
  assert.deepEqual(ids({ ...emptyRecord(), answers: { hasChildren: 'no' } }), ['rare-case@screening', 'fear-of-report@screening']);
  const r: ChecklistRecord = { ...emptyRecord(), answers: { hasChildren: 'unknown', childWithoutCareNow: 'yes', neglectConcern: 'yes', interpreter: 'yes', triggers: ['death'] } };
  assert.deepEqual(ids(r).slice(2), ['cannot-clarify@hasChildren', 'acute@childWithoutCareNow', 'duty-to-report@neglectConcern', 'interpreter@interpreter', 'bereaved@children']);
  assert.deepEqual(criticalGuidance(r, P).map((g) => g.id), ['acute', 'duty-to-report']);
  // A child present now is no alarm.
  assert.equal(activeGuidance({ ...emptyRecord(), answers: { childPresentNow: 'yes' } }, P).some((g) => g.critical), false);
  for (const g of activeGuidance(r, P)) for (const text of [g.title, ...g.body, ...(g.legalRef ? [g.legalRef] : [])]) assert.ok(!/\b00\d\b|§\s?\d\.\d/.test(Object.values(text).join(' ')), 'no seed references in user text');
});

test('each guidance box is placed once, next to what raised it: sibling advice in the first sibling\'s card, refusal advice at the consent question (issue 27)', () => {
  const at = (r: ChecklistRecord) => activeGuidance(r, P).map((g) => `${g.id}@${g.step}/${g.questionId ?? ''}${g.childId ? `#${g.childId}` : ''}`);
  const kid = (id: string, relation: string) => ({ id, answers: { relation } });
  const r: ChecklistRecord = { ...emptyRecord(), answers: { hasChildren: 'yes', triggers: ['mental-illness'], consentStatus: 'refused' }, children: [kid('a', 'child'), kid('b', 'sibling'), kid('c', 'sibling')] };
  const placed = at(r);
  assert.ok(placed.includes('sibling@children/relation#b'), placed.join(' '));
  assert.ok(placed.includes('consent-refused@consent/consentStatus'), placed.join(' '));
  // Once each, whatever the answers.
  assert.equal(new Set(activeGuidance(r, P).map((g) => g.id)).size, activeGuidance(r, P).length);
  // The box follows the answer: the first sibling removed, the next one carries it.
  assert.ok(at({ ...r, children: [kid('a', 'child'), kid('c', 'sibling')] }).includes('sibling@children/relation#c'));
  // Guidance on a patient-level question has no child.
  assert.ok(activeGuidance(r, P).filter((g) => g.id !== 'sibling').every((g) => g.childId === undefined));
});

test('part 2 opens on the procedure rule: a table of screening combinations', () => {
  const table: [Record<string, string | string[]>, boolean][] = [
    [{}, false],
    [{ hasChildren: 'yes' }, true],
    [{ hasChildren: 'no' }, false],
    [{ hasChildren: 'unknown' }, false],
    // "Will not say" never opens part 2: nobody is asked consent for children nobody knows.
    [{ hasChildren: 'unknown', triggers: ['death'] }, false],
    [{ hasChildren: 'unknown', triggers: ['none'] }, false],
    [{ triggers: ['addiction'] }, false],
    [{ hasChildren: 'yes', triggers: ['addiction'] }, true],
    // Children, but none of the § 10 a situations: the duty does not apply (issue 27).
    [{ hasChildren: 'yes', triggers: ['none'] }, false],
    [{ hasChildren: 'yes', triggers: ['none', 'trauma'] }, true],
    [{ hasChildren: 'no', triggers: ['addiction'] }, false],
    [{ hasChildren: 'no', childWithoutCareNow: 'yes' }, true],
    [{ hasChildren: 'no', neglectConcern: 'yes' }, true],
    [{ hasChildren: 'no', childPresentNow: 'yes' }, false],
    [{ triggers: ['none', 'trauma'] }, false],
  ];
  for (const [answers, open] of table) assert.equal(screeningOpensMapping({ answers }, P), open, JSON.stringify(answers));
  assert.equal(evaluateCondition({ question: 'toString', answered: true }, {}), false);
});

test('overlays: reword, add and link; refuse removing the core, duplicate or reserved ids, empty core labels, unknown targets', () => {
  const ok = applyOverlay(P, {
    wording: [{ id: 'hasChildren', label: { nb: 'Har du barn under 18?' } }, { id: 'informed', label: 'Vet barnet om sykdommen?' }],
    addQuestions: [{ step: 'followup', question: { id: 'localTeam', type: 'yesno', label: 'Meldt til lokalt familieteam?' } }],
    addSteps: [{ id: 'localStep', after: 'summary', title: 'Lokalt' }],
    links: [{ step: 'screening', link: { label: 'Kommunens rutine', href: 'https://eksempel.invalid/rutine' } }],
  }, 'nb');
  assert.ok(ok.ok);
  if (!ok.ok) return;
  assert.equal(pick(ok.value.steps[0]!.questions[0]!.label, 'nb'), 'Har du barn under 18?');
  assert.equal(ok.value.steps.at(-1)!.id, 'summary', 'the summary stays last');
  assert.ok(ok.value.steps.find((s) => s.id === 'children')!.childQuestions!.some((q) => pick(q.label, 'nb') === 'Vet barnet om sykdommen?'));
  assert.ok(pick(P.steps[0]!.questions[0]!.label, 'nb').startsWith('Har pasienten'), 'the default is not mutated');

  const bad = applyOverlay(P, {
    remove: ['interpreter', 'consent'],
    addSteps: [{ id: 'summary', after: 'screening', title: 'x' }, { id: 'dup', after: 'nowhere', title: 'y', questions: [{ id: 'hasChildren', type: 'yesno', label: 'z' }] }],
    addQuestions: [{ step: 'screening', question: { id: 'dup', type: 'text', label: 'q' } }],
    wording: [{ id: 'hasChildren', label: { nb: ' ' } }],
  }, 'nn');
  assert.equal(bad.ok, false);
  if (bad.ok) return;
  assert.deepEqual(bad.error.issues.map((i) => i.path), ['remove.1', 'addSteps.0.id', 'addSteps.1.questions.0.id', 'addSteps.1.after', 'addQuestions.0.question.id', 'wording.0.label']);
  assert.match(bad.error.issues[0]!.message, /kan ikkje fjernast/);
  const badLink = applyOverlay(P, { links: [{ step: 'screening', link: { label: 'x', href: 'javascript:alert(1)' } }] }, 'nb');
  assert.equal(badLink.ok, false);
  assert.equal(applyOverlay(P, { addQuestions: [{ step: 'screening', question: { id: '__proto__', type: 'text', label: 'x' } }] }, 'nb').ok, false);
});

test('overlay: a municipality adds per-child questions: asked in each child\'s card, kept in the record, a note line per child, excludable; mistakes named by field (issue 27)', async () => {
  const { applyChecklistAction } = await import('./checklist-actions.js');
  const { setExcluded } = await import('./note.js');
  const overlay = {
    addChildQuestions: [
      { step: 'children', question: { id: 'childGp', type: 'text', label: { nb: 'Barnets fastlege', nn: 'Fastlegen til barnet' }, noteLabel: { nb: 'Barnets fastlege', nn: 'Fastlegen til barnet' } } },
      { step: 'followup', question: { id: 'familyTeam', type: 'yesno', label: 'Er barnet meldt til familieteamet?', noteLabel: 'Meldt til familieteamet' } },
    ],
  };
  const applied = applyOverlay(P, overlay, 'nb');
  assert.ok(applied.ok);
  if (!applied.ok) return;
  const proc = applied.value;
  assert.ok(proc.steps.find((s) => s.id === 'children')!.childQuestions!.some((q) => q.id === 'childGp'));
  assert.ok(proc.steps.find((s) => s.id === 'followup')!.childQuestions!.some((q) => q.id === 'familyTeam'));
  assert.ok(!P.steps.find((s) => s.id === 'children')!.childQuestions!.some((q) => q.id === 'childGp'), 'the default is not mutated');
  // Answered per child through the same action as any question; kept in the record.
  let r: ChecklistRecord = { ...twoChildrenRecord(), excluded: [] };
  r = applyChecklistAction(r, { type: 'answer', childId: 'c1', questionId: 'childGp', value: 'Dr. Lege, Sentrum legekontor' }, { procedure: proc });
  r = applyChecklistAction(r, { type: 'answer', childId: 'c2', questionId: 'familyTeam', value: 'yes' }, { procedure: proc });
  assert.equal(r.children[0]!.answers['childGp'], 'Dr. Lege, Sentrum legekontor');
  assert.equal(r.children[1]!.answers['familyTeam'], 'yes');
  const note = journalNote(r, proc, 'nb');
  assert.match(note, /\nBarn 1 \(Barn, 6–9 år\):\n(- .*\n)*- Barnets fastlege: Dr\. Lege, Sentrum legekontor\n/);
  assert.match(note, /\nBarn 2 \([^)]*\):\n(- .*\n)*- Meldt til familieteamet: Ja\n/);
  assert.match(journalNote(r, proc, 'nn'), /- Fastlegen til barnet: Dr\. Lege/);
  // Excludable from the entry, never from the record.
  const kept = setExcluded(r, 'child:c1:childGp', true, proc);
  assert.ok(!journalNote(kept, proc, 'nb').includes('Dr. Lege'));
  assert.equal(kept.children[0]!.answers['childGp'], 'Dr. Lege, Sentrum legekontor');

  // Mistakes: named by the field, in the reader's language.
  const bad = applyOverlay(P, {
    addChildQuestions: [
      { step: 'consent', question: { id: 'x1', type: 'text', label: 'x' } },
      { step: 'nowhere', question: { id: 'x2', type: 'text', label: 'x' } },
      { step: 'children', question: { id: 'age', type: 'text', label: 'x' } },
    ],
  }, 'nb');
  assert.equal(bad.ok, false);
  if (bad.ok) return;
  assert.deepEqual(bad.error.issues.map((i) => i.path), ['addChildQuestions.0.step', 'addChildQuestions.1.step', 'addChildQuestions.2.question.id']);
  assert.equal(bad.error.issues[0]!.message, 'steget «consent» har ingen spørsmål per barn');
  const badType = applyOverlay(P, { addChildQuestions: [{ step: 'children', question: { id: 'y', type: 'multi', label: 'x' } }] }, 'nb');
  assert.equal(badType.ok, false);
  if (!badType.ok) assert.ok(badType.error.issues.some((i) => i.path.startsWith('addChildQuestions.0.question.type')), JSON.stringify(badType.error.issues));
});
