// Invariants:
//  - every problem has a line and column inside the file, and points at the field it names;
//  - each kind of problem is reported: JSON syntax, schema (type, length), unknown keys, unknown
//    message keys and languages, missing nn/en texts, refused links, unknown procedure ids,
//    unknown CSV columns and broken CSV rows;
//  - valid files (the examples) give no problem; any text, however hostile, gives problems, never a crash;
//  - the located JSON equals JSON.parse for any valid input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { errorText, findJsonSyntaxError, shownValue } from '@bsp/sdk';
import { checkText, csvRowLines, formatProblems, type Problem } from './check.js';
import { JsonSyntaxError, parseJsonWithLocations } from './json-locations.js';
import { main } from './main.js';

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const only = (problems: Problem[], path: string) => problems.filter((p) => p.path === path);

const config = `{
  "$schema": "./node_modules/@bsp/sdk/dist/schemas/config.schema.json",
  "municipality": "Eksempel kommune",
  "directroy": {},
  "directory": {
    "municipality": "Eksempel kommune",
    "units": [
      { "id": "a", "name": "Solsiden",
        "links": [{ "label": "Rutine", "href": "javascript:alert(1)" }],
        "colour": "red" },
      { "id": "b", "name": "" }
    ]
  },
  "messages": {
    "nb": { "role-panel.heading": "Hvem spør jeg?", "role-panel.headnig": "x" },
    "de": {}
  },
  "procedure": { "wording": [{ "id": "no-such-step", "label": { "nb": "Bare bokmål" } }] }
}`;

test('reports each kind of problem in a provider config, with the line of the field', () => {
  const problems = checkText('config.json', config, 'en');
  const expectOne = (path: string, needle: string, pattern: RegExp, severity: Problem['severity'] = 'error') => {
    const found = only(problems, path);
    assert.equal(found.length, 1, `${path}: ${JSON.stringify(problems)}`);
    assert.equal(found[0]!.line, lineOf(config, needle), path);
    assert.equal(found[0]!.severity, severity, path);
    assert.match(found[0]!.message, pattern, path);
  };
  expectOne('directroy', '"directroy"', /Unknown key “directroy”/);
  expectOne('directory.units.0.colour', '"colour"', /Unknown key “colour”/);
  expectOne('directory.units.0.links.0.href', 'javascript:', /not an allowed link/);
  expectOne('directory.units.1.name', '"name": ""', /too short/);
  expectOne('messages.nb.role-panel.headnig', 'headnig', /Unknown message key/);
  expectOne('messages.nb.role-panel.heading', 'Hvem spør', /missing in nn, en/, 'warning');
  expectOne('messages.de', '"de"', /Unknown language/);
  expectOne('procedure.wording.0.id', 'no-such-step', /Unknown step or question id “no-such-step”/);
  expectOne('procedure.wording.0.label', 'Bare bokmål', /missing in nn, en/, 'warning');
  assert.equal(problems.length, 9, JSON.stringify(problems, null, 1));
  for (const p of problems) assert.ok(p.line >= 1 && p.line <= config.split('\n').length && p.column >= 1);
});

test('words problems in bokmål, nynorsk or English', () => {
  const nb = formatProblems('config.json', checkText('config.json', config, 'nb'), 'nb');
  const nn = formatProblems('config.json', checkText('config.json', config, 'nn'), 'nn');
  const en = formatProblems('config.json', checkText('config.json', config, 'en'), 'en');
  assert.match(nb, /config\.json:4:3: feil: directroy: Ukjent nøkkel «directroy»/);
  assert.match(nb, /7 feil og 2 advarsler$/);
  assert.match(nn, /Ukjend nøkkel «directroy»: han blir ignorert/);
  assert.match(nn, /7 feil og 2 åtvaringar$/);
  assert.match(en, /config\.json:4:3: error: directroy: Unknown key/);
});

test('reports a JSON syntax error at its line', () => {
  const text = '{\n  "municipality": "X",\n  "units": [\n    { "id": "a", }\n  ]\n}';
  const [problem, ...rest] = checkText('directory.json', text, 'nb');
  assert.equal(rest.length, 0);
  assert.equal(problem!.line, 4);
  assert.match(problem!.message, /Ikke gyldig JSON/);
});

