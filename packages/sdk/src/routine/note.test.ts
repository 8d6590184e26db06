// Invariants of the record entry (the structured note), held over hundreds of generated records
// in every language, plus the scenarios the record issue named:
// 1. Nothing throws, for any record the schema accepts.
// 2. Every child of a visible part 2 has its identity and the four points, core, "not clarified" when open.
// 3. An item marked "not for the record" is absent from the entry, its edits and the FHIR response.
// 4. Core items cannot be excluded; excluding one item never hides another of the same child.
// 5. Answers of parts or questions that are not visible never reach the entry or FHIR.
// 6. A stale edit is never printed; a current one is, exactly.
// 7. No item shows a prototype property, "undefined" or "[object Object]".
import { test } from 'node:test';
import assert from 'node:assert/strict';
// Text in every shipped language, registered statically as a Node host would (no on-demand loading).
import '../languages/nn.js';
import '../languages/en.js';
import { languages } from '../i18n/registry.js';
import { randomRecord, twoChildrenRecord } from '../../../../test/fixtures/checklist-records.js';
import { allQuestions, defaultProcedure } from './procedure.js';
import { emptyRecord, type ChecklistRecord } from './record.js';
import { checklistRecordSchema } from './record-schema.js';
import { visibleQuestions, visibleRecord, visibleSteps } from './engine.js';
import { includedNoteItems, journalNote, journalNoteFrom, noteItems, setExcluded, setNoteEdit } from './note.js';
import { toFhirQuestionnaireResponse } from './fhir.js';

const P = defaultProcedure;
const FOUR = ['responsibility', 'informed', 'parentsAssessment', 'professionalAssessment'];
const RUNS = 400;

/** Tokens of free-text answers that are visible now. */
function visibleTokens(record: ChecklistRecord): Set<string> {
  const v = visibleRecord(record, P);
  const all = [...Object.values(v.answers), ...v.children.flatMap((c) => Object.values(c.answers))].flat();
  return new Set(all.flatMap((a) => a.match(/TOKEN\d+Z/g) ?? []));
}

test('invariants hold for generated records in nb, nn and en', () => {
  let checkedExclusions = 0;
  let checkedHidden = 0;
  for (let seed = 1; seed <= RUNS; seed++) {
    const record = randomRecord(seed);
    assert.equal(checklistRecordSchema.safeParse(record).success, true, `seed ${seed} is a valid record`);
    for (const lang of languages()) {
      const items = noteItems(record, P, lang);
      const note = journalNote(record, P, lang);
      // The summary's one build of the items gives the same entry.
      assert.equal(journalNoteFrom(items, record, lang), note, `seed ${seed} ${lang}: journalNoteFrom`);
      const fhir = JSON.stringify(toFhirQuestionnaireResponse(record, P, lang, { authored: '2026-11-23T10:00:00Z' }));
      const included = includedNoteItems(record, P, lang);
      // 2: the four points and identity per visible child.
      for (const child of visibleRecord(record, P).children) {
        for (const id of ['identity', ...FOUR]) {
          const item = included.find((i) => i.key === `child:${child.id}:${id}`);
          assert.ok(item, `seed ${seed} ${lang}: ${child.id} ${id} present`);
          assert.equal(item.core, true);
        }
      }
      // 3 + 4: exclusion by key; core never excluded; the entry is exactly the included items.
      for (const item of items) {
        if (item.core) assert.equal(item.excluded, false, `seed ${seed}: core ${item.key} not excludable`);
        if (item.excluded) {
          checkedExclusions++;
          assert.ok(!included.some((i) => i.key === item.key));
          for (const t of item.generated.match(/TOKEN\d+Z/g) ?? []) {
            assert.ok(!note.includes(t), `seed ${seed} ${lang}: excluded ${item.key} leaked into the entry`);
            assert.ok(!fhir.includes(t), `seed ${seed} ${lang}: excluded ${item.key} leaked into FHIR`);
          }
          assert.ok(!note.includes(`EDIT${seed}-${item.key}`), 'an edit of an excluded item never shows');
        }
      }
      // One line per included item; a child's identity is its group's heading, once (issue 27).
      const bullets = note.split('\n').filter((l) => l.startsWith('- '));
      const identities = included.filter((i) => i.key.endsWith(':identity'));
      assert.equal(bullets.length, included.length - identities.length, `seed ${seed} ${lang}: one line per included item`);
      for (const i of identities) assert.equal(note.split('\n').filter((l) => l === `${i.text}:`).length, 1, `seed ${seed} ${lang}: ${i.text} heads its group once`);
      for (const i of included.filter((i) => i.childId && !i.key.startsWith('review:') && !i.key.endsWith(':identity'))) {
        const head = identities.find((h) => h.childId === i.childId)!;
        assert.ok(!i.text.startsWith(`${head.text}:`) || i.edited, `seed ${seed} ${lang}: ${i.key} does not repeat the child's label`);
      }
      // 5: hidden answers never leave.
      const visible = visibleTokens(record);
      for (const t of JSON.stringify(record).match(/TOKEN\d+Z/g) ?? []) {
        if (visible.has(t)) continue;
        checkedHidden++;
        assert.ok(!note.includes(t), `seed ${seed} ${lang}: hidden answer ${t} in the entry`);
        assert.ok(!fhir.includes(t), `seed ${seed} ${lang}: hidden answer ${t} in FHIR`);
      }
      // 6: stale edits never print (the generator's edits are all stale).
      assert.ok(!/EDIT\d+-/.test(note.replace(/EDIT\d+-[^\n]*/g, (m) => (items.some((i) => i.edited && i.text === m) ? '' : m))), `seed ${seed}: stale edit printed`);
      // 7
      assert.ok(!/\[native code\]|\[object Object\]|\bundefined\b/.test(note), `seed ${seed} ${lang}: ${note}`);
    }
  }
  assert.ok(checkedExclusions > 500 && checkedHidden > 100, `the generator exercised the rules (${checkedExclusions}, ${checkedHidden})`);
});

