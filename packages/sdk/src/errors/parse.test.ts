import { test } from 'node:test';
import assert from 'node:assert/strict';
import { array, object, string, minLength, url } from 'zod/mini';
import { parseWith } from './parse.js';

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
  assert.equal(result.error.issues.find((i) => i.path === 'units.1.name')?.message, 'manglar');
});

test('returns the parsed value when valid', () => {
  const result = parseWith(schema, { units: [] }, { what: 'x', lang: 'en' });
  assert.deepEqual(result, { ok: true, value: { units: [] } });
});
