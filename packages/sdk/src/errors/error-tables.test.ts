/*
 * Invariants of the `errors` area split in two tables (issue 12: a first load carries only the
 * basic error words; the words for what a validator finds load with the code that words it):
 * 1. The split moved text and changed none: both tables together hold exactly the keys and the
 *    bokmål, nynorsk and English text of the one catalog before the split (digests below, taken
 *    from it; change them only with a wording you change on purpose), and no key is in both.
 * 2. Every key resolves in nb, nn and en, through the table that holds it and through
 *    `errorText`, to its language's own text (generated: every key × language, with params).
 * 3. One override namespace: text registered for the area `errors` overrides a key of either
 *    table, in the language given and the languages that fall back to it, whatever the key.
 * 4. A language is loaded for both tables or for neither: loading a language's basic words
 *    brings the issue words too, so no table can render bokmål in a page already in nynorsk.
 * 5. Hostile keys (prototype names, unknown keys) never resolve to something not in the tables.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { format, type MessageCatalog } from '../i18n/messages.js';
import { isLanguageLoaded, loadLanguage, ownLookup, registerLanguage } from '../i18n/registry.js';
import { errorMessages, type ErrorKey } from './bsp-error.js';
import { errorIssueMessages, errorText } from './issue-messages.js';
import { errorsNn } from './translations/nn.js';
import { errorsEn } from './translations/en.js';

type Table = Readonly<Record<string, unknown>>;
const digest = (table: Table) =>
  createHash('sha256')
    .update(JSON.stringify(Object.keys(table).sort().map((key) => [key, table[key]])))
    .digest('hex')
    .slice(0, 16);

// sha256 of the sorted [key, text] pairs of `errorMessages.nb`, `errorsNn`, `errorsEn` at 122fd30;
// nn and en since reworded on purpose (language review rows 10 «lagre fila», 31 "the list of units").
const BEFORE_SPLIT = { keys: 51, nb: '30903b41d8b5745b', nn: '084a5b07ba3b062d', en: '12809b846b31c9d6' };

/** Keys added after the split (issue 30: unknown keys, cross-field findings, named formats). */
const ADDED_SINCE = new Set(['unknownKey', 'unknownKeySuggestion', 'unknownParent', 'parentCycle', 'ageRange', 'foundText', 'notUsedAsWritten', 'formatEmail', 'formatArea', 'formatLanguage', 'formatDate', 'formatPhone', 'formatId', 'csvOtherEncoding', 'loadRedirected', 'csvDuplicateColumn', 'formatNoSpaces']);
const atSplit = (table: Table): Table => Object.fromEntries(Object.entries(table).filter(([key]) => !ADDED_SINCE.has(key)));

const basicKeys = Object.keys(errorMessages.nb);
const issueKeys = Object.keys(errorIssueMessages.nb);
const allKeys = [...basicKeys, ...issueKeys] as ErrorKey[];
const union = { ...errorMessages.nb, ...errorIssueMessages.nb } as Table;
const own = { nb: union, nn: errorsNn as Table, en: errorsEn as Table };
const tableOf = (key: string) => (issueKeys.includes(key) ? errorIssueMessages : errorMessages) as MessageCatalog<string>;
/** Sample values for every placeholder any message uses. */
const PARAMS = { what: 'W', expected: 'E', received: 'R', min: 1, max: 2, format: 'F', values: 'a, b', keys: 'k', value: 'v', id: 'i', first: 'f', problem: 'p', char: 'c', line: 3, column: 4, n: 5, count: 6, columns: 'c1', seconds: 7, mb: 8, status: 404, type: 'T', suggestion: 's', ids: 'a → b', encoding: 'UTF-8', origin: 'https://x.example' };
const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in PARAMS ? String(PARAMS[name as keyof typeof PARAMS]) : whole));

test('the two tables hold the one catalog before the split, text unchanged, no key twice (1)', () => {
  assert.deepEqual(basicKeys.filter((key) => issueKeys.includes(key)), []);
  const before = allKeys.filter((key) => !ADDED_SINCE.has(key));
  assert.equal(before.length, BEFORE_SPLIT.keys);
  assert.deepEqual(
    { keys: before.length, nb: digest(atSplit(union)), nn: digest(atSplit(errorsNn as Table)), en: digest(atSplit(errorsEn as Table)) },
    BEFORE_SPLIT,
  );
  for (const lang of ['nn', 'en'] as const) assert.deepEqual(Object.keys(own[lang]).sort(), [...allKeys].sort(), lang);
});

test('every key resolves in nb, nn and en to its own text, through its table and errorText (2, 4)', async () => {
  for (const lang of ['nn', 'en']) {
    await loadLanguage(lang);
    assert.ok(isLanguageLoaded(lang), lang);
  }
  for (const lang of ['nb', 'nn', 'en'] as const) {
    for (const key of allKeys) {
      const expected = fill(String(own[lang][key]));
      assert.equal(format(tableOf(key), lang, key, PARAMS), expected, `${lang} ${key}`);
      assert.equal(errorText(lang, key, PARAMS), expected, `${lang} ${key} (errorText)`);
    }
  }
});

test('loading a language brings the words of both tables (4)', async () => {
  await loadLanguage('nn');
  for (const key of issueKeys) assert.equal(ownLookup(errorIssueMessages, key, 'nn'), errorsNn[key as ErrorKey], key);
  // The issue table brings no loader of its own: nothing can be pending for it alone.
  assert.equal(errorIssueMessages.load, undefined);
});

test('text registered for the area overrides keys of either table, with fallback (3)', async () => {
  await loadLanguage('nn');
  // A language of its own, so the shipped languages' text stays as it is for the other tests.
  registerLanguage({ code: 'xe', fallback: 'nb' });
  const overrides = Object.fromEntries(allKeys.map((key) => [key, `override ${key} {n}`]));
  registerLanguage({ code: 'xe', messages: { errors: overrides } });
  registerLanguage({ code: 'xf', fallback: 'xe' });
  for (const lang of ['xe', 'xf']) {
    for (const key of allKeys) {
      assert.equal(format(tableOf(key), lang, key, { n: 1 }), `override ${key} 1`, `${lang} ${key}`);
      assert.equal(errorText(lang, key, { n: 1 }), `override ${key} 1`, `${lang} ${key} (errorText)`);
    }
  }
  // A language with no error text of its own reads bokmål, key by key.
  registerLanguage({ code: 'xg', fallback: 'nb' });
  for (const key of allKeys) assert.equal(errorText('xg', key, PARAMS), fill(String(union[key])), key);
});

test('hostile keys resolve to nothing outside the tables (5)', () => {
  for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', 'type.', 'heading ']) {
    for (const lang of ['nb', 'nn', 'en', 'zz']) assert.equal(errorText(lang, key as ErrorKey), key, `${lang} ${JSON.stringify(key)}`);
  }
});