test('checks a directory, a catalog and an overlay file on their own', () => {
  const directory = checkText('d.json', '{ "municipality": "X", "units": [{ "id": "a" }] }', 'en');
  assert.deepEqual(directory.map((p) => p.path), ['units.0.name']);
  const catalog = checkText('c.json', JSON.stringify({ services: [{ id: 'x', name: { nb: 'Gruppe' }, description: 'D', audience: ['youth'], format: ['group'], area: 'national', url: 'javascript:x' }] }, null, 2), 'en');
  assert.deepEqual(catalog.map((p) => [p.path, p.severity]), [['services.0.name', 'warning'], ['services.0.url', 'error']]);
  const overlay = checkText('o.json', '{ "remove": ["screening"], "links": [{ "step": "nope", "link": { "label": "L", "href": "https://x.no" } }] }', 'en', 'overlay');
  // Removing a core step: the checklist refuses the overlay, so the CLI does too (issue 30).
  assert.deepEqual(overlay.map((p) => p.path), ['remove.0', 'links.0.step']);
});

test('reports unknown CSV columns and broken rows at their lines', () => {
  const csv = 'id;name;description;audience;format;area;colour\nok;Gruppe;Samtalegruppe;youth;group;national;red\nbad;;"Over\nto linjer";nobody;group;national;\n';
  const problems = checkText('catalog.csv', csv, 'en');
  assert.ok(problems.some((p) => p.line === 1 && /Unknown column “colour”/.test(p.message)), JSON.stringify(problems));
  const rowProblems = problems.filter((p) => p.line !== 1);
  assert.ok(rowProblems.length >= 1, JSON.stringify(problems));
  assert.ok(rowProblems.every((p) => p.line === 3 && p.path.startsWith('row 3')), JSON.stringify(rowProblems));
  assert.deepEqual(csvRowLines('a\n"b\nc"\nd\n'), [1, 2, 4]);
});

test('the example configuration files have no problems', () => {
  for (const file of ['examples/data/sample-directory.json', 'examples/data/local-catalog.json', 'examples/data/local-catalog.csv']) {
    const problems = checkText(file, readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8'), 'nb');
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), [], file);
  }
});

test('the command exits 1 on errors, 0 without, 2 on wrong use', () => {
  const lines: string[] = [];
  assert.equal(main(['check', new URL('../../../examples/data/sample-directory.json', import.meta.url).pathname, '--lang', 'en'], (t) => lines.push(t)), 0);
  assert.match(lines.pop()!, /No problems found/);
  assert.equal(main(['check'], (t) => lines.push(t)), 2);
  assert.match(lines.pop()!, /^Bruk: bsp check/);
  assert.equal(main(['check', '/no/such/file.json', '--lang', 'en'], (t) => lines.push(t)), 2);
  assert.match(lines.pop()!, /Cannot read/);
});

// A small deterministic generator: random JSON with random whitespace.
function* randomJson(seed: number, count: number): Generator<string> {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31), state / 2 ** 31);
  const space = () => [' ', '\n', '\t', '', '\r\n  '][Math.floor(next() * 5)]!;
  const value = (depth: number): string => {
    const r = next();
    if (depth > 3 || r < 0.3) return JSON.stringify([1, -2.5e3, 'tekst «æøå» \\ "', true, null, '', '\u2028'][Math.floor(next() * 7)]);
    if (r < 0.65) return `[${space()}${Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1)).join(`,${space()}`)}${space()}]`;
    const keys = Array.from({ length: Math.floor(next() * 4) }, (_, i) => JSON.stringify(`k${i}.${'æ'.repeat(i)}`));
    return `{${space()}${keys.map((k) => `${k}${space()}:${space()}${value(depth + 1)}`).join(`,${space()}`)}${space()}}`;
  };
  for (let i = 0; i < count; i++) yield `${space()}${value(0)}${space()}`;
}

