/**
 * The finder's search as children and parents type it (issue 29; shared/reviews/newuser.md,
 * user 3, and ecosystem.md defect 2). Invariants:
 * - a table of real queries (bokmål, nynorsk, English, phrases, typos with swapped letters)
 *   each finds the services it must, and every general helpline (a phone or chat line for
 *   every situation: no situations of its own) for every query that names a situation;
 * - one rule for search and facets: a service without situations is for every situation, so a
 *   situation word finds what that situation's facet counts, situation-specific services first;
 * - a query that names nothing known finds nothing, and the finder then shows the helplines
 *   (`finderOutcome`), never an empty page; an unknown word next to a known one is left out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nationalCatalog, NATIONAL_LINE_IDS } from './national.js';
import { filterServices, querySaysSomething, queryScores } from './search.js';
import { finderOutcome, helplinesFor, servicesFor } from './audience.js';
import { SITUATIONS, type Service, type Situation } from './service.js';
import { situationWords } from './situation-words.js';
import { normalizeService } from './import.js';
import { loadLanguage } from '../i18n/registry.js';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
const live = nationalCatalog.filter((s) => s.status !== 'defunct');
const tagged = (s: Situation) => live.filter((x) => x.eligibility?.situations?.includes(s)).map((x) => x.id);
/** Phone or chat lines for every situation (no situations of their own). */
const generalLines = live.filter((s) => !s.eligibility?.situations?.length && s.format.includes('phone-chat')).map((s) => s.id);

/** What a query must find: the services tagged with each situation, the general lines, and named extras. */
const QUERIES: { query: string; situations: Situation[]; also?: string[] }[] = [
  // bokmål, as a 14-year-old writes
  { query: 'fengsel', situations: ['prison'] },
  { query: 'pappa sitter inne', situations: ['prison'] },
  { query: 'mamma er i fengsel', situations: ['prison'] },
  { query: 'soner', situations: ['prison'] },
  { query: 'mamma er syk i hodet', situations: ['mental-illness'] },
  { query: 'mammaen min er syk', situations: ['somatic-illness'] },
  { query: 'pappa er psykisk syk', situations: ['mental-illness'] },
  { query: 'psykisk', situations: ['mental-illness'] },
  { query: 'psykiatrisk', situations: ['mental-illness'] },
  { query: 'mamma sliter', situations: ['mental-illness'] },
  { query: 'mamma er lei seg hele tiden', situations: ['mental-illness'] },
  { query: 'bestemor døde', situations: ['bereavement'] },
  { query: 'døde', situations: ['bereavement'] },
  { query: 'pappa gikk bort', situations: ['bereavement'] },
  { query: 'sorg', situations: ['bereavement'], also: ['leve'] },
  { query: 'pappa drikker', situations: ['addiction'] },
  { query: 'mamma drikker for mye', situations: ['addiction'] },
  { query: 'pappa ruser seg', situations: ['addiction'] },
  { query: 'rus', situations: ['addiction'] },
  { query: 'kreft', situations: ['somatic-illness'] },
  { query: 'broren min har autisme', situations: ['disability'] },
  { query: 'demens', situations: ['dementia'] },
  { query: 'bestefar husker ikke', situations: ['dementia'] },
  { query: 'pappa slår', situations: ['trauma'], also: ['alarmtelefonen'] },
  // nynorsk
  { query: 'pappa sit inne', situations: ['prison'] },
  { query: 'mamma er sjuk i hovudet', situations: ['mental-illness'] },
  { query: 'mamma slit psykisk', situations: ['mental-illness'] },
  { query: 'bestemor døydde', situations: ['bereavement'] },
  { query: 'pappa drikk', situations: ['addiction'] },
  { query: 'mamma rusar seg', situations: ['addiction'] },
  { query: 'syster mi er sjuk', situations: ['somatic-illness'] },
  // English
  { query: 'my dad is in prison', situations: ['prison'] },
  { query: 'dad is locked up', situations: ['prison'] },
  { query: 'my mum is mentally ill', situations: ['mental-illness'] },
  { query: 'mum drinks too much', situations: ['addiction'] },
  { query: 'my grandad died', situations: ['bereavement'] },
  { query: 'I lost my mum', situations: ['bereavement'] },
  { query: 'my brother has cancer', situations: ['somatic-illness'] },
  // typos: swapped, missing and doubled letters
  { query: 'psyksik', situations: ['mental-illness'] },
  { query: 'mamma er psyksik syk', situations: ['mental-illness'] },
  { query: 'fengsle', situations: ['prison'] },
  { query: 'fensgel', situations: ['prison'] },
  { query: 'alkohl', situations: ['addiction'] },
  { query: 'demenns', situations: ['dementia'] },
  { query: 'begravlese', situations: ['bereavement'] },
  // names and services
  { query: 'kors på halsen', situations: [], also: ['kors-pa-halsen'] },
  { query: 'chat', situations: [], also: ['barsnakk', 'kors-pa-halsen', 'i-fengsel-chat'] },
];

