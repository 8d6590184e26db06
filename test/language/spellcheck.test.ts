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
 * 5. One definition per message key: no two tables of one registry area give a key in the same
 *    language (the registry merges them; which wording shows would depend on load order), and
 *    every text table on disk is one the checks read.
 * "Every text" is extract.ts: SDK, widgets, path words, error words, CLI, the examples' visible
 * text and the configurator. Each check is proven by a defect planted in a copy of that text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { glossary } from '../../packages/sdk/src/i18n/glossary.js';
import { addPathWords, w } from '../../packages/sdk/src/errors/path-words.js';
import { discoveredTables, duplicateKeys, sourceTables } from './catalogs.js';
import { htmlTexts, scriptTexts } from './examples.js';
import { SHIPPED, shippedTexts, words, type ShippedLang, type ShippedText } from './extract.js';

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

/** Each word of a language's texts, mapped to the first place it occurs. */
function wordsWhere(from: readonly ShippedText[], lang: ShippedLang): Map<string, string> {
  const where = new Map<string, string>();
  for (const text of from.filter((t) => t.lang === lang)) for (const word of words(text.text, lang)) if (!where.has(word)) where.set(word, text.where);
  return where;
}

const wordsByLang = new Map(SHIPPED.map((lang) => [lang, wordsWhere(texts, lang)] as const));

/** Texts using a term the glossary marks as wrong for their language. */
function glossaryFindings(from: readonly ShippedText[]): string[] {
  return from.flatMap((text) =>
    glossary.filter((rule) => rule.lang === text.lang && rule.wrong.test(text.text)).map((rule) => `${text.where}: "${text.text}" → ${rule.use}`),
  );
}

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
  assert.deepEqual(glossaryFindings(texts), []);
});

test('no message key has two definitions in one area and language (5)', () => {
  assert.deepEqual(duplicateKeys(sourceTables()), []);
});

test('every text table on disk is read: listed in catalogs.ts or a merge of listed tables (5)', async () => {
  const listed = sourceTables();
  const values = new Set(listed.flatMap(({ table }) => Object.values(table)));
  const unread = [...(await discoveredTables())].filter(([table]) => !listed.some((s) => s.table === table) && !Object.values(table).every((v) => values.has(v)));
  assert.deepEqual(unread.map(([, name]) => name), [], 'add the table to sourceTables() in test/language/catalogs.ts');
});

test('each kind of defect, planted in a copy of the shipped text, is found (issue 32)', { skip: !hunspellReady }, () => {
  /** The shipped tables, with the patches laid over copies of the named ones. */
  const plant = (patches: Record<string, Record<string, unknown>>) => {
    const tables = sourceTables().map((s) => (patches[s.source] ? { ...s, table: { ...s.table, ...patches[s.source] } } : s));
    for (const source of Object.keys(patches)) assert.ok(tables.some((s) => s.source === source), source);
    return tables;
  };
  // An unknown word (the CLI's nb), a bokmål-only word in nynorsk (the checklist widget's nn), a
  // second term for a glossary concept (the finder's en), each found by the same check as above.
  const tables = plant({
    'cli messages': { noProblems: 'Ingen problemmer funnet.' },
    'checklist translations/nn': { draftNotSaved: 'Utkastet blir ikke lagra' },
    'sdk catalog/translations/en': { catalogName: 'the service catalog' },
  });
  // A visible text of an example page and a path word (spoken by every error message).
  const examples = [...htmlTexts('<html lang="nn"><body><p>Skjemaet er klart, men ikke lagra.</p></body></html>', 'planted.html'), ...scriptTexts("const T = { nb: { a: 'Lenkker' }, en: { a: 'Link' } };", 'planted.js', 'nb')];
  addPathWords({ plantedWord: w('plantet ord', 'planta ord', 'planted catalog') });
  const planted = shippedTexts({ tables, examples });
  const nb = spellCheck('nb', wordsWhere(planted, 'nb'), wordList('nb'));
  const nn = spellCheck('nn', wordsWhere(planted, 'nn'), wordList('nn'));
  assert.deepEqual(nb.missing.sort(), ['Lenkker', 'problemmer']);
  assert.deepEqual(nn.bokmalOnly, ['ikke']);
  assert.deepEqual(glossaryFindings(planted).map((f) => f.split(':')[0]), ['finder.en (sdk catalog/translations/en).catalogName', 'path-word.plantedWord.en']);
  // A key given two wordings in one area: the checklist SDK's table and the widget's (review row 28).
  const twice = duplicateKeys(plant({ 'sdk routine/translations/note-nb': { coreItem: 'Må være med' } }));
  assert.deepEqual(twice.map((d) => `${d.area}.${d.lang}.${d.key}`), ['checklist.nb.coreItem']);
  assert.match(twice[0]!.wordings.join(' / '), /sdk routine\/translations\/note-nb: Må være med \/ checklist translations\/summary-nb: Lovpålagt punkt/);
});

test('the extraction finds the routine, consent, errors and content in every language', () => {
  for (const lang of SHIPPED) {
    const places = new Set(texts.filter((t) => t.lang === lang).map((t) => t.where.split(/[. ]/)[0]));
    for (const area of ['roles', 'national-catalog', 'catalog-labels', 'finder', 'role-panel', 'checklist', 'consent', 'routine', 'consent-labels', 'errors', 'cli', 'ui-boundary', 'path-word', 'example']) {
      assert.ok(places.has(area), `${lang}: no text found from ${area}`);
    }
  }
  assert.ok(words('Teksten slutter før JSON-en er ferdig, § 10 a', 'nb').every((w) => !['en', 'a'].includes(w)));
  assert.deepEqual(words("the professional's record", 'en'), ['the', 'professional', 'record']);
});