test('a JSON syntax error is worded with the SDK words in the language asked for, where the SDK finds it (review row 21)', () => {
  // Valid JSON cut short or with one character put in: both scanners must agree on where and what.
  const broken = fc.oneof(
    fc.json().chain((json) => fc.nat(json.length - 1).map((n) => json.slice(0, n))),
    fc.tuple(fc.json(), fc.nat(), fc.constantFrom(',', '}', ']', ':', 'x', '\\', "'", '\u0001')).map(([json, n, char]) => json.slice(0, n % (json.length + 1)) + char + json.slice(n % (json.length + 1))),
  ).filter((text) => {
    try {
      JSON.parse(text);
      return false;
    } catch {
      return true;
    }
  });
  fc.assert(
    fc.property(broken, fc.constantFrom('nb' as const, 'nn' as const, 'en' as const), (text, lang) => {
      const [problem, ...rest] = checkText('x.json', text, lang);
      assert.equal(rest.length, 0);
      const sdk = findJsonSyntaxError(text);
      assert.deepEqual([problem!.line, problem!.column], [sdk.line, sdk.column], text);
      const reason = sdk.char === undefined ? errorText(lang, 'jsonEnd') : errorText(lang, 'jsonChar', { char: shownValue(sdk.char) });
      assert.ok(problem!.message.endsWith(`: ${reason}`), `${problem!.message} / ${reason}`);
    }),
    { numRuns: 300 },
  );
  const nb = formatProblems('bad.json', checkText('bad.json', '{\n  "a": 1,\n', 'nb'), 'nb');
  assert.equal(nb, 'bad.json:3:1: feil: Ikke gyldig JSON: teksten slutter før JSON-en er ferdig\n1 feil og 0 advarsler');
  assert.doesNotMatch(formatProblems('bad.json', checkText('bad.json', '{"a": tru}', 'nn'), 'nn'), /unexpected|expected|found|string|after the end/);
});

test('the summary counts agree in number in each language (review row 11)', () => {
  const one = (lang: 'nb' | 'nn' | 'en') =>
    formatProblems('x.json', [{ severity: 'error', line: 1, column: 1, path: '', message: 'x' }, { severity: 'warning', line: 2, column: 1, path: '', message: 'y' }], lang).split('\n').at(-1);
  assert.equal(one('en'), '1 error and 1 warning');
  assert.equal(one('nb'), '1 feil og 1 advarsel');
  assert.equal(one('nn'), '1 feil og 1 åtvaring');
  fc.assert(
    fc.property(fc.nat(30), fc.nat(30), (errors, warnings) => {
      const problems: Problem[] = [
        ...Array.from({ length: errors }, () => ({ severity: 'error' as const, line: 1, column: 1, path: '', message: 'x' })),
        ...Array.from({ length: warnings }, () => ({ severity: 'warning' as const, line: 1, column: 1, path: '', message: 'x' })),
      ];
      if (!problems.length) return;
      const en = formatProblems('x.json', problems, 'en').split('\n').at(-1)!;
      assert.equal(en, `${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'}`);
    }),
  );
});

