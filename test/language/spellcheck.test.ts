/*
 * Spell-check of every shipped user-facing text with Debian's hunspell dictionaries (nb_NO and
 * nn_NO from hunspell-no, en_GB from hunspell-en-gb; scripts/setup.sh --browser installs them).
 * Invariants:
 * 1. Every word of a language's text is known to that language's dictionary or is in the
 *    project's reviewed word list for it (test/language/words/<lang>.txt).
 * 2. No nynorsk text uses a word that only the bokmål dictionary knows, unless the nn list
 *    accepts it with a reason (a name, a term Språkrådet accepts that nn_NO lacks).
 * 3. The word lists hold no stale entries: every listed word occurs in the shipped text.
 * 4. No shipped text uses a term the glossary marks as wrong for its language (every text, not
 *    only the content modules: error messages and the procedure too).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { glossary } from '../../packages/sdk/src/i18n/glossary.js';
import { SHIPPED, shippedTexts, words, type ShippedLang } from './extract.js';

const DICTIONARIES: Record<ShippedLang, string> = { nb: 'nb_NO', nn: 'nn_NO', en: 'en_GB' };
const texts = shippedTexts();

function unknownTo(dictionary: string, candidates: readonly string[]): Set<string> {
  const out = execFileSync('hunspell', ['-d', dictionary, '-i', 'UTF-8', '-l'], { input: candidates.join('\n'), encoding: 'utf8' });
  return new Set(out.split('\n').filter(Boolean));
}

/** `word  # reason` per line; blank lines and whole-line comments ignored. */
function wordList(lang: ShippedLang): Map<string, string> {
  const file = new URL(`./words/${lang}.txt`, import.meta.url);
  const entries = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [word = '', reason = ''] = line.split(/\s+#\s*/);
      return [word.trim(), reason.trim()] as const;
    });
  return new Map(entries);
}

const wordsByLang = new Map(SHIPPED.map((lang) => {
  const where = new Map<string, string>();
  for (const text of texts.filter((t) => t.lang === lang)) for (const word of words(text.text, lang)) if (!where.has(word)) where.set(word, text.where);
  return [lang, where] as const;
}));

const hunspellReady = existsSync('/usr/bin/hunspell') && SHIPPED.every((lang) => existsSync(`/usr/share/hunspell/${DICTIONARIES[lang]}.dic`));

test('hunspell and the nb, nn and en dictionaries are installed (scripts/setup.sh --browser)', () => {
  assert.ok(hunspellReady, 'install them with: bash scripts/setup.sh --browser (Debian: hunspell hunspell-no hunspell-en-gb)');
});

interface SpellFindings {
  unknown: Set<string>;
  /** Unknown to the dictionary and not in the word list. */
  missing: string[];
  /** nn only: words only the bokmål dictionary knows, listed without a reason. */
  bokmalOnly: string[];
  /** Listed words no text uses. */
  stale: string[];
}

/** The whole check for one language: `where` maps each word to the first place it occurs. */
function spellCheck(lang: ShippedLang, where: ReadonlyMap<string, string>, list: ReadonlyMap<string, string>): SpellFindings {
  const unknown = unknownTo(DICTIONARIES[lang], [...where.keys()]);
  const missing = [...unknown].filter((word) => !list.has(word));
  const bokmalOnly = lang === 'nn' ? [...unknown].filter((word) => !list.get(word) && !unknownTo('nb_NO', [word]).has(word)) : [];
  const stale = [...list.keys()].filter((word) => !where.has(word));
  return { unknown, missing, bokmalOnly, stale };
}

for (const lang of SHIPPED) {
  test(`${lang}: every word is in the ${DICTIONARIES[lang]} dictionary or the reviewed word list (1, 2, 3)`, { skip: !hunspellReady }, () => {
    const where = wordsByLang.get(lang)!;
    const { unknown, missing, bokmalOnly, stale } = spellCheck(lang, where, wordList(lang));
    assert.deepEqual(missing.map((word) => `${word} (${where.get(word)})`), [], `${lang}: words unknown to ${DICTIONARIES[lang]} and not in test/language/words/${lang}.txt`);
    assert.deepEqual(bokmalOnly, [], 'nn: words only the bokmål dictionary knows; use the nynorsk form or give the reason in words/nn.txt');
    assert.deepEqual(stale, [], `${lang}: listed words no shipped text uses any more`);
    // Printed for the README and the before/after figures.
    console.log(`# spell-check ${lang}: ${where.size} distinct words, ${unknown.size} unknown to ${DICTIONARIES[lang]}, all reviewed in words/${lang}.txt`);
  });
}

test('the check catches a misspelling, a bokmål word in nynorsk and a stale list entry', { skip: !hunspellReady }, () => {
  const sentence = (text: string, lang: ShippedLang) => new Map(words(text, lang).map((word) => [word, 'planted'] as const));
  const nn = spellCheck('nn', sentence('Barnet har ikke fått informasjon om sjukdomen', 'nn'), new Map([['ikke', ''], ['gammalord', 'x']]));
  assert.deepEqual(nn.bokmalOnly, ['ikke'], 'a bokmål word listed without a reason');
  assert.deepEqual(nn.stale, ['gammalord']);
  const nb = spellCheck('nb', sentence('Barnet har fått informasjonn', 'nb'), new Map());
  assert.deepEqual(nb.missing, ['informasjonn']);
  const en = spellCheck('en', sentence("The child's recieved information", 'en'), new Map());
  assert.deepEqual(en.missing, ['recieved']);
});

test('no shipped text uses a term the glossary marks as wrong (4)', () => {
  const found = texts.flatMap((text) =>
    glossary.filter((rule) => rule.lang === text.lang && rule.wrong.test(text.text)).map((rule) => `${text.where}: "${text.text}" → ${rule.use}`),
  );
  assert.deepEqual(found, []);
});

test('the extraction finds the routine, consent, errors and content in every language', () => {
  for (const lang of SHIPPED) {
    const places = new Set(texts.filter((t) => t.lang === lang).map((t) => t.where.split('.')[0]));
    for (const area of ['roles', 'national', 'checklist', 'consent', 'routine', 'consent-labels', 'errors']) {
      assert.ok(places.has(area), `${lang}: no text found from ${area}`);
    }
  }
  assert.ok(words('Teksten slutter før JSON-en er ferdig, § 10 a', 'nb').every((w) => !['en', 'a'].includes(w)));
  assert.deepEqual(words("the professional's record", 'en'), ['the', 'professional', 'record']);
});
