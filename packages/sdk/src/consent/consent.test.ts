import { test } from 'node:test';
import assert from 'node:assert/strict';
// Text in every shipped language, registered statically as a Node host would (no on-demand loading).
import '../languages/nn.js';
import '../languages/en.js';
import { validateFhirR4 } from '../../../../test/fhir/validate-fhir.js';
import { addConsentEntry, CONSENT_RECIPIENTS, consentFor, consentStatus, currentConsents, emptyConsentRecord, followUpRecipient, hasRefusal, withdrawConsent, type ConsentRecord } from './consent.js';
import { consentRecordSchema } from './consent-schema.js';
import { consentJournalNote } from './consent-note.js';
import { toFhirConsent } from './consent-fhir.js';
import { parseWith } from '../errors/parse-with.js';
import { journalNote } from '../routine/note.js';
import { defaultProcedure } from '../routine/procedure.js';
import { emptyRecord } from '../routine/record.js';

const all = ['condition', 'treatment', 'practical'] as ('condition' | 'treatment' | 'practical')[];
const at = '2026-11-23T10:00:00+01:00';

const full: ConsentRecord = [
  { recipient: 'health-station' as const },
  { recipient: 'gp' as const },
].reduce((r, e) => addConsentEntry(r, { ...e, at, decision: 'given', information: all, children: [], method: 'written', recordedBy: 'Sykepleier A' }), emptyConsentRecord());

const partial = addConsentEntry(
  addConsentEntry(emptyConsentRecord(), { at, recipient: 'school', decision: 'given', information: ['practical'], children: ['c1'], method: 'verbal' }),
  { at, recipient: 'other-parent', decision: 'refused', information: [], children: [] },
);

const refused = addConsentEntry(emptyConsentRecord(), { at, recipient: 'health-station', decision: 'refused', information: [], children: [] });

test('status: full, partial and refused', () => {
  assert.equal(consentStatus(emptyConsentRecord()), 'none');
  assert.equal(consentStatus(full), 'full');
  assert.equal(consentStatus(partial), 'partial');
  assert.equal(consentStatus(refused), 'refused');
  assert.equal(hasRefusal(partial), true);
  assert.equal(hasRefusal(full), false);
});

test('a withdrawal appends to history and keeps the earlier entry', () => {
  const withdrawn = withdrawConsent(full, 'gp', { at: '2026-12-01T09:00:00Z', recordedBy: 'Lege B' });
  assert.equal(withdrawn.entries.length, 3);
  assert.deepEqual(withdrawn.entries.slice(0, 2), full.entries, 'history untouched');
  assert.equal(currentConsents(withdrawn).find((e) => e.recipient === 'gp')?.decision, 'withdrawn');
  assert.equal(consentStatus(withdrawn), 'partial');
  assert.equal(full.entries.length, 2, 'the original record is not mutated');
  assert.match(consentJournalNote(withdrawn, 'nb'), /Samtykke til fastlege trukket tilbake \(01.12.2026, registrert av Lege B\)/);
});

test('journal fragment in nb, nn and en', () => {
  const childLabel = (id: string) => (id === 'c1' ? 'Barn 1 (Barn, 6–9 år)' : undefined);
  assert.match(consentJournalNote(partial, 'nb', { childLabel }), /Samtykke til barnehage eller skole: praktiske forhold \(innleggelse, besøk\), gjelder Barn 1 \(Barn, 6–9 år\) \(muntlig, 23.11.2026\)/);
  assert.match(consentJournalNote(partial, 'nb'), /Ikke samtykke til den andre forelderen eller omsorgspersonen \(23.11.2026\)/, 'a refusal has no method');
  assert.match(consentJournalNote(partial, 'nn'), /Ikkje samtykke til den andre forelderen/);
  assert.match(consentJournalNote(partial, 'en'), /No consent to share information with the other parent or carer/);
});

test('FHIR R4 Consent is valid for full, partial, refused and empty records', () => {
  for (const record of [full, partial, refused, emptyConsentRecord()]) {
    const resource = toFhirConsent(record, 'nb', { patient: { reference: 'Patient/1' }, organization: { display: 'Eksempel kommune' }, dateTime: '2026-11-23T10:00:00Z' });
    const result = validateFhirR4(resource);
    assert.ok(result.valid, result.errors.join('\n'));
  }
  const fhir = toFhirConsent(partial, 'nb', { patient: { reference: 'Patient/1' } }) as { status: string; provision: { provision: { type: string }[] } };
  assert.equal(fhir.status, 'active');
  assert.deepEqual(fhir.provision.provision.map((p) => p.type), ['permit', 'deny']);
  // Refusals only: a decision in force, `active` with `deny` provisions (issue 31; `rejected` was ignored by enforcing systems).
  const refusal = toFhirConsent(refused, 'nb', { patient: { reference: 'Patient/1' } }) as { status: string; provision: { provision: { type: string }[] } };
  assert.equal(refusal.status, 'active');
  assert.ok(refusal.provision.provision.length && refusal.provision.provision.every((p) => p.type === 'deny'));
});

test('bad input is rejected with the field named', () => {
  const result = parseWith(consentRecordSchema, { version: 2, entries: [{ ...full.entries[0], recipient: 'neighbour', at: 'yesterday' }] }, { what: 'consent', lang: 'nb' });
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(result.error.issues.map((i) => i.path).sort(), ['entries.0.at', 'entries.0.recipient']);
});

test("the checklist's note includes the consent form's entries without double entry", () => {
  const note = journalNote({ ...emptyRecord(), answers: { hasChildren: 'yes', consentStatus: 'partial' }, children: [{ id: 'c1', answers: { relation: 'child', age: '6-9' } }], consent: partial }, defaultProcedure, 'nb');
  assert.match(note, /Samtykke:\n- Samtykke til barnehage eller skole: praktiske forhold \(innleggelse, besøk\), gjelder Barn 1 \(Barn, 6–9 år\)/);
  assert.ok(!note.includes('Har pasienten samtykket'), 'the summary question is not repeated');
});

test('consentFor: latest decision per recipient, per child; follow-up places map to recipients', () => {
  assert.equal(consentFor(partial, 'school', 'c1'), 'given');
  assert.equal(consentFor(partial, 'school', 'c2'), 'none');
  assert.equal(consentFor(partial, 'other-parent', 'c2'), 'refused');
  assert.equal(consentFor(withdrawConsent(full, 'gp', { at }), 'gp'), 'withdrawn');
  assert.equal(followUpRecipient('health-station'), 'health-station');
  assert.equal(followUpRecipient('own-service'), undefined);
  assert.equal(followUpRecipient('toString'), undefined);
  assert.ok(CONSENT_RECIPIENTS.includes('child-welfare') && CONSENT_RECIPIENTS.includes('ppt'));
});
