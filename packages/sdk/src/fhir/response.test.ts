// QuestionnaireResponse and Consent. Invariants (tested over named and 60 generated records, in
// nb, nn and en):
// 1. 0 JSON-schema errors, 0 R4 invariant errors (qrs-*, ppc-*, dom-*, ele-1, narrative).
// 2. The response matches its Questionnaire: same canonical url|version, every item path exists
//    there, every answer has the item's type and every coding is one of its answerOptions, with
//    the option's display (bokmål) in every response language.
// 3. Only visible answers: every answered question is in visibleRecord.
// 4. An item kept out of the entry has no answer, only data-absent-reason masked, and its text is
//    in no resource (response, narrative).
//    An answer whose condition rests on a kept-out answer is masked too (no renderer could show it).
// 5. Status: in-progress while the review finds something blocking, whatever the caller asks.
// 6. Consent: no empty arrays, a valid policy URI, a patient or status draft plus a warning.
import { test } from 'node:test';
// nynorsk and English content and messages registered statically, as a Node host does.
import '../languages/nn.js';
import '../languages/en.js';
import assert from 'node:assert/strict';
import type { QuestionnaireItem, QuestionnaireItemAnswerOption, QuestionnaireResponseItem } from 'fhir/r4.js';
import { validateFhirR4 } from '../../../../test/fhir/validate-fhir.js';
import { checkInvariants } from '../../../../test/fhir/invariants.js';
import { AT, randomRecord, twoChildrenRecord } from '../../../../test/fixtures/checklist-records.js';
import { addConsentEntry, emptyConsentRecord, withdrawConsent } from '../consent/consent.js';
import { toFhirConsent, CONSENT_POLICY_URI } from '../consent/consent-fhir.js';
import { visibleRecord } from '../routine/engine.js';
import { defaultProcedure } from '../routine/procedure.js';
import { emptyRecord } from '../routine/record.js';
import { toFhirQuestionnaire, toFhirQuestionnaireResponse } from '../routine/fhir.js';
import { DATA_ABSENT_REASON_URL } from './canonical.js';
import type { BspError } from '../errors/bsp-error.js';

const P = defaultProcedure;
const questionnaire = toFhirQuestionnaire(P);
const records = [twoChildrenRecord(), ...Array.from({ length: 60 }, (_, i) => randomRecord(1000 + i))];
const langs = ['nb', 'nn', 'en'] as const;

const itemType = (type: QuestionnaireItem['type']) => (type === 'boolean' ? 'valueBoolean' : type === 'date' ? 'valueDate' : type === 'choice' ? 'valueCoding' : 'valueString');

function checkAgainst(defs: QuestionnaireItem[] = [], items: QuestionnaireResponseItem[] = [], path: string, answered: string[]): void {
  for (const item of items) {
    const def = defs.find((d) => d.linkId === item.linkId);
    assert.ok(def, `${path}/${item.linkId} is in the Questionnaire`);
    for (const answer of item.answer ?? []) {
      const keys = Object.keys(answer).filter((k) => k.startsWith('value'));
      assert.deepEqual(keys, [itemType(def.type)], `${path}/${item.linkId} answer type`);
      if (answer.valueCoding) {
        // The option's Coding exactly, display included, in every response language (issue 31:
        // LHC-Forms drops a coded answer whose display is not the option's).
        const coding = answer.valueCoding;
        const option: QuestionnaireItemAnswerOption | undefined = def.answerOption?.find((o) => o.valueCoding?.system === coding.system && o.valueCoding?.code === coding.code);
        assert.ok(option, `${item.linkId}: ${answer.valueCoding.code} is an answerOption`);
        assert.deepEqual(answer.valueCoding, { system: option.valueCoding!.system, code: option.valueCoding!.code, display: option.valueCoding!.display }, `${item.linkId}: the option's display`);
      }
      answered.push(item.linkId);
    }
    checkAgainst(def.item, item.item, `${path}/${item.linkId}`, answered);
  }
}

test('responses are valid R4, match the Questionnaire and hold only visible answers', () => {
  for (const record of records) {
    for (const lang of langs) {
      const response = toFhirQuestionnaireResponse(record, P, lang, { subject: { reference: 'Patient/1' }, authored: AT });
      assert.deepEqual(validateFhirR4(response).errors, []);
      assert.deepEqual(checkInvariants(response as never), []);
      assert.equal(response.questionnaire, `${questionnaire.url}|${questionnaire.version}`);
      const answered: string[] = [];
      checkAgainst(questionnaire.item, response.item, '', answered);
      const visible = visibleRecord(record, P);
      const visibleIds = new Set([...Object.keys(visible.answers), ...visible.children.flatMap((c) => Object.keys(c.answers))]);
      for (const id of answered) assert.ok(visibleIds.has(id), `${id} is visible`);
    }
  }
});

test('an item kept out of the entry is masked, and its text is nowhere', () => {
  const record = twoChildrenRecord();
  const response = toFhirQuestionnaireResponse(record, P, 'nb', { authored: AT });
  const json = JSON.stringify(response);
  assert.ok(!json.includes('Bestemor'));
  const children = response.item!.find((i) => i.linkId === 'mapping')!.item!.filter((i) => i.linkId === 'child');
  assert.equal(children.length, 2);
  const network = children[1]!.item!.find((i) => i.linkId === 'network')!;
  assert.equal(network.answer, undefined);
  assert.deepEqual(network.extension, [{ url: DATA_ABSENT_REASON_URL, valueCode: 'masked' }]);
  // Not excluded: the same answer is there.
  const included = toFhirQuestionnaireResponse({ ...record, excluded: [] }, P, 'nb', { authored: AT });
  assert.ok(JSON.stringify(included).includes('Bestemor'));
});

