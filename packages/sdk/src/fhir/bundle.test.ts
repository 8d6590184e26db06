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
import type { Bundle, QuestionnaireResponse, RelatedPerson, Task } from 'fhir/r4.js';
import fc from 'fast-check';
import fhirpath from 'fhirpath';
import r4model from 'fhirpath/fhir-context/r4';
import { validateFhirR4 } from '../../../../test/fhir/validate-fhir.js';
import { checkInvariants } from '../../../../test/fhir/invariants.js';
import { AT, randomRecord, twoChildrenRecord } from '../../../../test/fixtures/checklist-records.js';
import { noteItems } from '../routine/note.js';
import { defaultProcedure, type Procedure } from '../routine/procedure.js';
import type { BspError } from '../errors/bsp-error.js';
import { emptyRecord } from '../routine/record.js';
import { toFhirQuestionnaire } from '../routine/fhir.js';
import { toFhirBundle } from './bundle.js';
import { childIdFromIdentifier } from './child-identifier.js';
// The Bundles below are made in nn and en too (SDK text functions refuse a language not loaded).
import '../languages/nn.js';
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
    assert.equal(p.request.ifNoneExist!, `identifier=${encodeURIComponent(`https://example.org/fhir/bsp/NamingSystem/child|Patient/1/${p.resource.identifier![0]!.value!.split('/').at(-1)}`)}`);
    assert.equal(p.resource.meta!.profile![0], 'http://hl7.no/fhir/StructureDefinition/no-basis-RelatedPerson');
  }
  const consent = of<{ provision: { provision: { data?: { reference: { reference?: string } }[] }[] } }>('Consent')[0]!.resource;
  assert.deepEqual(consent.provision.provision[0]!.data!.map((d) => d.reference.reference), persons.map((p) => p.url));
});

test('ask-again dates become Tasks; without a patient, the Bundle is the response alone and a warning says what was left out', () => {
  const record = { ...twoChildrenRecord(), answers: { hasChildren: 'unknown', askAgainOn: '2027-02-01' }, children: [], consent: { version: 2 as const, entries: [], askAgainOn: '2027-03-01' } };
  const tasks = toFhirBundle(record, P, 'en', options).entry!.filter((e) => e.resource!.resourceType === 'Task').map((e) => e.resource as Task);
  assert.deepEqual(tasks.map((t) => [t.code!.coding![0]!.code, t.restriction!.period!.end]), [['ask-children-again', '2027-02-01']]);
  const warnings: BspError[] = [];
  const bundle = toFhirBundle(twoChildrenRecord(), P, 'nb', { uuid, onWarning: (w) => warnings.push(w) });
  // Before issue 31: Tasks without `for`, a ServiceRequest whose subject was the child's description.
  assert.deepEqual(bundle.entry!.map((e) => e.resource!.resourceType), ['QuestionnaireResponse']);
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0]!.detail.issues[0]!.path, 'subject');
  assert.match(warnings[0]!.message, /Consent, RelatedPerson, Task, ServiceRequest/);
});

test("a child's name, date of birth and residence, when recorded, reach its RelatedPerson; kept out of the entry, they do not", () => {
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
  // Where the child lives (issue 27's identity items) is its address, under the same rule.
  record.children[0]!.answers = { ...record.children[0]!.answers, residence: 'Hos mor, Storgata 1' };
  assert.deepEqual(persons(record)[0]!.address, [{ text: 'Hos mor, Storgata 1' }]);
  assert.equal(persons({ ...record, excluded: [...record.excluded, 'child:c1:residence'] })[0]!.address, undefined);
});

// The national rule of 8a31305 ("not no, and a trigger other than none"). Today's national rule
// opens part 2 on core answers only, which cannot be kept out; an overlay's rule may read any.
const oldRule: Procedure = { ...defaultProcedure, mappingOpensWhen: { all: [{ not: { question: 'hasChildren', equals: 'no' } }, { question: 'triggers', includesOtherThan: ['none'] }] } };

type Ref = { reference?: string; identifier?: { system?: string; value?: string }; display?: string };
const entriesOf = (bundle: Bundle, type: string) => bundle.entry!.filter((e) => e.resource!.resourceType === type);

/** Where a resource names a child or the patient: each place as a Reference. */
function childAndPatientReferences(bundle: Bundle): { where: string; ref: Ref }[] {
  return bundle.entry!.flatMap(({ resource }) => {
    const r = resource as unknown as Record<string, unknown>;
    const refs = (where: string, v: unknown) => (v ? [v].flat().map((ref) => ({ where: `${resource!.resourceType}.${where}`, ref: ref as Ref })) : []);
    const nested = (p: { provision?: unknown[]; data?: { reference: Ref }[] } | undefined): { where: string; ref: Ref }[] =>
      [...(p?.data ?? []).flatMap((d) => refs('provision.data', d.reference)), ...((p?.provision ?? []) as never[]).flatMap(nested)];
    return [
      ...refs('patient', r['patient']),
      ...refs('subject', r['subject']),
      ...refs('for', r['for']),
      ...refs('focus', r['focus']),
      ...refs('supportingInfo', r['supportingInfo']),
      ...(resource!.resourceType === 'Consent' ? nested(r['provision'] as never) : []),
    ];
  });
}

