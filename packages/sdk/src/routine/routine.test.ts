import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateFhirR4 } from '../../../../test/fhir/validate-fhir.js';
import { defaultProcedure } from './procedure.js';
import { emptyRecord, checklistRecordSchema, type ChecklistRecord } from './record.js';
import { activeGuidance, screeningOpensMapping, visibleSteps } from './engine.js';
import { includedNoteItems, journalNote } from './note.js';
import { toFhirQuestionnaire, toFhirQuestionnaireResponse } from './fhir.js';
import { applyOverlay } from './overlay.js';

const noChildren: ChecklistRecord = {
  ...emptyRecord(),
  answers: { hasChildren: 'no', childNeedsCareNow: 'no', neglectConcern: 'no' },
};

/** Two children (one a sibling), refused consent, a referral, one item kept out of the journal. */
const twoChildren: ChecklistRecord = {
  ...emptyRecord(),
  answers: {
    hasChildren: 'yes',
    childNeedsCareNow: 'no',
    triggers: ['serious-illness'],
    othersFollowedUp: 'no',
    neglectConcern: 'no',
    interpreter: 'yes',
    consentStatus: 'refused',
    infoWho: 'Sykepleier sammen med mor',
    interpreterLanguage: 'arabisk',
    followUpWhere: ['health-station', 'gp'],
    referralTo: 'Helsestasjon Sentrum',
    referralDate: '2026-11-24',
    verifyDate: '2026-12-15',
  },
  children: [
    { id: 'c1', answers: { relation: 'child', age: '6–9', responsibility: ['parental', 'daily-care'], informed: 'partly', parentsAssessment: 'information', professionalAssessment: 'both', concernExpressed: 'yes' } },
    { id: 'c2', label: 'eldste', answers: { relation: 'sibling', age: '13–15', responsibility: ['none'], informed: 'no', parentsAssessment: 'cared-for', professionalAssessment: 'followup', network: 'Bestemor er viktig' } },
  ],
  excluded: ['child:c2:network'],
};

test('"no children" ends at screening with a short note', () => {
  assert.equal(screeningOpensMapping(noChildren), false);
  assert.deepEqual(visibleSteps(defaultProcedure, noChildren).map((s) => s.id), ['screening', 'summary']);
  const note = journalNote(noChildren, defaultProcedure, 'nb');
  assert.match(note, /^Barn som pårørende: kartlegging/);
  assert.match(note, /Har pasienten eller tjenestemottakeren barn eller søsken under 18 år\? Nei/);
  assert.ok(note.split('\n').length <= 8, note);
});

test('any answer that calls for it opens part 2', () => {
  assert.equal(screeningOpensMapping({ ...emptyRecord(), answers: { hasChildren: 'yes' } }), true);
  assert.equal(screeningOpensMapping({ ...emptyRecord(), answers: { hasChildren: 'no', childNeedsCareNow: 'yes' } }), true);
  assert.equal(screeningOpensMapping({ ...emptyRecord(), answers: { hasChildren: 'unknown', triggers: ['death'] } }), true);
  assert.equal(visibleSteps(defaultProcedure, twoChildren).length, defaultProcedure.steps.length);
});

test('the note has exactly the included items, by the four documentation points', () => {
  const note = journalNote(twoChildren, defaultProcedure, 'nb');
  for (const heading of ['Pasientens ansvar for barnet:', 'Om barnet er informert:', 'Foreldrenes vurdering av barnets behov:', 'Helsepersonellets vurdering av barnets behov:', 'Samtykke:', 'Oppfølging, henvisning og kontroll:']) {
    assert.ok(note.includes(heading), heading);
  }
  assert.match(note, /Barn 1 \(Barn, 6–9 år\): Foreldreansvar, Daglig omsorg/);
  assert.match(note, /Barn 2 \(eldste, Søsken, 13–15 år\): Nei/);
  assert.match(note, /Nei, samtykke ikke gitt/);
  assert.match(note, /Helsestasjon Sentrum/);
  assert.match(note, /2026-12-15/);
  assert.ok(!note.includes('Bestemor'), 'excluded item must never reach the note');
  const items = includedNoteItems(twoChildren, defaultProcedure, 'nb');
  assert.equal(note.split('\n').filter((l) => l.startsWith('- ')).length, items.length);
});