test('the table has at least 40 queries in nb, nn and en, with phrases and typos', () => {
  assert.ok(QUERIES.length >= 40, `${QUERIES.length}`);
  assert.ok(generalLines.length >= 3, generalLines.join());
  assert.deepEqual(tagged('prison').length >= 3, true, 'the prison entries are in the catalog');
});

for (const { query, situations, also = [] } of QUERIES) {
  test(`"${query}" finds ${situations.join(', ') || also.join(', ')}${situations.length ? ' and every general helpline' : ''}`, async () => {
    await Promise.all([loadLanguage('nn'), loadLanguage('en')]);
    const found = new Set(ids(filterServices(nationalCatalog, { query }).services));
    const must = [...situations.flatMap(tagged), ...(situations.length ? generalLines : []), ...also];
    const missing = must.filter((id) => !found.has(id));
    assert.deepEqual(missing, [], `"${query}" misses ${missing.join(', ')}`);
  });
}

test('"fengsel" lists the prison entries first, then the services for every situation, in every audience', () => {
  for (const audience of ['families', 'youth', 'staff'] as const) {
    const pool = servicesFor(audience, nationalCatalog);
    const list = ids(filterServices(pool, { query: 'fengsel' }).services);
    const prison = pool.filter((s) => s.eligibility?.situations?.includes('prison')).map((s) => s.id);
    assert.ok(prison.length >= 2, audience);
    assert.deepEqual(list.slice(0, prison.length).sort(), [...prison].sort(), `${audience}: ${list.join()}`);
    for (const id of helplinesFor(audience, nationalCatalog).filter((s) => !s.eligibility?.situations?.length).map((s) => s.id)) assert.ok(list.includes(id), `${audience} ${id}`);
  }
});

function service(id: string, situations: Situation[]): Service {
  return normalizeService({ id, name: `Tilbud ${id}`, description: 'Et tilbud i kommunen.', audience: ['children'], format: ['group'], area: 'national', eligibility: { situations } }, 'local');
}

test('search and facets agree: a situation word finds what its facet counts, specific services first (neutral texts)', () => {
  const catalog = [...SITUATIONS.map((s, i) => service(`s${i}`, [s])), service('all', []), service('two', ['prison', 'addiction'])];
  const general = ['all'];
  const one: Record<Situation, string> = { 'mental-illness': 'psykisk syk', addiction: 'rus', 'somatic-illness': 'kreft', disability: 'autisme', dementia: 'demens', bereavement: 'døde', prison: 'sitter inne', trauma: 'vold' };
  for (const situation of SITUATIONS) {
    const facet = ids(filterServices(catalog, { situations: [situation] }).services).sort();
    assert.equal(facet.length, filterServices(catalog, {}).counts.situations[situation], situation);
    assert.deepEqual(ids(filterServices(catalog, { query: one[situation] }).services).sort(), facet, one[situation]);
    for (const lang of ['nb', 'nn', 'en'] as const) {
      for (const word of situationWords[situation][lang]) {
        const found = ids(filterServices(catalog, { query: word }).services);
        // A word can belong to two situations ("syk"): the facet's services are all there, and
        // the services for every situation come after every tagged one.
        assert.deepEqual(facet.filter((id) => !found.includes(id)), [], word);
        const firstGeneral = found.findIndex((id) => general.includes(id));
        assert.ok(found.slice(firstGeneral).every((id) => general.includes(id)), `${word}: ${found.join()}`);
      }
    }
  }
});