test('a child entered with only relation and age has all four points, "not clarified"', () => {
  const record: ChecklistRecord = { ...emptyRecord(), answers: { hasChildren: 'yes' }, children: [{ id: 'a', answers: { relation: 'child', age: '3-5' } }] };
  const nb = journalNote(record, P, 'nb');
  // The child's label once, as its group's heading; the four points as statements under it.
  assert.match(nb, /\n\nBarn 1 \(Barn, 3–5 år\):\n- Pasientens ansvar for barnet: ikke avklart\n- Om barnet er informert: ikke avklart\n- Foreldrenes vurdering av barnets behov: ikke avklart\n- Helsepersonellets vurdering av barnets behov: ikke avklart\n/);
  assert.match(journalNote(record, P, 'nn'), /\n\nBarn 1 \(Barn, 3–5 år\):\n- Ansvaret pasienten har for barnet: ikkje avklart/);
  assert.match(journalNote(record, P, 'en'), /\n\nChild 1 \(Child, 3–5 years\):\n- The patient's responsibility for the child: not clarified/);
});

test('core items cannot be excluded, and excluding one item never hides the child', () => {
  let record = twoChildrenRecord();
  for (const key of ['answer:hasChildren', 'child:c1:responsibility', 'child:c1:identity', 'consent:health-station']) {
    assert.equal(setExcluded(record, key, true, P), record, `${key} stays in`);
  }
  record = setExcluded(record, 'child:c1:concernExpressed', true, P);
  record = { ...record, excluded: [...record.excluded, 'child:c1:responsibility', 'answer:hasChildren'] };
  const note = journalNote(record, P, 'nb');
  assert.match(note, /Barn 1 \(Barn, 6–9 år\):\n- Pasientens ansvar for barnet: Foreldreansvar, Daglig omsorg/);
  assert.match(note, /- Pasienten har barn eller søsken under 18 år: Ja/);
  assert.ok(!note.includes('uttrykt bekymring'));
  assert.ok(!note.includes('Bestemor'));
});

test('edits are per item: current edits print, excluded or stale ones never do', () => {
  let record = twoChildrenRecord();
  record = setNoteEdit(record, 'child:c1:concernExpressed', 'Mor har uttrykt bekymring for skolen.', P);
  assert.match(journalNote(record, P, 'nb'), /- Mor har uttrykt bekymring for skolen\./);
  const excluded = setExcluded(record, 'child:c1:concernExpressed', true, P);
  assert.ok(!journalNote(excluded, P, 'nb').includes('Mor har uttrykt'));
  const changed = { ...record, children: record.children.map((c) => (c.id === 'c1' ? { ...c, answers: { ...c.answers, concernExpressed: 'no' } } : c)) };
  const stale = noteItems(changed, P, 'nb').find((i) => i.key === 'child:c1:concernExpressed')!;
  assert.equal(stale.staleEdit, true);
  assert.ok(!journalNote(changed, P, 'nb').includes('Mor har uttrykt'), 'a stale edit never prints');
  // A core item's text can be reworded but not blanked.
  const blanked = setNoteEdit(twoChildrenRecord(), 'child:c1:informed', '   ', P);
  assert.match(journalNote(blanked, P, 'nb'), /Barn 1 \(Barn, 6–9 år\):\n(- .*\n)*- Om barnet er informert: Delvis/);
  assert.equal(setNoteEdit(record, 'child:c1:concernExpressed', undefined, P).noteEdits, undefined);
});

test('changing screening so part 2 closes removes part 2 from the entry and FHIR', () => {
  const record = { ...twoChildrenRecord(), answers: { ...twoChildrenRecord().answers, hasChildren: 'no', triggers: ['none'] } };
  assert.deepEqual(visibleSteps(P, record).map((s) => s.id), ['screening', 'summary']);
  const note = journalNote(record, P, 'nb');
  const fhir = JSON.stringify(toFhirQuestionnaireResponse(record, P, 'nb'));
  for (const stale of ['Helsestasjon Sentrum', 'Barn 1', 'Samtykke', 'snakket med pasienten']) {
    assert.ok(!note.includes(stale), `${stale} left the entry`);
  }
  assert.ok(!fhir.includes('Helsestasjon Sentrum') && !fhir.includes('"child"'), 'and FHIR');
  assert.equal(record.children.length, 2, 'the record itself keeps what was typed');
});

test('conditional questions: "don\'t know" asks why and when to ask again; the entry says it is open', () => {
  const record: ChecklistRecord = { ...emptyRecord(), answers: { hasChildren: 'unknown', unclearReason: 'Pasienten er forvirret', askAgainOn: '2026-12-01' } };
  const screening = P.steps[0]!;
  assert.deepEqual(visibleQuestions(screening.questions, record.answers).slice(0, 3).map((q) => q.id), ['hasChildren', 'unclearReason', 'askAgainOn']);
  assert.deepEqual(visibleQuestions(screening.questions, { hasChildren: 'yes' }).map((q) => q.id).includes('unclearReason'), false);
  const note = journalNote(record, P, 'nb');
  assert.match(note, /- Hvorfor det ikke kunne avklares: Pasienten er forvirret/);
  // Dates in the entry's text are dd.mm.yyyy, under a label that says what the date is.
  assert.match(note, /Dato for å spørre igjen om pasienten har barn: 01\.12\.2026/);
  // Switched to "yes": the reason is no longer visible and leaves the entry.
  assert.ok(!journalNote({ ...record, answers: { ...record.answers, hasChildren: 'yes' } }, P, 'nb').includes('forvirret'));
});

test('the duty to report, answered yes, heads the entry with the conclusion and what was done; "no" writes nothing', () => {
  const record: ChecklistRecord = { ...emptyRecord(), answers: { hasChildren: 'yes', neglectConcern: 'yes', reportAction: 'report-sent', reportDate: '2026-11-20' } };
  const note = journalNote(record, P, 'nb');
  assert.match(note, /^Barn som pårørende: kartlegging\n\nMeldeplikt til barnevernet:\n- Grunn til å tro at meldeplikten til barnevernet gjelder: Ja\n/);
  assert.match(note, /- Melding til barnevernet: Bekymringsmelding sendt til barnevernstjenesten\n/);
  assert.match(note, /- Dato for melding til barnevernet: 20\.11\.2026/);
  assert.match(journalNote(record, P, 'en'), /Reason to believe the duty to report to the child welfare service applies: Yes/);
  const no = journalNote({ ...record, answers: { hasChildren: 'yes', neglectConcern: 'no' } }, P, 'nb');
  assert.doesNotMatch(no, /meldeplikt|barnevern/i);
});

test('question ids like toString or __proto__ never reach Object.prototype', () => {
  const answers = JSON.parse('{"hasChildren":"no","toString":"yes","__proto__":{"x":"y"},"constructor":"z"}');
  const note = journalNote({ ...emptyRecord(), answers }, P, 'nb');
  assert.ok(!/native code|object Object/.test(note), note);
  const items = allQuestions(P).map((q) => q.id);
  assert.ok(!items.includes('toString'));
});