test('issue 31: children of two patients with the same child ids stay apart (generated records)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom('Patient/1', 'Patient/2', 'https://fhir.example.no/Patient/a,b'), (seed, other) => {
      const record = randomRecord(seed);
      const a = toFhirBundle(record, P, 'nb', options);
      const b = toFhirBundle(record, P, 'nb', { ...options, subject: { reference: other === 'Patient/1' ? 'Patient/9' : other } });
      const conditions = (bundle: Bundle) => entriesOf(bundle, 'RelatedPerson').map((e) => e.request!.ifNoneExist!);
      const [ca, cb] = [conditions(a), conditions(b)];
      assert.equal(ca.length, new Set(ca).size, 'one condition per child');
      for (const c of ca) assert.ok(!cb.includes(c), `${c} matches only patient 1's child`);
      // The record's child ids come back from the identifiers, for this patient only.
      const persons = entriesOf(a, 'RelatedPerson').map((e) => e.resource as RelatedPerson);
      assert.deepEqual(persons.map((p) => childIdFromIdentifier(p.identifier![0], p.patient)), record.children.slice(0, persons.length).map((c) => c.id));
      for (const p of persons) assert.equal(childIdFromIdentifier(p.identifier![0], { reference: 'Patient/9' }), undefined, "not read as another patient's child");
    }),
    { numRuns: 60 },
  );
});

test('issue 31: every child is a reference to its RelatedPerson and the patient a real reference; a referred child always gets its resources', () => {
  let children = 0;
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom('nb', 'nn', 'en'), (seed, lang) => {
      const record = randomRecord(seed);
      const bundle = toFhirBundle(record, P, lang, options);
      const persons = new Set(entriesOf(bundle, 'RelatedPerson').map((e) => e.fullUrl!));
      for (const { where, ref } of childAndPatientReferences(bundle)) {
        assert.ok(ref.reference, `${where} is a reference, not a text (${JSON.stringify(ref)})`);
        if (where.endsWith('provision.data') || where.endsWith('supportingInfo')) {
          assert.ok(persons.has(ref.reference), `${where} is a RelatedPerson of this Bundle`);
          children++;
        }
      }
      for (const e of entriesOf(bundle, 'Task')) {
        const task = e.resource as Task;
        assert.equal(task.for!.reference, 'Patient/1');
        if (task.code!.coding![0]!.code === 'verify-help') assert.ok(persons.has(task.focus!.reference!), 'verify-help is about the child');
      }
    }),
    { numRuns: 60 },
  );
  assert.ok(children > 20, `${children} child references checked`);
});

test('issue 31: part 2 opened on an answer kept out of the entry: not in the response, yet the referred child has its RelatedPerson, ServiceRequest and Task', async () => {
  const P = oldRule;
  const record = {
    ...emptyRecord(),
    answers: { hasChildren: 'unknown', triggers: ['death'], childWithoutCareNow: 'no', neglectConcern: 'no' },
    children: [{ id: 'c1', answers: { relation: 'child', referralTo: 'BUP', verifyDate: '2026-12-01' } }],
    excluded: ['answer:triggers'],
  };
  const bundle = toFhirBundle(record, P, 'nn', options);
  const response = entriesOf(bundle, 'QuestionnaireResponse')[0]!.resource as QuestionnaireResponse;
  // The Questionnaire's own rule, evaluated on what is sent, closes part 2: so nothing of it is sent.
  const mapping = toFhirQuestionnaire(P).item!.find((i) => i.linkId === 'mapping')!;
  const expression = mapping.extension!.find((e) => e.url.endsWith('enableWhenExpression'))!.valueExpression!.expression!;
  assert.deepEqual(fhirpath.evaluate(response, expression, { resource: response }, r4model) as unknown[], [false]);
  assert.equal(response.item!.find((i) => i.linkId === 'mapping'), undefined);
  assert.deepEqual(['RelatedPerson', 'ServiceRequest', 'Task'].map((t) => entriesOf(bundle, t).length), [1, 1, 1]);
  assert.ok(!JSON.stringify(bundle).includes('"death"'));
});

test('generated records: the response never holds part 2 where the Questionnaire closes it (national rule and that of 8a31305)', () => {
  let closed = 0;
  const rule = (P: Procedure) => toFhirQuestionnaire(P).item!.find((i) => i.linkId === 'mapping')!.extension!.find((e) => e.url.endsWith('enableWhenExpression'))!.valueExpression!.expression!;
  const expressions = new Map([defaultProcedure, oldRule].map((P) => [P, rule(P)]));
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(defaultProcedure, oldRule), (seed, P) => {
      const expression = expressions.get(P)!;
      const record = randomRecord(seed);
      // Half the records answer so that part 2 opens on the full record: what kept-out answers may close.
      if (seed % 2) record.answers = { ...record.answers, hasChildren: 'unknown', triggers: ['death'] };
      const response = toFhirBundle(record, P, 'nb', options).entry![0]!.resource as QuestionnaireResponse;
      const open = (fhirpath.evaluate(response, expression, { resource: response }, r4model) as unknown[])[0] === true;
      if (!open) closed++;
      if (!open) assert.ok(!response.item?.some((i) => i.linkId === 'mapping'), `seed ${seed}: part 2 sent while closed`);
    }),
    { numRuns: 150 },
  );
  assert.ok(closed > 5, `${closed} responses with part 2 closed`);
});