test('an unknown word next to a known one is left out; nothing known: nothing specific, and the helplines are shown', () => {
  assert.deepEqual(ids(filterServices(nationalCatalog, { query: 'bestemor døde' }).services), ids(filterServices(nationalCatalog, { query: 'døde' }).services));
  assert.equal(querySaysSomething(nationalCatalog, 'qwxz brrrt'), false);
  assert.equal(querySaysSomething(nationalCatalog, 'pappa sitter inne'), true);
  const result = filterServices(nationalCatalog, { query: 'qwxz brrrt' });
  const outcome = finderOutcome('youth', nationalCatalog, result, querySaysSomething(nationalCatalog, 'qwxz brrrt'));
  assert.equal(outcome.nothingSpecific, true);
  assert.equal(outcome.empty, true);
  assert.deepEqual(ids(outcome.lines).sort(), NATIONAL_LINE_IDS.filter((id) => servicesFor('youth', nationalCatalog).some((s) => s.id === id)).sort());
  assert.ok(outcome.lines.every((s) => s.schedule), 'every line shows its hours');
});

test('property: any query and filters either find services or show every helpline of the audience', () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('families' as const, 'youth' as const, 'staff' as const),
      fc.subarray([...SITUATIONS], { maxLength: 2 }),
      fc.option(fc.integer({ min: 0, max: 25 }), { nil: undefined }),
      (query, audience, situations, age) => {
        const pool = servicesFor(audience, nationalCatalog);
        const result = filterServices(pool, { query, situations, age });
        const outcome = finderOutcome(audience, nationalCatalog, result, querySaysSomething(pool, query));
        if (outcome.empty) {
          assert.deepEqual(ids(outcome.lines), ids(helplinesFor(audience, nationalCatalog)));
          assert.ok(outcome.lines.length > 0);
        } else assert.ok(outcome.services.length > 0);
        // Facet counts with this query agree with the result: a facet's count with nothing else
        // of its own selected is the number of results carrying it.
        if (!situations.length) for (const s of SITUATIONS) assert.equal(result.counts.situations[s], result.services.filter((x) => !x.eligibility?.situations?.length || x.eligibility.situations.includes(s)).length);
      },
    ),
    { numRuns: 300, seed: 29 },
  );
});

test('property: a query that names a situation always finds the general helplines of the pool', () => {
  const words = SITUATIONS.flatMap((s) => [...situationWords[s].nb, ...situationWords[s].nn, ...situationWords[s].en]);
  fc.assert(
    fc.property(fc.constantFrom(...words), fc.constantFrom('', 'mamma ', 'pappa ', 'my mum ', 'bestemor '), fc.constantFrom('families' as const, 'youth' as const), (word, lead, audience) => {
      const pool = servicesFor(audience, nationalCatalog);
      const found = new Set(ids(filterServices(pool, { query: lead + word }).services));
      const lines = pool.filter((s) => !s.eligibility?.situations?.length && s.format.includes('phone-chat'));
      for (const s of lines) assert.ok(found.has(s.id), `${lead + word} → ${s.id}`);
    }),
    { numRuns: 400, seed: 25 },
  );
});

test('scores: no query gives undefined; a query with nothing known scores every service 0', () => {
  assert.equal(queryScores(nationalCatalog, '  '), undefined);
  assert.ok(queryScores(nationalCatalog, 'zzqqx')!.every((x) => x === 0));
});
