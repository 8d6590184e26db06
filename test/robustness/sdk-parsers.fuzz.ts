/**
 * Fuzz tests of the SDK's entry points for host data, in Node (no DOM).
 * Invariants, for every generated input:
 * - nothing throws: every parser returns a result, whatever it is given;
 * - an invalid input gives issues that each have a path, a field in words and a message in the
 *   requested language, none leaking internals ("undefined", "[object …]", source code);
 * - a value changed to the wrong kind of primitive is refused, naming a path at or around
 *   the changed place;
 * - CSV: no row is swallowed by another row's broken quote; exported cells never start a
 *   formula; export → import gives back the same text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  checkHostConfig,
  exportCatalogCsv,
  importCatalog,
  importCatalogCsv,
  languages,
  pick as pickText,
  nationalCatalog,
  parseCsv,
  parseDirectory,
  parseJson,
  sniffCatalogFormat,
  type BspIssue,
  type Lang,
} from '../../packages/sdk/src/index.js';
import { hostileValues, LEAKED_INTERNALS, mutations, pathConcerns, pick, seededRandom, XSS_STRINGS } from './hostile.js';

const example = (file: string) => readFileSync(new URL(`../../examples/data/${file}`, import.meta.url), 'utf8');
const sampleDirectory: unknown = JSON.parse(example('sample-directory.json'));
const sampleCatalog: unknown = JSON.parse(example('local-catalog.json'));
const sampleCsv = example('local-catalog.csv');

/** Counted per entry point and printed at the end, for the README's "Robustness" figure. */
const tries: Record<string, number> = {};
const count = (entry: string, n = 1) => (tries[entry] = (tries[entry] ?? 0) + n);

function assertReadable(issues: readonly BspIssue[], context: string): void {
  assert.ok(issues.length > 0, `${context}: an error without issues`);
  for (const issue of issues) {
    assert.ok(issue.path, `${context}: issue without path`);
    assert.ok(issue.field, `${context}: issue without field in words`);
    assert.ok(issue.message, `${context}: issue without message`);
    assert.doesNotMatch(`${issue.field} ${issue.message}`, LEAKED_INTERNALS, context);
  }
}

test('parseDirectory: hostile values and mutated directories, in every language', () => {
  const lang = (n: number): Lang => languages()[n % 3]!;
  for (const [n, hostile] of hostileValues(101).entries()) {
    const result = parseDirectory(hostile.value, lang(n));
    assert.equal(result.ok, false, hostile.label);
    if (!result.ok) assertReadable(result.error.issues, hostile.label);
    count('directory');
  }
  for (const [n, mutation] of mutations(sampleDirectory, 102, 120).entries()) {
    const result = parseDirectory(mutation.value, lang(n));
    if (mutation.surelyInvalid) assert.equal(result.ok, false, mutation.label);
    if (!result.ok) {
      assertReadable(result.error.issues, mutation.label);
      assert.ok(result.error.issues.some((issue) => pathConcerns(issue.path, mutation.path)), `${mutation.label}: ${result.error.issues.map((i) => i.path).join()}`);
    }
    count('directory');
  }
});

test('directory and catalog JSON text: cut or corrupted anywhere, the error names line and column', () => {
  const random = seededRandom(103);
  const texts = [JSON.stringify(sampleDirectory, null, 2), example('local-catalog.json')];
  for (let n = 0; n < 80; n++) {
    const text = pick(random, texts);
    const at = Math.floor(random() * text.length);
    const broken = random() < 0.5 ? text.slice(0, at) : `${text.slice(0, at)}${pick(random, ['}', ']', ',', '"', ':', '\u0000', 'x'])}${text.slice(at)}`;
    let valid = true;
    try {
      JSON.parse(broken);
    } catch {
      valid = false;
    }
    const result = parseJson(broken, { what: 'x', lang: languages()[n % 3]! });
    assert.equal(result.ok, valid);
    if (!result.ok) {
      assertReadable(result.error.issues, `cut at ${at}`);
      assert.match(result.error.issues[0]!.field!, /\d+.*\d+/);
    }
    const directory = parseDirectory(broken, 'nb');
    if (!valid) assert.equal(directory.ok, false);
    const catalog = importCatalog(broken, 'nn');
    if (!valid) assert.equal(catalog.rejected[0]!.issues[0]!.path, 'json');
    count('json text', 3);
  }
});

test('importCatalog: hostile values and mutated services', () => {
  for (const hostile of hostileValues(104)) {
    const result = importCatalog(hostile.value, 'en');
    assert.equal(result.services.length, 0, hostile.label);
    for (const rejected of result.rejected) assertReadable(rejected.issues, hostile.label);
    // Arrays of junk are reported per row; anything else is one problem with the whole input.
    assert.ok(result.rejected.length > 0 || (Array.isArray(hostile.value) && hostile.value.length === 0), hostile.label);
    count('catalog json');
  }
  for (const mutation of mutations(sampleCatalog, 105, 120)) {
    const result = importCatalog(mutation.value, 'nb');
    if (mutation.surelyInvalid) assert.ok(result.rejected.length > 0, mutation.label);
    for (const rejected of result.rejected) assertReadable(rejected.issues, mutation.label);
    // Every row ends up either loaded or rejected: nothing is silently dropped.
    const rows = (mutation.value as { services?: unknown }).services;
    if (Array.isArray(rows)) assert.equal(result.services.length + result.rejected.length, rows.length, mutation.label);
    count('catalog json');
  }
});

