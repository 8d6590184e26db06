/**
 * The finder's rules that lived in the view (issue 25; shared/reviews/architecture.md R6):
 * - each audience's pool: staff see everything, families never get tools for professionals as
 *   help, young people get what is for children or young people; the same array per catalog;
 * - the count on the narrow screens' filter button counts filters, never the free text;
 * - an empty result shows the helplines of the audience, with their hours;
 * - the anonymous `no-results` metric counts once per empty streak, from the result: opening a
 *   helpline's detail and going back is the same streak (the view read the DOM, where the
 *   detail has no list, and counted it again).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countActiveFilters, countsAsNoResults, finderOutcome, helplinesFor, NO_FILTERS, servicesFor, FINDER_AUDIENCES } from './audience.js';
import { nationalCatalog } from './national.js';
import { filterServices } from './search.js';
import { AUDIENCES, type Service } from './service.js';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

test('pools: staff everything, families no tools for professionals, youth what is for children or young people', () => {
  assert.equal(servicesFor('staff', nationalCatalog).length, nationalCatalog.length);
  const families = servicesFor('families', nationalCatalog);
  assert.ok(!ids(families).includes('snakkemedbarn'));
  assert.ok(families.every((s) => s.audience.some((a) => a !== 'professionals')));
  const youth = servicesFor('youth', nationalCatalog);
  assert.ok(youth.every((s) => s.audience.includes('youth') || s.audience.includes('children')));
  assert.ok(!ids(youth).includes('icdp'), 'a parenting course is not offered to a 14-year-old');
  assert.ok(ids(youth).includes('kors-pa-halsen'));
  // The same array for the same catalog: the search index is kept per array.
  for (const audience of FINDER_AUDIENCES) assert.equal(servicesFor(audience, nationalCatalog), servicesFor(audience, nationalCatalog));
});

test('property: a generated service is in a pool exactly by the audience rule', () => {
  const arbService = fc.subarray([...AUDIENCES], { minLength: 1 }).map((audience) => ({ ...nationalCatalog[0]!, id: `x-${audience.join('-')}`, audience }) as Service);
  fc.assert(
    fc.property(fc.array(arbService, { maxLength: 12 }), (services) => {
      const youth = new Set(ids(servicesFor('youth', services)));
      const families = new Set(ids(servicesFor('families', services)));
      for (const s of services) {
        assert.equal(youth.has(s.id), s.audience.includes('youth') || s.audience.includes('children'));
        assert.equal(families.has(s.id), s.audience.some((a) => a !== 'professionals'));
      }
      assert.equal(servicesFor('staff', services).length, services.length);
    }),
    { numRuns: 200, seed: 25 },
  );
});

test('active filters: each selection counts once, the free text never', () => {
  assert.equal(countActiveFilters({}), 0);
  assert.equal(countActiveFilters(NO_FILTERS), 0);
  assert.equal(countActiveFilters({ query: 'sorg' }), 0);
  assert.equal(countActiveFilters({ situations: ['prison', 'addiction'], formats: ['group'], age: 0, whoseIllness: 'parent', freeOnly: true, noReferral: true, languages: ['en'], audiences: ['youth'] }), 9);
  assert.equal(countActiveFilters({ age: undefined, freeOnly: false }), 0);
});

test('empty result: the helplines of the audience, each with its hours; otherwise none', () => {
  const empty = filterServices(servicesFor('youth', nationalCatalog), { query: 'qqzzx' });
  const outcome = finderOutcome('youth', nationalCatalog, empty, false);
  assert.equal(outcome.empty, true);
  assert.ok(outcome.lines.length >= 3 && outcome.lines.every((s) => s.schedule));
  assert.deepEqual(ids(outcome.lines), ids(helplinesFor('youth', nationalCatalog)));
  const full = finderOutcome('youth', nationalCatalog, filterServices(nationalCatalog, {}));
  assert.deepEqual([full.empty, full.lines.length, full.nothingSpecific], [false, 0, false]);
  // A host without the national catalog still gets the national lines.
  assert.ok(helplinesFor('families', []).length >= 3);
});

test('no-results metric: once per empty streak, however often the same empty result renders', () => {
  const empty = { empty: true };
  const found = { empty: false };
  // Renders: empty, empty (a detail opened and closed), found, empty.
  let wasEmpty = false;
  const counted: boolean[] = [];
  for (const outcome of [empty, empty, empty, found, empty]) {
    counted.push(countsAsNoResults(wasEmpty, outcome));
    wasEmpty = outcome.empty;
  }
  assert.deepEqual(counted, [true, false, false, false, true]);
});

test('an audience that is none of the three (a typo, __proto__) is treated as families, never as a prototype', () => {
  for (const odd of ['__proto__', 'toString', 'constructor', 'Youth', '']) {
    const pool = servicesFor(odd as never, nationalCatalog);
    assert.ok(Array.isArray(pool), odd);
    assert.deepEqual(pool, servicesFor('families', nationalCatalog), odd);
  }
});
