/*
 * A partial language a host registers (a fixture standing in for Northern Sámi, which ships no
 * text until a qualified translation exists) falls back everywhere, item by item:
 * 1. the record entry (note) shows the fixture's own wording where it has some and bokmål
 *    for everything else, never a blank or a key;
 * 2. the FHIR QuestionnaireResponse carries the same texts as the note's labels, and the
 *    Questionnaire's translations name the fixture language only where it has its own text;
 * 3. the finder's search finds a national service by the fixture's name for it;
 * 4. review messages and consent labels fall back the same way.
 * (The widgets' side, LocalizeController with a registered language, is tested in @bsp/ui.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registerLanguage } from '../i18n/registry.js';
import { pick } from '../i18n/lang.js';
import { defaultProcedure as P, allQuestions } from '../routine/procedure.js';
import { journalNote } from '../routine/note.js';
import { toFhirQuestionnaire, toFhirQuestionnaireResponse } from '../routine/fhir.js';
import { nationalCatalog } from '../catalog/national.js';
import { matchesQuery } from '../catalog/search.js';
import { recipientLabels } from '../consent/consent.js';
import { twoChildrenRecord } from '../../../../test/fixtures/checklist-records.js';

const FIXTURE = 'se';
const OWN_LABEL = 'Leat go pasieanttas mánát?';
/** The note states the answer under its note label (issue 27). */
const OWN_NOTE = 'Pasieanttas leat mánát';
registerLanguage({
  code: FIXTURE,
  fallback: 'nb',
  content: {
    routine: { 'hasChildren.label': OWN_LABEL, 'hasChildren.note': OWN_NOTE },
    'national-catalog': { 'kors-pa-halsen.name': 'Ruossa čeabehis' },
    'consent-labels': { 'recipient.gp': 'Fásta doavttir' },
  },
  messages: { checklist: { notAnswered: 'ii čielggaduvvon' } },
});

test('the note uses the fixture wording where given and bokmål elsewhere (1)', () => {
  const record = twoChildrenRecord();
  const note = journalNote(record, P, FIXTURE);
  assert.ok(note.includes(`${OWN_NOTE}: `), 'own note label');
  const other = allQuestions(P).find((q) => q.id === 'triggers')!;
  assert.ok(note.includes(`${pick(other.noteLabel!, 'nb')}: `), 'bokmål for a label the fixture lacks');
  assert.doesNotMatch(note, /\b(?:hasChildren|triggers)\.(?:label|note)\b|undefined/);
  const bokmal = journalNote(record, P, 'nb');
  assert.equal(note.split('\n').length, bokmal.split('\n').length, 'same items, only wording differs');
});

test('FHIR texts follow the same fallback; translations name the fixture only where it has text (2)', () => {
  const response = toFhirQuestionnaireResponse(twoChildrenRecord(), P, FIXTURE);
  const texts = JSON.stringify(response);
  assert.ok(texts.includes(OWN_LABEL));
  assert.ok(texts.includes(pick(allQuestions(P).find((q) => q.id === 'triggers')!.label, 'nb')));
  const questionnaire = JSON.stringify(toFhirQuestionnaire(P));
  const fixtureTranslations = questionnaire.match(/"valueCode":"se"/g) ?? [];
  assert.equal(fixtureTranslations.length, 1, 'one translation in the fixture language: its one routine text');
});

test('the finder finds a national service by the fixture name (3)', () => {
  const service = nationalCatalog.find((s) => s.id === 'kors-pa-halsen')!;
  assert.equal(pick(service.name, FIXTURE), 'Ruossa čeabehis');
  assert.ok(matchesQuery(service, 'čeabehis'));
  assert.equal(pick(nationalCatalog.find((s) => s.id !== 'kors-pa-halsen')!.name, FIXTURE).length > 0, true);
});

test('consent labels fall back label by label (4)', () => {
  assert.equal(pick(recipientLabels.gp, FIXTURE), 'Fásta doavttir');
  assert.equal(pick(recipientLabels['health-station'], FIXTURE), pick(recipientLabels['health-station'], 'nb'));
});