test('an answer that depends on a kept-out answer is masked too', () => {
  const record = { ...twoChildrenRecord(), excluded: ['answer:interpreter'] };
  const screening = toFhirQuestionnaireResponse(record, P, 'nb', { authored: AT }).item!.find((i) => i.linkId === 'screening')!.item!;
  for (const id of ['interpreter', 'interpreterLanguage']) {
    const item = screening.find((i) => i.linkId === id)!;
    assert.equal(item.answer, undefined, id);
    assert.equal(item.extension?.[0]?.valueCode, 'masked', id);
  }
  assert.ok(!JSON.stringify(toFhirQuestionnaireResponse(record, P, 'nb').item).includes('arabisk'));
});

test('in progress while something blocks, completed only when the review passes', () => {
  const blocked = twoChildrenRecord();
  assert.equal(toFhirQuestionnaireResponse(blocked, P, 'nb', { status: 'completed' }).status, 'in-progress');
  const clear = { ...emptyRecord(), answers: { hasChildren: 'no', triggers: ['none'], childWithoutCareNow: 'no', neglectConcern: 'no' } };
  assert.equal(toFhirQuestionnaireResponse(clear, P, 'nb').status, 'completed');
  assert.equal(toFhirQuestionnaireResponse(clear, P, 'nb', { status: 'in-progress' }).status, 'in-progress');
});

test('a language switch changes texts, never the canonical or the codes', () => {
  const [nb, nn, en] = langs.map((lang) => toFhirQuestionnaireResponse(twoChildrenRecord(), P, lang, { authored: AT }));
  assert.equal(nb!.questionnaire, nn!.questionnaire);
  assert.equal(nb!.questionnaire, en!.questionnaire);
  const codes = (r: unknown) => JSON.stringify(r).match(/"code":"[^"]*"/g);
  assert.deepEqual(codes(nb), codes(en));
  assert.notEqual(nb!.text!.div, en!.text!.div);
});

const consentWith = () => {
  let record = addConsentEntry(emptyConsentRecord(), { at: '2026-11-01T10:00:00+01:00', recipient: 'gp', decision: 'given', information: ['condition', 'treatment'], children: ['c1'], method: 'written', recordedBy: 'Lege A' });
  record = addConsentEntry(record, { at: '2026-11-02T10:00:00+01:00', recipient: 'school', decision: 'refused', information: [], children: [] });
  return withdrawConsent(record, 'gp', { at: '2026-12-01T10:00:00+01:00', recordedBy: 'Lege B' });
};

test('Consent: valid R4, withdrawal as a closed permit plus a deny, children and recipients coded', () => {
  const record = { ...consentWith(), askAgainOn: '2027-01-15' };
  for (const lang of langs) {
    const consent = toFhirConsent(record, lang, { patient: { reference: 'Patient/1' }, children: [{ id: 'c1', label: 'Barn 1' }, { id: 'c2', label: 'eldste' }] });
    assert.deepEqual(validateFhirR4(consent).errors, []);
    assert.deepEqual(checkInvariants(consent as never), []);
    const [heldGp, deniedGp, school] = consent.provision!.provision!;
    assert.deepEqual([heldGp!.type, deniedGp!.type, school!.type], ['permit', 'deny', 'deny']);
    assert.deepEqual(heldGp!.period, { start: '2026-11-01T10:00:00+01:00', end: '2026-12-01T10:00:00+01:00' });
    assert.equal(heldGp!.actor![0]!.role.coding![0]!.code, 'gp');
    // The child's identifier, scoped to the patient (issue 31), as its RelatedPerson carries it.
    assert.deepEqual(heldGp!.data!.map((d) => d.reference.identifier?.value), ['Patient/1/c1']);
    assert.deepEqual(school!.data!.map((d) => d.reference.identifier?.value), ['Patient/1/c1', 'Patient/1/c2'], 'all children when the entry names none');
    assert.ok(JSON.stringify(heldGp!.extension).includes('WRITTEN'));
    assert.ok(JSON.stringify(deniedGp!.extension).includes('Lege B'));
    assert.equal(consent.extension![0]!.valueDate, '2027-01-15');
    // Nothing is permitted now: still a decision in force, so `active` with only `deny` (issue 31:
    // `rejected` made systems that enforce active Consents ignore the patient's refusal).
    assert.equal(consent.status, 'active');
    assert.deepEqual([consent.provision!.type, ...consent.provision!.provision!.filter((p) => !p.period?.end).map((p) => p.type)], ['deny', 'deny', 'deny']);
  }
  assert.match(CONSENT_POLICY_URI, /^https:\/\/[\x21-\x7E]+$/);
  assert.doesNotThrow(() => new URL(CONSENT_POLICY_URI));
});

test('Consent: no patient means a draft and a warning; an empty record has no empty arrays', () => {
  const warnings: BspError[] = [];
  const draft = toFhirConsent(consentWith(), 'nb', { onWarning: (w) => warnings.push(w) });
  assert.equal(draft.status, 'draft');
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0]!.detail.issues[0]!.path, 'patient');
  for (const record of [emptyConsentRecord(), consentWith()]) {
    const consent = toFhirConsent(record, 'nb', { patient: { reference: 'Patient/1' } });
    assert.deepEqual(checkInvariants(consent as never), []);
    assert.ok(!JSON.stringify(consent).includes('[]'));
  }
});
