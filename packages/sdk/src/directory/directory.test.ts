import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findUnits, whoToAsk, type MunicipalDirectory } from './directory.js';
import { parseDirectory } from './directory-schema.js';
import { safeHref, telHref, normalizeText } from '../shared/safe-href.js';
import { defaultRoles, ROLE_IDS } from '../roles/roles.js';
import { pick } from '../i18n/lang.js';
import { loadLanguage } from '../i18n/registry.js';
// nynorsk and English messages, registered statically as a Node host would.
import '../languages/nn.js';
import '../languages/en.js';

const sample = JSON.parse(readFileSync(new URL('../../../../examples/data/sample-directory.json', import.meta.url), 'utf8'));

const directory: MunicipalDirectory = {
  municipality: 'Testvik',
  coordinator: { name: 'Kim Koordinator', phone: '+47 12 34 56 78' },
  units: [
    { id: 'root', name: 'Helse og omsorg', barneansvarlig: [{ name: 'Ola Overordnet' }] },
    { id: 'mid', name: 'Hjemmetjenesten Øst', parentId: 'root' },
    { id: 'leaf', name: 'Sykehjem Ærlighet', parentId: 'mid', leader: { name: 'Lise Leder' } },
    { id: 'own', name: 'Helsestasjon Sentrum', barneansvarlig: [{ name: 'Bente Barn' }], deputy: { name: 'Dag Deputy' } },
  ],
};

test('the sample directory is valid and has a unit without barneansvarlig', () => {
  const result = parseDirectory(sample, 'nb');
  assert.equal(result.ok, true, result.ok ? '' : JSON.stringify(result.error.issues));
  if (!result.ok) return;
  assert.ok(result.value.units.length >= 8);
  assert.ok(result.value.units.some((u) => !u.barneansvarlig?.length));
});

test('invalid directory names the field path, in the chosen language', () => {
  const bad = { municipality: 'X', units: [{ id: 'a', name: 'A', barneansvarlig: [{ name: 'B', email: 'not-an-email' }] }, { id: 'b' }] };
  const result = parseDirectory(bad, 'en');
  assert.equal(result.ok, false);
  if (result.ok) return;
  const paths = result.error.issues.map((i) => i.path);
  assert.ok(paths.includes('units.0.barneansvarlig.0.email'), paths.join());
  assert.ok(paths.includes('units.1.name'), paths.join());
  assert.equal(result.error.issues.find((i) => i.path === 'units.1.name')?.message, 'is missing');
});

test('JSON text is accepted; broken JSON is an error, not a throw', () => {
  assert.equal(parseDirectory(JSON.stringify(directory), 'nb').ok, true);
  assert.equal(parseDirectory('{ broken', 'nb').ok, false);
});

test('javascript: links are refused by the schema with a translated message', () => {
  const result = parseDirectory({ ...directory, links: [{ label: 'x', href: 'javascript:alert(1)' }] }, 'nn');
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.equal(result.error.issues[0]?.path, 'links.0.href');
  assert.match(result.error.issues[0]!.message, /ikkje ei tillaten lenkje/);
});

test('findUnits ignores case and diacritics and needs every word', () => {
  assert.deepEqual(findUnits(directory, 'sykehjem aerlighet').map((u) => u.id), ['leaf']);
  assert.deepEqual(findUnits(directory, 'HJEMMETJENESTEN ost').map((u) => u.id), ['mid']);
  assert.equal(findUnits(directory, '').length, 4);
  assert.equal(findUnits(directory, 'finnes ikke').length, 0);
});

test('whoToAsk returns the own barneansvarlig and deputy of the unit', () => {
  const answer = whoToAsk(directory, 'own')!;
  assert.equal(answer.hasBarneansvarlig, true);
  assert.deepEqual(answer.barneansvarlig.map((p) => p.name), ['Bente Barn']);
  assert.equal(answer.deputy?.name, 'Dag Deputy');
  assert.deepEqual(answer.fallbacks, []);
});

test('whoToAsk falls back to leader, nearest parent barneansvarlig, then coordinator', () => {
  const answer = whoToAsk(directory, 'leaf')!;
  assert.equal(answer.hasBarneansvarlig, false);
  assert.deepEqual(
    answer.fallbacks.map((f) => [f.source, f.person.name, f.unitName]),
    [
      ['leader', 'Lise Leder', undefined],
      ['parent-unit', 'Ola Overordnet', 'Helse og omsorg'],
      ['coordinator', 'Kim Koordinator', undefined],
    ],
  );
  assert.equal(whoToAsk(directory, 'nope'), undefined);
});

test('whoToAsk survives a parent cycle', () => {
  const cyclic: MunicipalDirectory = { municipality: 'X', units: [{ id: 'a', name: 'A', parentId: 'b' }, { id: 'b', name: 'B', parentId: 'a' }] };
  assert.deepEqual(whoToAsk(cyclic, 'a')!.fallbacks, []);
});

test('safeHref allows only http(s), tel and mailto', () => {
  assert.equal(safeHref('https://kommune.no/x'), 'https://kommune.no/x');
  assert.equal(safeHref('mailto:a@b.no'), 'mailto:a@b.no');
  assert.equal(safeHref('tel:+4712345678'), 'tel:+4712345678');
  for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', 'http://']) {
    assert.equal(safeHref(bad), undefined, bad);
  }
  assert.equal(telHref('+47 55 55 55 55'), 'tel:+4755555555');
  assert.equal(telHref('ring meg'), undefined);
  assert.equal(normalizeText('Ærlig Ødegård Åse Café'), 'aerlig odegard ase cafe');
});

test('every role has text in all three languages, and barneansvarlig says what it does not do', async () => {
  assert.deepEqual(defaultRoles.map((r) => r.id), [...ROLE_IDS]);
  await Promise.all([loadLanguage('nn'), loadLanguage('en')]);
  for (const role of defaultRoles) {
    for (const text of [role.name, role.summary, ...role.does, ...role.doesNot]) {
      assert.ok(pick(text, 'nb') && pick(text, 'nn') && pick(text, 'en'), role.id);
      assert.notEqual(pick(text, 'nb'), pick(text, 'en'), role.id);
    }
  }
  const barneansvarlig = defaultRoles.find((r) => r.id === 'barneansvarlig')!;
  assert.match(pick(barneansvarlig.doesNot[0]!, 'nb'), /Tar ikke over ivaretakelsen av barna/);
});

test('a second unit with an id already used is refused, naming both units in words', () => {
  const twice = { municipality: 'X', units: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'a', name: 'C' }] };
  for (const [lang, words] of [['nb', /enhet 1/], ['nn', /eining 1/], ['en', /unit 1/]] as const) {
    const result = parseDirectory(twice, lang);
    assert.equal(result.ok, false);
    if (result.ok) continue;
    assert.deepEqual(result.error.issues.map((i) => i.path), ['units.2.id']);
    assert.match(result.error.issues[0]!.message, words);
    assert.match(result.error.issues[0]!.message, /«a»|“a”/);
  }
});

test('wrong types are named as such, and JSON syntax errors point to line and column', () => {
  const result = parseDirectory({ municipality: 42, units: {} }, 'nb');
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(
    result.error.issues.map((i) => `${i.field}: ${i.message}`),
    ['kommune: har feil type: ventet tekst, fikk tall «42»', 'enheter: har feil type: ventet liste, fikk objekt'],
  );
  assert.match(result.error.message, /oversikten over enheter/);
  const json = parseDirectory('{\n "municipality": "X",\n "units": [}', 'nn');
  assert.equal(json.ok ? '' : json.error.issues[0]!.field, 'linje 3, kolonne 12');
});
