/**
 * Invariants of the shared word search (finder catalog and role-panel unit search):
 * - case, diacritics and æ/ø/å spellings never change what is found;
 * - every prefix of a word in a record finds the record (search while typing);
 * - a definite or plural form finds the other forms of the word;
 * - a compound typed as one word finds records holding its parts, and a part finds the compound;
 * - no input throws; an empty query is handled by the caller (everything).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildIndex, matchTerm, scoreIndex, stem, termFor, vocabulary, words } from './words.js';
import { findUnits, type MunicipalDirectory } from '../directory/directory.js';
import { parseDirectory } from '../directory/directory-schema.js';

const sample = parseDirectory(JSON.parse(readFileSync(new URL('../../../../examples/data/sample-directory.json', import.meta.url), 'utf8')), 'nb');
const directory = (sample.ok ? sample.value : undefined) as MunicipalDirectory;
const unitIds = (query: string) => findUnits(directory, query).map((u) => u.id);

const matches = (text: string, query: string) => {
  const seen = new Set<string>();
  const index = buildIndex([[text]], undefined, seen);
  const vocab = vocabulary(seen);
  return scoreIndex(index, words(query).map((w) => termFor(w, vocab)), [1]) > 0;
};

test('"hjemmetjenesten" finds the home-based services in the sample directory', () => {
  const hits = unitIds('hjemmetjenesten');
  assert.ok(hits.includes('hjemmebaserte'), hits.join());
  assert.ok(hits.includes('hjemmesykepleien-nord'), hits.join());
  assert.deepEqual(unitIds('HJEMMETJENESTEN'), hits);
  assert.ok(unitIds('sykepleien').includes('hjemmesykepleien-nord'));
});

test('every prefix of every word of every unit name finds that unit', () => {
  for (const unit of directory.units) {
    for (const word of unit.name.split(/\s+/)) {
      for (let n = 1; n <= word.length; n++) assert.ok(unitIds(word.slice(0, n)).includes(unit.id), `${word.slice(0, n)} → ${unit.id}`);
    }
  }
});

test('case, diacritics and å/aa spellings do not change the result', () => {
  for (const [a, b] of [['Søsken', 'sosken'], ['BARNEANSVARLIG', 'barneansvarlig'], ['Åsane', 'Aasane'], ['Ærlig', 'aerlig'], ['café', 'cafe']] as const) {
    assert.equal(matches(`Tilbud ${a} her`, b), true, `${a} / ${b}`);
    assert.equal(matches(`Tilbud ${b} her`, a), true, `${b} / ${a}`);
  }
});

test('endings: definite and plural forms find each other', () => {
  assert.equal(stem('tjenesten'), 'tjenest');
  assert.equal(stem('tjenester'), 'tjenest');
  assert.equal(stem('rus'), 'rus');
  for (const [text, query] of [['tjenester', 'tjenesten'], ['samtalegruppe', 'samtalegruppene'], ['sykehjemmet', 'sykehjem'], ['gruppa', 'gruppene']] as const) {
    assert.equal(matches(text, query), true, `${query} → ${text}`);
  }
  assert.equal(matches('helsestasjon', 'legevakt'), false);
});

test('compounds: one typed word finds its parts, a part finds the compound', () => {
  assert.equal(matches('Hjemmebaserte tjenester', 'hjemmetjenesten'), true);
  assert.equal(matches('Samtalegruppe for søsken', 'søskengruppe'), true);
  assert.equal(matches('Hjemmesykepleien Nord', 'sykepleien'), true);
  assert.equal(matches('Helsestasjon Sentrum', 'hjemmetjenesten'), false);
});

test('hostile and generated input never throws', () => {
  const inputs = ['', ' ', '\u0000', '<script>', '__proto__', 'constructor', 'ø'.repeat(3000), '🙂🙂', '\ud800'];
  for (let n = 0; n < 150; n++) inputs.push(Array.from({ length: n % 40 }, (_, i) => String.fromCharCode((n * 131 + i * 7919) % 0xffff)).join(''));
  for (const query of inputs) {
    assert.ok(Array.isArray(findUnits(directory, query)));
    assert.equal(typeof matches(query, query), 'boolean');
    if (words(query).length) assert.equal(matches(query, query), true, JSON.stringify(query));
  }
});

test('a word at the start of the second field counts as found there, not in the first', () => {
  // The needle " s" is found at the space that ends the first field; it was counted as a hit in
  // the first field (a description's first word ranked as a name hit).
  const index = buildIndex([['Tilbud'], ['Samtaler for barn']]);
  assert.equal(matchTerm(index, termFor('samt')), 1);
  assert.equal(matchTerm(index, termFor('tilb')), 0);
  assert.equal(matchTerm(index, termFor('barn')), 1);
});