test('the note is written in nynorsk and English too', () => {
  assert.match(journalNote(twoChildren, defaultProcedure, 'nn'), /Ansvaret pasienten har for barnet:[\s\S]*Nei, samtykke ikkje gitt/);
  assert.match(journalNote(twoChildren, defaultProcedure, 'en'), /The patient's responsibility for the child:[\s\S]*No, consent refused/);
});

test("the professional's edited note wins", () => {
  assert.equal(journalNote({ ...twoChildren, noteText: 'Eget notat' }, defaultProcedure, 'nb'), 'Eget notat');
});

test('guidance follows the answers: duty to report, acute, sibling, refusal, interpreter, cannot clarify', () => {
  const ids = (r: ChecklistRecord) => activeGuidance(r).map((g) => g.id);
  assert.deepEqual(ids(noChildren), ['rare-case', 'fear-of-report']);
  assert.ok(ids({ ...emptyRecord(), answers: { neglectConcern: 'yes' } }).includes('duty-to-report'));
  assert.ok(ids({ ...emptyRecord(), answers: { childNeedsCareNow: 'yes' } }).includes('acute'));
  assert.ok(ids({ ...emptyRecord(), answers: { hasChildren: 'unknown' } }).includes('cannot-clarify'));
  assert.deepEqual(ids(twoChildren).slice(2), ['sibling', 'consent-refused', 'interpreter']);
});

test('the Questionnaire and QuestionnaireResponse are valid FHIR R4', () => {
  const questionnaire = toFhirQuestionnaire(defaultProcedure, 'nb');
  const q = validateFhirR4(questionnaire);
  assert.ok(q.valid, q.errors.join('\n'));
  const response = toFhirQuestionnaireResponse(twoChildren, defaultProcedure, 'nb', { subject: { reference: 'Patient/example' }, authored: '2026-11-23T10:00:00Z' });
  const r = validateFhirR4(response);
  assert.ok(r.valid, r.errors.join('\n'));
  const json = JSON.stringify(response);
  assert.ok(!json.includes('Bestemor'), 'excluded answers stay out of FHIR');
  assert.ok(json.includes('"valueDate":"2026-12-15"'));
  const mapping = (response['item'] as { linkId: string; item?: { linkId: string }[] }[]).find((i) => i.linkId === 'mapping')!;
  assert.equal(mapping.item!.filter((i) => i.linkId === 'child').length, 2);
  // An invalid resource is caught: the check can fail.
  assert.equal(validateFhirR4({ ...response, status: 'nonsense' }).valid, false);
});

test('records are validated; a bad record names the field', () => {
  assert.equal(checklistRecordSchema.safeParse(twoChildren).success, true);
  const bad = checklistRecordSchema.safeParse({ ...twoChildren, children: [{ answers: {} }] });
  assert.equal(bad.success, false);
  assert.deepEqual(bad.error?.issues[0]?.path, ['children', 0, 'id']);
});

test('a municipal overlay rewords, adds and links, but cannot remove the legal core', () => {
  const result = applyOverlay(
    defaultProcedure,
    {
      wording: [{ id: 'hasChildren', label: { nb: 'Har du barn under 18?' } }],
      addQuestions: [{ step: 'followup', question: { id: 'localTeam', type: 'yesno', label: 'Meldt til lokalt familieteam?' } }],
      links: [{ step: 'screening', link: { label: 'Kommunens rutine', href: 'https://eksempel.invalid/rutine' } }],
    },
    'nb',
  );
  assert.equal(result.ok, true);
  if (!result.ok) return;
  const screening = result.value.steps[0]!;
  assert.equal(screening.questions[0]!.label.nb, 'Har du barn under 18?');
  assert.equal(screening.questions[0]!.label.en, defaultProcedure.steps[0]!.questions[0]!.label.en);
  assert.equal(screening.links?.[0]?.href, 'https://eksempel.invalid/rutine');
  assert.ok(result.value.steps.find((s) => s.id === 'followup')!.questions.some((q) => q.id === 'localTeam'));
  assert.equal(defaultProcedure.steps[0]!.questions[0]!.label.nb.startsWith('Har pasienten'), true, 'default is not mutated');

  const refused = applyOverlay(defaultProcedure, { remove: ['interpreter', 'consent'] }, 'nn');
  assert.equal(refused.ok, false);
  if (refused.ok) return;
  assert.deepEqual(refused.error.issues.map((i) => i.path), ['remove.1']);
  assert.match(refused.error.issues[0]!.message, /kan ikkje fjernast/);

  const badLink = applyOverlay(defaultProcedure, { links: [{ step: 'screening', link: { label: 'x', href: 'javascript:alert(1)' } }] }, 'nb');
  assert.equal(badLink.ok, false);
  if (!badLink.ok) assert.equal(badLink.error.issues[0]!.path, 'links.0.link.href');
});