test('importCatalogCsv: corrupted text and bytes never swallow good rows', () => {
  const random = seededRandom(106);
  const [header, ...rows] = sampleCsv.trim().split('\n');
  const corruptions = ['"', '\uFFFD', ';;;;;;;;;;;;;;;;;;;;;;;;;;', '=HYPERLINK("x")', '\r', '"";"', XSS_STRINGS[0]!];
  for (let n = 0; n < 60; n++) {
    // A file of good rows with one row corrupted at a random place.
    const good = Array.from({ length: 3 + Math.floor(random() * 5) }, (_, i) => rows[i % rows.length]!.replace(/^[^;]+/, `row-${i}`));
    const victim = Math.floor(random() * good.length);
    const line = good[victim]!;
    const at = Math.floor(random() * line.length);
    good[victim] = `${line.slice(0, at)}${pick(random, corruptions)}${line.slice(at)}`;
    const text = [header, ...good].join(pick(random, ['\n', '\r\n']));
    const result = importCatalogCsv(text, languages()[n % 3]!);
    for (const rejected of result.rejected) {
      assertReadable(rejected.issues, `csv ${n}`);
      assert.ok(rejected.row >= 2 && rejected.row <= good.length + 1, `row ${rejected.row}`);
    }
    // All rows but the corrupted one load, whatever happened to it.
    const loaded = new Set(result.services.map((s) => s.id));
    good.forEach((_, i) => i === victim || assert.ok(loaded.has(`row-${i}`), `csv ${n}: row-${i} lost (${JSON.stringify(good[victim])})`));
    count('csv text');
  }
  for (let n = 0; n < 40; n++) {
    const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 400) }, () => Math.floor(random() * 256));
    const withHeader = new Uint8Array([...new TextEncoder().encode(`${header}\n`), ...bytes]);
    const input = n % 2 ? withHeader : withHeader.buffer;
    const result = importCatalogCsv(input as ArrayBuffer, 'nb');
    for (const rejected of result.rejected) assertReadable(rejected.issues, `bytes ${n}`);
    for (const service of result.services) assert.doesNotMatch(`${service.id}${pickText(service.name, 'nb')}`, /\uFFFD/);
    assert.ok(['json', 'csv'].includes(sniffCatalogFormat(input as ArrayBuffer)));
    count('csv bytes');
  }
});

test('exportCatalogCsv: hostile text never starts a formula and survives the round trip', () => {
  const random = seededRandom(107);
  const starts = ['=', '+', '-', '@', '\t', '\r', '+47 ', "'=", ''];
  const base = nationalCatalog[0]!;
  for (let n = 0; n < 40; n++) {
    const text = `${pick(random, starts)}${pick(random, [...XSS_STRINGS, 'SUM(A1)', 'cmd|"/C calc"!A0', '22 00 00 00', 'x;y,"z"\nw'])}`;
    const service = { ...base, id: `s${n}`, name: { nb: text, nn: text, en: text }, phones: [{ number: '+47 22 00 00 00' }] };
    const csv = exportCatalogCsv([service]);
    const back = importCatalogCsv(csv, 'nb');
    assert.deepEqual(back.rejected, [], text);
    assert.equal(pickText(back.services[0]!.name, 'nb'), text);
    for (const cell of parseCsv(csv)[1]!) assert.doesNotMatch(cell, /^[=@\t\r-]|^\+(?![\d ]+$)/, JSON.stringify(cell));
    count('csv export');
  }
});

test('checkHostConfig: hostile provider inputs never throw and name what is wrong', () => {
  for (const name of ['config', 'messages', 'storage', 'metrics'] as const) {
    for (const hostile of hostileValues(108 + name.length)) {
      const checked = checkHostConfig({ [name]: hostile.value }, 'nn');
      const parts = Object.values(checked.partErrors);
      if (checked.error) assertReadable(checked.error.issues, `${name} ${hostile.label}`);
      for (const part of parts) assertReadable(part.issues, `${name} ${hostile.label}`);
      const wrong = checked.error ?? parts[0];
      // Objects whose parts are fine pass as config, an object with no keys as messages, a function as metrics.
      const empty = hostile.label === 'empty object' || hostile.label === 'null prototype';
      const valid = name === 'config' || hostile.value === null || (name === 'messages' && empty) || (name === 'metrics' && hostile.label === 'function');
      if (!valid) assert.ok(wrong, `${name} ${hostile.label}`);
      if (wrong) assert.ok(wrong.issues.some((issue) => issue.path.startsWith(name)), `${name} ${hostile.label}: ${wrong.issues.map((i) => i.path).join()}`);
      count('provider config');
    }
  }
});

test.after(() => {
  const total = Object.values(tries).reduce((a, b) => a + b, 0);
  console.log(`SDK fuzz tries: ${total} (${Object.entries(tries).map(([k, v]) => `${k} ${v}`).join(', ')})`);
});
