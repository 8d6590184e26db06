// The SDK's transaction Bundle against a real FHIR engine (./server.ts: Medplum's FhirRouter in
// memory on 127.0.0.1): generated records of two patients whose children have the same ids go in,
// everything is read back and searched by patient, and recordFromFhir gives the answers, children,
// consent entries and open tasks that were sent (items kept out and UI state excepted, by design).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Bundle, BundleEntry, FhirResource, RelatedPerson } from 'fhir/r4.js';
import { childIdentifierSystem, defaultProcedure as P, recordFromFhir, toFhirBundle, toFhirTasks, type ChecklistRecord } from '@bsp/sdk';
import { shownRecord } from '../../packages/sdk/src/fhir/shown-record.js';
import { actualConsent, expectedAnswers, expectedConsent, recordArb, withChildIds } from './records.js';
import { startFhirServer, type FhirTestServer } from './server.js';
import '@bsp/sdk/languages/nn';
import '@bsp/sdk/languages/en';

let server: FhirTestServer;
before(async () => {
  server = await startFhirServer();
});
after(async () => {
  await server?.close();
});

async function fhir<T = FhirResource>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; resource: T }> {
  const response = await fetch(`${server.base}/${path}`, {
    method,
    headers: { accept: 'application/fhir+json', ...(body ? { 'content-type': 'application/fhir+json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, resource: (await response.json()) as T };
}

const resources = (bundle: Bundle): FhirResource[] => (bundle.entry ?? []).flatMap((e: BundleEntry) => (e.resource ? [e.resource] : []));

/** Everything the server holds about a patient, by the search parameter each type has for it. */
async function searchPatient(patient: string): Promise<FhirResource[]> {
  const searches = [`QuestionnaireResponse?subject=${patient}`, `RelatedPerson?patient=${patient}`, `Consent?patient=${patient}`, `Task?patient=${patient}`, `ServiceRequest?subject=${patient}`];
  const found: FhirResource[] = [];
  for (const search of searches) {
    const { status, resource } = await fhir<Bundle>('GET', search);
    assert.equal(status, 200, search);
    assert.equal(resource.type, 'searchset');
    found.push(...resources(resource));
  }
  return found;
}

async function newPatient(name: string): Promise<string> {
  const { status, resource } = await fhir('POST', 'Patient', { resourceType: 'Patient', name: [{ text: name }] });
  assert.equal(status, 201);
  return `Patient/${resource.id}`;
}

/** POSTs a record's transaction Bundle; every entry must succeed. Returns the response Bundle. */
async function send(record: ChecklistRecord, patient: string, lang: 'nb' | 'nn' | 'en'): Promise<Bundle> {
  const bundle = toFhirBundle(record, P, lang, { subject: { reference: patient }, authored: new Date().toISOString() });
  const { status, resource } = await fhir<Bundle>('POST', '', bundle);
  assert.equal(status, 200, JSON.stringify(resource).slice(0, 500));
  assert.equal(resource.type, 'transaction-response');
  assert.equal(resource.entry?.length, bundle.entry?.length);
  for (const entry of resource.entry ?? []) assert.match(entry.response?.status ?? '', /^20[01]/);
  return resource;
}

const tasksOf = (record: ChecklistRecord) => toFhirTasks(record, P, 'nb', {}).map((t) => `${t.code?.coding?.[0]?.code}|${t.restriction?.period?.end}`).sort();

/** Records whose children the Bundle extracts (part 2 open, a child), in pairs, from a fixed seed. */
const withChildren = recordArb.filter((r) => shownRecord(r, P).children.length > 0);
const pairs = fc.sample(fc.tuple(withChildren, recordArb, fc.constantFrom('nb' as const, 'nn' as const, 'en' as const)), { seed: 31, numRuns: 6 });

/**
 * Sends each pair's records for two new patients, reads everything back per patient and checks
 * that recordFromFhir gives what was sent. `sameIds`: the second patient's children take the
 * first one's ids (c1, c2, …), as hosts that number children per record do.
 */
async function roundTrip(sameIds: boolean): Promise<void> {
  for (const [i, [first, second, lang]] of pairs.entries()) {
    const patients = [await newPatient(`A${i}`), await newPatient(`B${i}`)];
    const other = second.children.length ? second : { ...second, children: first.children };
    // Without sameIds every child id is unique on the server (this server holds every pair's records).
    const records = sameIds ? [first, other] : [withChildIds(first, (id) => `${i}a-${id}`), withChildIds(other, (id) => `${i}b-${id}`)];
    for (const [n, record] of records.entries()) await send(record, patients[n]!, lang);
    for (const [n, record] of records.entries()) {
      const held = await searchPatient(patients[n]!);
      // Read each resource again by id: the search gave what is stored.
      for (const resource of held) assert.deepEqual((await fhir('GET', `${resource.resourceType}/${resource.id}`)).resource, resource);
      const { record: back, openTasks } = recordFromFhir(held, { patient: patients[n]! });
      const expected = expectedAnswers(record);
      const where = `pair ${i} (${lang}), patient ${n}`;
      assert.deepEqual(back.answers, expected.answers, `answers, ${where}`);
      assert.deepEqual(back.children, expected.children, `children, ${where}`);
      assert.deepEqual(actualConsent(back), expectedConsent(record), `consent, ${where}`);
      assert.deepEqual(openTasks.map((t) => `${t.code}|${t.due}`).sort(), tasksOf(record), `open tasks, ${where}`);
      // Every child reference in what the patient holds is to one of the patient's own RelatedPersons.
      const own = new Set(held.filter((r) => r.resourceType === 'RelatedPerson').map((r) => `RelatedPerson/${r.id}`));
      for (const ref of JSON.stringify(held).match(/RelatedPerson\/[A-Za-z0-9-]+/g) ?? []) assert.ok(own.has(ref), `${ref} belongs to patient ${n}, ${where}`);
    }
  }
}

test('generated records of two patients read back: the same answers, children, consent entries and open tasks', async () => {
  await roundTrip(false);
});

test(
  'two patients whose children share ids: each reads back its own children, and every reference is to its own RelatedPerson',
  async () => {
    await roundTrip(true);
  },
);

test('a second Bundle for the same patient creates no duplicate child', async () => {
  const patient = await newPatient('Again');
  // Ids no other test uses: this is about one patient, not ids shared between patients.
  const record = withChildIds(fc.sample(withChildren, { seed: 11, numRuns: 1 })[0]!, (id) => `again-${id}`);
  const count = async () => resources((await fhir<Bundle>('GET', `RelatedPerson?patient=${patient}`)).resource).length;
  const first = await send(record, patient, 'nb');
  const children = shownRecord(record, P).children.length;
  assert.equal(await count(), children);
  assert.ok(first.entry?.some((e) => e.response?.status?.startsWith('201') && e.response.location?.startsWith('RelatedPerson/')));
  const second = await send({ ...record, answers: { ...record.answers } }, patient, 'nn');
  assert.equal(await count(), children, 'no new RelatedPerson');
  // The conditional create found the existing child: answered 200, not 201.
  const persons = (second.entry ?? []).filter((e) => e.response?.location?.startsWith('RelatedPerson/'));
  assert.equal(persons.length, children);
  for (const e of persons) assert.match(e.response!.status!, /^200/);
  // And they carry the record's child ids, scoped to this patient (`Patient/<id>/<child id>`).
  const ids = resources((await fhir<Bundle>('GET', `RelatedPerson?patient=${patient}`)).resource).map((p) => (p as RelatedPerson).identifier?.find((x) => x.system?.startsWith(childIdentifierSystem()))?.value);
  assert.deepEqual(ids.sort(), shownRecord(record, P).children.map((c) => `${patient}/${c.id}`).sort());
});
