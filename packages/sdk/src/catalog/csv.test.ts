// Issue 30, CSV: the encoding is decided once per file and rows in the other encoding are named;
// a formula after leading whitespace is neutralised and survives export → import. Each test
// fails on the code before (the whole file was re-read as Windows-1252 without a word; " =1+1"
// was exported as it was and came back as "=1+1").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { exportCatalogCsv, importCatalogCsv, neutraliseFormula, parseCsv } from './csv.js';
import { decodeCatalogBytes } from './text-encoding.js';
import { normalizeService } from './import.js';
import '../languages/en.js';

const HEADER = 'id;name;description;audience;format';
const utf8 = (text: string) => new TextEncoder().encode(text);
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => (c === '–' ? 0x96 : c.charCodeAt(0))));
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

test('one stray Windows-1252 byte in a UTF-8 file: the file stays UTF-8, the row with the byte is named', () => {
  const bytes = join(utf8(`${HEADER}\na;Støttegruppe for søsken;Om gruppen;children;group\n`), cp1252('b;Kurs – for barn;Om kurset;children;group\n'), utf8('c;Sorg og sånn;Om sorg;children;group\n'));
  const decoded = decodeCatalogBytes(bytes);
  assert.equal(decoded.encoding, 'utf-8');
  assert.equal(decoded.mixed, true);
  const result = importCatalogCsv(bytes, 'en');
  assert.deepEqual(result.services.map((s) => [s.id, s.name]), [['a', { nb: 'Støttegruppe for søsken' }], ['c', { nb: 'Sorg og sånn' }]]);
  assert.deepEqual(result.rejected.map((r) => r.row), [3]);
  assert.match(result.rejected[0]!.issues[0]!.message, /another character encoding than the rest of the file, which is UTF-8/);
});

test('a Windows-1252 file (Excel) is read as Windows-1252; a UTF-8 line in it is named, not shown as "Ã¸"', () => {
  const excel = cp1252(`${HEADER}\na;Støttegruppe;Om gruppen – for søsken;children;group\nb;Pårørendekurs;Om kurset;children;group\n`);
  const plain = importCatalogCsv(excel, 'nb');
  assert.deepEqual(plain.rejected, []);
  assert.deepEqual(plain.services.map((s) => s.name), [{ nb: 'Støttegruppe' }, { nb: 'Pårørendekurs' }]);
  const mixed = importCatalogCsv(join(excel, utf8('c;Sø;Om;children;group\n')), 'nb');
  assert.deepEqual(mixed.services.map((s) => s.id), ['a', 'b']);
  assert.deepEqual(mixed.rejected.map((r) => r.row), [4]);
  assert.match(mixed.rejected[0]!.issues[0]!.message, /som er Windows-1252/);
  assert.ok(!JSON.stringify(mixed.services).includes('Ã'));
});

test('a formula after leading whitespace or a line break is neutralised, and survives export → import', () => {
  for (const value of [' =1+1', '\n=HYPERLINK("x")', '  +cmd|x', '\t@SUM(A1)', ' -2+3']) assert.equal(neutraliseFormula(value), `'${value}`, JSON.stringify(value));
  assert.equal(neutraliseFormula('+47 22 00 00 00'), '+47 22 00 00 00');
  const cell = fc.tuple(fc.constantFrom('', ' ', '  ', '\n', '\t', "'", "''"), fc.constantFrom('=', '+', '-', '@', 'a', 'Å'), fc.string({ maxLength: 6 })).map(([a, b, c]) => `${a}${b}${c}`.trimEnd());
  fc.assert(
    fc.property(cell, (name) => {
      fc.pre(name.trim().length > 0 && !name.includes('\uFFFD'));
      const service = normalizeService({ id: 'x', name, description: 'Om', audience: ['children'], format: ['group'], area: 'national' }, 'local');
      const csv = exportCatalogCsv([service]);
      for (const record of parseCsv(csv).slice(1)) for (const c of record) assert.doesNotMatch(c, /^\s*[=+\-@]/, JSON.stringify(c));
      const back = importCatalogCsv(csv, 'nb');
      assert.deepEqual(back.rejected, [], JSON.stringify(name));
      // Exactly as given when it could be a formula; other text is trimmed, as every cell is.
      const expected = /^'*(?:\s*[=+\-@]|[\t\r\n])/.test(name) ? name : name.trim();
      assert.equal((back.services[0]!.name as { nb: string }).nb, expected, JSON.stringify(name));
    }),
    { numRuns: 500, seed: 20261207 },
  );
});

test('a column given twice is named (only the last is read)', () => {
  const result = importCatalogCsv(`${HEADER};name\na;Første;Om;children;group;Andre\n`, 'nb');
  assert.deepEqual(result.warnings.map((w) => [w.row, w.issues[0]!.message]), [[1, 'har kolonnen name mer enn én gang; bare den siste blir lest']]);
});
