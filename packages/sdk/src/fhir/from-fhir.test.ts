import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { actualConsent, expectedAnswers, expectedConsent, recordArb } from '../../../../test/fhir-server/records.js';
import { defaultProcedure as P } from '../routine/procedure.js';
import { emptyRecord, type ChecklistRecord } from '../routine/record.js';
import { readChecklistRecord } from '../routine/record-schema.js';
import { toFhirBundle } from './bundle.js';
import { toFhirTasks } from './follow-up.js';
import { recordFromFhir } from './from-fhir.js';
import type { Bundle, FhirResource } from 'fhir/r4.js';
// A server process renders nynorsk and English once their modules are imported.
import '../languages/nn.js';
import '../languages/en.js';

const patient = { reference: 'Patient/p1' };
const AUTHORED = '2026-12-07T10:00:00.000Z';
let n = 0;
const bundleOf = (record: ChecklistRecord, lang: 'nb' | 'nn' | 'en' = 'nb') => toFhirBundle(record, P, lang, { subject: patient, authored: AUTHORED, uuid: () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}` });
const tasksOf = (record: ChecklistRecord) => toFhirTasks(record, P, 'nb', { authoredOn: AUTHORED }).map((t) => `${t.code?.coding?.[0]?.code}|${t.restriction?.period?.end}`).sort();

test('recordFromFhir(toFhirBundle(r)) keeps the answers, children, consent entries and open tasks FHIR carries', () => {
  fc.assert(
    fc.property(recordArb, fc.constantFrom('nb' as const, 'nn' as const, 'en' as const), (record, lang) => {
      const { record: back, openTasks, findings } = recordFromFhir(bundleOf(record, lang), { patient });
      const expected = expectedAnswers(record);
      assert.deepEqual(back.answers, expected.answers);
      assert.deepEqual(back.children.map((c) => c.id), expected.children.map((c) => c.id));
      assert.deepEqual(back.children.map((c) => c.answers), expected.children.map((c) => c.answers));
      assert.deepEqual(actualConsent(back), expectedConsent(record));
      // The open tasks: the same follow-up as the record sent gives, listed and rebuilt from the record.
      assert.deepEqual(openTasks.map((t) => `${t.code}|${t.due}`).sort(), tasksOf(record));
      assert.deepEqual(tasksOf(back), tasksOf(record));
      assert.equal(readChecklistRecord(back).ok, true, 'a valid record');
      // Only a consent naming a child without a RelatedPerson (part 2 closed) is reported.
      assert.deepEqual(findings.filter((f) => !(f.reason === 'unknown-child' && f.resourceType === 'Consent')), []);
    }),
    { numRuns: Number(process.env.RUNS ?? 40), ...(process.env.SEED ? { seed: Number(process.env.SEED), path: process.env.FCPATH } : {}) },
  );
});

test('what is not ours is reported, never thrown, and never holds an answer', () => {
  const hostile: unknown[] = [
    null,
    42,
    'QuestionnaireResponse',
    { resourceType: 'Observation', id: 'o1', valueString: 'secret' },
    { resourceType: 'QuestionnaireResponse', questionnaire: 'http://other.example/Questionnaire/x', item: [{ linkId: 'hasChildren', answer: [{ valueString: 'secret' }] }] },
    { resourceType: 'QuestionnaireResponse', questionnaire: 'https://example.org/fhir/bsp/Questionnaire/bsp-national-default|2.0.0', item: [{ linkId: 'nope', answer: [{ valueString: 'secret' }] }, { linkId: 'hasChildren', answer: [{ valueCoding: { code: 'maybe' } }] }, 'x', { item: 5 }] },
    { resourceType: 'RelatedPerson', identifier: [{ system: 'urn:other', value: 'c1' }] },
    { resourceType: 'Consent', provision: { provision: [{ type: 'permit', actor: [{ role: { coding: [{ code: 'gp' }] } }] }, null] } },
    { resourceType: 'Task', status: 'requested', code: { coding: [{ system: 'urn:x', code: 'y' }] } },
    { resourceType: 'Task', status: 'completed', code: { coding: [{ system: 'https://example.org/fhir/bsp/CodeSystem/bsp-followup-task', code: 'ask-children-again' }] }, restriction: { period: { end: '2027-01-01' } } },
    { resourceType: 'ServiceRequest', supportingInfo: [{ display: 'Barn 1' }], code: { text: 'BUP' } },
    { resourceType: 'QuestionnaireResponse', subject: { reference: 'Patient/p2' } },
  ];
  const { record, findings, openTasks } = recordFromFhir(hostile, { patient: 'Patient/p1' });
  assert.deepEqual(record, { ...emptyRecord(), answers: {} });
  assert.deepEqual(openTasks, []);
  assert.deepEqual(
    findings.map((f) => `${f.index}:${f.reason}`),
    ['0:not-a-resource', '1:not-a-resource', '2:not-a-resource', '3:unknown-resource', '11:other-patient', '6:unknown-child', '4:other-questionnaire', '5:unknown-item', '5:unknown-code', '7:unknown-code', '7:invalid', '10:unknown-child', '8:unknown-code', '9:closed-task'],
  );
  assert.ok(!JSON.stringify(findings).includes('secret'));
  for (const input of [undefined, null, {}, { resourceType: 'Bundle' }, { resourceType: 'Bundle', entry: 'x' }, new Proxy({}, { get: () => { throw new Error('x'); } })]) {
    assert.doesNotThrow(() => recordFromFhir(input));
  }
});

test('a search result (Bundle of type searchset, server ids) reads like the transaction', () => {
  const record: ChecklistRecord = {
    ...emptyRecord(),
    answers: { hasChildren: 'yes', childWithoutCareNow: 'no' },
    children: [
      { id: 'c1', answers: { relation: 'child', verifyDate: '2027-01-15', referralTo: 'BUP' } },
      { id: 'c2', answers: { relation: 'child' } },
    ],
    excluded: [],
  };
  const sent = bundleOf(record);
  // What a server gives back: ids instead of urn:uuid, references rewritten to Type/id.
  const ids = new Map(sent.entry!.map((e, i) => [e.fullUrl!, `${e.resource!.resourceType}/s${i}`]));
  const rewritten = JSON.parse(JSON.stringify(sent).replace(/urn:uuid:[0-9a-f-]+/g, (u) => ids.get(u)!)) as Bundle;
  const searchset: Bundle = { resourceType: 'Bundle', type: 'searchset', entry: rewritten.entry!.reverse().map((e) => ({ fullUrl: `https://fhir.example/${e.fullUrl}`, resource: { ...e.resource!, id: e.fullUrl!.split('/')[1] } as FhirResource })) };
  const { record: back, openTasks } = recordFromFhir(searchset, { patient });
  assert.deepEqual(back.children.map((c) => [c.id, c.answers['verifyDate']]), [['c1', '2027-01-15'], ['c2', undefined]]);
  assert.deepEqual(openTasks, [{ code: 'verify-help', status: 'requested', due: '2027-01-15', childId: 'c1' }]);
});
