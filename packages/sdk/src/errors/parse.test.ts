/**
 * Invariants of error messages:
 * - a wrong type is never reported as "missing", and a missing field never as a wrong type;
 * - every issue has a path for programs (0-based, dots) and a field in words (1-based) in the
 *   reader's language;
 * - parseWith and parseJson never throw, whatever the input (Proxies, throwing getters);
 * - a JSON syntax error names line and column, in nb, nn and en, without the engine's English.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { array, boolean, enum as zEnum, number, object, optional, string, minLength, url, union } from 'zod/mini';
import { addPathWords, describePath, findJsonSyntaxError, parseJson, valueAt } from './parse.js';
import { parseWith } from './parse-with.js';
import { languages } from '../i18n/registry.js';
import { directoryPathWords } from '../directory/directory-schema.js';
// nynorsk and English messages, registered statically as a Node host would.
import '../languages/nn.js';
import '../languages/en.js';

addPathWords(directoryPathWords);

const schema = object({ units: array(object({ name: string().check(minLength(1)), url: url() })) });

test('names the field path and translates the message', () => {
  const result = parseWith(schema, { units: [{ name: 'A', url: 'https://x.no' }, { url: 'nope' }] }, {
    what: 'katalog',
    lang: 'nn',
  });
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.equal(result.error.code, 'invalid-data');
  assert.match(result.error.message, /katalog/);
  const paths = result.error.issues.map((i) => i.path);
  assert.deepEqual(paths.sort(), ['units.1.name', 'units.1.url']);
  const name = result.error.issues.find((i) => i.path === 'units.1.name');
  assert.equal(name?.message, 'manglar');
  assert.equal(name?.field, 'eining 2, namn');
});

test('returns the parsed value when valid', () => {
  const result = parseWith(schema, { units: [] }, { what: 'x', lang: 'en' });
  assert.deepEqual(result, { ok: true, value: { units: [] } });
});

const kinds = object({
  email: string().check(minLength(3)),
  age: optional(number()),
  tags: array(string()).check(minLength(1)),
  cost: optional(zEnum(['free', 'paid'])),
  flag: optional(boolean()),
  name: optional(union([string(), object({ nb: string() })])),
});
const issueFor = (input: unknown, path: string, lang: 'nb' | 'nn' | 'en' = 'en') => {
  const result = parseWith(kinds, input, { what: 'x', lang });
  assert.equal(result.ok, false);
  return result.ok ? undefined : result.error.issues.find((i) => i.path === path);
};

test('wrong type, missing, too short, too few, enum value and union are told apart', () => {
  assert.equal(issueFor({ tags: ['a'] }, 'email')?.message, 'is missing');
  assert.equal(issueFor({ email: 42, tags: ['a'] }, 'email')?.message, 'has the wrong type: expected text, got number “42”');
  assert.equal(issueFor({ email: null, tags: ['a'] }, 'email')?.message, 'has the wrong type: expected text, got null');
  assert.equal(issueFor({ email: 'ab', tags: ['a'] }, 'email')?.message, 'is too short: at least 3 characters');
  assert.equal(issueFor({ email: 'abc', tags: [] }, 'tags')?.message, 'has too few: at least 1');
  assert.equal(issueFor({ email: 'abc', tags: 'a' }, 'tags')?.message, 'has the wrong type: expected list, got text “a”');
  assert.equal(issueFor({ email: 'abc', tags: ['a'], age: 'ti' }, 'age')?.message, 'is “ti” but must be a number');
  assert.equal(issueFor({ email: 'abc', tags: ['a'], age: Number.NaN }, 'age')?.message, 'has the wrong type: expected number, got not a number (NaN)');
  assert.equal(issueFor({ email: 'abc', tags: ['a'], cost: 'gratis' }, 'cost')?.message, 'is “gratis” but must be one of: free, paid');
  assert.equal(issueFor({ email: 'abc', tags: ['a'], name: 5 }, 'name')?.message, 'has the wrong type: expected text or object, got number “5”');
  const nested = issueFor({ email: 'abc', tags: ['a'], name: { nb: 5 } }, 'name.nb');
  assert.equal(nested?.message, 'has the wrong type: expected text, got number “5”');
  assert.equal(nested?.field, 'name, Bokmål');
  assert.equal(issueFor({ email: 'abc', tags: ['a'], flag: 'ja' }, 'flag', 'nb')?.message, 'har feil type: ventet ja/nei, fikk tekst «ja»');
  assert.equal(issueFor({ email: 'abc', tags: ['a'], flag: 'ja' }, 'flag', 'nn')?.message, 'har feil type: venta ja/nei, fekk tekst «ja»');
});

test('inherited members (toString, __proto__) are never taken for the host value', () => {
  assert.deepEqual(valueAt({}, ['toString']), { present: false });
  assert.deepEqual(valueAt(JSON.parse('{"__proto__": {"x": 1}}'), ['__proto__', 'x']), { present: true, value: 1 });
  assert.deepEqual(valueAt({ a: [1, 2] }, ['a', 1]), { present: true, value: 2 });
  assert.equal(issueFor({ tags: ['a'] }, 'email')?.message, 'is missing');
});

test('a throwing getter or Proxy is an error result, never a throw', () => {
  const getter = { get email(): string { throw new Error('boom'); }, tags: ['a'] };
  const proxy = new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); }, getOwnPropertyDescriptor() { throw new Error('trap'); } });
  for (const input of [getter, proxy]) {
    for (const lang of languages()) {
      const result = parseWith(kinds, input, { what: 'x', lang });
      assert.equal(result.ok, false);
      if (!result.ok) assert.equal(result.error.issues.length, 1);
    }
  }
});

test('paths read as a web editor counts, and other modules can add words', () => {
  assert.equal(describePath(['units', 1, 'email'], 'nb'), 'enhet 2, e-post');
  assert.equal(describePath(['units', 1, 'email'], 'nn'), 'eining 2, e-post');
  assert.equal(describePath(['units', 1, 'email'], 'en'), 'unit 2, email');
  assert.equal(describePath(['units'], 'nb'), 'enheter');
  assert.equal(describePath([], 'en'), '(the whole object)');
  assert.equal(describePath([3, 'name'], 'nb'), 'nr. 4, navn');
  assert.equal(describePath(['zzUnknown', 0], 'nb'), 'zzUnknown 1');
  addPathWords({ zzWidgets: { nb: 'dings', nn: 'dings', en: 'widget', list: { nb: 'dingser', nn: 'dingsar', en: 'widgets' } } });
  assert.equal(describePath(['zzWidgets', 0, 'name'], 'nn'), 'dings 1, namn');
  assert.equal(describePath(['zzWidgets'], 'en'), 'widgets');
});

test('JSON syntax errors name line and column in the reader language', () => {
  const broken = '{\n  "municipality": "X",\n  "units": [ { "id": "a" }, ]\n}';
  for (const lang of languages()) {
    const result = parseJson(broken, { what: 'directory', lang });
    assert.equal(result.ok, false);
    if (result.ok) continue;
    const issue = result.error.issues[0]!;
    assert.equal(issue.path, 'json');
    assert.match(issue.field!, /3/);
    assert.match(issue.field!, /29/);
    assert.doesNotMatch(issue.message, /Unexpected|position/);
  }
  const nb = parseJson('{ "a": 1', { what: 'x', lang: 'nb' });
  assert.equal(nb.ok ? '' : nb.error.issues[0]!.message, 'er ikke gyldig JSON: teksten slutter før JSON-en er ferdig');
  const nn = parseJson('{ "a": }', { what: 'x', lang: 'nn' });
  assert.equal(nn.ok ? '' : `${nn.error.issues[0]!.field}: ${nn.error.issues[0]!.message}`, 'linje 1, kolonne 8: er ikkje gyldig JSON: uventa teikn «}»');
  assert.deepEqual(parseJson('[1, {"a": "b"}]', { what: 'x', lang: 'en' }), { ok: true, value: [1, { a: 'b' }] });
});

test('the JSON locator agrees with JSON.parse on many broken texts', () => {
  const valid = ['{}', '[]', '{"a":[1,2,{"b":null}],"c":"x\\n\\u00e6"}', '  -1.5e3 ', 'true', '"s"', '[[[[]]]]'];
  for (const text of valid) assert.doesNotThrow(() => JSON.parse(text), text);
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  let checked = 0;
  for (const text of valid) {
    for (let n = 0; n < 40; n++) {
      // Cut or corrupt a valid text at a random place: the locator must point inside the text.
      const at = Math.floor(random() * (text.length + 1));
      const broken = random() < 0.5 ? text.slice(0, at) : text.slice(0, at) + ',}"]:'[Math.floor(random() * 5)] + text.slice(at);
      let parsed = true;
      try { JSON.parse(broken); } catch { parsed = false; }
      if (parsed) continue;
      const problem = findJsonSyntaxError(broken);
      assert.ok(problem.line >= 1 && problem.column >= 1 && problem.column <= broken.length + 1, broken);
      checked++;
    }
  }
  assert.ok(checked > 100, String(checked));
  assert.doesNotThrow(() => findJsonSyntaxError('['.repeat(100_000)));
});
