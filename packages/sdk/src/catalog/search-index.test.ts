/**
 * The finder's search over the catalog's word index (issue 29, scale). Invariants:
 * - generated catalogs and queries typed a letter at a time (remembered needles, terms and
 *   compiled queries) score every service as a fresh search does, and an index built in steps
 *   (as a widget builds it in idle time) scores as one built at once;
 * - a word found as the first word of a description is a description hit, not a name hit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { filterServices, prepareSearch, queryScores, querySaysSomething } from './search.js';
import { normalizeService } from './import.js';
import { SITUATIONS, type Service, type Situation } from './service.js';

const service = (id: string, name: string, description: string, situations: Situation[] = []): Service =>
  normalizeService({ id, name, description, audience: ['children'], format: ['group'], area: 'national', eligibility: { situations } }, 'local');

const POOL = ['samtalegruppe', 'samtaler', 'sorg', 'søsken', 'sysken', 'rus', 'psykisk', 'kreft', 'fengsel', 'demens', 'hjemmetjenesten', 'tjenester', 'gruppa', 'chat', 'mamma', 'syk', 'hodet', 'sitter', 'inne', 'døde', 'drikker', 'psyksik', 'kors', 'halsen', '12', 'i', 'er'];
const word = fc.oneof(
  fc.constantFrom(...POOL),
  fc.constantFrom(...POOL).chain((w) => fc.integer({ min: 1, max: w.length }).map((n) => w.slice(0, n))),
  fc.stringMatching(/^[a-zæøå]{1,8}$/),
);
const text = fc.array(word, { maxLength: 7 }).map((ws) => ws.join(' '));
const catalog = fc
  .array(fc.record({ name: text, description: text, situations: fc.subarray([...SITUATIONS]) }), { minLength: 1, maxLength: 40 })
  .map((rows) => rows.map((r, i) => service(`s${i}`, r.name || 'Tilbud', r.description, r.situations)));
const scores = (services: readonly Service[], query: string) => [...(queryScores(services, query) ?? [])];

test('property: typing a letter at a time scores as a fresh search; an index built in steps as one built at once', () => {
  fc.assert(
    fc.property(catalog, fc.array(text, { minLength: 1, maxLength: 4 }), (services, queries) => {
      const typing = [...services];
      const stepped = [...services];
      while (!prepareSearch(stepped, 0));
      for (const query of queries) {
        for (let n = 1; n <= query.length; n++) {
          const typed = query.slice(0, n);
          const fresh = scores([...services], typed);
          assert.deepEqual(scores(typing, typed), fresh, typed);
          assert.deepEqual(scores(stepped, typed), fresh, typed);
          assert.equal(querySaysSomething(typing, typed), querySaysSomething([...services], typed), typed);
        }
      }
    }),
    { numRuns: 60, seed: 2029 },
  );
});

test('the first word of a description ranks as a description hit, after a name hit', () => {
  // Was: the word's needle (" samt") was found at the space that ends the name, so it counted
  // as a name hit and the service in catalog order came first.
  const services = [service('description', 'Tilbud', 'Samtaler for barn'), service('name', 'Samtalegruppe', 'For barn')];
  assert.deepEqual(
    filterServices(services, { query: 'samt' }).services.map((s) => s.id),
    ['name', 'description'],
  );
});
