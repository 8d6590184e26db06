/**
 * Invariants of the finder's search (issue 15):
 * - every everyday word or phrase listed for a situation (nb, nn, en, youth words) finds every
 *   service tagged with that situation, in the national catalog and in a generated one;
 * - a hit in the name ranks above a hit only in the tags, which ranks above one only in the
 *   description;
 * - no query (or only small words) filters nothing; hostile text never throws and an unknown
 *   word finds nothing;
 * - results are always a subset of the catalog without duplicates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nationalCatalog } from './national.js';
import { filterServices, matchesQuery, queryScore, type FinderFilters } from './search.js';
import { isLanguageLoaded, loadLanguage } from '../i18n/registry.js';
import { situationWords } from './situation-words.js';
import { SITUATIONS, type Service, type Situation } from './service.js';
import { normalizeService } from './import.js';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
const found = (services: readonly Service[], query: string) => new Set(ids(filterServices(services, { query }).services));

function service(id: string, name: string, description: string, situations: Situation[] = []): Service {
  return normalizeService({ id, name, description, audience: ['children'], format: ['group'], area: 'national', eligibility: { situations } }, 'local');
}

/** One service per situation with neutral text, so only the tags can make it match. */
const generated = SITUATIONS.flatMap((s, i) => [service(`g${i}`, `Tilbud ${i}`, 'Et tilbud i kommunen.', [s]), service(`h${i}`, `Gruppe ${i}`, 'Samlinger.', [s, SITUATIONS[(i + 3) % SITUATIONS.length]!])]);

for (const situation of SITUATIONS) {
  for (const lang of ['nb', 'nn', 'en'] as const) {
    test(`every ${lang} word for ${situation} finds every service tagged with it`, () => {
      for (const catalog of [nationalCatalog, generated]) {
        const tagged = catalog.filter((s) => s.status !== 'defunct' && s.eligibility?.situations?.includes(situation));
        for (const phrase of situationWords[situation][lang]) {
          const hits = found(catalog, phrase);
          const missing = tagged.filter((s) => !hits.has(s.id)).map((s) => s.id);
          assert.deepEqual(missing, [], `"${phrase}" misses ${missing.join(', ')}`);
        }
      }
    });
  }
}

test('the words the issue names find what a reader expects', () => {
  for (const [query, situation] of [['pappa drikker', 'addiction'], ['mamma er syk', 'somatic-illness'], ['fengsel', 'prison'], ['døde', 'bereavement'], ['sorg', 'bereavement']] as const) {
    // The national catalog tags no service with every situation (none with prison today).
    const tagged = [...nationalCatalog, ...generated].filter((x) => x.eligibility?.situations?.includes(situation));
    const hits = found([...nationalCatalog, ...generated], query);
    assert.ok(tagged.length > 0, situation);
    for (const s of tagged) assert.ok(hits.has(s.id), `${query} → ${s.id}`);
  }
});

test('ranking: name before tags before description', () => {
  const catalog = [
    service('description', 'Samlinger', 'Vi snakker om fengsel og savn.'),
    service('tag', 'Samlinger for barn', 'Et tilbud.', ['prison']),
    service('name', 'Fengselsgruppa', 'Et tilbud.'),
  ];
  assert.deepEqual(ids(filterServices(catalog, { query: 'fengsel' }).services), ['name', 'tag', 'description']);
  assert.ok(queryScore(catalog[2]!, 'fengsel') > queryScore(catalog[1]!, 'fengsel'));
  assert.ok(queryScore(catalog[1]!, 'fengsel') > queryScore(catalog[0]!, 'fengsel'));
});

test('small words alone filter nothing; unknown words find nothing; hostile text never throws', () => {
  const all = filterServices(nationalCatalog, {}).services.length;
  assert.equal(filterServices(nationalCatalog, { query: '   ' }).services.length, all);
  assert.equal(found(nationalCatalog, 'zzzxq qqq').size, 0);
  const hostile = ['<img src=x onerror=alert(1)>', '\u0000\u202e', '"; DROP TABLE', '(((((', '\\', '__proto__', 'toString constructor', 'a'.repeat(5000), '🙂'.repeat(100), 'er i på', 'ß ÆØÅ æøå ÄÖÜ'];
  for (let n = 0; n < 200; n++) hostile.push(Array.from({ length: 1 + (n % 7) }, (_, i) => String.fromCharCode(32 + ((n * 31 + i * 17) % 0x2fff))).join(''));
  for (const query of hostile) {
    const result = filterServices(nationalCatalog, { query });
    const list = ids(result.services);
    assert.equal(new Set(list).size, list.length, query);
    assert.ok(list.every((id) => nationalCatalog.some((s) => s.id === id)), query);
    assert.equal(typeof matchesQuery(nationalCatalog[0]!, query), 'boolean');
  }
});

test('compound and ending-aware: parts of a word find the whole and the whole finds its parts', () => {
  const catalog = [service('a', 'Hjemmesykepleien', 'x'), service('b', 'Samtalegruppe for søsken', 'x'), service('c', 'Kurs', 'Om barnesamtaler.')];
  assert.ok(found(catalog, 'sykepleie').has('a'));
  assert.ok(found(catalog, 'samtalegrupper').has('b'));
  assert.ok(found(catalog, 'søskengruppe').has('b'));
  assert.ok(found(catalog, 'samtaler').has('c'));
});

test('text of a language loaded later is searchable: the index is rebuilt when it arrives', async () => {
  // "volunteer" is only in the English text of Kors på halsen (content loaded on demand).
  const ids = () => new Set(filterServices(nationalCatalog, { query: 'volunteer' }).services.map((s) => s.id));
  if (!isLanguageLoaded('en')) assert.ok(!ids().has('kors-pa-halsen'));
  await loadLanguage('en');
  assert.ok(ids().has('kors-pa-halsen'));
  assert.ok(queryScore(nationalCatalog.find((s) => s.id === 'kors-pa-halsen')!, 'volunteer') > 0);
});

test('remembered term matches and filter masks: typing, deleting and retyping give what a fresh search gives', () => {
  const words = ['samtalegruppe', 'sorg', 'søsken', 'psykisk', 'rus', 'kreft', 'foreldre', 'fengsel', 'hjemmetjenesten', 'chat'];
  const catalog = Array.from({ length: 600 }, (_, i) =>
    service(`g${i}`, `Tilbud ${words[i % words.length]}`, `Om ${words[(i * 7) % words.length]} og ${words[(i * 3) % words.length]}.`, [SITUATIONS[i % SITUATIONS.length]!]),
  );
  const typed = 'samtalegruppe sorg søsken psykisk';
  const queries = [
    ...Array.from({ length: typed.length }, (_, n) => typed.slice(0, n + 1)),
    ...Array.from({ length: typed.length }, (_, n) => typed.slice(0, typed.length - n)),
    'pappa drikker', 'pappa dr', 'pappa drikker mye', 'sorg rus', 'rus sorg', 'sorg', '',
  ];
  const otherFilters: FinderFilters[] = [{}, { situations: ['addiction', 'bereavement'] }, { formats: ['group'], age: 12 }, { noReferral: true, whoseIllness: 'parent' }, {}];
  for (const others of otherFilters) {
    for (const query of queries) {
      // A fresh array has nothing remembered: the reference result.
      const fresh = filterServices([...catalog], { ...others, query });
      const reused = filterServices(catalog, { ...others, query });
      assert.deepEqual(ids(reused.services), ids(fresh.services), query);
      assert.deepEqual(reused.counts, fresh.counts, query);
    }
  }
});
