/** Invariant: every code gives a non-empty name, never throws; known codes read in the reader's language. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languageName } from './language-names.js';

test('language codes read as names in the reader language', () => {
  assert.equal(languageName('ar', 'nb'), 'Arabisk');
  assert.equal(languageName('ar', 'nn'), 'Arabisk');
  assert.equal(languageName('ar', 'en'), 'Arabic');
  assert.equal(languageName('pl', 'nb'), 'Polsk');
  assert.equal(languageName('en', 'nb'), 'Engelsk');
});

test('unknown, malformed and hostile codes stay as given and never throw', () => {
  for (const code of ['xx', 'zz', '', '1', '<b>', '__proto__', 'toString', 'e'.repeat(50), '\u0000']) {
    const name = languageName(code, 'nb');
    assert.equal(typeof name, 'string');
    if (code) assert.ok(name.length > 0);
  }
});
