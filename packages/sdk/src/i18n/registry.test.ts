/*
 * Invariants of the language registry:
 * 1. Every text resolves: `pick`/`format` never return undefined, whatever language is asked
 *    (registered, unregistered, hostile), because every chain ends in bokmål.
 * 2. A language gives its own text where it has it and falls back along its chain elsewhere
 *    (nn → nb, en → nb, se → nb, or a chain a host sets up), never to an unrelated language.
 * 3. `toLang` only ever returns a registered language.
 * 4. Fallback chains are finite even when hosts register cycles.
 * 5. Loading a language fetches each area once, only for areas that exist, and a failed load
 *    resolves (text falls back) instead of blocking. Areas sharing a name (the SDK's and a widget's)
 *    each load their own text; text given statically for one never hides the other's.
 * 6. A key or a placeholder that names something every object has (`__proto__`, `toString`,
 *    `constructor`) is never text: `format` gives the key back, and `{constructor}` stays as written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentKeys, pick, toLang, type LocalizedText } from './lang.js';
import { format, type Message, type MessageCatalog } from './messages.js';
import { defineArea, fallbackChain, isLanguageLoaded, languages, loadLanguage, registerLanguage } from './registry.js';
import { toLocalizedText } from './localized-input.js';

const hostile = ['', ' ', '__proto__', 'constructor', 'toString', 'NB', 'nb-NO', 'nn_NO', 'no', 'en-GB', 'x', 'zz-ZZ', '<script>', 'se', '\u0000', 'e'.repeat(5000)];

const fixtureMessages: MessageCatalog<'hello' | 'bye' | 'count'> = defineArea<'hello' | 'bye' | 'count', Message>({
  name: 'fixture-ui',
  nb: { hello: 'Hei', bye: 'Ha det', count: ({ n }: Record<string, string | number>) => `${n} stk.` },
  load: { nn: async () => ({ hello: 'Hei på deg' }) },
});
const fixtureContent = defineArea({ name: 'fixture-content', nb: { 'a.title': 'Tittel', 'a.body': 'Brødtekst' } });
const ref = contentKeys(fixtureContent);

test('the shipped languages are registered and every chain ends in bokmål (1, 4)', () => {
  assert.deepEqual(languages().slice(0, 3), ['nb', 'nn', 'en']);
  assert.deepEqual(fallbackChain('nn'), ['nn', 'nb']);
  assert.deepEqual(fallbackChain('en'), ['en', 'nb']);
  registerLanguage({ code: 'xa', fallback: 'xb' });
  registerLanguage({ code: 'xb', fallback: 'xa' });
  assert.deepEqual(fallbackChain('xa'), ['xa', 'xb', 'nb']);
  for (const lang of hostile) assert.equal(fallbackChain(lang).at(-1), 'nb');
});

test('toLang returns only registered languages (3)', () => {
  assert.equal(toLang('nn-NO'), 'nn');
  assert.equal(toLang('no'), 'nb');
  assert.equal(toLang('EN-gb'), 'en');
  for (const value of [...hostile, null, undefined]) assert.ok(languages().includes(toLang(value)), String(value));
  assert.equal(toLang('zz', 'en'), 'en');
});

test('a partial fixture language falls back in UI messages and content (2)', async () => {
  registerLanguage({
    code: 'se',
    messages: { 'fixture-ui': { hello: 'Bures' } },
    content: { 'fixture-content': { 'a.title': 'Namma' } },
  });
  assert.equal(format(fixtureMessages, 'se', 'hello'), 'Bures');
  assert.equal(format(fixtureMessages, 'se', 'bye'), 'Ha det');
  assert.equal(format(fixtureMessages, 'se', 'count', { n: 3 }), '3 stk.');
  assert.equal(pick(ref('a.title'), 'se'), 'Namma');
  assert.equal(pick(ref('a.body'), 'se'), 'Brødtekst');
  // A language may fall back to another than bokmål; its chain is followed in order.
  registerLanguage({ code: 'sma', fallback: 'se' });
  assert.equal(pick(ref('a.title'), 'sma'), 'Namma');
  assert.equal(format(fixtureMessages, 'sma', 'bye'), 'Ha det');
  const given: LocalizedText = { nb: 'bokmål', se: 'sámegiella' };
  assert.equal(pick(given, 'sma'), 'sámegiella');
  assert.equal(pick(given, 'nn'), 'bokmål');
});

test('every text resolves in any language asked (1)', () => {
  for (const lang of hostile) {
    assert.ok(format(fixtureMessages, lang, 'bye'), lang);
    assert.ok(pick(ref('a.body'), lang), lang);
    assert.equal(pick({ nb: 'x' }, lang), 'x');
  }
});

test('a language loads on demand, once, and only for areas that exist (5)', async () => {
  assert.equal(format(fixtureMessages, 'nn', 'hello'), 'Hei');
  assert.equal(isLanguageLoaded('nn'), false);
  const first = loadLanguage('nn');
  const second = loadLanguage('nn');
  assert.ok(first && second);
  await Promise.all([first, second]);
  assert.equal(isLanguageLoaded('nn'), true);
  assert.equal(loadLanguage('nn'), undefined, 'nothing left to load: stays synchronous');
  assert.equal(format(fixtureMessages, 'nn', 'hello'), 'Hei på deg');
  assert.equal(format(fixtureMessages, 'nn', 'bye'), 'Ha det');
});

test('a failed load resolves and the text falls back (5)', async () => {
  const failing = defineArea({ name: 'fixture-offline', nb: { k: 'bokmål' }, load: { en: () => Promise.reject(new Error('offline')) } });
  await loadLanguage('en');
  assert.equal(isLanguageLoaded('en'), true);
  assert.equal(format(failing, 'en', 'k'), 'bokmål');
});

test('areas sharing a name each load their own text; static text for one does not hide the other (5)', async () => {
  const calls: string[] = [];
  // The SDK's part and a widget's part of one area (the widget's bokmål holds both key sets).
  const sdkPart = defineArea({ name: 'fixture-shared', nb: { a: 'A nb' }, load: { en: async () => (calls.push('sdk'), { a: 'A en (loaded)' }) } });
  const widgetPart = defineArea({ name: 'fixture-shared', nb: { a: 'A nb', b: 'B nb' }, load: { en: async () => (calls.push('widget'), { b: 'B en' }) } });
  // A statically imported language gives the SDK's part only.
  registerLanguage({ code: 'en', messages: { 'fixture-shared': { a: 'A en' } } });
  assert.equal(isLanguageLoaded('en'), false, "the widget's part is still missing");
  await loadLanguage('en');
  assert.deepEqual(calls, ['widget'], "the SDK's part was complete: not fetched again");
  assert.equal(format(widgetPart, 'en', 'a'), 'A en');
  assert.equal(format(widgetPart, 'en', 'b'), 'B en');
  assert.equal(format(sdkPart, 'en', 'a'), 'A en');
  assert.equal(isLanguageLoaded('en'), true);
  assert.equal(loadLanguage('en'), undefined);
});

test('text from outside keeps registered languages only and falls back for the rest', () => {
  assert.deepEqual(toLocalizedText('Én tekst'), { nb: 'Én tekst' });
  const text = toLocalizedText({ nb: 'a', nn: 'b', zz: 'ignored', __proto__: 'x', en: '' });
  assert.deepEqual({ ...text }, { nb: 'a', nn: 'b' });
  assert.equal(pick(text, 'en'), 'a');
  assert.deepEqual({ ...toLocalizedText({ nn: 'ny' }, { nb: 'gammel', en: 'old' }) }, { nb: 'gammel', en: 'old', nn: 'ny' });
});

test('registerLanguage refuses what is not a language code', () => {
  for (const code of ['', 'toolong', '1a', '<b>', 'n b']) assert.throws(() => registerLanguage({ code }), RangeError);
});

test('keys and placeholders named like what every object has are never text (6)', () => {
  const area = defineArea({ name: 'test-object-keys', nb: { greeting: 'Hei {name} {constructor} {toString}' } });
  const catalog = area as unknown as MessageCatalog<string>;
  registerLanguage({ code: 'nn', messages: { 'test-object-keys': { greeting: 'Hei {name}' } } });
  for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
    for (const lang of ['nb', 'nn', 'en', 'se', ...hostile]) {
      assert.equal(format(catalog, lang, key), key, `${key} in ${JSON.stringify(lang).slice(0, 20)}`);
      assert.equal(pick({ area: catalog as never, key }, lang), '', key);
    }
    assert.equal(format(catalog, 'nb', key, {}, { nb: { greeting: 'x' } }), key);
  }
  assert.equal(format(catalog, 'nb', 'greeting', { name: 'Kari' }), 'Hei Kari {constructor} {toString}');
  assert.equal(format(catalog, 'nb', 'greeting', { name: 'Kari' }, { nb: { greeting: '{constructor}{__proto__}{name}' } }), '{constructor}{__proto__}Kari');
});

