import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { nationalCatalog, NATIONAL_LINE_IDS } from './national.js';
import { filterServices, matchesQuery } from './search.js';
import { exportCatalogJson, importCatalog, importCatalogInSteps, serviceAsData } from './import.js';
import { mergeCatalogs } from './service.js';
import { exportCatalogCsv, importCatalogCsv, parseCsv, readCsv } from './csv.js';
import { decodeCatalogBytes, sniffCatalogFormat } from './text-encoding.js';
import { catalogTextFormat } from './catalog-format.js';
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

// The finder shows the national catalog without validating it at run time (its validator loads
// only for a local catalog), so what it shows must be exactly what validation would accept.
test('the national catalog passes the importer unchanged, in every language, with unique ids', async () => {
  await Promise.all([loadLanguage('nn'), loadLanguage('en')]);
  const imported = importCatalog(nationalCatalog.map(serviceAsData), 'nb', 'national');
  assert.deepEqual(imported.rejected, []);
  assert.deepEqual(ids(imported.services), ids(nationalCatalog));
  imported.services.forEach((service, i) => assert.deepEqual(serviceAsData(service), serviceAsData(nationalCatalog[i]!), service.id));
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

const HEADER = 'id;name;description;audience;format;phone';
const row = (id: string, extra = '') => `${id};Navn ${id};Tekst;youth;group;${extra}`;

test('CSV export neutralises formula cells but keeps phone numbers readable, and import undoes it', () => {
  const base = nationalCatalog[0]!;
  const hostile = ['=HYPERLINK("https://evil.example","klikk")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1)', '\tfanen', '\rlinje'];
  const services = hostile.map((text, i) => ({ ...base, id: `s${i}`, name: { nb: text, nn: text, en: text }, phones: [{ number: '+47 22 00 00 00' }] }));
  const csv = exportCatalogCsv(services);
  for (const record of parseCsv(csv).slice(1)) {
    for (const value of record) assert.doesNotMatch(value, /^[=\-@\t\r]|^\+(?![\d ]+$)/, value);
  }
  assert.match(csv, /;\+47 22 00 00 00;/);
  const back = importCatalogCsv(csv, 'nb');
  assert.deepEqual(back.rejected, []);
  assert.deepEqual(back.services.map((s) => pick(s.name, 'nb')), hostile);
});

test('Windows-1252 bytes are detected and decoded; UTF-8 bytes and strings read as they are', () => {
  const text = `${HEADER}\nx;Støttegruppe for små og store – «Åpen»;Tekst;youth;group;\n`;
  const cp1252 = Uint8Array.from(text, (c) => ({ 'ø': 0xf8, 'å': 0xe5, 'Å': 0xc5, '–': 0x96, '«': 0xab, '»': 0xbb })[c] ?? c.charCodeAt(0));
  const utf8 = new TextEncoder().encode(text);
  for (const input of [text, utf8, utf8.buffer, cp1252, cp1252.buffer]) {
    const result = importCatalogCsv(input as string, 'nb');
    assert.deepEqual(result.rejected, []);
    assert.equal(pick(result.services[0]!.name, 'nb'), 'Støttegruppe for små og store – «Åpen»');
  }
  assert.equal(decodeCatalogBytes(cp1252).encoding, 'windows-1252');
  assert.equal(decodeCatalogBytes(utf8).encoding, 'utf-8');
});

test('text already garbled (U+FFFD) is refused by row with a clear message; other rows load', () => {
  const result = importCatalogCsv(`${HEADER}\n${row('a')}\nb;St\uFFFDttegruppe;Tekst;youth;group;\n${row('c')}\n`, 'nn');
  assert.deepEqual(ids(result.services), ['a', 'c']);
  assert.equal(result.rejected[0]!.row, 3);
  assert.match(result.rejected[0]!.issues[0]!.message, /UTF-8/);
});

test('an unclosed quote is reported by its row and does not swallow the rows after it', () => {
  const csv = `${HEADER}\n${row('a')}\nb;"Navn uten slutt;Tekst;youth;group;\n${row('c')}\n\n${row('d')}\n`;
  const result = importCatalogCsv(csv, 'en');
  assert.deepEqual(ids(result.services), ['a', 'c', 'd']);
  assert.deepEqual(result.rejected.map((r) => r.row), [3]);
  assert.match(result.rejected[0]!.issues[0]!.message, /never closes/);
  // Row numbers follow the spreadsheet: an empty line is a row, a quoted line break is not.
  const multi = readCsv(`${HEADER}\na;"to\nlinjer";x\n\nb;y;z\n`);
  assert.deepEqual(multi.records.map((r) => r.row), [1, 2, 4]);
  assert.deepEqual(multi.unclosedQuoteRows, []);
});

test('a row with more cells than the header is refused by row', () => {
  const result = importCatalogCsv(`${HEADER}\n${row('a')};extra;more\n${row('b')}\n`, 'nb');
  assert.deepEqual(ids(result.services), ['b']);
  assert.equal(result.rejected[0]!.row, 2);
  assert.match(result.rejected[0]!.issues[0]!.message, /8 celler.*6/);
});

test('duplicate service ids: the later row is refused naming the first', () => {
  const result = importCatalogCsv(`${HEADER}\n${row('a')}\n${row('b')}\n${row('a')}\n`, 'nb');
  assert.deepEqual(ids(result.services), ['a', 'b']);
  assert.deepEqual(result.rejected.map((r) => [r.row, r.issues[0]!.path]), [[4, 'id']]);
  assert.match(result.rejected[0]!.issues[0]!.message, /rad 2/);
  const json = importCatalog([{ id: 'x', name: 'A', description: 'x', audience: ['family'], format: ['group'], area: 'national' }, { id: 'x', name: 'B', description: 'x', audience: ['family'], format: ['group'], area: 'national' }], 'en');
  assert.deepEqual(json.rejected.map((r) => r.row), [2]);
});

test('columns named __proto__ or toString are only columns', () => {
  const result = importCatalogCsv('id;name;description;audience;format;__proto__;toString\na;Navn;Tekst;youth;group;{"x":1};f\n', 'nb');
  assert.deepEqual(ids(result.services), ['a']);
  assert.equal(({} as Record<string, unknown>)['x'], undefined);
});

test('sniffCatalogFormat reads the content, not the file name', () => {
  assert.equal(sniffCatalogFormat('  \n [ {"id": "a"} ]'), 'json');
  assert.equal(sniffCatalogFormat('\uFEFF{"services": []}'), 'json');
  assert.equal(sniffCatalogFormat(HEADER), 'csv');
  assert.equal(sniffCatalogFormat(new TextEncoder().encode('\uFEFF{}')), 'json');
  assert.equal(sniffCatalogFormat(new TextEncoder().encode(HEADER).buffer), 'csv');
  assert.equal(sniffCatalogFormat(''), 'csv');
});

// Invariant: one rule for "is it JSON": text sniffed as text (the widgets) and the same text as
// UTF-8 bytes (the SDK) always agree, whatever leads the text (BOMs, every kind of white space).
test('catalogTextFormat and sniffCatalogFormat agree on generated text and its bytes', () => {
  const heads = ['', '\uFEFF', ' ', '\n', '\t', '\r\n', '\u00A0', '\u2028', '\uFEFF\uFEFF', ' '.repeat(5000)];
  const bodies = ['{}', '[1]', HEADER, 'id;name', '"{"', '', 'x{', '\uFFFD'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < 400; i++) {
    const text = Array.from({ length: 1 + (next() % 3) }, () => heads[next() % heads.length]).join('') + bodies[next() % bodies.length];
    const fromText = catalogTextFormat(text);
    assert.equal(sniffCatalogFormat(text), fromText, JSON.stringify(text.slice(0, 20)));
    assert.equal(sniffCatalogFormat(new TextEncoder().encode(text)), fromText, JSON.stringify(text.slice(0, 20)));
  }
  assert.equal(catalogTextFormat('\uFEFF \n[{"id":"a"}]'), 'json');
  assert.equal(catalogTextFormat(`${' '.repeat(5000)}{}`), 'csv', 'only the first 4 KB are read');
});

test('JSON catalog text with a syntax error is one translated issue; a non-list names its type', () => {
  const broken = importCatalog('{"services": [', 'nb');
  assert.equal(broken.rejected[0]!.issues[0]!.message, 'er ikke gyldig JSON: teksten slutter før JSON-en er ferdig');
  assert.equal(importCatalog(42, 'en').rejected[0]!.issues[0]!.message, 'has the wrong type: expected list, got number “42”');
  assert.equal(importCatalog({ services: 'x' }, 'en').rejected[0]!.issues[0]!.path, 'services');
});

test('a CSV whose header lacks required columns is one clear problem at row 1', () => {
  for (const text of ['<img src=x onerror=alert(1)>', 'id;name\na;b\n', 'toString']) {
    const result = importCatalogCsv(text, 'en');
    assert.deepEqual(result.services, []);
    assert.deepEqual(result.rejected.map((r) => [r.row, r.issues[0]!.path]), [[1, 'header']]);
    assert.match(result.rejected[0]!.issues[0]!.message, /lacks the columns .*description/);
  }
  assert.deepEqual(importCatalogCsv(`${HEADER}\n`, 'nb'), { services: [], rejected: [], warnings: [] });
});

test('importCatalogInSteps: in steps of any size, the same services and rejected rows as importCatalog', () => {
  const rows = Array.from({ length: 700 }, (_, i) =>
    i % 97 === 5
      ? { id: `s${i}`, name: 42 }
      : { id: i % 149 === 7 ? 's1' : `s${i}`, name: `Tilbud ${i}`, description: 'Et tilbud.', audience: ['children'], format: ['group'], area: 'national' },
  );
  const once = importCatalog(rows, 'nb');
  assert.ok(once.rejected.length > 8, 'broken rows and duplicates are in the input');
  for (const input of [rows, { services: rows }, JSON.stringify(rows)]) {
    const steps = importCatalogInSteps(input, 'nb');
    let count = 0;
    // A zero budget: 64 rows a step, so duplicates are found across steps.
    while (!steps.step(0)) count++;
    assert.ok(count >= 10, `${count} steps`);
    assert.deepEqual(steps.result.services.map((s) => s.id), once.services.map((s) => s.id));
    assert.deepEqual(steps.result.rejected, once.rejected);
  }
  for (const hostile of [null, 42, '{', { services: 'x' }]) {
    const steps = importCatalogInSteps(hostile, 'nb');
    assert.equal(steps.step(0), true);
    assert.deepEqual(steps.result, importCatalog(hostile, 'nb'));
  }
});