test('located JSON equals JSON.parse, and every location holds its value', () => {
  for (const text of randomJson(7, 300)) {
    const located = parseJsonWithLocations(text);
    assert.deepEqual(located.value, JSON.parse(text));
    const offsets = text.split('\n').map((line) => line.length + 1);
    for (const { line, column } of located.values.values()) {
      const offset = offsets.slice(0, line - 1).reduce((a, b) => a + b, 0) + column - 1;
      assert.match(text[offset]!, /[[{"\-0-9tfn]/);
    }
  }
});

test('hostile text gives problems, never a crash', () => {
  const hostile = ['', '{', '[1,]', '{"a":1,}', '\u0000', 'null', '"x"', '{"__proto__": {"polluted": 1}}', '{"a": "\u0001"}', '{"a": 01}', '{} {}', '['.repeat(50) + ']'.repeat(50), '{"units": 5}', '{"messages": "x"}', '{"messages": {"nb": 5}}'];
  for (const text of hostile) {
    const problems = checkText('x.json', text, 'nb');
    for (const p of problems) assert.ok(p.line >= 1 && p.column >= 1 && p.message.length > 0, text);
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.throws(() => parseJsonWithLocations('{\n  "a": tru\n}'), (e: unknown) => e instanceof JsonSyntaxError && e.location.line === 2);
  for (const text of ['', '{', '[1,]', '{"a":1,}', '{"a": 01}']) assert.ok(checkText('x.json', text, 'nb').length > 0, text);
});

test("the SDK's own problem texts (schema, links, CSV rows) come in the language asked for", () => {
  // The SDK bundles bokmål only; without its nn/en language modules these would all be bokmål.
  const csv = 'id;name;description;audience;format;area\nbad;;Samtalegruppe;nobody;group;national\n';
  const sdkWorded = (lang: string) => [
    ...checkText('config.json', config, lang).filter((p) => /href|units\.1\.name/.test(p.path)),
    ...checkText('catalog.csv', csv, lang),
  ].map((p) => p.message);
  const [nb, nn, en] = ['nb', 'nn', 'en'].map(sdkWorded);
  assert.ok(nb!.length >= 3, JSON.stringify(nb));
  assert.equal(nn!.length, nb!.length);
  assert.equal(en!.length, nb!.length);
  nb!.forEach((text, i) => {
    assert.notEqual(nn![i], text, `nn: ${nn![i]}`);
    assert.notEqual(en![i], text, `en: ${en![i]}`);
  });
});

// Issue 30: what the CLI reports that it did not before (each fails on the code before).
test('a wrong type names the value and type found, not "is missing"', () => {
  const problems = checkText('m.json', '{ "municipality": 42, "rolePanelUrl": true }', 'en');
  assert.deepEqual(problems.map((p) => `${p.path}: ${p.message}`), [
    'municipality: has the wrong type: expected text, got number “42”',
    'rolePanelUrl: has the wrong type: expected text, got yes/no “true”',
  ]);
  const age = checkText('c.json', JSON.stringify([{ id: 'a', name: 'A', description: 'B', audience: ['children'], format: ['group'], area: 'national', eligibility: { age_min: 'abc' } }]), 'en');
  assert.deepEqual(age.map((p) => `${p.path}: ${p.message}`), ['0.eligibility.age_min: is “abc” but must be a number']);
});

test('unknown keys say which key was meant; parents, rings, age ranges and duplicate ids are errors', () => {
  const directory = JSON.stringify({ municipality: 'X', units: [{ id: 'a', name: 'A', barneansvarleg: [{ name: 'Kari' }] }, { id: 'b', name: 'B', parentId: 'zz' }, { id: 'c', name: 'C', parentId: 'c' }] }, null, 1);
  assert.deepEqual(checkText('d.json', directory, 'nb').map((p) => `${p.severity} ${p.path}: ${p.message}`), [
    'error units.0.barneansvarleg: Ukjent nøkkel «barneansvarleg»: den blir ignorert; mente du «barneansvarlig»?',
    'error units.1.parentId: viser til enheten «zz», som ikke finnes',
    'error units.2.parentId: gir en ring av overordnede enheter: c → c',
  ]);
  const service = { name: 'A', description: 'B', audience: ['children'], format: ['group'], area: 'national' };
  const catalog = JSON.stringify({ services: [{ ...service, id: 'a', eligibility: { age_min: 12, age_max: 6 } }, { ...service, id: 'a' }] }, null, 1);
  assert.deepEqual(checkText('c.json', catalog, 'en').map((p) => `${p.path}: ${p.message}`), [
    'services.0.eligibility.age_min: the minimum age (12) is higher than the maximum age (6), so the service fits no age',
    'services.1.id: Service 1 already has the id “a”',
  ]);
  assert.match(checkText('o.json', '{ "wordign": [] }', 'en', 'overlay')[0]!.message, /did you mean “wording”/);
  assert.match(checkText('p.json', '{ "directroy": {} }', 'en')[0]!.message, /did you mean “directory”/);
});

test('a Windows-1252 CSV (Excel) is read as the SDK reads it, not refused', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'bsp-cli-'));
  const file = join(dir, 'k.csv');
  const text = 'id;name;description;audience;format\nstotte;Støttegruppe;For søsken;children;group\n';
  writeFileSync(file, Buffer.from([...text].map((c) => c.charCodeAt(0))));
  const out: string[] = [];
  assert.equal(main(['check', file, '--lang', 'nb'], (line) => out.push(line)), 0, out.join('\n'));
});
