// The transaction Bundle, Tasks, ServiceRequests and RelatedPersons. Invariants (named and 40
// generated records):
// 1. 0 JSON-schema errors and 0 R4 invariant errors for the Bundle and every entry (bdl-*, dom-*,
//    ele-1, inv-1, prr-1, narratives).
// 2. Every urn:uuid reference resolves to an entry of the same Bundle; fullUrls are unique.
// 3. Nothing kept out of the entry reaches any resource (answers, narratives, descriptions).
// 4. A Task exists per child with a check date, due on that date, based on the child's referral.
// 5. RelatedPersons carry the HL7 Norway profile, a national or v3 relation coding and no name unless the professional recorded one (issue 27).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Bundle, RelatedPerson, Task } from 'fhir/r4.js';
import { validateFhirR4 } from '../../../../test/fhir/validate-fhir.js';
import { checkInvariants } from '../../../../test/fhir/invariants.js';
import { AT, randomRecord, twoChildrenRecord } from '../../../../test/fixtures/checklist-records.js';
import { noteItems } from '../routine/note.js';
import { defaultProcedure } from '../routine/procedure.js';
import type { BspError } from '../errors/bsp-error.js';
import { toFhirBundle } from './bundle.js';
// The English Bundle below needs the English text (SDK text functions refuse a language not loaded).
import '../languages/en.js';

const P = defaultProcedure;
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const options = { subject: { reference: 'Patient/1' }, author: { reference: 'Practitioner/7' }, authored: AT, uuid };

function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === 'reference' && typeof v === 'string' ? [v] : references(v)));
  }
  return [];
}

test('the Bundle and every entry are valid R4 and every reference resolves inside it', () => {
  for (const record of [twoChildrenRecord(), ...Array.from({ length: 40 }, (_, i) => randomRecord(2000 + i))]) {
    const bundle = toFhirBundle(record, P, 'nb', options);
    assert.deepEqual(validateFhirR4(bundle).errors, []);
    assert.deepEqual(checkInvariants(bundle as never), []);
    const urls = bundle.entry!.map((e) => e.fullUrl!);
    assert.equal(new Set(urls).size, urls.length);
    for (const ref of references(bundle.entry!.map((e) => e.resource))) {
      if (ref.startsWith('urn:uuid:')) assert.ok(urls.includes(ref), `${ref} resolves`);
      else assert.equal(ref, ref.startsWith('Patient/') ? 'Patient/1' : 'Practitioner/7');
    }
  }
});

test('nothing kept out of the entry reaches any resource of the Bundle', () => {
  let checked = 0;
  for (let seed = 1; seed <= 40; seed++) {
    const record = randomRecord(3000 + seed);
    const json = JSON.stringify(toFhirBundle(record, P, 'nb', options));
    for (const item of noteItems(record, P, 'nb').filter((i) => i.excluded)) {
      for (const t of item.generated.match(/TOKEN\d+Z/g) ?? []) {
        assert.ok(!json.includes(t), `seed ${seed}: ${item.key} leaked`);
        checked++;
      }
    }
  }
  assert.ok(checked > 10, `${checked} kept-out answers checked`);
  assert.ok(!JSON.stringify(toFhirBundle(twoChildrenRecord(), P, 'nb', options)).includes('Bestemor'));
});

test('follow-up: a Task per check date, due then, based on the referral; RelatedPersons coded, nameless', () => {
  const bundle: Bundle = toFhirBundle(twoChildrenRecord(), P, 'nb', options);
  const of = <T>(type: string) => bundle.entry!.filter((e) => e.resource!.resourceType === type).map((e) => ({ url: e.fullUrl!, resource: e.resource as T, request: e.request! }));
  const tasks = of<Task>('Task');
  assert.equal(tasks.length, 1);
  const verify = tasks[0]!.resource;
  assert.equal(verify.code!.coding![0]!.code, 'verify-help');
  assert.equal(verify.restriction!.period!.end, '2026-12-15');
  assert.equal(verify.basedOn![0]!.reference, of('ServiceRequest')[0]!.url);
  assert.equal(verify.for!.reference, 'Patient/1');
  const persons = of<RelatedPerson>('RelatedPerson');
  assert.equal(persons.length, 2);
  assert.deepEqual(persons.map((p) => p.resource.relationship![0]!.coding![0]!.code), ['barn', 'søsken']);
  for (const p of persons) {
    assert.equal(p.resource.name, undefined);
    assert.match(p.request.ifNoneExist!, /^identifier=/);
    assert.equal(p.resource.meta!.profile![0], 'http://hl7.no/fhir/StructureDefinition/no-basis-RelatedPerson');
  }
  const consent = of<{ provision: { provision: { data?: { reference: { reference?: string } }[] }[] } }>('Consent')[0]!.resource;
  assert.deepEqual(consent.provision.provision[0]!.data!.map((d) => d.reference.reference), persons.map((p) => p.url));
});

test('ask-again dates become Tasks; without a patient, children are left out with a warning', () => {
  const record = { ...twoChildrenRecord(), answers: { hasChildren: 'unknown', askAgainOn: '2027-02-01' }, children: [], consent: { version: 2 as const, entries: [], askAgainOn: '2027-03-01' } };
  const tasks = toFhirBundle(record, P, 'en', options).entry!.filter((e) => e.resource!.resourceType === 'Task').map((e) => e.resource as Task);
  assert.deepEqual(tasks.map((t) => [t.code!.coding![0]!.code, t.restriction!.period!.end]), [['ask-children-again', '2027-02-01']]);
  const warnings: BspError[] = [];
  const bundle = toFhirBundle(twoChildrenRecord(), P, 'nb', { uuid, onWarning: (w) => warnings.push(w) });
  assert.equal(bundle.entry!.filter((e) => e.resource!.resourceType === 'RelatedPerson').length, 0);
  assert.ok(warnings.some((w) => w.detail.issues[0]!.path === 'subject'));
});

test("a child's name and date of birth, when recorded, reach its RelatedPerson; kept out of the entry, they do not", () => {
  const record = twoChildrenRecord();
  record.children[0]!.answers = { ...record.children[0]!.answers, childName: 'Sara', birthDate: '2018-04-02' };
  const persons = (r: typeof record) => toFhirBundle(r, P, 'nb', options).entry!.filter((e) => e.resource!.resourceType === 'RelatedPerson').map((e) => e.resource as RelatedPerson);
  const [sara, sibling] = persons(record);
  assert.deepEqual(sara!.name, [{ text: 'Sara' }]);
  assert.equal(sara!.birthDate, '2018-04-02');
  assert.equal(sibling!.name, undefined);
  assert.deepEqual(validateFhirR4(sara!).errors, []);
  const kept = persons({ ...record, excluded: [...record.excluded, 'child:c1:childName', 'child:c1:birthDate'] })[0]!;
  assert.equal(kept.name, undefined);
  assert.equal(kept.birthDate, undefined);
});
