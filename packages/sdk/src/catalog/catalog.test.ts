import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { nationalCatalog, NATIONAL_LINE_IDS } from './national.js';
import { filterServices, matchesQuery } from './search.js';
import { exportCatalogJson, importCatalog, mergeCatalogs, serviceAsData } from './import.js';
import { exportCatalogCsv, importCatalogCsv, parseCsv } from './csv.js';
import { serviceSchema } from './schema.js';
import { pick } from '../i18n/lang.js';
import { loadLanguage } from '../i18n/registry.js';

const example = (f: string) => readFileSync(new URL(`../../../../examples/data/${f}`, import.meta.url), 'utf8');
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

test('the national catalog is valid, links are http(s) and the national lines exist', async () => {
  await Promise.all([loadLanguage('nn'), loadLanguage('en')]);
  for (const s of nationalCatalog) {
    assert.equal(serviceSchema.safeParse(serviceAsData(s)).success, true, s.id);
    assert.ok(pick(s.name, 'nb') && pick(s.name, 'nn') && pick(s.name, 'en') && pick(s.description, 'nn') !== pick(s.description, 'nb'), s.id);
  }
  for (const id of NATIONAL_LINE_IDS) assert.ok(nationalCatalog.some((s) => s.id === id));
  // Professional tools are tagged as such, never offered to families as help.
  const snakk = nationalCatalog.find((s) => s.id === 'snakkemedbarn')!;
  assert.deepEqual(snakk.audience, ['professionals']);
});

test('search ignores case and diacritics and knows nynorsk word forms', () => {
  const byQuery = (q: string) => ids(filterServices(nationalCatalog, { query: q }).services);
  assert.ok(byQuery('KORS PÅ HALSEN').includes('kors-pa-halsen'));
  assert.ok(byQuery('kors pa halsen').includes('kors-pa-halsen'));
  assert.deepEqual(byQuery('sysken'), byQuery('søsken'));
  assert.ok(byQuery('sysken').includes('sibs'));
  assert.deepEqual(byQuery('psykisk sjukdom'), byQuery('psykisk sykdom'));
  assert.ok(byQuery('rusproblem').includes('bla-kors-kompasset'));
  assert.ok(byQuery('sorg').includes('leve'));
  assert.deepEqual(byQuery('zzzxq'), []);
  assert.equal(matchesQuery(nationalCatalog[0]!, ''), true);
});

test('each facet narrows alone, and facets combine', () => {
  const all = nationalCatalog.length;
  const r = (f: Parameters<typeof filterServices>[1]) => filterServices(nationalCatalog, f);
  assert.ok(r({ audiences: ['professionals'] }).services.every((s) => s.audience.includes('professionals')));
  assert.ok(r({ formats: ['phone-chat'] }).services.every((s) => s.format.includes('phone-chat')));
  assert.ok(r({ situations: ['addiction'] }).services.length < all);
  assert.ok(!ids(r({ age: 5 }).services).includes('sibs'), 'SIBS is 8–16');
  assert.ok(ids(r({ age: 10 }).services).includes('sibs'));
  assert.ok(r({ freeOnly: true }).services.every((s) => s.cost === 'free'));
  assert.ok(r({ noReferral: true }).services.every((s) => s.referral_required === false));
  assert.ok(!ids(r({ whoseIllness: 'parent' }).services).includes('sibs'));
  const combined = r({ audiences: ['youth'], formats: ['phone-chat'], freeOnly: true });
  assert.ok(combined.services.length > 0);
  assert.ok(combined.services.every((s) => s.audience.includes('youth') && s.format.includes('phone-chat') && s.cost === 'free'));
  // Counts: a facet's own selection does not zero its other values.
  assert.ok(combined.counts.formats['group']! >= 0);
  assert.equal(r({}).counts.audiences['professionals'], r({ audiences: ['professionals'] }).services.length);
});

test('a catalog with broken rows loads the good rows and reports the bad ones by row and field', () => {
  const result = importCatalog(
    [
      { id: 'ok', name: 'Bra', description: 'x', audience: ['family'], format: ['group'], area: 'national' },
      { id: 'bad', name: '', description: 'x', audience: ['aliens'], format: ['group'], area: 'national', url: 'javascript:alert(1)' },
    ],
    'nb',
  );
  assert.deepEqual(ids(result.services), ['ok']);
  assert.equal(result.rejected[0]!.row, 2);
  assert.deepEqual(result.rejected[0]!.issues.map((i) => i.path).sort(), ['audience.0', 'name', 'url']);
});

test('CSV: quotes, separators, broken rows by spreadsheet row, and round-trip', () => {
  assert.deepEqual(parseCsv('a;b\n"x;1";"sa ""hei"""\n'), [['a', 'b'], ['x;1', 'sa "hei"']]);
  const local = importCatalogCsv(example('local-catalog.csv'), 'nb');
  assert.deepEqual(local.rejected, []);
  assert.deepEqual(ids(local.services), ['du-er-ikke-alene', 'familierad-lokalt']);
  assert.equal(pick(local.services[0]!.name, 'en'), '"You are not alone" – conversation group');
  assert.equal(local.services[0]!.referral_required, false);
  const broken = importCatalogCsv('id,name,description,audience,format,age_min\nx,Navn,Tekst,youth,group,ti\ny,Navn,Tekst,youth,group,12\n', 'en');
  assert.deepEqual(ids(broken.services), ['y']);
  assert.deepEqual(broken.rejected.map((r) => [r.row, r.issues[0]!.path]), [[2, 'eligibility.age_min']]);
  const again = importCatalogCsv(exportCatalogCsv(nationalCatalog), 'nb');
  assert.deepEqual(again.rejected, []);
  assert.deepEqual(ids(again.services), ids(nationalCatalog));
  assert.equal(again.services.find((s) => s.id === 'kors-pa-halsen')!.phones![0]!.number, '800 33 321');
});

test('HSDS JSON import/export and merging with the national catalog', () => {
  const local = importCatalog(JSON.parse(example('local-catalog.json')), 'nb');
  assert.deepEqual(local.rejected, []);
  const merged = mergeCatalogs(nationalCatalog, local.services);
  assert.equal(merged.length, nationalCatalog.length + 3);
  const roundTrip = importCatalog(exportCatalogJson(merged), 'nb');
  assert.equal(roundTrip.services.length, merged.length);
  const override = mergeCatalogs(nationalCatalog, [{ ...nationalCatalog[0]!, origin: 'local' }]);
  assert.equal(override.length, nationalCatalog.length);
});
